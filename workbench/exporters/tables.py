"""The workspace as plain tables (rows of text and numbers) that the Excel, CSV and HTML exports lay out.

Built once per export from the public services, so every tabular format shows the same content in the same order:
the sections for people (glossary, processes, coverage, decisions, open questions: `workbench.exporters.sections`,
`.processes`, `.questions`), written in the reader's language through a `Renderer`, then the tables for machines
(SSSOM mappings, every entry) with their fixed column names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from workbench.domain import EntryRecord, FrameworkRecord, Kind, MappingRecord, Predicate, Ref
from workbench.messages import ENGLISH, Message, Renderer, Word
from workbench.store.models import Entry, Framework, Mapping
from workbench.unified_model import UnifiedSnapshot
from workbench.workspace import Workspace

Cell = str | float | int | None
Progress = Callable[[int, int], None]

RELATIONS = ("exact", "close", "broader", "narrower", "related")

MAPPING_COLUMNS = (
    "subject_id",
    "subject_label",
    "predicate_id",
    "predicate_modifier",
    "object_id",
    "object_label",
    "mapping_justification",
    "confidence",
    "author_label",
    "mapping_date",
    "comment",
)


@dataclass(frozen=True)
class Column:
    title: str
    width: int = 20
    """Characters of 10-point text: the workbook's column width, and how much a line holds before it wraps."""
    wrap: bool = True
    relation: bool = False
    """The cells hold relation words, coloured by relation (`Table.relation_keys` tells which)."""
    number: bool = False
    names_row: bool = False
    """The column names what the row is about: bold in an emphasised row (a process above its activities)."""


@dataclass
class Table:
    key: str
    """Short machine name: the CSV file name and the Excel table name."""
    title: str
    """What a reader sees: the sheet name and the HTML heading."""
    description: str
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    empty_note: str = ""
    """Shown instead of the table when it has no rows."""
    emphasised: set[int] = field(default_factory=set)
    """Rows that head the ones after them (a process above its activities): their naming columns are bold."""
    relation_keys: dict[str, str] = field(default_factory=dict)
    """A relation word as shown in this table -> its key ("exact" ... "not a match"), for colours."""
    legend: bool = False
    """The relation words' legend belongs above the table (the coverage matrix)."""
    machine: bool = False
    """Written for programs (SSSOM names, refs), not for people: an optional last sheet of the workbook."""

    @property
    def headings(self) -> list[str]:
        return [column.title for column in self.columns]


@dataclass
class ExportView:
    workspace_name: str
    created: datetime
    frameworks: list[FrameworkRecord]
    entries: dict[Ref, EntryRecord]
    mappings: list[MappingRecord]
    unified: UnifiedSnapshot
    renderer: Renderer = ENGLISH
    tables: list[Table] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    """Framework key -> the short, unique name people read (column headings, "ITIL 4 “Incident”")."""

    def text(self, message: Message) -> str:
        return self.renderer.render(message)

    def text_word(self, word: Word) -> str:
        return self.renderer.word(word)

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)

    @property
    def people_tables(self) -> list[Table]:
        return [table for table in self.tables if not table.machine]


def relation_word(relation: str) -> str:
    """`skos:exactMatch`, `exactMatch` or `exact` all read as `exact`; anything else is shown as it is."""
    try:
        return Predicate.parse(relation).short
    except ValueError:
        return relation


def read_mappings(workspace: Workspace, entries: dict[Ref, EntryRecord] | None = None) -> list[MappingRecord]:
    """Every decision, read as plain rows: five times faster than `Workspace.mappings()`'s ORM objects, which
    is most of an export's time on a workspace of 50,000 decisions.

    Given the workspace's `entries` (already read), refs and labels come from them instead of four joins, and
    each entry's `Ref` is one object however many decisions name it: the checks look refs up in dicts hundreds
    of thousands of times, and a lookup that finds the very same object skips the comparison."""
    predicates = {predicate.value: predicate for predicate in Predicate}
    if entries is not None:
        by_id = {entry.id: entry for entry in entries.values()}
        query = select(Mapping.subject_id, Mapping.object_id, Mapping.predicate, Mapping.negated, Mapping.confidence,
                       Mapping.justification, Mapping.author, Mapping.comment, Mapping.created, Mapping.updated,
                       Mapping.id).order_by(Mapping.id)
        with workspace.transaction() as session:
            rows = session.execute(query).all()
        records = []
        for row in rows:
            subject, obj = by_id[row[0]], by_id[row[1]]
            records.append(MappingRecord(
                id=row[10], subject=subject.ref, predicate=predicates[row[2]], object=obj.ref, negated=row[3],
                confidence=row[4], justification=row[5], author=row[6], comment=row[7], created=row[8],
                updated=row[9], subject_label=subject.label, object_label=obj.label))
        return records
    subject_entry, object_entry = aliased(Entry), aliased(Entry)
    subject_fw, object_fw = aliased(Framework), aliased(Framework)
    joined = (
        select(subject_fw.key, subject_entry.key, subject_entry.label, Mapping.predicate, object_fw.key,
               object_entry.key, object_entry.label, Mapping.negated, Mapping.confidence, Mapping.justification,
               Mapping.author, Mapping.comment, Mapping.created, Mapping.updated, Mapping.id)
        .join(subject_entry, Mapping.subject_id == subject_entry.id)
        .join(subject_fw, subject_entry.framework_id == subject_fw.id)
        .join(object_entry, Mapping.object_id == object_entry.id)
        .join(object_fw, object_entry.framework_id == object_fw.id)
        .order_by(Mapping.id)
    )
    with workspace.transaction() as session:
        return [
            MappingRecord(id=row[14], subject=Ref(row[0], row[1]), predicate=predicates[row[3]],
                          object=Ref(row[4], row[5]), negated=row[7], confidence=row[8], justification=row[9],
                          author=row[10], comment=row[11], created=row[12], updated=row[13],
                          subject_label=row[2], object_label=row[6])
            for row in session.execute(joined)
        ]


