"""Query building for the full-text index: safe quoting, CJK phrases, prefixes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.cases.fts import build_query, has_prefix_terms, index_text


def test_cjk_characters_become_tokens() -> None:
    assert index_text("被便衣警察跟蹤").split() == list("被便衣警察跟蹤")
    assert index_text("plain English") == "plain English"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Toronto", '"toronto"*'),
        ("警察", '"警 察"'),
        ("to", '"to"'),
        ("the police", '"the" "police"*'),
        ('sub"way OR NEAR(', '"sub"* "way"* "or" "near"*'),
        ("   ", None),
        ("*:^()", None),
    ],
)
def test_build_query(typed: str, expected: str | None) -> None:
    assert build_query(typed) == expected


def test_prefix_detection() -> None:
    assert has_prefix_terms('"toronto"*')
    assert not has_prefix_terms('"to" "警 察"')


@given(st.text(max_size=200))
def test_any_typed_text_gives_quoted_terms_only(typed: str) -> None:
    query = build_query(typed)
    if query is None:
        return
    # Nothing but quoted terms, each optionally a prefix: no operator survives.
    assert re.fullmatch(r'"[^"]+"\*?( "[^"]+"\*?)*', query), query
