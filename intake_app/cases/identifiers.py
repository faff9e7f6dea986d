"""A small detector of identifiers in free text, for highlighting the account as it is typed.

The case editor marks what should not stay in the account: phone numbers (Hong Kong and
North American), e-mail addresses, HKIDs whose check digit fits, passport-like numbers,
IRCC client IDs (UCI) and, above all, the case's own known identity values with their
usual spelling variants. The redaction engine (issue 4) will replace this detector; until
then it is deliberately small, fast enough to run on every keystroke, and free of Qt.

Kinds are the redaction categories of PRODUCT.md (PHONE, EMAIL, HKID, PASSPORT, UCI,
PERSON, ADDRESS, DOB) plus OTHER_ID for a known identifier with no better category.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from intake_app.cases.hkid import is_valid_hkid
from intake_app.cases.model import Identity

PHONE = "PHONE"
EMAIL = "EMAIL"
HKID = "HKID"
PASSPORT = "PASSPORT"
UCI = "UCI"
PERSON = "PERSON"
ADDRESS = "ADDRESS"
DOB = "DOB"
OTHER_ID = "OTHER_ID"


class IdentifierSpan(NamedTuple):
    """Where an identifier sits in a text: `text[start:end]` is of category `kind`."""

    start: int
    end: int
    kind: str


# No letter or digit may touch a number on either side, so "K23456789" is one passport
# number rather than a letter glued to a Hong Kong phone number.
_NOT_AFTER_ALNUM = r"(?<![A-Za-z0-9])"
_NOT_BEFORE_ALNUM = r"(?![A-Za-z0-9])"
# A phone number is not the tail or head of a longer dashed number ("12-3456-7890").
_PHONE_START = _NOT_AFTER_ALNUM + r"(?<![0-9]-)"
_PHONE_END = _NOT_BEFORE_ALNUM + r"(?!-[0-9])"

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_HKID = re.compile(
    _NOT_AFTER_ALNUM
    + r"([A-Za-z]{1,2})([0-9]{6}) ?(?:\( ?([0-9Aa]) ?\)|([0-9Aa]))"
    + _NOT_BEFORE_ALNUM
)
# Hong Kong numbers have eight digits; those starting with 0, 1 or 4 are not subscriber
# numbers, which keeps most years and amounts ("1997", "10000000") out.
_HK_PHONE = re.compile(
    _PHONE_START + r"(?:\+?\(?852\)?[\s-]?)?[2-9][0-9]{3}[\s-]?[0-9]{4}" + _PHONE_END
)
# NANP: optional +1, an area code and exchange that never start with 0 or 1, four digits.
_NANP_PHONE = re.compile(
    _PHONE_START
    + r"(?:\+?1[\s.-]?)?(?:\([2-9][0-9]{2}\)|[2-9][0-9]{2})[\s.-]?[2-9][0-9]{2}[\s.-]?[0-9]{4}"
    + _PHONE_END
)
_PASSPORT = re.compile(_NOT_AFTER_ALNUM + r"[A-Za-z][0-9]{7,8}" + _NOT_BEFORE_ALNUM)
# IRCC writes client IDs as 0000-0000 or 00-0000-0000; the dashes are what tell them apart
# from other numbers.
_UCI = re.compile(r"(?<![0-9-])(?:[0-9]{4}-[0-9]{4}|[0-9]{2}-[0-9]{4}-[0-9]{4})(?![0-9-])")
# "UCI 9123-4567" is a client ID even though it also looks like a Hong Kong phone number.
_UCI_CUE = re.compile(r"(?:\bUCI\b|client\s+(?:ID|number)|IRCC)[^\n]{0,25}$", re.IGNORECASE)

# Separators a person may type inside a name ("Tai-man", "Tai man", "Taiman").
_NAME_SEPARATORS = r"[\s\-\u2010\u2011.]*"
_NAME_SPLIT = re.compile(r"[\s\-\u2010\u2011._,]+")
# Separators inside numbers and codes: spaces, dashes, dots and brackets.
_NUMBER_SEPARATORS = r"[\s\-.()]*"

# Lower numbers win when two candidates overlap: a known value beats any pattern, and a
# specific pattern beats a loose one.
_KNOWN, _EMAIL_RANK, _HKID_RANK, _CUED_UCI, _PHONE_RANK, _PASSPORT_RANK, _UCI_RANK = range(7)


_YEAR_PAIR = re.compile(r"(?:19|20)[0-9]{2}[\s-]+(?:19|20)[0-9]{2}")


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isdigit())


def _alnum(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


def name_tokens(name: str) -> list[str]:
    """The syllables or words of a name: "Chan Tai-man" gives Chan, Tai, man."""
    return [token for token in _NAME_SPLIT.split(name.strip()) if token]


def name_pattern(name: str) -> re.Pattern[str] | None:
    """A case-insensitive pattern for `name` and its spelling variants, or None when empty.

    Variants: any of space, hyphen or nothing between syllables ("Chan Tai Man",
    "Chan Tai-man", "Chan Taiman"), and the family name moved last ("Tai Man Chan"),
    the order Hong Kong people often use in English.
    """
    tokens = name_tokens(name)
    if not tokens:
        return None
    orders = [tokens]
    if len(tokens) > 1:
        orders.append([*tokens[1:], tokens[0]])
    alternatives = [_NAME_SEPARATORS.join(re.escape(t) for t in order) for order in orders]
    # \w covers letters in every script, so "Chan" inside "Chandler" is not a match.
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _chinese_pattern(name: str) -> re.Pattern[str] | None:
    chars = [ch for ch in name if not ch.isspace()]
    if not chars:
        return None
    # Chinese text has no spaces between words, so no word boundaries either.
    return re.compile(r"\s?".join(re.escape(ch) for ch in chars))


def _phone_pattern(phone: str) -> re.Pattern[str] | None:
    digits = _digits(phone)
    if len(digits) < 6:
        return None
    variants = {digits}
    # The same number is often written without its country code.
    if digits.startswith("852") and len(digits) == 11:
        variants.add(digits[3:])
    if digits.startswith("1") and len(digits) == 11:
        variants.add(digits[1:])
    bodies = sorted((_NUMBER_SEPARATORS.join(variant) for variant in variants), key=len)
    body = "|".join(reversed(bodies))  # the longest form first
    return re.compile(r"(?<![0-9])(?:\+\s?)?\(?(?:" + body + r")(?![0-9])")


def _code_pattern(value: str, *, digits_alone: bool = False) -> re.Pattern[str] | None:
    """An identifier's letters and digits in order, whatever separators were typed.

    With `digits_alone`, its digits by themselves match too: "SIN 046 454 286" is
    often written without "SIN".
    """
    variants = {_alnum(value)}
    digits = _digits(value)
    if digits_alone and len(digits) >= 6:
        variants.add(digits)
    variants.discard("")
    if not variants or max(len(v) for v in variants) < 4:
        return None
    bodies = sorted((_NUMBER_SEPARATORS.join(re.escape(ch) for ch in v) for v in variants), key=len)
    body = "|".join(reversed(bodies))
    return re.compile(_NOT_AFTER_ALNUM + r"(?:" + body + r")\)?" + _NOT_BEFORE_ALNUM, re.IGNORECASE)


def _literal_pattern(value: str) -> re.Pattern[str] | None:
    words = value.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class KnownIdentities:
    """Compiled patterns for one case's own identity values, each with its kind."""

    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()

    @classmethod
    def from_identity(cls, identity: Identity) -> KnownIdentities:
        """Patterns for every value in `identity` that can appear in running text."""
        found: list[tuple[re.Pattern[str] | None, str]] = []
        for name in (identity.legal_name, *identity.other_names):
            found.append((name_pattern(name), PERSON))
        found.append((_chinese_pattern(identity.chinese_name), PERSON))
        found += [(_phone_pattern(p), PHONE) for p in identity.phones]
        found += [(_literal_pattern(e), EMAIL) for e in identity.emails]
        found += [(_literal_pattern(a), ADDRESS) for a in identity.addresses]
        found.append((_code_pattern(identity.hkid), HKID))
        found += [(_code_pattern(p), PASSPORT) for p in identity.passport_numbers]
        found.append((_code_pattern(identity.uci), UCI))
        found += [(_code_pattern(o, digits_alone=True), OTHER_ID) for o in identity.other_ids]
        if identity.date_of_birth is not None and identity.date_of_birth.precision == "day":
            found.append((re.compile(re.escape(str(identity.date_of_birth))), DOB))
        return cls(tuple((p, kind) for p, kind in found if p is not None))

    def __bool__(self) -> bool:
        return bool(self.patterns)


