"""The case domain as typed classes (PRODUCT.md §3).

These classes hold data only; validation of vocabulary keys and shapes lives in
`intake_app.cases.validate` and JSON mapping in `intake_app.cases.jsonio`.
Everything that identifies a person sits in `Identity` (and, for people who
harass clients, in `Harasser`): the store keeps those in their own tables and
no export ever includes them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from intake_app.cases.dates import PartialDate

# Consent purposes: one ledger entry each. Export profiles map onto these.
CONSENT_PURPOSES = (
    "recording",
    "legal_referral",
    "program_referral",
    "statistics",
    "sharing_within_org",
)

CASE_STATUSES = ("new", "active", "referred", "closed")
NEED_STATUSES = ("open", "referred", "met", "declined")


def new_id() -> str:
    """A fresh random UUID as text."""
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(slots=True)
class Identity:
    """Identifying details. Never exported, never indexed for search."""

    legal_name: str = ""
    chinese_name: str = ""
    other_names: list[str] = field(default_factory=list)  # English names, aliases, spellings
    date_of_birth: PartialDate | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    hkid: str = ""
    passport_numbers: list[str] = field(default_factory=list)
    uci: str = ""  # IRCC client ID
    other_ids: list[str] = field(default_factory=list)  # SIN, permits, plates, handles
    notes: str = ""

    def is_empty(self) -> bool:
        return self == Identity()


@dataclass(slots=True)
class Profile:
    """The anonymised profile: enough for a reader to understand, never to identify."""

    age_band: str = ""  # vocabulary: age_bands
    gender: str = ""  # free text as the person describes it, may be empty
    arrival_year: int | None = None
    city: str = ""
    province: str = ""  # vocabulary: provinces
    languages: list[str] = field(default_factory=list)  # BCP 47 tags: yue, zh-Hant, en, fr


@dataclass(slots=True)
class StatusInCanada:
    status: str = ""  # vocabulary: statuses_in_canada
    since: PartialDate | None = None
    pending_application: str = ""  # e.g. "permanent residence", "asylum claim"
    notes: str = ""


@dataclass(slots=True)
class Harasser:
    """A person who harasses clients. Identifiers are as protected as a client's identity.

    One harasser record can be linked from incidents in several cases, so a
    caseworker sees when two clients describe the same person.
    """

    id: str = field(default_factory=new_id)
    label: str = ""  # short neutral label, e.g. "man with camera at rallies"
    description: str = ""
    kinds: list[str] = field(default_factory=list)  # vocabulary: incident_kinds
    handles: list[str] = field(default_factory=list)  # social-media handles, WeChat IDs
    plates: list[str] = field(default_factory=list)  # vehicle plates
    other_identifiers: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Incident:
    id: str = field(default_factory=new_id)
    date: PartialDate | None = None
    kind: str = ""  # vocabulary: incident_kinds
    location: str = ""  # a city or "online"; never a home address
    description: str = ""
    perpetrator: str = ""  # "by whom", as described
    harasser_ids: list[str] = field(default_factory=list)
    reported_to_police: bool | None = None
    police_reference: str = ""  # report number; redacted as CASE_NUMBER on export


@dataclass(slots=True)
class TravelDocument:
    """A passport or travel-document concern."""

    kind: str = ""  # vocabulary: document_kinds
    status: str = ""  # vocabulary: document_statuses
    expiry: PartialDate | None = None
    renewal_postponed: bool = False
    fear_of_arrest: bool = False
    travel_document_needed: bool = False
    notes: str = ""

    @property
    def at_risk(self) -> bool:
        """True when the document situation needs attention."""
        return (
            self.status in {"expiring", "expired", "confiscated", "lost_or_stolen"}
            or self.renewal_postponed
            or self.fear_of_arrest
            or self.travel_document_needed
        )


@dataclass(slots=True)
class Need:
    kind: str = ""  # vocabulary: needs
    status: str = "open"  # NEED_STATUSES
    referral_to: str = ""  # an organisation or program, never a person's private details
    referral_date: PartialDate | None = None
    notes: str = ""


@dataclass(slots=True)
class ConsentEntry:
    """One line of the consent ledger: a purpose, when it was given, until when, withdrawn when."""

    purpose: str  # CONSENT_PURPOSES
    given: PartialDate
    expires: PartialDate | None = None
    withdrawn: PartialDate | None = None
    notes: str = ""

    def active_on(self, day: dt.date) -> bool:
        if self.given.earliest() > day:
            return False
        if self.withdrawn is not None and self.withdrawn.earliest() <= day:
            return False
        return self.expires is None or self.expires.latest() >= day


@dataclass(slots=True)
class Consent:
    entries: list[ConsentEntry] = field(default_factory=list)
    retention_until: PartialDate | None = None

    def covers(self, purpose: str, day: dt.date) -> bool:
        """True when an entry for `purpose` is in force on `day`."""
        return any(e.purpose == purpose and e.active_on(day) for e in self.entries)

    def withdrawn_recording(self, day: dt.date) -> bool:
        """True when consent to record was given once and is no longer in force."""
        recorded = [e for e in self.entries if e.purpose == "recording"]
        return bool(recorded) and not any(e.active_on(day) for e in recorded)

    def retention_passed(self, day: dt.date) -> bool:
        return self.retention_until is not None and self.retention_until.latest() < day


@dataclass(slots=True)
class InterviewSession:
    id: str = field(default_factory=new_id)
    date: PartialDate | None = None
    location: str = ""  # kind of place, e.g. "church hall", "café", "phone"
    interviewer: str = ""  # caseworker initials
    language: str = ""
    interpreter: bool = False
    duration_minutes: int | None = None
    notes: str = ""


@dataclass(slots=True)
class Account:
    """The free-text account, in the language it was given, beside an English translation."""

    original: str = ""
    original_language: str = "en"  # BCP 47 tag
    translation_en: str = ""
    translated_by: str = ""
    translated_at: PartialDate | None = None

    @property
    def text_en(self) -> str:
        """The English text: the translation, or the original when it was given in English."""
        return self.translation_en or (self.original if self.original_language == "en" else "")


@dataclass(slots=True)
class Case:
    id: str = field(default_factory=new_id)
    code: str = ""  # human case code, assigned by the store when empty (e.g. HK-2024-00042)
    pseudonym: str = ""
    status: str = "new"  # CASE_STATUSES
    tags: list[str] = field(default_factory=list)
    created: dt.datetime = field(default_factory=utc_now)
    updated: dt.datetime = field(default_factory=utc_now)
    profile: Profile = field(default_factory=Profile)
    identity: Identity = field(default_factory=Identity)
    status_in_canada: StatusInCanada = field(default_factory=StatusInCanada)
    incidents: list[Incident] = field(default_factory=list)
    documents: list[TravelDocument] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    consent: Consent = field(default_factory=Consent)
    sessions: list[InterviewSession] = field(default_factory=list)
    account: Account = field(default_factory=Account)
    harassers: list[Harasser] = field(default_factory=list)  # those linked from incidents

    @property
    def passport_at_risk(self) -> bool:
        return any(d.at_risk for d in self.documents)

    @property
    def open_needs(self) -> list[str]:
        return [n.kind for n in self.needs if n.status == "open"]
