"""Merge an SSSOM TSV mapping set (e.g. a colleague's offline work) into a workspace.

New decisions are added; a row that says the same as the workspace is merged (nothing changes); a row that
says something else about a pair the workspace has already decided is listed for review and never
overwrites the decision. The file is read and checked completely before anything is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import insert, select

from workbench.domain import MANUAL_CURATION, Predicate, Ref
from workbench.importers import ImportFileError, ImportResult
from workbench.importers import problems as wrong
from workbench.importers.limits import MAX_LABEL, MAX_MAPPINGS, MAX_TEXT, too_long
from workbench.messages import Message, Template, Word, relation
from workbench.store.models import Entry, Framework, Mapping, utcnow
from workbench.text import printable
from workbench.workspace import Workspace, default_author

CONFLICT = Template(
    "import.sssom-conflict",
    "line {line}: {subject} {theirs} {object} conflicts with the workspace's decision '{ours}' (by {author}); kept "
    "the workspace's, please review",
)
MERGED = Template(
    "import.sssom-merged",
    "{file}: {added} mapping(s) added, {merged} identical merged, {conflicting} conflicting left for review",
)

MAX_BYTES = 200 * 1024 * 1024
REQUIRED = ("subject_id", "predicate_id", "object_id")
TOO_MANY_MAPPINGS = Template("import.too-many-mappings", "more than {limit} mappings; split the mapping set")
_LONG_COLUMNS = frozenset({"comment", "mapping_set_description", "subject_label", "object_label"})
"""Columns holding text (MAX_TEXT characters); the others hold one name or value (MAX_LABEL)."""


@dataclass(frozen=True)
class SSSOMRow:
    line: int
    subject: Ref
    predicate: Predicate
    object: Ref
    negated: bool
    confidence: float
    justification: str
    author: str
    comment: str
    date: datetime | None


@dataclass(frozen=True)
class SSSOMPreview:
    columns: tuple[str, ...]
    rows: tuple[SSSOMRow, ...]
    problems: tuple[Message, ...]
    metadata: dict[str, Any]


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportFileError(str(path), [wrong.FILE_TOO_LARGE(size=path.stat().st_size // 2**20,
                                                                   limit=MAX_BYTES // 2**20)])
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(str(path), [wrong.NOT_UTF8_SSSOM(byte=error.start)]) from error
    except OSError as error:
        raise ImportFileError(str(path), [wrong.CANNOT_READ(reason=error.strerror or str(error))]) from error


def _split(text: str, source: str) -> tuple[dict[str, Any], list[str], int]:
    """The YAML metadata block (lines starting with '#'), the table lines, and the line number of the header."""
    lines = text.splitlines()
    meta_lines = []
    first = 0
    while first < len(lines) and lines[first].startswith("#"):
        meta_lines.append(lines[first][1:])
        first += 1
    metadata: Any = {}
    if meta_lines:
        try:
            metadata = yaml.safe_load("\n".join(meta_lines)) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = wrong.BAD_YAML()
            if mark is not None:
                problem = wrong.at(wrong.LINE(line=mark.line + 1), problem)
            raise ImportFileError(source, [problem]) from error
    if not isinstance(metadata, dict):
        raise ImportFileError(source, [wrong.at(wrong.LINE(line=1), wrong.NOT_PAIRS())])
    return metadata, lines[first:], first + 1


def _prefixes(metadata: dict[str, Any], workspace_keys: set[str], source: str) -> dict[str, str]:
    """CURIE prefix -> framework key. A prefix is a framework's key, or maps to the IRI our exports give it."""
    from workbench.exporters.sssom_export import framework_namespace

    curie_map = metadata.get("curie_map") or {}
    if not isinstance(curie_map, dict):
        raise ImportFileError(source, [wrong.BAD_CURIE_MAP()])
    by_namespace = {framework_namespace(key): key for key in workspace_keys}
    prefixes = {key: key for key in workspace_keys}
    for prefix, iri in curie_map.items():
        if isinstance(prefix, str) and isinstance(iri, str) and iri in by_namespace:
            prefixes[prefix] = by_namespace[iri]
    return prefixes


