"""Copying case text safely: marked secret for clipboard managers, cleared after a countdown.

Modelled on KeePassXC's `Clipboard`: the text goes out with extra formats that
clipboard managers and the operating system honour as "do not keep", and a
timer clears it later, but only if the clipboard still holds *our* text: if
the caseworker copied something else meanwhile, it is theirs and stays.

The hints, by platform:
- KDE Klipper and Wayland helpers such as wl-clip-persist: `x-kde-passwordManagerHint`
  = "secret".
- Windows: `ExcludeClipboardContentFromMonitorProcessing`, plus
  `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard` set to a zero DWORD, so
  Win+V history and cloud clipboard sync skip it. Qt registers a custom mime type as a
  clipboard format of the same name.
- macOS: the nspasteboard.org "concealed" marker. Qt's pasteboard layer wraps custom
  types in its own UTI, so clipboard managers may not see it (see docs/LOCKING.md).

Our own widgets need no special calls: `SecureClipboard` watches the clipboard and
re-marks (and times) any text our process put there through a plain Ctrl+C or a
context-menu "Copy". Code that copies explicitly should call `copy_text(widget, text)`.
To remember what it copied without keeping the text, the object keeps only a keyed
hash of it, with a key that lives as long as the object.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget

from intake_app.gui.preferences import Preferences

_ZERO_DWORD = b"\x00\x00\x00\x00"

# Formats added next to the text. Harmless where they mean nothing, so all are always set.
SECRET_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": _ZERO_DWORD,
    "CanIncludeInClipboardHistory": _ZERO_DWORD,
    "CanUploadToCloudClipboard": _ZERO_DWORD,
    "org.nspasteboard.ConcealedType": b"",
    "application/x-nspasteboard-concealed-type": b"",
}
HINT_FORMAT = "x-kde-passwordManagerHint"


def secret_mime_data(text: str) -> QMimeData:
    """Plain text plus every "do not keep this" hint we know of."""
    mime = QMimeData()
    mime.setText(text)
    for name, value in SECRET_HINTS.items():
        mime.setData(name, value)
    return mime


def is_marked_secret(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(HINT_FORMAT)


class SecureClipboard(QObject):
    """Copies text marked secret and clears it after `prefs.clipboard_seconds`.

    `interval_ms` overrides the countdown (tests pass a few milliseconds);
    `owns_clipboard` overrides how we learn that our process put the current
    clipboard contents there (Qt's `ownsClipboard()`, which some platforms,
    the offscreen one included, always answer with False).
    """

    expired = Signal(bool)  # the countdown ended; True when it cleared our text

    def __init__(
        self,
        prefs: Preferences,
        parent: QObject | None = None,
        *,
        interval_ms: Callable[[], int] | None = None,
        clipboard: QClipboard | None = None,
        owns_clipboard: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._interval_ms = interval_ms or (lambda: prefs.clipboard_seconds * 1000)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._owns = owns_clipboard or self._clipboard.ownsClipboard
        self._key = os.urandom(32)
        self._ours: bytes | None = None  # keyed hash of the text we put there last
        self._setting = False
        self._attached = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self.attach()

    # -- public -------------------------------------------------------------------------------

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard, marked secret, and start the countdown."""
        self._setting = True
        try:
            self._clipboard.setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
        finally:
            self._setting = False
        self._ours = self._digest(text)
        self._timer.start(max(1, self._interval_ms()))

    def attach(self) -> None:
        """Watch the clipboard for plain copies, and clear our text when the app quits."""
        if not self._attached:
            self._attached = True
            self._clipboard.dataChanged.connect(self._on_changed)
            app = QGuiApplication.instance()
            if app is not None:
                # Quitting must not leave case text behind for the next program to paste.
                app.aboutToQuit.connect(self.clear_if_ours)

    def detach(self) -> None:
        """Stop watching the clipboard (after the lock; the object dies with its window)."""
        if self._attached:
            self._attached = False
            self._timer.stop()
            self._clipboard.dataChanged.disconnect(self._on_changed)
            app = QGuiApplication.instance()
            if app is not None:
                app.aboutToQuit.disconnect(self.clear_if_ours)

    def holds_our_text(self) -> bool:
        return self._ours is not None and self._matches(self._clipboard, QClipboard.Mode.Clipboard)

    def seconds_left(self) -> int | None:
        """Whole seconds until the countdown clears the clipboard; None when not counting."""
        if not self._timer.isActive():
            return None
        # A coarse QTimer may report a few milliseconds more than its interval.
        return math.ceil(min(self._timer.remainingTime(), self._timer.interval()) / 1000)

    @Slot()
    def clear_if_ours(self) -> bool:
        """Clear what we copied (and the X11 selection if our widgets own it); True if cleared.

        Called at lock and at quit. Text someone copied from another program stays.
        """
        self._timer.stop()
        cleared = False
        if self.holds_our_text() or self._owns():
            self._clear(QClipboard.Mode.Clipboard)
            cleared = True
        # On X11 selecting text in a field publishes it as the primary selection:
        # the selection is ours whenever one of our widgets made it.
        if self._clipboard.supportsSelection() and (
            self._clipboard.ownsSelection()
            or self._matches(self._clipboard, QClipboard.Mode.Selection)
        ):
            self._clear(QClipboard.Mode.Selection)
            cleared = True
        self._ours = None
        return cleared

    def clear_all(self) -> None:
        """Clear the clipboard whatever it holds (the panic path: losing it is the lesser harm)."""
        self._timer.stop()
        self._clear(QClipboard.Mode.Clipboard)
        if self._clipboard.supportsSelection():
            self._clear(QClipboard.Mode.Selection)
        self._ours = None

    # -- internals ----------------------------------------------------------------------------

    def _digest(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()

    def _matches(self, clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
        if self._ours is None:
            return False
        text = clipboard.text(mode)
        return bool(text) and hmac.compare_digest(self._digest(text), self._ours)

    def _clear(self, mode: QClipboard.Mode) -> None:
        self._setting = True
        try:
            self._clipboard.clear(mode)
        finally:
            self._setting = False

    @Slot()
    def _on_timeout(self) -> None:
        cleared = self.holds_our_text()
        if cleared:
            self._clear(QClipboard.Mode.Clipboard)
        self._ours = None
        self.expired.emit(cleared)

    @Slot()
    def _on_changed(self) -> None:
        """Adopt text our widgets copied the ordinary way: mark it secret and time it."""
        if self._setting or not self._attached or not self._owns():
            return
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        if mime is None or is_marked_secret(mime) or not mime.hasText():
            return
        self.copy(mime.text())


def copy_text(widget: QWidget, text: str) -> bool:
    """Copy through the `SecureClipboard` serving `widget`'s window; True if one was found.

    Without one (a window outside the unlocked session), the text still goes out
    marked secret, but nothing will clear it: callers holding case text should
    only exist inside the main window, where the lock controller provides one.
    """
    secure = widget.window().findChild(SecureClipboard)
    if secure is None:
        parent = widget.window().parentWidget()
        secure = parent.window().findChild(SecureClipboard) if parent is not None else None
    if secure is not None:
        secure.copy(text)
        return True
    QGuiApplication.clipboard().setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
    return False
