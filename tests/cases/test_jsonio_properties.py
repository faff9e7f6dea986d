"""Property tests: junk never escapes as anything but ValidationError; valid cases round-trip."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.cases.dates import PartialDate
from intake_app.cases.jsonio import case_from_json, case_to_json, dump_case_json, load_case_json
from intake_app.cases.model import (
    Account,
    Case,
    Consent,
    ConsentEntry,
    Harasser,
    Identity,
    Incident,
    InterviewSession,
    Need,
    Profile,
    StatusInCanada,
    TravelDocument,
)
from intake_app.cases.vocab import load_vocabulary
from intake_app.errors import ValidationError

EXAMPLE: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "case-example.json").read_text("utf-8")
)
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- junk -------------------------------------------------------------------------------

FIELD_NAMES = sorted(
    {"pseudonym", "narrative", "identity", "incidents", "type", "kind", "date", "passport"}
    | {"document", "status", "expiry", "status_in_canada", "needs", "consent", "record"}
    | {"share", "entries", "purpose", "given", "harassers", "harasser_ids", "id", "account"}
    | {"original", "profile", "arrival_year", "sessions", "documents", "created", "legal_name"}
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=1800, max_value=2300)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["", "2024", "2024-06", "2024-02-30", "stalking", "legal-referral", "h1"])
)
keys = st.sampled_from(FIELD_NAMES) | st.text(max_size=8)
junk = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=16,
)


def _outcome(document: object) -> None:
    """Only a Case or a ValidationError may come out; an accepted case must round-trip."""
    try:
        case = case_from_json(document)
    except ValidationError as error:
        assert "\n" not in str(error)
        return
    assert case_from_json(case_to_json(case)) == case


@FAST
@given(junk)
def test_arbitrary_junk_is_refused_or_accepted_never_crashes(document: object) -> None:
    _outcome(document)


@FAST
@given(st.dictionaries(keys, junk, max_size=6))
def test_junk_objects_with_real_field_names_never_crash(document: dict[str, Any]) -> None:
    _outcome(document)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a document, as a tuple of keys and indexes."""
    if isinstance(node, dict):
        items: list[tuple[Any, Any]] = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return []
    found: list[tuple[Any, ...]] = []
    for key, child in items:
        found.append((*prefix, key))
        found.extend(_paths(child, (*prefix, key)))
    return found


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """`base` with one to three places deleted or replaced by junk of any type."""
    document = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(document)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent: Any = document
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(junk)
    return document


@FAST
@given(mutated(EXAMPLE))
def test_mutations_of_the_example_never_crash(document: dict[str, Any]) -> None:
    _outcome(document)
    with contextlib.suppress(ValidationError):
        load_case_json(json.dumps(document))


SENTINEL = "§Wong Siu-ming 黃小明§"
SECRETS = (SENTINEL, "987654321", "Chan Tai-man", "陳大文", "A123456(3)", "K12345678", "416-839")
planted = st.sampled_from(
    [SENTINEL, 987654321, -987654321, [SENTINEL], {"x": SENTINEL}, {SENTINEL: 1}, SENTINEL * 40]
)


@FAST
@given(st.data())
def test_error_messages_never_repeat_submitted_values(data: st.DataObject) -> None:
    document = copy.deepcopy(EXAMPLE)
    path = data.draw(st.sampled_from(_paths(document)))
    parent: Any = document
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        parent[SENTINEL] = data.draw(planted)  # identity data where a field name belongs
    else:
        parent[path[-1]] = data.draw(planted)
    try:
        case_from_json(document)
    except ValidationError as error:
        message = str(error)
        assert not [secret for secret in SECRETS if secret in message], message


@FAST
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    with contextlib.suppress(ValidationError):
        load_case_json(data)


@FAST
@given(junk)
def test_junk_as_json_text_never_crashes(document: object) -> None:
    # Python writes NaN and Infinity into the text; the loader must refuse them cleanly.
    with contextlib.suppress(ValidationError):
        load_case_json(json.dumps(document))


# --- valid cases --------------------------------------------------------------------------

visible = st.characters(blacklist_categories=("Cs", "Cc"))
short = st.text(visible, max_size=8)
long = st.text(visible | st.sampled_from("\n\t\r"), max_size=20)
texts = st.lists(short, max_size=3)
ids = st.uuids().map(str)
language = st.sampled_from(["en", "fr", "yue", "zh-Hant", "zh-Hant-HK", "cmn-Hans", "fil"])