def preview(workspace: Workspace, path: Path) -> SSSOMPreview:
    """Read and check the whole file without writing anything (what the import wizard shows)."""
    source = str(path)
    text = _read_text(path)
    metadata, lines, header_line = _split(text, source)
    if not lines or not lines[0].strip():
        raise ImportFileError(source, [wrong.at(wrong.LINE(line=header_line), wrong.NO_HEADER())])
    csv.field_size_limit(1_000_000)
    table: list[list[str]] = []
    try:
        for cells in csv.reader(io.StringIO("\n".join(lines)), delimiter="\t"):
            if len(table) > MAX_MAPPINGS:  # the header and MAX_MAPPINGS rows read: stop here
                raise ImportFileError(source, [TOO_MANY_MAPPINGS(limit=MAX_MAPPINGS)])
            table.append(cells)
    except csv.Error as error:
        raise ImportFileError(source, [wrong.UNREADABLE_TSV(detail=str(error))]) from error
    header = [column.strip() for column in table[0]]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise ImportFileError(source, [wrong.at(wrong.LINE(line=header_line),
                                                wrong.MISSING_COLUMNS(columns=tuple(missing)))])
    keys = {record.key for record in workspace.frameworks()}
    prefixes = _prefixes(metadata, keys, source)
    known = _known_refs(workspace)
    problems: list[Message] = []
    rows: list[SSSOMRow] = []
    seen: dict[tuple[Ref, Ref], int] = {}
    for offset, cells in enumerate(table[1:], start=1):
        line = header_line + offset
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            problems.append(wrong.at(wrong.LINE(line=line), wrong.CELL_COUNT(cells=len(cells), columns=len(header))))
            continue
        values = dict(zip(header, (printable(cell).strip() for cell in cells), strict=False))
        long = [
            problem for column, value in values.items()
            if (problem := too_long(wrong.LINE(line=line), column, value,
                                    MAX_TEXT if column in _LONG_COLUMNS else MAX_LABEL)) is not None
        ]
        if long:
            raise ImportFileError(source, long)
        row = _row(values, line, prefixes, known, problems)
        if row is None:
            continue
        pair = (row.subject, row.object)
        if pair in seen:
            problems.append(wrong.at(wrong.LINE(line=line), wrong.DECIDED_AGAIN(
                subject=str(row.subject), object=str(row.object), first=seen[pair])))
            continue
        seen[pair] = line
        rows.append(row)
    return SSSOMPreview(tuple(header), tuple(rows), tuple(problems), metadata)


def _known_refs(workspace: Workspace) -> set[Ref]:
    with workspace.transaction() as session:
        return {Ref(fw, key) for fw, key in session.execute(select(Framework.key, Entry.key).join(Framework))}


def _ref(text: str, column: str, line: int, prefixes: dict[str, str], known: set[Ref],
         problems: list[Message]) -> Ref | None:
    place = wrong.LINE_COLUMN(line=line, column=column)
    prefix, sep, local = text.partition(":")
    if not sep or not prefix or not local:
        problems.append(wrong.at(place, wrong.NOT_A_CURIE(text=text)))
        return None
    if prefix not in prefixes:
        problems.append(wrong.at(place, wrong.UNKNOWN_PREFIX(prefix=prefix)))
        return None
    ref = Ref(prefixes[prefix], local)
    if ref not in known:
        problems.append(wrong.at(place, wrong.NO_SUCH_ENTRY(framework=ref.framework, key=local)))
        return None
    return ref


