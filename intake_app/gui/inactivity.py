"""Idle detection: one application-wide event filter restarting one timer.

Modelled on KeePassXC's `InactivityTimer`: the filter sits on the QApplication,
so every key press, click, wheel turn, touch or input-method commit in any of
our windows (dialogs included) counts as activity, and nothing has to be wired
widget by widget. When the timer runs out, `inactive` is emitted once; the
timer then stays stopped until someone calls `start()` again.

QTimer counts on a monotonic clock that does not advance while the machine is
suspended, so a laptop closed for an hour would wake with its idle countdown
where it was. A once-a-second tick therefore also compares a wall clock
(injectable) against the deadline and fires as soon as it has passed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

# What a person at the keyboard does. Mouse moves count too: someone reading a long
# account and scrolling with the touchpad is not idle. Input-method events matter for
# Chinese typing, where composed text may arrive without a plain KeyPress.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)

Interval = int | Callable[[], int]


class InactivityTimer(QObject):
    """Emits `inactive` after `interval_ms` without user input; `tick(seconds left)` meanwhile.

    `interval_ms` may be a callable, read at every restart, so a changed
    preference takes effect at the next key press without re-wiring anything.
    `tick_ms` and `wall_clock` are injectable so tests run in milliseconds.
    """

    inactive = Signal()
    tick = Signal(int)  # whole seconds until `inactive`, rounded up

    def __init__(
        self,
        interval_ms: Interval,
        parent: QObject | None = None,
        *,
        tick_ms: int = 1000,
        wall_clock: Callable[[], float] = time.time,
        app: QCoreApplication | None = None,
    ) -> None:
        super().__init__(parent)
        self._interval = interval_ms
        self._wall_clock = wall_clock
        self._app = app
        self._filtering = False
        self._emitting = False
        self._wall_deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_ms)
        self._ticker.timeout.connect(self._on_tick)

    # -- control ----------------------------------------------------------------------------

    def interval_ms(self) -> int:
        value = self._interval() if callable(self._interval) else self._interval
        return max(1, int(value))

    def is_active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Start (or restart) counting and watch the whole application for input."""
        if not self._filtering:
            app = self._app or QCoreApplication.instance()
            if app is None:
                raise RuntimeError("InactivityTimer needs a QApplication")
            self._app = app
            app.installEventFilter(self)
            self._filtering = True
        self.restart()
        self._ticker.start()

    def stop(self) -> None:
        """Stop counting and stop looking at events (the vault is locked)."""
        self._timer.stop()
        self._ticker.stop()
        if self._filtering and self._app is not None:
            self._app.removeEventFilter(self)
        self._filtering = False

    def restart(self) -> None:
        """Begin a fresh countdown from the full interval."""
        interval = self.interval_ms()
        self._wall_deadline = self._wall_clock() + interval / 1000
        self._timer.start(interval)

    # -- state for the status bar -------------------------------------------------------------

    def remaining_ms(self) -> int | None:
        """Milliseconds left, or None when not counting."""
        if not self._timer.isActive():
            return None
        by_wall = int((self._wall_deadline - self._wall_clock()) * 1000)
        return max(0, min(self._timer.remainingTime(), by_wall))

    def remaining_seconds(self) -> int | None:
        """Whole seconds left (rounded up, so "0" never shows while still unlocked)."""
        left = self.remaining_ms()
        return None if left is None else math.ceil(left / 1000)

    # -- Qt plumbing -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event in the process: keep it to one set lookup.
        if event.type() in ACTIVITY_EVENTS and self._timer.isActive():
            self.restart()
        return False  # we only watch; the event goes on to its widget

    @Slot()
    def _on_tick(self) -> None:
        left = self.remaining_ms()
        if left is None:
            return
        if left <= 0:
            # The wall clock says the deadline passed (e.g. the machine slept).
            self._expire()
            return
        self.tick.emit(math.ceil(left / 1000))

    @Slot()
    def _expire(self) -> None:
        # A slot connected to `inactive` may open a nested event loop; a second
        # expiry arriving from inside it must not emit again (KeePassXC's emit mutex).
        if self._emitting:
            return
        self._timer.stop()
        self._ticker.stop()
        self._emitting = True
        try:
            self.inactive.emit()
        finally:
            self._emitting = False
