"""The case editor's drafts and lock: autosave, crash recovery, and a wipe that forgets."""

from __future__ import annotations

import json

import shiboken6
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.cases.drafts import Drafts
from intake_app.cases.jsonio import case_to_json
from intake_app.gui.editor import UNNAMED_DRAFT, CaseEditor, restore_offer
from intake_app.gui.editor.partial_date import PartialDateValidator
from intake_app.gui.session import Session
from intake_app.vault.vault import Vault, VaultOptions

MARK = "Zq"  # in every marker, and in nothing the editor shows of its own


def marker(number: int) -> str:
    # Letters only, so that a marker is also a valid language tag ("Zqbc").
    return MARK + "".join(chr(ord("a") + int(digit)) for digit in str(number))


def make_editor(qtbot: QtBot, session: Session, interval_ms: int = 3_600_000) -> CaseEditor:
    editor = CaseEditor(session, autosave_interval_ms=interval_ms)
    qtbot.addWidget(editor)
    return editor


def draft_texts(session: Session) -> list[str]:
    return [
        json.dumps(case_to_json(case), ensure_ascii=False) for _, _, case in restore_offer(session)
    ]


# -- autosave -------------------------------------------------------------------------------------


def test_autosave_keeps_a_draft_after_edits(qtbot: QtBot, unlocked: Session) -> None:
    editor = make_editor(qtbot, unlocked, interval_ms=20)
    qtbot.keyClicks(editor.case_section.pseudonym, "Brave")
    qtbot.keyClicks(editor.account.original, "Typed while listening.")
    qtbot.waitUntil(lambda: any("Typed while listening." in t for t in draft_texts(unlocked)))
    ((_, _, draft),) = restore_offer(unlocked)
    assert draft.pseudonym == "Brave"
    assert editor.has_unsaved_changes()
    # Saving the case discards its draft.
    assert editor.save()
    assert restore_offer(unlocked) == []


