"""The session's background page check: a fast unlock that still catches damage."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from helpers import PASSPHRASE
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intake_app.cases.demo import generate_cases
from intake_app.cases.store import CaseStore
from intake_app.gui.session import Session
from intake_app.vault.vault import Vault, VaultOptions


def _vault_with_cases(folder: Path, options: VaultOptions) -> None:
    vault, _ = Vault.create(folder, PASSPHRASE, options)
    CaseStore(vault).add_many(list(generate_cases(120, seed=5)), audit_each=False)
    vault.close()


def test_damage_found_after_unlock_locks_the_vault(
    tmp_path: Path, vault_options: VaultOptions, qtbot: QtBot
) -> None:
    folder = tmp_path / "vault"
    _vault_with_cases(folder, vault_options)
    db = folder / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2] ^= 0x40  # a page the unlock itself never reads
    db.write_bytes(bytes(raw))
    fast = dataclasses.replace(vault_options, check_pages_on_open=False)
    session = Session(folder, lambda: fast)
    with qtbot.waitSignal(session.damaged, timeout=20_000) as blocker:
        session.attach(Vault.open(folder, PASSPHRASE, fast))
    assert "damaged" in blocker.args[0]
    assert not session.is_unlocked
    assert db.read_bytes() == bytes(raw)  # nothing written to the damaged vault


def test_a_healthy_vault_stays_unlocked_and_lock_stops_a_running_check(
    tmp_path: Path, vault_options: VaultOptions, qtbot: QtBot
) -> None:
    folder = tmp_path / "vault"
    _vault_with_cases(folder, vault_options)
    fast = dataclasses.replace(vault_options, check_pages_on_open=False)
    session = Session(folder, lambda: fast)
    damaged: list[str] = []
    session.damaged.connect(damaged.append)
    session.attach(Vault.open(folder, PASSPHRASE, fast))
    assert session.is_unlocked
    session.lock()  # may interrupt the check: it must end, quietly
    assert not session.is_unlocked and damaged == []
    session.attach(Vault.open(folder, PASSPHRASE, fast))
    qtbot.waitUntil(lambda: session._check is not None and not session._check._thread.is_alive())
    QApplication.processEvents()  # deliver a queued (wrong) damage report, if there were one
    assert session.is_unlocked and damaged == []
    assert CaseStore(session.vault).count() == 120
    session.lock()
