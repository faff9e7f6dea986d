"""GUI fixtures: a Session over a real vault with cheap KDF settings (offscreen Qt)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import CHEAP, PASSPHRASE, TEST_POLICY

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.vault.vault import Vault, VaultOptions


@pytest.fixture
def vault_options(tmp_path: Path) -> VaultOptions:
    return VaultOptions(policy=TEST_POLICY, kdf_params=CHEAP, state_dir=tmp_path / "state")


@pytest.fixture
def prefs() -> Preferences:
    return Preferences()


@pytest.fixture
def session(tmp_path: Path, vault_options: VaultOptions, qapp: object) -> Iterator[Session]:
    """A session over a folder with no vault yet (the wizard's starting point)."""
    made = Session(tmp_path / "vault", lambda: vault_options)
    yield made
    made.lock()


@pytest.fixture
def unlocked(session: Session, vault_options: VaultOptions) -> Session:
    """The same session with a fresh vault created and attached."""
    vault, _ = Vault.create(session.folder, PASSPHRASE, vault_options)
    session.attach(vault)
    return session
