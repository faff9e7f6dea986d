"""Re-keying and verifying an open vault."""

from __future__ import annotations

import os
from dataclasses import dataclass

from intake_app.errors import WrongSecretError
from intake_app.vault import audit, database, keyslots, migrations
from intake_app.vault.atomic import fsync_dir
from intake_app.vault.database import DatabaseError
from intake_app.vault.vault import DB_FILE, REKEY_FILE, Vault


def _fsync_file(path: os.PathLike[str]) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def rekey(vault: Vault, passphrase: str) -> None:
    """Re-encrypt the whole database under a new random data key and rewrap every slot.

    Crash-safe in steps: (1) export to `vault.db.rekey` under the new key and
    fsync it; (2) write the header with the new slots as `pending`; (3) swap
    the files; (4) write the header with only the new slots. An unlock after a
    crash at any step finishes the job (see `Vault._finish_interrupted_rekey`).
    """
    slot = vault.header.slots_of("passphrase")[0]
    kek = keyslots.passphrase_kek(slot, passphrase, vault.options.policy)
    if keyslots.open_with_kek(slot, kek, vault.vault_id) is None:
        raise WrongSecretError("wrong passphrase")
    new_key = os.urandom(32)
    new_slots = [keyslots.make_passphrase_slot(new_key, kek, slot["kdf"], vault.vault_id)]
    for recovery in vault.header.slots_of("recovery"):
        new_slots.append(keyslots.make_recovery_slot(new_key, recovery["kdf"], vault.vault_id))

    target = vault.folder / REKEY_FILE
    target.unlink(missing_ok=True)
    vault.record("rekeyed")
    with vault.write():
        pass  # the audit entry travels inside the re-encrypted copy
    conn = vault.conn
    version = migrations.schema_version(conn)
    database.attach_keyed(conn, target, "rekeyed", new_key)
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchone()
        conn.execute(f"PRAGMA rekeyed.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE rekeyed")
    _fsync_file(target)

    vault.header.pending = new_slots
    vault.header.seal(vault.data_key)
    vault.header.write(vault.header_path(vault.folder))

    database.close(conn)
    vault._conn = None
    for suffix in ("-wal", "-shm"):
        (vault.folder / (DB_FILE + suffix)).unlink(missing_ok=True)
    os.replace(target, vault.db_path)
    fsync_dir(vault.folder)
    vault.install_header(new_slots, new_key)
    vault.open_database()


@dataclass(slots=True)
class VerifyReport:
    problems: list[str]
    cases: int
    audit_entries: int
    schema_version: int

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(vault: Vault) -> VerifyReport:
    """Check every page's HMAC, SQLite's own integrity, the schema and the audit chain.

    The header was already authenticated when the vault opened.
    """
    conn = vault.conn
    problems: list[str] = []
    try:
        problems += [f"cipher: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:  # the checks below would read the bad pages and fail without a report
            return VerifyReport(problems, 0, 0, 0)
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems += [f"integrity: {line}" for line in result[:5]]
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            problems.append("integrity: dangling references between tables")
        version = migrations.schema_version(conn)
        if version != migrations.LATEST:
            problems.append(f"schema: version {version}, expected {migrations.LATEST}")
        problems += audit.verify_chain(conn)
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        entries = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    except DatabaseError as error:
        raise database.translate(error) from None
    return VerifyReport(problems, cases, entries, version)
