"""The set-up wizard, end to end over a real vault with cheap key derivation."""

from __future__ import annotations

import re
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLineEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from intake_app.errors import IntakeError, VaultInUseError
from intake_app.gui.file_dialogs import choose_directory
from intake_app.gui.preferences import Preferences
from intake_app.gui.recovery_output import KeyPrinter
from intake_app.gui.session import Session
from intake_app.gui.wizard import TITLE, SetupWizard
from intake_app.vault.vault import Vault, VaultOptions

KEY_PATTERN = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$")
Button = QWizard.WizardButton


class Recorder:
    """Stands in for a dialog: returns a fixed answer and counts the calls."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.calls = 0

    def __call__(self, parent: QWidget | None, caption: str, start: Path) -> Path | None:
        self.calls += 1
        return self.answer


def make_wizard(
    qtbot: QtBot, session: Session, prefs: Preferences, **kwargs: object
) -> SetupWizard:
    kwargs.setdefault("choose_folder", Recorder(None))
    kwargs.setdefault("choose_save_path", Recorder(None))
    wizard = SetupWizard(session, prefs, confirm_group=3, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_passphrases(wizard: SetupWizard, first: str, second: str) -> None:
    form = wizard.passphrase_page.form
    form.first.setText("")
    form.second.setText("")
    QTest.keyClicks(form.first, first)
    QTest.keyClicks(form.second, second)


def create_vault(qtbot: QtBot, wizard: SetupWizard) -> None:
    """From the first page to the recovery key."""
    click(qtbot, wizard, Button.NextButton)
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(wizard.worker.finished, timeout=10_000):
        click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentPage() is wizard.key_page


def test_happy_path(qtbot: QtBot, session: Session, prefs: Preferences, tmp_path: Path) -> None:
    key_file = tmp_path / "key.txt"
    key_file.write_text("old")
    key_file.chmod(0o644)  # an existing, readable file must end up private too
    pdf = tmp_path / "key.pdf"
    asked: list[QPrinter] = []

    def pdf_printer() -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer

    def ask(printer: QPrinter, parent: QWidget | None) -> bool:
        asked.append(printer)
        return True

    wizard = make_wizard(
        qtbot,
        session,
        prefs,
        choose_save_path=Recorder(key_file),
        key_printer=KeyPrinter(printer_factory=pdf_printer, ask=ask),
    )
    assert wizard.windowTitle() == TITLE
    assert wizard.folder_page.path_edit.text() == str(session.folder)
    create_vault(qtbot, wizard)

    # The passphrase left the widgets as soon as the worker had it.
    assert wizard.passphrase_page.form.first.text() == ""
    assert wizard.passphrase_page.form.second.text() == ""
    shown = wizard.key_page.key_label.text()
    assert KEY_PATTERN.match(shown)
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert wizard.key_page.key_label.font().family() == fixed.family()
    assert not wizard.key_page.key_label.textInteractionFlags()  # nothing to copy out

    qtbot.mouseClick(wizard.key_page.save_button, Qt.MouseButton.LeftButton)
    assert shown in key_file.read_text("utf-8").splitlines()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    qtbot.mouseClick(wizard.key_page.print_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert pdf.stat().st_size > 0

    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.confirm_page
    assert not wizard.button(Button.FinishButton).isEnabled()
    fourth = shown.split("-")[3]
    QTest.keyClicks(wizard.confirm_page.entry, "ZZZZZ" if fourth != "ZZZZZ" else "YYYYY")
    assert not wizard.button(Button.FinishButton).isEnabled()
    assert "does not match" in wizard.confirm_page.hint.text()
    wizard.confirm_page.entry.setText("")
    QTest.keyClicks(wizard.confirm_page.entry, f" {fourth[:2].lower()} {fourth[2:].lower()} ")
    assert wizard.button(Button.FinishButton).isEnabled()

    with qtbot.waitSignal(session.unlocked, timeout=5000):
        click(qtbot, wizard, Button.FinishButton)
    assert session.is_unlocked
    assert Vault.header_path(session.folder).exists()
    assert wizard.key_page.key_label.text() == ""
    assert wizard.recovery_key is None


def test_weak_and_mismatched_passphrases_keep_next_disabled(
    qtbot: QtBot, session: Session, prefs: Preferences
) -> None:
    wizard = make_wizard(qtbot, session, prefs)
    click(qtbot, wizard, Button.NextButton)
    commit = wizard.button(Button.CommitButton)
    reason = wizard.passphrase_page.form.reason_label
    assert not commit.isEnabled() and reason.text()

    type_passphrases(wizard, "Ab1!", "Ab1!")
    assert not commit.isEnabled()
    assert "at least 8" in reason.text()

    type_passphrases(wizard, "password1", "password1")
    assert not commit.isEnabled()
    assert "easy to guess" in reason.text()
    assert wizard.passphrase_page.form.meter.value() < 3

    type_passphrases(wizard, PASSPHRASE, PASSPHRASE + "x")
    assert not commit.isEnabled()
    assert "do not match" in reason.text()
    assert wizard.passphrase_page.form.meter.value() == 4

    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    assert commit.isEnabled()
    assert reason.text() == ""


def test_show_hide_reveals_both_fields(qtbot: QtBot, session: Session, prefs: Preferences) -> None:
    wizard = make_wizard(qtbot, session, prefs)
    click(qtbot, wizard, Button.NextButton)
    form = wizard.passphrase_page.form
    assert not form.first.revealed
    form.first.reveal_action.trigger()
    assert form.first.revealed and form.second.revealed
    form.second.reveal_action.trigger()
    assert not form.first.revealed and not form.second.revealed


def test_non_empty_folder_is_refused(
    qtbot: QtBot, session: Session, prefs: Preferences, tmp_path: Path
) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x")
    empty = tmp_path / "empty"
    chooser = Recorder(busy)
    wizard = make_wizard(qtbot, session, prefs, choose_folder=chooser)
    qtbot.mouseClick(wizard.folder_page.choose_button, Qt.MouseButton.LeftButton)
    assert chooser.calls == 1
    assert "not empty" in wizard.folder_page.error.text()
    assert not wizard.button(Button.NextButton).isEnabled()
    assert session.folder != busy

    chooser.answer = empty
    qtbot.mouseClick(wizard.folder_page.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.folder_page.error.text() == ""
    click(qtbot, wizard, Button.NextButton)
    assert session.folder == empty


def test_cancel_after_creation_closes_the_vault(
    qtbot: QtBot, session: Session, prefs: Preferences, vault_options: VaultOptions
) -> None:
    wizard = make_wizard(qtbot, session, prefs)
    create_vault(qtbot, wizard)
    click(qtbot, wizard, Button.CancelButton)
    assert not session.is_unlocked
    assert wizard.key_page.key_label.text() == ""
    assert session.vault_exists()
    Vault.open(session.folder, PASSPHRASE, vault_options).close()


def test_cancel_during_creation_closes_the_vault_when_it_arrives(
    qtbot: QtBot, session: Session, prefs: Preferences, vault_options: VaultOptions
) -> None:
    release = threading.Event()

    def slow_create(folder: Path, passphrase: str, options: VaultOptions) -> tuple[Vault, str]:
        release.wait(10)
        return Vault.create(folder, passphrase, options)

    wizard = make_wizard(qtbot, session, prefs, create=slow_create)
    click(qtbot, wizard, Button.NextButton)
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    try:
        click(qtbot, wizard, Button.CommitButton)
        assert wizard.key_page.busy.isVisible()
        assert not wizard.button(Button.NextButton).isEnabled()
        wizard.reject()
    finally:
        release.set()

    def released() -> bool:
        try:
            Vault.open(session.folder, PASSPHRASE, vault_options).close()
        except (VaultInUseError, IntakeError):
            return False
        return True

    qtbot.waitUntil(released, timeout=10_000)
    assert not session.is_unlocked


def test_creation_failure_returns_to_the_passphrase_page(
    qtbot: QtBot, session: Session, prefs: Preferences
) -> None:
    def failing(folder: Path, passphrase: str, options: VaultOptions) -> tuple[Vault, str]:
        raise VaultInUseError("vault in use: another Intake process has it open")

    wizard = make_wizard(qtbot, session, prefs, create=failing)
    click(qtbot, wizard, Button.NextButton)
    type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(wizard.worker.finished, timeout=5000):
        click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentPage() is wizard.passphrase_page
    assert "another Intake process" in wizard.passphrase_page.error.text()
    assert wizard.passphrase_page.form.first.text() == ""


def test_every_input_and_button_is_named(
    qtbot: QtBot, session: Session, prefs: Preferences
) -> None:
    wizard = make_wizard(qtbot, session, prefs)
    help_button = wizard.button(Button.HelpButton)
    for widget in wizard.findChildren(QLineEdit) + wizard.findChildren(QAbstractButton):
        if widget is not help_button:  # hidden: the wizard has no help
            assert widget.accessibleName(), widget
    for button in wizard.findChildren(QAbstractButton):
        if isinstance(button.parent(), QLineEdit):
            assert button.toolTip().endswith("(Ctrl+H)")  # in-field show/hide: a shortcut
        elif button is not help_button:
            assert "&" in button.text(), button.text()


@pytest.fixture
def private_qt_settings(tmp_path: Path) -> Iterator[Path]:
    """Point Qt's per-user settings at a temporary folder for one test, then back."""
    home = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    )
    folder = tmp_path / "config"
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    yield folder
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home))


