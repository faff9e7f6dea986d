"""Small input widgets and helpers the editor's sections share.

Vocabulary combo boxes show labels and hold keys; list fields take one value a line;
`watch` turns any edit into one `changed` callback; `wipe_tree` empties every text
widget and its undo history, which is how a lock forgets what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRegularExpression
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from intake_app.cases import validate
from intake_app.cases.vocab import load_vocabulary
from intake_app.errors import ValidationError
from intake_app.gui.i18n import vocab_label

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# What can be typed towards BCP 47 tags ("yue, zh-Hant"): letters first, dashed parts.
# Typing is held to this shape so that a draft never meets a value the model cannot hold.
_TAG = r"[A-Za-z]{0,8}(?:-[A-Za-z0-9]{0,8}){0,7}"
TAG_LIST_TYPING = QRegularExpression(rf"\s*{_TAG}(?:\s*,\s*{_TAG})*\s*")


class InputError(ValidationError):
    """A value the editor cannot turn into the model, with the widget to put focus on."""

    def __init__(self, where: str, problem: str, widget: QWidget) -> None:
        super().__init__(where, problem)
        self.widget = widget


def plain_name(label: str) -> str:
    """A label without its mnemonic marker, for accessible names ("&Tags" gives "Tags")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def one_line(text: str) -> str:
    """`text` with control characters (a pasted tab, say) turned into spaces.

    The model refuses them in single-line fields, and a draft must always be storable.
    """
    return _CONTROL.sub(" ", text) if not text.isprintable() else text


def line_edit(name: str, *, max_length: int = validate.SHORT_TEXT) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMaxLength(max_length)
    return edit


def text_edit(name: str, *, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on, as everywhere else in a keyboard-first form."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def add_field(form: QFormLayout, label: str, field: QWidget) -> QLabel:
    """Add `label` (with its mnemonic) and `field` as a row; the label is the field's buddy."""
    caption = QLabel(label)
    caption.setBuddy(field)
    target = field.focusProxy() or field
    if not target.accessibleName():
        target.setAccessibleName(plain_name(label))
    form.addRow(caption, field)
    return caption


class VocabCombo(QComboBox):
    """A choice from one vocabulary in resources/vocab: labels shown, keys kept."""

    def __init__(self, vocabulary: str, name: str, *, allow_empty: bool = True) -> None:
        super().__init__()
        self.setAccessibleName(name)
        if allow_empty:
            self.addItem(self.tr("— not known —"), "")
        for key in load_vocabulary(vocabulary):
            self.addItem(vocab_label(vocabulary, key), key)

    def key(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_key(self, key: str) -> None:
        index = self.findData(key)
        # A key the vocabulary no longer has is kept visibly rather than silently dropped.
        if index < 0 and key:
            self.addItem(key, key)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class TriStateCombo(QComboBox):
    """Yes, no or not known, for a `bool | None` such as "reported to police"."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.addItem(self.tr("— not known —"), None)
        self.addItem(self.tr("Yes"), True)
        self.addItem(self.tr("No"), False)

    def value(self) -> bool | None:
        data = self.currentData()
        return data if isinstance(data, bool) else None

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class LanguageCombo(QComboBox):
    """A BCP 47 language tag, picked by name ("Cantonese (yue)"); items hold the tags.

    Editable, any text typed is kept as it is (a session's language is free text). Not
    editable, only tags can be chosen, so a draft can never meet a tag the model refuses.
    """

    def __init__(self, name: str, *, editable: bool = True) -> None:
        super().__init__()
        self.setEditable(editable)
        # Typed text must never become a list item: the list would outlive a wipe.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(self.tr("— not known —") if not editable else "", "")
        for tag, label in (
            ("yue", self.tr("Cantonese (yue)")),
            ("cmn", self.tr("Mandarin (cmn)")),
            ("zh-Hant", self.tr("Chinese, traditional script (zh-Hant)")),
            ("en", self.tr("English (en)")),
            ("fr", self.tr("French (fr)")),
            ("hak", self.tr("Hakka (hak)")),
        ):
            self.addItem(label, tag)
        line = self.lineEdit()
        if line is not None:
            line.setMaxLength(60)
        self.setAccessibleName(name)

    def setAccessibleName(self, name: str) -> None:
        """Name the combo and its line edit alike: screen readers land on either."""
        super().setAccessibleName(name)
        line = self.lineEdit()
        if line is not None:
            line.setAccessibleName(name)

    def value(self) -> str:
        if not self.isEditable():
            data = self.currentData()
            return data if isinstance(data, str) else ""
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            data = self.itemData(index)
            return data if isinstance(data, str) else ""
        return text

    def set_value(self, tag: str) -> None:
        index = self.findData(tag)
        if index < 0 and tag and not self.isEditable():
            self.addItem(tag, tag)  # a tag from elsewhere stays visible, and kept
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)
            if self.isEditable():
                self.setEditText(self.itemText(index))
        else:
            self.setEditText(tag)


class LinesEdit(QPlainTextEdit):
    """A list of short values, one a line (phones, e-mails, addresses...)."""

    def __init__(self, name: str, *, lines: int = 3) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def values(self) -> list[str]:
        lines = (one_line(line).strip() for line in self.toPlainText().splitlines())
        return [line for line in lines if line]

    def set_values(self, values: Iterable[str]) -> None:
        self.setPlainText("\n".join(values))

    def append_value(self, value: str) -> None:
        """Add `value` as a new last line unless it is already there (any case)."""
        current = self.values()
        if value.casefold() not in {v.casefold() for v in current}:
            self.set_values([*current, value])


def split_list(text: str) -> list[str]:
    """Comma-separated text as a list: "rally, 學生" gives ["rally", "學生"]."""
    return [part.strip() for part in one_line(text).split(",") if part.strip()]


def join_list(values: Iterable[str]) -> str:
    return ", ".join(values)


def watch(root: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` (with no arguments) whenever any input at or under `root` changes."""

    def notify(*_: object) -> None:
        callback()

    widgets: list[QObject] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(notify)
        elif isinstance(widget, QComboBox):
            # An editable combo's line edit is reached as a QLineEdit child.
            widget.currentIndexChanged.connect(notify)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(notify)


def clear_undo(root: QWidget) -> None:
    """Forget the undo and redo history of every text widget at or under `root`."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.document().clearUndoRedoStacks()
        elif isinstance(widget, QLineEdit) and (
            widget.isUndoAvailable() or widget.isRedoAvailable()
        ):
            # setText is the only public way to clear a QLineEdit's history.
            text = widget.text()
            blocked = widget.blockSignals(True)
            widget.setText(text)
            widget.blockSignals(blocked)


def wipe_tree(root: QWidget) -> None:
    """Empty every text widget at or under `root` and forget its undo history."""
    for widget in [root, *root.findChildren(QWidget)]:
        blocked = widget.blockSignals(True)
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.clear()
            widget.document().clearUndoRedoStacks()
        elif isinstance(widget, QLineEdit):
            widget.setText("")  # also clears the undo history
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.setEditText("")
            widget.setCurrentIndex(0 if widget.count() else -1)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.setChecked(False)
        widget.blockSignals(blocked)
