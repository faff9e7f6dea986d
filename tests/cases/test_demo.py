"""The synthetic case generator: deterministic, valid against the vocabularies, varied, fake."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from functools import cache

import pytest

from intake_app.cases.demo import generate_cases
from intake_app.cases.demo_text import load_banks
from intake_app.cases.hkid import is_valid_hkid
from intake_app.cases.jsonio import case_from_json, case_to_json
from intake_app.cases.model import Case, Harasser
from intake_app.resources import resource_path

NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
CJK = re.compile(r"[\u4e00-\u9fff]")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


@cache
def vocabulary(name: str) -> frozenset[str]:
    """Keys read straight from resources/vocab, not through the app's loader."""
    path = resource_path("vocab", f"{name}.json")
    return frozenset(term["key"] for term in json.loads(path.read_text("utf-8"))["terms"])


@pytest.fixture(scope="module")
def sample() -> list[Case]:
    return list(generate_cases(500, seed=11, now=NOW))


def test_same_seed_gives_the_same_cases() -> None:
    assert list(generate_cases(60, seed=5, now=NOW)) == list(generate_cases(60, seed=5, now=NOW))


def test_different_seeds_give_different_cases() -> None:
    first = list(generate_cases(60, seed=1, now=NOW))
    second = list(generate_cases(60, seed=2, now=NOW))
    assert {c.id for c in first}.isdisjoint(c.id for c in second)
    assert [c.account.original for c in first] != [c.account.original for c in second]
    assert [c.identity.hkid for c in first] != [c.identity.hkid for c in second]


def test_a_naive_now_is_taken_as_utc() -> None:
    naive = NOW.replace(tzinfo=None)
    assert list(generate_cases(5, seed=3, now=naive)) == list(generate_cases(5, seed=3, now=NOW))


def test_count_zero_and_negative() -> None:
    assert list(generate_cases(0, now=NOW)) == []
    with pytest.raises(ValueError):
        list(generate_cases(-1, now=NOW))


def test_every_vocabulary_key_used_is_in_the_vocabularies(sample: list[Case]) -> None:
    for case in sample:
        assert case.status in vocabulary("case_statuses")
        assert case.profile.age_band in vocabulary("age_bands")
        assert case.profile.province in vocabulary("provinces")
        assert case.status_in_canada.status in vocabulary("statuses_in_canada")
        assert {i.kind for i in case.incidents} <= vocabulary("incident_kinds")
        assert {k for h in case.harassers for k in h.kinds} <= vocabulary("incident_kinds")
        assert {d.kind for d in case.documents} <= vocabulary("document_kinds")
        assert {d.status for d in case.documents} <= vocabulary("document_statuses")
        assert {n.kind for n in case.needs} <= vocabulary("needs")
        assert {n.status for n in case.needs} <= vocabulary("need_statuses")
        assert {e.purpose for e in case.consent.entries} <= vocabulary("consent_purposes")


def test_the_banks_speak_the_vocabularies() -> None:
    banks = load_banks()
    kinds, needs = vocabulary("incident_kinds"), vocabulary("needs")
    assert set(banks.weights["incident_kinds"]) == kinds
    assert set(banks.weights["needs"]) == needs
    assert set(banks.weights["need_statuses"]) == vocabulary("need_statuses")
    assert set(banks.weights["statuses_in_canada"]) == vocabulary("statuses_in_canada")
    assert set(banks.incidents) == set(banks.perpetrators) == kinds
    assert set(banks.referrals) == needs
    assert set(banks.pending_applications) == set(banks.status_groups)
    assert set(banks.status_groups) == vocabulary("statuses_in_canada")
    assert set(banks.consent_percent) < vocabulary("consent_purposes")
    assert set(banks.document_notes) <= vocabulary("document_statuses")
    assert {c.province for c in banks.cities} <= vocabulary("provinces")
    for harasser in banks.harassers:
        assert set(harasser.kinds) <= kinds
    for scenario in banks.document_scenarios:
        assert scenario.statuses <= vocabulary("statuses_in_canada")
        assert scenario.said == "" or scenario.said in banks.sentences
        for make in scenario.documents:
            document = make()
            assert document.kind in vocabulary("document_kinds")
            assert document.status in vocabulary("document_statuses")


