"""Languages: installing Qt translators, translated vocabulary labels, and the .ts tool chain.

User-visible strings in the GUI go through `self.tr()` or `QCoreApplication.translate()`.
`lupdate` collects them into `resources/i18n/intake_<language>.ts` (edited by translators,
reviewed like code) and `lrelease` compiles those into the `.qm` files loaded at run time::

    python -m intake_app.gui.i18n update    # collect new strings; existing translations stay
    python -m intake_app.gui.i18n compile   # .ts -> .qm
    python -m intake_app.gui.i18n check     # list missing or unfinished translations
    make translations                       # update + compile

`intake_en.ts` holds only plural forms (``tr("%n case(s)", "", n)``): the English text is the
source text itself. Vocabulary labels (incident kinds, provinces...) are data, not code, so their
translations live in `resources/vocab/i18n/<language>.json` and `vocab_label()` reads them.

Changing language at run time: `install_translator()` removes the translators it installed
before and installs the new ones; Qt then sends `QEvent.LanguageChange` to every widget. Our
windows do not retranslate in place: the settings dialog installs the new language as soon as
it is saved, and every window built after that speaks it. The controller builds a fresh unlock
window at each lock and a fresh main window at each unlock, so the change shows in full from
the next lock/unlock; the window already open keeps its texts until then. At start-up,
`controller.main()` installs the language saved in the preferences before the first window.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # our own .ts files, not untrusted input
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intake_app.cases.vocab import VOCABULARY_NAMES, load_vocabulary
from intake_app.gui.preferences import LANGUAGES
from intake_app.resources import resource_path

PSEUDO = "pseudo"  # developer-only language: every string padded and accented (pseudo_locale.py)

# How each language names itself in the settings dialog (never translated).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "zh_HK": "繁體中文 (香港)",
    "fr_CA": "Français (Canada)",
}

# Qt ships no qtbase_zh_HK.qm; Hong Kong reads Traditional Chinese, as does qtbase_zh_TW.
_QT_CATALOGUES: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "zh_HK": ("zh_HK", "zh_TW"),
    "fr_CA": ("fr_CA", "fr"),
}

_TRANSLATOR_NAME = "intake-translator"  # marks the translators install_translator() owns
_LANGUAGE_PROPERTY = "intakeLanguage"


def ts_path(language: str) -> Path:
    """Where the translation source of `language` lives."""
    return resource_path("i18n", f"intake_{language}.ts")


def qm_path(language: str) -> Path:
    """Where the compiled translation of `language` lives."""
    return resource_path("i18n", f"intake_{language}.qm")


def available_languages() -> tuple[str, ...]:
    """The languages the settings dialog offers: English plus every one with a compiled .qm."""
    return tuple(lang for lang in LANGUAGES if lang == "en" or qm_path(lang).is_file())


def _owned(app: QCoreApplication) -> list[QTranslator]:
    return [t for t in app.findChildren(QTranslator) if t.objectName() == _TRANSLATOR_NAME]


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator `install_translator()` put in (back to the English source)."""
    for translator in _owned(app):
        app.removeTranslator(translator)
        translator.setParent(None)  # Python now owns it and frees it once unreferenced
    app.setProperty(_LANGUAGE_PROPERTY, None)


def current_language(app: QCoreApplication) -> str:
    """The language last installed with `install_translator()`; "en" when none was."""
    value = app.property(_LANGUAGE_PROPERTY)
    return value if isinstance(value, str) else "en"


