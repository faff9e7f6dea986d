"""Hong Kong identity card numbers: the check digit and a validity test.

An HKID is one or two capital letters, six digits and a check digit, usually
written `A123456(3)`. The check digit makes a weighted sum of all the characters
divisible by 11. No library we can rely on implements it, so it lives here, for
the demo generator now and the redaction engine later (a check digit that fits
tells a real HKID from any letter followed by seven digits).

The algorithm: letters count 10-35 (A=10 ... Z=35), digits count their value.
A one-letter prefix is padded on the left with a space worth 36, so there are
always eight characters before the check digit; they are weighted 9, 8, ..., 2.
The check digit is 11 - (sum mod 11), written `A` when that is 10 and `0` when
it is 11.
"""

from __future__ import annotations

import re

# The space that pads a one-letter prefix to two characters.
_SPACE_VALUE = 36

# Brackets, a single space or nothing may separate the check digit; lower case is
# accepted because caseworkers type these by hand and the redactor must still find them.
_HKID_PATTERN = re.compile(r"([A-Z]{1,2})([0-9]{6})(?:\(([0-9A])\)| ?([0-9A]))")
_PREFIX_PATTERN = re.compile(r"[A-Z]{1,2}")
_DIGITS_PATTERN = re.compile(r"[0-9]{6}")


def _letter_value(letter: str) -> int:
    return ord(letter) - ord("A") + 10


def hkid_check_digit(prefix: str, digits: str) -> str:
    """The check digit (`0`-`9` or `A`) for an HKID with this letter prefix and six digits.

    Raises ValueError when `prefix` is not one or two capital letters or `digits`
    is not exactly six digits.
    """
    if not _PREFIX_PATTERN.fullmatch(prefix):
        raise ValueError("an HKID prefix is one or two capital letters")
    if not _DIGITS_PATTERN.fullmatch(digits):
        raise ValueError("an HKID has exactly six digits before the check digit")
    first = _SPACE_VALUE if len(prefix) == 1 else _letter_value(prefix[0])
    total = 9 * first + 8 * _letter_value(prefix[-1])
    for weight, digit in zip(range(7, 1, -1), digits, strict=True):
        total += weight * int(digit)
    check = 11 - total % 11
    if check == 10:
        return "A"
    return "0" if check == 11 else str(check)


def is_valid_hkid(text: str) -> bool:
    """True when `text` is a whole HKID whose check digit is right.

    Accepts `A123456(3)`, `A1234563`, `A123456 3` and two-letter prefixes such as
    `AB987654(3)`, in either case, with surrounding whitespace ignored.
    """
    match = _HKID_PATTERN.fullmatch(text.strip().upper())
    if match is None:
        return False
    prefix, digits, bracketed, bare = match.groups()
    return hkid_check_digit(prefix, digits) == (bracketed or bare)
