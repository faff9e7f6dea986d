"""The identity section: identifying details, hidden until asked for, hidden again after.

Its fields are invisible until the caseworker presses "Show identity" (Alt+I). They hide
again as soon as the caseworker moves on: when the focus goes anywhere outside this
section (another section, another window, a dialog), when the window is deactivated, and
when another case is loaded or the editor is wiped. Someone glancing at the screen in a
café then sees the account, never the name beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from intake_app.cases import identifiers as ids
from intake_app.cases.model import Case, Identity
from intake_app.gui.editor.partial_date import PartialDateEdit, lenient_partial
from intake_app.gui.editor.sections import Section
from intake_app.gui.editor.widgets import LinesEdit, line_edit, one_line, text_edit


class IdentitySection(Section):
    """Legal and Chinese names, date of birth, contact details and ID numbers."""

    visibility_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__(self.tr("Identity (protected)"))
        self.toggle = QPushButton(self.show_text())
        self.toggle.setAccessibleName(self.tr("Show or hide the identity"))
        self.toggle.setToolTip(
            self.tr("Identifying details stay hidden until shown, and hide again when you move on")
        )
        self.toggle.clicked.connect(self.toggle_identity)
        self.notice = QLabel(self.tr("Hidden. Never exported."))
        top = QHBoxLayout()
        top.addWidget(self.toggle)
        top.addWidget(self.notice, 1)
        self.box.insertLayout(0, top)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.legal_name = line_edit(self.tr("Legal name"))
        self.chinese_name = line_edit(self.tr("Chinese name"))
        self.other_names = LinesEdit(self.tr("Other names, one a line"), lines=2)
        self.date_of_birth = PartialDateEdit(self.tr("Date of birth"))
        self.phones = LinesEdit(self.tr("Phone numbers, one a line"), lines=2)
        self.emails = LinesEdit(self.tr("E-mail addresses, one a line"), lines=2)
        self.addresses = LinesEdit(self.tr("Addresses, one a line"), lines=2)
        self.hkid = line_edit(self.tr("HKID"))
        self.passport_numbers = LinesEdit(self.tr("Passport numbers, one a line"), lines=2)
        self.uci = line_edit(self.tr("UCI (IRCC client ID)"))
        self.other_ids = LinesEdit(self.tr("Other identifiers, one a line"), lines=2)
        self.notes = text_edit(self.tr("Identity notes"))
        for label, widget in (
            (self.tr("Legal name"), self.legal_name),
            (self.tr("Chinese name"), self.chinese_name),
            (self.tr("Other names"), self.other_names),
            (self.tr("Date of birth"), self.date_of_birth),
            (self.tr("Phones"), self.phones),
            (self.tr("E-mails"), self.emails),
            (self.tr("Addresses"), self.addresses),
            (self.tr("HKID"), self.hkid),
            (self.tr("Passport numbers"), self.passport_numbers),
            (self.tr("UCI"), self.uci),
            (self.tr("Other IDs"), self.other_ids),
            (self.tr("Notes"), self.notes),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.box.addWidget(self.fields)
        self.fields.hide()
        self.watch_inputs()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- showing and hiding ---------------------------------------------------------------------

    def show_text(self) -> str:
        return self.tr("Show identit&y")

    def hide_text(self) -> str:
        return self.tr("Hide identit&y")

    def is_shown(self) -> bool:
        return not self.fields.isHidden()

    def show_identity(self) -> None:
        self.fields.show()
        self.toggle.setText(self.hide_text())
        self.notice.setText(self.tr("Shown. Hides again when you move on. Never exported."))
        self.legal_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.visibility_changed.emit(True)

    def hide_identity(self) -> None:
        if not self.is_shown():
            return
        self.fields.hide()
        self.toggle.setText(self.show_text())
        self.notice.setText(self.tr("Hidden. Never exported."))
        self.visibility_changed.emit(False)

    def toggle_identity(self) -> None:
        if self.is_shown():
            self.hide_identity()
        else:
            self.show_identity()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.is_shown() and not (new is not None and (new is self or self.isAncestorOf(new))):
            self.hide_identity()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.hide_identity()

    # -- values ---------------------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        return [
            self.toggle,
            self.legal_name,
            self.chinese_name,
            self.other_names,
            self.date_of_birth,
            self.phones,
            self.emails,
            self.addresses,
            self.hkid,
            self.passport_numbers,
            self.uci,
            self.other_ids,
            self.notes,
        ]

    def load(self, case: Case) -> None:
        i = case.identity
        self.legal_name.setText(i.legal_name)
        self.chinese_name.setText(i.chinese_name)
        self.other_names.set_values(i.other_names)
        self.date_of_birth.set_value(i.date_of_birth)
        self.phones.set_values(i.phones)
        self.emails.set_values(i.emails)
        self.addresses.set_values(i.addresses)
        self.hkid.setText(i.hkid)
        self.passport_numbers.set_values(i.passport_numbers)
        self.uci.setText(i.uci)
        self.other_ids.set_values(i.other_ids)
        self.notes.setPlainText(i.notes)

    def apply(self, case: Case, strict: bool) -> None:
        dob = self.date_of_birth
        case.identity = Identity(
            legal_name=one_line(self.legal_name.text()).strip(),
            chinese_name=one_line(self.chinese_name.text()).strip(),
            other_names=self.other_names.values(),
            date_of_birth=dob.value() if strict else dob.lenient_value(),
            phones=self.phones.values(),
            emails=self.emails.values(),
            addresses=self.addresses.values(),
            hkid=one_line(self.hkid.text()).strip(),
            passport_numbers=self.passport_numbers.values(),
            uci=one_line(self.uci.text()).strip(),
            other_ids=self.other_ids.values(),
            notes=self.notes.toPlainText(),
        )

    def identity(self) -> Identity:
        """The identity as typed so far (dates leniently), for highlighting."""
        case = Case()
        self.apply(case, strict=False)
        return case.identity

    def append(self, kind: str, value: str) -> str:
        """Put an identifier taken from the account into its field; returns the field's name."""
        if kind == ids.PHONE:
            self.phones.append_value(value)
            return self.tr("phones")
        if kind == ids.EMAIL:
            self.emails.append_value(value)
            return self.tr("e-mails")
        if kind == ids.PASSPORT:
            self.passport_numbers.append_value(value)
            return self.tr("passport numbers")
        if kind == ids.ADDRESS:
            self.addresses.append_value(value)
            return self.tr("addresses")
        if kind == ids.HKID and _fill_single(self.hkid.text(), value):
            self.hkid.setText(self.hkid.text() or value)
            return self.tr("HKID")
        if kind == ids.UCI and _fill_single(self.uci.text(), value):
            self.uci.setText(self.uci.text() or value)
            return self.tr("UCI")
        if kind == ids.DOB and not self.date_of_birth.text() and lenient_partial(value):
            self.date_of_birth.setText(value)
            return self.tr("date of birth")
        if kind == ids.PERSON:
            names = {self.legal_name.text().casefold(), self.chinese_name.text().casefold()}
            if value.casefold() not in names:
                self.other_names.append_value(value)
            return self.tr("other names")
        self.other_ids.append_value(value)
        return self.tr("other IDs")


def _fill_single(current: str, value: str) -> bool:
    """True when a one-value field can take `value`: it is empty or already holds it."""
    return not current.strip() or current.strip().casefold() == value.casefold()
