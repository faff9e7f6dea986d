"""Every lock trigger locks, and after a lock no live QObject holds any case text.

The window here mimics the real ones: line edits, a plain-text account with an
undo history, a rich-text note, a table over a QStandardItemModel, an undo stack,
tool tips; all wiped on `Session.locking`. Timers run in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from helpers import PASSPHRASE
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qobject_scan import find_marker, find_undo_history

from intake_app.gui.clipboard import SecureClipboard
from intake_app.gui.lock import NEUTRAL_TITLE, LockController, MessageBox, wipe_widgets
from intake_app.gui.preferences import Preferences
from intake_app.gui.screen_lock import ScreenLockWatcher
from intake_app.gui.session import Session
from intake_app.vault.vault import Vault

MARKER = "Brave-陳大文-A123456(3)-marker"
MakeLock = Callable[..., LockController]


class CaseWindow(QMainWindow):
    """A stand-in main window holding case text the way the real one does."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setWindowTitle("Intake")
        self.remaining: list[int | None] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.pseudonym = QLineEdit(body)
        self.pseudonym.setText("Brave")
        self.pseudonym.insert(f" {MARKER}")  # typed: now in the line edit's undo history
        self.pseudonym.setToolTip(MARKER)
        self.account = QPlainTextEdit(body)
        self.account.setPlainText("Followed after the rally.")
        self.account.appendPlainText(MARKER)
        self.note = QTextEdit(body)
        self.note.setHtml(f"<p>Passport: <b>{MARKER}</b></p>")
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels(["Code", "Pseudonym"])
        for row in range(3):
            item = QStandardItem(f"{MARKER} {row}")
            item.setToolTip(MARKER)
            self.model.appendRow([QStandardItem(f"HK-{row}"), item])
        self.table = QTableView(body)
        self.table.setModel(self.model)
        self.undo = QUndoStack(self)
        self.undo.push(QUndoCommand(f"edit {MARKER}"))
        self.preview = QLabel(MARKER, body)
        for widget in (self.pseudonym, self.account, self.note, self.table, self.preview):
            layout.addWidget(widget)
        self.setCentralWidget(body)
        session.locking.connect(self.wipe)

    def wipe(self) -> None:
        self.pseudonym.setText("")
        self.pseudonym.setToolTip("")
        for edit in (self.account, self.note):
            edit.clear()
            edit.document().clearUndoRedoStacks()
        self.model.clear()
        self.undo.clear()
        self.preview.clear()

    def set_auto_lock_remaining(self, seconds: int | None) -> None:
        self.remaining.append(seconds)


