"""Case documents to and from JSON: the example document, round trips and refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from intake_app.cases import jsonio, model
from intake_app.cases.dates import PartialDate
from intake_app.cases.jsonio import case_from_json, case_to_json, dump_case_json, load_case_json
from intake_app.cases.model import Case, ConsentEntry, Identity
from intake_app.cases.validate import MAX_DOCUMENT_BYTES, Shape
from intake_app.errors import ValidationError

NOW = dt.datetime(2024, 7, 1, 12, 0, 0, tzinfo=dt.UTC)
H1 = "0b0e7c1e-5d4a-4f5e-9a51-6f3f3b0a9c11"


def test_the_example_document_maps_every_field(example_bytes: bytes) -> None:
    case = load_case_json(example_bytes, now=NOW)
    assert case.pseudonym == "Brave"
    assert uuid.UUID(case.id).version == 4
    assert case.created == case.updated == NOW
    assert case.status == "new" and case.code == ""
    i = case.identity
    assert (i.legal_name, i.chinese_name, i.hkid, i.uci) == (
        "Chan Tai-man",
        "陳大文",
        "A123456(3)",
        "1234-5678",
    )
    assert i.date_of_birth == PartialDate(1998, 6, 4)
    assert i.phones == ["+1 416-839-2210"]
    assert i.emails == ["brave.example@protonmail.com"]
    assert i.addresses == ["12 Example Street, Toronto"]
    assert i.passport_numbers == ["K12345678"]
    assert [n.kind for n in case.incidents] == ["stalking", "online_harassment"]
    assert [str(n.date) for n in case.incidents] == ["2024-05-02", "2024-06"]
    assert [n.location for n in case.incidents] == ["Toronto", "online"]
    assert case.incidents[0].description.startswith("Followed from a rally")
    assert len({n.id for n in case.incidents}) == 2
    (passport,) = case.documents
    assert (passport.kind, passport.status) == ("hksar_passport", "expiring")
    assert passport.expiry == PartialDate(2025, 1, 31)
    assert passport.renewal_postponed and passport.fear_of_arrest
    assert not passport.travel_document_needed
    assert case.passport_at_risk
    assert case.status_in_canada.status == "international_student"
    assert [(n.kind, n.status) for n in case.needs] == [("financial", "open"), ("legal", "open")]
    assert case.open_needs == ["financial", "legal"]
    assert case.consent.entries == [
        ConsentEntry("recording", PartialDate(2024, 7, 1)),
        ConsentEntry("legal_referral", PartialDate(2024, 7, 1)),
    ]
    assert case.consent.covers("legal_referral", dt.date(2024, 7, 2))
    assert not case.consent.covers("statistics", dt.date(2024, 7, 2))
    assert case.account.original.startswith("Has studied in Canada since 2016")
    assert case.account.original_language == "en"
    assert case.account.text_en == case.account.original
    assert case.harassers == [] and case.sessions == []


def test_the_example_survives_a_round_trip(example_doc: dict[str, Any]) -> None:
    case = case_from_json(example_doc, now=NOW)
    assert case_from_json(case_to_json(case)) == case


def test_a_case_with_every_field_set_survives_a_round_trip(full_case: Case) -> None:
    assert case_from_json(case_to_json(full_case)) == full_case
    assert load_case_json(dump_case_json(full_case)) == full_case
    assert load_case_json(dump_case_json(full_case).encode("utf-8")) == full_case


def test_the_canonical_form(full_case: Case) -> None:
    doc = case_to_json(full_case)
    assert list(doc)[:4] == ["format_version", "id", "code", "pseudonym"]
    assert doc["format_version"] == 1
    assert doc["created"] == "2024-07-01T09:30:00Z"
    assert doc["incidents"][1]["date"] == "2024"
    assert doc["incidents"][0]["harasser_ids"] == [H1]
    assert doc["consent"]["entries"][1] == {
        "purpose": "legal_referral",
        "given": "2024-07-01",
        "expires": "2025-07",
        "withdrawn": "2024-12-24",
        "notes": "",
    }
    assert doc["profile"]["arrival_year"] == 2016
    assert json.loads(json.dumps(doc)) == doc  # plain JSON types only
    assert "陳大文" in dump_case_json(full_case)  # readable, not \u-escaped


def test_none_and_empty_stay_distinct(full_case: Case) -> None:
    full_case.incidents[0].reported_to_police = None
    full_case.incidents[1].reported_to_police = False
    full_case.profile.arrival_year = None
    full_case.sessions[0].duration_minutes = 0
    full_case.account.original_language = ""
    back = case_from_json(case_to_json(full_case))
    assert back.incidents[0].reported_to_police is None
    assert back.incidents[1].reported_to_police is False
    assert back.profile.arrival_year is None
    assert back.sessions[0].duration_minutes == 0
    assert back.account.original_language == ""


def test_without_identity_leaves_out_identity_and_harassers(full_case: Case) -> None:
    doc = case_to_json(full_case, include_identity=False)
    assert "identity" not in doc and "harassers" not in doc
    text = dump_case_json(full_case, include_identity=False)
    for secret in ("Chan Tai-man", "陳大文", "A123456(3)", "@patriot_eye", "CABC 123"):
        assert secret not in text
    back = case_from_json(doc)
    assert back.identity == Identity() and back.harassers == []
    assert back.incidents[0].harasser_ids == [H1]  # a UUID the store may know


@pytest.mark.parametrize(
    ("cls", "shape"),
    [
        (Case, jsonio.CASE),
        (model.Profile, jsonio.PROFILE),
        (model.Identity, jsonio.IDENTITY),
        (model.StatusInCanada, jsonio.STATUS_IN_CANADA),
        (model.Harasser, jsonio.HARASSER),
        (model.Incident, jsonio.INCIDENT),
        (model.TravelDocument, jsonio.DOCUMENT),
        (model.Need, jsonio.NEED),
        (model.ConsentEntry, jsonio.CONSENT_ENTRY),
        (model.Consent, jsonio.CONSENT),
        (model.InterviewSession, jsonio.SESSION),
        (model.Account, jsonio.ACCOUNT),
    ],
)
def test_every_model_field_is_read_and_written(cls: type, shape: Shape) -> None:
    assert list(shape.fields) == [f.name for f in dataclasses.fields(cls)]


def test_missing_ids_and_times_are_filled_in() -> None:
    case = case_from_json({"pseudonym": "Kite", "incidents": [{}], "sessions": [{}]}, now=NOW)
    assert uuid.UUID(case.id) and uuid.UUID(case.incidents[0].id) and uuid.UUID(case.sessions[0].id)
    assert case.created == case.updated == NOW
    naive = case_from_json({"pseudonym": "Kite"}, now=dt.datetime(2024, 1, 1, 8))
    assert naive.created == dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC)
    other = case_from_json({"pseudonym": "Kite"}, now=None)
    assert other.created.tzinfo is not None and other.id != case.id


def test_shorthand_object_forms_are_accepted() -> None:
    case = case_from_json(
        {
            "pseudonym": "Kite",
            "created": "2024-07-01T11:30:00+02:00",
            "narrative": {
                "original": "我被跟蹤。",
                "original_language": "yue",
                "translation_en": "I was followed.",
            },
            "status_in_canada": {"status": "asylum_claimant", "since": "2023"},
            "needs": ["housing", {"kind": "legal", "status": "referred", "referral_to": "Clinic"}],
            "passport": {"kind": "bno_passport", "status": "valid"},
            "consent": {
                "record": True,
                "share": ["statistics", "program_referral", "statistics"],
                "date": "2024-07",
                "expires": "2025",
                "retention_until": "2030-12-31",
            },
        },
        now=NOW,
    )
    assert case.created == dt.datetime(2024, 7, 1, 9, 30, tzinfo=dt.UTC)
    assert case.account.text_en == "I was followed." and case.account.original_language == "yue"
    assert case.status_in_canada.since == PartialDate(2023)
    assert [(n.kind, n.status) for n in case.needs] == [("housing", "open"), ("legal", "referred")]
    assert case.documents[0].kind == "bno_passport"
    assert [e.purpose for e in case.consent.entries] == [
        "recording",
        "statistics",
        "program_referral",
    ]
    assert {e.expires for e in case.consent.entries} == {PartialDate(2025)}
    assert case.consent.retention_until == PartialDate(2030, 12, 31)


def test_consent_without_purposes_needs_no_date() -> None:
    case = case_from_json({"pseudonym": "Kite", "consent": {"record": False, "share": []}})
    assert case.consent.entries == []


def test_harassers_can_be_linked_by_local_reference_or_uuid() -> None:
    known_elsewhere = str(uuid.uuid4())
    case = case_from_json(
        {
            "pseudonym": "Kite",
            "harassers": [{"id": "h1", "label": "man with camera"}, {"id": H1.upper()}, {}],
            "incidents": [{"harasser_ids": ["h1", H1, known_elsewhere.upper()]}],
        }
    )
    local, known, anonymous = case.harassers
    assert uuid.UUID(local.id) and known.id == H1 and uuid.UUID(anonymous.id)
    assert case.incidents[0].harasser_ids == [local.id, H1, known_elsewhere]


def test_ids_are_normalised_to_lower_case() -> None:
    case = case_from_json({"pseudonym": "Kite", "id": H1.upper()})
    assert case.id == H1


def _set(*path: str | int, value: Any) -> Callable[[dict[str, Any]], Any]:
    def mutate(doc: dict[str, Any]) -> Any:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        return value

    return mutate


def _delete(*path: str | int) -> Callable[[dict[str, Any]], Any]:
    def mutate(doc: dict[str, Any]) -> Any:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return mutate


def _both(*mutations: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    def mutate(doc: dict[str, Any]) -> Any:
        return [m(doc) for m in mutations][-1]

    return mutate


LOCAL = [{"id": "h-1"}, {"id": "h-1"}]
KEY = "Chan Siu-ming 陳小明"  # identity data put where a field name belongs
UUID_A = str(uuid.uuid4())
INVALID: list[tuple[str, Callable[[dict[str, Any]], Any], str]] = [
    ("missing pseudonym", _delete("pseudonym"), "pseudonym"),
    ("blank pseudonym", _set("pseudonym", value="   "), "pseudonym"),
    ("pseudonym not text", _set("pseudonym", value=4242), "pseudonym"),
    ("unknown incident kind", _set("incidents", 1, "type", value="burglary"), "incidents[1].type"),
    (
        "unknown canonical kind",
        _both(_delete("incidents", 1, "type"), _set("incidents", 1, "kind", value="burglary")),
        "incidents[1].kind",
    ),
    ("kind and type", _set("incidents", 0, "kind", value="stalking"), "incidents[0].type"),
    ("month 13", _set("incidents", 0, "date", value="2024-13-01"), "incidents[0].date"),
    ("30 February", _set("incidents", 0, "date", value="2023-02-30"), "incidents[0].date"),
    ("full-width digits", _set("incidents", 0, "date", value="２０２４"), "incidents[0].date"),
    ("dob format", _set("identity", "date_of_birth", value="04/06/1998"), "identity.date_of_birth"),
    ("identity typo", _set("identity", "legal_nme", value="Chan Siu-ming"), "identity.legal_nme"),
    ("top-level typo", _set("pseudonm", value="Kite"), "pseudonm"),
    ("data as a key", lambda doc: _set("identity", KEY, value="")(doc) or KEY, "identity"),
    ("phones not a list", _set("identity", "phones", value="+1 416-555-0199"), "identity.phones"),
    ("phone as number", _set("identity", "phones", value=["x", 4165550199]), "identity.phones[1]"),
    ("newline in hkid", _set("identity", "hkid", value="Z987654(1)\nX"), "identity.hkid"),
    (
        "lone surrogate",
        _set("identity", "legal_name", value="Chan\ud800Wing"),
        "identity.legal_name",
    ),
    (
        "name too long",
        _set("identity", "legal_name", value="Wong Ka-ho " * 20),
        "identity.legal_name",
    ),
    ("identity null", _set("identity", value=None), "identity"),
    ("document kind", _set("passport", "document", value="hksar-pass-77"), "passport.document"),
    ("document status", _set("passport", "status", value="renewed-77"), "passport.status"),
    ("expiry as number", _set("passport", "expiry", value=20250131), "passport.expiry"),
    (
        "bool as text",
        _set("passport", "renewal_postponed", value="yes"),
        "passport.renewal_postponed",
    ),
    ("passport and documents", _set("documents", value=[]), "passport"),
    ("status in canada", _set("status_in_canada", value="tourist-77"), "status_in_canada"),
    (
        "status object typo",
        _set("status_in_canada", value={"status": "visitor", "visa": "V-7781"}),
        "status_in_canada.visa",
    ),
    ("unknown need", _set("needs", 1, value="lawyer-77"), "needs[1]"),
    ("need without kind", _set("needs", 0, value={"status": "open"}), "needs[0].kind"),
    (
        "need status",
        _set("needs", 0, value={"kind": "legal", "status": "waiting"}),
        "needs[0].status",
    ),
    ("share purpose", _set("consent", "share", value=["lawyers-77"]), "consent.share[0]"),
    ("consent without date", _delete("consent", "date"), "consent.date"),
    ("consent date text", _set("consent", "date", value="July 1st"), "consent.date"),
    (
        "ledger entry without given",
        _set("consent", value={"entries": [{"purpose": "recording"}]}),
        "consent.entries[0].given",
    ),
    (
        "ledger purpose",
        _set("consent", value={"entries": [{"purpose": "marketing-77", "given": "2024"}]}),
        "consent.entries[0].purpose",
    ),
    ("ledger mixed with short form", _set("consent", "entries", value=[]), "consent.record"),
    ("case id", _set("id", value="not-a-uuid-7781"), "id"),
    ("incident id", _set("incidents", 0, "id", value="7781"), "incidents[0].id"),
    (
        "repeated incident id",
        _both(_set("incidents", 0, "id", value=UUID_A), _set("incidents", 1, "id", value=UUID_A)),
        "incidents[1].id",
    ),
    (
        "unknown harasser reference",
        _set("incidents", 0, "harasser_ids", value=["h-7781"]),
        "incidents[0].harasser_ids[0]",
    ),
    ("bad harasser id", _set("harassers", value=[{"id": "Chan 7781"}]), "harassers[0].id"),
    ("repeated harasser id", _set("harassers", value=LOCAL), "harassers[1].id"),
    (
        "harasser kind",
        _set("harassers", value=[{"kinds": ["hacking-77"]}]),
        "harassers[0].kinds[0]",
    ),
    ("year too early", _set("profile", value={"arrival_year": 1850}), "profile.arrival_year"),
    ("year as bool", _set("profile", value={"arrival_year": True}), "profile.arrival_year"),
    ("year as float", _set("profile", value={"arrival_year": 2016.0}), "profile.arrival_year"),
    ("province name", _set("profile", value={"province": "Ontario"}), "profile.province"),
    ("age band", _set("profile", value={"age_band": "thirty"}), "profile.age_band"),
    (
        "language tag",
        _set("profile", value={"languages": ["Cantonese (HK)"]}),
        "profile.languages[0]",
    ),
    ("narrative and account", _set("account", value="Another text"), "narrative"),
    ("narrative too long", _set("narrative", value="x" * 200_001), "narrative"),
    ("NUL in narrative", _set("narrative", value="before\x00after"), "narrative"),
    ("incidents not a list", _set("incidents", value={"0": {}}), "incidents"),
    ("too many incidents", _set("incidents", value=[{}] * 1001), "incidents"),
    ("too many tags", _set("tags", value=["tag-7781"] * 51), "tags"),
    ("created without zone", _set("created", value="2023-03-05T04:05:06"), "created"),
    ("created date only", _set("created", value="2023-03-05"), "created"),
    ("case status", _set("status", value="archived"), "status"),
    ("format version", _set("format_version", value=2), "format_version"),
    ("format version true", _set("format_version", value=True), "format_version"),
    (
        "negative duration",
        _set("sessions", value=[{"duration_minutes": -5}]),
        "sessions[0].duration_minutes",
    ),
    (
        "interpreter null",
        _set("sessions", value=[{"interpreter": None}]),
        "sessions[0].interpreter",
    ),
    (
        "police as text",
        _set("incidents", 0, "reported_to_police", value="no"),
        "incidents[0].reported_to_police",
    ),
    (
        "account language",
        _both(_delete("narrative"), _set("account", value={"original_language": "Cantonese!"})),
        "account.original_language",
    ),
]


def _scalars(value: Any) -> list[str]:
    """The submitted value's texts and numbers, as they could appear in a message."""
    if isinstance(value, dict):
        return [s for item in value.values() for s in _scalars(item)]
    if isinstance(value, list):
        return [s for item in value for s in _scalars(item)]
    if isinstance(value, str):
        return [value.strip()] if len(value.strip()) >= 3 else []
    if isinstance(value, bool) or value is None:
        return []
    return [str(value)]


