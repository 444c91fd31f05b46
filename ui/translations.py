"""The interface language: Qt translators for the workbench's own texts and Qt's standard dialogs.

English is the source language: the texts in the code are the English interface, so English needs no catalogue.
Swedish lives in `resources/translations/workbench_sv.ts` (edited with Qt Linguist or by hand) and is compiled to
`workbench_sv.qm` by `scripts/compile_translations.py`; the compiled file is committed as well, so a plain
`pip install .` and the frozen build read it through importlib.resources the same way.

Every user-visible text goes through `translate("context", "text")` (the context is the module's name, e.g.
"main_window"), which pyside6-lupdate extracts. Texts defined at import time are marked with `QT_TRANSLATE_NOOP`
and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction in `context` and returns it as it is, as Qt's does; typed, where PySide's
    returns `object`."""
    return text

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "sv")
"""Languages the interface is available in; anything else falls back to English."""

_installed: list[QTranslator] = []
_data: list[bytes] = []  # Qt reads a catalogue loaded from bytes in place: keep the bytes alive
_shown: list[str] = [SOURCE_LANGUAGE]
__all__ = ["QT_TRANSLATE_NOOP", "in_shown_language", "install_translator", "remove_translators", "resolve_language",
           "shown_language", "translate", "translated_word"]


def translated_word(context: str, words: Mapping[str, str], key: str) -> str:
    """`words[key]` (a text marked with QT_TRANSLATE_NOOP in `context`) in the interface language; a key the
    table does not know (written by a newer core, say) as it is."""
    return translate(context, words[key]) if key in words else key


def system_language() -> str:
    """The system's interface language when we have it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve_language(preference: str) -> str:
    """The language to show: the preference when it names one we have, else the system's."""
    return preference if preference in LANGUAGES else system_language()


def catalogue(language: str) -> bytes | None:
    """The compiled workbench catalogue for `language` (None for English, the source, or a missing file)."""
    if language == SOURCE_LANGUAGE:
        return None
    path = resources.files("resources") / "translations" / f"workbench_{language}.qm"
    return path.read_bytes() if path.is_file() else None


def shown_language() -> str:
    """The language the interface is shown in now."""
    return _shown[0]


def in_shown_language(default: str, translations: Sequence[tuple[str, str]]) -> str:
    """Of a text and its translations as (language, text), the one in the interface language, else `default`."""
    return next((text for language, text in translations if language == _shown[0] and text), default)


def remove_translators() -> None:
    """Back to the English source texts (tests call this so a translator never leaks into the next test)."""
    _shown[0] = SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            QCoreApplication.removeTranslator(translator)


def install_translator(app: QCoreApplication, language: str) -> str:
    """Install the translators for `language` ("system", "en", "sv", ...) and return the language shown.

    Replaces translators installed before, so switching language does not stack them. Widgets built afterwards
    show the new language; widgets already on screen keep their texts until rebuilt."""
    remove_translators()
    chosen = resolve_language(language)
    data = catalogue(chosen)
    if data is None:
        return SOURCE_LANGUAGE
    own = QTranslator(app)
    # Loaded from bytes: inside a zip or a frozen archive there may be no file path to hand Qt. Qt keeps a pointer
    # to the data, so the bytes are kept alive in _data.
    if own.load(data):
        _data[:] = [data]
        QCoreApplication.installTranslator(own)
        _installed.append(own)
        _shown[0] = chosen
    qt = QTranslator(app)
    if qt.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return chosen