def _row(values: dict[str, str], line: int, prefixes: dict[str, str], known: set[Ref],
         problems: list[Message]) -> SSSOMRow | None:
    before = len(problems)
    subject = _ref(values.get("subject_id", ""), "subject_id", line, prefixes, known, problems)
    obj = _ref(values.get("object_id", ""), "object_id", line, prefixes, known, problems)
    predicate: Predicate | None = None
    try:
        predicate = Predicate.parse(values.get("predicate_id", ""))
    except ValueError:
        problems.append(wrong.at(wrong.LINE_COLUMN(line=line, column="predicate_id"),
                                 wrong.NOT_A_PREDICATE(text=values.get("predicate_id", ""))))
    modifier = values.get("predicate_modifier", "")
    if modifier not in ("", "Not"):
        problems.append(wrong.at(wrong.LINE_COLUMN(line=line, column="predicate_modifier"),
                                 wrong.BAD_MODIFIER(text=modifier)))
    confidence = 1.0
    if values.get("confidence"):
        try:
            confidence = float(values["confidence"])
            if not 0.0 <= confidence <= 1.0:
                raise ValueError
        except ValueError:
            problems.append(wrong.at(wrong.LINE_COLUMN(line=line, column="confidence"),
                                     wrong.BAD_CONFIDENCE(text=values["confidence"])))
    date = None
    if values.get("mapping_date"):
        try:
            date = datetime.fromisoformat(values["mapping_date"])
        except ValueError:
            problems.append(wrong.at(wrong.LINE_COLUMN(line=line, column="mapping_date"),
                                     wrong.BAD_DATE(text=values["mapping_date"])))
    if subject is not None and subject == obj:
        problems.append(wrong.at(wrong.LINE(line=line), wrong.MAPPED_TO_ITSELF(ref=str(subject))))
    if len(problems) > before or subject is None or obj is None or predicate is None:
        return None
    return SSSOMRow(
        line=line,
        subject=subject,
        predicate=predicate,
        object=obj,
        negated=modifier == "Not",
        confidence=confidence,
        justification=values.get("mapping_justification") or MANUAL_CURATION,
        author=values.get("author_label") or values.get("author_id") or default_author(),
        comment=values.get("comment", ""),
        date=date,
    )


def import_sssom(workspace: Workspace, path: Path, framework: str | None = None) -> ImportResult:
    del framework  # a mapping set names its frameworks itself, through its CURIE prefixes
    found = preview(workspace, path)
    if found.problems:
        raise ImportFileError(str(path), list(found.problems))
    existing = {(m.subject, m.object): m for m in workspace.mappings()}
    added: list[SSSOMRow] = []
    merged = 0
    notes: list[Message] = []
    for row in found.rows:
        current = existing.get((row.subject, row.object))
        if current is None:
            added.append(row)
        elif current.predicate is row.predicate and current.negated == row.negated:
            merged += 1
        else:
            notes.append(CONFLICT(line=row.line, subject=str(row.subject), theirs=_relation(row.predicate, row.negated),
                                  object=str(row.object), ours=_relation(current.predicate, current.negated),
                                  author=current.author))
    if added:
        with workspace.transaction() as session:
            ids = {
                Ref(fw, key): entry_id
                for entry_id, fw, key in session.execute(select(Entry.id, Framework.key, Entry.key).join(Framework))
            }
            now = utcnow()
            session.execute(
                insert(Mapping),
                [
                    {
                        "subject_id": ids[row.subject],
                        "object_id": ids[row.object],
                        "predicate": row.predicate.value,
                        "negated": row.negated,
                        "confidence": row.confidence,
                        "justification": row.justification,
                        "author": row.author,
                        "comment": row.comment,
                        "created": row.date or now,
                        "updated": row.date or now,
                    }
                    for row in added
                ],
            )
    summary = MERGED(file=path.name, added=len(added), merged=merged, conflicting=len(notes))
    return ImportResult(summary, tuple(notes))


def _relation(predicate: Predicate, negated: bool) -> Word:
    return relation("not a match" if negated else predicate.short)