def read_entries(workspace: Workspace) -> dict[Ref, EntryRecord]:
    """Entries with their main fields only (no other labels, translations or links): a twentieth of the time of
    `Workspace.entries()` on a big workspace, and all the workbook shows of them."""
    query = (
        select(Entry.id, Framework.key, Entry.key, Entry.kind, Entry.label, Entry.lang, Entry.category,
               Entry.definition, Entry.purpose, Entry.trigger, Entry.outcome, Entry.position, Entry.iri)
        .join(Framework, Entry.framework_id == Framework.id)
        .order_by(Framework.id, Entry.position, Entry.id)
    )
    kinds = {kind.value: kind for kind in Kind}
    entries: dict[Ref, EntryRecord] = {}
    with workspace.transaction() as session:
        for row in session.execute(query):
            ref = Ref(row[1], row[2])
            entries[ref] = EntryRecord(id=row[0], ref=ref, kind=kinds[row[3]], label=row[4], lang=row[5],
                                       category=row[6], definition=row[7], purpose=row[8], trigger=row[9],
                                       outcome=row[10], position=row[11], iri=row[12])
    return entries


def mapping_row(mapping: MappingRecord) -> list[Cell]:
    return [
        str(mapping.subject),
        mapping.subject_label,
        mapping.predicate.value,
        "Not" if mapping.negated else "",
        str(mapping.object),
        mapping.object_label,
        mapping.justification,
        mapping.confidence,
        mapping.author,
        mapping.updated.date().isoformat(),
        mapping.comment,
    ]


_MAPPING_WIDTHS = {"subject_id": 28, "object_id": 28, "subject_label": 28, "object_label": 28, "comment": 40,
                   "mapping_justification": 28, "author_label": 16, "mapping_date": 12, "confidence": 11}


def mapping_table(mappings: list[MappingRecord]) -> Table:
    """The decisions for programs, in SSSOM's column names and codes (what the `sssom` export writes too)."""
    return Table(
        "mappings",
        "SSSOM",
        "Every decision in SSSOM's column names and codes, for programs; people read the Decisions sheet.",
        # Nothing wraps: a sheet for programs needs no row heights, which saves counting lines in 550,000 cells.
        [Column(name, _MAPPING_WIDTHS.get(name, 18), wrap=False, number=name == "confidence")
         for name in MAPPING_COLUMNS],
        rows=[mapping_row(mapping) for mapping in mappings],
        empty_note="No mapping decisions recorded yet.",
        machine=True,
    )


ENTRY_COLUMNS = ("ref", "kind", "label", "alt_labels", "abbreviations", "category", "definition", "parent",
                 "purpose", "trigger", "outcome")


def entries_table(entries: dict[Ref, EntryRecord], details: bool = True) -> Table:
    """Every entry of every framework, for programs (the CSV export); without `details` the other labels and
    parents are not known and left empty."""
    table = Table("entries", "Entries", "Every entry of every framework in the workspace.",
                  [Column(name) for name in ENTRY_COLUMNS], empty_note="The workspace holds no framework entries.",
                  machine=True)
    for entry in entries.values():
        table.rows.append(
            [str(entry.ref), entry.kind.value, entry.label, "; ".join(entry.alt_labels),
             "; ".join(entry.abbreviations), entry.category, entry.definition,
             str(entry.parent) if entry.parent and details else "", entry.purpose, entry.trigger, entry.outcome]
        )
    return table


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet program could take for a formula (OWASP's list of dangerous first characters)."""
    return text.startswith(FORMULA_STARTS)
