"""Which window shows when: set-up wizard, unlock window or main window.

The controller owns the `Session` and wires the lock controller to the main
window's lock and panic actions. A main window is built at each unlock and
destroyed at each lock, so no widget that ever held case text outlives a lock.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from intake_app import paths
from intake_app.gui.i18n import install_translator
from intake_app.gui.preferences import Preferences, load_preferences
from intake_app.gui.privacy import CaptureGuard

if TYPE_CHECKING:
    from intake_app.gui.main_window import MainWindow
from intake_app.gui.session import Session
from intake_app.vault.vault import VaultOptions


class Controller(QObject):
    def __init__(
        self,
        session: Session,
        prefs: Preferences,
        prefs_path: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.prefs_path = prefs_path
        self.window: QWidget | None = None
        session.unlocked.connect(self._show_main)
        session.locked.connect(self._show_unlock)
        session.damaged.connect(self._report_damage)

    def start(self) -> None:
        if self.session.vault_exists():
            self._show_unlock()
        else:
            self._show_wizard()

    def _replace(self, window: QWidget) -> None:
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def _show_wizard(self) -> None:
        from intake_app.gui.wizard import SetupWizard

        self._replace(SetupWizard(self.session, self.prefs))

    def _show_unlock(self) -> None:
        from intake_app.gui.unlock import UnlockWindow

        self._replace(UnlockWindow(self.session, self.prefs))

    def _show_main(self, *, ask_about_drafts: bool = True) -> None:
        from intake_app.gui.lock import LockController
        from intake_app.gui.main_window import MainWindow

        window = MainWindow(self.session, self.prefs, self.prefs_path)
        lock = LockController(self.session, self.prefs, window)
        window.lock_requested.connect(lock.lock_now)
        window.panic_requested.connect(lock.panic)
        window.language_changed.connect(self._rebuild_main)
        self._replace(window)
        self._offer_drafts(window, ask=ask_about_drafts)

    def _rebuild_main(self, _language: str) -> None:
        """Widgets take their texts when built: show a new window in the new language.

        What is typed goes through a draft, so the new window shows it again.
        """
        from intake_app.gui.editor import CaseEditor
        from intake_app.gui.main_window import MainWindow

        old = self.window
        editor = old.editor if isinstance(old, MainWindow) else None
        if isinstance(editor, CaseEditor) and editor.has_unsaved_changes():
            editor.save_draft()
        self._show_main(ask_about_drafts=False)

    def _offer_drafts(self, window: MainWindow, *, ask: bool = True) -> None:
        """After a crash (or a lock mid-edit) the newest draft is offered back, once."""
        from intake_app.gui.editor import CaseEditor
        from intake_app.gui.editor.drafting import restore_offer

        offers = restore_offer(self.session)
        if not offers or not isinstance(window.editor, CaseEditor):
            return
        draft_id, saved, case = offers[0]
        label = case.pseudonym or self.tr("an unnamed case")
        question = self.tr("Unsaved changes to {0} were kept from {1}. Restore them?").format(
            label, saved.replace("T", " ").removesuffix("Z") + " UTC"
        )
        if not ask or self.ask(window, question):
            window.editor.restore_draft(draft_id, case)
        else:
            self.session.drafts.discard_draft(draft_id)

    def _report_damage(self, problem: str) -> None:
        self.inform(
            self.window,
            self.tr(
                "Intake locked the vault because it found damage: {0}. Nothing more was "
                "written. Restore the vault from a backup (see the administrator's guide)."
            ).format(problem),
        )

    def inform(self, parent: QWidget | None, message: str) -> None:
        """One message; tests replace this to avoid a modal dialog."""
        QMessageBox.critical(parent, self.tr("Vault damaged"), message)

    def ask(self, parent: QWidget, question: str) -> bool:
        """Yes/no question; tests replace this to answer without a dialog."""
        answer = QMessageBox.question(parent, self.tr("Restore draft"), question)
        return answer == QMessageBox.StandardButton.Yes


def _gui_vault_options() -> VaultOptions:
    # The page check runs in the background after unlock (Session.PageCheck), not before it.
    return VaultOptions(check_pages_on_open=False)


def main(argv: list[str]) -> int:
    app = QApplication(argv)
    app.setApplicationName("Intake")
    app.setOrganizationName("Intake")
    app.setDesktopFileName("intake-app")
    state = paths.state_dir()
    prefs_path = state / "preferences.json"
    prefs = load_preferences(prefs_path)
    install_translator(app, prefs.language)
    CaptureGuard(app)  # from the first window on: the wizard shows the recovery key
    session = Session(paths.default_vault_dir(), _gui_vault_options)
    controller = Controller(session, prefs, prefs_path)
    controller.start()
    code = app.exec()
    session.lock()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv))
