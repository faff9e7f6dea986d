"""The unlock window: passphrase (or recovery key and a new passphrase) to an unlocked session.

Key derivation runs on the worker, so the window keeps painting while Argon2id
works. Wrong guesses meet the core's throttle: the growing delay is read from it
and counted down on screen, with the buttons disabled until it runs out. The
countdown's clock is the throttle's own (`VaultOptions.wall_clock`), so what the
window shows and what the core enforces cannot disagree; tests inject that clock
and the tick interval. A fresh window is built after every lock.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import IntakeError, WrongSecretError
from intake_app.gui.passphrase import NewPassphraseForm, PassphraseField, caps_lock_label
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.gui.worker import Worker, sentence
from intake_app.vault.header import Header
from intake_app.vault.vault import Vault, VaultOptions

TITLE = "Intake – locked"  # the English source text, for tests
TICK_MS = 250
Opener = Callable[[Path, str, VaultOptions], Vault]
Recoverer = Callable[[Path, str, str, VaultOptions], Vault]


def _close(vault: Vault) -> None:
    vault.close()  # unlocked after the window went away: release it at once


def _row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class UnlockWindow(QWidget):
    """Unlocks `session.folder` and attaches the vault to `session`.

    `open_vault`, `recover` and `worker` are injectable (a slow derivation in tests);
    `tick_ms` is the countdown's refresh interval.
    """

    def __init__(
        self,
        session: Session,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        worker: Worker | None = None,
        open_vault: Opener = Vault.open,
        recover: Recoverer = Vault.recover,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self.session, self.prefs = session, prefs
        self.worker = worker or Worker(self)
        self._open_vault, self._recover = open_vault, recover
        self.setWindowTitle(self.tr("Intake – locked"))
        self.setMinimumWidth(420)

        heading = QLabel(self.tr("Intake is locked"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)

        # Passphrase page.
        self.field = PassphraseField(self.tr("Passphrase"))
        self.field.returnPressed.connect(self.unlock)
        self.field.textChanged.connect(self._update_controls)
        self.caps = caps_lock_label(self.field)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.recovery_button = QPushButton(self.tr("Use &recovery key…"))
        self.recovery_button.setAccessibleName(self.tr("Use the recovery key"))
        self.recovery_button.clicked.connect(self.show_recovery)
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.field)
        unlock_page = QWidget()
        page = QVBoxLayout(unlock_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(label)
        page.addWidget(self.field)
        page.addWidget(self.caps)
        page.addLayout(_row(self.recovery_button, self.unlock_button))
        page.addStretch(1)

        # Recovery page: the key, then a new passphrase under the set-up wizard's rule.
        intro = QLabel(
            self.tr(
                "Type the recovery key you saved or printed at set-up, then choose a new "
                "passphrase. The old passphrase stops working."
            )
        )
        intro.setWordWrap(True)
        self.key_field = PassphraseField(self.tr("Recovery key"))
        self.key_field.textChanged.connect(self._update_controls)
        key_label = QLabel(self.tr("Recovery &key:"))
        key_label.setBuddy(self.key_field)
        self.new_form = NewPassphraseForm(
            self.tr("&New passphrase:"), self.tr("R&epeat new passphrase:")
        )
        self.new_form.changed.connect(self._update_controls)
        self.new_form.second.returnPressed.connect(self.recover)
        self.recover_button = QPushButton(self.tr("&Set passphrase and unlock"))
        self.recover_button.setAccessibleName(self.tr("Set the new passphrase and unlock"))
        self.recover_button.clicked.connect(self.recover)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the passphrase"))
        self.back_button.clicked.connect(self.show_passphrase)
        recovery_page = QWidget()
        page = QVBoxLayout(recovery_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(intro)
        page.addWidget(key_label)
        page.addWidget(self.key_field)
        page.addWidget(self.new_form)
        page.addLayout(_row(self.back_button, self.recover_button))
        page.addStretch(1)

        self.stack = QStackedWidget()
        self._pages = (unlock_page, recovery_page)
        for page_widget in self._pages:
            self.stack.addWidget(page_widget)
        self._show_page(0)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to report: a busy indicator
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock problem"))
        self.countdown = QLabel()
        self.countdown.setAccessibleName(self.tr("Wait before trying again"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.stack)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        layout.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.refresh_throttle)
        self.worker.succeeded.connect(self._unlocked)
        self.worker.failed.connect(self._failed)
        self._wait = 0.0
        self._vault_id = self._read_vault_id()
        self.refresh_throttle()

    # -- state ----------------------------------------------------------------------------------

    def _read_vault_id(self) -> str | None:
        """The vault's id keys its throttle; a damaged header is reported here, at once."""
        try:
            return Header.read(Vault.header_path(self.session.folder)).vault_id
        except IntakeError as error:
            self.message.setText(sentence(str(error)))
        except OSError as error:
            self.message.setText(
                self.tr("Intake cannot read the vault: {reason}").format(
                    reason=error.strerror or type(error).__name__
                )
            )
        return None

    @property
    def recovering(self) -> bool:
        return self.stack.currentIndex() == 1

    def refresh_throttle(self) -> None:
        """Read the delay the core will impose and show it as a countdown."""
        wait = 0.0
        if self._vault_id is not None:
            wait = self.session.options_factory().throttle(self._vault_id).remaining()
        self._wait = wait
        if wait > 0:
            self.countdown.setText(
                self.tr("Try again in {seconds} s").format(seconds=math.ceil(wait))
            )
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.countdown.setText("")
            self.timer.stop()
        self._update_controls()

    def _update_controls(self) -> None:
        busy = self.worker.busy
        ready = not busy and self._wait <= 0
        self.busy.setVisible(busy)
        for widget in (self.field, self.key_field, self.new_form, self.recovery_button):
            widget.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.unlock_button.setEnabled(ready and bool(self.field.text()))
        self.recover_button.setEnabled(
            ready and bool(self.key_field.text()) and self.new_form.passphrase() is not None
        )

    # -- actions --------------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        # A stack is as tall as its tallest page; ignoring the hidden page's size lets the
        # short passphrase page stay compact instead of floating in the recovery form's room.
        for i, page in enumerate(self._pages):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.adjustSize()

    def show_recovery(self) -> None:
        self.field.wipe()
        self.message.setText("")
        self._show_page(1)
        self.key_field.setFocus()

    def show_passphrase(self) -> None:
        self.key_field.wipe()
        self.new_form.wipe()
        self.message.setText("")
        self._show_page(0)
        self.field.setFocus()

    def unlock(self) -> None:
        """Hand the passphrase to the worker and wipe the field straight away."""
        self.refresh_throttle()
        if not self.unlock_button.isEnabled():
            return
        passphrase = self.field.text()
        self.field.wipe()
        folder, options, open_vault = (
            self.session.folder,
            self.session.options_factory(),
            self._open_vault,
        )
        self._start(lambda: open_vault(folder, passphrase, options))

    def recover(self) -> None:
        """Hand the recovery key and the new passphrase to the worker; wipe both forms."""
        self.refresh_throttle()
        if not self.recover_button.isEnabled():
            return
        key, passphrase = self.key_field.text(), self.new_form.passphrase()
        assert passphrase is not None  # the button is enabled only then
        self.key_field.wipe()
        self.new_form.wipe()
        folder, options, recover = (
            self.session.folder,
            self.session.options_factory(),
            self._recover,
        )
        self._start(lambda: recover(folder, key, passphrase, options))

    def _start(self, call: Callable[[], Vault]) -> None:
        self.message.setText("")
        self.worker.start(call, discard=_close)
        self._update_controls()

    def _unlocked(self, vault: Vault) -> None:
        self._update_controls()
        try:
            self.session.attach(vault)  # the controller replaces this window
        except IntakeError as error:
            self.message.setText(sentence(str(error)))

    def _describe(self, error: IntakeError) -> str:
        """The message for `error`: our own words for the common ones (translated), else the
        core's one line (English)."""
        if isinstance(error, WrongSecretError):
            if str(error) == "wrong passphrase":
                return self.tr("Wrong passphrase.")
            if str(error) == "wrong recovery key":
                return self.tr("Wrong recovery key.")
        return sentence(str(error))

    def _failed(self, error: IntakeError) -> None:
        self.message.setText(self._describe(error))
        if self._vault_id is None:
            self._vault_id = self._read_vault_id()
        self.refresh_throttle()
        (self.key_field if self.recovering else self.field).setFocus()

    # -- window ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.key_field if self.recovering else self.field).setFocus(
            Qt.FocusReason.ActiveWindowFocusReason
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.cancel()  # a vault unlocked after this is closed, not attached
        self.timer.stop()
        self.field.wipe()
        self.key_field.wipe()
        self.new_form.wipe()
        super().closeEvent(event)
