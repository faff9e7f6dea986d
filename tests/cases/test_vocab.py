"""The controlled vocabularies in resources/vocab and their loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.cases import model, vocab
from intake_app.cases.vocab import VOCABULARY_NAMES, Vocabulary, load_vocabulary
from intake_app.resources import resource_path


def test_every_vocabulary_file_is_listed_and_every_name_has_a_file() -> None:
    files = {p.stem for p in resource_path("vocab").glob("*.json")}
    assert files == set(VOCABULARY_NAMES)


@pytest.mark.parametrize("name", VOCABULARY_NAMES)
def test_each_vocabulary_loads_with_keys_and_labels(name: str) -> None:
    vocabulary = load_vocabulary(name)
    assert isinstance(vocabulary, Vocabulary)
    assert vocabulary.name == name
    assert vocabulary.version >= 1
    assert vocabulary.keys and len(set(vocabulary.keys)) == len(vocabulary.keys)
    for key in vocabulary.keys:
        assert key in vocabulary
        assert vocabulary.label(key).strip()
    assert list(vocabulary) == list(vocabulary.keys)
    assert len(vocabulary) == len(vocabulary.keys)


def test_keys_follow_file_order_and_labels_are_the_file_labels() -> None:
    incident_kinds = load_vocabulary("incident_kinds")
    assert incident_kinds.keys[:3] == ("stalking", "surveillance", "online_harassment")
    assert incident_kinds.label("pressure_on_family") == "Pressure on family in Hong Kong"
    assert load_vocabulary("provinces").label("ON") == "Ontario"


def test_unknown_keys_and_junk_are_not_members() -> None:
    needs = load_vocabulary("needs")
    assert "burglary" not in needs
    assert "Financial" not in needs  # keys are exact, not labels or other casing
    assert None not in needs
    assert ["financial"] not in needs  # unhashable junk answers False rather than raising
    with pytest.raises(KeyError):
        needs.label("burglary")


def test_loading_is_cached() -> None:
    assert load_vocabulary("needs") is load_vocabulary("needs")


@pytest.mark.parametrize("name", ["", "unknown", "../model", "needs.json", "vocab/needs"])
def test_only_listed_names_can_be_loaded(name: str) -> None:
    with pytest.raises(ValueError):
        load_vocabulary(name)


def test_model_constants_agree_with_the_vocabulary_files() -> None:
    assert load_vocabulary("consent_purposes").keys == model.CONSENT_PURPOSES
    assert load_vocabulary("case_statuses").keys == model.CASE_STATUSES
    assert load_vocabulary("need_statuses").keys == model.NEED_STATUSES


@pytest.mark.parametrize(
    "content",
    [
        "[]",
        '{"vocabulary": "other", "version": 1, "terms": [{"key": "a", "label": "A"}]}',
        '{"vocabulary": "needs", "version": "1", "terms": [{"key": "a", "label": "A"}]}',
        '{"vocabulary": "needs", "version": 1, "terms": []}',
        '{"vocabulary": "needs", "version": 1, "terms": [{"key": "a b", "label": "A"}]}',
        '{"vocabulary": "needs", "version": 1, "terms": [{"key": "a", "label": ""}]}',
        '{"vocabulary": "needs", "version": 1, "terms": [{"key": "a"}]}',
        '{"vocabulary": "needs", "version": 1,'
        ' "terms": [{"key": "a", "label": "A"}, {"key": "a", "label": "B"}]}',
    ],
)
def test_a_broken_vocabulary_file_is_refused(
    content: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "needs.json").write_text(content, encoding="utf-8")
    monkeypatch.setattr(vocab, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    # Bypass the cache so the real, cached vocabulary is neither used nor replaced.
    with pytest.raises(ValueError):
        load_vocabulary.__wrapped__("needs")


def test_vocabulary_files_are_plain_utf8_json() -> None:
    for name in VOCABULARY_NAMES:
        data = json.loads(resource_path("vocab", f"{name}.json").read_text(encoding="utf-8"))
        assert data["vocabulary"] == name
