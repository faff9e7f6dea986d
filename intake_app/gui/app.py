"""Starting the desktop app: a display check, hardening, then the controller."""

from __future__ import annotations

import os
import sys


def display_problem() -> str | None:
    """Why no window can be shown here, in one line, or None when one can."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None  # the caller chose a platform (offscreen in tests, xcb, wayland ...)
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return (
            "no display found: the desktop app needs a graphical session (try 'intake-app --help')"
        )
    return None


def run(argv: list[str]) -> int:
    """Run the desktop app until it quits; return the exit code."""
    problem = display_problem()
    if problem:
        sys.stderr.write(f"intake-app: {problem}\n")
        return 1
    from intake_app.gui.controller import main  # Qt loads only when a window can open

    return main(argv)
