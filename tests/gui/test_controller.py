"""The controller: which window shows when, and draft recovery after a crash."""

from __future__ import annotations

from pathlib import Path

from helpers import PASSPHRASE
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from intake_app.cases.jsonio import load_case_json
from intake_app.gui.controller import Controller
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.vault.vault import Vault, VaultOptions

EXAMPLE = Path(__file__).parent.parent / "data" / "case-example.json"


def _controller(session: Session, tmp_path: Path, answer: bool) -> Controller:
    controller = Controller(session, Preferences(), tmp_path / "prefs.json")
    controller.ask = lambda parent, question: answer  # type: ignore[method-assign]
    return controller


def test_wizard_without_a_vault_unlock_window_with_one(
    session: Session, tmp_path: Path, vault_options: VaultOptions, qtbot: QtBot
) -> None:
    controller = _controller(session, tmp_path, True)
    controller.start()
    assert type(controller.window).__name__ == "SetupWizard"
    Vault.create(session.folder, PASSPHRASE, vault_options)[0].close()
    controller.start()
    assert type(controller.window).__name__ == "UnlockWindow"


def test_unlock_shows_the_main_window_and_lock_brings_back_the_unlock_window(
    unlocked: Session, tmp_path: Path, qtbot: QtBot
) -> None:
    vault = unlocked.vault
    unlocked._vault = None  # hand the open vault over as the unlock window would
    controller = _controller(unlocked, tmp_path, True)
    controller.start()
    unlocked.attach(vault)
    assert type(controller.window).__name__ == "MainWindow"
    assert controller.window.windowTitle() == "Intake"
    unlocked.lock()
    assert type(controller.window).__name__ == "UnlockWindow"


def test_a_draft_left_by_a_crash_is_offered_and_restored(
    unlocked: Session, tmp_path: Path, vault_options: VaultOptions, qtbot: QtBot
) -> None:
    case = load_case_json(EXAMPLE.read_bytes())
    case.account.original = "Typed just before the battery died: DRAFTMARKER."
    unlocked.drafts.save_draft(case.id, case)
    # The crash: the vault is dropped without a clean lock; a new process unlocks it.
    folder = unlocked.folder
    unlocked.lock()
    reopened = Session(folder, lambda: vault_options)
    controller = _controller(reopened, tmp_path, True)
    reopened.attach(Vault.open(folder, PASSPHRASE, vault_options))
    try:
        window = controller.window
        assert window is not None
        texts = [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
        assert any("DRAFTMARKER" in t for t in texts)
    finally:
        reopened.lock()


def test_a_declined_draft_is_discarded(unlocked: Session, tmp_path: Path, qtbot: QtBot) -> None:
    case = load_case_json(EXAMPLE.read_bytes())
    unlocked.drafts.save_draft(case.id, case)
    vault = unlocked.vault
    unlocked._vault = None
    controller = _controller(unlocked, tmp_path, False)
    unlocked.attach(vault)
    assert type(controller.window).__name__ == "MainWindow"
    assert unlocked.drafts.drafts() == []
