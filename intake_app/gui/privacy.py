"""Keeping our windows out of screenshots and screen sharing, where the platform allows it.

- Windows 10 2004 and later: `SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)` makes
  the window absent from captures; older Windows 10 falls back to `WDA_MONITOR`, which
  captures it as a black rectangle.
- macOS: `NSWindow.sharingType = NSWindowSharingNone`, set through the Objective-C
  runtime with ctypes. Best effort: recent ScreenCaptureKit-based tools may ignore it.
- Linux: not possible. X11 lets any client read the whole screen; on Wayland the
  compositor and its screen-cast portal decide, and offer applications no opt-out.

`CaptureGuard` applies the exclusion to every top-level window of the process as
it is shown. The lock controller runs one while unlocked; one made at start-up
would also cover the set-up wizard's recovery-key page. There is no recent-files
list anywhere in Intake, and file dialogs keep no history (`file_dialogs.py`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0


def capture_exclusion_supported(platform: str = sys.platform) -> bool:
    return platform == "win32" or platform == "darwin"


def capture_protection_status(platform: str = sys.platform) -> str:
    """A short, plain explanation for the settings dialog and the about text."""
    if platform == "win32":
        return QCoreApplication.translate(
            "CaptureGuard",
            "Intake's windows are hidden from screenshots and screen sharing "
            "(on Windows 10 before version 2004 they show as black instead).",
        )
    if platform == "darwin":
        return QCoreApplication.translate(
            "CaptureGuard",
            "Intake asks macOS to keep its windows out of screenshots and screen sharing; "
            "some recent capture tools ignore this request.",
        )
    return QCoreApplication.translate(
        "CaptureGuard",
        "On Linux no program can hide its windows from screenshots or screen sharing: "
        "anything on screen can be captured. Lock Intake before you share your screen.",
    )


def exclude_from_capture(window: QWidget) -> bool:
    """Ask the platform to leave `window` out of captures; True if it agreed.

    Never raises: a failure here must not stop the window from opening.
    """
    if not window.isWindow():
        window = window.window()
    with contextlib.suppress(Exception):
        if sys.platform == "win32":
            return _exclude_windows(int(window.winId()))
        if sys.platform == "darwin":
            return _exclude_macos(int(window.winId()))
    return False


if sys.platform == "win32":
    from ctypes import wintypes

    def _exclude_windows(hwnd: int) -> bool:
        user32 = ctypes.WinDLL("user32", use_last_error=True)
        set_affinity = user32.SetWindowDisplayAffinity
        set_affinity.argtypes = [wintypes.HWND, wintypes.DWORD]
        set_affinity.restype = wintypes.BOOL
        if set_affinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
            return True
        return bool(set_affinity(hwnd, WDA_MONITOR))

else:

    def _exclude_windows(hwnd: int) -> bool:
        return False


def _exclude_macos(view: int) -> bool:
    """[[view window] setSharingType:NSWindowSharingNone] through libobjc."""
    path = ctypes.util.find_library("objc")
    if not path or not view:
        return False
    objc = ctypes.cdll.LoadLibrary(path)
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    # objc_msgSend must be called through a prototype matching each message
    # (arm64 passes arguments by their real types), so cast it once per signature.
    address = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
    if address is None:
        return False
    get_window = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
    set_sharing = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(address)
    ns_window = get_window(view, objc.sel_registerName(b"window"))
    if not ns_window:
        return False
    set_sharing(ns_window, objc.sel_registerName(b"setSharingType:"), NS_WINDOW_SHARING_NONE)
    return True


class CaptureGuard(QObject):
    """Excludes each of our top-level windows from capture when it is shown.

    Installs an event filter on the application only where exclusion exists, so
    on Linux it costs nothing. `applied` counts windows protected (for tests).
    """

    def __init__(self, parent: QObject | None = None, *, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.applied = 0
        self.active = capture_exclusion_supported(platform)
        app = QCoreApplication.instance()
        if self.active and app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Show and WinIdChange: a recreated native window loses its affinity.
        if (
            event.type() in (QEvent.Type.Show, QEvent.Type.WinIdChange)
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and exclude_from_capture(watched)
        ):
            self.applied += 1
        return False
