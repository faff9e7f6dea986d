"""One-line, human messages for validation problems, never repeating the value."""

from __future__ import annotations

import re

from intake_app.errors import ValidationError
from intake_app.gui.editor.widgets import InputError

_INDEXED = re.compile(r"([a-z_]+)\[([0-9]+)\]")
# Model field names a caseworker would not recognise, in the form's own words.
_WORDS = {
    "incidents": "Incident",
    "documents": "Travel document",
    "needs": "Need",
    "sessions": "Interview session",
    "entries": "Consent entry",
    "translation_en": "English translation",
    "original": "Account as told",
    "uci": "UCI",
    "hkid": "HKID",
}


def human_path(path: str) -> str:
    """`incidents[1].police_reference` as "Incident 2, police reference"."""
    parts: list[str] = []
    for part in path.split("."):
        indexed = _INDEXED.fullmatch(part)
        if indexed:
            name, index = indexed.groups()
            parts.append(f"{_word(name)} {int(index) + 1}")
        elif part and part not in {"consent", "account", "profile", "status_in_canada"}:
            parts.append(_word(part))
    words = ", ".join(parts)
    return words[:1].upper() + words[1:]


def _word(name: str) -> str:
    return _WORDS.get(name, name.replace("_", " "))


def describe(error: ValidationError) -> str:
    """A one-line message: "Incident 2, date: is not a date like 2024, ..."."""
    # The editor's own errors already name the field in the form's words.
    where = error.field if isinstance(error, InputError) else human_path(error.field)
    problem = error.problem.splitlines()[0] if error.problem else "is not valid"
    return f"{where}: {problem}" if where else problem[:1].upper() + problem[1:]
