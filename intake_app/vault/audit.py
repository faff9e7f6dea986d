"""The audit log: what happened to the vault, chained by SHA-256, with no personal data.

Each entry's hash covers the previous entry's hash, so removing or editing an
entry breaks the chain; the newest hash is also kept in `meta`, so cutting
entries off the end is caught too. Details are restricted to ids, counts and
names of profiles: nothing a caseworker typed about a person.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping

from intake_app.vault.database import Connection

GENESIS = "0" * 64

EVENTS = frozenset(
    {
        "vault_created",
        "vault_opened",
        "vault_restored",
        "case_created",
        "case_updated",
        "case_deleted",
        "cases_purged",
        "export",
        "backup",
        "passphrase_changed",
        "recovery_used",
        "rekeyed",
        "kdf_changed",
        "redaction_decision",
    }
)
# Keys a detail may carry; values are ids, counts, profile or format names, reasons.
DETAIL_KEYS = frozenset(
    {"case_id", "count", "failed_attempts", "profile", "format", "reason", "schema_version"}
)
Detail = Mapping[str, str | int | bool]


def _digest(prev: str, seq: int, at: str, event: str, detail: str) -> str:
    payload = json.dumps([prev, seq, at, event, detail], separators=(",", ":")).encode()
    return hashlib.sha256(payload).hexdigest()


def append(conn: Connection, event: str, detail: Detail, at: dt.datetime) -> None:
    """Add one entry. Call inside the transaction that makes the change it records."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event}")
    unknown = set(detail) - DETAIL_KEYS
    if unknown:
        raise ValueError(f"audit detail keys not allowed: {sorted(unknown)}")
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at_text = at.astimezone(dt.UTC).isoformat(timespec="seconds")
    detail_text = json.dumps(dict(detail), sort_keys=True, separators=(",", ":"))
    digest = _digest(prev, seq, at_text, event, detail_text)
    conn.execute(
        "INSERT INTO audit (seq, at, event, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, at_text, event, detail_text, prev, digest),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{digest}",),
    )


def verify_chain(conn: Connection) -> list[str]:
    """Problems found in the chain (an empty list when it is whole)."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    for seq, at, event, detail, prev_hash, digest in conn.execute(
        "SELECT seq, at, event, detail, prev_hash, hash FROM audit ORDER BY seq"
    ):
        if seq != expected_seq:
            problems.append(f"audit entry {expected_seq} is missing")
        if prev_hash != prev or _digest(prev, seq, at, event, detail) != digest:
            problems.append(f"audit entry {seq} was altered")
            break
        prev, expected_seq = digest, seq + 1
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    last = f"{expected_seq - 1}:{prev}"
    if expected_seq > 1 and (head is None or head[0] != last):
        problems.append("audit log was cut short")
    return problems


def entries(conn: Connection, limit: int = 100) -> list[dict[str, object]]:
    """The newest entries, newest first, for display."""
    rows = conn.execute(
        "SELECT seq, at, event, detail FROM audit ORDER BY seq DESC LIMIT ?", (limit,)
    ).fetchall()
    return [{"seq": s, "at": a, "event": e, "detail": json.loads(d)} for s, a, e, d in rows]
