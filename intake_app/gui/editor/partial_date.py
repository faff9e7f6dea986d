"""A date field for what people remember: a year, a year and month, or a full date.

`PartialDateEdit` accepts `2024`, `2024-06`, `2024-06-01` or nothing. Its validator
refuses keystrokes that can never make a date (letters, a fifth year digit) but lets an
impossible date such as `2024-13` stand, marked, so that nothing typed is thrown away
and the save names the field instead. Beside the text, a small label says what precision
was understood ("year and month"), or that the date is unfinished or impossible.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from intake_app.cases.dates import PartialDate
from intake_app.errors import ValidationError
from intake_app.gui.editor.widgets import InputError

# Every prefix of YYYY, YYYY-MM or YYYY-MM-DD, and nothing else.
_TYPING = re.compile(r"[0-9]{0,4}|[0-9]{4}-[0-9]{0,2}|[0-9]{4}-[0-9]{2}-[0-9]{0,2}")
_COMPLETE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
# People paste 2024/06/01 or 2024.06.01; the dash is the only separator the model knows.
_SEPARATORS = str.maketrans({"/": "-", ".": "-", " ": "-"})

HINT = "2024, 2024-06, 2024-06-01"


def parse_partial(text: str) -> PartialDate | None:
    """The date `text` means, None when it is empty; ValidationError when it is no date."""
    text = text.strip()
    if not text:
        return None
    return PartialDate.parse(text)


def lenient_partial(text: str) -> PartialDate | None:
    """The most precise date `text` still means, for drafts: "2024-13" keeps 2024."""
    text = text.strip()
    for cut in (10, 7, 4):
        try:
            return PartialDate.parse(text[:cut])
        except ValidationError:
            continue
    return None


class PartialDateValidator(QValidator):
    """Acceptable: empty or a real partial date. Intermediate: on the way to one."""

    def validate(self, text: str, pos: int) -> object:
        text = text.translate(_SEPARATORS)
        if not _TYPING.fullmatch(text):
            return QValidator.State.Invalid, text, pos
        if text == "":
            return QValidator.State.Acceptable, text, pos
        if not _COMPLETE.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        try:
            PartialDate.parse(text)
        except ValidationError:
            # Complete but impossible (2024-02-30): kept, marked, refused on save.
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text.strip().translate(_SEPARATORS)


class PartialDateEdit(QWidget):
    """A line edit for a partial date with a precision label; gives `PartialDate | None`."""

    textChanged = Signal(str)

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name or self.tr("Date"))
        # Translated: the letters standing for year, month and day differ by language.
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        self.edit.setValidator(PartialDateValidator(self.edit))
        self.edit.textChanged.connect(self._update)
        self.edit.textChanged.connect(self.textChanged)
        self.precision = QLabel()
        self.precision.setAccessibleName(self.tr("Date precision"))
        self.precision.setMinimumWidth(self.precision.fontMetrics().horizontalAdvance("x" * 16))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.precision)
        self.setFocusProxy(self.edit)
        self._update(self.edit.text())

    # -- values ---------------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.setText("")

    def value(self, where: str = "") -> PartialDate | None:
        """The date typed, None when empty; InputError naming `where` when it is no date."""
        try:
            return parse_partial(self.edit.text())
        except ValidationError:
            problem = self.tr("is not a date like {examples}").format(examples=HINT)
            raise InputError(where or self.edit.accessibleName(), problem, self.edit) from None

    def lenient_value(self) -> PartialDate | None:
        """The most a draft can keep of what was typed."""
        return lenient_partial(self.edit.text())

    def set_value(self, date: PartialDate | None) -> None:
        self.edit.setText("" if date is None else str(date))

    def is_acceptable(self) -> bool:
        return self.edit.hasAcceptableInput()

    # -- display --------------------------------------------------------------------------------

    def precision_text(self) -> str:
        """What the precision label says: "", "year", "year and month", "full date"..."""
        return self.precision.text()

    def _update(self, text: str) -> None:
        text = text.strip()
        if not text:
            message = ""
        else:
            try:
                date = PartialDate.parse(text)
            except ValidationError:
                complete = _COMPLETE.fullmatch(text) is not None
                message = self.tr("not a real date") if complete else self.tr("unfinished")
            else:
                message = {
                    "year": self.tr("year"),
                    "month": self.tr("year and month"),
                    "day": self.tr("full date"),
                }[date.precision]
        self.precision.setText(message)
        # The field's description tells screen-reader users what the label shows.
        self.edit.setAccessibleDescription(
            self.tr("{state}. A year, a month or a day: {examples}").format(
                state=message or self.tr("empty"), examples=HINT
            )
        )
