"""The case editor: every field round trip, keyboard-only intake, identity, highlighting, errors."""

from __future__ import annotations

import copy

import pytest
from editor_cases import as_typed, assert_shows, fill, full_case
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.cases import identifiers as ids
from intake_app.cases.dates import PartialDate
from intake_app.cases.model import Case
from intake_app.gui.editor import CaseEditor
from intake_app.gui.editor.messages import human_path
from intake_app.gui.session import Session


@pytest.fixture
def editor(qtbot: QtBot, unlocked: Session) -> CaseEditor:
    # A long autosave interval: these tests never want a draft they did not ask for.
    made = CaseEditor(unlocked, autosave_interval_ms=3_600_000)
    qtbot.addWidget(made)
    return made


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Show `widget` as the active window, so that focus and shortcuts behave as for a user."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press wherever the focus is, as the keyboard would send it."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, modifier)


def type_text(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)


def stored(session: Session, editor: CaseEditor) -> Case:
    case = editor._base
    assert case is not None
    return session.store.get(case.id)


# -- every field, both ways -----------------------------------------------------------------------


def test_every_field_typed_in_is_saved(editor: CaseEditor, unlocked: Session) -> None:
    case = full_case()
    fill(editor, case)
    assert editor.has_unsaved_changes()
    saved: list[str] = []
    editor.saved.connect(saved.append)
    assert editor.save(), editor.problem.text()
    back = unlocked.store.get(saved[0])
    assert back == as_typed(case, back)
    assert back.code.startswith("C-")
    assert editor.case_section.code.text() == back.code
    assert not editor.has_unsaved_changes()


def test_every_field_of_a_stored_case_is_shown(editor: CaseEditor, unlocked: Session) -> None:
    case = unlocked.store.add(full_case())
    editor.load_case(case.id)
    assert_shows(editor, case)
    assert not editor.has_unsaved_changes()
    # Saving unchanged keeps what the form does not show: ids, linked harassers.
    assert editor.save()
    back = unlocked.store.get(case.id)
    expected = copy.deepcopy(case)
    expected.updated = back.updated
    assert back == expected


def test_an_edit_to_a_stored_case_is_an_update(editor: CaseEditor, unlocked: Session) -> None:
    case = unlocked.store.add(full_case())
    editor.load_case(case.id)
    editor.incidents.records.rows()[1].police_reference.setText("TPS 2024-999")
    editor.needs.records.remove_row(editor.needs.records.rows()[1])
    assert editor.has_unsaved_changes()
    assert editor.save()
    back = unlocked.store.get(case.id)
    assert back.incidents[1].police_reference == "TPS 2024-999"
    assert [n.kind for n in back.needs] == ["legal"]
    assert back.code == case.code
    assert unlocked.store.count() == 1


# -- keyboard only --------------------------------------------------------------------------------