def _load_translators(language: str) -> list[QTranslator]:
    if language == PSEUDO:
        from intake_app.gui.pseudo_locale import PseudoTranslator

        return [PseudoTranslator()]
    translators: list[QTranslator] = []
    ours = QTranslator()
    if qm_path(language).is_file() and ours.load(str(qm_path(language))):
        translators.append(ours)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for suffix in _QT_CATALOGUES.get(language, ()):
        catalogue = qt_dir / f"qtbase_{suffix}.qm"
        qt = QTranslator()
        if catalogue.is_file() and qt.load(str(catalogue)):
            translators.append(qt)
            break
    return translators


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `app` speak `language`: our .qm plus Qt's own strings; return what was installed.

    Translators installed by an earlier call are removed first, so this is also how the
    language is switched at run time. An unknown language falls back to English. The
    translators are children of `app`; callers need not keep the returned list.
    """
    if language not in LANGUAGES and language != PSEUDO:
        language = "en"
    remove_translators(app)
    installed = _load_translators(language)
    for translator in installed:
        translator.setObjectName(_TRANSLATOR_NAME)
        translator.setParent(app)
        app.installTranslator(translator)
    app.setProperty(_LANGUAGE_PROPERTY, language)
    # Dates and numbers follow the language too; the pseudo-locale keeps the default.
    if language != PSEUDO:
        QLocale.setDefault(QLocale(language if language != "en" else "en_CA"))
    return installed


# --- Vocabulary labels ---------------------------------------------------------------


@cache
def vocab_translations(language: str) -> dict[str, dict[str, str]]:
    """Translated labels of `language`: {vocabulary: {key: label}}; empty for English."""
    if language not in LANGUAGES or language == "en":
        return {}
    path = resource_path("vocab", "i18n", f"{language}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = data.get("labels") if isinstance(data, dict) else None
    if not isinstance(labels, dict) or data.get("language") != language:
        raise ValueError(f"{path.name} does not hold {language} vocabulary labels")
    return {
        name: {k: v for k, v in terms.items() if isinstance(v, str) and v.strip()}
        for name, terms in labels.items()
        if name in VOCABULARY_NAMES and isinstance(terms, dict)
    }


def vocab_label(vocabulary: str, key: str, language: str | None = None) -> str:
    """The label of `key` in `language`, or the English label when there is no translation.

    `language` defaults to the one installed in the running app (`current_language()`), so
    widgets need not carry it around. Under the pseudo-locale the English label comes back
    pseudo-translated, which shows at a glance which vocabulary labels skip this function.
    Raises KeyError when `key` is not in the vocabulary, like `Vocabulary.label()`.
    """
    english = load_vocabulary(vocabulary).label(key)
    if language is None:
        app = QCoreApplication.instance()
        language = current_language(app) if app is not None else "en"
    if language == PSEUDO:
        from intake_app.gui.pseudo_locale import pseudo

        return pseudo(english)
    return vocab_translations(language).get(vocabulary, {}).get(key, english)


def vocab_choices(vocabulary: str, language: str | None = None) -> list[tuple[str, str]]:
    """(key, label) pairs in file order, for filling a combo box or a list of check boxes."""
    return [(key, vocab_label(vocabulary, key, language)) for key in load_vocabulary(vocabulary)]


# --- The .ts tool chain (developers only) ---------------------------------------------

GUI_DIR = Path(__file__).resolve().parent
# Our own modules hold no user-visible text; `def translate(...)` in the pseudo-locale
# would only confuse lupdate.
_NOT_SCANNED = frozenset({"i18n.py", "pseudo_locale.py"})
TS_LANGUAGES: tuple[str, ...] = LANGUAGES  # "en" holds plural forms only


@dataclass(frozen=True, slots=True)
class Message:
    """One source string of a .ts file and the state of its translation."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    kind: str  # "" when finished, else "unfinished", "obsolete" or "vanished"

    @property
    def ident(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.kind == "" and all(t.strip() for t in self.translations)


def _tool(name: str) -> str:
    exe = Path(PySide6.__file__).resolve().parent / (
        name + (".exe" if sys.platform == "win32" else "")
    )
    if not exe.is_file():
        raise FileNotFoundError(f"{exe} is missing: install PySide6-Essentials")
    return str(exe)


def gui_sources() -> list[Path]:
    """Every GUI module whose strings are translated."""
    return sorted(p for p in GUI_DIR.rglob("*.py") if p.name not in _NOT_SCANNED)


def update(ts_dir: Path | None = None, languages: Iterable[str] = TS_LANGUAGES) -> list[Path]:
    """Run lupdate over the GUI into `ts_dir` (default resources/i18n); return the .ts paths.

    Translations already in a .ts file are kept; strings gone from the code are dropped.
    """
    ts_dir = ts_dir or resource_path("i18n")
    ts_dir.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in gui_sources()]
    written = []
    for language in languages:
        target = ts_dir / f"intake_{language}.ts"
        args = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative"]
        args += ["-source-language", "en", "-target-language", language]
        if language == "en":
            args.append("-pluralonly")
        subprocess.run([*args, *sources, "-ts", str(target)], check=True)
        written.append(target)
    return written


