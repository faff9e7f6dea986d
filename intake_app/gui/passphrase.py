"""Passphrase entry: a field with show/hide and caps-lock detection, and the new-passphrase form.

Shared by the set-up wizard, the unlock window and its recovery form, so every place a
passphrase is typed behaves the same: masked by default, Ctrl+H reveals it (as in
KeePassXC), a "Caps Lock is on" warning, and `wipe()` that also drops the undo history.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from intake_app.gui import strength
from intake_app.vault.vault import MAX_PASSPHRASE, MIN_PASSPHRASE

CAPS_LOCK_TEXT = "Caps Lock is on"  # the English source text, for tests
REVEAL_SHORTCUT = "Ctrl+H"


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """Caps Lock state implied by one typed character, or None when it tells nothing.

    Qt has no portable Caps Lock query, but a cased letter whose case contradicts
    Shift can only come from Caps Lock (the CapsLock key itself is handled apart).
    """
    if len(text) != 1 or text.lower() == text.upper():
        return None
    return text.isupper() != shift


def _eye_icon(color: QColor, crossed: bool) -> QIcon:
    """A small drawn eye: icon themes differ per platform and often lack one."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 2.5))
    painter.drawEllipse(QRectF(3, 9, 26, 14))
    painter.setBrush(color)
    painter.drawEllipse(QPointF(16, 16), 4, 4)
    if crossed:
        painter.drawLine(QPointF(5, 27), QPointF(27, 5))
    painter.end()
    return QIcon(pixmap)


class PassphraseField(QLineEdit):
    """A masked line edit with a show/hide action (Ctrl+H) that detects Caps Lock."""

    caps_lock_changed = Signal(bool)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(MAX_PASSPHRASE)
        self.setAccessibleName(accessible_name)
        # Keep on-screen keyboards and input methods from learning or predicting it.
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        # Even revealed, the text must not reach the clipboard, which every program can read:
        # no context menu (its Copy) and no Copy or Cut keys, below. Paste still works.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.caps_lock: bool | None = None
        self.reveal_action = QAction(self)
        self.reveal_action.setCheckable(True)
        self.reveal_action.setShortcut(QKeySequence(REVEAL_SHORTCUT))
        self.reveal_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reveal_action.toggled.connect(self.set_revealed)
        self.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        self.set_revealed(False)

    @property
    def revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def set_revealed(self, on: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        # Whole sentences, not pieces: translations need them whole. Generic wording
        # because the same field holds passphrases and the recovery key.
        if on:
            text, tip = self.tr("Hide what you typed"), self.tr("Hide what you typed (Ctrl+H)")
        else:
            text, tip = self.tr("Show what you typed"), self.tr("Show what you typed (Ctrl+H)")
        self.reveal_action.setText(text)
        self.reveal_action.setToolTip(tip)
        color = self.palette().color(self.palette().ColorRole.Text)
        self.reveal_action.setIcon(_eye_icon(color, crossed=on))
        for button in self.reveal_action.associatedObjects():
            if isinstance(button, QWidget) and button is not self:  # the in-field button
                button.setAccessibleName(text)
        if self.reveal_action.isChecked() != on:
            self.reveal_action.setChecked(on)

    def wipe(self) -> None:
        """Empty the field and mask it again. `setText` (unlike `clear`) drops the undo
        history, which would otherwise give the passphrase back on Ctrl+Z."""
        self.setText("")
        self.set_revealed(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            event.accept()
            return
        if event.key() == Qt.Key.Key_CapsLock:
            state = None if self.caps_lock is None else not self.caps_lock
        else:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            state = caps_lock_from_key(event.text(), shift)
        if state is not None and state != self.caps_lock:
            self.caps_lock = state
            self.caps_lock_changed.emit(state)
        super().keyPressEvent(event)


def caps_lock_label(*fields: PassphraseField) -> QLabel:
    """A warning label shown while any of `fields` last saw Caps Lock on."""
    text = QCoreApplication.translate("PassphraseField", "Caps Lock is on")
    label = QLabel(text)
    label.setAccessibleName(text)
    label.setVisible(False)
    for field in fields:
        field.caps_lock_changed.connect(label.setVisible)
    return label


class NewPassphraseForm(QWidget):
    """A new passphrase typed twice, with a strength meter; `passphrase()` is None until
    it is strong enough and both fields match, and `reason` says why not."""

    changed = Signal()

    def __init__(self, first_label: str, second_label: str, parent: QWidget | None = None) -> None:
        """`first_label` and `second_label` are translated, with mnemonics the caller's
        other widgets do not use."""
        super().__init__(parent)
        self.first = PassphraseField(self.tr("New passphrase"))
        self.second = PassphraseField(self.tr("Repeat the new passphrase"))
        self._labels = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )
        self._hints = {
            "common": self.tr("Common words and passwords are easy to guess."),
            "keyboard": self.tr("Keyboard patterns such as qwerty are easy to guess."),
            "repeat": self.tr("Repeated characters or words are easy to guess."),
            "sequence": self.tr("Sequences such as abc or 6543 are easy to guess."),
            "date": self.tr("Years and dates are easy to guess."),
            "short": self.tr("Add another uncommon word or two."),
        }
        # One show/hide for both: revealing only one would invite copying between them.
        self.first.reveal_action.toggled.connect(self.second.set_revealed)
        self.second.reveal_action.toggled.connect(self.first.set_revealed)
        self.meter = QProgressBar()
        self.meter.setRange(0, strength.MAX_SCORE)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Strength advice"))
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why the passphrase is not accepted yet"))
        self.caps = caps_lock_label(self.first, self.second)

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, field in ((first_label, self.first), (second_label, self.second)):
            label = QLabel(text)
            label.setBuddy(field)
            layout.addRow(label, field)
        layout.addRow(self.tr("Strength:"), self.meter)
        layout.addRow("", self.feedback)
        layout.addRow("", self.caps)
        layout.addRow("", self.reason_label)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._reason = ""
        self._update()

    @property
    def reason(self) -> str:
        """Why the form cannot be used yet, or "" when it can."""
        return self._reason

    def passphrase(self) -> str | None:
        return None if self._reason else self.first.text()

    def wipe(self) -> None:
        self.first.wipe()
        self.second.wipe()

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        verdict = strength.evaluate(first)
        label = self._labels[verdict.score] if first else ""
        self.meter.setValue(verdict.score)
        self.meter.setFormat(label)
        self.meter.setAccessibleDescription(label)
        # Our translated hint for what zxcvbn found, not its English-only advice.
        self.feedback.setText(self._hints.get(verdict.weakness, "") if first else "")
        if not first:
            reason = self.tr(
                "Choose a passphrase: several uncommon words are easy to type and remember."
            )
        elif len(first) < MIN_PASSPHRASE:
            reason = self.tr("Use at least {count} characters.").format(count=MIN_PASSPHRASE)
        elif verdict.score < strength.MIN_SCORE:  # `strength.acceptable`, without a 2nd zxcvbn run
            reason = self.tr("Too easy to guess: choose a stronger passphrase.")
        elif not second:
            reason = self.tr("Type the passphrase again to confirm it.")
        elif second != first:
            reason = self.tr("The two passphrases do not match.")
        else:
            reason = ""
        self._reason = reason
        self.reason_label.setText(reason)
        self.changed.emit()
