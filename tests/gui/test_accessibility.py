"""Every input and button of every window has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.gui.main_window import MainWindow
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.gui.settings_dialog import SettingsDialog
from intake_app.gui.unlock import UnlockWindow
from intake_app.gui.wizard import SetupWizard

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QPlainTextEdit, QTextEdit)


def _buddied(window: QWidget) -> set[int]:
    return {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}


def _unnamed(window: QWidget, at_least: int) -> list[str]:
    buddied = _buddied(window)
    missing = []
    checked = 0
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS):
            continue
        # Qt's own sub-widgets (a combo's line edit, a spin box's edit, scroll buttons).
        if widget.parent() is not None and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        checked += 1
        named = widget.accessibleName() or id(widget) in buddied
        if isinstance(widget, QAbstractButton):
            named = named or bool(widget.text().replace("&", "").strip())
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert checked >= at_least, f"only {checked} inputs found"
    return missing


def test_setup_and_unlock_windows(session: Session, prefs: Preferences, qtbot: QtBot) -> None:
    wizard = SetupWizard(session, prefs)
    qtbot.addWidget(wizard)
    assert _unnamed(wizard, 5) == []
    unlock = UnlockWindow(session, prefs)
    qtbot.addWidget(unlock)
    assert _unnamed(unlock, 3) == []


def test_main_window_and_settings(
    unlocked: Session, prefs: Preferences, qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(unlocked, prefs, tmp_path / "prefs.json")
    qtbot.addWidget(window)
    assert _unnamed(window, 40) == []
    dialog = SettingsDialog(prefs, tmp_path / "prefs.json", window)
    assert _unnamed(dialog, 5) == []
