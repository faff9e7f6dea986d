"""Starting the desktop app from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_without_a_display_the_app_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env.update(HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    result = subprocess.run(
        [sys.executable, "-m", "intake_app"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "intake-app: no display found: the desktop app needs a graphical session "
        "(try 'intake-app --help')"
    ]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_the_command_line_does_not_load_qt() -> None:
    code = (
        "import sys\n"
        "from intake_app.cli import build_parser\n"
        "build_parser().parse_args(['cases', 'list', '--json'])\n"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
