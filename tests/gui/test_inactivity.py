"""The idle timer: one app-wide filter, restarted by input, firing once; milliseconds, no sleeps."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from intake_app.gui.inactivity import InactivityTimer


class FakeWallClock:
    """A wall clock the test moves by hand (to stand for a suspended laptop)."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def make_timer(
    qapp: QApplication, clock: FakeWallClock
) -> Iterator[Callable[..., InactivityTimer]]:
    made: list[InactivityTimer] = []

    def make(interval_ms: int | Callable[[], int], tick_ms: int = 1000) -> InactivityTimer:
        timer = InactivityTimer(interval_ms, tick_ms=tick_ms, wall_clock=clock)
        made.append(timer)
        return timer

    yield make
    for timer in made:
        timer.stop()  # never leave a filter on the shared QApplication


def test_emits_inactive_after_the_interval(
    make_timer: Callable[..., InactivityTimer], qtbot: QtBot
) -> None:
    timer = make_timer(20)
    with qtbot.waitSignal(timer.inactive, timeout=2000):
        timer.start()
    assert not timer.is_active()
    assert timer.remaining_seconds() is None


SEND_INPUT: dict[str, Callable[[QLineEdit], None]] = {
    "key": lambda w: QTest.keyClick(w, Qt.Key.Key_A),
    "mouse move": lambda w: QTest.mouseMove(w, QPoint(5, 5)),
    "mouse click": lambda w: QTest.mouseClick(w, Qt.MouseButton.LeftButton),
}


@pytest.mark.parametrize("kind", sorted(SEND_INPUT))
def test_input_restarts_the_countdown(
    kind: str, make_timer: Callable[..., InactivityTimer], clock: FakeWallClock, field: QLineEdit
) -> None:
    timer = make_timer(10_000)
    timer.start()
    clock.now += 9.0  # nine idle seconds, as the wall clock sees them
    assert timer.remaining_seconds() == 1
    SEND_INPUT[kind](field)
    assert timer.remaining_seconds() == 10
    remaining = timer.remaining_ms()
    assert remaining is not None and remaining > 9_000


def test_input_in_any_window_counts(
    make_timer: Callable[..., InactivityTimer], clock: FakeWallClock, qtbot: QtBot, field: QLineEdit
) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    timer = make_timer(10_000)
    timer.start()
    clock.now += 9.0
    QTest.keyClick(other, Qt.Key.Key_B)  # a second top-level window: the filter is app-wide
    assert timer.remaining_seconds() == 10


def test_non_input_events_do_not_restart(
    make_timer: Callable[..., InactivityTimer], clock: FakeWallClock, field: QLineEdit
) -> None:
    timer = make_timer(10_000)
    timer.start()
    clock.now += 9.0
    QApplication.sendEvent(field, QResizeEvent(QSize(50, 20), QSize(40, 20)))
    QApplication.sendEvent(field, QEvent(QEvent.Type.WindowActivate))
    field.update()
    assert timer.remaining_seconds() == 1


def test_tick_reports_whole_seconds_left(
    make_timer: Callable[..., InactivityTimer], qtbot: QtBot
) -> None:
    timer = make_timer(5_000, tick_ms=5)
    timer.start()
    with qtbot.waitSignal(timer.tick, timeout=2000) as blocker:
        pass
    assert blocker.args is not None and blocker.args[0] in (4, 5)


def test_a_suspended_machine_locks_on_wake(
    make_timer: Callable[..., InactivityTimer], clock: FakeWallClock, qtbot: QtBot
) -> None:
    # QTimer's monotonic clock stands still during suspend; the wall clock does not.
    timer = make_timer(60_000, tick_ms=5)
    timer.start()
    clock.now += 3600
    with qtbot.waitSignal(timer.inactive, timeout=2000):
        pass


def test_interval_is_read_at_each_restart(
    make_timer: Callable[..., InactivityTimer], field: QLineEdit
) -> None:
    minutes = [5]
    timer = make_timer(lambda: minutes[0] * 60_000)
    timer.start()
    assert timer.remaining_seconds() == 300
    minutes[0] = 1  # the settings dialog changed the preference
    QTest.keyClick(field, Qt.Key.Key_A)
    assert timer.remaining_seconds() == 60


def test_stop_removes_the_filter(
    make_timer: Callable[..., InactivityTimer], clock: FakeWallClock, field: QLineEdit
) -> None:
    timer = make_timer(10_000)
    timer.start()
    timer.stop()
    QTest.keyClick(field, Qt.Key.Key_A)
    assert not timer.is_active()
    assert timer.remaining_ms() is None


def test_fires_once_and_input_does_not_revive_it(
    make_timer: Callable[..., InactivityTimer], qtbot: QtBot, field: QLineEdit
) -> None:
    timer = make_timer(10)
    fired: list[None] = []
    timer.inactive.connect(lambda: fired.append(None))
    with qtbot.waitSignal(timer.inactive, timeout=2000):
        timer.start()
    QTest.keyClick(field, Qt.Key.Key_A)  # the lock has happened: typing must not restart it
    assert not timer.is_active()
    QApplication.processEvents()  # let any queued timer event through, then count
    assert fired == [None]
