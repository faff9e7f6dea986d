"""The settings dialog: lock timings, language, and the key-derivation strength.

OK saves the preferences file and only then updates the shared `Preferences`
object in place (the lock controller reads it at each restart of its timers, so
a new auto-lock time takes effect at the next key press); Cancel changes nothing.

"Re-calibrate…" measures Argon2id on this computer and rewraps the data key
under the same passphrase with the new cost. The caseworker types the current
passphrase first, which is checked (through the unlock throttle) before anything
is written: someone at an unattended, unlocked laptop must not be able to set a
passphrase of their choosing here. The work runs on a pool thread; a lock or a
closed dialog waits for a header write already under way and cancels the rest.
"""

from __future__ import annotations

import dataclasses
import hmac
import threading
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import IntakeError, WrongSecretError
from intake_app.gui.i18n import LANGUAGE_NAMES, install_translator
from intake_app.gui.lock import LockController, MessageBox
from intake_app.gui.preferences import LANGUAGES, Preferences, save_preferences
from intake_app.gui.privacy import capture_protection_status
from intake_app.gui.session import Session
from intake_app.gui.worker import Worker
from intake_app.vault import kdf
from intake_app.vault.kdf import Argon2Params
from intake_app.vault.vault import Vault, passphrase_unwrap

# Each language named in itself, so anyone can find theirs whatever the current one is.
LANGUAGE_CHOICES = tuple((LANGUAGE_NAMES[code], code) for code in LANGUAGES)

Calibrate = Callable[[], Argon2Params]
AskPassphrase = Callable[[QWidget], str | None]