def test_leaving_a_section_keeps_a_draft(qtbot: QtBot, unlocked: Session) -> None:
    editor = make_editor(qtbot, unlocked)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.jump_to(editor.case_section)
    QTest.keyClicks(editor.case_section.pseudonym, "Brave")
    QTest.keyClick(editor.case_section.pseudonym, Qt.Key.Key_Tab)  # same section: no draft
    assert restore_offer(unlocked) == []
    QTest.keyClick(editor.case_section.status, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert [case.pseudonym for _, _, case in restore_offer(unlocked)] == ["Brave"]


def test_nothing_changed_means_no_draft(qtbot: QtBot, unlocked: Session) -> None:
    editor = make_editor(qtbot, unlocked)
    editor.case_section.pseudonym.setText("Brave")
    editor.case_section.pseudonym.setText("")  # typed and taken back
    editor.autosave()
    assert not editor.has_unsaved_changes()
    assert restore_offer(unlocked) == []


def test_loading_another_case_drafts_the_current_one(qtbot: QtBot, unlocked: Session) -> None:
    editor = make_editor(qtbot, unlocked)
    editor.case_section.pseudonym.setText("Other")
    assert editor.save()
    other = editor._base
    assert other is not None
    editor.load_case(None)
    editor.account.original.setPlainText("Half an account.")
    editor.load_case(other.id)
    ((_, _, draft),) = restore_offer(unlocked)
    assert (draft.pseudonym, draft.account.original) == (UNNAMED_DRAFT, "Half an account.")
    assert editor.case_section.pseudonym.text() == "Other"


def test_a_draft_keeps_what_a_save_would_refuse(qtbot: QtBot, unlocked: Session) -> None:
    editor = make_editor(qtbot, unlocked)
    row = editor.incidents.records.add_row()
    row.date.setText("2024-13")
    row.description.setPlainText("Still kept.")
    assert editor.save_draft()
    ((draft_id, _, draft),) = restore_offer(unlocked)
    assert draft.incidents[0].date is not None and draft.incidents[0].date.year == 2024
    editor.restore_draft(draft_id, draft)
    assert editor.case_section.pseudonym.text() == ""  # the marker is not shown as a name
    assert editor.incidents.records.rows()[0].description.toPlainText() == "Still kept."


# -- a crash --------------------------------------------------------------------------------------


def test_after_a_crash_the_draft_is_offered_and_restored(
    qtbot: QtBot, unlocked: Session, vault_options: VaultOptions
) -> None:
    # Not handed to qtbot: this editor dies with the "crash", not at the end of the test.
    editor = CaseEditor(unlocked, autosave_interval_ms=20)
    editor.case_section.pseudonym.setText("Saved once")
    assert editor.save()
    case_id = editor.case_section.code.text()
    qtbot.keyClicks(editor.account.original, "Typed after the save.")
    qtbot.waitUntil(lambda: any("Typed after the save." in t for t in draft_texts(unlocked)))
    # The crash: the editor is gone without a save or a wipe, the vault is simply closed.
    shiboken6.delete(editor)
    unlocked.vault.close()
    unlocked._vault = None  # what a dead process leaves behind: nothing

    after = Session(unlocked.folder, lambda: vault_options)
    after.attach(Vault.open(after.folder, PASSPHRASE, vault_options))
    try:
        offered = restore_offer(after)
        assert len(offered) == 1
        draft_id, saved, draft = offered[0]
        assert saved and draft.pseudonym == "Saved once"
        reopened = make_editor(qtbot, after)
        reopened.restore_draft(draft_id, draft)
        assert reopened.account.original.toPlainText() == "Typed after the save."
        assert reopened.case_section.code.text() == case_id
        assert reopened.has_unsaved_changes()
        assert reopened.save()  # an update of the stored case, which drops the draft
        assert restore_offer(after) == []
        assert after.store.count() == 1
    finally:
        after.lock()


# -- the lock -------------------------------------------------------------------------------------


def _fill_with_markers(editor: CaseEditor) -> list[str]:
    """Put a marker in every free-text input (some typed, to leave undo history)."""
    for records in (editor.incidents, editor.documents, editor.needs, editor.sessions):
        records.records.add_row()
    editor.consent.entries.add_row()
    editor.identity.show_identity()
    markers: list[str] = []
    for number, widget in enumerate(editor.findChildren(QWidget)):
        text = marker(number)
        if isinstance(widget, QLineEdit):
            numbers_only = isinstance(widget.validator(), PartialDateValidator | QIntValidator)
            if widget.isReadOnly() or numbers_only:
                continue
            QTest.keyClicks(widget, text)  # editable combos too, through their line edit
        elif isinstance(widget, QPlainTextEdit):
            QTest.keyClicks(widget, text)
        else:
            continue
        markers.append(text)
    return markers


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        texts.append(widget.text())
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QComboBox):
        texts += [widget.currentText()] + [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    return texts


def test_lock_saves_a_draft_then_wipes_everything(
    qtbot: QtBot, unlocked: Session, vault_options: VaultOptions
) -> None:
    editor = make_editor(qtbot, unlocked)
    markers = _fill_with_markers(editor)
    assert len(markers) > 30
    editor.refresh_highlighting()
    assert editor.account.original.document().isUndoAvailable()
    assert editor.account.original.highlighter.known

    unlocked.lock()

    widgets = [editor, *editor.findChildren(QWidget)]
    leftovers = [(w, t) for w in widgets for t in _texts(w) if MARK in t]
    assert leftovers == []
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            assert not widget.isUndoAvailable() and not widget.isRedoAvailable()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            document = widget.document()
            assert not document.isUndoAvailable() and not document.isRedoAvailable()
    assert not editor.account.original.highlighter.known
    assert editor.account.original.highlighted_spans() == []
    assert editor._base is None and not editor.has_unsaved_changes()
    assert not editor.identity.is_shown()

    # ...and the draft, taken before the wipe, holds every marker.
    with Vault.open(unlocked.folder, PASSPHRASE, vault_options) as vault:
        ((_, _, draft),) = Drafts(vault).drafts()
    text = json.dumps(case_to_json(draft), ensure_ascii=False)
    assert [m for m in markers if m not in text] == []
    assert draft.pseudonym.startswith(MARK)


def test_lock_without_changes_keeps_no_draft(
    qtbot: QtBot, unlocked: Session, vault_options: VaultOptions
) -> None:
    editor = make_editor(qtbot, unlocked)
    editor.case_section.pseudonym.setText("Brave")
    assert editor.save()
    unlocked.lock()
    with Vault.open(unlocked.folder, PASSPHRASE, vault_options) as vault:
        assert Drafts(vault).drafts() == []
    assert editor.case_section.pseudonym.text() == ""
