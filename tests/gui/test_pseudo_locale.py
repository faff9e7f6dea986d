"""The pseudo-locale, and every window under it: no clipped label, no string that skips tr().

Each window is built with the pseudo-locale installed and shown at its default size
(offscreen). Every user-visible text must come out pseudo-translated ("[Šåṽé··]"): plain
English means the string never went through `tr()` (or `vocab_label()` for vocabulary
labels). Every visible label, button and group box must be at least as large as its text
needs, with the text ~40 % longer than English as real translations are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from intake_app.gui.i18n import (
    LANGUAGE_NAMES,
    PSEUDO,
    current_language,
    install_translator,
    remove_translators,
)
from intake_app.gui.preferences import Preferences
from intake_app.gui.pseudo_locale import PseudoTranslator, is_pseudo, pseudo, strip_pseudo
from intake_app.gui.session import Session

# The same in every language: the product name, and each language's name for itself.
PRODUCT = "Intake"
_KEYS = re.compile(r"(?:(?:Ctrl|Alt|Shift|Meta)\+)+\S+|F\d{1,2}")

# --- The pseudo-translation itself ------------------------------------------------------


def test_letters_are_accented_padded_and_bracketed() -> None:
    assert pseudo("Save") == "[Šåṽé··]"
    long = pseudo("Lock the vault and hide the window at once")
    assert long.startswith("[Ļöçķ ţĥé ṽåûļţ") and long.endswith("·]")
    assert long.count("·") >= 0.4 * len("Lock the vault and hide the window at once")
    assert not re.search(r"[A-Za-z]", pseudo("Lock the vault"))


@pytest.mark.parametrize(
    "kept",
    ["&", "%1", "%n", "%L2", "{minutes}", "{{", "<b>", "</b>", "&amp;", "&&", "%(name)s"],
)
def test_placeholders_markup_and_mnemonics_survive(kept: str) -> None:
    source = f"Lock {kept}now"
    assert kept in pseudo(source)


def test_mnemonic_letters_stay_typeable() -> None:
    assert "&L" in pseudo("&Lock now")
    assert "&n" in pseudo("Lock &now")


def test_key_sequences_and_empty_strings_are_left_alone() -> None:
    for text in ("Ctrl+L", "Ctrl+Shift+Space", "F12", ""):
        assert pseudo(text) == text


def test_is_pseudo_sees_text_outside_the_brackets() -> None:
    assert is_pseudo(pseudo("Locks in %1").replace("%1", "4:59"))
    assert is_pseudo("Case: " + pseudo("x")) is False
    assert strip_pseudo("A " + pseudo("b") + " c") == "A  c"


def test_the_translator_handles_every_context_and_plurals(qapp: QApplication) -> None:
    install_translator(qapp, PSEUDO)
    try:
        assert current_language(qapp) == PSEUDO
        assert QCoreApplication.translate("Anything", "Save") == "[Šåṽé··]"
        assert QCoreApplication.translate("X", "%n case(s)", None, 3).startswith("[3 çåšé")
        assert QCoreApplication.translate("QShortcut", "Ctrl") == "Ctrl"
        assert not PseudoTranslator().isEmpty()
    finally:
        remove_translators(qapp)


# --- Auditing a window ----------------------------------------------------------------


def _name(obj: QObject) -> str:
    return f"{type(obj).__name__}({obj.objectName()!r})"


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every user-visible text of one widget."""
    if isinstance(widget, QLabel) and widget.pixmap().isNull():
        yield "text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QMenu):
        yield "title", widget.title()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QSpinBox):
        yield "prefix", widget.prefix()
        yield "suffix", widget.suffix()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    if isinstance(widget, QWizardPage):
        yield "title", widget.title()
        yield "subtitle", widget.subTitle()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            yield f"header {column}", header if isinstance(header, str) else ""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tool tip", widget.toolTip()
    yield "status tip", widget.statusTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()


def _action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    yield "text", action.text()
    yield "tool tip", action.toolTip()
    yield "status tip", action.statusTip()


def _is_data(text: str, data: tuple[str, ...]) -> bool:
    """Texts that need no translation: no letters, key sequences, names, paths we passed in."""
    for value in (*data, PRODUCT, *LANGUAGE_NAMES.values()):
        text = text.replace(value, "")
    text = _KEYS.sub("", text)
    return not any(c.isalpha() for c in text)