_Candidate = tuple[int, int, int, str]  # rank, start, end, kind


def _detected(text: str) -> Iterable[_Candidate]:
    for match in _EMAIL.finditer(text):
        yield _EMAIL_RANK, match.start(), match.end(), EMAIL
    for match in _HKID.finditer(text):
        prefix, digits, bracketed, bare = match.groups()
        if is_valid_hkid(f"{prefix}{digits}({bracketed or bare})".upper()):
            yield _HKID_RANK, match.start(), match.end(), HKID
    for pattern in (_HK_PHONE, _NANP_PHONE):
        for match in pattern.finditer(text):
            # "2019-2020" and "2019 2020" are years in an account far more often than numbers.
            if not _YEAR_PAIR.fullmatch(match.group()):
                yield _PHONE_RANK, match.start(), match.end(), PHONE
    for match in _PASSPORT.finditer(text):
        yield _PASSPORT_RANK, match.start(), match.end(), PASSPORT
    for match in _UCI.finditer(text):
        if _YEAR_PAIR.fullmatch(match.group()):
            continue
        cued = _UCI_CUE.search(text, max(0, match.start() - 40), match.start()) is not None
        yield (_CUED_UCI if cued else _UCI_RANK), match.start(), match.end(), UCI


def find_identifiers(text: str, known: KnownIdentities | None = None) -> list[IdentifierSpan]:
    """Non-overlapping identifier spans in `text`, in text order.

    Where candidates overlap, a known value of this case wins over a detected one, a
    more specific pattern over a looser one, and then the longer match.
    """
    candidates: list[_Candidate] = list(_detected(text))
    if known:
        for pattern, kind in known.patterns:
            candidates += [(_KNOWN, m.start(), m.end(), kind) for m in pattern.finditer(text)]
    candidates.sort(key=lambda c: (c[0], -(c[2] - c[1]), c[1]))
    taken: list[IdentifierSpan] = []
    for _, start, end, kind in candidates:
        if start < end and all(end <= s.start or start >= s.end for s in taken):
            taken.append(IdentifierSpan(start, end, kind))
    return sorted(taken)


def identifier_at(
    text: str, position: int, known: KnownIdentities | None = None
) -> IdentifierSpan | None:
    """The identifier under `position` (a cursor between characters counts on either side)."""
    for span in find_identifiers(text, known):
        if span.start <= position <= span.end:
            return span
    return None


def classify(value: str, known: KnownIdentities | None = None) -> str | None:
    """The kind of `value` when the whole of it is one identifier, else None."""
    stripped = value.strip()
    spans = find_identifiers(stripped, known)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(stripped):
        return spans[0].kind
    return None
