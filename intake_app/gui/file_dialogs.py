"""File and folder pickers that leave no history behind.

A QFileDialog writes its history and last-visited folder to the shared Qt settings
(`QtProject.conf`, the registry on Windows) when it is destroyed, and no option turns
that off. We use Qt's own dialog (never the platform's, which keeps its own recent
lists), empty its history, destroy it at once and then delete those two keys, so no
list of where vaults or recovery keys live is left on disk.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# What QFileDialog remembers, in the group it writes to.
_SETTINGS_ORGANISATION = "QtProject"
_SETTINGS_GROUP = "FileDialog"
_REMEMBERED_KEYS = ("history", "lastVisited")


def forget_file_dialog_history() -> None:
    """Delete the folders Qt's file dialog remembered (ours or any earlier one's)."""
    settings = QSettings(QSettings.Scope.UserScope, _SETTINGS_ORGANISATION)
    settings.beginGroup(_SETTINGS_GROUP)
    for key in _REMEMBERED_KEYS:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _run(dialog: QFileDialog) -> Path | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
        return Path(chosen[0]) if chosen else None
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)  # it writes its settings in its destructor: run that now
        forget_file_dialog_history()


def choose_directory(parent: QWidget | None, caption: str, start: Path) -> Path | None:
    """A folder the user picks (Qt's dialog, no history kept), or None if cancelled."""
    dialog = QFileDialog(parent, caption, str(start))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


def choose_save_file(parent: QWidget | None, caption: str, start: Path) -> Path | None:
    """A text file to save to (Qt's dialog, asks before overwriting), or None if cancelled."""
    name_filter = QCoreApplication.translate("FileDialogs", "Text files (*.txt)")
    dialog = QFileDialog(parent, caption, str(start), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("txt")
    return _run(dialog)
