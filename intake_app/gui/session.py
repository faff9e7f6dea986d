"""The unlocked vault as the GUI sees it: the one object that holds, locks and forgets it.

Everything that shows case data connects to `locking` and wipes itself there;
`lock()` then closes the vault, drops the key and emits `locked`. The order
follows KeePassXC's DatabaseWidget lock: finish the running save, let every
holder of case data clear itself, close the database, forget the key.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from intake_app.cases.drafts import Drafts
from intake_app.cases.harassers import Harassers
from intake_app.cases.store import CaseStore
from intake_app.errors import IntakeError
from intake_app.vault import database
from intake_app.vault.vault import Vault, VaultOptions


class Session(QObject):
    """Holds at most one open `Vault`; emits `unlocked`, `locking` and `locked`."""

    unlocked = Signal()
    locking = Signal()  # last chance to save drafts and wipe widgets; the vault is still open
    locked = Signal()
    damaged = Signal(str)  # the background page check failed; the vault has been locked
    _page_check_done = Signal(object, str)  # (vault checked, problem or ""), from the thread

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
        self._check: PageCheck | None = None
        self._page_check_done.connect(self._page_check_finished)

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
        if not vault.options.check_pages_on_open:
            # Unlocking stays fast on a large vault; damage found soon after still locks it.
            self._check = PageCheck(vault, self._page_check_done.emit)
        self.unlocked.emit()

    def lock(self) -> None:
        """Wipe, close and forget. Safe to call when already locked."""
        if self._vault is None:
            return
        try:
            self.locking.emit()
        finally:
            if self._check is not None:
                self._check.cancel()
                self._check = None
            vault, self._vault = self._vault, None
            vault.close()
            self.locked.emit()

    def _page_check_finished(self, vault: object, problem: str) -> None:
        if not problem or self._vault is None or vault is not self._vault:
            return
        # Close first, writing nothing (no audit entry, no draft): then wipe as for a lock.
        self._check = None
        closing, self._vault = self._vault, None
        closing.close(damaged=True)
        self.locking.emit()
        self.locked.emit()
        self.damaged.emit(problem)


class PageCheck:
    """Verifies every page's HMAC on a second connection, off the GUI thread."""

    def __init__(self, vault: Vault, done: Callable[[object, str], None]) -> None:
        self._conn = database.connect(vault.db_path, vault.data_key)
        self._cancelled = False
        self._thread = threading.Thread(
            target=self._run, args=(vault, done), name="page-check", daemon=True
        )
        self._thread.start()

    def _run(self, vault: Vault, done: Callable[[object, str], None]) -> None:
        problem = ""
        try:
            Vault.check_pages(self._conn)
        except IntakeError as error:
            problem = str(error)
        except database.DatabaseError as error:
            problem = "" if self._cancelled else str(database.translate(error))
        finally:
            self._conn.close()
        if not self._cancelled:
            done(vault, problem)

    def cancel(self) -> None:
        """Stop a running check and wait for its thread (and its copy of the key) to end."""
        self._cancelled = True
        with contextlib.suppress(database.DatabaseError):  # already finished and closed
            self._conn.interrupt()
        self._thread.join()