class CaseDialog(QDialog):
    """A dialog with case text that nobody wired to `locking` (the sweep must catch it)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(MARKER, self)
        self.setWindowTitle("Edit incident")


@pytest.fixture
def window(unlocked: Session, qtbot: QtBot) -> CaseWindow:
    made = CaseWindow(unlocked)
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture
def make_lock(unlocked: Session, prefs: Preferences, window: CaseWindow) -> Iterator[MakeLock]:
    made: list[LockController] = []

    def make(**options: object) -> LockController:
        options.setdefault("screen_watcher", ScreenLockWatcher(platform="none"))
        options.setdefault("idle_ms", 60_000)
        controller = LockController(unlocked, prefs, window, **options)  # type: ignore[arg-type]
        made.append(controller)
        return controller

    yield make
    for controller in made:
        if shiboken6.isValid(controller):
            controller.inactivity.stop()
            controller.clipboard.detach()
    MessageBox.reset()
    QGuiApplication.clipboard().clear()


def assert_locked(session: Session) -> None:
    assert not session.is_unlocked
    with pytest.raises(Exception, match="locked"):
        _ = session.vault


# -- each trigger locks ---------------------------------------------------------------------


def test_lock_now(make_lock: MakeLock, unlocked: Session, qtbot: QtBot) -> None:
    controller = make_lock()
    with qtbot.waitSignal(controller.locked_by) as blocker:
        controller.lock_now()
    assert blocker.args == ["manual"]
    assert_locked(unlocked)


def test_idle_timeout_locks(make_lock: MakeLock, unlocked: Session, qtbot: QtBot) -> None:
    controller = make_lock(idle_ms=20)
    with qtbot.waitSignal(controller.locked_by, timeout=3000) as blocker:
        pass
    assert blocker.args == ["idle"]
    assert_locked(unlocked)


def test_input_restarts_the_idle_countdown(
    make_lock: MakeLock, window: CaseWindow, unlocked: Session
) -> None:
    now = [1000.0]
    controller = make_lock(idle_ms=10_000, wall_clock=lambda: now[0])
    now[0] += 9.5
    assert controller.inactivity.remaining_seconds() == 1
    QTest.mouseMove(window.account.viewport())
    assert controller.inactivity.remaining_seconds() == 10
    now[0] += 9.5
    QTest.keyClick(window.pseudonym, Qt.Key.Key_X)
    assert controller.inactivity.remaining_seconds() == 10
    assert unlocked.is_unlocked


def test_status_bar_counts_down(make_lock: MakeLock, window: CaseWindow, qtbot: QtBot) -> None:
    make_lock(idle_ms=120_000, tick_ms=5)
    qtbot.waitUntil(lambda: len(window.remaining) >= 2, timeout=2000)
    assert all(isinstance(s, int) and 0 < s <= 120 for s in window.remaining)


@pytest.mark.parametrize(
    ("signal", "reason"), [("screen_locked", "screen"), ("going_to_sleep", "sleep")]
)
def test_screen_lock_and_sleep_lock(
    make_lock: MakeLock, unlocked: Session, qtbot: QtBot, signal: str, reason: str
) -> None:
    controller = make_lock()
    with qtbot.waitSignal(controller.locked_by) as blocker:
        getattr(controller.screen_watcher, signal).emit()
    assert blocker.args == [reason]
    assert_locked(unlocked)


def test_screen_lock_ignored_when_turned_off(
    make_lock: MakeLock, unlocked: Session, prefs: Preferences
) -> None:
    prefs.lock_on_screen_lock = False
    controller = make_lock()
    controller.screen_watcher.screen_locked.emit()
    controller.screen_watcher.going_to_sleep.emit()
    assert unlocked.is_unlocked


def test_panic_locks_hides_and_neutralises(
    make_lock: MakeLock, unlocked: Session, window: CaseWindow, qtbot: QtBot
) -> None:
    controller = make_lock()
    QGuiApplication.clipboard().setText("copied in another program")  # panic clears anything
    other = QWidget()
    qtbot.addWidget(other)
    other.setWindowTitle("Intake — second window")
    other.show()
    with qtbot.waitSignal(controller.locked_by) as blocker:
        controller.panic()
    assert blocker.args == ["panic"]
    assert_locked(unlocked)
    assert QGuiApplication.clipboard().text() == ""
    assert QGuiApplication.applicationDisplayName() == NEUTRAL_TITLE
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            assert top.isMinimized(), top
            assert top.windowTitle() == NEUTRAL_TITLE
    # The next unlock brings the real name back.
    vault = Vault.open(unlocked.folder, PASSPHRASE, unlocked.options_factory())
    unlocked.attach(vault)
    make_lock()
    assert QGuiApplication.applicationDisplayName() != NEUTRAL_TITLE


def test_a_second_trigger_after_the_lock_is_harmless(
    make_lock: MakeLock, unlocked: Session
) -> None:
    controller = make_lock()
    controller.lock_now()
    controller.lock_now()
    controller.screen_watcher.going_to_sleep.emit()
    controller.panic()
    assert_locked(unlocked)


# -- what a lock wipes ------------------------------------------------------------------------


def test_nothing_holds_case_text_after_lock(
    make_lock: MakeLock, window: CaseWindow, qtbot: QtBot
) -> None:
    controller = make_lock()
    dialog = CaseDialog(window)
    dialog.show()
    box = QMessageBox(QMessageBox.Icon.Question, "Confirm", f"Delete {MARKER}?")
    qtbot.addWidget(box)  # a top-level box of ours with no parent
    box.show()
    controller.clipboard.copy(MARKER)
    assert find_marker(MARKER), "the scan must see the marker before the lock"
    assert find_undo_history(), "and the undo histories"

    controller.lock_now()

    assert not dialog.isVisible() and not box.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert find_marker(MARKER) == []
    assert find_undo_history() == []
    # And once Qt has run the deferred deletions too.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert find_marker(MARKER) == []


def test_the_sweep_wipes_widgets_nobody_wired(qtbot: QtBot) -> None:
    root = QMainWindow()
    qtbot.addWidget(root)
    dialog = CaseDialog(root)
    edit = QPlainTextEdit(root)
    edit.setPlainText(MARKER)
    edit.appendPlainText(MARKER)
    model = QStandardItemModel(root)
    model.appendRow(QStandardItem(MARKER))
    stack = QUndoStack(root)
    stack.push(QUndoCommand(MARKER))
    label = QLabel(MARKER, root)
    label.setToolTip(MARKER)
    wipe_widgets(root)
    assert dialog.field.text() == "" and not dialog.field.isUndoAvailable()
    assert edit.toPlainText() == "" and not edit.document().isUndoAvailable()
    assert model.rowCount() == 0 and stack.count() == 0
    assert label.text() == "" and label.toolTip() == ""


def test_lock_started_elsewhere_still_clears(
    make_lock: MakeLock, unlocked: Session, window: CaseWindow
) -> None:
    controller = make_lock()
    controller.clipboard.copy(MARKER)
    dialog = CaseDialog(window)
    unlocked.lock()  # e.g. quitting: Session.lock() without the controller
    assert QGuiApplication.clipboard().text() == ""
    assert dialog.field.text() == ""
    assert controller.inactivity.remaining_ms() is None


# -- dialogs ------------------------------------------------------------------------------------


def test_lock_inside_a_modal_box_answers_nobutton(
    make_lock: MakeLock, unlocked: Session, window: CaseWindow
) -> None:
    controller = make_lock()
    # The box runs its own event loop; the lock arrives from inside it, as the idle
    # timer or a D-Bus signal would.
    QTimer.singleShot(0, controller.lock_now)
    answer = MessageBox.question(window, "Discard", "Discard this incident?")
    assert answer == QMessageBox.StandardButton.NoButton
    assert_locked(unlocked)


def test_message_box_next_answer_is_used_once(window: CaseWindow) -> None:
    MessageBox.set_next_answer(QMessageBox.StandardButton.Yes)
    assert MessageBox.question(window, "Q", "Sure?") == QMessageBox.StandardButton.Yes
    MessageBox.set_next_answer(QMessageBox.StandardButton.Ok)
    assert MessageBox.warning(window, "W", "Careful") == QMessageBox.StandardButton.Ok
    # Nothing queued now: a real box would show; answer it by closing it from a timer.
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    assert MessageBox.information(window, "I", "Done") != QMessageBox.StandardButton.Yes


def test_controller_uses_an_injected_clipboard(make_lock: MakeLock, prefs: Preferences) -> None:
    clip = SecureClipboard(prefs, interval_ms=lambda: 60_000)
    controller = make_lock(clipboard=clip)
    assert controller.clipboard is clip and clip.parent() is controller


def test_lock_closes_an_open_context_menu(
    make_lock: MakeLock, unlocked: Session, window: CaseWindow
) -> None:
    controller = make_lock()
    menu = QMenu(window)
    menu.addAction(f"Copy {MARKER}")
    QTimer.singleShot(0, controller.lock_now)  # arrives while the menu runs its own loop
    menu.exec(window.mapToGlobal(QPoint(5, 5)))
    assert not menu.isVisible()
    assert_locked(unlocked)


def test_the_sweep_is_quiet(qtbot: QtBot) -> None:
    # An editor that saves on every change must not be woken by the sweep after the lock.
    root = QMainWindow()
    qtbot.addWidget(root)
    field = QLineEdit(MARKER, root)
    changes: list[str] = []
    field.textChanged.connect(changes.append)
    wipe_widgets(root)
    assert field.text() == "" and changes == []
    field.setText("typed later")
    assert changes == ["typed later"]  # signals work again afterwards