def key(name: str, *, empty: bool = False) -> st.SearchStrategy[str]:
    return st.sampled_from(([""] if empty else []) + list(load_vocabulary(name).keys))


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    return PartialDate(day.year, day.month, day.day if precision == "day" else None)


dates = st.none() | partial_dates()
times = st.datetimes(timezones=st.just(dt.UTC))


@st.composite
def cases(draw: st.DrawFn) -> Case:
    harassers = draw(
        st.lists(
            st.builds(
                Harasser,
                id=ids,
                label=short,
                description=long,
                kinds=st.lists(key("incident_kinds"), max_size=2),
                handles=texts,
                plates=texts,
                other_identifiers=texts,
            ),
            max_size=2,
            unique_by=lambda h: h.id,
        )
    )
    linkable = [h.id for h in harassers]
    harasser_ids = st.sampled_from(linkable) | ids if linkable else ids
    incident = st.builds(
        Incident,
        id=ids,
        date=dates,
        kind=key("incident_kinds", empty=True),
        location=short,
        description=long,
        perpetrator=long,
        harasser_ids=st.lists(harasser_ids, max_size=2, unique=True),
        reported_to_police=st.none() | st.booleans(),
        police_reference=short,
    )
    return Case(
        id=draw(ids),
        code=draw(short),
        pseudonym=draw(short.filter(str.strip)),
        status=draw(key("case_statuses")),
        tags=draw(texts),
        created=draw(times),
        updated=draw(times),
        profile=draw(
            st.builds(
                Profile,
                age_band=key("age_bands", empty=True),
                gender=short,
                arrival_year=st.none() | st.integers(1900, 2100),
                city=short,
                province=key("provinces", empty=True),
                languages=st.lists(language, max_size=2),
            )
        ),
        identity=draw(
            st.builds(
                Identity,
                legal_name=short,
                chinese_name=short,
                other_names=texts,
                date_of_birth=dates,
                phones=texts,
                emails=texts,
                addresses=texts,
                hkid=short,
                passport_numbers=texts,
                uci=short,
                other_ids=texts,
                notes=long,
            )
        ),
        status_in_canada=draw(
            st.builds(
                StatusInCanada,
                status=key("statuses_in_canada", empty=True),
                since=dates,
                pending_application=short,
                notes=long,
            )
        ),
        incidents=draw(st.lists(incident, max_size=3, unique_by=lambda i: i.id)),
        documents=draw(
            st.lists(
                st.builds(
                    TravelDocument,
                    kind=key("document_kinds", empty=True),
                    status=key("document_statuses", empty=True),
                    expiry=dates,
                    renewal_postponed=st.booleans(),
                    fear_of_arrest=st.booleans(),
                    travel_document_needed=st.booleans(),
                    notes=long,
                ),
                max_size=2,
            )
        ),
        needs=draw(
            st.lists(
                st.builds(
                    Need,
                    kind=key("needs"),
                    status=key("need_statuses"),
                    referral_to=short,
                    referral_date=dates,
                    notes=long,
                ),
                max_size=3,
            )
        ),
        consent=draw(
            st.builds(
                Consent,
                entries=st.lists(
                    st.builds(
                        ConsentEntry,
                        purpose=key("consent_purposes"),
                        given=partial_dates(),
                        expires=dates,
                        withdrawn=dates,
                        notes=long,
                    ),
                    max_size=3,
                ),
                retention_until=dates,
            )
        ),
        sessions=draw(
            st.lists(
                st.builds(
                    InterviewSession,
                    id=ids,
                    date=dates,
                    location=short,
                    interviewer=short,
                    language=short,
                    interpreter=st.booleans(),
                    duration_minutes=st.none() | st.integers(0, 1440),
                    notes=long,
                ),
                max_size=2,
                unique_by=lambda s: s.id,
            )
        ),
        account=draw(
            st.builds(
                Account,
                original=long,
                original_language=st.just("") | language,
                translation_en=long,
                translated_by=short,
                translated_at=dates,
            )
        ),
        harassers=harassers,
    )


# Building a whole case costs ~10 ms of Hypothesis time; 100 of them keep the file quick.
@settings(FAST, max_examples=100)
@given(cases())
def test_valid_cases_survive_a_round_trip(case: Case) -> None:
    assert case_from_json(case_to_json(case)) == case
    assert load_case_json(dump_case_json(case).encode("utf-8")) == case
    # Without identity everything else still survives.
    back = case_from_json(case_to_json(case, include_identity=False))
    assert back.identity == Identity() and back.harassers == []
    back.identity, back.harassers = case.identity, case.harassers
    assert back == case
