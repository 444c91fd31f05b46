"""The bundled catalogue: reading and validating `glossaries/*.toml` (format in glossaries/README.md).

Validation collects every problem in a file before failing, so an author fixes a file in one pass.
"""

from __future__ import annotations

import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from workbench.domain import (
    KEY_PATTERN,
    EntryData,
    FrameworkData,
    Kind,
    Label,
    LabelKind,
    Ref,
    Status,
    is_language_tag,
)
from workbench.errors import FileProblemsError, WorkbenchError
from workbench.messages import Message, Template, vocabulary

CATEGORY_NAMES = {
    "concept": "concept", "role": "role", "artefact": "artefact", "event": "event", "metric": "metric",
    "principle": "principle", "practice": "practice", "process": "process", "value-stream": "value stream",
    "activity": "activity", "dimension": "dimension", "value": "value", "competency": "competency",
    "configuration": "configuration", "technique": "technique", "tool": "tool", "organisation": "organisation",
    "waste": "waste", "measure": "measure", "forum": "forum", "model": "model",
}
"""The categories an entry may have, key -> English word (the interface shows them in its language)."""
CATEGORIES = frozenset(CATEGORY_NAMES)
vocabulary("category", CATEGORY_NAMES)

_FRAMEWORK_REQUIRED = ("key", "name", "edition", "publisher", "language", "attribution", "licence")
_FRAMEWORK_FIELDS = frozenset(_FRAMEWORK_REQUIRED) | {"languages", "description"}
_COMMON_FIELDS = frozenset(
    {
        "key", "label", "alt_labels", "abbreviations", "definition", "translations", "category", "broader", "related",
        "status", "source", "successors", "realised_by", "includes",
    }
)
# Links to other entries of the same file, as the entry's fields name them.
_LINK_FIELDS = ("broader", "related", "realised_by", "includes")
_ENTRY_FIELDS = _COMMON_FIELDS | {"kind", "purpose", "trigger", "outcome", "activities"}
_ACTIVITY_FIELDS = _COMMON_FIELDS
_TRANSLATION_FIELDS = frozenset({"label", "alt_labels", "definition"})
_PROCESS_TEXTS = ("purpose", "trigger", "outcome")


class CatalogueError(FileProblemsError):
    """A catalogue file that cannot be loaded; `problems` lists every finding as one line each."""


AUTHORING = Template("catalogue.authoring", "{where}: {what}")
FILE_PROBLEM = Template("catalogue.file", "{what}")
"""What the checker finds wrong in a glossary file: for the people who write those files (glossaries/README.md)
and the tests, in English, with the place first; the application never meets these (bundled files pass)."""
NO_BUNDLED = Template("catalogue.no-bundled", "no bundled framework '{key}'; bundled are: {known}")
DEFAULT_SELECTION = ("itil4", "safe", "devops", "lean", "pm3", "usm")
"""What a new workspace and the demo start with: the five frameworks of the brief and the USM reference model.
The other bundled frameworks are a tick (or File → Add bundled frameworks…) away."""
# The order people expect to see them in; frameworks not listed here follow alphabetically.
_BUNDLED_ORDER = (
    "itil4", "safe", "devops", "lean", "pm3", "usm", "scrum", "kanban", "fitsm", "cobit2019", "itil3", "prince2",
)


def bundled_files() -> list[tuple[str, bytes]]:
    """(file name, content) of every bundled framework, in a stable order."""
    folder = resources.files("glossaries")
    files = [(item.name, item.read_bytes()) for item in folder.iterdir() if item.name.endswith(".toml")]

    def order(name: str) -> tuple[int, str]:
        stem = name.removesuffix(".toml")
        return (_BUNDLED_ORDER.index(stem) if stem in _BUNDLED_ORDER else len(_BUNDLED_ORDER), stem)

    return sorted(files, key=lambda item: order(item[0]))


def load_bundled() -> list[FrameworkData]:
    return [parse_catalogue(content, name) for name, content in bundled_files()]


def bundled_framework(key: str) -> FrameworkData:
    for framework in load_bundled():
        if framework.key == key:
            return framework
    raise WorkbenchError(NO_BUNDLED(key=key, known=tuple(f.key for f in load_bundled())))


def load_file(path: Path) -> FrameworkData:
    try:
        content = path.read_bytes()
    except OSError as error:
        raise CatalogueError(str(path), [FILE_PROBLEM(what=f"cannot read the file: {error.strerror or error}")]) \
            from error
    return parse_catalogue(content, str(path))


