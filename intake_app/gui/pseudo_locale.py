"""A pseudo-locale: every translated string comes back accented, padded and bracketed.

"Save" becomes "[Šåṽé··]". Run the app (or a test) with it to see, without reading any
foreign language, which labels are clipped once a translation is longer than the English,
and which strings never went through `tr()` (they stay plain ASCII). The idea is Vorta's.

What a translation must keep intact is kept intact: `&` mnemonics (with their letter, so
Alt-shortcuts still work), `%1`/`%n` placeholders, Python `{name}` fields, HTML tags and
entities, and key sequences such as "Ctrl+L".
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

OPEN, CLOSE, PAD = "[", "]", "·"
# Strings grow by about this much in translation (French runs ~20-30 % longer than English;
# short labels grow more, hence the minimum).
GROWTH = 0.4
MIN_PAD = 2

_LOOK_ALIKES = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)

# Parts a translation must carry over unchanged, tried left to right.
_PROTECTED = re.compile(
    r"""
      &&                              # a literal ampersand in a widget text
    | &(?:[A-Za-z]+|\#\d+|\#x[0-9A-Fa-f]+);   # an HTML entity
    | &.                              # a mnemonic and its letter
    | <[^<>]*>                        # an HTML tag
    | %L?(?:\d{1,2}|n)                # Qt placeholders %1 .. %99, %n, %L1
    | %\(\w+\)[sdif]|%[sdif]          # printf-style placeholders
    | \{\{|\}\}|\{[^{}]*\}            # str.format fields and escaped braces
    """,
    re.VERBOSE,
)
_KEY_SEQUENCE = re.compile(
    r"(?:(?:Ctrl|Alt|Shift|Meta)\+)+(?:F\d{1,2}|\S+)|F\d{1,2}|(?:(?:Ctrl|Alt|Shift|Meta)\+)+",
)
# Qt's own contexts whose strings are key names, not words: keep them parseable.
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})


def pseudo(text: str) -> str:
    """The pseudo-translation of `text`; "" for "" (Qt then shows the source, also "")."""
    if not text or _KEY_SEQUENCE.fullmatch(text):
        return text
    out: list[str] = []
    visible = 0
    position = 0
    for match in _PROTECTED.finditer(text):
        plain = text[position : match.start()]
        out.append(plain.translate(_LOOK_ALIKES))
        out.append(match.group())
        visible += len(plain) + (1 if match.group().startswith("&") else 0)
        position = match.end()
    tail = text[position:]
    out.append(tail.translate(_LOOK_ALIKES))
    visible += len(tail)
    padding = max(MIN_PAD, math.ceil(visible * GROWTH))
    return OPEN + "".join(out) + PAD * padding + CLOSE


# From an opening bracket to the first run of padding and its closing bracket; the text in
# between may hold brackets of its own ("[phone]" becomes "[[þĥöñé]····]").
_PSEUDO_SPAN = re.compile(re.escape(OPEN) + ".*?" + PAD + "+" + re.escape(CLOSE), re.DOTALL)


def strip_pseudo(text: str) -> str:
    """`text` with every pseudo-translated span taken out: what did not go through tr()."""
    return _PSEUDO_SPAN.sub("", text)


def is_pseudo(text: str) -> bool:
    """True when `text` contains a pseudo-translation and nothing readable outside it."""
    return bool(_PSEUDO_SPAN.search(text)) and not re.search(r"[A-Za-z]{2,}", strip_pseudo(text))


class PseudoTranslator(QTranslator):
    """A translator that pseudo-translates every string of every context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[str, str] = {}

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context in _UNTOUCHED_CONTEXTS:
            return sourceText  # key names: QKeySequence must still parse them
        cached = self._cache.get(sourceText)
        if cached is None:
            cached = self._cache[sourceText] = pseudo(sourceText)
        return cached
