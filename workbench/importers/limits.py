"""What an import accepts: sizes checked while reading, before anything is stored, and text without control
characters.

A glossary entry's label is a few words and its definition a paragraph (the bundled frameworks: labels at most
69 characters, definitions at most 347; the OAEI Anatomy ontology: 100 and 961). The limits sit far above real
content and far below what would exhaust memory or stall the window (a 300 MB cell once made a 630 MB workspace
and a 315 MB web page); README states them. Readers stop at the first limit they reach rather than read on.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.domain import EntryData, FrameworkData, Label
from workbench.messages import Message, Template
from workbench.text import printable

MAX_LABEL = 500
"""Characters in a label, an alternative label, an abbreviation or a category."""
MAX_TEXT = 20_000
"""Characters in a definition, purpose, trigger, outcome, description or comment."""
MAX_ENTRIES = 100_000
"""Entries in one framework file (rows of a sheet, concepts of a vocabulary or ontology)."""
MAX_SHEET_ROWS = 200_000
"""Rows of one sheet or CSV file read at all, empty ones included (a sheet can claim millions of empty rows)."""
MAX_MAPPINGS = 1_000_000
"""Rows of an SSSOM mapping set."""
MAX_UNPACKED = 200 * 1024 * 1024
"""Bytes an .xlsx workbook may unpack to (its parts are compressed: 311 KB can unpack to 300 MB)."""
MAX_RDF_BYTES = 100 * 1024 * 1024
"""Bytes of an ontology or vocabulary file (rdflib needs about ten times that in memory; the Anatomy ontology
of 3,300 classes is 3.4 MB)."""

TOO_LONG = Template("import.too-long", "{place}: {field} is {length} characters long; at most {limit} are allowed")
TOO_MANY_ENTRIES = Template("import.too-many-entries", "more than {limit} entries; split the framework into parts")
ENTRY = Template("import.place-entry", "entry {key}")


def too_long(place: Message | str, field: str, text: str, limit: int) -> Message | None:
    """The problem of a text over `limit` characters, or None."""
    if len(text) <= limit:
        return None
    return TOO_LONG(place=place, field=field, length=len(text), limit=limit)


def framework_problems(data: FrameworkData) -> list[Message]:
    """Every limit `data` exceeds, each naming the entry and the field."""
    if len(data.entries) > MAX_ENTRIES:
        return [TOO_MANY_ENTRIES(limit=MAX_ENTRIES)]
    problems: list[Message] = []
    for entry in data.entries:
        place = ENTRY(key=entry.key)
        short = [("label", entry.label), ("category", entry.category)]
        short += [(f"{label.kind.value} label", label.text) for label in entry.labels]
        long = [("definition", entry.definition), ("purpose", entry.purpose), ("trigger", entry.trigger),
                ("outcome", entry.outcome)]
        long += [(f"definition ({lang})", text) for lang, text in entry.definitions]
        for fields, limit in ((short, MAX_LABEL), (long, MAX_TEXT)):
            for field, text in fields:
                problem = too_long(place, field, text, limit)
                if problem is not None:
                    problems.append(problem)
    for field, text in (("name", data.name), ("description", data.description),
                        ("attribution", data.attribution), ("licence", data.licence)):
        problem = too_long("About", field, text, MAX_TEXT)
        if problem is not None:
            problems.append(problem)
    return problems


def cleaned(data: FrameworkData) -> FrameworkData:
    """`data` with the control characters removed from every text (`workbench.text`)."""
    return replace(
        data,
        name=printable(data.name),
        edition=printable(data.edition),
        publisher=printable(data.publisher),
        attribution=printable(data.attribution),
        licence=printable(data.licence),
        description=printable(data.description),
        entries=tuple(_cleaned_entry(entry) for entry in data.entries),
    )


def _cleaned_entry(entry: EntryData) -> EntryData:
    return replace(
        entry,
        label=printable(entry.label),
        definition=printable(entry.definition),
        category=printable(entry.category),
        labels=tuple(Label(printable(label.text), label.kind, label.lang) for label in entry.labels),
        definitions=tuple((lang, printable(text)) for lang, text in entry.definitions),
        purpose=printable(entry.purpose),
        trigger=printable(entry.trigger),
        outcome=printable(entry.outcome),
    )
