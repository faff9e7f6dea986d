"""The vault: one folder holding `vault.header` (key slots) and `vault.db` (SQLCipher).

Creating, unlocking (passphrase or recovery key), changing the passphrase and
closing live here; re-keying and verification in `maintenance`, backups in
`backup`. The data key exists only while a `Vault` is open and is dropped
from it on close. (Python cannot promise to wipe every copy of a secret from
memory; we keep few copies and never write one anywhere.)
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from intake_app import paths
from intake_app.errors import (
    IntakeError,
    UsageError,
    VaultDamagedError,
    VaultNotFoundError,
    WrongSecretError,
)
from intake_app.vault import audit, database, keyslots, migrations, recovery_key
from intake_app.vault.atomic import fsync_dir, make_private_dir
from intake_app.vault.database import Connection, Transaction
from intake_app.vault.header import Header
from intake_app.vault.kdf import PRODUCTION_POLICY, Argon2Params, KdfPolicy, calibrate
from intake_app.vault.lockfile import VaultLock
from intake_app.vault.throttle import UnlockThrottle, throttle_for

HEADER_FILE = "vault.header"
DB_FILE = "vault.db"
LOCK_FILE = "vault.lock"
REKEY_FILE = "vault.db.rekey"
MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 1024


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(slots=True)
class VaultOptions:
    """Everything slow or environmental, injected so tests stay fast and deterministic."""

    policy: KdfPolicy = PRODUCTION_POLICY
    kdf_params: Argon2Params | None = None  # None: calibrate on this machine
    now: Callable[[], dt.datetime] = utc_now
    wall_clock: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    state_dir: Path = field(default_factory=paths.state_dir)
    # The command line checks every page at unlock. The GUI turns this off and runs
    # `Vault.check_pages` in the background before its first write, to unlock fast.
    check_pages_on_open: bool = True

    def throttle(self, vault_id: str) -> UnlockThrottle:
        return throttle_for(self.state_dir, vault_id, self.wall_clock)


def _left_by_init(name: str) -> bool:
    """Files an interrupted `init` may leave: its lock, database and header temp file."""
    return name == LOCK_FILE or name.startswith((DB_FILE, f".{HEADER_FILE}.tmp-"))


Unwrap = Callable[[Header], tuple[bytes | None, bytes | None]]


def passphrase_unwrap(passphrase: str, options: VaultOptions) -> Unwrap:
    """An unwrap function that tries `passphrase` on the current and pending slots."""

    def unwrap(header: Header) -> tuple[bytes | None, bytes | None]:
        found: list[bytes | None] = [None, None]
        for index, pending in enumerate((False, True)):
            for slot in header.slots_of("passphrase", pending):
                kek = keyslots.passphrase_kek(slot, passphrase, options.policy)
                found[index] = found[index] or keyslots.open_with_kek(slot, kek, header.vault_id)
        return found[0], found[1]

    return unwrap


def check_new_passphrase(passphrase: str) -> None:
    """The floor every new passphrase must clear (the GUI adds a strength meter)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(f"passphrase too short: use at least {MIN_PASSPHRASE} characters")
    if len(passphrase) > MAX_PASSPHRASE:
        raise UsageError("passphrase too long")


