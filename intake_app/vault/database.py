"""Opening the SQLCipher database with a raw 256-bit key and our safety settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from intake_app.errors import IntakeError, VaultDamagedError
from intake_app.vault.atomic import ensure_private_file

Connection = Any  # sqlcipher3 ships no type stubs
DatabaseError = sqlcipher3.DatabaseError


def _raw_key_pragma(key: bytes) -> str:
    # A raw key skips SQLCipher's own PBKDF2: the data key is already random.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes) -> Connection:
    """Open (or create) the database at `path` keyed with `key`.

    Reads `sqlite_master` right after keying: SQLCipher only notices a wrong
    key or a damaged first page on the first read. The caller has already
    proven the key genuine (a slot opened, the header MAC matched), so any
    failure here means a damaged or swapped database file.
    """
    ensure_private_file(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # it prints to stderr otherwise
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute(_raw_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in (
            "foreign_keys = ON",
            "secure_delete = ON",
            "synchronous = FULL",  # a flat battery must not lose an acknowledged save
            "temp_store = MEMORY",  # never spill sort or temp tables to disk
            "trusted_schema = OFF",
            "cache_size = -65536",  # 64 MiB: random-key index inserts thrash a small cache
        ):
            conn.execute(f"PRAGMA {pragma}")
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultDamagedError(
            "vault database is damaged or does not belong to this header"
        ) from None
    return conn


def attach_keyed(conn: Connection, path: Path, alias: str, key: bytes) -> None:
    """Attach a new private database file at `path` encrypted under `key` (for export copies)."""
    ensure_private_file(path)
    conn.execute(f"ATTACH DATABASE ? AS {alias} KEY \"x'{key.hex()}'\"", (str(path),))


def close(conn: Connection) -> None:
    """Checkpoint the write-ahead log into the database and close.

    Leaving the log empty at rest keeps the vault two files, and means a
    damaged log can never silently drop acknowledged changes on the next open.
    """
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher3.DatabaseError:
        pass  # a damaged file: closing without checkpointing writes nothing more
    finally:
        conn.close()


class Transaction:
    """`with Transaction(conn):` runs the block in BEGIN IMMEDIATE ... COMMIT, or rolls back."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlcipher3.DatabaseError as error:
                self.conn.execute("ROLLBACK")
                raise translate(error) from None
        else:
            self.conn.execute("ROLLBACK")


def translate(error: Exception) -> IntakeError:
    """Map a database error to one printable line."""
    text = str(error).lower()
    if "not a database" in text or "malformed" in text or "hmac" in text or "corrupt" in text:
        return VaultDamagedError("vault database is damaged: " + text.split("\n")[0][:80])
    if "disk is full" in text or "disk i/o" in text:
        return IntakeError("could not write the vault: " + text[:80])
    return IntakeError("database error: " + text[:80])
