"""The core's messages (workbench.messages) in the interface language.

A message arrives as data: a template's code and its parameters. Its English template is looked up in Qt's
translator under the context "Core", with the code as disambiguation (scripts/compile_translations.py puts every
core template in the .ts); words of a vocabulary (relations, kinds, severities, languages) under "Words", with
the vocabulary as disambiguation; numbers are written as the interface language writes them. Nothing is parsed
back from English.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from ui.translations import translate
from workbench.errors import FAILED, OS_ERROR, WorkbenchError
from workbench.messages import Message, Renderer, Template, Word

CORE_CONTEXT = "Core"
WORDS_CONTEXT = "Words"


def template_text(template: Template) -> str:
    return translate(CORE_CONTEXT, template.english, template.code)


def word_text(word: Word) -> str:
    return translate(WORDS_CONTEXT, word.english, word.vocabulary)


def _number(value: int | float) -> str:
    locale = QLocale()
    return locale.toString(value) if isinstance(value, int) else locale.toString(value, "f", 2)


INTERFACE = Renderer(template_text=template_text, word=word_text, number=_number)


def text(message: Message | str) -> str:
    """`message` in the interface language (a plain string, from code not converted yet, as it is)."""
    return message if isinstance(message, str) else message.render(INTERFACE)


def texts(messages: Iterable[Message], separator: str = "; ") -> str:
    """Several messages (a suggestion's reasons) in the interface language, one after the other."""
    return separator.join(text(message) for message in messages)


def failure(error: BaseException, what: str = "") -> Message:
    """What a worker reports when its work raised: the core's own message for an error a user can act on, the
    system's words for a file or disk error, else one line naming what failed."""
    if isinstance(error, WorkbenchError):
        return error.message
    if isinstance(error, OSError):
        return OS_ERROR(error=error.strerror or str(error))
    return FAILED(what=what or "the task", error=repr(error))


def error_text(error: BaseException | Message | str) -> str:
    """An error in the interface language: a core error by its message, anything else as `failure` words it."""
    if isinstance(error, Message | str):
        return text(error)
    return text(failure(error))