def test_keyboard_only_intake(qtbot: QtBot, editor: CaseEditor, unlocked: Session) -> None:
    activate(qtbot, editor)
    press(Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.case_section.pseudonym
    type_text("Brave")
    press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.incidents.records.add_button
    press(Qt.Key.Key_Space)
    row = editor.incidents.records.rows()[0]
    assert QApplication.focusWidget() is row.date.edit
    type_text("2024-05")
    press(Qt.Key.Key_Tab)
    type_text("St")  # keyboard search in the kind list: Stalking
    press(Qt.Key.Key_Tab)
    type_text("Toronto")
    press(Qt.Key.Key_Tab)
    type_text("Followed from the rally.")
    press(Qt.Key.Key_Tab)
    type_text("two men")
    press(Qt.Key.Key_Tab)
    type_text("Y")
    press(Qt.Key.Key_Tab)
    type_text("TPS 1")
    # Ctrl+Shift+N adds a second incident, Ctrl+Shift+Delete takes it away again.
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(editor.incidents.records.rows()) == 2
    assert QApplication.focusWidget() is editor.incidents.records.rows()[1].date.edit
    press(
        Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(editor.incidents.records.rows()) == 1
    assert QApplication.focusWidget() is editor.incidents.records.add_button
    press(Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.account.original
    type_text("I was followed home twice.")
    press(Qt.Key.Key_Tab)  # Tab leaves the account instead of typing a tab
    assert QApplication.focusWidget() is editor.account.move_button
    assert editor.save(), editor.problem.text()
    case = stored(unlocked, editor)
    assert case.pseudonym == "Brave"
    (incident,) = case.incidents
    assert (incident.date, incident.kind, incident.location) == (
        PartialDate(2024, 5),
        "stalking",
        "Toronto",
    )
    assert (incident.description, incident.perpetrator) == ("Followed from the rally.", "two men")
    assert (incident.reported_to_police, incident.police_reference) == (True, "TPS 1")
    assert case.account.original == "I was followed home twice."


def test_tab_order_follows_the_form(qtbot: QtBot, editor: CaseEditor) -> None:
    activate(qtbot, editor)
    editor.jump_to(editor.case_section)
    seen = []
    for _ in range(8):
        seen.append(QApplication.focusWidget())
        press(Qt.Key.Key_Tab)
    p = editor.profile
    assert seen == [
        editor.case_section.pseudonym,
        editor.case_section.code,
        editor.case_section.status,
        editor.case_section.tags,
        p.age_band,
        p.gender,
        p.arrival_year,
        p.city,
    ]


def test_inputs_have_accessible_names_and_labels_have_buddies(editor: CaseEditor) -> None:
    for records in (editor.incidents, editor.documents, editor.needs, editor.sessions):
        records.records.add_row()
    editor.consent.entries.add_row()
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractButton):
            assert widget.accessibleName(), widget
        if isinstance(widget, QLabel) and "&" in widget.text():
            assert widget.buddy() is not None, widget.text()


# -- the identity section -------------------------------------------------------------------------


def test_identity_is_hidden_until_shown(qtbot: QtBot, editor: CaseEditor) -> None:
    activate(qtbot, editor)
    identity = editor.identity
    assert identity.fields.isHidden() and not identity.legal_name.isVisible()
    qtbot.mouseClick(identity.toggle, Qt.MouseButton.LeftButton)
    assert identity.legal_name.isVisible()
    assert QApplication.focusWidget() is identity.legal_name
    press(Qt.Key.Key_Tab)  # moving within the identity keeps it shown
    assert identity.is_shown()
    press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # on to another section
    assert not identity.is_shown()
    assert identity.toggle.text() == "Show identit&y"


def test_identity_shows_with_its_mnemonic_and_hides_on_load(
    qtbot: QtBot, editor: CaseEditor
) -> None:
    activate(qtbot, editor)
    editor.jump_to(editor.case_section)
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.identity.is_shown)  # a mnemonic clicks after a short animation
    assert QApplication.focusWidget() is editor.identity.legal_name
    editor.load_case(None)
    assert not editor.identity.is_shown()


def test_identity_hides_when_the_window_is_left(qtbot: QtBot, editor: CaseEditor) -> None:
    activate(qtbot, editor)
    editor.identity.show_identity()
    other = QWidget()
    qtbot.addWidget(other)
    activate(qtbot, other)
    assert not editor.identity.is_shown()


# -- highlighting and moving identifiers ----------------------------------------------------------


def test_highlighting_finds_identifiers_as_typed(qtbot: QtBot, editor: CaseEditor) -> None:
    editor.identity.legal_name.setText("Chan Tai-man")
    account = editor.account.original
    first, second = "Tai Man Chan said: call 9123 4567 or mail brave@x.org.", "HKID A123456(3)."
    text = f"{first}\n{second}"
    qtbot.keyClicks(account, first)
    qtbot.keyClick(account, Qt.Key.Key_Return)
    qtbot.keyClicks(account, second)
    assert account.toPlainText() == text
    qtbot.waitUntil(lambda: len(account.highlighted_spans()) == 4)
    found = {(text[s.start : s.end], s.kind) for s in account.highlighted_spans()}
    assert found == {
        ("Tai Man Chan", ids.PERSON),
        ("9123 4567", ids.PHONE),
        ("brave@x.org", ids.EMAIL),
        ("A123456(3)", ids.HKID),
    }
    # A wrong check digit is no HKID: the mark goes when the digit is corrected wrongly.
    cursor = account.textCursor()
    cursor.setPosition(text.index("(3)") + 1)
    cursor.deleteChar()
    cursor.insertText("4")
    assert ids.HKID not in {s.kind for s in account.highlighted_spans()}


def test_move_to_identity_takes_a_phone_out_of_the_account(
    qtbot: QtBot, editor: CaseEditor
) -> None:
    account = editor.account.original
    account.setPlainText("Call me on 9123 4567 after six.")
    cursor = account.textCursor()
    cursor.setPosition(14)  # inside the number
    account.setTextCursor(cursor)
    qtbot.mouseClick(editor.account.move_button, Qt.MouseButton.LeftButton)
    assert editor.identity.phones.values() == ["9123 4567"]
    assert account.toPlainText() == "Call me on [phone] after six."
    assert "9123" not in editor.status_line.text()
    assert not editor.identity.is_shown()
    account.undo()  # one undoable edit, like any other
    assert account.toPlainText() == "Call me on 9123 4567 after six."


def test_move_to_identity_by_selection_and_shortcut(editor: CaseEditor) -> None:
    account = editor.account.translation
    account.setPlainText("Her friend Ah Ming and brave@x.org and A123456(3)")
    cursor = account.textCursor()
    cursor.setPosition(11)
    cursor.setPosition(18, QTextCursor.MoveMode.KeepAnchor)
    account.setTextCursor(cursor)
    account.move_action.trigger()
    cursor.setPosition(account.toPlainText().index("brave") + 2)
    account.setTextCursor(cursor)
    account.move_action.trigger()
    cursor.setPosition(account.toPlainText().index("A123"))
    account.setTextCursor(cursor)
    account.move_action.trigger()
    assert account.toPlainText() == "Her friend [name] and [e-mail] and [HKID]"
    i = editor.identity
    assert (i.other_names.values(), i.emails.values(), i.hkid.text()) == (
        ["Ah Ming"],
        ["brave@x.org"],
        "A123456(3)",
    )
    cursor.setPosition(3)  # nothing there: no change
    account.setTextCursor(cursor)
    assert not account.move_to_identity()


# -- invalid input --------------------------------------------------------------------------------


def test_empty_pseudonym_is_one_clear_line_and_nothing_is_lost(
    qtbot: QtBot, editor: CaseEditor, unlocked: Session
) -> None:
    activate(qtbot, editor)
    editor.account.original.setPlainText("Everything typed so far.")
    editor.case_section.pseudonym.setText("   ")
    assert not editor.save()
    message = editor.problem.text()
    assert "Pseudonym" in message and "required" in message and "\n" not in message
    assert editor.problem.isVisible()
    assert QApplication.focusWidget() is editor.case_section.pseudonym
    assert editor.account.original.toPlainText() == "Everything typed so far."
    assert unlocked.store.count() == 0
    editor.case_section.pseudonym.setText("Brave")
    assert editor.save()
    assert editor.problem.isHidden()


def test_bad_partial_date_names_the_field(editor: CaseEditor, unlocked: Session) -> None:
    editor.case_section.pseudonym.setText("Brave")
    row = editor.incidents.records.add_row()
    row.date.setText("2024-13")
    row.description.setPlainText("Kept.")
    assert not editor.save()
    assert editor.problem.text() == (
        "Not saved. Incident 1, Date: is not a date like 2024, 2024-06, 2024-06-01"
    )
    assert (row.date.text(), row.description.toPlainText()) == ("2024-13", "Kept.")
    assert unlocked.store.count() == 0


def test_core_rules_apply_too(editor: CaseEditor) -> None:
    editor.case_section.pseudonym.setText("Brave")
    editor.profile.languages.setText("yue, not a tag!")
    assert not editor.save()
    assert editor.problem.text().startswith("Not saved. Languages")
    editor.profile.languages.setText("yue")
    row = editor.consent.entries.add_row()
    row.given.setText("")
    assert not editor.save()
    assert editor.problem.text() == "Not saved. Consent entry 1, Given: is required"
    row.given.setText("2024-07-01")
    # A rule only the core knows (at most 50 tags), named in the form's words.
    editor.case_section.tags.setText(", ".join(f"t{n}" for n in range(51)))
    assert not editor.save()
    assert editor.problem.text() == "Not saved. Tags: has more than 50 items"
    assert human_path("incidents[1].police_reference") == "Incident 2, police reference"


def test_context_menu_offers_move_to_identity(qtbot: QtBot, editor: CaseEditor) -> None:
    activate(qtbot, editor)
    account = editor.account.original
    account.setPlainText("Mail brave@x.org please.")
    seen: list[bool] = []

    def use_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.append(account.move_action in menu.actions() and account.move_action.isEnabled())
        account.move_action.trigger()  # as a click would, while the menu is open
        menu.close()

    QTimer.singleShot(0, use_menu)
    point = account.cursorRect(_cursor_at(account, 8)).center()
    # The menu opens where the mouse is: on the e-mail address, with nothing selected.
    account.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, account.mapToGlobal(point))
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [True]
    assert editor.identity.emails.values() == ["brave@x.org"]
    assert account.toPlainText() == "Mail [e-mail] please."


def _cursor_at(account: QPlainTextEdit, position: int) -> QTextCursor:
    cursor = account.textCursor()
    cursor.setPosition(position)
    return cursor