class Vault:
    """An open, unlocked vault. Use `create`, `open` or `recover` to get one."""

    def __init__(
        self, folder: Path, header: Header, data_key: bytes, lock: VaultLock, options: VaultOptions
    ) -> None:
        self.folder = folder
        self.header = header
        self.options = options
        self._data_key: bytes | None = data_key
        self._lock = lock
        self._pending_audit: list[tuple[str, dict[str, str | int | bool]]] = []
        self._conn: Connection | None = None

    # -- paths ----------------------------------------------------------------------------------

    @staticmethod
    def header_path(folder: Path) -> Path:
        return folder / HEADER_FILE

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILE

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise IntakeError("the vault is locked")
        return self._data_key

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise IntakeError("the vault is locked")
        return self._conn

    # -- creating -------------------------------------------------------------------------------

    @classmethod
    def check_new_folder(cls, folder: Path) -> None:
        """UsageError unless `folder` is absent, empty, or what an interrupted `init` left."""
        if cls.header_path(folder).exists():
            raise UsageError(f"a vault already exists in {folder}")
        if folder.exists() and not all(_left_by_init(p.name) for p in folder.iterdir()):
            raise UsageError(f"{folder} is not empty; choose an empty folder for a new vault")

    @classmethod
    def create(cls, folder: Path, passphrase: str, options: VaultOptions) -> tuple[Vault, str]:
        """Make a new vault in `folder` (empty or absent). Returns it and the recovery key."""
        check_new_passphrase(passphrase)
        cls.check_new_folder(folder)
        make_private_dir(folder)
        lock = VaultLock(folder / LOCK_FILE)
        lock.acquire()
        try:
            # A database without a header is what an interrupted `init` leaves: start over.
            for leftover in folder.iterdir():
                if leftover.name != LOCK_FILE:
                    leftover.unlink()
            params = options.kdf_params or calibrate(policy=options.policy)
            data_key = os.urandom(32)
            vault_id = str(uuid.uuid4())
            recovery = recovery_key.generate()
            kdf = keyslots.new_passphrase_kdf(params)
            kek = keyslots.passphrase_kek({"kdf": kdf}, passphrase, options.policy)
            slots = [
                keyslots.make_passphrase_slot(data_key, kek, kdf, vault_id),
                keyslots.make_recovery_slot(
                    data_key, keyslots.new_recovery_kdf(recovery), vault_id
                ),
            ]
            header = Header(vault_id, options.now().isoformat(timespec="seconds"), slots)
            vault = cls(folder, header, data_key, lock, options)
            vault._conn = database.connect(vault.db_path, data_key)
            migrations.migrate(vault._conn)
            with Transaction(vault._conn) as conn:
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                audit.append(conn, "vault_created", {}, options.now())
            header.seal(data_key)
            header.write(cls.header_path(folder))  # last: only a complete vault has a header
        except BaseException:
            lock.release()
            raise
        return vault, recovery

    # -- unlocking ------------------------------------------------------------------------------

    @staticmethod
    def check_policy(header: Header, options: VaultOptions) -> None:
        """A slot whose cost is below the floor is tampering, not a guess: exit 4 before any try."""
        for slot in header.slots_of("passphrase") + header.slots_of("passphrase", True):
            if not options.policy.allows(Argon2Params.from_json(slot.get("kdf"))):
                raise VaultDamagedError(
                    "vault header was tampered with: key derivation cost is below the minimum"
                )

    @staticmethod
    def unlock_header(
        header: Header, options: VaultOptions, unwrap: Unwrap, wrong: str
    ) -> tuple[bytes, bytes | None, int]:
        """Wait out the throttle, try the secret, authenticate the header.

        Returns the data key, the pending key of an interrupted re-key (or
        None) and how many failed attempts came before this one.
        """
        Vault.check_policy(header, options)
        throttle = options.throttle(header.vault_id)
        wait = throttle.remaining()
        if wait > 0:
            options.sleep(wait)
        throttle.begin_attempt()
        data_key, pending_key = unwrap(header)
        if data_key is None:
            raise WrongSecretError(wrong)
        header.verify(data_key)
        return data_key, pending_key, throttle.succeeded()

    @classmethod
    def _attempt(cls, folder: Path, options: VaultOptions, unwrap: Unwrap, wrong: str) -> Vault:
        if not cls.header_path(folder).exists():
            raise VaultNotFoundError(f"no vault in {folder} (create one with 'init')")
        lock = VaultLock(folder / LOCK_FILE)
        lock.acquire()
        try:
            header = Header.read(cls.header_path(folder))
            data_key, pending_key, failures = cls.unlock_header(header, options, unwrap, wrong)
            vault = cls(folder, header, data_key, lock, options)
            vault._finish_interrupted_rekey(pending_key)
            vault.open_database()
            vault._remove_leftovers()
        except BaseException:
            lock.release()
            raise
        vault._pending_audit.append(("vault_opened", {"failed_attempts": failures}))
        return vault

    @classmethod
    def open(cls, folder: Path, passphrase: str, options: VaultOptions) -> Vault:
        """Unlock with the passphrase. WrongSecretError (exit 3) when it is wrong."""
        return cls._attempt(
            folder, options, passphrase_unwrap(passphrase, options), "wrong passphrase"
        )

    @classmethod
    def recover(
        cls, folder: Path, recovery_text: str, new_passphrase: str, options: VaultOptions
    ) -> Vault:
        """Unlock with the recovery key and set `new_passphrase` at once."""
        check_new_passphrase(new_passphrase)
        recovery_key.normalise(recovery_text)  # a mistyped key fails here, before any count

        def unwrap(header: Header) -> tuple[bytes | None, bytes | None]:
            found: list[bytes | None] = [None, None]
            for index, pending in enumerate((False, True)):
                for slot in header.slots_of("recovery", pending):
                    opened = keyslots.open_recovery_slot(slot, recovery_text, header.vault_id)
                    found[index] = found[index] or opened
            return found[0], found[1]

        vault = cls._attempt(folder, options, unwrap, "wrong recovery key")
        try:
            vault.change_passphrase(new_passphrase, event="recovery_used")
        except BaseException:
            vault.close()
            raise
        return vault

    def open_database(self) -> None:
        # SQLite would quietly make a new, empty database in place of a missing or emptied one.
        try:
            size = self.db_path.stat().st_size
        except FileNotFoundError:
            raise VaultDamagedError("vault is damaged: its database file is missing") from None
        if size == 0:
            raise VaultDamagedError("vault database is damaged: it is empty")
        conn = database.connect(self.db_path, self.data_key)
        try:
            if self.options.check_pages_on_open:
                self.check_pages(conn)
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if row is None or row[0] != self.vault_id:
                raise VaultDamagedError("vault database does not belong to this vault's header")
            migrations.migrate(conn)
        except database.DatabaseError as error:
            conn.close()
            raise database.translate(error) from None
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    @staticmethod
    def check_pages(conn: Connection) -> None:
        """Verify every page's HMAC (about 3 ms per MB); VaultDamagedError on any bad page.

        Run before anything is read or written: a damaged page that a session's
        queries would never touch must still stop it, and its audit write.
        """
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad_pages:
            raise VaultDamagedError(
                f"vault database is damaged or was tampered with ({len(bad_pages)} bad pages)"
            )

    def _remove_leftovers(self) -> None:
        """Delete what a process killed mid-write left: temp files of atomic writes, a backup's
        or a re-key's export copy and its journal. A stale copy of the database would keep
        cases deleted since; we hold the lock, so no one is still writing them."""
        for pattern in (f".{HEADER_FILE}.tmp-*", f".{DB_FILE}.tmp-*", f"{REKEY_FILE}-*"):
            for leftover in self.folder.glob(pattern):
                leftover.unlink(missing_ok=True)

    def _finish_interrupted_rekey(self, pending_key: bytes | None) -> None:
        """Roll a `rekey` that was cut short forward (or clean up after one that never began)."""
        rekey_file = self.folder / REKEY_FILE
        if self.header.pending is None:
            if rekey_file.exists():
                rekey_file.unlink()  # the export never reached the header: discard it
            return
        if pending_key is None:
            raise VaultDamagedError("vault header is damaged: an interrupted re-key cannot finish")
        if rekey_file.exists():
            # The old key's log must not be replayed onto the new file.
            for suffix in ("-wal", "-shm"):
                (self.folder / (DB_FILE + suffix)).unlink(missing_ok=True)
            os.replace(rekey_file, self.db_path)
            fsync_dir(self.folder)
        self.install_header(self.header.pending, pending_key)

    # -- changing keys --------------------------------------------------------------------------

    def install_header(self, slots: list[keyslots.Slot], data_key: bytes) -> None:
        """Replace the key slots (and the key they wrap) with one atomic header write."""
        header = Header(self.vault_id, self.header.created, slots, None)
        header.seal(data_key)
        header.write(self.header_path(self.folder))
        self.header, self._data_key = header, data_key

    def change_passphrase(
        self, new_passphrase: str, params: Argon2Params | None = None, event: str = ""
    ) -> None:
        """Rewrap the data key under `new_passphrase`; the database is not touched.

        Keeps the current slot's cost unless `params` are given (e.g. after
        re-calibrating); a fresh salt either way.
        """
        check_new_passphrase(new_passphrase)
        current = self.header.slots_of("passphrase")[0]["kdf"]
        params = params or Argon2Params.from_json(current)
        kdf = keyslots.new_passphrase_kdf(params)
        kek = keyslots.passphrase_kek({"kdf": kdf}, new_passphrase, self.options.policy)
        slot = keyslots.make_passphrase_slot(self.data_key, kek, kdf, self.vault_id)
        others = [s for s in self.header.slots if s.get("kind") != "passphrase"]
        self.install_header([slot, *others], self.data_key)
        if event:
            self.record(event)
        self.record("passphrase_changed")

    # -- audit and closing ----------------------------------------------------------------------

    def record(self, event: str, **detail: str | int | bool) -> None:
        """Queue an audit entry; it is written with the next change or at close."""
        self._pending_audit.append((event, detail))

    def write(self) -> Transaction:
        """A write transaction that also writes the queued audit entries."""
        return _AuditedTransaction(self)

    def flush_audit(self, conn: Connection) -> None:
        for event, detail in self._pending_audit:
            audit.append(conn, event, detail, self.options.now())
        self._pending_audit.clear()

    def close(self, *, damaged: bool = False) -> None:
        """Write queued audit entries, checkpoint, close, forget the key, release the lock.

        With `damaged`, nothing more is written: the files stay as they were.
        """
        failure: IntakeError | None = None
        try:
            if self._conn is not None:
                if not damaged and self._pending_audit:
                    try:
                        with self.write():
                            pass
                    except database.DatabaseError as error:
                        # Damage met only now (e.g. a page changed on disk during the session).
                        damaged, failure = True, database.translate(error)
                if damaged:
                    self._conn.close()
                else:
                    database.close(self._conn)
        finally:
            self._conn = None
            self._data_key = None
            self._pending_audit.clear()
            self._lock.release()
        if failure is not None:
            raise failure

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close(damaged=isinstance(exc, VaultDamagedError))


class _AuditedTransaction(Transaction):
    def __init__(self, vault: Vault) -> None:
        super().__init__(vault.conn)
        self.vault = vault

    def __enter__(self) -> Connection:
        conn = super().__enter__()
        self.vault.flush_audit(conn)
        return conn
