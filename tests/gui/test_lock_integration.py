"""The real windows: unlock through the Controller, open a case, lock; no case text survives."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from qobject_scan import find_marker

from intake_app.cases.model import Account, Case, Identity
from intake_app.gui.controller import Controller
from intake_app.gui.lock import LockController, neutral_title, restore_display_name
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.vault.vault import Vault, VaultOptions

PSEUDONYM = "Brave-pseudonym-marker"
ACCOUNT = "They followed me from the rally. account-marker"
LEGAL_NAME = "Chan Tai-man identity-marker"


@pytest.fixture
def controller(
    session: Session, vault_options: VaultOptions, prefs: Preferences, tmp_path: Path, qtbot: QtBot
) -> Controller:
    Vault.create(session.folder, PASSPHRASE, vault_options)[0].close()
    made = Controller(session, prefs, tmp_path / "prefs.json")
    made.ask = lambda parent, question: False  # type: ignore[method-assign]  # no draft offers
    made.start()
    return made


def test_lock_leaves_no_case_text_in_the_real_windows(
    controller: Controller, session: Session, vault_options: VaultOptions, qtbot: QtBot
) -> None:
    session.attach(Vault.open(session.folder, PASSPHRASE, vault_options))
    window = controller.window
    assert window is not None  # not given to qtbot: the lock deletes it
    lock = window.findChild(LockController)
    assert lock is not None, "the Controller gives every main window a LockController"
    case = Case(
        pseudonym=PSEUDONYM,
        account=Account(original=ACCOUNT),
        identity=Identity(legal_name=LEGAL_NAME),
    )
    stored = session.store.add(case)
    window.case_list.refresh()  # type: ignore[attr-defined]
    editor = window.editor  # type: ignore[attr-defined]
    if editor is not None:
        editor.load_case(stored.id)
    # The scan must see the case in the list, the editor and the identity section first.
    qtbot.waitUntil(lambda: all(find_marker(m) for m in (PSEUDONYM, ACCOUNT, LEGAL_NAME)))

    lock.lock_now()

    assert not session.is_unlocked
    assert controller.window is not window  # a fresh unlock window took its place
    for marker in (PSEUDONYM, ACCOUNT, LEGAL_NAME):
        assert find_marker(marker) == [], marker
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for marker in (PSEUDONYM, ACCOUNT, LEGAL_NAME):
        assert find_marker(marker) == [], marker
    unlock_window = controller.window
    assert isinstance(unlock_window, QWidget)
    qtbot.addWidget(unlock_window)


def test_panic_with_the_real_windows(
    controller: Controller, session: Session, vault_options: VaultOptions, qtbot: QtBot
) -> None:
    session.attach(Vault.open(session.folder, PASSPHRASE, vault_options))
    window = controller.window
    assert window is not None
    lock = window.findChild(LockController)
    assert lock is not None
    session.store.add(Case(pseudonym=PSEUDONYM))
    window.case_list.refresh()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(find_marker(PSEUDONYM)))

    lock.panic()

    assert not session.is_unlocked
    assert find_marker(PSEUDONYM) == []
    unlock_window = controller.window
    assert isinstance(unlock_window, QWidget)
    qtbot.addWidget(unlock_window)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert unlock_window in visible
    for top in visible:
        assert top.isMinimized(), top
        assert top.windowTitle() == neutral_title(), top
    restore_display_name()