def untranslated(window: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    """Every text of `window` (visible or not) that did not come through the translator."""
    found = []
    widgets = [window, *window.findChildren(QWidget)]
    calendars = window.findChildren(QCalendarWidget)  # month names are locale data
    for widget in widgets:
        if any(c.isAncestorOf(widget) for c in calendars):
            continue
        for what, text in _texts(widget):
            if not _is_data(text, data) and not is_pseudo(text):
                found.append(f"{_name(widget)} {what}: {text!r}")
    for action in window.findChildren(QAction):
        for what, text in _action_texts(action):
            if not _is_data(text, data) and not is_pseudo(text):
                found.append(f"{_name(action)} {what}: {text!r}")
    return found


def clipped(window: QWidget) -> list[str]:
    """Every visible label, button, group box or tab smaller than its text needs."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        size, hint = widget.size(), widget.sizeHint()
        where = f"{_name(widget)} {size.width()}x{size.height()}"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
                continue  # elided on purpose
            if widget.wordWrap():
                needed = widget.heightForWidth(size.width())
                if size.height() < needed:
                    found.append(f"{where} needs height {needed}: {widget.text()!r}")
            elif size.width() < hint.width() or size.height() < hint.height():
                found.append(f"{where} needs {hint.width()}x{hint.height()}: {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if isinstance(widget, QToolButton) and (
                widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            ):
                continue
            if size.width() < hint.width() or size.height() < hint.height():
                found.append(f"{where} needs {hint.width()}x{hint.height()}: {widget.text()!r}")
        elif isinstance(widget, QGroupBox) and widget.title():
            least = widget.minimumSizeHint()
            if size.width() < least.width():
                found.append(f"{where} needs width {least.width()}: {widget.title()!r}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() < widget.tabSizeHint(i).width():
                    found.append(f"{where} tab {i} is cut: {widget.tabText(i)!r}")
    return found


def test_the_audit_finds_plain_english_and_clipped_labels(
    pseudo_locale: None, qtbot: QtBot
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    fine = QLabel(QCoreApplication.translate("Audit", "Fits"))
    plain = QLabel("Never translated")
    squeezed = QPushButton(QCoreApplication.translate("Audit", "A long button text"))
    squeezed.setFixedWidth(40)
    for widget in (fine, plain, squeezed):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    assert untranslated(window) == ["QLabel('') text: 'Never translated'"]
    assert [line.split()[0] for line in clipped(window)] == ["QPushButton('')"]


# --- Every window under the pseudo-locale -------------------------------------------------

WindowFactory = Callable[[Session, Preferences, Path], QWidget]


def _setup_wizard(session: Session, prefs: Preferences, _: Path) -> QWidget:
    from intake_app.gui.wizard import SetupWizard

    return SetupWizard(session, prefs)


def _unlock_window(session: Session, prefs: Preferences, _: Path) -> QWidget:
    from intake_app.gui.unlock import UnlockWindow

    return UnlockWindow(session, prefs)


def _main_window(session: Session, prefs: Preferences, prefs_path: Path) -> QWidget:
    from intake_app.gui.main_window import MainWindow

    return MainWindow(session, prefs, prefs_path)


def _settings_dialog(session: Session, prefs: Preferences, prefs_path: Path) -> QWidget:
    from intake_app.gui.settings_dialog import SettingsDialog

    return SettingsDialog(prefs, prefs_path, parent=None)


# (factory, needs an unlocked vault)
WINDOWS: dict[str, tuple[WindowFactory, bool]] = {
    "setup wizard": (_setup_wizard, False),
    "unlock window": (_unlock_window, True),
    "main window": (_main_window, True),
    "settings dialog": (_settings_dialog, False),
}


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, PSEUDO)
    yield
    remove_translators(qapp)


def _show(name: str, request: pytest.FixtureRequest, prefs: Preferences, qtbot: QtBot) -> QWidget:
    """Build window `name` over the test fixtures and show it at its default size."""
    factory, unlocked = WINDOWS[name]
    session: Session = request.getfixturevalue("unlocked" if unlocked else "session")
    if name == "unlock window":
        session.lock()  # the unlock window wants a vault that exists but is locked
    window = factory(session, prefs, _prefs_path(request))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if isinstance(window, QWizard):
        assert window.currentPage() is not None
    return window


def _prefs_path(request: pytest.FixtureRequest) -> Path:
    tmp_path: Path = request.getfixturevalue("tmp_path")
    return tmp_path / "state" / "preferences.json"


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_window_is_translated_and_nothing_is_clipped(
    name: str,
    pseudo_locale: None,
    request: pytest.FixtureRequest,
    prefs: Preferences,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    window = _show(name, request, prefs, qtbot)
    data = (str(tmp_path / "vault"), str(tmp_path), str(_prefs_path(request)))
    assert not untranslated(window, data), "\n".join(
        ["strings that skip tr():", *untranslated(window, data)]
    )
    assert not clipped(window), "\n".join(["clipped under the pseudo-locale:", *clipped(window)])


@pytest.mark.parametrize("language", ["zh_HK", "fr_CA"])
@pytest.mark.parametrize("name", list(WINDOWS))
def test_nothing_is_clipped_in_the_real_translations(
    name: str,
    language: str,
    qapp: QApplication,
    request: pytest.FixtureRequest,
    prefs: Preferences,
    qtbot: QtBot,
) -> None:
    locale = QLocale()
    install_translator(qapp, language)
    try:
        window = _show(name, request, prefs, qtbot)
        assert not clipped(window), "\n".join([f"clipped in {language}:", *clipped(window)])
    finally:
        remove_translators(qapp)
        QLocale.setDefault(locale)
