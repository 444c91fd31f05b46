"""The workspace as plain tables (rows of text and numbers) that the Excel, CSV and HTML exports lay out.

Built once per export from the public services, so every tabular format shows the same content.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from workbench import __version__
from workbench.checks import run_checks
from workbench.domain import EntryRecord, FrameworkRecord, Kind, MappingRecord, Predicate, Ref
from workbench.store.models import Entry, EntryExclusion, Framework, Mapping
from workbench.unified_model import Member, UnifiedSnapshot
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


@dataclass
class Table:
    key: str
    """Short machine name: the CSV file name and the Excel table name."""
    title: str
    """What a reader sees: the sheet name and the HTML heading."""
    description: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    empty_note: str = ""
    """Shown instead of the table when it has no rows."""
    relation_columns: tuple[int, ...] = ()
    """Columns whose cells hold a relation word, coloured by it."""


@dataclass
class ExportView:
    workspace_name: str
    created: datetime
    frameworks: list[FrameworkRecord]
    entries: dict[Ref, EntryRecord]
    mappings: list[MappingRecord]
    unified: UnifiedSnapshot
    tables: list[Table]


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


def build_view(
    workspace: Workspace, *, progress: Progress | None = None, entry_details: bool = True
) -> ExportView:
    """`entry_details=False` reads entries without their other labels, translations and parents, for exports
    that show only labels and definitions (the workbook)."""
    frameworks = workspace.frameworks()
    entries = {entry.ref: entry for entry in workspace.entries()} if entry_details else read_entries(workspace)
    mappings = read_mappings(workspace, entries)
    unified = workspace.unified_snapshot()
    names = _column_names(frameworks)
    tables = [
        _glossary(unified, frameworks, names, entries),
        _processes(unified, frameworks, names, entries),
        _coverage(unified, frameworks, names),
        mapping_table(mappings),
        _open_questions(workspace, entries, mappings, unified),
        _entries(entries),
    ]
    return ExportView(
        workspace_name=workspace.path.name,
        created=datetime.now(UTC).replace(microsecond=0),
        frameworks=frameworks,
        entries=entries,
        mappings=mappings,
        unified=unified,
        tables=tables,
    )


def about_rows(view: ExportView) -> list[tuple[str, str]]:
    return [
        ("Workspace", view.workspace_name),
        ("Exported", view.created.strftime("%Y-%m-%d %H:%M UTC")),
        ("Generator", f"Framework Harmonisation Workbench {__version__}"),
        ("Frameworks", str(len(view.frameworks))),
        ("Framework entries", str(len(view.entries))),
        ("Mapping decisions", str(len(view.mappings))),
        ("Unified concepts", str(len(view.unified.concepts))),
        ("Unified processes", str(len(view.unified.processes))),
    ]


FRAMEWORK_COLUMNS = ("Key", "Name", "Edition", "Publisher", "Language", "Entries", "Attribution", "Licence")


def framework_rows(view: ExportView) -> list[list[Cell]]:
    return [
        [f.key, f.name, f.edition, f.publisher, f.language, sum(f.counts.values()), f.attribution, f.licence]
        for f in view.frameworks
    ]


LEGEND = (
    ("exact", "The same meaning; interchangeable."),
    ("close", "Nearly the same; interchangeable in most contexts."),
    ("broader", "The framework's entry is wider than the unified element."),
    ("narrower", "The framework's entry is more specific than the unified element."),
    ("related", "Connected, but not a match."),
    ("not", "A reviewed decision that the two do not match (predicate_modifier Not)."),
)


def _column_names(frameworks: list[FrameworkRecord]) -> dict[str, str]:
    """One readable, unique column heading per framework."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for framework in frameworks:
        name = framework.name.strip() or framework.key
        if name.casefold() in taken:
            name = f"{name} ({framework.key})"
        taken.add(name.casefold())
        names[framework.key] = name
    return names


def _members_text(members: tuple[Member, ...], framework: str, entries: dict[Ref, EntryRecord]) -> str:
    parts = []
    for member in members:
        if member.ref.framework != framework:
            continue
        entry = entries.get(member.ref)
        label = entry.label if entry else member.ref.key
        word = relation_word(member.relation)
        parts.append(label if word == "exact" else f"{label} ({word})")
    return "; ".join(parts)


def _glossary(
    unified: UnifiedSnapshot, frameworks: list[FrameworkRecord], names: dict[str, str], entries: dict[Ref, EntryRecord]
) -> Table:
    table = Table(
        "glossary",
        "Glossary",
        "The unified glossary: one agreed term per row, with the equivalent term of each framework.",
        ["Term", "Definition", "Status", *(names[f.key] for f in frameworks)],
        empty_note="No unified glossary yet: build it in the application or with `workbench unify`.",
    )
    for concept in unified.concepts:
        table.rows.append(
            [
                concept.label,
                concept.definition,
                concept.status,
                *(_members_text(concept.members, f.key, entries) for f in frameworks),
            ]
        )
    return table