def test_there_are_enough_invalid_documents() -> None:
    assert len(INVALID) >= 25


@pytest.mark.parametrize(("mutate", "field"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_documents_name_the_field_and_never_the_value(
    example_doc: dict[str, Any], mutate: Callable[[dict[str, Any]], Any], field: str
) -> None:
    bad = mutate(example_doc)
    with pytest.raises(ValidationError) as caught:
        case_from_json(example_doc)
    error = caught.value
    assert error.field == field
    message = str(error)
    assert "\n" not in message and error.problem
    for text in _scalars(bad):
        assert text not in message
    # The same refusal comes through the text path.
    with pytest.raises(ValidationError) as again:
        load_case_json(json.dumps(example_doc))
    assert again.value.field == field


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (b"", "not valid JSON"),
        (b'{"pseudonym": "Brave",}', "not valid JSON"),
        (b"[1, 2, 3]", "must be a JSON object"),
        (b'"Brave"', "must be a JSON object"),
        (b"null", "must be a JSON object"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"pseudonym": "Brave", "profile": {"arrival_year": NaN}}', "number JSON cannot carry"),
        (b'{"pseudonym": 1' + b"0" * 5000 + b"}", "number JSON cannot carry"),
        (b'{"pseudonym": "Brave", "pseudonym": "Kite"}', "same key twice"),
        (b" " * (MAX_DOCUMENT_BYTES + 1), "too large"),
    ],
    ids=lambda p: p[:20] if isinstance(p, bytes) else p,
)
def test_bad_json_text_is_a_validation_error(text: bytes, phrase: str) -> None:
    with pytest.raises(ValidationError, match=phrase):
        load_case_json(text)
    with pytest.raises(ValidationError):  # as text, undecodable bytes became U+FFFD
        load_case_json(text.decode("utf-8", errors="replace"))


def test_json_error_positions_do_not_quote_the_text() -> None:
    with pytest.raises(ValidationError) as caught:
        load_case_json('{"identity": {"legal_name": "Chan Tai-man" "hkid"}}')
    assert "Chan" not in str(caught.value) and "line 1" in str(caught.value)


def test_text_with_a_byte_order_mark_is_accepted(example_bytes: bytes) -> None:
    assert load_case_json(b"\xef\xbb\xbf" + example_bytes).pseudonym == "Brave"
    assert load_case_json("\ufeff" + example_bytes.decode()).pseudonym == "Brave"


def test_non_text_input_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        load_case_json(12345)  # type: ignore[arg-type]
