"""Backups: one self-contained, encrypted file; restore into an empty folder.

Layout: magic line, then the header (length-prefixed JSON, its key slots as
they were at backup time), then the database (length-prefixed; SQLCipher
pages, already encrypted under the data key), then an HMAC-SHA256 over all of
it under a key derived from the data key. The file is written atomically
beside its destination; the database copy is made with `sqlcipher_export`
into the vault folder, so no plaintext ever exists outside SQLCipher.
"""

from __future__ import annotations

import hmac
import struct
from hashlib import sha256
from pathlib import Path

from intake_app.errors import IntakeError, UsageError, VaultDamagedError
from intake_app.vault import database, migrations
from intake_app.vault.atomic import make_private_dir, temp_path_for, write_atomic
from intake_app.vault.header import Header, subkey
from intake_app.vault.lockfile import VaultLock
from intake_app.vault.vault import DB_FILE, LOCK_FILE, Vault, VaultOptions, passphrase_unwrap

MAGIC = b"INTAKE-BACKUP/1\n"
_LEN = struct.Struct(">Q")
MAX_BACKUP_HEADER = 64 * 1024


def _mac(data_key: bytes) -> hmac.HMAC:
    return hmac.new(subkey(data_key, "backup-mac"), digestmod=sha256)


def backup(vault: Vault, out: Path) -> int:
    """Write a backup of `vault` to `out` atomically; return its size in bytes."""
    if out.exists() and out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name for the backup")
    vault.record("backup")
    with vault.write():
        pass
    snapshot = temp_path_for(vault.folder / DB_FILE)
    conn = vault.conn
    version = migrations.schema_version(conn)
    try:
        database.attach_keyed(conn, snapshot, "snapshot", vault.data_key)
        try:
            conn.execute("SELECT sqlcipher_export('snapshot')").fetchone()
            conn.execute(f"PRAGMA snapshot.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE snapshot")
        db_bytes = snapshot.read_bytes()
    except database.DatabaseError as error:
        raise database.translate(error) from None
    finally:
        snapshot.unlink(missing_ok=True)
    header_bytes = vault.header.to_bytes()
    mac = _mac(vault.data_key)
    parts = [MAGIC, _LEN.pack(len(header_bytes)), header_bytes, _LEN.pack(len(db_bytes)), db_bytes]
    for part in parts:
        mac.update(part)
    try:
        write_atomic(out, [*parts, mac.digest()])
    except OSError as error:
        raise IntakeError(f"could not write the backup: {error.strerror or error}") from None
    return sum(len(p) for p in parts) + 32


def _parse(raw: bytes) -> tuple[Header, bytes, bytes, bytes]:
    """Split a backup into (header, db bytes, signed part, mac) or raise VaultDamagedError."""
    bad = VaultDamagedError("backup file is damaged or not an Intake backup")
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 2 * _LEN.size + 32:
        raise bad
    offset = len(MAGIC)
    (header_len,) = _LEN.unpack_from(raw, offset)
    offset += _LEN.size
    if header_len > MAX_BACKUP_HEADER or offset + header_len + _LEN.size > len(raw):
        raise bad
    header = Header.from_bytes(raw[offset : offset + header_len])
    offset += header_len
    (db_len,) = _LEN.unpack_from(raw, offset)
    offset += _LEN.size
    if offset + db_len + 32 != len(raw):
        raise bad
    db_bytes = raw[offset : offset + db_len]
    return header, db_bytes, raw[: offset + db_len], raw[offset + db_len :]


def restore(source: Path, folder: Path, passphrase: str, options: VaultOptions) -> Vault:
    """Restore `source` into `folder` (absent or empty), unlocking with the backup's passphrase.

    The backup is authenticated completely before anything is written; the
    header goes last, so an interrupted restore leaves no half vault.
    """
    if folder.exists() and any(folder.iterdir()):
        raise UsageError(f"{folder} is not empty; restore into an empty folder")
    try:
        raw = source.read_bytes()
    except OSError as error:
        raise IntakeError(f"cannot read the backup: {error.strerror or error}") from None
    header, db_bytes, signed, tag = _parse(raw)
    unwrap = passphrase_unwrap(passphrase, options)
    data_key, _, failures = Vault.unlock_header(header, options, unwrap, "wrong passphrase")
    mac = _mac(data_key)
    mac.update(signed)
    if not hmac.compare_digest(mac.digest(), tag):
        raise VaultDamagedError("backup file is damaged or was tampered with")
    make_private_dir(folder)
    lock = VaultLock(folder / LOCK_FILE)
    lock.acquire()
    try:
        write_atomic(folder / DB_FILE, db_bytes)
        header.write(Vault.header_path(folder))  # last: only a complete vault has a header
        vault = Vault(folder, header, data_key, lock, options)
        vault.open_database()
    except BaseException:
        lock.release()
        raise
    vault.record("vault_opened", failed_attempts=failures)
    vault.record("vault_restored")
    return vault
