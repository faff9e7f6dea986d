"""The set-up wizard's last two pages: the recovery key shown once, then one group typed back.

Split from `wizard` to keep each module small; the pages call back into their
`SetupWizard` (`owner`) for the vault, the key and the save and print actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

if TYPE_CHECKING:
    from intake_app.gui.wizard import SetupWizard


def explanation(text: str) -> QLabel:
    """A page's explanatory paragraph. It lives in the page body, not the wizard's subtitle:
    QWizard gives the subtitle a fixed height that cuts longer (or translated) text."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class KeyPage(QWizardPage):
    """Creates the vault (busy indicator), then shows the recovery key this once."""

    def __init__(self, owner: SetupWizard) -> None:
        super().__init__()
        self._owner = owner
        self.setTitle(self.tr("Your recovery key"))
        intro = explanation(
            self.tr(
                "If the passphrase is ever forgotten, this key is the only way into the vault. "
                "It is shown only now: write it down, save it to a USB stick or print it, and "
                "keep it away from this laptop."
            )
        )
        self.busy_label = QLabel(self.tr("Creating the encrypted vault…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to report: a busy indicator
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.key_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0) * 1.6)
        mono.setBold(True)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not selectable: a copy would sit on the clipboard where other programs read it.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("&Save as file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key as a file"))
        self.save_button.clicked.connect(owner.save_key)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.setToolTip(
            self.tr("The computer's print queue may keep a copy of the page for a while.")
        )
        self.print_button.clicked.connect(owner.print_key)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Recovery key status"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addSpacing(12)
        layout.addWidget(self.key_label)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.show_key(None)

    def initializePage(self) -> None:
        if self._owner.vault is None:
            self.show_key(None)
            self._owner.start_creation()

    def show_key(self, key: str | None) -> None:
        """The key while it is wanted; None for the busy indicator (or after a wipe)."""
        creating = key is None and self._owner.worker.busy
        self.busy_label.setVisible(creating)
        self.busy.setVisible(creating)
        self.key_label.setText(key or "")
        self.key_label.setVisible(key is not None)
        self.save_button.setEnabled(key is not None)
        self.print_button.setEnabled(key is not None)
        self.status.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._owner.vault is not None


class ConfirmPage(QWizardPage):
    """The caseworker types one group back, proving the key was written down."""

    def __init__(self, owner: SetupWizard) -> None:
        super().__init__()
        self._owner = owner
        self.setTitle(self.tr("Check the recovery key"))
        intro = explanation(
            self.tr(
                "Type part of the key from what you wrote down, saved or printed: it shows "
                "the key was kept."
            )
        )
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setMaxLength(16)
        self.entry.setAccessibleName(self.tr("Group of the recovery key"))
        self.entry.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.entry.textChanged.connect(self._changed)
        self.prompt.setBuddy(self.entry)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Recovery key check"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.prompt)
        layout.addWidget(self.entry)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        number = self._owner.confirm_group + 1
        groups = len((self._owner.recovery_key or "").split("-"))
        self.prompt.setText(
            self.tr("Type &group {number} of {count} of the recovery key (from the left):").format(
                number=number, count=groups
            )
        )
        self.entry.setAccessibleName(
            self.tr("Group {number} of the recovery key").format(number=number)
        )
        self.entry.setText("")
        self.entry.setFocus()

    def cleanupPage(self) -> None:
        self.entry.setText("")

    @staticmethod
    def _canonical(text: str) -> str:
        return "".join(text.split()).replace("-", "").upper()

    def _expected(self) -> str:
        key = self._owner.recovery_key or ""
        groups = key.split("-")
        index = self._owner.confirm_group
        return groups[index] if 0 <= index < len(groups) else ""

    def isComplete(self) -> bool:
        expected = self._expected()
        return bool(expected) and self._canonical(self.entry.text()) == expected

    def _changed(self) -> None:
        typed = self._canonical(self.entry.text())
        expected = self._expected()
        if typed == expected:
            self.hint.setText(self.tr("That matches. Finish to start using Intake."))
        elif len(typed) >= len(expected):
            self.hint.setText(self.tr("That does not match. Go back to check the key."))
        else:
            self.hint.setText("")
        self.completeChanged.emit()
