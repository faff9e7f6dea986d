"""Every earlier schema version migrates to the latest, keeping and re-deriving its data."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLE

from intake_app.cases import indexing
from intake_app.cases.jsonio import case_from_json, case_to_json
from intake_app.cases.store import CaseFilter, CaseStore
from intake_app.errors import VaultDamagedError
from intake_app.vault import audit, database, maintenance, migrations
from intake_app.vault.vault import Vault, VaultOptions

HARASSER_ID = "0b8e4a52-8f0c-4c51-9f3e-6a0e8d6b1c11"


def _old_document() -> dict[str, Any]:
    """A case document as versions 1-3 stored it: harassers still inside the document."""
    doc = json.loads(EXAMPLE.read_text("utf-8"))
    doc["tags"] = ["priority"]
    doc["harassers"] = [{"id": HARASSER_ID, "label": "man with camera", "handles": ["@hk_eye"]}]
    doc["incidents"][0]["harasser_ids"] = [HARASSER_ID]
    full = case_to_json(case_from_json(doc))
    full["identity"] = {}
    return full


def _seed(conn: database.Connection, version: int) -> str:
    doc = _old_document()
    case_id = str(doc["id"])
    num = conn.execute(
        "INSERT INTO cases (id, code, pseudonym, status, created, updated) "
        "VALUES (?, 'C-2024-00001', 'Brave', 'new', ?, ?)",
        (case_id, doc["created"], doc["updated"]),
    ).lastrowid
    conn.execute(
        "INSERT INTO case_docs (case_num, doc) VALUES (?, ?)",
        (num, json.dumps(doc, ensure_ascii=False)),
    )
    conn.execute("INSERT INTO identities (case_num, doc) VALUES (?, '{}')", (num,))
    # What the store of that version derived on every write:
    if version >= 2:
        conn.execute(
            "UPDATE cases SET passport_at_risk = 1, open_needs = 2 WHERE id = ?", (case_id,)
        )
    if version >= 3:
        conn.execute(
            "INSERT INTO case_search (rowid, pseudonym, code, account, incidents, facets) "
            "SELECT num, ?, ?, ?, ?, ? FROM cases WHERE id = ?",
            (*indexing.search_columns("Brave", "C-2024-00001", doc), case_id),
        )
    return case_id


@pytest.mark.parametrize("start", range(1, migrations.LATEST))
def test_migrates_from_every_earlier_version(
    start: int, tmp_path: Path, vault: Vault, options: VaultOptions
) -> None:
    # Rebuild this vault's database at version `start`, with data as that version stored it.
    folder, key, vault_id = vault.folder, vault.data_key, vault.vault_id
    vault.close()
    for suffix in ("", "-wal", "-shm"):
        (folder / f"vault.db{suffix}").unlink(missing_ok=True)
    conn = database.connect(folder / "vault.db", key)
    migrations.migrate(conn, target=start)
    assert migrations.schema_version(conn) == start
    conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
    case_id = _seed(conn, start)
    audit.append(conn, "vault_created", {}, dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    database.close(conn)

    from helpers import PASSPHRASE

    with Vault.open(folder, PASSPHRASE, options) as migrated:
        assert migrations.schema_version(migrated.conn) == migrations.LATEST
        store = CaseStore(migrated)
        case = store.get(case_id)
        assert case.pseudonym == "Brave" and case.incidents[0].kind == "stalking"
        assert [h.handles for h in case.harassers] == [["@hk_eye"]]
        assert case.incidents[0].harasser_ids == [HARASSER_ID]
        assert "harassers" not in json.loads(
            migrated.conn.execute("SELECT doc FROM case_docs").fetchone()[0]
        )
        assert [s.id for s in store.search("subway")] == [case_id]
        assert [s.id for s in store.list_cases(CaseFilter(tag="priority"))] == [case_id]
        assert [s.id for s in store.list_cases(CaseFilter(incident_kind="stalking"))] == [case_id]
        assert store.list_cases(CaseFilter(passport_at_risk=True))[0].open_needs == 2
        assert maintenance.verify(migrated).ok


def test_a_newer_schema_is_refused(vault: Vault) -> None:
    vault.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    with pytest.raises(VaultDamagedError, match="newer"):
        migrations.migrate(vault.conn)


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "x.db", os.urandom(32))
    migrations.migrate(conn, target=1)
    conn.execute("CREATE INDEX cases_status ON cases (code)")  # migration 2 fails half-way
    with pytest.raises(database.DatabaseError):
        migrations.migrate(conn)
    assert migrations.schema_version(conn) == 1
    assert "passport_at_risk" not in [r[1] for r in conn.execute("PRAGMA table_info(cases)")]
    conn.close()
