"""Shared fixtures: real vaults with cheap KDF settings, and a runner for the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import CHEAP, FLOOR, PASSPHRASE, TEST_POLICY

from intake_app.vault.vault import Vault, VaultOptions

# Qt tests (the GUI) must never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def options(tmp_path: Path) -> VaultOptions:
    return VaultOptions(policy=TEST_POLICY, kdf_params=CHEAP, state_dir=tmp_path / "state")


@pytest.fixture
def vault(tmp_path: Path, options: VaultOptions) -> Iterator[Vault]:
    opened, _ = Vault.create(tmp_path / "vault", PASSPHRASE, options)
    yield opened
    opened.close()


@dataclass
class Cli:
    """Runs `python -m intake_app` in a subprocess with a private home, state and temp folder."""

    home: Path
    vault_dir: Path

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("INTAKE_", "XDG_"))}
        env.update(
            HOME=str(self.home),
            XDG_STATE_HOME=str(self.home / "state"),
            XDG_DATA_HOME=str(self.home / "data"),
            TMPDIR=str(self.home / "tmp"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        return env

    def run(
        self, *args: str, stdin: bytes | str = b"", vault: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        argv = [sys.executable, "-m", "intake_app"]
        if vault:
            argv += ["--vault", str(self.vault_dir)]
        result = subprocess.run(
            [*argv, *args], input=data, capture_output=True, env=self.env, timeout=timeout
        )
        return subprocess.CompletedProcess(
            result.args,
            result.returncode,
            result.stdout.decode("utf-8", "replace"),
            result.stderr.decode("utf-8", "replace"),
        )


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    return Cli(home=home, vault_dir=tmp_path / "cli-vault")


def make_cli_vault(cli: Cli) -> str:
    """A vault the CLI subprocess opens quickly (production-floor KDF); returns its recovery key."""
    opts = VaultOptions(kdf_params=FLOOR, state_dir=cli.home / "state" / "intake-app")
    created, recovery = Vault.create(cli.vault_dir, PASSPHRASE, opts)
    created.close()
    return recovery


@pytest.fixture
def cli_vault(cli: Cli) -> str:
    return make_cli_vault(cli)
