"""The first-run set-up wizard: vault folder, passphrase, recovery key, key typed back.

The vault is created off the GUI thread when the caseworker leaves the passphrase
page (a commit page: there is no going back past it). It stays open until Finish
hands it to the session; Cancel after that point closes it, and the next start
shows the unlock window. The passphrase fields are wiped the moment the passphrase
is handed to the worker; the recovery key leaves the screen on Finish or Cancel.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from intake_app.errors import IntakeError
from intake_app.gui.file_dialogs import choose_directory, choose_save_file
from intake_app.gui.passphrase import NewPassphraseForm
from intake_app.gui.preferences import Preferences
from intake_app.gui.recovery_output import KEY_FILE_NAME, KeyPrinter, write_key_file
from intake_app.gui.session import Session
from intake_app.gui.wizard_key_pages import ConfirmPage, KeyPage, explanation
from intake_app.gui.worker import Worker, sentence
from intake_app.vault.vault import Vault, VaultOptions

TITLE = "Intake – set-up"  # the English source text, for tests
Chooser = Callable[[QWidget | None, str, Path], Path | None]
Creator = Callable[[Path, str, VaultOptions], tuple[Vault, str]]


def _close_created(created: tuple[Vault, str]) -> None:
    created[0].close()  # a vault nobody will take: release its lock, forget its key


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class FolderPage(QWizardPage):
    """Where the vault goes: the default folder, or an empty one the caseworker picks."""

    def __init__(self, owner: SetupWizard, choose: Chooser) -> None:
        super().__init__()
        self._owner, self._choose = owner, choose
        self.setTitle(self.tr("Where to keep the vault"))
        intro = explanation(
            self.tr(
                "Intake keeps everything it records in one encrypted folder on this computer. "
                "Keep the suggested folder, or choose an empty one."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Vault folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the vault folder"))
        self.choose_button.clicked.connect(self._pick)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Folder problem"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(_label(self.tr("Vault &folder:"), self.path_edit))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.folder = owner.session.folder

    def initializePage(self) -> None:
        self.set_folder(self._owner.session.folder)

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.path_edit.setText(str(folder))
        self.error.setText(self._problem(folder))
        self.completeChanged.emit()

    def _problem(self, folder: Path) -> str:
        try:
            Vault.check_new_folder(folder)
        except IntakeError:
            if Vault.header_path(folder).exists():
                return self.tr(
                    "A vault already exists in this folder. Choose another folder, or cancel "
                    "and start Intake again to unlock that vault."
                )
            return self.tr("This folder is not empty: choose an empty folder for a new vault.")
        except OSError as error:
            return self.tr("Intake cannot use this folder: {reason}").format(
                reason=error.strerror or type(error).__name__
            )
        return ""

    def _pick(self) -> None:
        start = self.folder.parent if self.folder.parent.is_dir() else Path.home()
        chosen = self._choose(self, self.tr("Choose an empty folder for the vault"), start)
        if chosen is not None:
            self.set_folder(chosen)

    def isComplete(self) -> bool:
        return not self.error.text()

    def validatePage(self) -> bool:
        self.set_folder(self.folder)  # it may have filled up since it was chosen
        if self.error.text():
            return False
        self._owner.session.folder = self.folder
        return True


class PassphrasePage(QWizardPage):
    """The passphrase, twice, strong enough; leaving this page creates the vault."""

    def __init__(self, owner: SetupWizard) -> None:
        super().__init__()
        self._owner = owner
        self.setTitle(self.tr("Choose a passphrase"))
        intro = explanation(
            self.tr(
                "You will type it each time you unlock Intake. Several uncommon words are easy "
                "to remember and hard to guess. No one can reset it: if it is forgotten, only "
                "the recovery key shown next opens the vault."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("C&reate vault"))
        self.form = NewPassphraseForm(self.tr("&Passphrase:"), self.tr("R&epeat passphrase:"))
        self.form.changed.connect(self.completeChanged)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the vault was not created"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.error.setText("")
        self.form.first.setFocus()

    def isComplete(self) -> bool:
        return self.form.passphrase() is not None

    def validatePage(self) -> bool:
        passphrase = self.form.passphrase()
        if passphrase is None:
            return False
        self._owner.pending_passphrase = passphrase
        self.form.wipe()  # handed over: nothing left to read back from the widgets
        self.error.setText("")
        return True


class SetupWizard(QWizard):
    """First run: makes the vault and hands it, unlocked, to `session` on Finish.

    Slow or outward-facing parts are injected: the worker, vault creation, the
    folder and save-file pickers, the printer, and which key group is typed back.
    """

    def __init__(
        self,
        session: Session,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        worker: Worker | None = None,
        create: Creator = Vault.create,
        choose_folder: Chooser = choose_directory,
        choose_save_path: Chooser = choose_save_file,
        key_printer: KeyPrinter | None = None,
        confirm_group: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.prefs = session, prefs
        self.worker = worker or Worker(self)
        self._create = create
        self._choose_save_path = choose_save_path
        self.key_printer = key_printer or KeyPrinter()
        self._fixed_group = confirm_group
        self.confirm_group = 0
        self.vault: Vault | None = None
        self.recovery_key: str | None = None
        self.pending_passphrase: str | None = None
        self.setWindowTitle(self.tr("Intake – set-up"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for which, text, name in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back"), self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >"), self.tr("Next")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish"), self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("&Cancel"), self.tr("Cancel")),
            (QWizard.WizardButton.CommitButton, self.tr("C&reate vault"), self.tr("Create vault")),
            (QWizard.WizardButton.HelpButton, self.tr("&Help"), self.tr("Help")),  # never shown
        ):
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(name)
        self.folder_page = FolderPage(self, choose_folder)
        self.passphrase_page = PassphrasePage(self)
        self.key_page = KeyPage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.folder_page, self.passphrase_page, self.key_page, self.confirm_page):
            self.addPage(page)
        self.worker.succeeded.connect(self._created)
        self.worker.failed.connect(self._creation_failed)

    # -- creating -------------------------------------------------------------------------------

    def start_creation(self) -> None:
        passphrase, self.pending_passphrase = self.pending_passphrase, None
        if passphrase is None or self.worker.busy:
            return
        folder, options, create = self.session.folder, self.session.options_factory(), self._create
        self.worker.start(lambda: create(folder, passphrase, options), discard=_close_created)
        self.key_page.show_key(None)

    def _created(self, created: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = created
        groups = len(self.recovery_key.split("-"))
        fixed = self._fixed_group
        self.confirm_group = fixed if fixed is not None else secrets.randbelow(groups)
        self.key_page.show_key(self.recovery_key)
        self.key_page.save_button.setFocus()

    def _creation_failed(self, error: IntakeError) -> None:
        # Back to the passphrase page (allowed here: nothing was committed) with the reason.
        self.key_page.show_key(None)
        self.back()
        self.passphrase_page.error.setText(
            self.tr("The vault was not created: {reason}").format(reason=sentence(str(error)))
        )

    # -- the recovery key -----------------------------------------------------------------------

    def save_key(self) -> None:
        if self.recovery_key is None:
            return
        caption = self.tr("Save the recovery key")
        path = self._choose_save_path(self, caption, Path.home() / KEY_FILE_NAME)
        if path is None:
            return
        try:
            write_key_file(path, self.recovery_key)
        except IntakeError as error:
            self.key_page.status.setText(sentence(str(error)))
            return
        self.key_page.status.setText(
            self.tr("Saved to {name}. Move it away from this laptop.").format(name=path.name)
        )

    def print_key(self) -> None:
        if self.recovery_key is None:
            return
        try:
            sent = self.key_printer.print_key(self.recovery_key, self)
        except IntakeError as error:
            self.key_page.status.setText(sentence(str(error)))
            return
        self.key_page.status.setText(self.tr("Sent to the printer.") if sent else "")

    # -- finishing ------------------------------------------------------------------------------

    def wipe(self) -> None:
        """Take every secret off the widgets and out of this object."""
        self.passphrase_page.form.wipe()
        self.pending_passphrase = None
        self.recovery_key = None
        self.key_page.key_label.setText("")
        self.confirm_page.entry.setText("")

    def done(self, result: int) -> None:
        accepted = result == QDialog.DialogCode.Accepted
        if accepted and (self.vault is None or not self.validateCurrentPage()):
            return
        self.worker.cancel()  # a vault still being made is closed when it arrives
        vault, self.vault = self.vault, None
        super().done(result)
        self.wipe()
        if vault is None:
            return
        if accepted:
            with contextlib.suppress(IntakeError):  # another vault already open: attach closed ours
                self.session.attach(vault)
        else:
            vault.close()  # it exists now: the next start shows the unlock window
