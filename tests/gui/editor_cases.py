"""A fully populated case, and filling or reading the case editor's widgets one by one.

`fill` types a case into the editor the way a test user would (widget by widget, never
through the editor's own loading code); `assert_shows` checks every widget against a case.
Both walk the same fields in the same order, so a field missing from one is missed loudly.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtWidgets import QComboBox

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
from intake_app.gui.editor import CaseEditor

HARASSER_ID = "0b0e7c1e-5d4a-4f5e-9a51-6f3f3b0a9c11"


def full_case() -> Case:
    """Every field of every model class set to a non-default value."""
    return Case(
        pseudonym="Brave 勇",
        status="active",
        tags=["rally", "學生"],
        created=dt.datetime(2024, 7, 1, 9, 30, tzinfo=dt.UTC),
        updated=dt.datetime(2024, 7, 3, 17, 5, tzinfo=dt.UTC),
        profile=Profile("25_34", "man", 2016, "Toronto", "ON", ["yue", "zh-Hant", "en"]),
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
            "international_student", PartialDate(2016, 9), "asylum claim", "Permit expires."
        ),
        incidents=[
            Incident(
                date=PartialDate(2024, 5, 2),
                kind="stalking",
                location="Toronto",
                description="Followed from a rally;\n兩個男人 photographed him.",
                perpetrator="two men",
                harasser_ids=[HARASSER_ID],
                reported_to_police=True,
                police_reference="TPS 2024-123456",
            ),
            Incident(
                date=PartialDate(2024),
                kind="online_harassment",
                location="online",
                description="Threatening messages.",
                reported_to_police=False,
            ),
        ],
        documents=[
            TravelDocument(
                "hksar_passport",
                "expiring",
                PartialDate(2025, 1, 31),
                True,
                True,
                True,
                "Consulate renewal feels unsafe.",
            )
        ],
        needs=[
            Need("legal", "referred", "Legal clinic", PartialDate(2024, 7, 2), "Asylum advice."),
            Need("financial"),
        ],
        consent=Consent(
            entries=[
                ConsentEntry("recording", PartialDate(2024, 7, 1), notes="verbal"),
                ConsentEntry(
                    "legal_referral",
                    PartialDate(2024, 7, 1),
                    PartialDate(2025, 7),
                    PartialDate(2024, 12, 24),
                ),
            ],
            retention_until=PartialDate(2030),
        ),
        sessions=[
            InterviewSession(
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
                label="man with camera",
                description="Grey jacket.",
                kinds=["surveillance"],
                handles=["@patriot_eye"],
                plates=["CABC 123"],
                other_identifiers=["white van"],
            )
        ],
    )


def as_typed(case: Case, stored: Case) -> Case:
    """What `fill` can express of `case`, with what only the store assigns taken from `stored`.

    The form has no harasser records (they are linked elsewhere), and new rows get new ids.
    """
    expected = copy.deepcopy(case)
    expected.id, expected.code = stored.id, stored.code
    expected.created, expected.updated = stored.created, stored.updated
    expected.harassers = []
    for mine, theirs in zip(expected.incidents, stored.incidents, strict=True):
        mine.id, mine.harasser_ids = theirs.id, []
    for mine_s, theirs_s in zip(expected.sessions, stored.sessions, strict=True):
        mine_s.id = theirs_s.id
    return expected


def _choose(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def _date(value: PartialDate | None) -> str:
    return "" if value is None else str(value)


def _yes_no(value: bool | None) -> int:
    return {None: 0, True: 1, False: 2}[value]


def fill(editor: CaseEditor, c: Case) -> None:
    """Set every widget of the editor from `c`, one widget at a time."""
    s = editor.case_section
    s.pseudonym.setText(c.pseudonym)
    _choose(s.status, c.status)
    s.tags.setText(", ".join(c.tags))
    p = editor.profile
    _choose(p.age_band, c.profile.age_band)
    p.gender.setText(c.profile.gender)
    p.arrival_year.setText(str(c.profile.arrival_year))
    p.city.setText(c.profile.city)
    _choose(p.province, c.profile.province)
    p.languages.setText(", ".join(c.profile.languages))
    st = editor.status
    _choose(st.status, c.status_in_canada.status)
    st.since.setText(_date(c.status_in_canada.since))
    st.pending.setText(c.status_in_canada.pending_application)
    st.notes.setPlainText(c.status_in_canada.notes)
    for incident in c.incidents:
        i = editor.incidents.records.add_row()
        i.date.setText(_date(incident.date))
        _choose(i.kind, incident.kind)
        i.location.setText(incident.location)
        i.description.setPlainText(incident.description)
        i.perpetrator.setText(incident.perpetrator)
        i.reported.setCurrentIndex(_yes_no(incident.reported_to_police))
        i.police_reference.setText(incident.police_reference)
    for document in c.documents:
        d = editor.documents.records.add_row()
        _choose(d.kind, document.kind)
        _choose(d.status, document.status)
        d.expiry.setText(_date(document.expiry))
        d.renewal_postponed.setChecked(document.renewal_postponed)
        d.fear_of_arrest.setChecked(document.fear_of_arrest)
        d.travel_document_needed.setChecked(document.travel_document_needed)
        d.notes.setPlainText(document.notes)
    for need in c.needs:
        n = editor.needs.records.add_row()
        _choose(n.kind, need.kind)
        _choose(n.status, need.status)
        n.referral_to.setText(need.referral_to)
        n.referral_date.setText(_date(need.referral_date))
        n.notes.setPlainText(need.notes)
    for entry in c.consent.entries:
        e = editor.consent.entries.add_row()
        _choose(e.purpose, entry.purpose)
        e.given.setText(_date(entry.given))
        e.expires.setText(_date(entry.expires))
        e.withdrawn.setText(_date(entry.withdrawn))
        e.notes.setPlainText(entry.notes)
    editor.consent.retention.setText(_date(c.consent.retention_until))
    for session in c.sessions:
        r = editor.sessions.records.add_row()
        r.date.setText(_date(session.date))
        r.location.setText(session.location)
        r.interviewer.setText(session.interviewer)
        r.language.setEditText(session.language)
        r.interpreter.setChecked(session.interpreter)
        r.duration.setText(str(session.duration_minutes))
        r.notes.setPlainText(session.notes)
    a = editor.account
    a.original.setPlainText(c.account.original)
    _choose(a.language, c.account.original_language)
    a.translation.setPlainText(c.account.translation_en)
    a.translated_by.setText(c.account.translated_by)
    a.translated_at.setText(_date(c.account.translated_at))
    i_ = editor.identity
    i_.legal_name.setText(c.identity.legal_name)
    i_.chinese_name.setText(c.identity.chinese_name)
    i_.other_names.setPlainText("\n".join(c.identity.other_names))
    i_.date_of_birth.setText(_date(c.identity.date_of_birth))
    i_.phones.setPlainText("\n".join(c.identity.phones))
    i_.emails.setPlainText("\n".join(c.identity.emails))
    i_.addresses.setPlainText("\n".join(c.identity.addresses))
    i_.hkid.setText(c.identity.hkid)
    i_.passport_numbers.setPlainText("\n".join(c.identity.passport_numbers))
    i_.uci.setText(c.identity.uci)
    i_.other_ids.setPlainText("\n".join(c.identity.other_ids))
    i_.notes.setPlainText(c.identity.notes)


def assert_shows(editor: CaseEditor, c: Case) -> None:
    """Every widget of the editor shows what `c` holds."""
    s = editor.case_section
    assert (s.pseudonym.text(), s.code.text(), s.status.key()) == (c.pseudonym, c.code, c.status)
    assert s.tags.text() == ", ".join(c.tags)
    p = editor.profile
    assert (p.age_band.key(), p.gender.text(), p.arrival_year.text()) == (
        c.profile.age_band,
        c.profile.gender,
        str(c.profile.arrival_year),
    )
    assert (p.city.text(), p.province.key()) == (c.profile.city, c.profile.province)
    assert p.languages.text() == ", ".join(c.profile.languages)
    st, sc = editor.status, c.status_in_canada
    assert (st.status.key(), st.since.text(), st.pending.text(), st.notes.toPlainText()) == (
        sc.status,
        _date(sc.since),
        sc.pending_application,
        sc.notes,
    )
    rows = editor.incidents.records.rows()
    assert len(rows) == len(c.incidents)
    for i, incident in zip(rows, c.incidents, strict=True):
        assert (i.date.text(), i.kind.key(), i.location.text()) == (
            _date(incident.date),
            incident.kind,
            incident.location,
        )
        assert (i.description.toPlainText(), i.perpetrator.text()) == (
            incident.description,
            incident.perpetrator,
        )
        assert (i.reported.value(), i.police_reference.text()) == (
            incident.reported_to_police,
            incident.police_reference,
        )
    drows = editor.documents.records.rows()
    assert len(drows) == len(c.documents)
    for d, doc in zip(drows, c.documents, strict=True):
        assert (d.kind.key(), d.status.key(), d.expiry.text()) == (
            doc.kind,
            doc.status,
            _date(doc.expiry),
        )
        flags = (d.renewal_postponed, d.fear_of_arrest, d.travel_document_needed)
        assert tuple(f.isChecked() for f in flags) == (
            doc.renewal_postponed,
            doc.fear_of_arrest,
            doc.travel_document_needed,
        )
        assert d.notes.toPlainText() == doc.notes
    nrows = editor.needs.records.rows()
    assert len(nrows) == len(c.needs)
    for n, need in zip(nrows, c.needs, strict=True):
        assert (n.kind.key(), n.status.key(), n.referral_to.text()) == (
            need.kind,
            need.status,
            need.referral_to,
        )
        assert (n.referral_date.text(), n.notes.toPlainText()) == (
            _date(need.referral_date),
            need.notes,
        )
    erows = editor.consent.entries.rows()
    assert len(erows) == len(c.consent.entries)
    for e, entry in zip(erows, c.consent.entries, strict=True):
        assert (e.purpose.key(), e.given.text(), e.expires.text(), e.withdrawn.text()) == (
            entry.purpose,
            _date(entry.given),
            _date(entry.expires),
            _date(entry.withdrawn),
        )
        assert e.notes.toPlainText() == entry.notes
    assert editor.consent.retention.text() == _date(c.consent.retention_until)
    srows = editor.sessions.records.rows()
    assert len(srows) == len(c.sessions)
    for r, session in zip(srows, c.sessions, strict=True):
        assert (r.date.text(), r.location.text(), r.interviewer.text()) == (
            _date(session.date),
            session.location,
            session.interviewer,
        )
        assert (r.language.value(), r.interpreter.isChecked(), r.duration.text()) == (
            session.language,
            session.interpreter,
            str(session.duration_minutes),
        )
        assert r.notes.toPlainText() == session.notes
    a, ca = editor.account, c.account
    assert (a.original.toPlainText(), a.language.value()) == (ca.original, ca.original_language)
    assert (a.translation.toPlainText(), a.translated_by.text(), a.translated_at.text()) == (
        ca.translation_en,
        ca.translated_by,
        _date(ca.translated_at),
    )
    i_, ci = editor.identity, c.identity
    assert (i_.legal_name.text(), i_.chinese_name.text()) == (ci.legal_name, ci.chinese_name)
    assert i_.other_names.values() == ci.other_names
    assert i_.date_of_birth.text() == _date(ci.date_of_birth)
    assert (i_.phones.values(), i_.emails.values()) == (ci.phones, ci.emails)
    assert i_.addresses.values() == ci.addresses
    assert (i_.hkid.text(), i_.uci.text()) == (ci.hkid, ci.uci)
    assert i_.passport_numbers.values() == ci.passport_numbers
    assert i_.other_ids.values() == ci.other_ids
    assert i_.notes.toPlainText() == ci.notes
