"""Locking: by hand, after idle time, on screen lock or sleep, and in a panic.

The order follows KeePassXC's `DatabaseWidget` lock:

1. close our own dialogs and popup menus (a half-typed dialog holds case text);
2. clear the clipboard if it still holds text we put there;
3. `Session.lock()`: its `locking` signal makes the editor save a draft and every
   window wipe itself, then the vault closes and the data key is forgotten;
4. on `Session.locked`, sweep the old window's widget tree once more (defence in
   depth against a widget someone forgot to wire), and the `Controller` replaces
   the window with a fresh unlock window.

Saves run on the GUI thread, so a lock (also a GUI-thread call) can never cut one
in half; anything writing from another thread must wait for itself in its
`locking` handler (the settings dialog's re-calibration does).

Anything that opens a dialog with `exec()` must expect a lock inside it: the
dialog is rejected, and afterwards `session.is_unlocked` is False. `MessageBox`
answers `NoButton` in that case.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QStandardItemModel, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QToolTip,
    QTreeWidget,
    QWidget,
)

from intake_app.gui.clipboard import SecureClipboard
from intake_app.gui.inactivity import InactivityTimer, Interval
from intake_app.gui.preferences import Preferences
from intake_app.gui.privacy import CaptureGuard, exclude_from_capture
from intake_app.gui.screen_lock import ScreenLockWatcher
from intake_app.gui.session import Session

# What a panic leaves in the task bar and window switcher: a name that says nothing
# about casework (translated, so it looks ordinary in any language). The application
# display name takes it too, until the next unlock restores the real one.
NEUTRAL_TITLE = "Notes"
CLOSED_BY_LOCK = "intake_closed_by_lock"  # dynamic property set on dialogs a lock rejected
_DISPLAY_NAME_BEFORE_PANIC = "intake_display_name_before_panic"

Button = QMessageBox.StandardButton


class MessageBox:
    """Our confirmation and notice boxes, answerable in tests (KeePassXC's `MessageBox`).

    `set_next_answer(button)` makes the next box return `button` without showing;
    the answer is used once, so it cannot leak into a later test or dialog.
    """

    _next_answer: ClassVar[Button | None] = None

    @classmethod
    def set_next_answer(cls, answer: Button) -> None:
        cls._next_answer = answer

    @classmethod
    def reset(cls) -> None:
        cls._next_answer = None

    @classmethod
    def question(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: Button = Button.Yes | Button.No,
        default: Button = Button.No,
    ) -> Button:
        return cls._ask(QMessageBox.Icon.Question, parent, title, text, buttons, default)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> Button:
        return cls._ask(QMessageBox.Icon.Warning, parent, title, text, Button.Ok, Button.Ok)

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> Button:
        return cls._ask(QMessageBox.Icon.Information, parent, title, text, Button.Ok, Button.Ok)

    @classmethod
    def _ask(
        cls,
        icon: QMessageBox.Icon,
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: Button,
        default: Button,
    ) -> Button:
        if cls._next_answer is not None:
            answer, cls._next_answer = cls._next_answer, None
            return answer
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        result = box.exec()
        # A lock rejected (or destroyed) the box: nobody answered, so do nothing.
        if not shiboken6.isValid(box) or box.property(CLOSED_BY_LOCK):
            return Button.NoButton
        return Button(result)


def _depth(widget: QObject) -> int:
    depth = 0
    parent = widget.parent()
    while parent is not None:
        depth, parent = depth + 1, parent.parent()
    return depth


def close_own_dialogs(window: QWidget) -> list[QWidget]:
    """Close popups and reject every visible dialog of ours; return the dialogs closed.

    "Ours" is the window's child dialogs plus any top-level dialog in the process:
    while unlocked, every top-level dialog belongs to the unlocked session.
    """
    for _ in range(32):  # popups stack (a submenu over a menu); bounded, never a hang
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    QToolTip.hideText()
    found: dict[int, QWidget] = {}
    for widget in [*QApplication.topLevelWidgets(), *window.findChildren(QDialog)]:
        if isinstance(widget, QDialog | QMenu) and widget is not window and widget.isVisible():
            found[id(widget)] = widget
    # Innermost first, so a box opened from a dialog goes before the dialog.
    closed = sorted(found.values(), key=_depth, reverse=True)
    for widget in closed:
        widget.setProperty(CLOSED_BY_LOCK, True)
        if isinstance(widget, QDialog):
            # done(), not reject(): a dialog may override reject() to ask "discard changes?".
            widget.done(QDialog.DialogCode.Rejected)
        widget.close()
    return closed


def wipe_widgets(root: QObject) -> None:
    """Empty every text-holding widget, model, document and undo stack under `root`.

    The windows wipe themselves on `Session.locking`; this sweep runs after the
    vault closed, so a widget nobody wired still lets go of its text before the
    window is destroyed (Qt frees memory without overwriting it, but a live
    object is what an attacker at the keyboard can reach).
    """
    for obj in [root, *root.findChildren(QObject)]:
        if not shiboken6.isValid(obj):
            continue
        if isinstance(obj, QWidget):
            # Quietly: an editor reacting to "text changed" would try to save into
            # the closed vault. Models are not blocked: their views must hear the reset.
            blocked = obj.blockSignals(True)
            try:
                _wipe_widget(obj)
            finally:
                obj.blockSignals(blocked)
        elif isinstance(obj, QTextDocument):
            obj.clear()
            obj.clearUndoRedoStacks()
        elif isinstance(obj, QUndoStack | QStandardItemModel):
            obj.clear()
        elif isinstance(obj, QStringListModel):
            obj.setStringList([])


def _wipe_widget(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText("")  # clear() is itself undoable; setText drops the undo history
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.clear()
        widget.document().clearUndoRedoStacks()
    elif isinstance(widget, QLabel):
        widget.clear()
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.clearEditText()
    elif isinstance(widget, QListWidget | QTableWidget | QTreeWidget):
        widget.clear()
    # Tool tips and status tips are where table cells and truncated fields show their
    # full text.
    widget.setToolTip("")
    widget.setStatusTip("")
    widget.setWhatsThis("")
    widget.setAccessibleDescription("")


def neutral_title() -> str:
    """NEUTRAL_TITLE in the current language."""
    return QCoreApplication.translate("LockController", "Notes")


def hide_windows(title: str | None = None) -> None:
    """Minimise every visible top-level window under a neutral title; hide the rest."""
    title = title or neutral_title()
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        if app.property(_DISPLAY_NAME_BEFORE_PANIC) is None:
            app.setProperty(_DISPLAY_NAME_BEFORE_PANIC, QGuiApplication.applicationDisplayName())
        # X11 and Windows append the display name to every window title.
        QGuiApplication.setApplicationDisplayName(title)
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            widget.hide()
            continue
        widget.setWindowTitle(title)
        widget.showMinimized()


def restore_display_name() -> None:
    """Undo the panic's neutral application name (called at the next unlock)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    before = app.property(_DISPLAY_NAME_BEFORE_PANIC)
    if isinstance(before, str):
        QGuiApplication.setApplicationDisplayName(before)
        app.setProperty(_DISPLAY_NAME_BEFORE_PANIC, None)


class LockController(QObject):
    """Owns every lock trigger for one unlocked main window; a child of that window.

    Built at each unlock by the `Controller` and destroyed with the window at
    lock. Timers and the screen-lock watcher are injectable for tests.
    `locked_by` says which trigger locked ("manual", "panic", "idle", "screen",
    "sleep").
    """

    locked_by = Signal(str)

    def __init__(
        self,
        session: Session,
        prefs: Preferences,
        window: QWidget,
        *,
        idle_ms: Interval | None = None,
        tick_ms: int = 1000,
        wall_clock: Callable[[], float] = time.time,
        clipboard: SecureClipboard | None = None,
        screen_watcher: ScreenLockWatcher | None = None,
    ) -> None:
        # Parented to the window: the Controller keeps no reference to us.
        super().__init__(window)
        self.session = session
        self.prefs = prefs
        self.window = window
        self._locking = False
        self._closed: list[QWidget] = []  # dialogs the lock rejected, swept after it
        self.inactivity = InactivityTimer(
            idle_ms if idle_ms is not None else (lambda: prefs.auto_lock_minutes * 60_000),
            self,
            tick_ms=tick_ms,
            wall_clock=wall_clock,
        )
        self.clipboard = clipboard or SecureClipboard(prefs, self)
        self.clipboard.setParent(self)
        self.screen_watcher = screen_watcher or ScreenLockWatcher(self)
        self.screen_watcher.setParent(self)
        # The window now, and every dialog of ours shown while unlocked (Windows, macOS).
        self.capture_excluded = exclude_from_capture(window)
        self.capture_guard = CaptureGuard(self)

        self.inactivity.inactive.connect(self._on_idle)
        self.inactivity.tick.connect(self._show_remaining)
        self.screen_watcher.screen_locked.connect(self._on_screen_locked)
        self.screen_watcher.going_to_sleep.connect(self._on_sleep)
        session.unlocked.connect(self._start)
        session.locked.connect(self._after_lock)
        if session.is_unlocked:
            self._start()

    # -- triggers -----------------------------------------------------------------------------

    @Slot()
    def lock_now(self) -> None:
        """Lock by hand (Ctrl+L, the toolbar button)."""
        self._lock("manual")

    @Slot()
    def panic(self) -> None:
        """Lock, clear the whole clipboard and minimise everything under a neutral title."""
        hide_windows()  # first, so the screen changes at once
        self.clipboard.clear_all()
        self._lock("panic")
        hide_windows()  # again: the lock has just shown a fresh unlock window

    @Slot()
    def _on_idle(self) -> None:
        self._lock("idle")

    @Slot()
    def _on_screen_locked(self) -> None:
        if self.prefs.lock_on_screen_lock:
            self._lock("screen")

    @Slot()
    def _on_sleep(self) -> None:
        if self.prefs.lock_on_screen_lock:
            self._lock("sleep")

    # -- the lock itself -----------------------------------------------------------------------

    def _lock(self, reason: str) -> None:
        if self._locking or not self.session.is_unlocked:
            return  # already on the way down (e.g. sleep announced during a screen lock)
        self._locking = True
        try:
            self.inactivity.stop()
            self._closed = close_own_dialogs(self.window)
            self.clipboard.clear_if_ours()
            self.session.lock()
        finally:
            self._locking = False
        self.locked_by.emit(reason)

    @Slot()
    def _start(self) -> None:
        restore_display_name()
        self.clipboard.attach()
        self.inactivity.start()
        self._show_remaining(self.inactivity.remaining_seconds())

    @Slot()
    def _after_lock(self) -> None:
        """Runs for every lock, including ones not started here (quitting the app)."""
        self.inactivity.stop()
        self.clipboard.clear_if_ours()
        self.clipboard.detach()
        closed, self._closed = self._closed, []
        for dialog in closed:
            if shiboken6.isValid(dialog):
                wipe_widgets(dialog)
        if shiboken6.isValid(self.window):
            wipe_widgets(self.window)

    @Slot(int)
    def _show_remaining(self, seconds: int | None) -> None:
        setter = getattr(self.window, "set_auto_lock_remaining", None)
        if callable(setter):
            setter(seconds)
