"""Helpers shared by the benchmarks: timing, machine description, vault set-up."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import sqlcipher3

from intake_app.cases.model import Case
from intake_app.cases.store import CaseStore
from intake_app.vault import database, migrations
from intake_app.vault.header import Header
from intake_app.vault.kdf import Argon2Params
from intake_app.vault.lockfile import VaultLock
from intake_app.vault.vault import Vault, VaultOptions

PASSPHRASE = "benchmark passphrase, not a secret"
FLOOR = Argon2Params(19 * 1024, 2, 1)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLCipher {sqlcipher3.sqlite_version} ({platform.system()} {platform.release()})"
    )


def timings(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def summary_ms(samples: Iterable[float]) -> dict[str, float]:
    values = sorted(s * 1000 for s in samples)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return {
        "median_ms": round(statistics.median(values), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(values[-1], 2),
    }


def encrypted_vault(folder: Path, state: Path) -> Vault:
    """A real vault with the production-floor KDF (unlock cost is measured separately)."""
    opts = VaultOptions(kdf_params=FLOOR, state_dir=state)
    vault, _ = Vault.create(folder, PASSPHRASE, opts)
    return vault


def plain_vault(folder: Path, state: Path) -> Vault:
    """The same store on plain, unencrypted SQLite: only to measure SQLCipher's overhead.

    Benchmark-only: production code has no path to an unencrypted database.
    """
    folder.mkdir(parents=True)
    conn = sqlcipher3.connect(str(folder / "plain.db"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    for pragma in (
        "foreign_keys = ON",
        "secure_delete = ON",
        "synchronous = FULL",
        "temp_store = MEMORY",
    ):
        conn.execute(f"PRAGMA {pragma}")
    migrations.migrate(conn)
    header = Header("00000000-0000-4000-8000-000000000000", "", [])
    vault = Vault(
        folder, header, b"\0" * 32, VaultLock(folder / "lock"), VaultOptions(state_dir=state)
    )
    vault._conn = conn
    return vault


def fill(vault: Vault, cases: Iterable[Case], batch: int = 2000) -> None:
    store = CaseStore(vault)
    chunk: list[Case] = []
    for case in cases:
        chunk.append(case)
        if len(chunk) == batch:
            store.add_many(chunk, audit_each=False)
            chunk = []
    if chunk:
        store.add_many(chunk, audit_each=False)


def close(vault: Vault) -> None:
    if vault.header.slots:
        vault.close()
    else:
        database.close(vault.conn)


class _NoMemorySecurity:
    """A connection that ignores `cipher_memory_security = ON` (benchmark attribution only)."""

    def __init__(self, conn: database.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: object) -> object:
        if "cipher_memory_security" in sql:
            sql = "PRAGMA cipher_memory_security = OFF"
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


def without_memory_security() -> None:
    """Make this process open vaults without SQLCipher's memory security.

    Only to show what that protection costs; call it in a fresh process,
    because once on it stays on.
    """
    original = sqlcipher3.connect

    def connect(*args: object, **kwargs: object) -> object:
        return _NoMemorySecurity(original(*args, **kwargs))

    sqlcipher3.connect = connect
