"""Getting the recovery key off the screen: a private text file, or paper.

Both are the caseworker's explicit choice in the set-up wizard. Printing is
injectable (the printer and the print dialog) so tests never reach a real printer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from intake_app.errors import IntakeError

KEY_FILE_NAME = "intake-recovery-key.txt"


def _heading() -> str:
    return QCoreApplication.translate("KeyPrinter", "Intake recovery key")


def _advice() -> str:
    return QCoreApplication.translate(
        "KeyPrinter",
        "This key opens the Intake vault if its passphrase is forgotten. Keep it somewhere "
        "safe, away from the laptop: anyone who has both this key and the vault folder can "
        "read the cases.",
    )


def key_document(key: str) -> str:
    """The saved file's text: the key on a line of its own, and what it is for.

    Nothing else (no folder, no name, no date): a found note should say as little as it can.
    """
    return f"{_heading()}\n\n{key}\n\n{_advice()}\n"


def write_key_file(path: Path, key: str) -> None:
    """Write the key to `path`, readable by this user only (mode 0600, even if it existed)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            if hasattr(os, "fchmod"):  # an existing file keeps its mode through O_CREAT
                os.fchmod(out.fileno(), 0o600)
            out.write(key_document(key))
            out.flush()
            os.fsync(out.fileno())
    except OSError as error:
        reason = error.strerror or type(error).__name__
        message = QCoreApplication.translate("KeyPrinter", "Could not save the file: {reason}")
        raise IntakeError(message.format(reason=reason)) from None


def _ask_with_dialog(printer: QPrinter, parent: QWidget | None) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("KeyPrinter", "Print the recovery key"))
    return dialog.exec() == QDialog.DialogCode.Accepted


class KeyPrinter:
    """Prints the recovery key on one page, after the print dialog said yes.

    `printer_factory` makes the QPrinter and `ask(printer, parent)` stands for the
    dialog; tests pass a PDF printer into a temporary folder and an `ask` that agrees.
    """

    def __init__(
        self,
        printer_factory: Callable[[], QPrinter] | None = None,
        ask: Callable[[QPrinter, QWidget | None], bool] = _ask_with_dialog,
    ) -> None:
        self._printer_factory = printer_factory or (
            lambda: QPrinter(QPrinter.PrinterMode.HighResolution)
        )
        self._ask = ask

    def print_key(self, key: str, parent: QWidget | None = None) -> bool:
        """True when the page was sent, False when the caseworker cancelled."""
        printer = self._printer_factory()
        if not self._ask(printer, parent):
            return False
        painter = QPainter()
        if not painter.begin(printer):
            raise IntakeError(
                QCoreApplication.translate(
                    "KeyPrinter", "Could not start printing: check the printer and try again."
                )
            )
        try:
            page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            page.moveTo(0, 0)
            body = QFont(painter.font())
            body.setPointSize(11)
            painter.setFont(body)
            line = painter.fontMetrics().lineSpacing()
            painter.drawText(QPointF(0, line), _heading())
            mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            mono.setPointSize(20)
            painter.setFont(mono)
            key_top = 3 * line
            key_height = 2 * painter.fontMetrics().lineSpacing()
            painter.drawText(
                QRectF(0, key_top, page.width(), key_height), int(Qt.AlignmentFlag.AlignLeft), key
            )
            painter.setFont(body)
            advice_top = key_top + key_height + line
            painter.drawText(
                QRectF(0, advice_top, page.width(), page.height() - advice_top),
                int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
                _advice(),
            )
        finally:
            painter.end()
        return True