def test_every_template_fills_from_the_known_slots() -> None:
    banks = load_banks()
    names = ("P", "pos", "Pos", "obj", "city", "city_zh", "year", "ay", "platform")
    slots = dict.fromkeys((*names, "rally", "rally_zh", "exp", "exp_zh"), "x")
    pairs = [p for bank in (*banks.sentences.values(), *banks.background.values()) for p in bank]
    texts = [t for pair in pairs for t in pair]
    texts += [t for bank in banks.incidents.values() for t in bank]
    for text in texts:
        filled = text.format_map(slots)  # KeyError on an unknown slot
        assert "{" not in filled and "}" not in filled


def test_every_kind_status_and_need_appears(sample: list[Case]) -> None:
    assert {i.kind for c in sample for i in c.incidents} == vocabulary("incident_kinds")
    assert {d.status for c in sample for d in c.documents} == vocabulary("document_statuses")
    assert {n.kind for c in sample for n in c.needs} == vocabulary("needs")
    assert {n.status for c in sample for n in c.needs} == vocabulary("need_statuses")
    statuses = {c.status_in_canada.status for c in sample}
    assert statuses == vocabulary("statuses_in_canada")
    assert {c.status for c in sample} == vocabulary("case_statuses")


def test_fields_are_populated(sample: list[Case]) -> None:
    for case in sample:
        assert case.code == ""  # the store assigns codes
        assert UUID.fullmatch(case.id)
        assert case.pseudonym.isalpha()
        assert 1 <= len(case.incidents) <= 5
        assert 1 <= len(case.sessions) <= 3
        assert case.documents and case.needs
        assert 2014 <= (case.profile.arrival_year or 0) <= 2024
        assert case.profile.city and case.profile.languages
        assert "yue" in case.profile.languages
        for incident in case.incidents:
            assert incident.date is not None and incident.description and incident.perpetrator
            assert incident.location
            if incident.police_reference:
                assert incident.reported_to_police is True
                assert re.fullmatch(r"[A-Za-z]{2,5} 20\d\d-\d{6}", incident.police_reference)
    assert len({c.id for c in sample}) == len(sample)
    assert len({c.pseudonym for c in sample}) > 150
    assert len(load_banks().words["pseudonyms"]) >= 200
    precisions = Counter(i.date.precision for c in sample for i in c.incidents if i.date)
    assert precisions["day"] and precisions["month"]
    assert any(i.location == "online" for c in sample for i in c.incidents)
    assert any(i.police_reference for c in sample for i in c.incidents)
    assert any(c.tags for c in sample)


def test_dates_follow_each_other_and_never_pass_now(sample: list[Case]) -> None:
    for case in sample:
        assert case.created <= case.updated <= NOW
        first = case.sessions[0].date
        assert first is not None
        assert case.consent.entries[0].given == first
        for session in case.sessions:
            assert (
                session.date is not None and first <= session.date and session.date.latest() < TODAY
            )
        for incident in case.incidents:
            assert incident.date is not None and incident.date.earliest() <= TODAY
        for entry in case.consent.entries:
            assert entry.given.latest() < TODAY
            assert entry.withdrawn is None or entry.given < entry.withdrawn
        born, arrived = case.identity.date_of_birth, case.profile.arrival_year
        assert born is not None and arrived is not None and born.year < arrived


def test_accounts_are_three_to_eight_sentences_and_some_are_chinese(sample: list[Case]) -> None:
    chinese = [c for c in sample if c.account.original_language != "en"]
    assert 0.2 < len(chinese) / len(sample) < 0.4
    for case in sample:
        account = case.account
        english = re.split(r"(?<=\.)\s+", account.text_en.strip())
        assert 3 <= len(english) <= 8
        assert "{" not in account.original and "}" not in account.text_en
        if account.original_language == "en":
            assert not account.translation_en and not CJK.search(account.original)
        else:
            assert account.original_language == "zh-Hant"
            assert CJK.search(account.original) and account.original.count("。") == len(english)
            assert account.translation_en and account.translated_by
            assert account.translated_at is not None and account.translated_at.latest() < TODAY


