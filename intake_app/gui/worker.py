"""Run one blocking core call (key derivation) off the GUI thread; report back on it.

Argon2id takes about a second at production cost: run on the GUI thread it would
freeze the window. `Worker.start` hands the call to a thread pool and emits
`succeeded(result)` or `failed(error)`, then `finished()`, on the thread the
worker lives in (the GUI thread). A result nobody will receive any more (the
window was cancelled or destroyed mid-call) is handed to the `discard` callback
instead, so a vault unlocked too late is closed rather than left holding its lock.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

from intake_app.errors import IntakeError

Discard = Callable[[Any], None]


def sentence(message: str) -> str:
    """A one-line core message (lower-case, no full stop) as a sentence for a label."""
    message = " ".join(message.split())  # one line, whatever the message held
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def unexpected(error: BaseException) -> IntakeError:
    """The generic one-line error shown for a bug: its type only, since a message may quote
    whatever the call was working on (a path, a passphrase in a repr)."""
    message = QCoreApplication.translate("Worker", "Unexpected error ({kind}); please try again.")
    return IntakeError(message.format(kind=type(error).__name__))


class _Relay(QObject):
    """Carries "the job is done" from the pool thread to the GUI thread (a queued signal)."""

    done = Signal()


class _Job:
    """One call's state, shared by the pool thread and the GUI thread under a lock."""

    def __init__(self, call: Callable[[], Any], discard: Discard | None) -> None:
        self.relay = _Relay()  # made here, on the GUI thread, so it lives there
        self._call: Callable[[], Any] | None = call
        self._discard = discard
        self._guard = threading.Lock()
        self._cancelled = False
        self._outcome: tuple[bool, Any] | None = None

    def run(self) -> None:
        """Pool thread: make the call, then either park its outcome or discard it."""
        call, self._call = self._call, None  # drop the closure (and the secret in it) early
        assert call is not None
        try:
            outcome: tuple[bool, Any] = (True, call())
        except IntakeError as error:
            outcome = (False, error)
        except Exception as error:
            outcome = (False, unexpected(error))
        with self._guard:
            cancelled = self._cancelled
            if not cancelled:
                self._outcome = outcome
        if cancelled:
            self._throw_away(outcome)
        else:
            self.relay.done.emit()

    def take(self) -> tuple[bool, Any] | None:
        """GUI thread: the parked outcome, or None when it was cancelled meanwhile."""
        with self._guard:
            outcome, self._outcome = self._outcome, None
        return outcome

    def cancel(self) -> None:
        """Any thread: nobody wants the outcome; discard it now or when the call returns."""
        with self._guard:
            self._cancelled = True
            outcome, self._outcome = self._outcome, None
        if outcome is not None:
            self._throw_away(outcome)

    def _throw_away(self, outcome: tuple[bool, Any]) -> None:
        ok, value = outcome
        if ok and self._discard is not None:
            # Nobody is left to tell of a failure here; the vault's lock dies with the process.
            with contextlib.suppress(Exception):
                self._discard(value)


class Worker(QObject):
    """Runs one call at a time on a thread pool and reports on the GUI thread.

    Inject `pool` to control threading in tests; wait on `finished` with
    `qtbot.waitSignal` instead of sleeping.
    """

    succeeded = Signal(object)  # the call's return value
    failed = Signal(object)  # an IntakeError (anything else became a generic one)
    finished = Signal()  # after either of the two

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._job: _Job | None = None
        # Whoever destroys us (a closed window) no longer wants the result. The handler
        # must not be a method of ours: it runs while we are being torn down.
        self._current: list[_Job] = []
        self.destroyed.connect(partial(_cancel_all, self._current))

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, call: Callable[[], Any], discard: Discard | None = None) -> None:
        """Run `call()` off the GUI thread. `discard(result)` cleans up an unwanted result."""
        if self._job is not None:
            raise RuntimeError("the worker is already running a call")
        job = _Job(call, discard)
        job.relay.done.connect(self._deliver)
        self._job = job
        self._current[:] = [job]
        self._pool.start(job.run)

    def cancel(self) -> None:
        """Forget the running call: no signal will come; its result goes to `discard`."""
        job, self._job = self._job, None
        self._current.clear()
        if job is not None:
            job.cancel()

    @Slot()
    def _deliver(self) -> None:
        job = self._job
        if job is None:
            return
        outcome = job.take()
        if outcome is None:
            return
        self._job = None
        self._current.clear()
        ok, value = outcome
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.finished.emit()


def _cancel_all(jobs: list[_Job], *_: object) -> None:
    for job in jobs:
        job.cancel()