def _processes(
    unified: UnifiedSnapshot, frameworks: list[FrameworkRecord], names: dict[str, str], entries: dict[Ref, EntryRecord]
) -> Table:
    table = Table(
        "processes",
        "Processes",
        "The unified process model: each process followed by its activities in order, traced to the frameworks.",
        ["Process", "Step", "Activity", "Description", "Trigger", "Outcome", "Status",
         *(names[f.key] for f in frameworks)],
        empty_note="No unified process model yet: build it in the application or with `workbench unify`.",
    )
    for process in unified.processes:
        table.rows.append(
            [process.label, None, "", process.description, process.trigger, process.outcome, process.status,
             *(_members_text(process.traces, f.key, entries) for f in frameworks)]
        )
        for step, activity in enumerate(process.activities, start=1):
            table.rows.append(
                [process.label, step, activity.label, activity.description, "", "", "",
                 *(_members_text(activity.traces, f.key, entries) for f in frameworks)]
            )
    return table


def _coverage(unified: UnifiedSnapshot, frameworks: list[FrameworkRecord], names: dict[str, str]) -> Table:
    table = Table(
        "coverage",
        "Coverage",
        "Which framework covers which unified element, and how closely (see the legend on the About sheet).",
        ["Kind", "Unified element", *(names[f.key] for f in frameworks)],
        empty_note="Nothing to compare yet: the coverage matrix fills in as the unified model is built.",
        relation_columns=tuple(range(2, 2 + len(frameworks))),
    )

    def cells(members: tuple[Member, ...]) -> list[Cell]:
        by_framework: dict[str, list[str]] = defaultdict(list)
        for member in members:
            by_framework[member.ref.framework].append(relation_word(member.relation))
        return [_strongest(by_framework.get(f.key, [])) for f in frameworks]

    for concept in unified.concepts:
        table.rows.append(["term", concept.label, *cells(concept.members)])
    for process in unified.processes:
        table.rows.append(["process", process.label, *cells(process.traces)])
        for activity in process.activities:
            table.rows.append(["activity", f"{process.label} › {activity.label}", *cells(activity.traces)])
    return table


def _strongest(words: list[str]) -> str:
    if not words:
        return ""
    order = {word: index for index, word in enumerate(RELATIONS)}
    return min(words, key=lambda word: order.get(word, len(order)))


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


def mapping_table(mappings: list[MappingRecord]) -> Table:
    return Table(
        "mappings",
        "Mappings",
        "Every reviewed decision between framework entries, in SSSOM's column names.",
        list(MAPPING_COLUMNS),
        rows=[mapping_row(mapping) for mapping in mappings],
        empty_note="No mapping decisions recorded yet.",
    )


def _open_questions(
    workspace: Workspace, entries: dict[Ref, EntryRecord], mappings: list[MappingRecord], unified: UnifiedSnapshot
) -> Table:
    table = Table(
        "open_questions",
        "Open questions",
        "What still needs a decision: conflicting mappings, checks' findings, entries nobody has looked at yet.",
        ["Type", "Severity", "Question", "References"],
        empty_note="No open questions.",
    )
    for finding in run_checks(_with_mappings(workspace, mappings)):
        if finding.code == "coverage":
            kind = "coverage"
        elif finding.severity.value == "info":
            kind = "finding"
        else:
            kind = "conflict"
        table.rows.append([kind, finding.severity.value, str(finding.message), ", ".join(map(str, finding.refs))])
    decided: set[Ref] = {m.subject for m in mappings} | {m.object for m in mappings}
    for concept in unified.concepts:
        decided.update(member.ref for member in concept.members)
    for process in unified.processes:
        decided.update(member.ref for member in process.traces)
        for activity in process.activities:
            decided.update(member.ref for member in activity.traces)
    parked = _exclusions(workspace)
    for ref, entry in entries.items():
        if ref in parked:
            reason = parked[ref]
            table.rows.append(["parked", "info", f"{entry.label} is left out of the unified model"
                               + (f": {reason}" if reason else ""), str(ref)])
        elif ref not in decided:
            table.rows.append(["unmapped", "info", f"{entry.label} ({entry.kind.value}) has no decision yet",
                               str(ref)])
    return table


def _with_mappings(workspace: Workspace, mappings: list[MappingRecord]) -> Workspace:
    """The same workspace, answering `mappings()` from the list already read, so the checks do not read
    every decision a second time."""
    view = copy.copy(workspace)

    def cached(framework: str | None = None, other: str | None = None) -> list[MappingRecord]:
        if framework is None and other is None:
            return list(mappings)
        return workspace.mappings(framework, other)

    setattr(view, "mappings", cached)  # noqa: B010 - an instance attribute on purpose, shadowing the method
    return view


def _exclusions(workspace: Workspace) -> dict[Ref, str]:
    with workspace.transaction() as session:
        rows = session.execute(
            select(Framework.key, Entry.key, EntryExclusion.reason)
            .join(Entry, EntryExclusion.entry_id == Entry.id)
            .join(Framework, Entry.framework_id == Framework.id)
        )
        return {Ref(framework, key): reason for framework, key, reason in rows}


def _entries(entries: dict[Ref, EntryRecord]) -> Table:
    table = Table(
        "entries",
        "Entries",
        "Every entry of every framework in the workspace.",
        ["ref", "kind", "label", "alt_labels", "abbreviations", "category", "definition", "parent",
         "purpose", "trigger", "outcome"],
        empty_note="The workspace holds no framework entries.",
    )
    for entry in entries.values():
        table.rows.append(
            [str(entry.ref), entry.kind.value, entry.label, "; ".join(entry.alt_labels),
             "; ".join(entry.abbreviations), entry.category, entry.definition,
             str(entry.parent) if entry.parent else "", entry.purpose, entry.trigger, entry.outcome]
        )
    return table


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet program could take for a formula (OWASP's list of dangerous first characters)."""
    return text.startswith(FORMULA_STARTS)
