"""HKID check digits: known examples worked by hand, accepted forms, near misses, and a property."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.cases.hkid import hkid_check_digit, is_valid_hkid

# Worked by hand. Letters count A=10 ... Z=35, a one-letter prefix is padded with a space
# worth 36, and the eight characters are weighted 9, 8, 7, ..., 2; the check digit is
# 11 - (sum mod 11), written A for 10 and 0 for 11.
#   A123456: 36*9 + 10*8 + 1*7 + 2*6 + 3*5 + 4*4 + 5*3 + 6*2 = 481 = 43*11 + 8  -> 3
#   G123456: 324 + 16*8 + 77 = 529 = 48*11 + 1                                  -> A
#   A000010: 324 + 80 + 1*3 = 407 = 37*11 + 0                                    -> 0
#   AB987654: 10*9 + 11*8 + 9*7 + 8*6 + 7*5 + 6*4 + 5*3 + 4*2 = 371 = 33*11 + 8  -> 3
#   XA000000: 33*9 + 10*8 = 377 = 34*11 + 3                                      -> 8
#   WX123456: 32*9 + 33*8 + 77 = 629 = 57*11 + 2                                 -> 9
KNOWN = [
    ("A", "123456", "3"),
    ("G", "123456", "A"),
    ("A", "000010", "0"),
    ("AB", "987654", "3"),
    ("XA", "000000", "8"),
    ("WX", "123456", "9"),
]


@pytest.mark.parametrize(("prefix", "digits", "check"), KNOWN)
def test_check_digit_of_hand_worked_examples(prefix: str, digits: str, check: str) -> None:
    assert hkid_check_digit(prefix, digits) == check
    assert is_valid_hkid(f"{prefix}{digits}({check})")


@pytest.mark.parametrize(
    "text",
    [
        "A123456(3)",
        "A1234563",
        "A123456 3",
        "AB987654(3)",
        "AB9876543",
        "G123456(A)",
        "G123456A",
        "a123456(3)",  # typed in lower case
        "  A123456(3)\n",  # surrounding whitespace
    ],
)
def test_accepted_forms(text: str) -> None:
    assert is_valid_hkid(text)


@pytest.mark.parametrize(
    "text",
    [
        "A123456(4)",  # wrong check digit
        "AB987654(1)",  # right shape, wrong check digit (it is 3)
        "B123456(3)",  # wrong letter: B123456 takes 6
        "G123456(0)",
        "A12345(3)",  # too few digits
        "A1234567(3)",  # too many digits
        "ABC123456(3)",  # three letters
        "1123456(3)",  # a digit for a letter
        "A123456(B)",  # only A can stand for ten
        "A123456()",
        "A123456(3",
        "A123456(33)",
        "A123456  3",
        "A 123456(3)",
        "A１２３４５６(3)",  # full-width digits
        "",
        "A",
    ],
)
def test_near_misses_are_invalid(text: str) -> None:
    assert not is_valid_hkid(text)


@pytest.mark.parametrize(
    ("prefix", "digits"),
    [("", "123456"), ("ABC", "123456"), ("a", "123456"), ("1", "123456"), ("A", "12345")],
)
def test_check_digit_refuses_bad_parts(prefix: str, digits: str) -> None:
    with pytest.raises(ValueError):
        hkid_check_digit(prefix, digits)


def _weighted_sum(text: str) -> int:
    # An independent statement of the rule: with the check digit weighted 1 (A = 10),
    # the nine characters sum to a multiple of 11.
    padded = text.rjust(9)
    values = [36 if c == " " else int(c) if c.isdigit() else ord(c) - ord("A") + 10 for c in padded]
    return sum(weight * value for weight, value in zip(range(9, 0, -1), values, strict=True))


@given(
    prefix=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=2),
    digits=st.text(alphabet="0123456789", min_size=6, max_size=6),
)
def test_check_digit_makes_the_weighted_sum_divisible_by_11(prefix: str, digits: str) -> None:
    check = hkid_check_digit(prefix, digits)
    assert _weighted_sum(prefix + digits + check) % 11 == 0
    assert is_valid_hkid(f"{prefix}{digits}({check})")
    for other in "0123456789A":
        if other != check:
            assert not is_valid_hkid(f"{prefix}{digits}({other})")
