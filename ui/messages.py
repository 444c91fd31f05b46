"""The core's messages (workbench.messages) in the interface language.

A message arrives as data: a template's code and its parameters. Its English template is looked up in Qt's
translator under the context "Core", with the code as disambiguation (scripts/compile_translations.py puts every
core template in the .ts); words of a vocabulary (relations, kinds, severities, languages) under "Words", with
the vocabulary as disambiguation; numbers are written as the interface language writes them. Nothing is parsed
back from English.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ui.translations import translate
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
