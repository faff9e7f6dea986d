"""The D-Bus screen-lock watcher, against a private dbus-daemon when one can be started."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from intake_app.gui.lock import LockController
from intake_app.gui.preferences import Preferences
from intake_app.gui.screen_lock import ScreenLockWatcher, logind_session_path
from intake_app.gui.session import Session


def test_without_a_bus_it_is_unavailable_and_quiet(qapp: object) -> None:
    # The offscreen test run has no session or system bus (or pretends not to).
    dead = QDBusConnection("intake-no-bus")  # never connected
    watcher = ScreenLockWatcher(session_bus=dead, system_bus=dead)
    assert not watcher.available
    assert watcher.subscriptions == ()
    assert "D-Bus" in watcher.status


def test_other_platforms_say_not_yet(qapp: object) -> None:
    watcher = ScreenLockWatcher(platform="darwin")
    assert not watcher.available
    assert "not yet available" in watcher.status


def test_logind_session_paths() -> None:
    assert logind_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert logind_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert logind_session_path("12") == "/org/freedesktop/login1/session/_312"
    assert logind_session_path(None) == ""


# -- a real bus -------------------------------------------------------------------------------


class PrivateBus:
    """A dbus-daemon of our own: one connection for the watcher, one to send from."""

    def __init__(self) -> None:
        daemon = shutil.which("dbus-daemon")
        # .ci/run installs it (Debian package dbus-daemon); a missing one is a failure.
        assert daemon is not None, "dbus-daemon is not installed"
        self.process = subprocess.Popen(
            [daemon, "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        self.names: list[str] = []

    def connect(self) -> QDBusConnection:
        name = f"intake-test-{uuid.uuid4().hex}"
        self.names.append(name)
        connection = QDBusConnection.connectToBus(self.address, name)
        assert connection.isConnected(), "could not connect to a private dbus-daemon"
        return connection

    def close(self) -> None:
        for name in self.names:
            QDBusConnection.disconnectFromBus(name)
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def bus(qapp: object) -> Iterator[PrivateBus]:
    made = PrivateBus()
    try:
        yield made
    finally:
        made.close()


def send(sender: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert sender.send(message)


@pytest.fixture
def watched(bus: PrivateBus) -> tuple[ScreenLockWatcher, QDBusConnection]:
    connection = bus.connect()
    watcher = ScreenLockWatcher(session_bus=connection, system_bus=connection, session_id="2")
    assert watcher.available
    return watcher, bus.connect()


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's second path
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_screen_saver_activation(
    watched: tuple[ScreenLockWatcher, QDBusConnection], qtbot: QtBot, path: str, interface: str
) -> None:
    watcher, sender = watched
    seen: list[None] = []
    watcher.screen_locked.connect(lambda: seen.append(None))
    with qtbot.waitSignal(watcher.screen_locked, timeout=5000):
        send(sender, path, interface, "ActiveChanged", False)  # unlocking: ignored
        send(sender, path, interface, "ActiveChanged", True)
    assert len(seen) == 1  # signals arrive in order, so the False one was seen first


def test_prepare_for_sleep(
    watched: tuple[ScreenLockWatcher, QDBusConnection], qtbot: QtBot
) -> None:
    watcher, sender = watched
    seen: list[None] = []
    watcher.going_to_sleep.connect(lambda: seen.append(None))
    manager = "org.freedesktop.login1.Manager"
    with qtbot.waitSignal(watcher.going_to_sleep, timeout=5000):
        send(sender, "/org/freedesktop/login1", manager, "PrepareForSleep", False)  # waking
        send(sender, "/org/freedesktop/login1", manager, "PrepareForSleep", True)
    assert len(seen) == 1


def test_logind_lock_of_our_session_only(
    watched: tuple[ScreenLockWatcher, QDBusConnection], qtbot: QtBot
) -> None:
    watcher, sender = watched
    seen: list[None] = []
    watcher.screen_locked.connect(lambda: seen.append(None))
    session = "org.freedesktop.login1.Session"
    with qtbot.waitSignal(watcher.screen_locked, timeout=5000):
        send(sender, "/org/freedesktop/login1/session/_33", session, "Lock")  # someone else's
        send(sender, "/org/freedesktop/login1/session/_32", session, "Lock")
    assert len(seen) == 1


def test_a_real_screen_lock_locks_the_vault(
    bus: PrivateBus, unlocked: Session, prefs: Preferences, qtbot: QtBot
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    connection = bus.connect()
    watcher = ScreenLockWatcher(session_bus=connection, system_bus=connection)
    controller = LockController(unlocked, prefs, window, screen_watcher=watcher)
    with qtbot.waitSignal(controller.locked_by, timeout=5000) as blocker:
        send(
            bus.connect(), "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True
        )
    assert blocker.args == ["screen"]
    assert not unlocked.is_unlocked
