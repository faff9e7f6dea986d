"""The editor's sections: each shows part of a `Case` and writes it back.

A section loads from a case, applies its fields to a case (strictly for a save, leniently
for a draft), lists its inputs in tab order, and emits `changed` on any edit. The
account and identity sections, which do more, live in their own modules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from intake_app.cases import validate
from intake_app.cases.model import Case, ConsentEntry
from intake_app.errors import ValidationError
from intake_app.gui.editor.partial_date import PartialDateEdit
from intake_app.gui.editor.repeatable import RecordRow, RepeatableList, RowTexts
from intake_app.gui.editor.rows import ConsentRow
from intake_app.gui.editor.widgets import (
    TAG_LIST_TYPING,
    InputError,
    VocabCombo,
    add_field,
    join_list,
    line_edit,
    one_line,
    plain_name,
    split_list,
    text_edit,
    watch,
)

R = TypeVar("R")


class Section(QGroupBox):
    """A titled part of the form. Subclasses fill `self.form` and call `watch_inputs()`."""

    changed = Signal()
    rows_changed = Signal()

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.setAccessibleName(plain_name(title))
        self.box = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.box.addLayout(self.form)

    def watch_inputs(self) -> None:
        watch(self, self.changed.emit)

    def load(self, case: Case) -> None:
        raise NotImplementedError

    def apply(self, case: Case, strict: bool) -> None:
        """Write the fields into `case`. Strict raises InputError; lenient keeps what it can."""
        raise NotImplementedError

    def focus_chain(self) -> list[QWidget]:
        """The section's inputs and buttons in tab order."""
        raise NotImplementedError

    def first_focus(self) -> QWidget:
        return self.focus_chain()[0]


class CaseSection(Section):
    """Pseudonym, case code (assigned by the store), status and tags."""

    def __init__(self) -> None:
        super().__init__(self.tr("Case"))
        self.pseudonym = line_edit("")
        self.pseudonym.setPlaceholderText(self.tr("required, e.g. Brave; never a real name"))
        self.code = line_edit("")
        self.code.setReadOnly(True)
        self.code.setPlaceholderText(self.tr("assigned when the case is first saved"))
        self.status = VocabCombo("case_statuses", "", allow_empty=False)
        self.tags = line_edit("", max_length=2000)
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        add_field(self.form, self.tr("Pseudony&m"), self.pseudonym)
        add_field(self.form, self.tr("Case code"), self.code)
        add_field(self.form, self.tr("Case stat&us"), self.status)
        add_field(self.form, self.tr("T&ags"), self.tags)
        self.watch_inputs()

    def focus_chain(self) -> list[QWidget]:
        return [self.pseudonym, self.code, self.status, self.tags]

    def load(self, case: Case) -> None:
        self.pseudonym.setText(case.pseudonym)
        self.code.setText(case.code)
        self.status.set_key(case.status)
        self.tags.setText(join_list(case.tags))

    def check_required(self) -> None:
        """Refuse a save without a pseudonym (a draft may lack one: it is still typing)."""
        if not self.pseudonym.text().strip():
            raise InputError(self.tr("Pseudonym"), self.tr("is required"), self.pseudonym)

    def apply(self, case: Case, strict: bool) -> None:
        case.pseudonym = one_line(self.pseudonym.text()).strip()
        case.status = self.status.key()
        case.tags = split_list(self.tags.text())


