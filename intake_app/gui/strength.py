"""Passphrase strength for new passphrases: zxcvbn's 0-4 score plus the core's length floor.

Pure functions (no Qt) so the rule is testable on its own; the set-up wizard and the
recovery form draw their meter from `evaluate` and refuse what `acceptable` refuses.
zxcvbn's own advice is English only, so `evaluate` also names the weakness it found
as a short code (`WEAKNESSES`) that the GUI turns into a translated hint.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from zxcvbn import zxcvbn

from intake_app.errors import UsageError
from intake_app.vault.vault import check_new_passphrase

MIN_SCORE = 3
MAX_SCORE = 4
# zxcvbn refuses longer input (and slows down quadratically before that). A prefix that
# already scores well is enough: more characters can only add strength.
ZXCVBN_MAX_LENGTH = 72
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
# Words an attacker who knows what this program is would try first.
CONTEXT_WORDS = ("intake", "vault", "caseworker", "hongkong", "hong kong", "passphrase")
# What made a passphrase weak, by the zxcvbn pattern of its longest guessable part.
_WEAKNESS_OF_PATTERN = {
    "dictionary": "common",
    "spatial": "keyboard",
    "repeat": "repeat",
    "sequence": "sequence",
    "regex": "date",  # zxcvbn's only regex is "recent year"
    "date": "date",
}
WEAKNESSES = ("common", "keyboard", "repeat", "sequence", "date", "short")


@dataclass(frozen=True, slots=True)
class Strength:
    """zxcvbn's verdict: `score` 0 (guessable) to 4 (very strong), one short English hint
    (`feedback`), and for a weak one the `weakness` code (one of `WEAKNESSES`, else "")."""

    score: int
    feedback: str
    weakness: str = ""

    @property
    def label(self) -> str:
        return LABELS[self.score]


def evaluate(passphrase: str) -> Strength:
    """Score `passphrase`; the feedback is zxcvbn's warning, else its first suggestion."""
    if not passphrase:
        return Strength(0, "")
    result = zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH], user_inputs=list(CONTEXT_WORDS))
    score = min(max(int(result["score"]), 0), MAX_SCORE)
    feedback = result.get("feedback") or {}
    warning = str(feedback.get("warning") or "")
    suggestions = [str(s) for s in feedback.get("suggestions") or [] if s]
    hint = warning or (suggestions[0] if suggestions else "")
    return Strength(score, hint, _weakness(result) if score < MIN_SCORE else "")


def _weakness(result: Mapping[str, Any]) -> str:
    # As zxcvbn's own feedback does: judge by the longest part it could guess.
    sequence = [m for m in result.get("sequence") or [] if isinstance(m, dict)]
    if not sequence:
        return "short"
    longest = max(sequence, key=lambda match: len(str(match.get("token", ""))))
    return _WEAKNESS_OF_PATTERN.get(str(longest.get("pattern")), "short")


def problem(passphrase: str) -> str | None:
    """Why `passphrase` cannot be a new passphrase, as one sentence; None when it can."""
    try:
        check_new_passphrase(passphrase)
    except UsageError as error:
        text = str(error)
        return text[:1].upper() + text[1:] + "."
    strength = evaluate(passphrase)
    if strength.score < MIN_SCORE:
        hint = f" {strength.feedback}" if strength.feedback else ""
        return f"Too easy to guess ({strength.label.lower()}).{hint}"
    return None


def acceptable(passphrase: str) -> bool:
    """True when `passphrase` clears the core's length floor and scores at least 3."""
    return problem(passphrase) is None
