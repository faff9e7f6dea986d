"""Case documents as JSON: read (canonical form and shorthands) and write (canonical form).

Reading accepts what `cases add` is given: the canonical form written by `case_to_json`,
and the shorthands of the smallest document (case-example.json): `narrative` for `account`,
`type` for an incident's `kind`, one `passport` for `documents`, `status_in_canada` and
`needs` items as plain keys, and `consent` as `{record, share, date}`. Every problem is a
`ValidationError` naming the field; nothing else escapes, whatever the input.

Writing gives one canonical form: every field present in model order, absent values as
null, partial dates as `YYYY[-MM[-DD]]`, times as UTC with seconds (`...T09:30:00Z`), so
`case_from_json(case_to_json(c)) == c` for every valid case. One table of fields per model
class (below) drives both directions, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from typing import Any

from intake_app.cases import validate as v
from intake_app.cases.dates import PartialDate
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
    new_id,
    utc_now,
)
from intake_app.cases.validate import Check, Field, Shape
from intake_app.errors import ValidationError

FORMAT_VERSION = 1

# A harasser written by hand may carry a short local reference instead of a UUID, so that
# incidents in the same document can point at it; it is replaced by a fresh UUID.
_LOCAL_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_SHARE_PURPOSES = ("legal_referral", "program_referral", "statistics", "sharing_within_org")


def _utc(moment: dt.datetime) -> dt.datetime:
    # Naive datetimes are taken to be UTC, the only zone the model uses.
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def time_text(moment: dt.datetime) -> str:
    return _utc(moment).replace(tzinfo=None).isoformat() + "Z"


def _date_text(date: PartialDate | None) -> str | None:
    return None if date is None else str(date)


def _text(max_len: int = v.SHORT_TEXT) -> Field:
    return Field(lambda value, path: v.check_text(value, path, max_len))


def _vocab(name: str, *, allow_empty: bool = False, required: bool = False) -> Field:
    return Field(
        lambda value, path: v.check_vocab(value, path, name, allow_empty=allow_empty),
        required=required,
    )


def _int(low: int, high: int) -> Field:
    return Field(lambda value, path: v.check_int(value, path, low, high), nullable=True)


def _list(check: Check[Any], max_items: int, dump: Any = list) -> Field:
    return Field(lambda value, path: v.check_each(value, path, max_items, check), dump=dump)


def _record(cls: Any, shape: Shape) -> Check[Any]:
    return lambda value, path: cls(**shape.read(value, path))


def _records(cls: Any, shape: Shape, max_items: int = v.MAX_RECORDS) -> Field:
    return _list(_record(cls, shape), max_items, lambda items: [shape.dump(i) for i in items])


def _share_purpose(value: object, path: str) -> str:
    if isinstance(value, str) and value.replace("-", "_") in _SHARE_PURPOSES:
        return value.replace("-", "_")
    raise ValidationError(
        path, "must be one of legal-referral, program-referral, statistics, sharing-within-org"
    )


SHORT = _text()
LONG = _text(v.LONG_TEXT)
TEXTS = Field(v.text_list, dump=list)
BOOL = Field(v.check_bool)
DATE = Field(v.check_date, dump=_date_text, nullable=True)
UUID = Field(v.check_uuid)

IDENTITY = Shape(
    {
        "legal_name": SHORT,
        "chinese_name": SHORT,
        "other_names": TEXTS,
        "date_of_birth": DATE,
        "phones": TEXTS,
        "emails": TEXTS,
        "addresses": TEXTS,
        "hkid": SHORT,
        "passport_numbers": TEXTS,
        "uci": SHORT,
        "other_ids": TEXTS,
        "notes": LONG,
    }
)
PROFILE = Shape(
    {
        "age_band": _vocab("age_bands", allow_empty=True),
        "gender": SHORT,
        "arrival_year": _int(1900, 2100),
        "city": SHORT,
        "province": _vocab("provinces", allow_empty=True),
        "languages": _list(v.check_language, 20),
    }
)
STATUS_IN_CANADA = Shape(
    {
        "status": _vocab("statuses_in_canada", allow_empty=True),
        "since": DATE,
        "pending_application": SHORT,
        "notes": LONG,
    }
)
HARASSER = Shape(
    {
        # A UUID or a local reference; _link_harassers turns references into UUIDs.
        "id": Field(lambda value, path: _harasser_ref(value, path)),
        "label": SHORT,
        "description": LONG,
        "kinds": _list(_vocab("incident_kinds").check, 20),
        "handles": TEXTS,
        "plates": TEXTS,
        "other_identifiers": TEXTS,
    }
)
INCIDENT = Shape(
    {
        "id": UUID,
        "date": DATE,
        "kind": _vocab("incident_kinds", allow_empty=True),
        "location": SHORT,
        "description": LONG,
        "perpetrator": LONG,
        "harasser_ids": TEXTS,  # resolved by _link_harassers
        "reported_to_police": Field(v.check_bool, nullable=True),
        "police_reference": SHORT,
    },
    aliases={"type": "kind"},
)
DOCUMENT = Shape(
    {
        "kind": _vocab("document_kinds", allow_empty=True),
        "status": _vocab("document_statuses", allow_empty=True),
        "expiry": DATE,
        "renewal_postponed": BOOL,
        "fear_of_arrest": BOOL,
        "travel_document_needed": BOOL,
        "notes": LONG,
    },
    aliases={"document": "kind"},
)
NEED = Shape(
    {
        "kind": _vocab("needs", required=True),
        "status": _vocab("need_statuses"),
        "referral_to": SHORT,
        "referral_date": DATE,
        "notes": LONG,
    }
)
CONSENT_ENTRY = Shape(
    {
        "purpose": _vocab("consent_purposes", required=True),
        "given": Field(v.check_date, dump=str, required=True),
        "expires": DATE,
        "withdrawn": DATE,
        "notes": LONG,
    }
)
CONSENT = Shape({"entries": _records(ConsentEntry, CONSENT_ENTRY), "retention_until": DATE})
SHORT_CONSENT = Shape(
    {
        "record": BOOL,
        "share": _list(_share_purpose, 10),
        "date": DATE,
        "expires": DATE,
        "retention_until": DATE,
    }
)
SESSION = Shape(
    {
        "id": UUID,
        "date": DATE,
        "location": SHORT,
        "interviewer": SHORT,
        "language": SHORT,
        "interpreter": BOOL,
        "duration_minutes": _int(0, 1440),
        "notes": LONG,
    }
)
ACCOUNT = Shape(
    {
        "original": _text(v.ACCOUNT_TEXT),
        "original_language": Field(
            lambda value, path: v.check_language(value, path, allow_empty=True)
        ),
        "translation_en": _text(v.ACCOUNT_TEXT),
        "translated_by": SHORT,
        "translated_at": DATE,
    }
)


def _harasser_ref(value: object, path: str) -> str:
    if isinstance(value, str) and (v.is_uuid(value) or _LOCAL_REF.fullmatch(value)):
        return value
    raise ValidationError(path, "must be a UUID or a short reference of letters and digits")


def _status_in_canada(value: object, path: str) -> StatusInCanada:
    if isinstance(value, str):  # shorthand: just the status key
        return StatusInCanada(status=STATUS_IN_CANADA.fields["status"].check(value, path))
    if not isinstance(value, dict):
        raise ValidationError(path, "must be a status key or an object")
    return StatusInCanada(**STATUS_IN_CANADA.read(value, path))


def _need(value: object, path: str) -> Need:
    if isinstance(value, str):  # shorthand: an open need of that kind
        return Need(kind=NEED.fields["kind"].check(value, path))
    if not isinstance(value, dict):
        raise ValidationError(path, "must be a kind of need or an object")
    return Need(**NEED.read(value, path))


def _account(value: object, path: str) -> Account:
    if isinstance(value, str):  # shorthand: the account as told, in English
        return Account(original=ACCOUNT.fields["original"].check(value, path))
    if not isinstance(value, dict):
        raise ValidationError(path, "must be the account text or an object")
    return Account(**ACCOUNT.read(value, path))


def _consent(value: object, path: str) -> Consent:
    if not isinstance(value, dict):
        raise ValidationError(path, "must be an object")
    if "entries" in value or not value.keys() & {"record", "share", "date", "expires"}:
        return Consent(**CONSENT.read(value, path))
    # Short form: one ledger entry per purpose, all given on `date`.
    short = SHORT_CONSENT.read(value, path)
    purposes = ["recording"] if short.get("record") else []
    purposes += [p for p in dict.fromkeys(short.get("share", [])) if p not in purposes]
    given = short.get("date")
    if purposes and given is None:
        raise ValidationError(v.join(path, "date"), "is required when consent is given")
    expires = short.get("expires")
    entries = [ConsentEntry(p, given, expires) for p in purposes if given is not None]
    return Consent(entries, short.get("retention_until"))


CASE = Shape(
    {
        "id": UUID,
        "code": SHORT,
        "pseudonym": Field(v.check_required_text, required=True),
        "status": _vocab("case_statuses"),
        "tags": TEXTS,
        "created": Field(v.check_datetime, dump=time_text),
        "updated": Field(v.check_datetime, dump=time_text),
        "profile": Field(_record(Profile, PROFILE), dump=PROFILE.dump),
        "identity": Field(_record(Identity, IDENTITY), dump=IDENTITY.dump),
        "status_in_canada": Field(_status_in_canada, dump=STATUS_IN_CANADA.dump),
        "incidents": _records(Incident, INCIDENT),
        "documents": _records(TravelDocument, DOCUMENT),
        "needs": _list(_need, v.MAX_RECORDS, lambda items: [NEED.dump(i) for i in items]),
        "consent": Field(_consent, dump=CONSENT.dump),
        "sessions": _records(InterviewSession, SESSION),
        "account": Field(_account, dump=ACCOUNT.dump),
        "harassers": _records(Harasser, HARASSER),
    },
    aliases={"narrative": "account"},
    extra=("format_version", "passport"),
)


def _unique_ids(items: Sequence[Incident | InterviewSession], key: str) -> None:
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.id in seen:
            raise ValidationError(f"{key}[{i}].id", f"repeats the id of {key}[{seen[item.id]}]")
        seen[item.id] = i


def _link_harassers(harassers: list[Harasser], incidents: list[Incident]) -> None:
    """Give local harasser references UUIDs and point incidents' harasser_ids at them."""
    by_ref: dict[str, str] = {}
    first: dict[str, int] = {}
    for i, harasser in enumerate(harassers):
        ref = harasser.id
        if v.is_uuid(ref):
            harasser.id = ref = ref.lower()
        else:
            harasser.id = new_id()
        if ref in first:
            raise ValidationError(
                f"harassers[{i}].id", f"repeats the id of harassers[{first[ref]}]"
            )
        first[ref] = i
        by_ref[ref] = harasser.id
    for n, incident in enumerate(incidents):
        linked: list[str] = []
        for j, ref in enumerate(incident.harasser_ids):
            path = f"incidents[{n}].harasser_ids[{j}]"
            key = ref.lower() if v.is_uuid(ref) else ref
            if key in by_ref:
                key = by_ref[key]
            elif not v.is_uuid(ref):
                # Only a UUID can name a harasser the store already knows from another case.
                raise ValidationError(path, "names no harasser in this document and is not a UUID")
            if key in linked:
                raise ValidationError(path, "names the same harasser twice")
            linked.append(key)
        incident.harasser_ids = linked


