"""Controlled vocabularies (incident kinds, document kinds, statuses...) read from resources/vocab.

The vocabularies are data, not code, so that an organisation can review and translate
them without touching Python. Each file looks like
`{"vocabulary": NAME, "version": N, "terms": [{"key": ..., "label": ...}, ...]}`; keys are
what case documents and the store hold, labels are what people read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache

from intake_app.resources import resource_path

# Every vocabulary the case model uses. Only these names may be loaded, so a name that
# comes from elsewhere can never become a path outside resources/vocab.
VOCABULARY_NAMES: tuple[str, ...] = (
    "age_bands",
    "case_statuses",
    "consent_purposes",
    "document_kinds",
    "document_statuses",
    "incident_kinds",
    "need_statuses",
    "needs",
    "provinces",
    "statuses_in_canada",
)

_KEY = re.compile(r"[A-Za-z0-9_]{1,64}")


class Vocabulary:
    """One controlled vocabulary: its keys in file order and a label for each."""

    __slots__ = ("_labels", "keys", "name", "version")

    def __init__(self, name: str, version: int, terms: list[tuple[str, str]]) -> None:
        self.name = name
        self.version = version
        self.keys: tuple[str, ...] = tuple(key for key, _ in terms)
        self._labels: dict[str, str] = dict(terms)
        if len(self._labels) != len(self.keys):
            raise ValueError(f"vocabulary {name} lists a key twice")

    def label(self, key: str) -> str:
        """The human label of `key`; KeyError when the key is not in this vocabulary."""
        return self._labels[key]

    def __contains__(self, key: object) -> bool:
        # Unhashable junk from a JSON document must answer False, not raise TypeError.
        return isinstance(key, str) and key in self._labels

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __repr__(self) -> str:
        return f"Vocabulary({self.name!r}, version={self.version}, {len(self.keys)} terms)"


@cache
def load_vocabulary(name: str) -> Vocabulary:
    """Load resources/vocab/`name`.json once; ValueError if the name or the file is wrong."""
    if name not in VOCABULARY_NAMES:
        raise ValueError(f"unknown vocabulary {name!r}")
    path = resource_path("vocab", f"{name}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    # A broken resource file is a packaging bug; fail loudly rather than accept every key.
    if not isinstance(data, dict) or data.get("vocabulary") != name:
        raise ValueError(f"{path.name} does not hold the {name} vocabulary")
    version = data.get("version")
    terms = data.get("terms")
    if not isinstance(version, int) or not isinstance(terms, list) or not terms:
        raise ValueError(f"{path.name} needs an integer version and a list of terms")
    pairs: list[tuple[str, str]] = []
    for term in terms:
        if not isinstance(term, dict) or set(term) != {"key", "label"}:
            raise ValueError(f"{path.name}: every term needs exactly a key and a label")
        key, label = term["key"], term["label"]
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ValueError(f"{path.name}: keys are 1-64 letters, digits or underscores")
        if not isinstance(label, str) or not label:
            raise ValueError(f"{path.name}: every label is non-empty text")
        pairs.append((key, label))
    return Vocabulary(name, version, pairs)