def compile_translations(ts_dir: Path | None = None, qm_dir: Path | None = None) -> list[Path]:
    """Run lrelease on every intake_*.ts; unfinished translations are left out of the .qm."""
    ts_dir = ts_dir or resource_path("i18n")
    qm_dir = qm_dir or ts_dir
    written = []
    for source in sorted(ts_dir.glob("intake_*.ts")):
        target = qm_dir / source.with_suffix(".qm").name
        args = [_tool("lrelease"), "-silent", "-nounfinished", str(source), "-qm", str(target)]
        subprocess.run(args, check=True)
        written.append(target)
    return written


def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file."""
    root = ET.parse(path).getroot()  # noqa: S314
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ("",)
                kind = "unfinished"
            else:
                numerus_forms = translation.findall("numerusform")
                texts = [f.text or "" for f in numerus_forms] or [translation.text or ""]
                forms = tuple(texts)
                kind = translation.get("type", "")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=message.get("numerus") == "yes",
                    translations=forms,
                    kind=kind,
                )
            )
    return messages


def _known_contexts() -> set[str]:
    """Class names defined in the GUI and literal contexts of translate() calls."""
    known: set[str] = set()
    for path in gui_sources():
        text = path.read_text(encoding="utf-8")
        known.update(re.findall(r"^\s*class\s+(\w+)", text, re.MULTILINE))
        known.update(re.findall(r"translate\(\s*[\"'](\w+)[\"']", text))
    return known


def problems(languages: Iterable[str] = TS_LANGUAGES) -> list[str]:
    """What keeps the translations from being complete, one line each; empty when all is well.

    Runs a fresh lupdate into a temporary folder and compares: a string in the code but not
    in a .ts file means `update` was not run; an unfinished or empty translation means a
    translator has work to do; a string without a context, or with one that names no class,
    is looked up at run time under another context and would never show translated.
    """
    found: dict[str, None] = {}  # ordered and without repeats
    known_contexts = _known_contexts()
    with tempfile.TemporaryDirectory() as tmp:
        fresh_dir = Path(tmp)
        for language in languages:
            fresh_messages = read_ts(update(fresh_dir, [language])[0])
            for message in fresh_messages:
                if not message.context:
                    found[
                        "lupdate found no context (tr() outside a class, or translate under "
                        "another name?): call QCoreApplication.translate(context, text): "
                        f"{message.source!r} {message.comment!r}"
                    ] = None
                elif message.context not in known_contexts:
                    # `parent.tr()` gets lupdate context "parent", but at run time Qt looks
                    # the string up under the class name of `parent`: it never translates.
                    found[
                        f"context {message.context!r} is no class of ours: use self.tr() or "
                        f'QCoreApplication.translate("Class", text): {message.source!r}'
                    ] = None
            fresh = {m.ident for m in fresh_messages if m.context}
            path = ts_path(language)
            kept = read_ts(path) if path.is_file() else []
            for context, source, _ in sorted(fresh - {m.ident for m in kept}):
                found[f"{language}: not in {path.name} (run update): {context}: {source!r}"] = None
            for message in kept:
                if message.ident in fresh and not message.finished:
                    found[f"{language}: untranslated: {message.context}: {message.source!r}"] = None
    return list(found)


def main(argv: list[str] | None = None) -> int:
    """`python -m intake_app.gui.i18n update|compile|check`."""
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    if command == "update":
        for path in update():
            done = sum(m.finished for m in read_ts(path))
            print(f"{path.name}: {done} of {len(read_ts(path))} translated")
        return 0
    if command == "compile":
        for path in compile_translations():
            print(f"wrote {path}")
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    sys.stderr.write("usage: python -m intake_app.gui.i18n update|compile|check\n")
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