def parse_catalogue(content: bytes, source: str) -> FrameworkData:
    try:
        document = tomllib.loads(content.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise CatalogueError(source, [FILE_PROBLEM(what=f"not UTF-8 text (byte {error.start})")]) from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(source, [FILE_PROBLEM(what=f"not valid TOML: {error}")]) from error
    reader = _Reader(source)
    framework = reader.read(document)
    if reader.problems:
        raise CatalogueError(source, reader.problems)
    assert framework is not None
    return framework


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Message] = []

    def problem(self, where: str, what: str) -> None:
        self.problems.append(AUTHORING(where=where, what=what))

    def read(self, document: Mapping[str, Any]) -> FrameworkData | None:
        for extra in sorted(set(document) - {"framework", "entries"}):
            self.problem("file", f"unknown top-level table {extra!r}")
        head = document.get("framework")
        if not isinstance(head, dict):
            self.problem("file", "missing the [framework] table")
            return None
        for extra in sorted(set(head) - _FRAMEWORK_FIELDS):
            self.problem("[framework]", f"unknown field {extra!r}")
        values = {name: self.text(head, name, "[framework]", required=name in _FRAMEWORK_REQUIRED) for name in
                  _FRAMEWORK_FIELDS - {"languages"}}
        if values["key"] and not KEY_PATTERN.match(values["key"]):
            self.problem("[framework]", f"key {values['key']!r} must be lower-case letters, digits and '-'")
        language = values["language"] or "en"
        if not is_language_tag(language):
            self.problem("[framework]", f"language {language!r} is not a language tag such as 'en' or 'sv'")
        languages = tuple(self.strings(head, "languages", "[framework]")) or (language,)
        for tag in languages:
            if not is_language_tag(tag):
                self.problem("[framework]", f"languages: {tag!r} is not a language tag")
        if language not in languages:
            self.problem("[framework]", f"languages must include the preferred-label language {language!r}")

        raw_entries = document.get("entries", [])
        if not isinstance(raw_entries, list) or not raw_entries:
            self.problem("file", "no [[entries]]")
            raw_entries = []
        entries = list(self.entries(raw_entries, language, languages))
        self.check_links(entries)
        self.check_shared_labels(entries)
        self.check_step_labels(entries)
        return FrameworkData(
            key=values["key"],
            name=values["name"],
            edition=values["edition"],
            publisher=values["publisher"],
            language=language,
            languages=languages,
            attribution=values["attribution"],
            licence=values["licence"],
            description=values["description"],
            origin="bundled",
            entries=tuple(entries),
        )

    def entries(self, raw_entries: list[Any], language: str, languages: tuple[str, ...]) -> Iterator[EntryData]:
        seen: set[str] = set()
        for number, raw in enumerate(raw_entries, start=1):
            if not isinstance(raw, dict):
                self.problem(f"entry #{number}", "is not a table")
                continue
            key = raw.get("key")
            where = f"entry {key}" if isinstance(key, str) and key else f"entry #{number}"
            entry = self.entry(raw, where, language, languages, seen, is_activity=False)
            if entry is None:
                continue
            yield entry
            activities = raw.get("activities", [])
            if not isinstance(activities, list):
                self.problem(where, "activities must be a list of [[entries.activities]] tables")
                continue
            if activities and entry.kind is not Kind.PROCESS:
                self.problem(where, "only a process can have activities")
            for position, raw_activity in enumerate(activities, start=1):
                if not isinstance(raw_activity, dict):
                    self.problem(where, f"activity #{position} is not a table")
                    continue
                activity_key = raw_activity.get("key")
                activity_where = (
                    f"activity {activity_key}" if isinstance(activity_key, str) and activity_key
                    else f"{where} activity #{position}"
                )
                activity = self.entry(raw_activity, activity_where, language, languages, seen, is_activity=True)
                if activity is not None:
                    yield _with_parent(activity, entry.key, position)

    def entry(
        self,
        raw: Mapping[str, Any],
        where: str,
        language: str,
        languages: tuple[str, ...],
        seen: set[str],
        *,
        is_activity: bool,
    ) -> EntryData | None:
        allowed = _ACTIVITY_FIELDS if is_activity else _ENTRY_FIELDS
        for extra in sorted(set(raw) - allowed):
            self.problem(where, f"unknown field {extra!r}")
        key = self.text(raw, "key", where, required=True)
        if key:
            if not KEY_PATTERN.match(key):
                self.problem(where, f"key {key!r} must be lower-case letters, digits and '-'")
            if key in seen:
                self.problem(where, "key is used twice")
            seen.add(key)
        if is_activity:
            kind = Kind.ACTIVITY
        else:
            kind_text = self.text(raw, "kind", where, required=True)
            if kind_text not in ("term", "process"):
                if kind_text:
                    self.problem(where, f"kind {kind_text!r} must be 'term' or 'process'")
                return None
            kind = Kind(kind_text)
        label = self.text(raw, "label", where, required=True)
        definition = self.text(raw, "definition", where, required=True)
        category = self.text(raw, "category", where, required=not is_activity) or ("activity" if is_activity else "")
        if category and category not in CATEGORIES:
            self.problem(where, f"category {category!r} is not one of the categories in glossaries/README.md")
        texts = {name: self.text(raw, name, where, required=kind is Kind.PROCESS) for name in _PROCESS_TEXTS}
        if kind is not Kind.PROCESS:
            for name in _PROCESS_TEXTS:
                if texts[name]:
                    self.problem(where, f"only a process has a {name}")
        status_text = self.text(raw, "status", where) or Status.CURRENT.value
        if status_text not in {status.value for status in Status}:
            self.problem(where, f"status {status_text!r} must be one of {', '.join(s.value for s in Status)}")
            status_text = Status.CURRENT.value
        successors = self.successors(raw, where)
        if status_text == Status.RENAMED.value and not successors:
            self.problem(where, "a renamed entry names its new name in successors")
        if successors and status_text == Status.CURRENT.value:
            self.problem(where, "successors belong to a renamed or historical entry (set its status)")
        labels = [Label(text, LabelKind.ALTERNATIVE, language) for text in self.strings(raw, "alt_labels", where)]
        labels += [Label(text, LabelKind.ABBREVIATION, language) for text in self.strings(raw, "abbreviations", where)]
        definitions: list[tuple[str, str]] = []
        translations = raw.get("translations", {})
        if not isinstance(translations, dict):
            self.problem(where, "translations must be a table of languages")
            translations = {}
        for lang, raw_translation in translations.items():
            lang_where = f"{where} translations.{lang}"
            if lang not in languages:
                self.problem(lang_where, f"language {lang!r} is not listed in [framework] languages")
            if not isinstance(raw_translation, dict):
                self.problem(lang_where, "must be a table")
                continue
            for extra in sorted(set(raw_translation) - _TRANSLATION_FIELDS):
                self.problem(lang_where, f"unknown field {extra!r}")
            translated_label = self.text(raw_translation, "label", lang_where)
            if translated_label and lang != language:
                labels.append(Label(translated_label, LabelKind.PREFERRED, lang))
            elif translated_label:
                self.problem(lang_where, "the preferred label in the framework's own language is `label`")
            labels += [Label(t, LabelKind.ALTERNATIVE, lang) for t in self.strings(raw_translation, "alt_labels",
                                                                                   lang_where)]
            translated_definition = self.text(raw_translation, "definition", lang_where)
            if translated_definition:
                if lang == "en":
                    self.problem(lang_where, "the English definition is `definition`")
                definitions.append((lang, translated_definition))
        return EntryData(
            key=key,
            kind=kind,
            label=label,
            lang=language,
            definition=definition,
            category=category,
            labels=tuple(labels),
            definitions=tuple(definitions),
            purpose=texts["purpose"],
            trigger=texts["trigger"],
            outcome=texts["outcome"],
            broader=tuple(self.strings(raw, "broader", where)),
            related=tuple(self.strings(raw, "related", where)),
            status=Status(status_text),
            source=self.text(raw, "source", where),
            successors=successors,
            realised_by=tuple(self.strings(raw, "realised_by", where)),
            includes=tuple(self.strings(raw, "includes", where)),
        )

    def successors(self, raw: Mapping[str, Any], where: str) -> tuple[Ref, ...]:
        """`successors` name entries as FRAMEWORK:KEY, usually of another framework, so only the form is checked
        here; whether they exist is a matter of the whole catalogue (tests/test_bundled_content.py)."""
        refs = []
        for text in self.strings(raw, "successors", where):
            framework, sep, key = text.partition(":")
            if not sep or not KEY_PATTERN.match(framework) or not KEY_PATTERN.match(key):
                self.problem(where, f"successors: {text!r} must be FRAMEWORK:KEY, e.g. 'itil4:incident-management'")
                continue
            refs.append(Ref(framework, key))
        return tuple(refs)

    def check_links(self, entries: list[EntryData]) -> None:
        keys = {entry.key for entry in entries}
        for entry in entries:
            for relation in _LINK_FIELDS:
                for target in getattr(entry, relation):
                    if target not in keys:
                        self.problem(f"entry {entry.key}", f"{relation} names {target!r}, which is not in the file")
                    elif target == entry.key:
                        self.problem(f"entry {entry.key}", f"{relation} names the entry itself")

    def check_shared_labels(self, entries: list[EntryData]) -> None:
        """An abbreviation, alternative or translated label names one entry of the framework: the matcher takes
        any label as the entry's name, so one naming two entries (MTTR for 'restore' and 'repair') misleads it.
        Two entries' own preferred labels may coincide (a term and a step both called 'Release')."""
        # case-folded text -> (entry key, the text as written, how it names the entry; "" for its own label)
        holders: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for entry in entries:
            named = {entry.label.casefold(): (entry.label, "")}
            for label in entry.labels:
                named.setdefault(label.text.casefold(), (label.text, _label_kind(label, entry.lang)))
            for folded, (text, how) in named.items():
                holders[folded].append((entry.key, text, how))
        for owners in holders.values():
            if len(owners) < 2 or all(not how for _, _, how in owners):
                continue
            first = next((key for key, _, how in owners if not how), owners[0][0])
            for key, text, how in owners:
                if how and key != first:
                    self.problem(f"entry {key}", f"{how} {text!r} also names entry {first}; a label names one entry")

    def check_step_labels(self, entries: list[EntryData]) -> None:
        """Each activity occurs once in a framework: a step label used twice is one activity modelled twice
        (link the process that realises it instead, with `realised_by` or `includes`)."""
        first: dict[str, EntryData] = {}
        for entry in entries:
            if entry.kind is not Kind.ACTIVITY:
                continue
            earlier = first.setdefault(entry.label.casefold(), entry)
            if earlier is not entry:
                self.problem(
                    f"entry {entry.key}",
                    f"step label {entry.label!r} is also step {earlier.key} (of {earlier.parent}); "
                    "a framework has each step once",
                )

    def text(self, table: Mapping[str, Any], name: str, where: str, *, required: bool = False) -> str:
        value = table.get(name)
        if value is None:
            if required:
                self.problem(where, f"missing {name}")
            return ""
        if not isinstance(value, str):
            self.problem(where, f"{name} must be text")
            return ""
        value = " ".join(value.split())
        if required and not value:
            self.problem(where, f"{name} is empty")
        return value

    def strings(self, table: Mapping[str, Any], name: str, where: str) -> list[str]:
        value = table.get(name, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(where, f"{name} must be a list of texts")
            return []
        cleaned = [" ".join(item.split()) for item in value]
        if any(not item for item in cleaned):
            self.problem(where, f"{name} has an empty text")
        return [item for item in cleaned if item]


def _label_kind(label: Label, language: str) -> str:
    if label.kind is LabelKind.ABBREVIATION:
        return "abbreviation"
    kind = "alternative label" if label.kind is LabelKind.ALTERNATIVE else "label"
    return kind if label.lang == language else f"{kind} ({label.lang})"


def _with_parent(activity: EntryData, parent: str, position: int) -> EntryData:
    return replace(activity, parent=parent, position=position)


def summary(framework: FrameworkData) -> str:
    counts = {kind: sum(1 for e in framework.entries if e.kind is kind) for kind in Kind}
    return (
        f"{framework.key}: {framework.name} ({framework.edition}) — {counts[Kind.TERM]} terms, "
        f"{counts[Kind.PROCESS]} processes, {counts[Kind.ACTIVITY]} activities"
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m workbench.catalogue FILE...`: validate glossary files while writing them."""
    paths = [Path(arg) for arg in (argv if argv is not None else sys.argv[1:])]
    if not paths:
        print("usage: python -m workbench.catalogue FILE.toml [FILE.toml ...]", file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        try:
            print(summary(load_file(path)))
        except CatalogueError as error:
            status = 1
            for problem in error.problems:
                print(f"{error.source}: {problem}", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
