"""The text of synthetic demo cases: word and sentence banks, and fake identities.

The banks live in resources/demo/banks.json so they can be read and extended as text;
`load_banks` checks their shape once and hands them over typed. Everything in them is
invented, and the identities made here are fake but formatted like real ones: romanised
Cantonese names with Chinese characters, HKIDs with correct check digits, phone numbers
in the 555-01xx range reserved for fiction, e-mails at example.* domains, fictional
streets. English given names that, with a common surname, would name a well-known
person are left out of the bank.

Narrative sentences are (Traditional Chinese, English) pairs so that a Chinese original
and its translation say the same thing. Their slots, filled with `str.format_map`: {P}
pseudonym, {pos}/{Pos}/{obj} pronouns, {city}/{city_zh}, {year} arrival year, {ay} first
rally year, {rally}/{rally_zh} a rally place, {exp}/{exp_zh} an expiry month, {platform}.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any, NamedTuple, TypeVar

from intake_app.cases.dates import PartialDate
from intake_app.cases.hkid import hkid_check_digit
from intake_app.cases.model import Harasser, Identity, TravelDocument
from intake_app.resources import resource_path

Pair = tuple[str, str]
T = TypeVar("T")


class City(NamedTuple):
    name: str
    name_zh: str
    province: str
    weight: int  # roughly where Hong Kong students and expatriates live
    area_codes: tuple[str, ...]
    postal_letter: str  # first letter of the area's postal codes
    police: str  # the local police service's abbreviation, for report numbers
    rally_places: tuple[Pair, ...]  # where rallies happen in this city


class HarasserType(NamedTuple):
    label: str
    description: str
    kinds: tuple[str, ...]  # incident_kinds keys
    online: bool  # online ones get handles, the others sometimes vehicle plates


class Scenario(NamedTuple):
    """A passport situation: the documents a person holds and what the account says."""

    weight: int
    statuses: frozenset[str]  # statuses in Canada it applies to; empty for all
    said: str  # the name of a sentence bank, or ""
    documents: tuple[Callable[[], TravelDocument], ...]  # each makes one, without expiry


@dataclass(frozen=True, slots=True)
class Banks:
    """resources/demo/banks.json, checked and typed."""

    words: dict[str, tuple[str, ...]]  # pseudonyms, streets, tags, platforms, notes...
    surnames: tuple[Pair, ...]  # (romanised, Chinese); repeats weight the common ones
    given_syllables: tuple[Pair, ...]
    english_names: dict[str, tuple[str, ...]]  # by gender: man, woman, "" (either)
    cities: tuple[City, ...]
    weights: dict[str, dict[str, int]]  # vocabulary name -> key -> weight
    status_groups: dict[str, str]  # status in Canada -> background group
    arrival_years: dict[str, tuple[int, int]]  # background group -> first, last year
    expiry_days: dict[str, tuple[int, int]]  # document status -> days from today
    consent_percent: dict[str, int]  # purpose -> how often it is in the ledger
    document_scenarios: tuple[Scenario, ...]
    background: dict[str, tuple[Pair, ...]]  # by background group
    sentences: dict[str, tuple[Pair, ...]]  # activism, harassment, closing, passport_*...
    incidents: dict[str, tuple[str, ...]]  # by incident kind
    perpetrators: dict[str, tuple[str, ...]]  # by incident kind
    harassers: tuple[HarasserType, ...]
    referrals: dict[str, tuple[str, ...]]  # by need kind
    document_notes: dict[str, tuple[str, ...]]  # by document status
    pending_applications: dict[str, tuple[str, ...]]  # by status in Canada


def _fail(where: str, what: str) -> ValueError:
    # A broken bank file is a packaging bug: fail loudly at load time, not mid-generation.
    return ValueError(f"resources/demo/banks.json: {where} must be {what}")


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _fail(where, "a non-empty list of texts")
    return tuple(value)


def _pair(value: Any, where: str) -> Pair:
    texts = _texts(value, where)
    if len(texts) != 2:
        raise _fail(where, "a [Chinese, English] pair")
    return texts[0], texts[1]


def _pairs(value: Any, where: str) -> tuple[Pair, ...]:
    if not isinstance(value, list) or not value:
        raise _fail(where, "a list of [Chinese, English] pairs")
    return tuple(_pair(item, where) for item in value)


def _pair_map(value: Any, where: str) -> dict[str, tuple[Pair, ...]]:
    return {k: _pairs(v, f"{where}.{k}") for k, v in _mapping(value, where).items()}


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or not value:
        raise _fail(where, "a non-empty object")
    return value


def _text_map(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    return {k: _texts(v, f"{where}.{k}") for k, v in _mapping(value, where).items()}


def _int(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _fail(where, "a whole number")
    return value


def _weights(value: Any, where: str) -> dict[str, int]:
    return {k: _int(v, f"{where}.{k}") for k, v in _mapping(value, where).items()}


def _city(value: Any, places: dict[str, Any]) -> City:
    c = _mapping(value, "cities[]")
    extra = tuple(_pair(places.get(p), f"rally_places.{p}") for p in c.get("rally_places", []))
    anywhere = _pairs(places.get("anywhere"), "rally_places.anywhere")
    text = {k: c.get(k) for k in ("name", "zh", "province", "postal", "police")}
    if not all(isinstance(v, str) and v for v in text.values()):
        raise _fail("cities[]", "objects with name, zh, province, postal and police")
    name, zh, province, postal, police = (str(v) for v in text.values())
    codes = _texts(c.get("area_codes"), "cities[].area_codes")
    return City(
        name, zh, province, _int(c.get("weight"), "weight"), codes, postal, police, anywhere + extra
    )


_DOCUMENT_FLAGS = ("renewal_postponed", "fear_of_arrest", "travel_document_needed")
_DOCUMENT_KEYS = {"kind", "status", "notes", *_DOCUMENT_FLAGS}


def _document(value: Any) -> Callable[[], TravelDocument]:
    d = _mapping(value, "document_scenarios[].documents[]")
    _pair([d.get("kind"), d.get("status")], "a document's kind and status")
    flags_ok = all(isinstance(d.get(f, False), bool) for f in _DOCUMENT_FLAGS)
    if not flags_ok or not isinstance(d.get("notes", ""), str) or not d.keys() <= _DOCUMENT_KEYS:
        raise _fail("document_scenarios[].documents[]", "objects with kind, status and flags")
    # A maker rather than one shared object: every case needs its own, mutable, record.
    return partial(TravelDocument, **d)


def _scenario(value: Any) -> Scenario:
    s = _mapping(value, "document_scenarios[]")
    docs = tuple(_document(d) for d in s.get("documents", []))
    statuses = frozenset(_texts(s["for"], "for")) if "for" in s else frozenset()
    said = s.get("said", "")
    if not docs or not isinstance(said, str):
        raise _fail("document_scenarios[]", "objects with documents and an optional said")
    return Scenario(_int(s.get("weight"), "weight"), statuses, said, docs)


def _harasser(value: Any) -> HarasserType:
    h = _mapping(value, "harassers[]")
    label, description = _pair([h.get("label"), h.get("description")], "harassers[]")
    if not isinstance(h.get("online"), bool):
        raise _fail("harassers[].online", "true or false")
    return HarasserType(label, description, _texts(h.get("kinds"), "kinds"), h["online"])


def _ranges(value: Any, where: str) -> dict[str, tuple[int, int]]:
    ranges = {}
    for key, pair in _mapping(value, where).items():
        if not isinstance(pair, list) or len(pair) != 2:
            raise _fail(f"{where}.{key}", "a [first, last] pair of numbers")
        ranges[key] = (_int(pair[0], where), _int(pair[1], where))
    return ranges


@cache
def load_banks() -> Banks:
    """Read resources/demo/banks.json once; ValueError when its shape is wrong."""
    raw = json.loads(resource_path("demo", "banks.json").read_text(encoding="utf-8"))
    data = _mapping(raw, "the file")
    places = _mapping(data.get("rally_places"), "rally_places")
    english = _text_map(data.get("english_names"), "english_names")
    weights = _mapping(data.get("weights"), "weights")
    return Banks(
        words=_text_map(data.get("words"), "words"),
        surnames=_pairs(data.get("surnames"), "surnames"),
        given_syllables=_pairs(data.get("given_syllables"), "given_syllables"),
        english_names=english | {"": english["man"] + english["woman"]},
        cities=tuple(_city(c, places) for c in data.get("cities", [])),
        weights={name: _weights(table, f"weights.{name}") for name, table in weights.items()},
        status_groups={k: str(v) for k, v in _mapping(data.get("status_groups"), "groups").items()},
        arrival_years=_ranges(data.get("arrival_years"), "arrival_years"),
        expiry_days=_ranges(data.get("expiry_days"), "expiry_days"),
        consent_percent=_weights(data.get("consent_percent"), "consent_percent"),
        document_scenarios=tuple(_scenario(s) for s in data.get("document_scenarios", [])),
        background=_pair_map(data.get("background"), "background"),
        sentences=_pair_map(data.get("sentences"), "sentences"),
        incidents=_text_map(data.get("incidents"), "incidents"),
        perpetrators=_text_map(data.get("perpetrators"), "perpetrators"),
        harassers=tuple(_harasser(h) for h in data.get("harassers", [])),
        referrals=_text_map(data.get("referrals"), "referrals"),
        document_notes=_text_map(data.get("document_notes"), "document_notes"),
        pending_applications=_text_map(data.get("pending_applications"), "pending_applications"),
    )


# ---- fake identifiers ---------------------------------------------------------------

# Single letters are the common HKID prefixes; two-letter ones are rarer.
_HKID_PREFIXES = tuple("ABCDEGHKMPRVYZ") * 3 + tuple("KPRY") * 3 + ("XA", "WX", "XB", "XD")
_POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"  # D, F, I, O, Q and U never appear in postal codes
_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
_NAME_ORDERS = ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0))


class Dice:
    """Quick random picks from a seeded `random.Random`.

    `Random.choice` and `randrange` reject-sample in Python; scaling one `random()` float
    is uniform to about 2**-40 for the small ranges used here and several times faster,
    which matters at 100,000 cases.
    """

    __slots__ = ("getrandbits", "random", "rng")

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.random = self.rng.random
        self.getrandbits = self.rng.getrandbits

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def some(self, seq: Sequence[T], count: int) -> list[T]:
        """`count` (1 or 2) different items of `seq`; much cheaper than `Random.sample`."""
        first = int(self.random() * len(seq))
        if count == 1:
            return [seq[first]]
        second = int(self.random() * (len(seq) - 1))
        return [seq[first], seq[second + (second >= first)]]

    def below(self, n: int) -> int:
        """0 <= result < n."""
        return int(self.random() * n)

    def between(self, low: int, high: int) -> int:
        """low <= result <= high."""
        return low + int(self.random() * (high - low + 1))

    def digits(self, count: int) -> str:
        return f"{int(self.random() * 10**count):0{count}d}"

    def uuid(self) -> str:
        """A random (version 4) UUID as text, like `str(uuid.UUID(int=..., version=4))`."""
        # Formatting by hand is about three times faster than building a uuid.UUID.
        n = (self.getrandbits(128) & _UUID_CLEAR) | _UUID_SET
        h = f"{n:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_UUID_CLEAR = ~(0xF000 << 64 | 0xC000 << 48)  # version and variant bits
_UUID_SET = 0x4000 << 64 | 0x8000 << 48  # version 4, RFC 4122 variant


def luhn(payload: str) -> str:
    """`payload` with its Luhn check digit appended (Canadian SINs carry one)."""
    total = 0
    for i, char in enumerate(reversed(payload)):
        digit = int(char) * (2 if i % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return payload + str(-total % 10)


def plate(dice: Dice, province: str) -> str:
    """A vehicle plate in the style of the province (ON `CBKR 482`, BC `RK5 72T`)."""
    a, b, c, d = (dice.pick(_PLATE_LETTERS) for _ in range(4))
    if province == "ON":
        return f"{a}{b}{c}{d} {dice.digits(3)}"
    if province == "BC":
        return f"{a}{b}{dice.below(10)} {dice.digits(2)}{c}"
    return f"{a}{b}{c}-{dice.digits(4)}"


def hkid(dice: Dice) -> str:
    """An HKID with a correct check digit, mostly written `A123456(3)`."""
    prefix, body = dice.pick(_HKID_PREFIXES), dice.digits(6)
    check = hkid_check_digit(prefix, body)
    form = dice.random()
    if form < 0.1:
        return f"{prefix}{body}{check}"
    return f"{prefix}{body} {check}" if form < 0.14 else f"{prefix}{body}({check})"


def _document_number(dice: Dice, kind: str) -> str:
    if kind == "hksar_passport":
        return f"K{dice.digits(8)}"
    if kind == "bno_passport":
        return dice.digits(9) if dice.random() < 0.4 else f"H{dice.digits(7)}"
    if kind == "prc_passport":
        return f"E{dice.digits(8)}"
    if kind == "home_return_permit":
        return f"H{dice.digits(8)}"
    if kind == "canadian_passport":
        return f"{dice.pick('ACGHP')}{dice.pick('BEKLM')}{dice.digits(6)}"
    return ""  # Canadian refugee documents and the like: numbers not recorded


def fake_identity(
    dice: Dice,
    banks: Banks,
    city: City,
    born: PartialDate,
    documents: list[TravelDocument],
    pseudonym: str,
    gender: str,
) -> Identity:
    """Fake identifying details, in the varied forms caseworkers type them."""
    pick, chance, digits = dice.pick, dice.random, dice.digits
    surname, surname_zh = pick(banks.surnames)
    first, first_zh = pick(banks.given_syllables)
    second, second_zh = pick(banks.given_syllables)
    hyphenated = f"{first}-{second.lower()}"
    forms = [f"{surname} {hyphenated}", f"{surname.upper()} {first} {second}"]
    forms.append(f"{hyphenated} {surname}")
    forms = [forms[i] for i in pick(_NAME_ORDERS)]
    english_names = banks.english_names.get(gender) or banks.english_names[""]
    english = pick(english_names) if chance() < 0.35 else ""
    if english:  # on documents as "CHAN Tai Man Jason"; to friends "Jason Chan"
        long_form = f"{surname.upper()} {first} {second} {english}"
        forms[0:0] = [
            pick((f"{english} {surname} {hyphenated}", long_form)),
            f"{english} {surname}",
        ]
    identity = Identity(legal_name=forms[0], other_names=forms[1 : dice.between(2, 3)])
    if chance() < 0.92:
        identity.chinese_name = surname_zh + first_zh + second_zh
    identity.date_of_birth = born

    area = pick(city.area_codes)
    number = f"555-01{digits(2)}"  # 555-0100 to 555-0199 are reserved for fiction
    identity.phones.append(f"+1 {area}-{number}" if chance() < 0.8 else f"({area}) {number}")
    if chance() < 0.35:
        identity.phones.append(f"+852 {pick('5679')}{digits(3)} {digits(4)}")
    local = pick((f"{first}{second}.{surname}", f"{english or first}.{surname}"))
    local += pick(("", digits(2), ".hk"))
    if chance() < 0.1:
        local = f"{pseudonym}{digits(3)}"
    identity.emails.append(f"{local.lower()}@{pick(banks.words['email_domains'])}")
    if chance() < 0.1:
        identity.emails.append(f"{surname}.{first}{digits(3)}@example.org".lower())
    for _ in range(2 if chance() < 0.1 else 1):
        unit = f"{dice.between(1, 30)}{digits(2)}-" if chance() < 0.4 else ""
        letters = _POSTAL_LETTERS
        postal = f"{city.postal_letter}{digits(1)}{pick(letters)} {digits(1)}{pick(letters)}"
        street = f"{unit}{dice.between(1, 9999)} {pick(banks.words['streets'])}"
        identity.addresses.append(f"{street}, {city.name}, {city.province} {postal}{digits(1)}")

    if chance() < 0.92:
        identity.hkid = hkid(dice)
    for doc in documents:
        number = _document_number(dice, doc.kind) if doc.status != "none" else ""
        if number:
            identity.passport_numbers.append(number)
    if chance() < 0.85:  # IRCC client IDs have 8 or 10 digits
        identity.uci = f"{digits(2)}-{digits(4)}-" if chance() < 0.5 else f"{digits(4)}-"
        identity.uci += digits(4)
    if chance() < 0.25:
        sin = luhn("9" + digits(7))  # temporary residents' SINs start with 9
        identity.other_ids.append(f"SIN {sin[:3]} {sin[3:6]} {sin[6:]}")
    if chance() < 0.2:
        identity.other_ids.append(f"Instagram @{first.lower()}{second.lower()}_{digits(2)}")
    return identity


def fake_harasser(dice: Dice, banks: Banks, city: City, number: int) -> Harasser:
    """A new harasser record; `number` tells apart people who fit the same description."""
    kind = dice.pick(banks.harassers)
    stems = banks.words["handle_stems"]
    harasser = Harasser(id=dice.uuid(), description=kind.description, kinds=list(kind.kinds))
    if kind.online:
        harasser.label = f"{kind.label} #{number}"
        harasser.handles.append(f"@{dice.pick(stems)}{dice.between(10, 99)}")
        if dice.random() < 0.4:  # a WeChat ID as well
            harasser.handles.append(f"{dice.pick(stems)}_{dice.digits(4)}")
        if "pressure_on_family" in kind.kinds:
            phone = f"+86 1{dice.between(30, 89)} {dice.digits(4)} {dice.digits(4)}"
            harasser.other_identifiers.append(phone)
    else:
        harasser.label = f"{kind.label}, {city.name} #{number}"
        if dice.random() < 0.5:
            harasser.plates.append(plate(dice, city.province))
    return harasser