def case_from_json(obj: object, *, now: dt.datetime | None = None) -> Case:
    """Build a `Case` from a parsed case document; raise `ValidationError` on the first problem.

    Missing optional fields take the model's defaults; a missing `id` gets a new UUID and
    missing `created`/`updated` get `now` (the current UTC time unless given).
    """
    if not isinstance(obj, dict):
        raise ValidationError("", "a case document must be a JSON object")
    values = CASE.read(obj, "")
    version = obj.get("format_version", FORMAT_VERSION)
    if type(version) is not int or version != FORMAT_VERSION:  # `true == 1` in Python
        raise ValidationError("format_version", f"must be {FORMAT_VERSION}, the only version")
    if "passport" in obj:
        if "documents" in obj:
            raise ValidationError("passport", "cannot be given together with documents")
        values["documents"] = [_record(TravelDocument, DOCUMENT)(obj["passport"], "passport")]
    moment = utc_now() if now is None else _utc(now)
    values.setdefault("created", moment)
    values.setdefault("updated", moment)
    case = Case(**values)
    _unique_ids(case.incidents, "incidents")
    _unique_ids(case.sessions, "sessions")
    _link_harassers(case.harassers, case.incidents)
    return case


def load_case_json(text: str | bytes, *, now: dt.datetime | None = None) -> Case:
    """Parse a case document from JSON text (UTF-8 when bytes) and build the `Case`."""
    return case_from_json(v.parse_json_document(text), now=now)


def case_to_json(case: Case, *, include_identity: bool = True) -> dict[str, Any]:
    """The canonical JSON object for `case`: every field, in model order.

    With `include_identity=False` the identity section and the harassers (whose
    identifiers are as protected as a client's identity) are left out altogether.
    """
    doc = {"format_version": FORMAT_VERSION, **CASE.dump(case)}
    if not include_identity:
        del doc["identity"], doc["harassers"]
    return doc


def dump_case_json(case: Case, include_identity: bool = True) -> str:
    """The canonical form as indented text, Chinese kept readable rather than escaped."""
    return json.dumps(
        case_to_json(case, include_identity=include_identity), ensure_ascii=False, indent=2
    )
