"""The settings dialog: saves on OK, changes nothing on Cancel, clamps, re-calibrates."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import CHEAP, PASSPHRASE
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.gui import i18n
from intake_app.gui.lock import LockController
from intake_app.gui.preferences import Preferences, load_preferences
from intake_app.gui.privacy import (
    CaptureGuard,
    capture_protection_status,
    exclude_from_capture,
)
from intake_app.gui.screen_lock import ScreenLockWatcher
from intake_app.gui.session import Session
from intake_app.gui.settings_dialog import LANGUAGE_CHOICES, SettingsDialog
from intake_app.vault.kdf import Argon2Params
from intake_app.vault.vault import Vault

STRONGER = Argon2Params(memory_kib=16, iterations=2, lanes=1)  # cheap, but not CHEAP


@pytest.fixture
def prefs_path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "preferences.json"


@pytest.fixture
def dialog(prefs: Preferences, prefs_path: Path, qtbot: QtBot) -> SettingsDialog:
    made = SettingsDialog(prefs, prefs_path)
    qtbot.addWidget(made)
    return made


@pytest.fixture(autouse=True)
def no_stray_threads_or_translators(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    i18n.remove_translators(qapp)  # choosing a language in the dialog installs one
    QLocale.setDefault(locale)


def slot_cost(session_or_vault: Session | Vault) -> Argon2Params:
    vault = session_or_vault.vault if isinstance(session_or_vault, Session) else session_or_vault
    return Argon2Params.from_json(vault.header.slots_of("passphrase")[0]["kdf"])


def test_ok_saves_the_changed_values(
    dialog: SettingsDialog, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    dialog.auto_lock.setValue(12)
    dialog.clipboard.setValue(45)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_HK"))
    dialog.lock_on_screen_lock.setChecked(False)
    with qtbot.waitSignal(dialog.language_changed) as blocker:
        dialog.accept()
    assert blocker.args == ["zh_HK"]
    assert i18n.current_language(QApplication.instance()) == "zh_HK"  # type: ignore[arg-type]
    saved = json.loads(prefs_path.read_text("utf-8"))
    assert saved == {
        "auto_lock_minutes": 12,
        "clipboard_seconds": 45,
        "language": "zh_HK",
        "lock_on_screen_lock": False,
    }
    # The shared object changed in place: the lock controller reads it at the next restart.
    assert prefs == load_preferences(prefs_path)


def test_cancel_changes_nothing(
    dialog: SettingsDialog, prefs: Preferences, prefs_path: Path
) -> None:
    before = Preferences(**{k: getattr(prefs, k) for k in ("auto_lock_minutes", "language")})
    dialog.auto_lock.setValue(99)
    dialog.language.setCurrentIndex(dialog.language.findData("fr_CA"))
    dialog.reject()
    assert not prefs_path.exists()
    assert prefs == before


def test_cancel_leaves_an_existing_file_alone(
    prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    prefs_path.parent.mkdir(parents=True)
    prefs_path.write_text('{"auto_lock_minutes": 7}', "utf-8")
    loaded = load_preferences(prefs_path)
    made = SettingsDialog(loaded, prefs_path)
    qtbot.addWidget(made)
    assert made.auto_lock.value() == 7
    made.auto_lock.setValue(30)
    made.reject()
    assert prefs_path.read_text("utf-8") == '{"auto_lock_minutes": 7}'


def test_values_clamp(dialog: SettingsDialog, prefs_path: Path, qtbot: QtBot) -> None:
    dialog.auto_lock.setValue(500)
    dialog.clipboard.setValue(1)
    assert (dialog.auto_lock.value(), dialog.clipboard.value()) == (120, 5)
    dialog.auto_lock.setValue(0)
    dialog.clipboard.setValue(10_000)
    assert (dialog.auto_lock.value(), dialog.clipboard.value()) == (1, 300)
    # Out-of-range values in the file are clamped on the way in, too.
    prefs_path.parent.mkdir(parents=True)
    prefs_path.write_text('{"auto_lock_minutes": 9999, "clipboard_seconds": 0}', "utf-8")
    made = SettingsDialog(load_preferences(prefs_path), prefs_path)
    qtbot.addWidget(made)
    assert (made.auto_lock.value(), made.clipboard.value()) == (120, 5)


def test_languages_offered(dialog: SettingsDialog) -> None:
    offered = [
        (dialog.language.itemText(i), dialog.language.itemData(i))
        for i in range(dialog.language.count())
    ]
    assert offered == list(LANGUAGE_CHOICES)
    assert [code for _, code in offered] == ["en", "zh_HK", "fr_CA"]


def test_every_input_has_a_name_and_a_mnemonic(dialog: SettingsDialog) -> None:
    inputs: list[QWidget] = []
    for kind in (QSpinBox, QComboBox, QCheckBox, QPushButton):
        inputs += dialog.findChildren(kind)
    for widget in inputs:
        if widget.parent() is dialog.buttons:
            continue  # OK and Cancel: the platform's own buttons
        assert widget.accessibleName(), widget.objectName()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if "&" in label.text()}
    for field in (dialog.auto_lock, dialog.clipboard, dialog.language):
        assert field in buddies
    assert "&" in dialog.lock_on_screen_lock.text()
    assert "&" in dialog.recalibrate_button.text()


def test_capture_status_is_shown_and_plain_on_linux(dialog: SettingsDialog) -> None:
    assert dialog.capture_status.text() == capture_protection_status()
    assert "no program can hide" in capture_protection_status("linux")
    assert "Windows" in capture_protection_status("win32")
    assert "macOS" in capture_protection_status("darwin")


def test_capture_exclusion_is_a_no_op_on_linux(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    assert exclude_from_capture(window) is False
    guard = CaptureGuard(platform="linux")
    assert guard.active is False
    window.show()
    assert guard.applied == 0


def test_recalibrate_needs_an_unlocked_session(dialog: SettingsDialog) -> None:
    assert not dialog.recalibrate_button.isEnabled()


def test_session_found_through_the_parent(
    unlocked: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    parent = QMainWindow()
    parent.session = unlocked  # type: ignore[attr-defined]  # as MainWindow has
    qtbot.addWidget(parent)
    made = SettingsDialog(prefs, prefs_path, parent)
    assert made.session is unlocked
    assert made.recalibrate_button.isEnabled()
    assert made.kdf_cost.text().startswith("Argon2id: 8 KiB")


def recalibrating(
    session: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot, **options: object
) -> SettingsDialog:
    options.setdefault("calibrate", lambda: STRONGER)
    options.setdefault("ask_passphrase", lambda parent: PASSPHRASE)
    made = SettingsDialog(prefs, prefs_path, session=session, **options)  # type: ignore[arg-type]
    qtbot.addWidget(made)
    return made


def test_recalibrate_rewraps_under_the_same_passphrase(
    unlocked: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    assert slot_cost(unlocked) == CHEAP
    made = recalibrating(unlocked, prefs, prefs_path, qtbot)
    with qtbot.waitSignal(made.recalibrated, timeout=10_000) as blocker:
        made.recalibrate()
        assert made.busy.isVisibleTo(made) and not made.recalibrate_button.isEnabled()
    assert blocker.args == [STRONGER]
    assert slot_cost(unlocked) == STRONGER
    assert "16 KiB" in made.kdf_cost.text()
    assert made.recalibrate_button.isEnabled()
    folder, options = unlocked.folder, unlocked.options_factory()
    unlocked.lock()
    with Vault.open(folder, PASSPHRASE, options) as reopened:
        assert slot_cost(reopened) == STRONGER


def test_recalibrate_refuses_a_wrong_passphrase(
    unlocked: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    made = recalibrating(unlocked, prefs, prefs_path, qtbot, ask_passphrase=lambda p: "guess me!")
    with qtbot.waitSignal(made.recalibration_failed, timeout=10_000) as blocker:
        made.recalibrate()
    assert blocker.args == ["wrong passphrase"]
    assert slot_cost(unlocked) == CHEAP
    folder, options = unlocked.folder, unlocked.options_factory()
    unlocked.lock()
    with Vault.open(folder, PASSPHRASE, options) as reopened:  # the old passphrase still works
        assert slot_cost(reopened) == CHEAP


def test_recalibrate_refuses_a_cost_below_policy(
    unlocked: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    too_cheap = Argon2Params(memory_kib=1, iterations=1, lanes=1)
    made = recalibrating(unlocked, prefs, prefs_path, qtbot, calibrate=lambda: too_cheap)
    with qtbot.waitSignal(made.recalibration_failed, timeout=10_000):
        made.recalibrate()
    assert slot_cost(unlocked) == CHEAP


def test_cancelled_prompt_does_nothing(
    unlocked: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    made = recalibrating(unlocked, prefs, prefs_path, qtbot, ask_passphrase=lambda p: None)
    made.recalibrate()
    assert not made.busy.isVisibleTo(made)
    assert slot_cost(unlocked) == CHEAP


def test_closing_mid_calibration_writes_nothing(
    unlocked: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    started, release = threading.Event(), threading.Event()

    def slow_calibrate() -> Argon2Params:
        started.set()
        release.wait(10)
        return STRONGER

    made = recalibrating(unlocked, prefs, prefs_path, qtbot, calibrate=slow_calibrate)
    made.recalibrate()
    assert started.wait(10)
    made.reject()  # what a lock does to our dialogs
    release.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert slot_cost(unlocked) == CHEAP


def test_lock_mid_calibration_writes_nothing(
    unlocked: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    started, release = threading.Event(), threading.Event()

    def slow_calibrate() -> Argon2Params:
        started.set()
        release.wait(10)
        return STRONGER

    made = recalibrating(unlocked, prefs, prefs_path, qtbot, calibrate=slow_calibrate)
    made.recalibrate()
    assert started.wait(10)
    folder, options = unlocked.folder, unlocked.options_factory()
    unlocked.lock()  # locking: the dialog cancels the rewrap before the vault closes
    release.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    with Vault.open(folder, PASSPHRASE, options) as reopened:
        assert slot_cost(reopened) == CHEAP


def test_screen_lock_status_shown_from_the_lock_controller(
    unlocked: Session, prefs: Preferences, prefs_path: Path, qtbot: QtBot
) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    controller = LockController(
        unlocked, prefs, parent, screen_watcher=ScreenLockWatcher(platform="none")
    )
    made = SettingsDialog(prefs, prefs_path, parent)
    label = made.findChild(QLabel, "screen_lock_status")
    assert label is not None and label.text() == controller.screen_watcher.status
    controller.inactivity.stop()
    controller.clipboard.detach()