def test_folder_dialog_leaves_no_history(
    qtbot: QtBot, tmp_path: Path, private_qt_settings: Path
) -> None:
    target = tmp_path / "pick"
    target.mkdir()

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, accept_dialog)
            return
        dialog.setDirectory(str(target))
        dialog.accept()

    QTimer.singleShot(10, accept_dialog)
    assert choose_directory(None, "Pick", target) == target
    written = "".join(
        p.read_text(errors="replace") for p in private_qt_settings.rglob("*") if p.is_file()
    )
    assert "[FileDialog]" in written  # Qt did write its settings here ...
    assert "history" not in written and "lastVisited" not in written  # ... but no folders
    assert str(target) not in written


@pytest.mark.parametrize("group", [0, 5])
def test_confirm_group_bounds(
    qtbot: QtBot, session: Session, prefs: Preferences, group: int
) -> None:
    wizard = SetupWizard(session, prefs, confirm_group=group)
    qtbot.addWidget(wizard)
    wizard.recovery_key = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF"
    wizard.confirm_group = group
    wizard.confirm_page.initializePage()
    wizard.confirm_page.entry.setText("ABCDEF"[group] * 5)
    assert wizard.confirm_page.isComplete()


def test_every_page_is_translated(
    qtbot: QtBot, session: Session, prefs: Preferences, qapp: QApplication
) -> None:
    """The pseudo-locale test sees the first page only; walk the others too."""
    from test_pseudo_locale import untranslated

    from intake_app.gui.i18n import PSEUDO, install_translator, remove_translators

    install_translator(qapp, PSEUDO)
    try:
        wizard = make_wizard(qtbot, session, prefs)
        data = (str(session.folder),)
        assert not untranslated(wizard, data)
        click(qtbot, wizard, Button.NextButton)
        type_passphrases(wizard, "password", "passw")  # a reason and a strength label
        assert not untranslated(wizard, data)
        type_passphrases(wizard, PASSPHRASE, PASSPHRASE)
        with qtbot.waitSignal(wizard.worker.finished, timeout=10_000):
            click(qtbot, wizard, Button.CommitButton)
        key = wizard.key_page.key_label.text()
        assert not untranslated(wizard, (*data, key))
        click(qtbot, wizard, Button.NextButton)
        QTest.keyClicks(wizard.confirm_page.entry, "x")
        assert not untranslated(wizard, (*data, key, "x"))
    finally:
        remove_translators(qapp)
