"""The main window: actions and shortcuts, the editor wiring, the status bar, wipe on lock.

The editor is written elsewhere; these tests put a fake `intake_app.gui.editor`
module in its place (or none at all), so they check the window's wiring alone.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from intake_app.cases.model import Case
from intake_app.cases.store import CaseStore
from intake_app.gui.main_window import TITLE, MainWindow, format_remaining
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session


class FakeEditor(QWidget):
    """Records what the window asks of the editor."""

    saved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.calls: list[tuple[str, str | None]] = []
        session.locking.connect(lambda: self.calls.append(("draft saved on locking", None)))

    def load_case(self, case_id: str | None) -> None:
        self.calls.append(("load_case", case_id))

    def save(self) -> bool:
        self.calls.append(("save", None))
        return True

    def has_unsaved_changes(self) -> bool:
        return False

    def wipe(self) -> None:
        self.calls.append(("wipe", None))


class FakeSettingsDialog(QDialog):
    made: ClassVar[list[tuple[Preferences, Path]]] = []
    language_changed = Signal(str)

    def __init__(self, prefs: Preferences, prefs_path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        FakeSettingsDialog.made.append((prefs, prefs_path))


@pytest.fixture
def fake_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("intake_app.gui.editor")
    module.CaseEditor = FakeEditor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "intake_app.gui.editor", module)


def add_cases(session: Session, *names: str) -> list[Case]:
    cases = []
    for day, name in enumerate(names, 1):
        moment = dt.datetime(2026, 2, day, 9, 30, tzinfo=dt.UTC)
        cases.append(Case(pseudonym=name, created=moment, updated=moment))
    return CaseStore(session.vault).add_many(cases)


def make_window(session: Session, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(session, Preferences(), tmp_path / "prefs.json", debounce_ms=10)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(unlocked: Session, qtbot: QtBot, tmp_path: Path, fake_editor: None) -> MainWindow:
    add_cases(unlocked, "Brave", "Kestrel")
    return make_window(unlocked, qtbot, tmp_path)


@pytest.fixture
def shown(window: MainWindow, qtbot: QtBot) -> Iterator[MainWindow]:
    """The window shown and active, so its shortcuts fire."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.hide()


def editor(window: MainWindow) -> FakeEditor:
    assert isinstance(window.editor, FakeEditor)
    return window.editor


def test_opens_with_the_list_populated_and_a_neutral_title(window: MainWindow) -> None:
    assert window.windowTitle() == TITLE == "Intake"
    model = window.case_list.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Kestrel", "Brave"]
    assert window.splitter.widget(0) is window.case_list
    assert window.splitter.widget(1) is window.editor_widget
    assert isinstance(window.editor, FakeEditor)
    assert window.lock_state_label.text() == "Unlocked"


def test_without_the_editor_module_a_placeholder_stands_in(
    unlocked: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "intake_app.gui.editor", None)  # import fails
    window = make_window(unlocked, qtbot, tmp_path)
    assert window.editor is None
    assert isinstance(window.editor_widget, QLabel)
    assert window.editor_widget.text() == "Select a case"
    assert not window.save_action.isEnabled()
    window.new_case()  # harmless without an editor
    window.wipe()


@pytest.mark.parametrize(
    ("key", "modifiers", "signal"),
    [
        (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, "lock_requested"),
        (
            Qt.Key.Key_Space,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            "panic_requested",
        ),
        (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier, "panic_requested"),
    ],
)
def test_lock_and_panic_shortcuts_emit_their_signals(
    shown: MainWindow,
    qtbot: QtBot,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
    signal: str,
) -> None:
    shown.case_list.search.setFocus()  # from inside a text field too
    with qtbot.waitSignal(getattr(shown, signal), timeout=1000):
        QTest.keyClick(shown.case_list.search, key, modifiers)


