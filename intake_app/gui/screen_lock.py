"""Noticing that the screen locks or the machine goes to sleep (Linux, over D-Bus).

On Linux the desktop announces its screen locker on the session bus and logind
announces suspend on the system bus. We listen for:

- `ActiveChanged(true)` from the screen savers of freedesktop.org (KDE and others),
  GNOME, MATE, Cinnamon and Xfce, matched by interface from any sender and path
  (KDE publishes the same interface on two paths);
- logind's `Session.Lock` (`loginctl lock-session`, lid-close policies), for our own
  session when XDG_SESSION_ID says which, otherwise for any session;
- logind's `Manager.PrepareForSleep(true)` before suspend or hibernate.

A forged signal from another local program can only make us lock, which is the
safe direction, so no sender check is made. Without a bus (tests, a bare X
server, other platforms) nothing is connected and `available` says so.
Windows and macOS equivalents are described in docs/LOCKING.md, not yet built.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

SCREEN_SAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.xfce.ScreenSaver",
)
LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
LOGIND_PATH = "/org/freedesktop/login1"


def logind_session_path(session_id: str | None) -> str:
    """logind's object path for a session id ("" when unknown: then match any session).

    Object-path labels escape every byte that is not a letter or digit (and a
    leading digit) as `_xx`, so session "2" lives at `.../session/_32`.
    """
    if not session_id:
        return ""
    label = "".join(
        ch if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)) else f"_{ord(ch):02x}"
        for i, ch in enumerate(session_id)
    )
    return f"{LOGIND_PATH}/session/{label}"


class ScreenLockWatcher(QObject):
    """Emits `screen_locked` and `going_to_sleep`; `available` is False when nothing listens.

    Buses are injectable so a test can run a private `dbus-daemon`; by default the
    session and system buses are used on Linux only. QtDBus drops the subscriptions
    itself when the watcher is destroyed (with its window, at lock).
    """

    screen_locked = Signal()
    going_to_sleep = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        platform: str = sys.platform,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._subscribed: list[str] = []
        self._reason = ""
        injected = session_bus is not None or system_bus is not None
        if not platform.startswith("linux") and not injected:
            self._reason = QCoreApplication.translate(
                "ScreenLockWatcher",
                "Locking on screen lock and sleep is not yet available on this platform.",
            )
            return
        if not injected:
            session_bus, system_bus = QDBusConnection.sessionBus(), QDBusConnection.systemBus()
        if session_id is None:
            session_id = os.environ.get("XDG_SESSION_ID")
        if session_bus is not None and session_bus.isConnected():
            for interface in SCREEN_SAVER_INTERFACES:
                self._listen(
                    session_bus, "", interface, "ActiveChanged", "_on_active_changed(bool)"
                )
        if system_bus is not None and system_bus.isConnected():
            self._listen(
                system_bus, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "_on_sleep(bool)"
            )
            path = logind_session_path(session_id)
            self._listen(system_bus, path, LOGIND_SESSION, "Lock", "_on_session_lock()")
        if not self._subscribed:
            self._reason = QCoreApplication.translate(
                "ScreenLockWatcher",
                "No D-Bus connection: Intake cannot tell when the screen locks or the "
                "computer sleeps, so only the idle timer and the lock shortcuts work.",
            )

    def _listen(
        self, bus: QDBusConnection, path: str, interface: str, name: str, slot: str
    ) -> None:
        # Empty service: accept the signal from whichever process owns the name now
        # or later (screen lockers are often started after us).
        # PySide6 takes the SLOT() string here; its type stubs wrongly ask for bytes.
        if bus.connect("", path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self._subscribed.append(f"{interface}.{name}")

    @property
    def available(self) -> bool:
        """True when at least one lock or sleep signal is being listened for."""
        return bool(self._subscribed)

    @property
    def subscriptions(self) -> tuple[str, ...]:
        return tuple(self._subscribed)

    @property
    def status(self) -> str:
        """One sentence for the settings dialog."""
        if self.available:
            return QCoreApplication.translate(
                "ScreenLockWatcher", "Intake locks when the screen locks or the computer sleeps."
            )
        return self._reason

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot(bool)
    def _on_sleep(self, starting: bool) -> None:
        if starting:  # False is the wake-up announcement
            self.going_to_sleep.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        self.screen_locked.emit()
