"""The small identifier detector the account editor highlights with."""

from __future__ import annotations

import pytest

from intake_app.cases import identifiers as ids
from intake_app.cases.dates import PartialDate
from intake_app.cases.identifiers import KnownIdentities, classify, find_identifiers, name_pattern
from intake_app.cases.model import Identity


def found(text: str, known: KnownIdentities | None = None) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_identifiers(text, known)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("call 9123 4567 tonight", "9123 4567"),
        ("call 91234567 tonight", "91234567"),
        ("call +852 9123-4567 tonight", "+852 9123-4567"),
        ("call 852 2123 4567 tonight", "852 2123 4567"),
        ("call (416) 839-2210 tonight", "(416) 839-2210"),
        ("call 416-839-2210 tonight", "416-839-2210"),
        ("call +1 416 839 2210 tonight", "+1 416 839 2210"),
        ("call 416.839.2210 tonight", "416.839.2210"),
    ],
)
def test_phone_numbers_are_found(text: str, value: str) -> None:
    assert found(text) == [(value, ids.PHONE)]


@pytest.mark.parametrize(
    "text",
    [
        "call 9123 456 tonight",  # seven digits
        "call 1234 5678 tonight",  # Hong Kong numbers never start with 1
        "call 416-839-221 tonight",  # NANP needs four last digits
        "call 123-839-2210 tonight",  # area codes never start with 1
        "from 2019-2020 and 2019 2020",  # year ranges, not numbers
        "it cost 123456789 dollars",  # nine digits
        "ring 9123-4567-89",  # part of a longer dashed number
    ],
)
def test_phone_near_misses_are_not_found(text: str) -> None:
    assert [kind for _, kind in found(text)] == []


def test_emails_are_found_whole() -> None:
    assert found("write to brave.x+news@proton.me or x@y.co.uk.") == [
        ("brave.x+news@proton.me", ids.EMAIL),
        ("x@y.co.uk", ids.EMAIL),
    ]
    assert found("not an address: brave@ or @proton.me") == []


@pytest.mark.parametrize("hkid", ["A123456(3)", "A123456 (3)", "a123456(3)", "AB987654(3)"])
def test_hkid_with_right_check_digit(hkid: str) -> None:
    assert found(f"HKID {hkid} on file") == [(hkid, ids.HKID)]


def test_hkid_with_wrong_check_digit_is_not_an_hkid() -> None:
    assert found("HKID A123456(4) on file") == []
    # Without brackets it still looks like a passport number, which is an identifier too.
    assert found("HKID A1234564 on file") == [("A1234564", ids.PASSPORT)]


def test_passport_like_numbers() -> None:
    assert found("passport K12345678 and H1234567") == [
        ("K12345678", ids.PASSPORT),
        ("H1234567", ids.PASSPORT),
    ]
    assert found("K123456 is too short, K123456789 too long") == []


def test_uci_forms_and_cue() -> None:
    assert found("client 1234-5678 and 12-3456-7890") == [
        ("1234-5678", ids.UCI),
        ("12-3456-7890", ids.UCI),
    ]
    # Looks like a Hong Kong phone number unless the text says it is a client ID.
    assert found("ring 9123-4567") == [("9123-4567", ids.PHONE)]
    assert found("UCI: 9123-4567") == [("9123-4567", ids.UCI)]
    assert found("12345-678 and 1234-56789") == []


def test_spans_are_in_order_and_do_not_overlap() -> None:
    text = "mail chan91234567@mail.com, phone 91234567"
    spans = find_identifiers(text)
    assert [s.kind for s in spans] == [ids.EMAIL, ids.PHONE]
    assert spans[0].end <= spans[1].start


@pytest.mark.parametrize(
    "variant",
    [
        "Chan Tai-man",
        "Chan Tai Man",
        "CHAN TAIMAN",
        "chan taiman",
        "Chan Tai-Man",
        "ChanTaiMan",
        "Tai-man Chan",
        "Tai Man CHAN",
    ],
)
def test_known_legal_name_variants(variant: str) -> None:
    known = KnownIdentities.from_identity(Identity(legal_name="Chan Tai-man"))
    assert found(f"said {variant} yesterday", known) == [(variant, ids.PERSON)]


def test_name_pattern_respects_word_boundaries() -> None:
    pattern = name_pattern("Chan")
    assert pattern is not None
    assert pattern.search("Mr Chandler") is None
    assert pattern.search("Mr Chan.") is not None
    assert name_pattern("  -  ") is None


def test_known_values_of_every_kind() -> None:
    identity = Identity(
        chinese_name="陳大文",
        other_names=["Brian"],
        phones=["+1 416-839-2210", "+852 9123 4567"],
        emails=["Brave.Example@protonmail.com"],
        addresses=["12 Example Street"],
        hkid="A123456(3)",
        passport_numbers=["K12345678"],
        uci="1234-5678",
        other_ids=["SIN 046 454 286"],
        date_of_birth=PartialDate(1998, 6, 4),
    )
    known = KnownIdentities.from_identity(identity)
    text = (
        "陳 大文 alias Brian; 4168392210 and 9123-4567; brave.example@PROTONMAIL.com; "
        "12 example  street; A1234563; k12345678; 12345678; 046-454-286; born 1998-06-04"
    )
    assert [kind for _, kind in found(text, known)] == [
        ids.PERSON,
        ids.PERSON,
        ids.PHONE,
        ids.PHONE,
        ids.EMAIL,
        ids.ADDRESS,
        ids.HKID,
        ids.PASSPORT,
        ids.UCI,
        ids.OTHER_ID,
        ids.DOB,
    ]


def test_known_phone_digits_must_not_run_on() -> None:
    known = KnownIdentities.from_identity(Identity(phones=["416-839-2210"]))
    assert found("41683922109", known) == []


def test_known_value_wins_over_a_detected_kind() -> None:
    # The case says this number is the client's UCI, although it looks like a phone number.
    known = KnownIdentities.from_identity(Identity(uci="9123-4567"))
    assert found("number 9123-4567", known) == [("9123-4567", ids.UCI)]


def test_empty_identity_knows_nothing() -> None:
    assert not KnownIdentities.from_identity(Identity())


def test_classify_and_identifier_at() -> None:
    assert classify(" +852 9123 4567 ") == ids.PHONE
    assert classify("brave@x.org") == ids.EMAIL
    assert classify("call 91234567") is None
    assert classify("hello") is None
    text = "call 9123 4567 now"
    span = ids.identifier_at(text, 7)
    assert span is not None and text[span.start : span.end] == "9123 4567"
    assert ids.identifier_at(text, 14) is not None  # just after the last digit
    assert ids.identifier_at(text, 2) is None
