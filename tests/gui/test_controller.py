"""The controller: which window shows when, and draft recovery after a crash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import PASSPHRASE
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from intake_app.cases.jsonio import load_case_json
from intake_app.gui.controller import Controller
from intake_app.gui.editor import CaseEditor
from intake_app.gui.i18n import install_translator
from intake_app.gui.main_window import MainWindow
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.vault.vault import Vault, VaultOptions

EXAMPLE = Path(__file__).parent.parent / "data" / "case-example.json"


_MADE: list[Controller] = []


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    """Close what each test's controller showed: a main window left open keeps its
    application-wide shortcuts, which would make later tests' shortcuts ambiguous."""
    yield
    while _MADE:
        controller = _MADE.pop()
        controller.session.lock()
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
    QApplication.processEvents()


def _controller(session: Session, tmp_path: Path, answer: bool) -> Controller:
    controller = Controller(session, Preferences(), tmp_path / "prefs.json")
    controller.ask = lambda parent, question: answer  # type: ignore[method-assign]
    _MADE.append(controller)
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


def test_a_language_change_rebuilds_the_window_and_keeps_what_was_typed(
    unlocked: Session, tmp_path: Path, qtbot: QtBot, qapp: Any
) -> None:
    vault = unlocked.vault
    unlocked._vault = None
    controller = _controller(unlocked, tmp_path, True)
    unlocked.attach(vault)
    old = controller.window
    assert isinstance(old, MainWindow) and isinstance(old.editor, CaseEditor)
    old.editor.load_case(None)
    pseudonym = next(
        w for w in old.editor.findChildren(QLineEdit) if w.accessibleName() == "Pseudonym"
    )
    pseudonym.setText("Harbour")
    account = old.editor.findChildren(QPlainTextEdit)[0]
    account.setPlainText("Typed before switching language: LANGMARKER.")
    try:
        install_translator(qapp, "fr_CA")
        old.language_changed.emit("fr_CA")
        new = controller.window
        assert isinstance(new, MainWindow) and new is not old
        assert new.lock_action.text() != old.lock_action.text()  # built in French
        texts = [w.toPlainText() for w in new.findChildren(QPlainTextEdit)]
        assert any("LANGMARKER" in t for t in texts)
    finally:
        install_translator(qapp, "en")
