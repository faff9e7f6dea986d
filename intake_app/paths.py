"""Default places on disk: the vault folder and the small per-user state folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "intake-app"


def _app_data_root() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def default_vault_dir() -> Path:
    """`INTAKE_VAULT` if set, else the platform's application-data folder."""
    override = os.environ.get("INTAKE_VAULT")
    if override:
        return Path(override).expanduser()
    return _app_data_root() / APP_DIR_NAME / "vault"


def state_dir() -> Path:
    """Where unlock-attempt counters live: outside the vault, so a failed unlock
    leaves every vault file untouched, yet the count survives restarts."""
    if sys.platform == "win32" or sys.platform == "darwin":
        return _app_data_root() / APP_DIR_NAME / "state"
    root = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(root) / APP_DIR_NAME
