"""The unlocked vault as the GUI sees it: the one object that holds, locks and forgets it.

Everything that shows case data connects to `locking` and wipes itself there;
`lock()` then closes the vault, drops the key and emits `locked`. The order
follows KeePassXC's DatabaseWidget lock: finish the running save, let every
holder of case data clear itself, close the database, forget the key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from intake_app.cases.drafts import Drafts
from intake_app.cases.harassers import Harassers
from intake_app.cases.store import CaseStore
from intake_app.errors import IntakeError
from intake_app.vault.vault import Vault, VaultOptions


class Session(QObject):
    """Holds at most one open `Vault`; emits `unlocked`, `locking` and `locked`."""

    unlocked = Signal()
    locking = Signal()  # last chance to save drafts and wipe widgets; the vault is still open
    locked = Signal()

    def __init__(
        self,
        folder: Path,
        options_factory: Callable[[], VaultOptions] = VaultOptions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.options_factory = options_factory
        self._vault: Vault | None = None

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise IntakeError("the vault is locked")
        return self._vault

    @property
    def store(self) -> CaseStore:
        return CaseStore(self.vault)

    @property
    def drafts(self) -> Drafts:
        return Drafts(self.vault)

    @property
    def harassers(self) -> Harassers:
        return Harassers(self.vault)

    def vault_exists(self) -> bool:
        return Vault.header_path(self.folder).exists()

    def attach(self, vault: Vault) -> None:
        """Take over a vault unlocked (off the GUI thread) by the unlock window or the wizard."""
        if self._vault is not None:
            vault.close()
            raise IntakeError("a vault is already open")
        self._vault = vault
        self.unlocked.emit()

    def lock(self) -> None:
        """Wipe, close and forget. Safe to call when already locked."""
        if self._vault is None:
            return
        try:
            self.locking.emit()
        finally:
            vault, self._vault = self._vault, None
            vault.close()
            self.locked.emit()
