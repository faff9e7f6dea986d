"""The secure clipboard: marked secret, cleared after the countdown, only if still ours."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from intake_app.gui.clipboard import SECRET_HINTS, SecureClipboard, copy_text, secret_mime_data
from intake_app.gui.preferences import Preferences

CASE_TEXT = "Chan Tai-man, HKID A123456(3)"


def board() -> QClipboard:
    return QGuiApplication.clipboard()


def formats() -> list[str]:
    mime = board().mimeData(QClipboard.Mode.Clipboard)
    return [] if mime is None else list(mime.formats())


@pytest.fixture(autouse=True)
def empty_clipboard(qapp: QApplication) -> Iterator[None]:
    board().clear()
    yield
    board().clear()


@pytest.fixture
def make_clip(prefs: Preferences) -> Iterator[Callable[..., SecureClipboard]]:
    made: list[SecureClipboard] = []

    def make(interval_ms: int = 60_000, owns: bool | None = None) -> SecureClipboard:
        clip = SecureClipboard(
            prefs,
            interval_ms=lambda: interval_ms,
            owns_clipboard=None if owns is None else (lambda: owns),
        )
        made.append(clip)
        return clip

    yield make
    for clip in made:
        if shiboken6.isValid(clip):  # a test may have handed it to a window, now deleted
            clip.detach()
            clip.deleteLater()


def test_copy_marks_the_text_secret(make_clip: Callable[..., SecureClipboard]) -> None:
    make_clip().copy(CASE_TEXT)
    assert board().text() == CASE_TEXT
    found = formats()
    assert "x-kde-passwordManagerHint" in found
    assert {"ExcludeClipboardContentFromMonitorProcessing", "CanIncludeInClipboardHistory"} <= set(
        found
    )
    assert "CanUploadToCloudClipboard" in found
    assert "org.nspasteboard.ConcealedType" in found
    mime = board().mimeData()
    assert mime is not None
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert bytes(mime.data("CanIncludeInClipboardHistory").data()) == b"\0\0\0\0"


def test_secret_mime_data_carries_every_hint() -> None:
    mime = secret_mime_data("x")
    assert mime.text() == "x"
    assert all(mime.hasFormat(name) for name in SECRET_HINTS)


def test_cleared_after_the_countdown(
    make_clip: Callable[..., SecureClipboard], qtbot: QtBot
) -> None:
    clip = make_clip(interval_ms=10)
    with qtbot.waitSignal(clip.expired, timeout=2000) as blocker:
        clip.copy(CASE_TEXT)
    assert blocker.args == [True]
    assert board().text() == ""


def test_countdown_follows_the_preference(prefs: Preferences) -> None:
    prefs.clipboard_seconds = 45
    clip = SecureClipboard(prefs)
    clip.copy(CASE_TEXT)
    left = clip.seconds_left()
    assert left is not None and 44 <= left <= 45
    clip.clear_if_ours()
    clip.detach()
    clip.deleteLater()


def test_not_cleared_when_the_user_copied_something_else(
    make_clip: Callable[..., SecureClipboard], qtbot: QtBot
) -> None:
    clip = make_clip(interval_ms=10)
    with qtbot.waitSignal(clip.expired, timeout=2000) as blocker:
        clip.copy(CASE_TEXT)
        board().setText("a recipe from another program")
    assert blocker.args == [False]
    assert board().text() == "a recipe from another program"


def test_clear_if_ours_at_lock(make_clip: Callable[..., SecureClipboard]) -> None:
    clip = make_clip()
    clip.copy(CASE_TEXT)
    assert clip.holds_our_text()
    assert clip.clear_if_ours() is True
    assert board().text() == ""
    assert clip.seconds_left() is None


def test_clear_if_ours_leaves_other_text(make_clip: Callable[..., SecureClipboard]) -> None:
    clip = make_clip()
    clip.copy(CASE_TEXT)
    board().setText("someone else's")
    assert clip.clear_if_ours() is False
    assert board().text() == "someone else's"


def test_clear_all_clears_anything(make_clip: Callable[..., SecureClipboard]) -> None:
    board().setText("someone else's")
    make_clip().clear_all()
    assert board().text() == ""


def test_the_copied_text_is_not_kept(make_clip: Callable[..., SecureClipboard]) -> None:
    clip = make_clip()
    clip.copy(CASE_TEXT)
    assert CASE_TEXT not in repr(vars(clip))  # only a keyed hash of it


def test_plain_copies_from_our_widgets_are_adopted(
    make_clip: Callable[..., SecureClipboard], qtbot: QtBot
) -> None:
    clip = make_clip(interval_ms=10, owns=True)  # offscreen Qt never reports ownership
    field = QLineEdit(CASE_TEXT)
    qtbot.addWidget(field)
    field.selectAll()
    with qtbot.waitSignal(clip.expired, timeout=2000) as blocker:
        field.copy()  # an ordinary Ctrl+C, not through SecureClipboard
        assert "x-kde-passwordManagerHint" in formats()
    assert blocker.args == [True]
    assert board().text() == ""


def test_copies_by_other_programs_are_left_alone(
    make_clip: Callable[..., SecureClipboard],
) -> None:
    clip = make_clip(owns=False)
    board().setText("from another program")
    assert "x-kde-passwordManagerHint" not in formats()
    assert clip.seconds_left() is None


def test_copy_text_uses_the_windows_secure_clipboard(
    make_clip: Callable[..., SecureClipboard], qtbot: QtBot
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    clip = make_clip()
    clip.setParent(window)
    field = QLineEdit(window)
    assert copy_text(field, CASE_TEXT) is True
    assert clip.holds_our_text()
    assert clip.seconds_left() is not None


def test_copy_text_without_one_still_marks_secret(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    assert copy_text(field, CASE_TEXT) is False
    assert "x-kde-passwordManagerHint" in formats()


def test_detached_clipboard_adopts_nothing(
    make_clip: Callable[..., SecureClipboard], qtbot: QtBot
) -> None:
    clip = make_clip(owns=True)
    clip.detach()  # what the lock does once the vault is closed
    field = QLineEdit("plain text")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    assert "x-kde-passwordManagerHint" not in formats()
    assert clip.seconds_left() is None
