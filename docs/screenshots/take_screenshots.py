"""Take the README's screenshots of each main screen.

Run under a virtual X server so Qt renders as on a desktop:

    xvfb-run -a -s "-screen 0 1400x900x24" \
        .venv/bin/python docs/screenshots/take_screenshots.py [LANG]

LANG is en (default), zh_HK or fr_CA.

Everything shown is synthetic (`intake_app.cases.demo`); the vault lives in a temporary folder
and is removed afterwards.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from intake_app.cases.demo import generate_cases
from intake_app.cases.store import CaseStore
from intake_app.gui.i18n import install_translator
from intake_app.gui.main_window import MainWindow
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.gui.settings_dialog import SettingsDialog
from intake_app.gui.unlock import UnlockWindow
from intake_app.gui.wizard import SetupWizard
from intake_app.vault.kdf import Argon2Params
from intake_app.vault.vault import Vault, VaultOptions

OUT = Path(__file__).resolve().parent
PASSPHRASE = "screenshot passphrase, synthetic data only"  # noqa: S105 - a throwaway vault


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str, size: tuple[int, int] | None) -> None:
    if size is None:
        widget.adjustSize()  # as the app opens it
    else:
        widget.resize(*size)
    widget.show()
    widget.raise_()
    settle(app)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote docs/screenshots/{name}.png")


def main() -> int:
    app = QApplication(sys.argv)
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    install_translator(app, language)
    suffix = "" if language == "en" else f"-{language}"
    root = Path(tempfile.mkdtemp(prefix="intake-shots-"))
    try:

        def options() -> VaultOptions:
            return VaultOptions(kdf_params=Argon2Params(19 * 1024, 2, 1), state_dir=root / "state")

        prefs = Preferences(language=language)
        session = Session(root / "vault", options)
        wizard = SetupWizard(session, prefs)
        shoot(app, wizard, "setup-wizard" + suffix, (760, 560))
        wizard.next()
        shoot(app, wizard, "setup-passphrase" + suffix, (760, 560))
        wizard.close()

        vault, _ = Vault.create(session.folder, PASSPHRASE, options())
        CaseStore(vault).add_many(list(generate_cases(60, seed=11)), audit_each=False)
        vault.close()
        unlock = UnlockWindow(session, prefs)
        shoot(app, unlock, "unlock" + suffix, None)
        unlock.close()

        session.attach(Vault.open(session.folder, PASSPHRASE, options()))
        window = MainWindow(session, prefs, root / "prefs.json")
        window.resize(1320, 820)
        window.show()
        settle(app)
        window.case_list.table.selectRow(0)  # opens the newest case in the editor
        settle(app, 40)
        shoot(app, window, "main-window" + suffix, (1320, 820))
        dialog = SettingsDialog(prefs, root / "prefs.json", window)
        shoot(app, dialog, "settings" + suffix, None)
        dialog.close()
        session.lock()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
