"""Messages as data: what the core tells a person, written once, rendered in the reader's language.

A `Template` is a stable code and an English text with named placeholders, defined once beside the code that
uses it (`NO_WORKSPACE = Template("workspace.missing", "{path}: no such workspace")`). Calling it with the
parameters gives a `Message`: the code and the values, nothing else, so a message pickles cheaply between
processes and compares by value. `str(message)` renders English (the command line, logs, JSON); the Qt interface
renders the same template through its translator (ui/messages.py), with the parameters formatted for the
language: a `Word` (a relation, a kind, a category) in the interface's words, a nested `Message` (a place in a
file, say) rendered the same way, numbers as numbers. Nothing ever reads a rendered message back.

Every template registers itself under its code; `all_templates()` imports the whole core first, so the
translation tools and the completeness test see every template there is.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Union

ParamValue = Union[str, int, float, "Message", "Word", "Joined", tuple["ParamValue", ...]]
"""A parameter: text shown as it is (a label, a reference, a file name), a number, a word of a vocabulary, a
nested message, or a sequence of these (shown joined by commas, or by `Joined`'s separator)."""

_TEMPLATES: dict[str, Template] = {}

VOCABULARIES: dict[str, dict[str, str]] = {
    "relation": {
        "exact": "exact",
        "close": "close",
        "broader": "broader",
        "narrower": "narrower",
        "related": "related",
        "not a match": "not a match",
    },
    "kind": {"term": "term", "process": "process", "activity": "activity"},
    "severity": {"error": "error", "warning": "warning", "info": "info"},
    "language": {"en": "English", "sv": "Swedish", "de": "German", "fr": "French", "nl": "Dutch"},
}
"""Closed sets of words a message may carry as parameters, by vocabulary, key -> English word. The interface
translates the English word (context "Words", the vocabulary as disambiguation). Modules that own a vocabulary
(the catalogue's categories, the checks' names) add it with `vocabulary`."""


def vocabulary(name: str, words: Mapping[str, str]) -> None:
    """Add (or extend) a vocabulary: key -> English word."""
    VOCABULARIES.setdefault(name, {}).update(words)


def word(vocabulary_name: str, key: str) -> str:
    """The English word for `key` (the key itself when the vocabulary does not know it)."""
    return VOCABULARIES.get(vocabulary_name, {}).get(key, key)


@dataclass(frozen=True, slots=True)
class Word:
    """A word of one of the `VOCABULARIES`, carried by key and rendered in the reader's language."""

    vocabulary: str
    key: str

    @property
    def english(self) -> str:
        return VOCABULARIES.get(self.vocabulary, {}).get(self.key, self.key)

    def __str__(self) -> str:
        return self.english


@dataclass(frozen=True, slots=True)
class Joined:
    """Values shown one after the other with a separator other than the renderer's comma ("; " between
    problems of a file, say)."""

    items: tuple[ParamValue, ...]
    separator: str


def relation(key: str) -> Word:
    """A relation word: "exact", "close", "broader", "narrower", "related" or "not a match"."""
    return Word("relation", key)


class Template:
    """A message's code and English text. Defined at module level; calling it makes a `Message`."""

    __slots__ = ("code", "english", "module", "names")
    code: str
    english: str
    names: frozenset[str]
    module: str
    """The module that defined it: `all_templates` lists the core's, not those a test defines."""

    def __init__(self, code: str, english: str) -> None:
        names = {field for _, field, _, _ in string.Formatter().parse(english) if field is not None}
        if any(not name.isidentifier() for name in names):
            raise ValueError(f"template {code!r}: placeholders must be names: {english!r}")
        known = _TEMPLATES.get(code)
        if known is not None and known.english != english:
            raise ValueError(f"template code {code!r} is used twice")
        self.code = code
        self.english = english
        self.names = frozenset(names)
        self.module = str(sys._getframe(1).f_globals.get("__name__", ""))
        _TEMPLATES[code] = self

    def __call__(self, **params: ParamValue) -> Message:
        if set(params) != self.names:
            raise TypeError(f"template {self.code!r} takes {sorted(self.names)}, given {sorted(params)}")
        return Message(self.code, tuple(sorted(params.items())))

    def __repr__(self) -> str:
        return f"Template({self.code!r}, {self.english!r})"


@dataclass(frozen=True, slots=True)
class Message:
    """A template's code and its parameters. `str()` is the English text."""

    code: str
    params: tuple[tuple[str, ParamValue], ...] = ()

    @property
    def template(self) -> Template:
        return template(self.code)

    def get(self, name: str) -> ParamValue:
        return dict(self.params)[name]

    def render(self, renderer: Renderer | None = None) -> str:
        return (renderer or ENGLISH).render(self)

    def __str__(self) -> str:
        return ENGLISH.render(self)


@dataclass(frozen=True)
class Renderer:
    """How to turn a message into text in one language: its template text by code, a vocabulary word, a
    number. The English renderer is below; the interface builds one from Qt's translator."""

    template_text: Callable[[Template], str]
    word: Callable[[Word], str]
    number: Callable[[int | float], str] = str
    separator: str = ", "

    def render(self, message: Message) -> str:
        values = {name: self.value(value) for name, value in message.params}
        return self.template_text(template(message.code)).format_map(values)

    def value(self, value: ParamValue) -> str:
        if isinstance(value, Message):
            return self.render(value)
        if isinstance(value, Word):
            return self.word(value)
        if isinstance(value, bool):  # a bool is an int to Python; never meant as a number here
            return str(value)
        if isinstance(value, int | float):
            return self.number(value)
        if isinstance(value, Joined):
            return value.separator.join(self.value(item) for item in value.items)
        if isinstance(value, tuple):
            return self.separator.join(self.value(item) for item in value)
        return value


ENGLISH = Renderer(template_text=lambda t: t.english, word=lambda w: w.english)


def text(message: Message | str) -> str:
    """English text of a message (or a plain string, as it is)."""
    return str(message)


def template(code: str) -> Template:
    """The template registered under `code`; the whole core is imported first if it is not known yet."""
    found = _TEMPLATES.get(code)
    if found is None:
        _import_core()
        found = _TEMPLATES.get(code)
    if found is None:
        raise KeyError(f"no message template {code!r}")
    return found


def all_templates() -> Mapping[str, Template]:
    """Every template of the core, by code."""
    _import_core()
    return {code: t for code, t in sorted(_TEMPLATES.items()) if t.module.partition(".")[0] == "workbench"}


_imported: list[bool] = []


def _import_core() -> None:
    if _imported:
        return
    import workbench

    for module in _modules(workbench.__path__, "workbench."):
        importlib.import_module(module)
    _imported.append(True)


def _modules(path: list[str] | object, prefix: str) -> Iterator[str]:
    for info in pkgutil.walk_packages(path, prefix):  # type: ignore[arg-type]
        # Alembic revisions run only inside a migration, and __main__ would start the command line.
        if ".migrations" not in info.name and not info.name.endswith("__main__"):
            yield info.name
