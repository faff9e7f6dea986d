"""resources/schema/case.schema.json agrees with the documents the app accepts and writes."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from intake_app.cases import jsonio
from intake_app.cases.jsonio import case_from_json, case_to_json
from intake_app.cases.model import Case
from intake_app.cases.validate import Shape
from intake_app.cases.vocab import load_vocabulary
from intake_app.errors import ValidationError
from intake_app.resources import resource_path

SCHEMA: dict[str, Any] = json.loads(
    resource_path("schema", "case.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_example_document_is_valid(example_doc: dict[str, Any]) -> None:
    VALIDATOR.validate(example_doc)


def test_canonical_outputs_are_valid(full_case: Case, example_doc: dict[str, Any]) -> None:
    cases = [
        full_case,
        case_from_json(example_doc),
        case_from_json({"pseudonym": "Kite"}),
        case_from_json({"pseudonym": "Kite", "harassers": [{"id": "h1"}], "incidents": [{}]}),
    ]
    for case in cases:
        VALIDATOR.validate(case_to_json(case))
        VALIDATOR.validate(case_to_json(case, include_identity=False))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"pseudonym": ""}, "pseudonym"),
        ({"pseudonm": "Kite"}, "additional"),
        ({"status_in_canada": "tourist"}, "status_in_canada"),
        ({"needs": ["lawyer"]}, "needs"),
        ({"incidents": [{"type": "burglary"}]}, "incidents"),
        ({"incidents": [{"kind": "stalking", "type": "stalking"}]}, "incidents"),
        ({"passport": {"document": "hksar_passport", "expiry": "2025-13"}}, "passport"),
        ({"documents": []}, "documents and passport"),
        ({"account": "text"}, "account and narrative"),
        ({"consent": {"record": True}}, "consent without date"),
        ({"consent": {"share": ["lawyers"], "date": "2024"}}, "consent share"),
        ({"identity": {"legal_name": "Chan\nTai-man"}}, "identity"),
        ({"profile": {"arrival_year": 1850}}, "profile"),
        ({"id": "not-a-uuid"}, "id"),
        ({"created": "2024-07-01"}, "created"),
        ({"format_version": 2}, "format_version"),
    ],
)
def test_invalid_documents_fail_the_schema_and_the_app(
    example_doc: dict[str, Any], change: dict[str, Any], where: str
) -> None:
    document = {**example_doc, **change}
    assert not VALIDATOR.is_valid(document), where
    with pytest.raises(ValidationError):
        case_from_json(document)


VOCAB_DEFS = {
    "ageBand": ("age_bands", True),
    "province": ("provinces", True),
    "caseStatus": ("case_statuses", False),
    "statusInCanada": ("statuses_in_canada", True),
    "incidentKind": ("incident_kinds", True),
    "incidentKindKey": ("incident_kinds", False),
    "documentKind": ("document_kinds", True),
    "documentStatus": ("document_statuses", True),
    "need": ("needs", False),
    "needStatus": ("need_statuses", False),
    "consentPurpose": ("consent_purposes", False),
}


@pytest.mark.parametrize("definition", VOCAB_DEFS)
def test_schema_enums_are_the_vocabulary_keys(definition: str) -> None:
    name, with_empty = VOCAB_DEFS[definition]
    expected = ([""] if with_empty else []) + list(load_vocabulary(name).keys)
    assert SCHEMA["$defs"][definition]["enum"] == expected


@pytest.mark.parametrize(
    ("definition", "shape"),
    [
        ("identity", jsonio.IDENTITY),
        ("profile", jsonio.PROFILE),
        ("statusInCanadaObject", jsonio.STATUS_IN_CANADA),
        ("incident", jsonio.INCIDENT),
        ("travelDocument", jsonio.DOCUMENT),
        ("needObject", jsonio.NEED),
        ("consentEntry", jsonio.CONSENT_ENTRY),
        ("consentLedger", jsonio.CONSENT),
        ("consentShort", jsonio.SHORT_CONSENT),
        ("session", jsonio.SESSION),
        ("harasser", jsonio.HARASSER),
        (None, jsonio.CASE),
    ],
)
def test_schema_properties_are_the_keys_the_app_reads(definition: str | None, shape: Shape) -> None:
    node = SCHEMA if definition is None else SCHEMA["$defs"][definition]
    assert set(node["properties"]) == shape.allowed


def test_account_object_properties_are_the_keys_the_app_reads() -> None:
    (_, account_object) = SCHEMA["$defs"]["account"]["anyOf"]
    assert set(account_object["properties"]) == jsonio.ACCOUNT.allowed
