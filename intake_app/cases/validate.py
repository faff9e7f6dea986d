"""Checked reading of case documents: types, lengths, vocabulary keys, dates and ids.

`intake_app.cases.jsonio` maps documents onto the model with these helpers. Each check
raises `ValidationError(path, problem)` on the first problem it meets. Problems never
repeat the submitted value, because a value can be someone's name, phone or passport
number and error messages end up on screens, in terminals and in bug reports.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from intake_app.cases.dates import PartialDate
from intake_app.cases.vocab import load_vocabulary
from intake_app.errors import ValidationError

T = TypeVar("T")
Check = Callable[[object, str], T]

# Limits keep one bad or hostile document from filling the vault or the screen; they are
# far above anything a caseworker types in an interview.
SHORT_TEXT = 200  # names, labels, codes, places, one phone number
LONG_TEXT = 20_000  # descriptions and notes
ACCOUNT_TEXT = 200_000  # the free-text account and its translation
MAX_STRINGS = 50  # phones, e-mails, tags, handles... per list
MAX_RECORDS = 1_000  # incidents, sessions, needs, consent entries, harassers per case
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024

# Nouns for problem messages, so that they say what was expected without echoing the value.
_VOCAB_NOUNS = {
    "age_bands": "age band",
    "case_statuses": "case status",
    "consent_purposes": "consent purpose",
    "document_kinds": "document kind",
    "document_statuses": "document status",
    "incident_kinds": "incident kind",
    "need_statuses": "need status",
    "needs": "kind of need",
    "provinces": "province or territory code",
    "statuses_in_canada": "status in Canada",
}

# Single-line fields refuse every control character; long text keeps tabs and line breaks.
# Lone surrogates (possible through JSON \ud800 escapes) cannot be stored as UTF-8.
_BAD_SHORT = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_LONG = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# [0-9], not \d: \d would also accept full-width and other Unicode digits.
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,7}")
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,39}")


def join(path: str, key: str) -> str:
    """The path of `key` inside the object at `path` (`incidents[1]` + `kind`)."""
    return f"{path}.{key}" if path else key


def check_text(value: object, path: str, max_len: int = SHORT_TEXT) -> str:
    """`value` as text of at most `max_len` characters; single-line when max_len is short."""
    if not isinstance(value, str):
        raise ValidationError(path, "must be text")
    if len(value) > max_len:
        raise ValidationError(path, f"is longer than {max_len:,} characters")
    if max_len <= SHORT_TEXT:
        # The regex only runs on text that is not plain printable ASCII (the common case).
        if (not value.isascii() or not value.isprintable()) and _BAD_SHORT.search(value):
            raise ValidationError(path, "must be one line without control characters")
    elif _BAD_LONG.search(value):
        raise ValidationError(path, "contains control characters or invalid Unicode")
    return value


def check_required_text(value: object, path: str, max_len: int = SHORT_TEXT) -> str:
    """Like `check_text`, but blank text is refused."""
    text = check_text(value, path, max_len)
    if not text.strip():
        raise ValidationError(path, "is required and must not be blank")
    return text


def check_bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(path, "must be true or false")
    return value


def check_int(value: object, path: str, low: int, high: int) -> int:
    # bool is an int subclass in Python; `true` is not a year.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(path, "must be a whole number")
    if not low <= value <= high:
        raise ValidationError(path, f"must be between {low} and {high}")
    return value


def check_vocab(value: object, path: str, vocabulary: str, *, allow_empty: bool = False) -> str:
    """A key of `vocabulary`; empty text too when `allow_empty` (meaning "not known yet")."""
    if not isinstance(value, str):
        raise ValidationError(path, f"must be text naming a known {_VOCAB_NOUNS[vocabulary]}")
    if value == "" and allow_empty:
        return value
    if value not in load_vocabulary(vocabulary):
        raise ValidationError(
            path,
            f"is not a known {_VOCAB_NOUNS[vocabulary]} (see resources/vocab/{vocabulary}.json)",
        )
    return value


def check_date(value: object, path: str) -> PartialDate:
    """A partial date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""
    if not isinstance(value, str):
        raise ValidationError(path, "must be a date text like 2024, 2024-06 or 2024-06-01")
    match = _DATE.fullmatch(value)
    if match is None:
        raise ValidationError(path, "is not a date like 2024, 2024-06 or 2024-06-01")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        return PartialDate(year, month, day)
    except ValueError:
        # PartialDate's own message names the numbers; ours must not.
        raise ValidationError(
            path, "is not a real date (years 1900-2200, months 1-12, days within the month)"
        ) from None


def check_datetime(value: object, path: str) -> dt.datetime:
    """An ISO 8601 date and time with seconds and a time zone, returned in UTC."""
    if not isinstance(value, str) or _DATETIME.fullmatch(value) is None:
        raise ValidationError(path, "must be a UTC date and time like 2024-07-01T09:30:00Z")
    try:
        moment = dt.datetime.fromisoformat(value)
        return moment.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise ValidationError(path, "is not a real date and time") from None


def check_uuid(value: object, path: str) -> str:
    """A UUID in its usual 8-4-4-4-12 form, returned in lower case (the store's form)."""
    if not isinstance(value, str) or _UUID.fullmatch(value) is None:
        raise ValidationError(path, "must be a UUID like 123e4567-e89b-42d3-a456-426614174000")
    return value.lower()


