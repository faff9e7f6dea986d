"""The audit log is a hash chain: edits, removals and truncation are caught by verify."""

from __future__ import annotations

import json

from helpers import EXAMPLE

from intake_app.cases.jsonio import load_case_json
from intake_app.cases.store import CaseStore
from intake_app.vault import audit, maintenance
from intake_app.vault.vault import Vault


def _with_history(vault: Vault) -> None:
    store = CaseStore(vault)
    case = store.add(load_case_json(EXAMPLE.read_bytes()))
    store.update(case)
    store.delete(case.id)


def test_events_are_recorded_without_personal_data(vault: Vault) -> None:
    _with_history(vault)
    events = [e["event"] for e in reversed(audit.entries(vault.conn))]
    assert events == ["vault_created", "case_created", "case_updated", "case_deleted"]
    dump = json.dumps(audit.entries(vault.conn), ensure_ascii=False)
    for secret in ("Brave", "Chan", "陳大文", "A123456", "followed", "Toronto"):
        assert secret not in dump
    assert maintenance.verify(vault).ok


def test_unknown_events_and_detail_keys_are_refused(vault: Vault) -> None:
    for event, detail in (("case_viewed", {}), ("export", {"pseudonym": "Brave"})):
        try:
            audit.append(vault.conn, event, detail, vault.options.now())
        except ValueError as error:
            assert "not allowed" in str(error) or "unknown" in str(error)
        else:
            raise AssertionError(f"{event} {detail} was accepted")


def test_an_edited_entry_breaks_the_chain(vault: Vault) -> None:
    _with_history(vault)
    vault.conn.execute("UPDATE audit SET event = 'backup' WHERE seq = 2")
    assert "audit entry 2 was altered" in maintenance.verify(vault).problems


def test_a_removed_entry_breaks_the_chain(vault: Vault) -> None:
    _with_history(vault)
    vault.conn.execute("DELETE FROM audit WHERE seq = 2")
    problems = maintenance.verify(vault).problems
    assert any("missing" in p or "altered" in p for p in problems)


def test_a_cut_off_tail_is_caught(vault: Vault) -> None:
    _with_history(vault)
    vault.conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    assert "audit log was cut short" in maintenance.verify(vault).problems
