"""The case list's filter bar: one control per `CaseFilter` field, choices from resources/vocab.

The choices are vocabulary keys with their labels (translated through `i18n`), so an
organisation that edits a vocabulary file changes the filters too; "Any" (an empty
key) means no filter.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from intake_app.cases.store import CaseFilter
from intake_app.gui.i18n import vocab_choices

# CaseFilter field -> the vocabulary its choices come from.
VOCABULARIES = {
    "status": "case_statuses",
    "incident_kind": "incident_kinds",
    "document_status": "document_statuses",
    "need": "needs",
}


def name_clear_button(line: QLineEdit, name: str) -> None:
    """Give a line edit's built-in clear button an accessible name (Qt leaves it blank)."""
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(name)


class FilterBar(QWidget):
    """Status, tag, incident kind, passport status, open need and "passport at risk".

    `changed` fires at once for the choice boxes and the check box; `tag_edited`
    fires for each keystroke in the free-text tag field, so the pane can debounce it.
    """

    changed = Signal()
    tag_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        captions = {
            "status": (self.tr("S&tatus"), self.tr("Case status filter")),
            "incident_kind": (self.tr("&Incident"), self.tr("Incident kind filter")),
            "document_status": (self.tr("Pass&port"), self.tr("Passport status filter")),
            "need": (self.tr("Open n&eed"), self.tr("Open need filter")),
        }
        for position, (field, vocabulary) in enumerate(VOCABULARIES.items()):
            caption, accessible = captions[field]
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{field}")
            combo.setAccessibleName(accessible)
            combo.addItem(self.tr("Any"), "")
            for key, label in vocab_choices(vocabulary):
                combo.addItem(label, key)
            combo.currentIndexChanged.connect(self.changed)
            self.combos[field] = combo
            self._place(layout, position, caption, combo)

        self.tag = QLineEdit(self)
        self.tag.setObjectName("filter_tag")
        self.tag.setAccessibleName(self.tr("Tag filter"))
        self.tag.setPlaceholderText(self.tr("Any tag"))
        self.tag.setClearButtonEnabled(True)
        name_clear_button(self.tag, self.tr("Clear the tag filter"))
        self.tag.textChanged.connect(self.tag_edited)
        self._place(layout, len(VOCABULARIES), self.tr("Ta&g"), self.tag)

        self.at_risk = QCheckBox(self.tr("Passport at &risk only"), self)
        self.at_risk.setObjectName("filter_passport_at_risk")
        self.at_risk.setAccessibleName(self.tr("Show only cases with a passport at risk"))
        self.at_risk.toggled.connect(self.changed)
        layout.addWidget(self.at_risk, 2, 2, 1, 2)

    def _place(self, layout: QGridLayout, position: int, caption: str, field: QWidget) -> None:
        # Two pairs of (label, control) per row keeps the pane narrow beside the editor.
        row, pair = divmod(position, 2)
        label = QLabel(caption, self)
        label.setBuddy(field)
        layout.addWidget(label, row, pair * 2)
        layout.addWidget(field, row, pair * 2 + 1)

    def current(self) -> CaseFilter:
        """The filter the controls describe now."""
        return CaseFilter(
            status=self.combos["status"].currentData() or "",
            tag=self.tag.text().strip(),
            incident_kind=self.combos["incident_kind"].currentData() or "",
            document_status=self.combos["document_status"].currentData() or "",
            need=self.combos["need"].currentData() or "",
            passport_at_risk=True if self.at_risk.isChecked() else None,
        )

    def is_filtering(self) -> bool:
        return self.current() != CaseFilter()

    def select(self, field: str, key: str) -> None:
        """Choose `key` in the `field` box (tests and keyboard shortcuts)."""
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(key)))

    def reset(self) -> None:
        """Back to "Any" everywhere, without emitting anything; clears the tag's undo history."""
        for widget in (*self.combos.values(), self.tag, self.at_risk):
            widget.blockSignals(True)
        try:
            for combo in self.combos.values():
                combo.setCurrentIndex(0)
            # setText, not clear(): clear() is undoable, and Ctrl+Z would bring the tag back.
            self.tag.setText("")
            self.at_risk.setChecked(False)
        finally:
            for widget in (*self.combos.values(), self.tag, self.at_risk):
                widget.blockSignals(False)
