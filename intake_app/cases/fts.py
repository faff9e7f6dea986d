"""Text preparation and query building for the FTS5 search index.

FTS5's unicode61 tokenizer keeps a run of Chinese characters as one token, so
"警察" would never match inside "便衣警察跟蹤". We index every CJK character
as its own token and turn CJK query text into a phrase of characters, which
matches any substring. Latin words match by prefix. User input never reaches
FTS5 syntax unquoted.
"""

from __future__ import annotations

import re

# CJK ideographs (basic, extension A, compatibility), kana and hangul syllables.
_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af])")
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TERMS = 12
STOP_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "was",
        "were",
        "with",
        "from",
        "that",
        "this",
        "his",
        "her",
        "him",
        "she",
        "they",
        "them",
        "their",
        "then",
        "than",
        "are",
        "but",
        "not",
        "had",
        "has",
        "have",
        "who",
        "what",
        "when",
        "where",
        "which",
        "while",
    ]
)


def index_text(text: str) -> str:
    """`text` with each CJK character spaced apart, ready for the unicode61 tokenizer."""
    if not _CJK.search(text):  # most English text: skip the substitution
        return text
    return _CJK.sub(_spaced, text)


def _spaced(match: re.Match[str]) -> str:
    return f" {match.group(1)} "


def build_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when nothing is searchable.

    Every word must match (AND); a Latin word of three or more letters matches
    as a prefix (unless it is a common English word); a CJK run matches as a
    phrase of its characters.
    """
    terms: list[str] = []
    for word in _WORD.findall(index_text(user_text).casefold()):
        pass_through = word.replace('"', "")
        if not pass_through:
            continue
        terms.append(pass_through)
    if not terms:
        return None
    parts: list[str] = []
    run: list[str] = []
    for term in terms[: MAX_QUERY_TERMS * 4]:
        if _CJK.fullmatch(term):
            run.append(term)
            continue
        if run:
            parts.append('"' + " ".join(run) + '"')
            run = []
        # A short prefix or a stop word ("the"*) expands to much of the vocabulary:
        # match those exactly.
        exact = len(term) <= 2 or term in STOP_WORDS
        parts.append(f'"{term}"' if exact else f'"{term}"*')
    if run:
        parts.append('"' + " ".join(run) + '"')
    return " ".join(parts[:MAX_QUERY_TERMS])


def has_prefix_terms(query: str) -> bool:
    """True when `query` (from `build_query`) holds a prefix term."""
    return '"*' in query