def ask_current_passphrase(parent: QWidget) -> str | None:
    """A masked prompt for the current passphrase; None when cancelled or empty."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("SettingsDialog", "Re-calibrate key derivation")
    )
    dialog.setLabelText(QCoreApplication.translate("SettingsDialog", "Current &passphrase:"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Current passphrase"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if not shiboken6.isValid(dialog):
        return None  # a lock closed the prompt and its parent
    text = dialog.textValue()
    dialog.setTextValue("")
    dialog.deleteLater()
    return text if accepted and text else None


def describe_cost(params: Argon2Params) -> str:
    """E.g. "Argon2id: 256 MiB of memory, 3 passes, 4 lanes"."""
    memory = (
        f"{params.memory_kib // 1024} MiB"
        if params.memory_kib >= 1024
        else f"{params.memory_kib} KiB"
    )
    return QCoreApplication.translate(
        "SettingsDialog", "Argon2id: {memory} of memory, {passes} passes, {lanes} lanes"
    ).format(memory=memory, passes=params.iterations, lanes=params.lanes)


class _Rewrap:
    """Check the passphrase, calibrate, rewrap: the job run on the pool thread.

    The header write runs under `_guard`; `cancel_and_wait()` takes the guard, so
    it returns only once no write is under way, and no write starts afterwards.
    """

    def __init__(self, session: Session, passphrase: str, calibrate: Calibrate) -> None:
        self._vault = session.vault
        self._passphrase = passphrase
        self._calibrate = calibrate
        self._guard = threading.Lock()
        self._cancelled = False

    def run(self) -> Argon2Params:
        passphrase, self._passphrase = self._passphrase, ""
        vault = self._vault
        try:
            unwrap = passphrase_unwrap(passphrase, vault.options)
            key, _, _ = Vault.unlock_header(vault.header, vault.options, unwrap, "wrong passphrase")
            params = self._calibrate()
            if not vault.options.policy.allows(params):
                raise IntakeError("calibration chose a cost below the allowed minimum")
            with self._guard:
                if self._cancelled:
                    raise IntakeError("re-calibration cancelled; the passphrase is unchanged")
                if not hmac.compare_digest(key, vault.data_key):
                    raise WrongSecretError("wrong passphrase")
                vault.change_passphrase(passphrase, params=params, event="kdf_changed")
        except IntakeError:
            raise
        except Exception as error:  # a bug: say what kind, never what it was working on
            raise IntakeError(f"re-calibration failed ({type(error).__name__})") from None
        return params

    def cancel_and_wait(self) -> None:
        with self._guard:
            self._cancelled = True


class SettingsDialog(QDialog):
    """Edits `prefs` and saves them to `prefs_path` on OK.

    `session` enables re-calibration (by default, the parent's `session` when it
    has one, as the main window does); `calibrate` and `ask_passphrase` are
    injectable for tests.
    """

    saved = Signal()
    language_changed = Signal(str)
    recalibrated = Signal(object)  # the new Argon2Params
    recalibration_failed = Signal(str)

    def __init__(
        self,
        prefs: Preferences,
        prefs_path: Path,
        parent: QWidget | None = None,
        *,
        session: Session | None = None,
        calibrate: Calibrate | None = None,
        ask_passphrase: AskPassphrase = ask_current_passphrase,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.prefs_path = prefs_path
        found = getattr(parent, "session", None)
        self.session = session or (found if isinstance(found, Session) else None)
        self._calibrate = calibrate
        self._ask_passphrase = ask_passphrase
        self._task: _Rewrap | None = None
        self._worker = Worker(self)
        self._worker.succeeded.connect(self._rewrap_done)
        self._worker.failed.connect(self._rewrap_failed)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        layout = QVBoxLayout(self)
        layout.addWidget(self._make_lock_group())
        layout.addWidget(self._make_kdf_group())
        layout.addWidget(self._make_privacy_group())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.session is not None:
            # Let a rewrap already writing the header finish before the vault closes.
            self.session.locking.connect(self._cancel_rewrap)

    # -- construction -------------------------------------------------------------------------

    def _make_lock_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Locking and language"), self)
        form = QFormLayout(group)
        self.auto_lock = QSpinBox(group)
        self.auto_lock.setObjectName("auto_lock_minutes")
        self.auto_lock.setRange(1, 120)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(self.prefs.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        form.addRow(self.tr("&Lock after idle time:"), self.auto_lock)

        self.clipboard = QSpinBox(group)
        self.clipboard.setObjectName("clipboard_seconds")
        self.clipboard.setRange(5, 300)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setValue(self.prefs.clipboard_seconds)
        self.clipboard.setAccessibleName(self.tr("Clear copied text after this many seconds"))
        form.addRow(self.tr("&Clear copied text after:"), self.clipboard)

        self.language = QComboBox(group)
        self.language.setObjectName("language")
        for label, code in LANGUAGE_CHOICES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.prefs.language)))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Lan&guage:"), self.language)

        self.lock_on_screen_lock = QCheckBox(
            self.tr("Lock when the &screen locks or the computer sleeps"), group
        )
        self.lock_on_screen_lock.setObjectName("lock_on_screen_lock")
        self.lock_on_screen_lock.setChecked(self.prefs.lock_on_screen_lock)
        self.lock_on_screen_lock.setAccessibleName(
            self.tr("Lock when the screen locks or the computer sleeps")
        )
        form.addRow(self.lock_on_screen_lock)
        owner = self.parent()
        controller = owner.findChild(LockController) if owner is not None else None
        if controller is not None:
            watcher_status = QLabel(controller.screen_watcher.status, group)
            watcher_status.setObjectName("screen_lock_status")
            watcher_status.setWordWrap(True)
            form.addRow(watcher_status)
        return group

    def _make_kdf_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Key-derivation strength"), self)
        form = QFormLayout(group)
        self.kdf_cost = QLabel(self._current_cost(), group)
        self.kdf_cost.setObjectName("kdf_cost")
        self.kdf_cost.setAccessibleName(self.tr("Current key-derivation cost"))
        form.addRow(self.tr("Current cost:"), self.kdf_cost)
        self.recalibrate_button = QPushButton(self.tr("&Re-calibrate…"), group)
        self.recalibrate_button.setObjectName("recalibrate")
        self.recalibrate_button.setAccessibleName(
            self.tr("Re-calibrate the key derivation for this computer")
        )
        self.recalibrate_button.setEnabled(self.session is not None and self.session.is_unlocked)
        self.recalibrate_button.clicked.connect(self.recalibrate)
        self.busy = QProgressBar(group)
        self.busy.setObjectName("recalibrate_busy")
        self.busy.setRange(0, 0)  # no percentage to show: Argon2id reports no progress
        self.busy.setAccessibleName(self.tr("Measuring this computer"))
        self.busy.hide()
        self.kdf_message = QLabel(group)
        self.kdf_message.setObjectName("kdf_message")
        self.kdf_message.setWordWrap(True)
        form.addRow(self.recalibrate_button, self.busy)
        form.addRow(self.kdf_message)
        return group

    def _make_privacy_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Screen capture"), self)
        box = QVBoxLayout(group)
        self.capture_status = QLabel(capture_protection_status(), group)
        self.capture_status.setObjectName("capture_status")
        self.capture_status.setWordWrap(True)
        self.capture_status.setAccessibleName(self.tr("Screen capture protection"))
        box.addWidget(self.capture_status)
        return group

    def _current_cost(self) -> str:
        if self.session is None or not self.session.is_unlocked:
            return self.tr("(unlock the vault to see it)")
        slot = self.session.vault.header.slots_of("passphrase")[0]
        return describe_cost(Argon2Params.from_json(slot["kdf"]))

    # -- OK and Cancel ------------------------------------------------------------------------

    def chosen(self) -> Preferences:
        """The preferences as the dialog shows them (clamped), without touching `prefs`."""
        return dataclasses.replace(
            self.prefs,
            auto_lock_minutes=self.auto_lock.value(),
            clipboard_seconds=self.clipboard.value(),
            language=str(self.language.currentData()),
            lock_on_screen_lock=self.lock_on_screen_lock.isChecked(),
        ).clamp()

    def accept(self) -> None:
        new = self.chosen()
        try:
            save_preferences(self.prefs_path, new)
        except OSError:
            MessageBox.warning(
                self, self.tr("Settings"), self.tr("The settings could not be saved.")
            )
            return
        language_changed = new.language != self.prefs.language
        for field in dataclasses.fields(Preferences):
            setattr(self.prefs, field.name, getattr(new, field.name))
        self.saved.emit()
        if language_changed:
            app = QCoreApplication.instance()
            if app is not None:
                # Windows built from now on speak the new language; the main window is
                # rebuilt at the next unlock (see i18n.py).
                install_translator(app, new.language)
            self.language_changed.emit(new.language)
        super().accept()

    def done(self, result: int) -> None:
        self._cancel_rewrap()
        super().done(result)

    # -- re-calibration -----------------------------------------------------------------------

    @Slot()
    def recalibrate(self) -> None:
        """Ask for the passphrase, then calibrate and rewrap off the GUI thread."""
        if self._task is not None or self.session is None or not self.session.is_unlocked:
            return
        passphrase = self._ask_passphrase(self)
        if not shiboken6.isValid(self) or not passphrase or not self.session.is_unlocked:
            return
        options = self.session.vault.options
        calibrate = self._calibrate or (lambda: kdf.calibrate(policy=options.policy))
        self._task = _Rewrap(self.session, passphrase, calibrate)
        del passphrase
        self._set_busy(True)
        self._worker.start(self._task.run)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.recalibrate_button.setEnabled(not busy)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)
        if busy:
            self.kdf_message.setText(self.tr("Measuring this computer; this takes a few seconds…"))

    @Slot()
    def _cancel_rewrap(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel_and_wait()
            self._worker.cancel()

    @Slot(object)
    def _rewrap_done(self, params: object) -> None:
        self._task = None
        self._set_busy(False)
        assert isinstance(params, Argon2Params)
        self.kdf_cost.setText(describe_cost(params))
        self.kdf_message.setText(
            self.tr("Done: the passphrase now unlocks with the new cost shown above.")
        )
        self.recalibrated.emit(params)

    @Slot(object)
    def _rewrap_failed(self, error: object) -> None:
        self._task = None
        self._set_busy(False)
        message = str(error) if isinstance(error, IntakeError) else self.tr("failed")
        self.kdf_message.setText(self.tr("Not changed: {reason}").format(reason=message))
        self.recalibration_failed.emit(message)
