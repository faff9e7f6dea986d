"""Repeatable records (incidents, documents, needs, consent entries, sessions) as rows.

A `RepeatableList` shows one `RecordRow` per record with an "Add" button below them.
Keyboard: Ctrl+Shift+N adds a row and Ctrl+Shift+Delete removes the row holding the
focus, whenever the focus is anywhere in the list; each row also has its own Remove
button. A row keeps the record it was loaded from, so fields the form does not show
(an incident's id and linked harassers) survive an edit untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.cases.dates import PartialDate
from intake_app.gui.editor.partial_date import PartialDateEdit
from intake_app.gui.editor.widgets import watch, wipe_tree

R = TypeVar("R")
W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True, slots=True)
class RowTexts:
    """The translated words for one kind of row; `heading` holds a {number} field."""

    heading: str  # "Incident {number}"
    add: str  # "Add incident"
    remove: str  # "Remove incident"
    empty: str  # "No incidents recorded."


ADD_ROW_KEYS = "Ctrl+Shift+N"
REMOVE_ROW_KEYS = "Ctrl+Shift+Delete"


class RecordRow(QFrame, Generic[R]):
    """One record as a small form. Subclasses build the fields and map them to the record."""

    remove_requested = Signal(object)  # the row

    def __init__(self, texts: RowTexts, record: R) -> None:
        super().__init__()
        self.texts = texts
        self._record = record
        self._named: list[tuple[QWidget, str]] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.remove_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addLayout(self.form)
        self.set_number(1)

    def title(self) -> str:
        """The row's heading as text: "Incident 2"."""
        return self.texts.heading.format(number=self.number)

    def set_number(self, number: int) -> None:
        self.number = number
        self.heading.setText(f"<b>{self.title()}</b>")
        self.remove_button.setText(self.texts.remove)
        self.remove_button.setAccessibleName(
            self.tr("{action}: {row}").format(action=self.texts.remove, row=self.title())
        )
        # Several rows share labels, so a screen reader hears which row a field is in.
        for widget, label in self._named:
            self._name(widget, label)

    def _name(self, widget: QWidget, label: str) -> None:
        target = widget.focusProxy() or widget
        target.setAccessibleName(self.tr("{row}: {field}").format(row=self.title(), field=label))

    def add(self, label: str, widget: W) -> W:
        """Add a labelled field to the row's form; returns `widget`."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        self._named.append((widget, label))
        self._name(widget, label)
        return widget

    def add_check(self, box: QCheckBox) -> QCheckBox:
        """Add a check box across the form; its own text is its label."""
        self.form.addRow(box)
        self._named.append((box, box.text()))
        self._name(box, box.text())
        return box

    def date_value(self, edit: PartialDateEdit, field: str, strict: bool) -> PartialDate | None:
        """A date field's value: strict names the field on error, lenient keeps what it can."""
        return edit.value(self.where(field)) if strict else edit.lenient_value()

    def where(self, field: str) -> str:
        """How an error names a field of this row: "Incident 2, Date"."""
        return self.tr("{row}, {field}").format(row=self.title(), field=field)

    def forget(self) -> None:
        """Drop the loaded record: a removed or wiped row must not keep case data alive."""
        del self._record

    def base(self) -> R:
        """A copy of the record this row was loaded from, to write the fields into."""
        return copy.deepcopy(self._record)

    # -- for subclasses -------------------------------------------------------------------------

    def load(self) -> None:
        """Show `self._record` in the fields."""
        raise NotImplementedError

    def record(self, strict: bool) -> R:
        """The record as edited; strict raises InputError, lenient keeps what it can."""
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        """The row's inputs in tab order (the Remove button follows them)."""
        raise NotImplementedError

    def focus_chain(self) -> list[QWidget]:
        return [*self.inputs(), self.remove_button]


class RepeatableList(QWidget, Generic[R]):
    """Rows of one kind of record, with Add and Remove by button and by shortcut."""

    changed = Signal()  # a value or the set of rows changed
    rows_changed = Signal()  # rows were added or removed: the tab order needs redoing

    def __init__(
        self,
        texts: RowTexts,
        make_row: Callable[[R | None], RecordRow[R]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._rows: list[RecordRow[R]] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(texts.add)
        self.add_button.setAccessibleName(texts.add)
        self.add_button.setToolTip(
            self.tr("Ctrl+Shift+N adds a row here; Ctrl+Shift+Delete removes the row you are in")
        )
        self.add_button.clicked.connect(lambda: self.add_row())
        self.empty_note = QLabel(texts.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_note)
        layout.addLayout(self._rows_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        add = QShortcut(QKeySequence(ADD_ROW_KEYS), self, context=context)
        add.activated.connect(lambda: self.add_row())
        remove = QShortcut(QKeySequence(REMOVE_ROW_KEYS), self, context=context)
        remove.activated.connect(self.remove_focused_row)

    # -- records --------------------------------------------------------------------------------

    def set_records(self, records: list[R]) -> None:
        self._drop_rows()
        for record in records:
            self._append(self._make_row(record))
        self._after_change()

    def records(self, strict: bool) -> list[R]:
        return [row.record(strict) for row in self._rows]

    def rows(self) -> list[RecordRow[R]]:
        return list(self._rows)

    # -- adding and removing --------------------------------------------------------------------

    def add_row(self, record: R | None = None, *, focus: bool = True) -> RecordRow[R]:
        row = self._make_row(record)
        self._append(row)
        self._after_change()
        if focus:
            row.inputs()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: RecordRow[R]) -> None:
        if row not in self._rows:
            return
        index = self._rows.index(row)
        self._rows.remove(row)
        self._discard(row)
        self._after_change()
        following = self._rows[index] if index < len(self._rows) else None
        target = following.inputs()[0] if following is not None else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_focused_row(self) -> None:
        focused = QApplication.focusWidget()
        for row in self._rows:
            if focused is not None and (focused is row or row.isAncestorOf(focused)):
                self.remove_row(row)
                return

    # -- focus ----------------------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self._rows:
            chain += row.focus_chain()
        return [*chain, self.add_button]

    def first_focus(self) -> QWidget:
        return self._rows[0].inputs()[0] if self._rows else self.add_button

    # -- internals ------------------------------------------------------------------------------

    def _append(self, row: RecordRow[R]) -> None:
        self._rows.append(row)
        self._rows_box.addWidget(row)
        # A layout shows new children only once the event loop runs; a caseworker who
        # adds a row and tabs on at once must already find its fields.
        row.show()
        row.remove_requested.connect(self.remove_row)
        watch(row, self.changed.emit)

    def _drop_rows(self) -> None:
        rows, self._rows = self._rows, []
        for row in rows:
            self._discard(row)

    def _discard(self, row: RecordRow[R]) -> None:
        # The row may be the sender of the click that removes it, so it is deleted later;
        # its text is wiped now so that nothing typed lingers until then.
        wipe_tree(row)
        row.hide()
        self._rows_box.removeWidget(row)
        row.remove_requested.disconnect(self.remove_row)
        row.forget()
        row.deleteLater()

    def _after_change(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            row.set_number(number)
        self.empty_note.setVisible(not self._rows)
        self.rows_changed.emit()
        self.changed.emit()
