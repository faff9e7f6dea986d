"""The rows of the repeatable sections: incidents, travel documents, needs, consent, sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from intake_app.cases import validate
from intake_app.cases.dates import PartialDate
from intake_app.cases.model import ConsentEntry, Incident, InterviewSession, Need, TravelDocument
from intake_app.cases.vocab import load_vocabulary
from intake_app.gui.editor.partial_date import PartialDateEdit
from intake_app.gui.editor.repeatable import RecordRow, RowTexts
from intake_app.gui.editor.widgets import (
    InputError,
    LanguageCombo,
    TriStateCombo,
    VocabCombo,
    line_edit,
    one_line,
    text_edit,
)


def _text(edit: QLineEdit) -> str:
    return one_line(edit.text())


class IncidentRow(RecordRow[Incident]):
    """When, what kind, where, what happened, by whom, reported to police."""

    @staticmethod
    def row_texts() -> RowTexts:
        return RowTexts(
            heading=QCoreApplication.translate("IncidentRow", "Incident {number}"),
            add=QCoreApplication.translate("IncidentRow", "Add incident"),
            remove=QCoreApplication.translate("IncidentRow", "Remove incident"),
            empty=QCoreApplication.translate("IncidentRow", "No incidents recorded."),
        )

    def __init__(self, record: Incident | None = None) -> None:
        super().__init__(self.row_texts(), record or Incident())
        self.date = self.add(self.tr("Date"), PartialDateEdit())
        self.kind = self.add(self.tr("Kind"), VocabCombo("incident_kinds", ""))
        self.location = self.add(self.tr("Where (a city or online)"), line_edit(""))
        self.description = self.add(self.tr("What happened"), text_edit(""))
        long_text = validate.LONG_TEXT
        self.perpetrator = self.add(self.tr("By whom"), line_edit("", max_length=long_text))
        self.reported = self.add(self.tr("Reported to police"), TriStateCombo(""))
        self.police_reference = self.add(self.tr("Police report number"), line_edit(""))
        self.load()

    def inputs(self) -> list[QWidget]:
        return [
            self.date,
            self.kind,
            self.location,
            self.description,
            self.perpetrator,
            self.reported,
            self.police_reference,
        ]

    def load(self) -> None:
        r = self._record
        self.date.set_value(r.date)
        self.kind.set_key(r.kind)
        self.location.setText(r.location)
        self.description.setPlainText(r.description)
        self.perpetrator.setText(r.perpetrator)
        self.reported.set_value(r.reported_to_police)
        self.police_reference.setText(r.police_reference)

    def record(self, strict: bool) -> Incident:
        r = self.base()
        r.date = self.date_value(self.date, self.tr("Date"), strict)
        r.kind = self.kind.key()
        r.location = _text(self.location)
        r.description = self.description.toPlainText()
        r.perpetrator = _text(self.perpetrator)
        r.reported_to_police = self.reported.value()
        r.police_reference = _text(self.police_reference)
        return r


class DocumentRow(RecordRow[TravelDocument]):
    """A passport or travel-document concern."""

    @staticmethod
    def row_texts() -> RowTexts:
        return RowTexts(
            heading=QCoreApplication.translate("DocumentRow", "Travel document {number}"),
            add=QCoreApplication.translate("DocumentRow", "Add travel document"),
            remove=QCoreApplication.translate("DocumentRow", "Remove travel document"),
            empty=QCoreApplication.translate("DocumentRow", "No travel documents recorded."),
        )

    def __init__(self, record: TravelDocument | None = None) -> None:
        super().__init__(self.row_texts(), record or TravelDocument())
        self.kind = self.add(self.tr("Document"), VocabCombo("document_kinds", ""))
        self.status = self.add(self.tr("Status"), VocabCombo("document_statuses", ""))
        self.expiry = self.add(self.tr("Expiry"), PartialDateEdit())
        self.renewal_postponed = self.add_check(QCheckBox(self.tr("Renewal postponed")))
        self.fear_of_arrest = self.add_check(QCheckBox(self.tr("Fears arrest on return")))
        self.travel_document_needed = self.add_check(QCheckBox(self.tr("Travel document needed")))
        self.notes = self.add(self.tr("Notes"), text_edit("", lines=2))
        self.load()

    def inputs(self) -> list[QWidget]:
        return [
            self.kind,
            self.status,
            self.expiry,
            self.renewal_postponed,
            self.fear_of_arrest,
            self.travel_document_needed,
            self.notes,
        ]

    def load(self) -> None:
        r = self._record
        self.kind.set_key(r.kind)
        self.status.set_key(r.status)
        self.expiry.set_value(r.expiry)
        self.renewal_postponed.setChecked(r.renewal_postponed)
        self.fear_of_arrest.setChecked(r.fear_of_arrest)
        self.travel_document_needed.setChecked(r.travel_document_needed)
        self.notes.setPlainText(r.notes)

    def record(self, strict: bool) -> TravelDocument:
        r = self.base()
        r.kind = self.kind.key()
        r.status = self.status.key()
        r.expiry = self.date_value(self.expiry, self.tr("Expiry"), strict)
        r.renewal_postponed = self.renewal_postponed.isChecked()
        r.fear_of_arrest = self.fear_of_arrest.isChecked()
        r.travel_document_needed = self.travel_document_needed.isChecked()
        r.notes = self.notes.toPlainText()
        return r


class NeedRow(RecordRow[Need]):
    """A need and where it was referred."""

    @staticmethod
    def row_texts() -> RowTexts:
        return RowTexts(
            heading=QCoreApplication.translate("NeedRow", "Need {number}"),
            add=QCoreApplication.translate("NeedRow", "Add need"),
            remove=QCoreApplication.translate("NeedRow", "Remove need"),
            empty=QCoreApplication.translate("NeedRow", "No needs recorded."),
        )

    def __init__(self, record: Need | None = None) -> None:
        # The model requires a kind; the first term is shown so that a draft is always whole.
        super().__init__(self.row_texts(), record or Need(kind=load_vocabulary("needs").keys[0]))
        self.kind = self.add(self.tr("Need"), VocabCombo("needs", "", allow_empty=False))
        statuses = VocabCombo("need_statuses", "", allow_empty=False)
        self.status = self.add(self.tr("Status"), statuses)
        self.referral_to = self.add(self.tr("Referred to"), line_edit(""))
        self.referral_date = self.add(self.tr("Referral date"), PartialDateEdit())
        self.notes = self.add(self.tr("Notes"), text_edit("", lines=2))
        self.load()

    def inputs(self) -> list[QWidget]:
        return [self.kind, self.status, self.referral_to, self.referral_date, self.notes]

    def load(self) -> None:
        r = self._record
        self.kind.set_key(r.kind)
        self.status.set_key(r.status)
        self.referral_to.setText(r.referral_to)
        self.referral_date.set_value(r.referral_date)
        self.notes.setPlainText(r.notes)

    def record(self, strict: bool) -> Need:
        r = self.base()
        r.kind = self.kind.key()
        r.status = self.status.key()
        r.referral_to = _text(self.referral_to)
        r.referral_date = self.date_value(self.referral_date, self.tr("Referral date"), strict)
        r.notes = self.notes.toPlainText()
        return r


class ConsentRow(RecordRow[ConsentEntry]):
    """One consent ledger entry: a purpose, given, expires, withdrawn."""

    @staticmethod
    def row_texts() -> RowTexts:
        return RowTexts(
            heading=QCoreApplication.translate("ConsentRow", "Consent entry {number}"),
            add=QCoreApplication.translate("ConsentRow", "Add consent entry"),
            remove=QCoreApplication.translate("ConsentRow", "Remove consent entry"),
            empty=QCoreApplication.translate("ConsentRow", "No consent recorded."),
        )

    def __init__(self, record: ConsentEntry | None, today: Callable[[], dt.date]) -> None:
        if record is None:
            # Consent is nearly always recorded the day it is given; the date stays editable.
            first = load_vocabulary("consent_purposes").keys[0]
            record = ConsentEntry(first, PartialDate.from_date(today()))
        super().__init__(self.row_texts(), record)
        self.purpose = self.add(
            self.tr("Purpose"), VocabCombo("consent_purposes", "", allow_empty=False)
        )
        self.given = self.add(self.tr("Given"), PartialDateEdit())
        self.expires = self.add(self.tr("Expires"), PartialDateEdit())
        self.withdrawn = self.add(self.tr("Withdrawn"), PartialDateEdit())
        self.notes = self.add(self.tr("Notes"), text_edit("", lines=2))
        self.load()

    def inputs(self) -> list[QWidget]:
        return [self.purpose, self.given, self.expires, self.withdrawn, self.notes]

    def load(self) -> None:
        r = self._record
        self.purpose.set_key(r.purpose)
        self.given.set_value(r.given)
        self.expires.set_value(r.expires)
        self.withdrawn.set_value(r.withdrawn)
        self.notes.setPlainText(r.notes)

    def record(self, strict: bool) -> ConsentEntry:
        r = self.base()
        r.purpose = self.purpose.key()
        given = self.date_value(self.given, self.tr("Given"), strict)
        if given is None and strict:
            raise InputError(self.where(self.tr("Given")), self.tr("is required"), self.given.edit)
        # A draft keeps the date the row was loaded with when the field was emptied.
        r.given = given or r.given
        r.expires = self.date_value(self.expires, self.tr("Expires"), strict)
        r.withdrawn = self.date_value(self.withdrawn, self.tr("Withdrawn"), strict)
        r.notes = self.notes.toPlainText()
        return r


class SessionRow(RecordRow[InterviewSession]):
    """One interview session: when, where, who, in which language, how long."""

    @staticmethod
    def row_texts() -> RowTexts:
        return RowTexts(
            heading=QCoreApplication.translate("SessionRow", "Interview session {number}"),
            add=QCoreApplication.translate("SessionRow", "Add interview session"),
            remove=QCoreApplication.translate("SessionRow", "Remove interview session"),
            empty=QCoreApplication.translate("SessionRow", "No interview sessions recorded."),
        )

    def __init__(self, record: InterviewSession | None = None) -> None:
        super().__init__(self.row_texts(), record or InterviewSession())
        self.date = self.add(self.tr("Date"), PartialDateEdit())
        self.location = self.add(self.tr("Kind of place"), line_edit(""))
        self.location.setPlaceholderText(self.tr("e.g. church hall, café, phone"))
        self.interviewer = self.add(self.tr("Interviewer (initials)"), line_edit(""))
        self.language = self.add(self.tr("Language"), LanguageCombo(""))
        self.interpreter = self.add_check(QCheckBox(self.tr("Interpreter present")))
        self.duration = self.add(self.tr("Duration (minutes)"), line_edit("", max_length=4))
        self.duration.setValidator(QIntValidator(0, 1440, self.duration))
        self.notes = self.add(self.tr("Notes"), text_edit("", lines=2))
        self.load()

    def inputs(self) -> list[QWidget]:
        return [
            self.date,
            self.location,
            self.interviewer,
            self.language,
            self.interpreter,
            self.duration,
            self.notes,
        ]

    def load(self) -> None:
        r = self._record
        self.date.set_value(r.date)
        self.location.setText(r.location)
        self.interviewer.setText(r.interviewer)
        self.language.set_value(r.language)
        self.interpreter.setChecked(r.interpreter)
        self.duration.setText("" if r.duration_minutes is None else str(r.duration_minutes))
        self.notes.setPlainText(r.notes)

    def record(self, strict: bool) -> InterviewSession:
        r = self.base()
        r.date = self.date_value(self.date, self.tr("Date"), strict)
        r.location = _text(self.location)
        r.interviewer = _text(self.interviewer)
        r.language = one_line(self.language.value())
        r.interpreter = self.interpreter.isChecked()
        text = self.duration.text().strip()
        if text and not (text.isascii() and text.isdigit() and int(text) <= 1440):
            if strict:
                raise InputError(
                    self.where(self.tr("Duration (minutes)")),
                    self.tr("must be minutes from 0 to 1440"),
                    self.duration,
                )
            text = ""
        r.duration_minutes = int(text) if text else None
        r.notes = self.notes.toPlainText()
        return r
