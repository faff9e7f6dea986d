"""Shared fixtures for the case-model tests: the example document and a case with every field."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from intake_app.cases.dates import PartialDate
from intake_app.cases.model import (
    Account,
    Case,
    Consent,
    ConsentEntry,
    Harasser,
    Identity,
    Incident,
    InterviewSession,
    Need,
    Profile,
    StatusInCanada,
    TravelDocument,
)

EXAMPLE_PATH = Path(__file__).resolve().parent.parent / "data" / "case-example.json"
HARASSER_ID = "0b0e7c1e-5d4a-4f5e-9a51-6f3f3b0a9c11"


@pytest.fixture
def example_doc() -> dict[str, Any]:
    """A fresh parsed copy of tests/data/case-example.json (tests may mutate it)."""
    doc: dict[str, Any] = json.loads(EXAMPLE_PATH.read_text(encoding="utf-8"))
    return doc


@pytest.fixture
def example_bytes() -> bytes:
    return EXAMPLE_PATH.read_bytes()


def make_full_case() -> Case:
    """A case with every field of every model class set to a non-default value."""
    return Case(
        id="6a1f6d2c-3b7e-4c1a-8f0e-2d9b5c4a7e10",
        code="HK-2024-00042",
        pseudonym="Brave 勇",
        status="active",
        tags=["rally", "學生"],
        created=dt.datetime(2024, 7, 1, 9, 30, 0, tzinfo=dt.UTC),
        updated=dt.datetime(2024, 7, 3, 17, 5, 59, tzinfo=dt.UTC),
        profile=Profile(
            age_band="25_34",
            gender="man",
            arrival_year=2016,
            city="Toronto",
            province="ON",
            languages=["yue", "zh-Hant", "en"],
        ),
        identity=Identity(
            legal_name="Chan Tai-man",
            chinese_name="陳大文",
            other_names=["Brian Chan", "Chan Tai Man"],
            date_of_birth=PartialDate(1998, 6, 4),
            phones=["+1 416-839-2210", "+852 9123 4567"],
            emails=["brave.example@protonmail.com"],
            addresses=["12 Example Street, Toronto"],
            hkid="A123456(3)",
            passport_numbers=["K12345678"],
            uci="1234-5678",
            other_ids=["SIN 046 454 286"],
            notes="Prefers Signal.\nDo not call after 9 pm.",
        ),
        status_in_canada=StatusInCanada(
            status="international_student",
            since=PartialDate(2016, 9),
            pending_application="asylum claim",
            notes="Study permit expires next year.",
        ),
        incidents=[
            Incident(
                id="1c8e4a52-7f3b-4d6e-9a0c-5b2d8f1e3a47",
                date=PartialDate(2024, 5, 2),
                kind="stalking",
                location="Toronto",
                description="Followed from a rally to the subway; 兩個男人 photographed him.",
                perpetrator="two men",
                harasser_ids=[HARASSER_ID],
                reported_to_police=True,
                police_reference="TPS 2024-123456",
            ),
            Incident(
                id="9d3b2f6a-1e4c-4a8b-b7d5-3c6e0f2a1b98",
                date=PartialDate(2024),
                kind="online_harassment",
                location="online",
                description="Threatening messages naming his university.",
                perpetrator="",
                harasser_ids=[],
                reported_to_police=False,
                police_reference="",
            ),
        ],
        documents=[
            TravelDocument(
                kind="hksar_passport",
                status="expiring",
                expiry=PartialDate(2025, 1, 31),
                renewal_postponed=True,
                fear_of_arrest=True,
                travel_document_needed=True,
                notes="Consulate renewal feels unsafe.",
            )
        ],
        needs=[
            Need(
                kind="legal",
                status="referred",
                referral_to="Legal clinic",
                referral_date=PartialDate(2024, 7, 2),
                notes="Asylum claim advice.",
            ),
            Need(kind="financial"),
        ],
        consent=Consent(
            entries=[
                ConsentEntry("recording", PartialDate(2024, 7, 1), notes="verbal"),
                ConsentEntry(
                    "legal_referral",
                    PartialDate(2024, 7, 1),
                    expires=PartialDate(2025, 7),
                    withdrawn=PartialDate(2024, 12, 24),
                ),
            ],
            retention_until=PartialDate(2030),
        ),
        sessions=[
            InterviewSession(
                id="3e5f7a9b-2c4d-4e6f-8a1b-c3d5e7f9a2b4",
                date=PartialDate(2024, 7, 1),
                location="church hall",
                interviewer="MW",
                language="yue",
                interpreter=True,
                duration_minutes=95,
                notes="Tired; second session planned.",
            )
        ],
        account=Account(
            original="我自二零一六年起在加拿大讀書。\n曾兩次被人跟蹤回家。",
            original_language="yue",
            translation_en="I have studied in Canada since 2016.\nI was followed home twice.",
            translated_by="MW",
            translated_at=PartialDate(2024, 7, 2),
        ),
        harassers=[
            Harasser(
                id=HARASSER_ID,
                label="man with camera at rallies",
                description="Tall, grey jacket; seen at three rallies.",
                kinds=["surveillance", "stalking"],
                handles=["@patriot_eye", "wxid_abc123"],
                plates=["CABC 123"],
                other_identifiers=["drives a white van"],
            )
        ],
    )


@pytest.fixture
def full_case() -> Case:
    return make_full_case()
