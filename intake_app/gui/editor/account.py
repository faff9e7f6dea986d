"""The account: the free text as told, its language, and the English translation.

Both text fields highlight identifiers as they are typed and offer "Move to identity
section" (context menu, Ctrl+Shift+M in the text, and a button): the identifier under the
cursor, or the selected text, leaves the account for the matching identity field and a
neutral marker such as "[phone]" takes its place, so the account still reads naturally.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFocusEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from intake_app.cases import identifiers as ids
from intake_app.cases import validate
from intake_app.cases.identifiers import IdentifierSpan, KnownIdentities
from intake_app.cases.model import Case
from intake_app.errors import ValidationError
from intake_app.gui.editor.highlight import IdentifierHighlighter
from intake_app.gui.editor.partial_date import PartialDateEdit
from intake_app.gui.editor.sections import Section
from intake_app.gui.editor.widgets import InputError, LanguageCombo, add_field, line_edit, one_line

MOVE_KEYS = "Ctrl+Shift+M"


class AccountEditor(QPlainTextEdit):
    """A plain-text field that marks identifiers and can hand one over to the identity."""

    move_requested = Signal(str, str)  # kind, value taken out of the text
    focused = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.highlighter = IdentifierHighlighter(self.document())
        self.move_action = QAction(self.tr("&Move to identity section"), self)
        self.move_action.setShortcut(QKeySequence(MOVE_KEYS))
        self.move_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.move_action.triggered.connect(self.move_to_identity)
        self.addAction(self.move_action)
        self._menu_cursor: QTextCursor | None = None

    def set_known(self, known: KnownIdentities) -> None:
        self.highlighter.set_known(known)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        # A right click away from the selection means "the identifier under the mouse".
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor = self.cursorForPosition(event.pos())
        self._menu_cursor = cursor
        menu.addSeparator()
        menu.addAction(self.move_action)
        self.move_action.setEnabled(self.target(cursor) is not None)
        menu.exec(event.globalPos())
        self.move_action.setEnabled(True)
        self._menu_cursor = None
        menu.deleteLater()

    def target(self, cursor: QTextCursor | None = None) -> tuple[int, int, str] | None:
        """What a move would take: the selection, else the identifier at the cursor."""
        cursor = cursor or self.textCursor()
        text = self.toPlainText()
        if cursor.hasSelection():
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            value = text[start:end]
            if not value.strip():
                return None
            kind = ids.classify(value, self.highlighter.known) or _guess_kind(value)
            return start, end, kind
        span = _span_at(text, cursor.position(), self.highlighter.known)
        return None if span is None else (span.start, span.end, span.kind)

    def move_to_identity(self) -> bool:
        """Take the target out of the text (one undoable edit); emit `move_requested`."""
        target = self.target(self._menu_cursor)
        if target is None:
            return False
        start, end, kind = target
        value = one_line(self.toPlainText()[start:end]).strip()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(self.marker(kind))
        self.setTextCursor(cursor)
        self.move_requested.emit(kind, value)
        return True

    def highlighted_spans(self) -> list[IdentifierSpan]:
        return self.highlighter.spans()

    def marker(self, kind: str) -> str:
        """What stands in the account where an identifier of `kind` was taken out."""
        markers = {
            ids.PHONE: self.tr("[phone]"),
            ids.EMAIL: self.tr("[e-mail]"),
            ids.HKID: self.tr("[HKID]"),
            ids.PASSPORT: self.tr("[passport number]"),
            ids.UCI: self.tr("[UCI]"),
            ids.PERSON: self.tr("[name]"),
            ids.ADDRESS: self.tr("[address]"),
            ids.DOB: self.tr("[date of birth]"),
        }
        return markers.get(kind, self.tr("[identifier]"))


def _span_at(text: str, position: int, known: KnownIdentities) -> IdentifierSpan | None:
    # Only the line under the cursor is searched: accounts can be long.
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    span = ids.identifier_at(text[line_start:line_end], position - line_start, known)
    if span is None:
        return None
    return IdentifierSpan(span.start + line_start, span.end + line_start, span.kind)


def _guess_kind(value: str) -> str:
    """A selection the detector does not know: a number is an identifier, words a name."""
    return ids.OTHER_ID if any(ch.isdigit() for ch in value) else ids.PERSON


class AccountSection(Section):
    """The account as told, its language, the English translation and who translated it."""

    move_requested = Signal(str, str)  # kind, value

    def __init__(self) -> None:
        super().__init__(self.tr("Account"))
        self.original = AccountEditor(self.tr("Account as told"))
        self.language = LanguageCombo("", editable=False)
        self.translation = AccountEditor(self.tr("English translation"))
        self.translated_by = line_edit("")
        self.translated_at = PartialDateEdit(self.tr("Translated when"))
        self.move_button = QPushButton(self.tr("&Move to identity section"))
        self.move_button.setAccessibleName(self.tr("Move to identity section"))
        self.move_button.setToolTip(
            self.tr(
                "Move the identifier at the cursor, or the selected text, to the identity ({keys})"
            ).format(keys=MOVE_KEYS)
        )
        self.move_button.clicked.connect(self._move_from_last)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        holder = QWidget()
        holder.setLayout(buttons)
        add_field(self.form, self.tr("Account as told"), self.original)
        self.form.addRow(holder)
        add_field(self.form, self.tr("Language o&f the account"), self.language)
        add_field(self.form, self.tr("Englis&h translation"), self.translation)
        add_field(self.form, self.tr("Translated by"), self.translated_by)
        add_field(self.form, self.tr("Translated (&when)"), self.translated_at)
        self._last: AccountEditor = self.original
        for editor in (self.original, self.translation):
            editor.move_requested.connect(self.move_requested)
            editor.focused.connect(lambda e=editor: self._remember(e))
        self.watch_inputs()

    def _remember(self, editor: AccountEditor) -> None:
        self._last = editor

    def _move_from_last(self) -> None:
        # The button acts on whichever text field the caseworker was last in.
        if not self._last.move_to_identity():
            self._last.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_known(self, known: KnownIdentities) -> None:
        self.original.set_known(known)
        self.translation.set_known(known)

    def reset_highlighting(self) -> None:
        self.original.highlighter.reset()
        self.translation.highlighter.reset()
        self._last = self.original

    def focus_chain(self) -> list[QWidget]:
        return [
            self.original,
            self.move_button,
            self.language,
            self.translation,
            self.translated_by,
            self.translated_at,
        ]

    def load(self, case: Case) -> None:
        a = case.account
        self.original.setPlainText(a.original)
        self.language.set_value(a.original_language)
        self.translation.setPlainText(a.translation_en)
        self.translated_by.setText(a.translated_by)
        self.translated_at.set_value(a.translated_at)

    def apply(self, case: Case, strict: bool) -> None:
        a = case.account
        a.original = self.original.toPlainText()
        a.original_language = self._language(strict)
        a.translation_en = self.translation.toPlainText()
        a.translated_by = one_line(self.translated_by.text())
        when = self.translated_at
        a.translated_at = when.value() if strict else when.lenient_value()

    def _language(self, strict: bool) -> str:
        tag = one_line(self.language.value())
        try:
            where = self.tr("Language of the account")
            return validate.check_language(tag, where, allow_empty=True)
        except ValidationError as error:
            if strict:
                raise InputError(error.field, error.problem, self.language) from None
            return ""