def test_consent_ledgers(sample: list[Case]) -> None:
    purposes = Counter(e.purpose for c in sample for e in c.consent.entries)
    assert purposes["recording"] == len(sample)
    assert purposes["legal_referral"] and purposes["program_referral"] and purposes["statistics"]
    assert all(c.consent.retention_until is not None for c in sample)
    passed = sum(c.consent.retention_passed(TODAY) for c in sample)
    assert 0 < passed < len(sample) * 0.15
    assert any(e.withdrawn for c in sample for e in c.consent.entries)
    assert any(e.expires for c in sample for e in c.consent.entries)


def test_some_harassers_are_shared_and_incidents_point_at_them(sample: list[Case]) -> None:
    with_harassers = [c for c in sample if c.harassers]
    assert 0.05 < len(with_harassers) / len(sample) < 0.2
    seen = Counter(h.id for c in sample for h in c.harassers)
    assert any(n > 1 for n in seen.values())
    for case in sample:
        ids = {h.id for h in case.harassers}
        assert len(ids) == len(case.harassers)
        linked = {hid for i in case.incidents for hid in i.harasser_ids}
        assert linked == ids  # every linked id exists here, every harasser is linked
    harassers = [h for c in sample for h in c.harassers]
    assert any(h.handles for h in harassers) and any(h.plates for h in harassers)
    assert all(h.label and h.description and h.kinds for h in harassers)


def test_shared_harassers_are_separate_records(sample: list[Case]) -> None:
    records: dict[str, list[Harasser]] = {}
    for case in sample:
        for harasser in case.harassers:
            records.setdefault(harasser.id, []).append(harasser)
    first, second = next(found for found in records.values() if len(found) > 1)[:2]
    assert first == second and first is not second
    first.kinds.append("other")  # editing one case's record leaves the other alone
    assert first != second
    first.kinds.pop()


def test_identities_look_real_but_fake(sample: list[Case]) -> None:
    hkids = [c.identity.hkid for c in sample if c.identity.hkid]
    assert len(hkids) > len(sample) * 0.8
    assert all(is_valid_hkid(h) for h in hkids)
    assert any(re.fullmatch(r"[A-Z]{2}\d{6}\([0-9A]\)", h) for h in hkids)  # two-letter prefix
    for case in sample:
        identity = case.identity
        assert identity.legal_name
        assert identity.chinese_name == "" or CJK.fullmatch(identity.chinese_name[0])
        for phone in identity.phones:
            assert re.fullmatch(
                r"\+1 \d{3}-555-01\d\d|\(\d{3}\) 555-01\d\d|\+852 \d{4} \d{4}", phone
            )
        for email in identity.emails:
            assert re.fullmatch(r"[a-z0-9.]+@(mail\.)?example\.(com|org|net)", email)
        for number in identity.passport_numbers:
            assert re.fullmatch(r"[KHE]\d{8}|H\d{7}|\d{9}|[A-Z]{2}\d{6}", number)
        assert identity.uci == "" or re.fullmatch(r"\d{4}-\d{4}|\d{2}-\d{4}-\d{4}", identity.uci)
        assert identity.addresses and all(case.profile.city in a for a in identity.addresses)
    assert any(CJK.search(c.identity.chinese_name) for c in sample)
    names = [n for c in sample for n in (c.identity.legal_name, *c.identity.other_names)]
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", n) for n in names)  # Chan Tai-man
    assert any(re.fullmatch(r"[A-Z]+ [A-Z][a-z]+ [A-Z][a-z]+", n) for n in names)  # CHAN Tai Man
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", n) for n in names)  # Jason Chan


def test_cases_round_trip_through_the_case_format(sample: list[Case]) -> None:
    # The canonical JSON reader checks vocabularies, dates, ids and lengths: every
    # generated case is a valid case document.
    for case in sample[:200]:
        document = json.loads(json.dumps(case_to_json(case)))
        assert case_from_json(document) == case


def test_cases_do_not_share_mutable_parts() -> None:
    first, second = generate_cases(2, seed=4, now=NOW)
    for case in (first, second):
        case.tags.append("changed")
        case.profile.languages.append("changed")
        case.documents[0].notes = "changed"
    assert first.tags.count("changed") == 1 and second.tags.count("changed") == 1
    assert first.profile.languages.count("changed") == 1
    assert [c.documents[0].notes for c in generate_cases(2, seed=4, now=NOW)] != ["changed"] * 2
