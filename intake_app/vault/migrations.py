"""Numbered schema migrations. `PRAGMA user_version` records the version applied.

Each migration runs in the same transaction as its version bump, so a crash
leaves the database at the old version or the new one. Back-fills read the
stored JSON documents (never the model classes) with `cases.indexing`, the
same derivation the store writes today; if that derivation changes, a new
migration re-indexes.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from intake_app.cases import indexing
from intake_app.errors import VaultDamagedError
from intake_app.vault.database import Connection

Migration = Callable[[Connection], None]


def _run(conn: Connection, script: str) -> None:
    """Run statements one by one: `executescript` would commit the open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_initial(conn: Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, event TEXT NOT NULL,
            detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL) STRICT;
        CREATE TABLE cases (
            num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE,
            pseudonym TEXT NOT NULL, status TEXT NOT NULL,
            created TEXT NOT NULL, updated TEXT NOT NULL) STRICT;
        CREATE TABLE case_docs (
            case_num INTEGER PRIMARY KEY REFERENCES cases (num) ON DELETE CASCADE,
            doc TEXT NOT NULL) STRICT;
        CREATE INDEX cases_updated ON cases (updated);
        CREATE TABLE identities (
            case_num INTEGER PRIMARY KEY REFERENCES cases (num) ON DELETE CASCADE,
            doc TEXT NOT NULL) STRICT;
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY, case_id TEXT REFERENCES cases (id) ON DELETE CASCADE,
            saved TEXT NOT NULL, doc TEXT NOT NULL) STRICT;
        """,
    )


def _v2_filters(conn: Connection) -> None:
    _run(
        conn,
        """
        ALTER TABLE cases ADD COLUMN passport_at_risk INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN open_needs INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX cases_status ON cases (status);
        """,
    )
    for num, doc_text in conn.execute("SELECT case_num, doc FROM case_docs").fetchall():
        doc = json.loads(doc_text)
        conn.execute(
            "UPDATE cases SET passport_at_risk = ?, open_needs = ? WHERE num = ?",
            (int(indexing.passport_at_risk(doc)), indexing.open_needs(doc), num),
        )


def _v3_search(conn: Connection) -> None:
    # Contentless: the index keeps no copy of the text; secure-delete scrubs removed entries.
    # The `facets` column carries one token per filter value (incident kinds, open needs,
    # document kinds and statuses, status in Canada, case status, tags, passport at risk):
    # one insert instead of a row per value, and search filters never leave the index.
    _run(
        conn,
        """
        CREATE VIRTUAL TABLE case_search USING fts5 (
            pseudonym, code, account, incidents, facets,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1);
        """,
    )
    for num, pseudonym, code, doc_text in conn.execute(
        "SELECT num, pseudonym, code, doc FROM cases JOIN case_docs ON case_num = num"
    ).fetchall():
        conn.execute(
            "INSERT INTO case_search (rowid, pseudonym, code, account, incidents, facets) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (num, *indexing.search_columns(pseudonym, code, json.loads(doc_text))),
        )


def _v4_harassers(conn: Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE harassers (
            num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL) STRICT;
        CREATE TABLE case_harassers (
            case_num INTEGER NOT NULL REFERENCES cases (num) ON DELETE CASCADE,
            harasser_id TEXT NOT NULL REFERENCES harassers (id) ON DELETE CASCADE,
            PRIMARY KEY (case_num, harasser_id)) STRICT, WITHOUT ROWID;
        CREATE INDEX case_harassers_harasser ON case_harassers (harasser_id);
        """,
    )
    # Harassers used to live inside each case document; give them their own protected rows.
    for num, doc_text in conn.execute("SELECT case_num, doc FROM case_docs").fetchall():
        doc = json.loads(doc_text)
        harassers = doc.pop("harassers", [])
        for harasser in harassers:
            conn.execute(
                "INSERT INTO harassers (id, doc) VALUES (?, ?) "
                "ON CONFLICT(id) DO UPDATE SET doc = excluded.doc",
                (harasser["id"], json.dumps(harasser, ensure_ascii=False)),
            )
            conn.execute(
                "INSERT OR IGNORE INTO case_harassers (case_num, harasser_id) VALUES (?, ?)",
                (num, harasser["id"]),
            )
        conn.execute(
            "UPDATE case_docs SET doc = ? WHERE case_num = ?",
            (json.dumps(doc, ensure_ascii=False), num),
        )


MIGRATIONS: tuple[Migration, ...] = (_v1_initial, _v2_filters, _v3_search, _v4_harassers)
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Bring the schema up to `target`; return the version it started from."""
    start = schema_version(conn)
    if start > LATEST:
        raise VaultDamagedError(
            f"vault schema version {start} is newer than this program ({LATEST}); update Intake"
        )
    for version in range(start + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start
