"""The app's own settings (never case data), kept as JSON in the per-user state folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from intake_app.vault.atomic import make_private_dir, write_atomic

LANGUAGES = ("en", "zh_HK", "fr_CA")


@dataclass(slots=True)
class Preferences:
    auto_lock_minutes: int = 5
    clipboard_seconds: int = 30
    language: str = "en"
    lock_on_screen_lock: bool = True

    def clamp(self) -> Preferences:
        """Keep every value inside what the settings dialog offers."""
        self.auto_lock_minutes = min(max(self.auto_lock_minutes, 1), 120)
        self.clipboard_seconds = min(max(self.clipboard_seconds, 5), 300)
        if self.language not in LANGUAGES:
            self.language = "en"
        return self


def load_preferences(path: Path) -> Preferences:
    """Preferences from `path`; defaults for anything missing or unreadable."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    known = {f.name: type(getattr(Preferences(), f.name)) for f in fields(Preferences)}
    values = {k: v for k, v in data.items() if k in known and type(v) is known[k]}
    return Preferences(**values).clamp()


def save_preferences(path: Path, prefs: Preferences) -> None:
    make_private_dir(path.parent)
    write_atomic(path, json.dumps(asdict(prefs), indent=1).encode())
