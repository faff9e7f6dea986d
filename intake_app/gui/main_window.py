"""The main window: the case list beside the case editor, with the lock always in reach.

The window is built at each unlock and thrown away at each lock (see `controller`),
and it also wipes its list and editor on `Session.locking`, so no case text
outlives a lock even for the moment before the window is destroyed. Its title is
always just "Intake": titles reach task bars, window switchers and screen readers
of anyone looking over a shoulder.

Shortcuts: Ctrl+N new case, Ctrl+S save, Ctrl+F search, Ctrl+L lock now, and
panic (lock, clear, hide) on Ctrl+Shift+Space or F12. F12 is there because Chinese
input methods often take Ctrl+Space or Ctrl+Shift for themselves, and caseworkers
type Chinese: a panic key must never be swallowed by an input method.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from intake_app.gui.case_list import DEBOUNCE_MS, CaseListPane
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session

TITLE = "Intake"
PANIC_SHORTCUTS = ("Ctrl+Shift+Space", "F12")


class CaseEditorLike(Protocol):
    """What the main window uses of `intake_app.gui.editor.CaseEditor` (a QWidget)."""

    def load_case(self, case_id: str | None) -> None: ...
    def save(self) -> bool: ...
    def has_unsaved_changes(self) -> bool: ...
    def wipe(self) -> None: ...


def format_remaining(seconds: int) -> str:
    """1:05 for 65 seconds, 1:00:00 for an hour."""
    minutes, secs = divmod(max(seconds, 0), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class MainWindow(QMainWindow):
    """Case list, editor, actions and status bar; asks for locks through its signals."""

    lock_requested = Signal()
    panic_requested = Signal()
    language_changed = Signal(str)  # the controller rebuilds the window in the new language

    def __init__(
        self,
        session: Session,
        prefs: Preferences,
        prefs_path: Path,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.prefs_path = prefs_path
        self.setObjectName("main_window")
        self.setWindowTitle(TITLE)
        self.windowTitleChanged.connect(self._keep_title)

        self.case_list = CaseListPane(session, self, debounce_ms=debounce_ms)
        self.editor, self.editor_widget = self._make_editor()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.editor_widget)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # Nearly half each: the list's columns need room in every language (scaled on show).
        self.splitter.setSizes([660, 660])
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self._make_menus_and_toolbar()
        self._make_status_bar()
        self.settings_dialog: QWidget | None = None

        self.case_list.case_activated.connect(self._open_case)
        self.case_list.open_requested.connect(self._focus_editor)
        self.case_list.new_case_requested.connect(self.new_case)
        # Connected after the editor was built, so its own locking handler (saving the
        # draft) runs before this one wipes it.
        session.locking.connect(self.wipe)
        self.case_list.apply_query()

    # -- construction -------------------------------------------------------------------------

    def _make_editor(self) -> tuple[CaseEditorLike | None, QWidget]:
        try:
            # Imported here: the editor is heavy, and the list works without it.
            module = importlib.import_module("intake_app.gui.editor")
            editor_class = module.CaseEditor
        except (ImportError, AttributeError):  # as `from ... import CaseEditor` would fail
            placeholder = QLabel(self.tr("Select a case"), self)
            placeholder.setObjectName("editor_placeholder")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return None, placeholder
        editor = editor_class(self.session, self)
        editor.saved.connect(self._case_saved)
        return cast(CaseEditorLike, editor), cast(QWidget, editor)

    def _action(
        self, name: str, text: str, accessible: str, shortcuts: tuple[str, ...] = ()
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        # Menus read the text; the tool tip and status tip are what tool buttons announce.
        action.setToolTip(accessible)
        action.setStatusTip(accessible)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(
            "action_new_case", self.tr("&New case"), self.tr("New case"), ("Ctrl+N",)
        )
        self.new_action.triggered.connect(self.new_case)
        self.save_action = self._action(
            "action_save", self.tr("&Save"), self.tr("Save the case"), ("Ctrl+S",)
        )
        self.save_action.triggered.connect(self.save)
        self.save_action.setEnabled(self.editor is not None)
        self.find_action = self._action(
            "action_find", self.tr("&Find cases"), self.tr("Search cases"), ("Ctrl+F",)
        )
        self.find_action.triggered.connect(self.case_list.focus_search)
        self.lock_action = self._action(
            "action_lock", self.tr("&Lock now"), self.tr("Lock the vault now"), ("Ctrl+L",)
        )
        self.lock_action.triggered.connect(self.lock_requested)
        self.panic_action = self._action(
            "action_panic",
            self.tr("&Panic: lock and hide"),
            self.tr("Lock the vault and hide the window at once"),
            PANIC_SHORTCUTS,
        )
        self.panic_action.triggered.connect(self.panic_requested)
        for action in (self.lock_action, self.panic_action):
            # Also from our dialogs: whoever is at the keyboard must be able to lock.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.settings_action = self._action(
            "action_settings", self.tr("Se&ttings…"), self.tr("Settings")
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = self._action(
            "action_quit", self.tr("&Quit"), self.tr("Lock and quit"), ("Ctrl+Q",)
        )
        # Closing the last window ends the event loop; `controller.main` then locks.
        self.quit_action.triggered.connect(self.close)

    def _make_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        case_menu = menus.addMenu(self.tr("&Case"))
        case_menu.addActions([self.new_action, self.save_action, self.find_action])
        case_menu.addSeparator()
        case_menu.addAction(self.quit_action)
        vault_menu = menus.addMenu(self.tr("&Vault"))
        vault_menu.addActions([self.lock_action, self.panic_action])
        vault_menu.addSeparator()
        vault_menu.addAction(self.settings_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.lock_action, self.panic_action])
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.toolTip())
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.lock_state_label = QLabel(self.tr("Unlocked"), self)
        self.lock_state_label.setObjectName("lock_state")
        self.lock_state_label.setAccessibleName(self.tr("Vault state"))
        self.auto_lock_label = QLabel(self)
        self.auto_lock_label.setObjectName("auto_lock_remaining")
        self.auto_lock_label.setAccessibleName(self.tr("Time until the vault locks itself"))
        bar.addPermanentWidget(self.auto_lock_label)
        bar.addPermanentWidget(self.lock_state_label)

    # -- what the lock controller calls -------------------------------------------------------

    def set_auto_lock_remaining(self, seconds: int | None) -> None:
        """Show the time left before the idle lock; None when auto-lock is off."""
        if seconds is None:
            self.auto_lock_label.setText(self.tr("Auto-lock off"))
        else:
            text = self.tr("Locks in {time}").format(time=format_remaining(seconds))
            self.auto_lock_label.setText(text)

    def wipe(self) -> None:
        """Drop every bit of case data this window shows (on `Session.locking`)."""
        self.case_list.wipe()
        if self.editor is not None:
            self.editor.wipe()
        self.lock_state_label.setText(self.tr("Locked"))
        self.auto_lock_label.setText("")
        self.setWindowTitle(TITLE)

    # -- actions ------------------------------------------------------------------------------

    def new_case(self) -> None:
        if self.editor is None:
            return
        self.case_list.select_case(None)
        self.editor.load_case(None)
        self._focus_editor()

    def save(self) -> None:
        if self.editor is not None:
            self.editor.save()

    def open_settings(self) -> None:
        try:
            module = importlib.import_module("intake_app.gui.settings_dialog")
        except ImportError:
            self.statusBar().showMessage(self.tr("Settings are not available yet."), 5000)
            return
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        dialog: QWidget = module.SettingsDialog(self.prefs, self.prefs_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_changed.connect(self.language_changed)  # type: ignore[attr-defined]
        dialog.destroyed.connect(self._settings_closed)
        self.settings_dialog = dialog
        # open(), not exec(): no nested event loop for a lock to unwind.
        dialog.open()  # type: ignore[attr-defined]

    def _settings_closed(self) -> None:
        self.settings_dialog = None

    def _open_case(self, case_id: str) -> None:
        if self.editor is not None:
            self.editor.load_case(case_id)

    def _focus_editor(self) -> None:
        if self.editor is not None:
            self.editor_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _case_saved(self, case_id: str) -> None:
        self.case_list.select_case(case_id)
        self.case_list.refresh()

    def _keep_title(self, title: str) -> None:
        # Children (an editor marking itself modified, a dialog) must not put case data here.
        if title != TITLE:
            self.setWindowTitle(TITLE)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        super().closeEvent(event)