class ProfileSection(Section):
    """The anonymised profile: enough to understand, never to identify."""

    def __init__(self) -> None:
        super().__init__(self.tr("Anonymised profile"))
        self.age_band = VocabCombo("age_bands", "")
        self.gender = line_edit("")
        self.gender.setPlaceholderText(self.tr("as the person describes it"))
        self.arrival_year = line_edit("", max_length=4)
        self.arrival_year.setValidator(QIntValidator(1900, 2100, self.arrival_year))
        self.city = line_edit("")
        self.province = VocabCombo("provinces", "")
        self.languages = line_edit("", max_length=400)
        self.languages.setPlaceholderText(self.tr("language tags, comma-separated: yue, en"))
        self.languages.setValidator(QRegularExpressionValidator(TAG_LIST_TYPING, self.languages))
        add_field(self.form, self.tr("Age &band"), self.age_band)
        add_field(self.form, self.tr("Gender"), self.gender)
        add_field(self.form, self.tr("Arrival year"), self.arrival_year)
        add_field(self.form, self.tr("City"), self.city)
        add_field(self.form, self.tr("Pr&ovince or territory"), self.province)
        add_field(self.form, self.tr("&Languages"), self.languages)
        self.watch_inputs()

    def focus_chain(self) -> list[QWidget]:
        return [
            self.age_band,
            self.gender,
            self.arrival_year,
            self.city,
            self.province,
            self.languages,
        ]

    def load(self, case: Case) -> None:
        p = case.profile
        self.age_band.set_key(p.age_band)
        self.gender.setText(p.gender)
        self.arrival_year.setText("" if p.arrival_year is None else str(p.arrival_year))
        self.city.setText(p.city)
        self.province.set_key(p.province)
        self.languages.setText(join_list(p.languages))

    def apply(self, case: Case, strict: bool) -> None:
        p = case.profile
        p.age_band = self.age_band.key()
        p.gender = one_line(self.gender.text())
        p.arrival_year = self._arrival_year(strict)
        p.city = one_line(self.city.text())
        p.province = self.province.key()
        p.languages = []
        for tag in split_list(self.languages.text()):
            try:
                p.languages.append(validate.check_language(tag, self.tr("Languages")))
            except ValidationError as error:
                if strict:
                    raise InputError(error.field, error.problem, self.languages) from None

    def _arrival_year(self, strict: bool) -> int | None:
        text = self.arrival_year.text().strip()
        if not text:
            return None
        if text.isascii() and text.isdigit() and 1900 <= int(text) <= 2100:
            return int(text)
        if strict:
            raise InputError(
                self.tr("Arrival year"),
                self.tr("must be a year from 1900 to 2100"),
                self.arrival_year,
            )
        return None


class StatusSection(Section):
    """Status in Canada: what it is, since when, what is pending."""

    def __init__(self) -> None:
        super().__init__(self.tr("Status in Canada"))
        self.status = VocabCombo("statuses_in_canada", "")
        self.since = PartialDateEdit(self.tr("Status since"))
        self.pending = line_edit("")
        self.pending.setPlaceholderText(self.tr("e.g. asylum claim, permanent residence"))
        self.notes = text_edit("")
        add_field(self.form, self.tr("Status in Cana&da"), self.status)
        add_field(self.form, self.tr("Since"), self.since)
        add_field(self.form, self.tr("Pending application"), self.pending)
        add_field(self.form, self.tr("Status notes"), self.notes)
        self.watch_inputs()

    def focus_chain(self) -> list[QWidget]:
        return [self.status, self.since, self.pending, self.notes]

    def load(self, case: Case) -> None:
        s = case.status_in_canada
        self.status.set_key(s.status)
        self.since.set_value(s.since)
        self.pending.setText(s.pending_application)
        self.notes.setPlainText(s.notes)

    def apply(self, case: Case, strict: bool) -> None:
        s = case.status_in_canada
        s.status = self.status.key()
        s.since = self.since.value() if strict else self.since.lenient_value()
        s.pending_application = one_line(self.pending.text())
        s.notes = self.notes.toPlainText()


class RecordsSection(Section, Generic[R]):
    """A section that is one list of records (incidents, documents, needs, sessions)."""

    def __init__(
        self,
        title: str,
        texts: RowTexts,
        make_row: Callable[[R | None], RecordRow[R]],
        get: Callable[[Case], list[R]],
        put: Callable[[Case, list[R]], None],
    ) -> None:
        super().__init__(title)
        self._get = get
        self._put = put
        self.records = RepeatableList(texts, make_row)
        self.box.insertWidget(0, self.records)
        self.records.changed.connect(self.changed)
        self.records.rows_changed.connect(self.rows_changed)

    def focus_chain(self) -> list[QWidget]:
        return self.records.focus_chain()

    def load(self, case: Case) -> None:
        self.records.set_records(self._get(case))

    def apply(self, case: Case, strict: bool) -> None:
        self._put(case, self.records.records(strict))


class ConsentSection(Section):
    """The consent ledger (one entry per purpose and time) and the retention date."""

    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__(self.tr("Consent"))
        self.entries: RepeatableList[ConsentEntry] = RepeatableList(
            ConsentRow.row_texts(), lambda record: ConsentRow(record, today)
        )
        self.box.insertWidget(0, self.entries)
        self.retention = PartialDateEdit(self.tr("Keep records until"))
        add_field(self.form, self.tr("&Keep records until"), self.retention)
        self.watch_inputs()
        self.entries.changed.connect(self.changed)
        self.entries.rows_changed.connect(self.rows_changed)

    def focus_chain(self) -> list[QWidget]:
        return [*self.entries.focus_chain(), self.retention]

    def load(self, case: Case) -> None:
        self.entries.set_records(case.consent.entries)
        self.retention.set_value(case.consent.retention_until)

    def apply(self, case: Case, strict: bool) -> None:
        case.consent.entries = self.entries.records(strict)
        retention = self.retention
        case.consent.retention_until = retention.value() if strict else retention.lenient_value()