def is_uuid(value: str) -> bool:
    return _UUID.fullmatch(value) is not None


def check_language(value: object, path: str, *, allow_empty: bool = False) -> str:
    """A BCP 47 language tag such as `yue`, `zh-Hant` or `en`."""
    if not isinstance(value, str):
        raise ValidationError(path, "must be a language tag like yue, zh-Hant or en")
    if value == "" and allow_empty:
        return value
    if _LANGUAGE_TAG.fullmatch(value) is None:
        raise ValidationError(path, "is not a language tag like yue, zh-Hant or en")
    return value


def check_list(value: object, path: str, max_items: int) -> list[object]:
    if not isinstance(value, list):
        raise ValidationError(path, "must be a list")
    if len(value) > max_items:
        raise ValidationError(path, f"has more than {max_items:,} items")
    return value


def check_each(value: object, path: str, max_items: int, check: Check[T]) -> list[T]:
    """A list whose every item passes `check(item, "path[i]")`."""
    items = check_list(value, path, max_items)
    return [check(item, f"{path}[{i}]") for i, item in enumerate(items)]


def text_list(value: object, path: str) -> list[str]:
    """A list of short, single-line texts (phones, e-mails, tags...)."""
    return check_each(value, path, MAX_STRINGS, check_text)


def check_object(value: object, path: str, allowed: frozenset[str]) -> Mapping[str, object]:
    """`value` as a JSON object whose keys are all in `allowed`, so that typos are caught."""
    if not isinstance(value, dict):
        raise ValidationError(path, "must be an object")
    if len(value) > len(allowed) or not allowed.issuperset(value):
        for key in value:
            if key not in allowed:
                raise unknown_field(path, key)
    return value


def unknown_field(path: str, key: object) -> ValidationError:
    """The error for a key the format does not have.

    The key is named when it looks like a field name, which is what typos look like; a
    key that looks like anything else may be data put in the wrong place, so it is not.
    """
    if isinstance(key, str) and _FIELD_NAME.fullmatch(key):
        return ValidationError(join(path, key), "is not a known field")
    if not path:
        return ValidationError("", "the case document has a field that is not part of the format")
    return ValidationError(path, "has a field that is not part of the case format")


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True, slots=True)
class Field:
    """How one field of an object is read (checked) and written back to JSON."""

    check: Check[Any]
    dump: Callable[[Any], Any] = _same
    nullable: bool = False  # null is read as None
    required: bool = False  # absent is an error; otherwise the model default applies


class Shape:
    """The fields of one kind of JSON object, in canonical order, with input-only aliases."""

    __slots__ = ("_alias_for", "aliases", "allowed", "fields")

    def __init__(
        self,
        fields: Mapping[str, Field],
        aliases: Mapping[str, str] | None = None,
        extra: Iterable[str] = (),
    ) -> None:
        self.fields = dict(fields)
        self.aliases = dict(aliases or {})  # alias -> canonical key
        self._alias_for = {key: alias for alias, key in self.aliases.items()}
        self.allowed = frozenset(self.fields) | frozenset(self.aliases) | frozenset(extra)

    def read(self, value: object, path: str) -> dict[str, Any]:
        """The checked values of the fields present in `value`, by canonical key.

        Absent fields are left out so that the model's own defaults apply.
        """
        obj = check_object(value, path, self.allowed)
        out: dict[str, Any] = {}
        for key, spec in self.fields.items():
            source = key
            alias = self._alias_for.get(key)
            if alias is not None and alias in obj:
                if key in obj:
                    raise ValidationError(join(path, alias), f"cannot be given together with {key}")
                source = alias
            elif key not in obj:
                if spec.required:
                    raise ValidationError(join(path, key), "is required")
                continue
            item = obj[source]
            if item is None and spec.nullable:
                out[key] = None
            else:
                out[key] = spec.check(item, join(path, source))
        return out

    def dump(self, instance: object) -> dict[str, Any]:
        """The canonical JSON object for a model instance: every field, in order."""
        return {key: spec.dump(getattr(instance, key)) for key, spec in self.fields.items()}


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys; a document that says two
    # different things about one field is refused instead.
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise ValidationError("", "the case document gives the same key twice in one object")
    return obj


def _refuse_constant(name: str) -> object:
    raise ValueError("NaN and Infinity are not JSON")


def parse_json_document(text: object) -> object:
    """Parse JSON text (UTF-8 when bytes), refusing what json.loads lets through.

    Too large, not UTF-8, nested too deeply, NaN/Infinity, or a key given twice in one
    object: each is a `ValidationError`, never another exception.
    """
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_DOCUMENT_BYTES:
            raise ValidationError("", "the case document is too large")
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError("", "the case document is not UTF-8 text") from None
    elif not isinstance(text, str):
        raise ValidationError("", "a case document must be JSON text")
    if len(text) > MAX_DOCUMENT_BYTES:
        raise ValidationError("", "the case document is too large")
    try:
        return json.loads(
            text.removeprefix("\ufeff"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_refuse_constant,
        )
    except json.JSONDecodeError as exc:
        # Line and column locate the problem without showing the text around it.
        raise ValidationError(
            "", f"the case document is not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise ValidationError("", "the case document is nested too deeply") from None
    except ValueError:  # NaN/Infinity, or an integer with thousands of digits
        raise ValidationError("", "the case document holds a number JSON cannot carry") from None