def test_toolbar_lock_button_emits_lock_requested(shown: MainWindow, qtbot: QtBot) -> None:
    button = shown.toolbar.widgetForAction(shown.lock_action)
    assert button.accessibleName() == "Lock the vault now"
    with qtbot.waitSignal(shown.lock_requested, timeout=1000):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_save_and_find_shortcuts(shown: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClick(shown, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor(shown).calls == [("load_case", None), ("save", None)]
    QTest.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(shown.case_list.search.hasFocus)
    with qtbot.waitSignal(shown.case_list.new_case_requested):
        shown.case_list.new_button.click()
    assert editor(shown).calls[-1] == ("load_case", None)


def test_choosing_a_case_loads_it_and_saving_refreshes_the_list(
    window: MainWindow, unlocked: Session
) -> None:
    pane = window.case_list
    pane.table.selectRow(1)
    brave_id = pane.model.case_id(1)
    assert brave_id is not None
    assert editor(window).calls == [("load_case", brave_id)]
    assert window.windowTitle() == TITLE

    add_cases(unlocked, "Heron")
    editor(window).saved.emit(brave_id)  # the editor saved Brave: the list re-reads the vault
    assert pane.model.rowCount() == 3
    assert pane.table.currentIndex().row() == pane.model.row_of(brave_id) == 2
    assert editor(window).calls == [("load_case", brave_id)]  # not reloaded by the refresh


def test_window_title_never_takes_case_data(window: MainWindow) -> None:
    window.setWindowTitle("C-2026-00001 Brave")
    assert window.windowTitle() == TITLE
    window.case_list.table.selectRow(0)
    window.setWindowModified(True)
    assert window.windowTitle() == TITLE


def test_status_bar_shows_time_to_auto_lock(window: MainWindow) -> None:
    window.set_auto_lock_remaining(299)
    assert window.auto_lock_label.text() == "Locks in 4:59"
    window.set_auto_lock_remaining(3700)
    assert window.auto_lock_label.text() == "Locks in 1:01:40"
    window.set_auto_lock_remaining(None)
    assert window.auto_lock_label.text() == "Auto-lock off"
    assert format_remaining(-5) == "0:00"


def test_locking_wipes_the_list_and_the_editor_after_the_draft_is_saved(
    window: MainWindow, unlocked: Session
) -> None:
    window.case_list.search.setText("Brave")
    window.case_list.apply_query()
    window.case_list.table.selectRow(0)
    unlocked.lock()
    pane = window.case_list
    assert pane.model.rowCount() == 0 and not pane.model.canFetchMore(QModelIndex())
    assert pane.search.text() == "" and pane.count_label.text() == ""
    calls = [name for name, _ in editor(window).calls]
    assert calls[-2:] == ["draft saved on locking", "wipe"]
    assert window.lock_state_label.text() == "Locked"
    assert window.windowTitle() == TITLE


def test_settings_open_the_settings_dialog_without_blocking(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    module = types.ModuleType("intake_app.gui.settings_dialog")
    module.SettingsDialog = FakeSettingsDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "intake_app.gui.settings_dialog", module)
    FakeSettingsDialog.made.clear()
    window.settings_action.trigger()
    window.settings_action.trigger()  # a second time raises the same dialog
    assert FakeSettingsDialog.made == [(window.prefs, tmp_path / "prefs.json")]
    dialog = window.settings_dialog
    assert isinstance(dialog, FakeSettingsDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()
    assert window.settings_dialog is None


def test_settings_without_the_dialog_module_say_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "intake_app.gui.settings_dialog", None)
    window.settings_action.trigger()
    assert "not available" in window.statusBar().currentMessage()


def test_actions_have_names_mnemonics_and_accessible_text(window: MainWindow) -> None:
    actions = window.findChildren(QAction)
    ours = [a for a in actions if a.objectName().startswith("action_")]
    assert {a.objectName() for a in ours} == {
        "action_new_case",
        "action_save",
        "action_find",
        "action_lock",
        "action_panic",
        "action_settings",
        "action_quit",
    }
    for action in ours:
        assert "&" in action.text() and action.toolTip() and action.statusTip()
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
    shortcuts = {a.objectName(): [s.toString() for s in a.shortcuts()] for a in ours}
    assert shortcuts["action_lock"] == ["Ctrl+L"]
    assert shortcuts["action_panic"] == ["Ctrl+Shift+Space", "F12"]
    assert shortcuts["action_new_case"] == ["Ctrl+N"]
    assert shortcuts["action_save"] == ["Ctrl+S"]
    for action in window.toolbar.actions():
        if not action.isSeparator():
            assert window.toolbar.widgetForAction(action).accessibleName()
    for label in (window.lock_state_label, window.auto_lock_label):
        assert label.accessibleName()


def test_quit_closes_the_window(shown: MainWindow, qapp: QApplication) -> None:
    # In the app, closing the last window ends the event loop and `controller.main` locks;
    # here that must not reach pytest-qt's own event loops.
    qapp.setQuitOnLastWindowClosed(False)
    try:
        shown.quit_action.trigger()
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert not shown.isVisible()


def test_with_the_real_editor_a_chosen_case_saves_and_stays_selected(
    unlocked: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    from intake_app.gui import editor as editor_module

    add_cases(unlocked, "Brave", "Kestrel")
    window = make_window(unlocked, qtbot, tmp_path)
    assert isinstance(window.editor, editor_module.CaseEditor)
    pane = window.case_list
    pane.table.selectRow(1)
    brave_id = pane.model.case_id(1)
    with qtbot.waitSignal(window.editor_widget.saved) as saved:  # type: ignore[attr-defined]
        window.save_action.trigger()
    assert saved.args == [brave_id]
    # Saving stamps `updated`: Brave is now the newest case, and still the chosen one.
    assert pane.model.case_id(0) == brave_id
    assert pane.table.currentIndex().row() == 0
    assert window.windowTitle() == TITLE
    unlocked.lock()
    assert pane.model.rowCount() == 0
