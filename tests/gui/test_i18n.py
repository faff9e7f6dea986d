"""Translations: complete .ts files, up-to-date .qm files, installing and switching languages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.cases.vocab import VOCABULARY_NAMES, load_vocabulary
from intake_app.gui import i18n
from intake_app.gui.i18n import (
    LANGUAGE_NAMES,
    Message,
    available_languages,
    current_language,
    install_translator,
    vocab_choices,
    vocab_label,
)
from intake_app.gui.preferences import LANGUAGES
from intake_app.gui.pseudo_locale import pseudo
from intake_app.resources import resource_path

TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Every test leaves the app as it found it: no translators, the default locale."""
    locale = QLocale()
    yield
    i18n.remove_translators(qapp)
    QLocale.setDefault(locale)


def translated(message: Message, n: int = -1) -> str:
    return QCoreApplication.translate(message.context, message.source, message.comment or None, n)


# --- The .ts and .qm files ----------------------------------------------------------


def test_every_string_in_the_code_is_in_every_ts_file_and_translated() -> None:
    """Fails when a tr() string was added without `make translations` and a translator."""
    found = i18n.problems()
    assert not found, "run `make translations` and translate:\n" + "\n".join(found)


def test_compiled_qm_files_match_their_ts_sources(tmp_path: Path) -> None:
    for fresh in i18n.compile_translations(qm_dir=tmp_path):
        shipped = resource_path("i18n", fresh.name)
        assert shipped.is_file(), f"{shipped.name} missing: run `make translations`"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is stale"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_ts_and_qm(language: str) -> None:
    assert i18n.ts_path(language).is_file()
    assert i18n.qm_path(language).is_file()


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_and_one_mnemonic(language: str) -> None:
    for message in i18n.read_ts(i18n.ts_path(language)):
        if not message.finished:
            continue  # reported by the test above
        for text in message.translations:
            for marker in ("%1", "%2", "%3", "%n", "{"):
                if marker in message.source:
                    assert marker in text, f"{language}: {message.source!r} lost {marker}"
            source_mnemonics = message.source.replace("&&", "").count("&")
            if source_mnemonics and "&amp;" not in message.source:
                assert text.replace("&&", "").count("&") == source_mnemonics, (language, text)


# --- Installing and switching ---------------------------------------------------------


def test_all_three_languages_are_available_and_named() -> None:
    assert available_languages() == LANGUAGES
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)


@pytest.mark.parametrize("language", TRANSLATED)
def test_install_translator_translates_our_strings(qapp: QApplication, language: str) -> None:
    messages = [m for m in i18n.read_ts(i18n.ts_path(language)) if m.finished]
    assert messages, "the GUI has strings to translate"
    installed = install_translator(qapp, language)
    assert current_language(qapp) == language
    assert any(t.filePath().endswith(f"intake_{language}.qm") for t in installed)
    for message in messages:
        if message.numerus:
            assert translated(message, 2)
        else:
            assert translated(message) == message.translations[0]


@pytest.mark.parametrize(
    ("language", "catalogue", "cancel"),
    [("zh_HK", "qtbase_zh_TW.qm", "取消"), ("fr_CA", "qtbase_fr.qm", "Annuler")],
)
def test_qt_own_strings_are_translated_too(
    qapp: QApplication, language: str, catalogue: str, cancel: str
) -> None:
    installed = install_translator(qapp, language)
    assert any(t.filePath().endswith(catalogue) for t in installed)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


class LanguageWatcher(QWidget):
    """Counts LanguageChange events, as a widget that retranslates itself would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def owned(app: QApplication) -> list[QTranslator]:
    return [t for t in app.findChildren(QTranslator) if t.objectName() == "intake-translator"]


def test_switching_language_replaces_the_translators(qapp: QApplication) -> None:
    watcher = LanguageWatcher()
    install_translator(qapp, "fr_CA")
    first = owned(qapp)
    install_translator(qapp, "zh_HK")
    assert not set(first) & set(owned(qapp))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    QCoreApplication.sendPostedEvents(watcher, QEvent.Type.LanguageChange)
    assert watcher.changes >= 1
    assert QLocale().name() == "zh_HK"

    install_translator(qapp, "en")
    assert current_language(qapp) == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert all(t.filePath().endswith("_en.qm") for t in owned(qapp))


def test_an_unknown_language_falls_back_to_english(qapp: QApplication) -> None:
    install_translator(qapp, "zh_HK")
    install_translator(qapp, "../../etc/passwd")
    assert current_language(qapp) == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_command_line_refuses_an_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert i18n.main(["frobnicate"]) == 2
    assert "usage" in capsys.readouterr().err


# --- Vocabulary labels ------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_vocabulary_key_has_a_label_and_there_are_no_extras(language: str) -> None:
    path = resource_path("vocab", "i18n", f"{language}.json")
    data = json.loads(path.read_text("utf-8"))
    assert data["language"] == language
    labels = data["labels"]
    assert set(labels) == set(VOCABULARY_NAMES)
    for name in VOCABULARY_NAMES:
        keys = load_vocabulary(name).keys
        assert set(labels[name]) == set(keys), f"{language} {name}"
        for key in keys:
            label = labels[name][key]
            assert isinstance(label, str) and label.strip() == label and label, (name, key)


def test_translated_labels_differ_from_english_where_words_differ() -> None:
    assert vocab_label("incident_kinds", "stalking", "zh_HK") == "跟蹤"
    assert vocab_label("incident_kinds", "stalking", "fr_CA") == "Traque furtive"
    assert vocab_label("provinces", "QC", "fr_CA") == "Québec"
    for name in VOCABULARY_NAMES:
        for key in load_vocabulary(name):
            assert vocab_label(name, key, "zh_HK") != load_vocabulary(name).label(key)


def test_english_and_unknown_languages_get_the_english_label() -> None:
    english = load_vocabulary("needs").label("housing")
    assert vocab_label("needs", "housing", "en") == english
    assert vocab_label("needs", "housing", "de") == english
    assert vocab_label("needs", "housing", "pseudo") == pseudo(english)


def test_the_language_defaults_to_the_installed_one(qapp: QApplication) -> None:
    assert vocab_label("provinces", "QC") == "Quebec"
    install_translator(qapp, "fr_CA")
    assert vocab_label("provinces", "QC") == "Québec"
    assert vocab_choices("provinces")[0] == ("AB", "Alberta")


def test_an_unknown_key_is_a_key_error_in_every_language() -> None:
    for language in LANGUAGES:
        with pytest.raises(KeyError):
            vocab_label("needs", "no_such_key", language)
    with pytest.raises(ValueError, match="unknown vocabulary"):
        vocab_label("../secrets", "x", "fr_CA")


def test_vocab_choices_keep_file_order() -> None:
    choices = vocab_choices("case_statuses", "fr_CA")
    assert [key for key, _ in choices] == list(load_vocabulary("case_statuses").keys)
    assert choices[0] == ("new", "Nouveau")
