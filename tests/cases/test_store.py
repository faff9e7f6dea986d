"""Cases through the real encrypted store: round trips, search, filters, deletion, purge."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from helpers import EXAMPLE

from intake_app.cases.dates import PartialDate
from intake_app.cases.drafts import Drafts
from intake_app.cases.harassers import Harassers
from intake_app.cases.jsonio import case_from_json, load_case_json
from intake_app.cases.model import Case, ConsentEntry, Harasser, Incident
from intake_app.cases.store import CaseFilter, CaseNotFoundError, CaseStore
from intake_app.errors import ValidationError
from intake_app.vault import maintenance
from intake_app.vault.vault import Vault


def _example(**changes: object) -> Case:
    doc = json.loads(EXAMPLE.read_text("utf-8"))
    doc.update(changes)
    return case_from_json(doc)


def test_every_field_survives_the_vault(vault: Vault, full_case: Case) -> None:
    original = copy.deepcopy(full_case)
    CaseStore(vault).add(full_case)
    loaded = CaseStore(vault).get(full_case.id)
    assert loaded == full_case
    assert loaded.identity == original.identity
    assert loaded.harassers == original.harassers
    assert loaded.account == original.account


def test_every_field_survives_closing_and_reopening(
    vault: Vault, full_case: Case, options: object
) -> None:
    CaseStore(vault).add(full_case)
    folder = vault.folder
    vault.close()
    from helpers import PASSPHRASE

    with Vault.open(folder, PASSPHRASE, options) as reopened:  # type: ignore[arg-type]
        assert CaseStore(reopened).get(full_case.id) == full_case


def test_codes_are_assigned_in_sequence_and_kept_on_update(vault: Vault) -> None:
    store = CaseStore(vault)
    first, second = store.add(_example()), store.add(_example(pseudonym="Maple"))
    year = first.created.year
    assert (first.code, second.code) == (f"C-{year}-00001", f"C-{year}-00002")
    first.pseudonym = "Harbour"
    first.code = ""
    store.update(first, now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    again = store.get(first.id)
    assert again.code == f"C-{year}-00001" and again.pseudonym == "Harbour"
    assert again.updated == dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def test_duplicate_code_or_id_is_refused_and_nothing_added(vault: Vault) -> None:
    store = CaseStore(vault)
    stored = store.add(_example())
    with pytest.raises(ValidationError, match="code"):
        store.add(_example(code=stored.code))
    with pytest.raises(Exception, match="already exists"):
        store.add(_example(id=stored.id))
    assert store.count() == 1


def test_search_finds_account_incidents_pseudonym_and_code(vault: Vault) -> None:
    store = CaseStore(vault)
    brave = store.add(_example())
    chinese = _example(pseudonym="Kestrel")
    chinese.incidents = [Incident(kind="stalking", location="Toronto")]
    chinese.account.original = "我在多倫多被便衣警察跟蹤。"
    chinese.account.original_language = "zh-Hant"
    chinese.account.translation_en = "I was followed by plain-clothes police in Toronto."
    store.add(chinese)
    assert [s.id for s in store.search("subway")] == [brave.id]  # incident description
    assert [s.id for s in store.search("collusion")] == [brave.id]  # account
    assert [s.pseudonym for s in store.search("警察")] == ["Kestrel"]  # inside a CJK run
    assert [s.pseudonym for s in store.search("plain-clothes")] == ["Kestrel"]
    assert [s.id for s in store.search("brav")] == [brave.id]  # prefix of the pseudonym
    assert [s.id for s in store.search(brave.code)] == [brave.id]
    assert len(store.search("Toronto")) == 2
    assert store.search("   ") == [] and store.search('"*:') == []


def test_search_never_reaches_identity_or_harassers(vault: Vault) -> None:
    store = CaseStore(vault)
    case = _example()
    case.harassers = [Harasser(label="man in grey", handles=["@watcher_zz"], plates=["ZZPLATE9"])]
    case.incidents[0].harasser_ids = [case.harassers[0].id]
    store.add(case)
    for term in (
        "Chan",
        "陳大文",
        "A123456",
        "K12345678",
        "protonmail",
        "4168392210",
        "Example",
        "watcher_zz",
        "ZZPLATE9",
    ):
        assert store.search(term) == [], term


def test_filters(vault: Vault) -> None:
    store = CaseStore(vault)
    brave = store.add(_example(tags=["priority"]))
    calm = _example(pseudonym="Calm", needs=[{"kind": "housing", "status": "met"}])
    calm.documents = []
    calm.incidents = [Incident(kind="doxxing", description="Address posted online.")]
    calm.status = "closed"
    store.add(calm)
    assert [s.id for s in store.list_cases(CaseFilter(tag="priority"))] == [brave.id]
    assert [s.pseudonym for s in store.list_cases(CaseFilter(incident_kind="doxxing"))] == ["Calm"]
    assert [s.id for s in store.list_cases(CaseFilter(need="legal"))] == [brave.id]
    assert store.list_cases(CaseFilter(need="housing")) == []  # met, not open
    assert [s.id for s in store.list_cases(CaseFilter(passport_at_risk=True))] == [brave.id]
    assert [s.pseudonym for s in store.list_cases(CaseFilter(status="closed"))] == ["Calm"]
    assert store.count(CaseFilter(status_in_canada="international_student")) == 2
    summary = store.list_cases(CaseFilter(tag="priority"))[0]
    assert summary.passport_at_risk and summary.open_needs == 2
    assert [s.pseudonym for s in store.search("online", where=CaseFilter(status="closed"))] == [
        "Calm"
    ]


def test_listing_pages_and_sorts(vault: Vault) -> None:
    store = CaseStore(vault)
    for name in ("Delta", "Alpha", "Charlie", "Bravo"):
        store.add(_example(pseudonym=name))
    names = [s.pseudonym for s in store.list_cases(order="pseudonym", descending=False)]
    assert names == ["Alpha", "Bravo", "Charlie", "Delta"]
    page = store.list_cases(order="pseudonym", descending=False, limit=2, offset=2)
    assert [s.pseudonym for s in page] == ["Charlie", "Delta"]
    with pytest.raises(Exception, match="cannot sort"):
        store.list_cases(order="identity")


def test_shared_harasser_links_cases_and_survives_one_deletion(vault: Vault) -> None:
    store = CaseStore(vault)
    watcher = Harasser(label="man with camera", handles=["@hk_patriot88"], kinds=["surveillance"])
    first = _example()
    first.harassers = [copy.deepcopy(watcher)]
    first.incidents[0].harasser_ids = [watcher.id]
    second = _example(pseudonym="Maple")
    second.harassers = [copy.deepcopy(watcher)]
    second.incidents[1].harasser_ids = [watcher.id]
    store.add(first)
    store.add(second)
    assert Harassers(vault).cases_sharing_harassers(first.id) == {watcher.id: [second.id]}
    assert [h.id for h in Harassers(vault).find_harassers("@HK_PATRIOT88")] == [watcher.id]
    store.delete(first.id)
    assert Harassers(vault).cases_sharing_harassers(second.id) == {}
    assert store.get(second.id).harassers[0].handles == ["@hk_patriot88"]
    store.delete(second.id)
    assert Harassers(vault).find_harassers("@hk_patriot88") == []


def test_delete_removes_every_trace(vault: Vault) -> None:
    store = CaseStore(vault)
    case = _example(tags=["priority"])
    case.harassers = [Harasser(label="x", plates=["CBKR 482"])]
    case.incidents[0].harasser_ids = [case.harassers[0].id]
    store.add(case)
    Drafts(vault).save_draft("draft-1", case)
    store.delete(case.id)
    conn = vault.conn
    for table in (
        "cases",
        "case_docs",
        "identities",
        "drafts",
        "harassers",
        "case_harassers",
    ):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert store.search("subway") == []
    assert conn.execute("SELECT count(*) FROM case_search").fetchone() == (0,)
    with pytest.raises(CaseNotFoundError):
        store.get(case.id)
    with pytest.raises(CaseNotFoundError):
        store.delete(case.id)
    assert maintenance.verify(vault).ok
    events = [r[0] for r in conn.execute("SELECT detail FROM audit WHERE event='case_deleted'")]
    assert events == [json.dumps({"case_id": case.id, "reason": "deleted"}, separators=(",", ":"))]


def test_purge_expired_removes_passed_retention_and_withdrawn_consent(vault: Vault) -> None:
    store = CaseStore(vault)
    keep = store.add(_example(pseudonym="Keep"))
    old = _example(pseudonym="Old")
    old.consent.retention_until = PartialDate(2020, 1)
    withdrawn = _example(pseudonym="Withdrawn")
    withdrawn.consent.entries = [
        ConsentEntry("recording", PartialDate(2024, 1, 1), withdrawn=PartialDate(2024, 3, 1))
    ]
    store.add(old)
    store.add(withdrawn)
    removed = store.purge_expired(dt.date(2025, 1, 1))
    assert sorted(removed) == sorted([old.id, withdrawn.id])
    assert [s.id for s in store.list_cases()] == [keep.id]
    assert store.purge_expired(dt.date(2025, 1, 1)) == []


def test_drafts_round_trip_and_are_dropped_on_save(vault: Vault, full_case: Case) -> None:
    store = CaseStore(vault)
    Drafts(vault).save_draft("d1", full_case)  # a case never saved
    [(draft_id, _, draft)] = Drafts(vault).drafts()
    assert draft_id == "d1" and draft == full_case
    Drafts(vault).discard_draft("d1")
    assert Drafts(vault).drafts() == []
    stored = store.add(_example())
    stored.account.original += " More typed before a crash."
    Drafts(vault).save_draft("d2", stored)
    assert Drafts(vault).drafts()[0][2].account.original.endswith("crash.")
    store.update(stored)
    assert Drafts(vault).drafts() == []


def test_invalid_document_adds_nothing(vault: Vault) -> None:
    store = CaseStore(vault)
    with pytest.raises(ValidationError, match=r"incidents\[0\]\.type"):
        doc = json.loads(EXAMPLE.read_text("utf-8"))
        doc["incidents"][0]["type"] = "burglary"
        store.add(load_case_json(json.dumps(doc)))
    assert store.count() == 0


def test_search_lists_newest_cases_first_and_respects_limit(vault: Vault) -> None:
    store = CaseStore(vault)
    added = [store.add(_example(pseudonym=f"Case{i}")) for i in range(5)]
    found = store.search("subway", limit=3)
    assert [s.id for s in found] == [c.id for c in reversed(added)][:3]
    assert [s.id for s in store.search("followed photographed")] == [c.id for c in reversed(added)]


def test_an_incident_can_name_a_harasser_recorded_by_another_case(vault: Vault) -> None:
    store = CaseStore(vault)
    watcher = Harasser(label="man with camera", plates=["CBKR 482"])
    first = _example()
    first.harassers = [watcher]
    first.incidents[0].harasser_ids = [watcher.id]
    store.add(first)
    second = _example(pseudonym="Maple")
    second.incidents[0].harasser_ids = [watcher.id]  # by id only, as the GUI's picker does
    store.add(second)
    assert Harassers(vault).cases_sharing_harassers(second.id) == {watcher.id: [first.id]}
    assert [h.plates for h in store.get(second.id).harassers] == [["CBKR 482"]]
    stranger = _example(pseudonym="Stranger")
    stranger.incidents[0].harasser_ids = ["0b8e4a52-8f0c-4c51-9f3e-6a0e8d6b1c99"]
    with pytest.raises(ValidationError, match=r"incidents\[0\]\.harasser_ids"):
        store.add(stranger)
    assert store.count() == 2
