"""The worker runs calls off the GUI thread and reports back on it, or discards unwanted results."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from intake_app.errors import IntakeError, WrongSecretError
from intake_app.gui import strength
from intake_app.gui.worker import Worker, sentence


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    worker = Worker()
    call_threads: list[threading.Thread] = []
    slot_threads: list[threading.Thread] = []
    worker.succeeded.connect(lambda _: slot_threads.append(threading.current_thread()))

    def call() -> int:
        call_threads.append(threading.current_thread())
        return 42

    with qtbot.waitSignal(worker.succeeded, timeout=5000) as blocker:
        worker.start(call)
    assert blocker.args == [42]
    assert call_threads[0] is not threading.main_thread()
    assert slot_threads == [threading.main_thread()]
    assert not worker.busy


def test_intake_error_is_delivered_as_is(qtbot: QtBot) -> None:
    worker = Worker()
    error = WrongSecretError("wrong passphrase")

    def call() -> None:
        raise error

    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start(call)
    assert blocker.args == [error]


def test_other_exceptions_become_a_generic_one_line_error(qtbot: QtBot) -> None:
    worker = Worker()

    def call() -> None:
        raise ValueError("secret material\nsecond line")

    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start(call)
    error = blocker.args[0] if blocker.args else None
    assert isinstance(error, IntakeError)
    message = str(error)
    assert "ValueError" in message
    assert "secret" not in message
    assert "\n" not in message


def test_one_call_at_a_time(qtbot: QtBot) -> None:
    worker = Worker()
    release = threading.Event()
    try:
        worker.start(lambda: release.wait(5))
        with pytest.raises(RuntimeError):
            worker.start(lambda: None)
    finally:
        with qtbot.waitSignal(worker.finished, timeout=5000):
            release.set()


def test_cancelled_result_is_discarded_and_never_reported(qtbot: QtBot) -> None:
    worker = Worker()
    release = threading.Event()
    discarded: list[object] = []
    reported: list[object] = []
    worker.succeeded.connect(reported.append)
    worker.finished.connect(lambda: reported.append("finished"))

    def call() -> str:
        release.wait(5)
        return "vault"

    worker.start(call, discard=discarded.append)
    worker.cancel()
    release.set()
    qtbot.waitUntil(lambda: discarded == ["vault"], timeout=5000)
    assert reported == []
    assert not worker.busy


def test_result_parked_for_a_destroyed_worker_is_discarded(qtbot: QtBot) -> None:
    worker = Worker()
    done = threading.Event()
    discarded: list[object] = []

    def call() -> str:
        return "vault"

    worker.start(call, discard=lambda value: (discarded.append(value), done.set()))
    # Whether the result is parked already or still being made, destroying the worker
    # (as closing its window does) must hand it to `discard`.
    worker.deleteLater()
    qtbot.waitUntil(lambda: discarded == ["vault"], timeout=5000)


def test_sentence_is_one_capitalised_line() -> None:
    assert sentence("wrong passphrase") == "Wrong passphrase."
    assert sentence("a\nb.") == "A b."


@pytest.mark.parametrize(
    ("passphrase", "ok"),
    [
        ("", False),
        ("password", False),
        ("Tr0ub4dour&3", False),
        ("abcdefgh", False),
        ("correct horse battery staple", True),
        ("x" * 2000, False),  # past the core's maximum
    ],
)
def test_strength_rule(passphrase: str, ok: bool) -> None:
    assert strength.acceptable(passphrase) is ok


def test_strength_explains_refusals() -> None:
    assert "8" in (strength.problem("Ab1!") or "")
    assert "easy to guess" in (strength.problem("password") or "")
    verdict = strength.evaluate("password")
    assert verdict.score == 0 and verdict.feedback and verdict.label == "Very weak"
    long_strong = "correct horse battery staple " * 5  # beyond zxcvbn's 72 characters
    assert strength.evaluate(long_strong).score == strength.MAX_SCORE


@pytest.mark.parametrize(
    ("passphrase", "weakness"),
    [
        ("password", "common"),
        ("asdfghjkl;", "keyboard"),
        ("2024", "date"),
        ("aaaaaaaaaaaa", "repeat"),
        ("abcdefghijk", "sequence"),
        ("correct horse battery staple", ""),
    ],
)
def test_strength_names_the_weakness(passphrase: str, weakness: str) -> None:
    verdict = strength.evaluate(passphrase)
    assert verdict.weakness == weakness
    assert weakness in (*strength.WEAKNESSES, "")
