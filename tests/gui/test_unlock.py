"""The unlock window over a real vault: right, wrong, throttled, recovery, damaged, caps lock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intake_app.errors import VaultInUseError, WrongSecretError
from intake_app.gui.passphrase import CAPS_LOCK_TEXT, caps_lock_from_key
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.gui.unlock import TITLE, UnlockWindow
from intake_app.vault.vault import Vault, VaultOptions

NEW_PASSPHRASE = "lantern orchard midnight kettle"


class FakeClock:
    """Wall-clock seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def options(vault_options: VaultOptions, clock: FakeClock) -> VaultOptions:
    def no_sleep(seconds: float) -> None:
        raise AssertionError(f"the core had to wait {seconds} s: the window let a try through")

    return replace(vault_options, wall_clock=clock, sleep=no_sleep)


@pytest.fixture
def locked(tmp_path: Path, options: VaultOptions, qapp: object) -> Iterator[tuple[Session, str]]:
    """A session over an existing, closed vault, and that vault's recovery key."""
    folder = tmp_path / "vault"
    vault, key = Vault.create(folder, PASSPHRASE, options)
    vault.close()
    session = Session(folder, lambda: options)
    yield session, key
    session.lock()


def make_window(
    qtbot: QtBot, session: Session, prefs: Preferences, **kwargs: object
) -> UnlockWindow:
    window = UnlockWindow(session, prefs, tick_ms=10, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def attempt(qtbot: QtBot, window: UnlockWindow, passphrase: str) -> None:
    QTest.keyClicks(window.field, passphrase)
    with qtbot.waitSignal(window.worker.finished, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_right_passphrase_unlocks(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences
) -> None:
    session, _ = locked
    window = make_window(qtbot, session, prefs)
    assert window.windowTitle() == TITLE
    assert window.field.echoMode() == window.field.EchoMode.Password
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        attempt(qtbot, window, PASSPHRASE)
    assert session.is_unlocked
    assert window.field.text() == ""


def test_wrong_passphrase_leaves_everything_as_it_was(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences
) -> None:
    session, _ = locked
    before = snapshot(session.folder)
    window = make_window(qtbot, session, prefs)
    attempt(qtbot, window, "not the passphrase")
    assert "Wrong passphrase" in window.message.text()
    assert window.field.text() == ""
    assert not window.field.isUndoAvailable()  # no Ctrl+Z back to the typed text
    assert QApplication.focusWidget() is window.field
    assert not session.is_unlocked
    assert snapshot(session.folder) == before
    assert window.countdown.text() == ""  # the first failures are free


def test_throttle_counts_down_then_allows_a_try(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences, clock: FakeClock
) -> None:
    session, _ = locked
    window = make_window(qtbot, session, prefs)
    for _ in range(3):
        attempt(qtbot, window, "not the passphrase")
    assert window.countdown.text() == "Try again in 2 s"
    QTest.keyClicks(window.field, PASSPHRASE)
    assert not window.unlock_button.isEnabled()
    QTest.keyClick(window.field, Qt.Key.Key_Return)  # Enter is refused too
    assert not window.worker.busy

    clock.now += 1.2
    qtbot.waitUntil(lambda: window.countdown.text() == "Try again in 1 s", timeout=5000)
    assert not window.unlock_button.isEnabled()
    clock.now += 1.0
    qtbot.waitUntil(lambda: window.unlock_button.isEnabled(), timeout=5000)
    assert window.countdown.text() == ""
    assert not window.timer.isActive()
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)


def test_countdown_shows_at_once_in_a_new_window(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences
) -> None:
    session, _ = locked
    first = make_window(qtbot, session, prefs)
    for _ in range(3):
        attempt(qtbot, first, "not the passphrase")
    first.close()
    second = make_window(qtbot, session, prefs)  # e.g. after a restart: the count survives
    assert second.countdown.text() == "Try again in 2 s"
    assert not second.unlock_button.isEnabled()


def test_recovery_key_sets_a_new_passphrase(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences, options: VaultOptions
) -> None:
    session, key = locked
    window = make_window(qtbot, session, prefs)
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    assert window.recovering
    QTest.keyClicks(window.key_field, key.lower())
    QTest.keyClicks(window.new_form.first, "weakpass")
    QTest.keyClicks(window.new_form.second, "weakpass")
    assert not window.recover_button.isEnabled()
    assert "easy to guess" in window.new_form.reason
    window.new_form.wipe()
    QTest.keyClicks(window.new_form.first, NEW_PASSPHRASE)
    QTest.keyClicks(window.new_form.second, NEW_PASSPHRASE)
    assert window.recover_button.isEnabled()
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.mouseClick(window.recover_button, Qt.MouseButton.LeftButton)
    assert window.key_field.text() == "" and window.new_form.first.text() == ""

    session.lock()
    Vault.open(session.folder, NEW_PASSPHRASE, options).close()
    with pytest.raises(WrongSecretError):
        Vault.open(session.folder, PASSPHRASE, options)


def test_wrong_recovery_key_is_reported(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences
) -> None:
    session, _ = locked
    window = make_window(qtbot, session, prefs)
    window.show_recovery()
    QTest.keyClicks(window.key_field, "0" * 30)  # the right shape, the wrong check symbols
    QTest.keyClicks(window.new_form.first, NEW_PASSPHRASE)
    QTest.keyClicks(window.new_form.second, NEW_PASSPHRASE)
    with qtbot.waitSignal(window.worker.finished, timeout=10_000):
        qtbot.mouseClick(window.recover_button, Qt.MouseButton.LeftButton)
    assert "recovery key" in window.message.text().lower()
    assert not session.is_unlocked
    assert window.key_field.text() == ""
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert not window.recovering


def test_damaged_header_is_one_line(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences
) -> None:
    session, _ = locked
    Vault.header_path(session.folder).write_bytes(b"{ not json")
    window = make_window(qtbot, session, prefs)
    shown = window.message.text()
    assert shown.startswith("Vault header is damaged")
    assert "\n" not in shown
    attempt(qtbot, window, PASSPHRASE)
    assert window.message.text() == shown
    assert not session.is_unlocked


def test_caps_lock_warning(qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences) -> None:
    session, _ = locked
    window = make_window(qtbot, session, prefs)
    assert window.caps.isHidden()
    QTest.keyClick(window.field, "A", Qt.KeyboardModifier.ShiftModifier)
    assert window.caps.isHidden()
    QTest.keyClicks(window.field, "A")  # upper case without Shift: Caps Lock
    assert not window.caps.isHidden()
    assert window.caps.text() == CAPS_LOCK_TEXT
    QTest.keyClick(window.field, "5")  # tells nothing either way
    assert not window.caps.isHidden()
    QTest.keyClick(window.field, Qt.Key.Key_CapsLock)
    assert window.caps.isHidden()


@pytest.mark.parametrize(
    ("text", "shift", "expected"),
    [
        ("a", False, False),
        ("A", False, True),
        ("a", True, True),
        ("A", True, False),
        ("1", False, None),
        ("", False, None),
        ("中", False, None),
        ("é", False, False),
    ],
)
def test_caps_lock_from_key(text: str, shift: bool, expected: bool | None) -> None:
    assert caps_lock_from_key(text, shift) is expected


def _slow(release: threading.Event) -> Callable[[Path, str, VaultOptions], Vault]:
    def open_vault(folder: Path, passphrase: str, options: VaultOptions) -> Vault:
        release.wait(10)  # a derivation that lasts until the test lets it end
        return Vault.open(folder, passphrase, options)

    return open_vault


def test_window_keeps_running_during_derivation(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences
) -> None:
    session, _ = locked
    release = threading.Event()
    window = make_window(qtbot, session, prefs, open_vault=_slow(release))
    QTest.keyClicks(window.field, PASSPHRASE)
    try:
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        assert window.worker.busy
        assert window.field.text() == ""  # handed over, then wiped
        assert not window.busy.isHidden() and window.busy.maximum() == 0
        assert not window.field.isEnabled() and not window.unlock_button.isEnabled()
        probe = QTimer()
        probe.setSingleShot(True)
        with qtbot.waitSignal(probe.timeout, timeout=2000):
            probe.start(20)  # fires only if the GUI thread is free while the worker blocks
        assert window.worker.busy
    finally:
        release.set()
    qtbot.waitUntil(lambda: session.is_unlocked, timeout=10_000)
    assert window.busy.isHidden()


def test_closing_mid_unlock_releases_the_vault(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences, options: VaultOptions
) -> None:
    session, _ = locked
    release = threading.Event()
    window = make_window(qtbot, session, prefs, open_vault=_slow(release))
    QTest.keyClicks(window.field, PASSPHRASE)
    try:
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
        window.close()
    finally:
        release.set()

    def released() -> bool:
        try:
            Vault.open(session.folder, PASSPHRASE, options).close()
        except VaultInUseError:
            return False
        return True

    qtbot.waitUntil(released, timeout=10_000)
    assert not session.is_unlocked


def test_recovery_form_is_translated(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences, qapp: QApplication
) -> None:
    """The pseudo-locale test sees the passphrase page only; check the recovery form too."""
    from test_pseudo_locale import untranslated

    from intake_app.gui.i18n import PSEUDO, install_translator, remove_translators

    session, _ = locked
    install_translator(qapp, PSEUDO)
    try:
        window = make_window(qtbot, session, prefs)
        attempt(qtbot, window, "not the passphrase")
        window.show_recovery()
        QTest.keyClicks(window.new_form.first, "short")
        assert not untranslated(window, (str(session.folder),))
    finally:
        remove_translators(qapp)


def test_a_revealed_passphrase_cannot_be_copied(
    qtbot: QtBot, locked: tuple[Session, str], prefs: Preferences, qapp: QApplication
) -> None:
    session, _ = locked
    window = make_window(qtbot, session, prefs)
    QApplication.clipboard().setText("before")
    QTest.keyClicks(window.field, "secret words here")
    window.field.reveal_action.trigger()
    assert window.field.revealed
    window.field.selectAll()
    QTest.keyClick(window.field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.field, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "before"
    assert window.field.text() == "secret words here"
    QApplication.clipboard().clear()
