"""A framework of the user's own from an Excel workbook or a CSV file (the template to fill in is written by
`workbench.importers.sheet_template`).

Columns are recognised by their headings, in English or Swedish ("Label", "Term", "Begrepp", "Benämning" ...).
Framework details come from an "About" (or "Framework"/"Om") sheet of name/value rows, or from `--framework`.
The whole file is checked first; every problem is listed with its sheet, row and column, and nothing is
written unless the file is valid. Importing a framework the workspace already holds replaces its content
(`workbench.framework_update`): decisions about entries whose keys remain are kept, the others are listed.
"""

from __future__ import annotations

import csv
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.catalogue import CATEGORY_NAMES
from workbench.domain import KEY_PATTERN, EntryData, FrameworkData, Kind, Label, LabelKind, is_language_tag
from workbench.errors import WorkbenchError
from workbench.importers import ImportFileError, ImportResult, replace_edition
from workbench.importers import problems as wrong
from workbench.importers.limits import MAX_ENTRIES
from workbench.importers.sheet_checks import (
    TOO_MANY_ROWS,
    LimitReachedError,
    broader_cycles,
    check_unpacked_size,
    csv_records,
    fit_dimensions,
    limited,
    scan_workbook,
)
from workbench.messages import Message, Template, Word
from workbench.text import printable
from workbench.workspace import Workspace

ADDED = Template("import.added", "{file}: added framework '{key}' with {count} entries")
CSV_AS_XLSX = Template("import.csv-as-xlsx", "{path}: this is a CSV file; import it with --format csv")

MAX_ROWS = MAX_ENTRIES
MAX_COLUMNS = 200
MAX_BYTES = 100 * 1024 * 1024
PREVIEW_ROWS = 20

# Heading (case-folded, spaces collapsed) -> field. English and Swedish; more are easy to add.
HEADINGS: dict[str, tuple[str, ...]] = {
    "key": ("key", "nyckel", "id", "identifier", "identifierare", "kod", "code"),
    "label": ("label", "term", "begrepp", "benämning", "name", "namn", "preferred label", "preflabel",
              "föredragen term", "rubrik"),
    "definition": ("definition", "beskrivning", "description", "förklaring"),
    "kind": ("kind", "typ", "type", "sort"),
    "parent": ("parent", "process", "förälder", "parent process", "parent key", "ingår i", "del av",
               "överordnad process", "huvudprocess"),
    "alt_labels": ("alt labels", "alt label", "alternative labels", "synonyms", "synonym", "synonymer",
                   "altlabel", "andra termer", "alternativa termer"),
    "abbreviations": ("abbreviation", "abbreviations", "förkortning", "förkortningar", "acronym"),
    "category": ("category", "kategori"),
    "purpose": ("purpose", "syfte", "mål"),
    "trigger": ("trigger", "input", "indata", "utlösare", "startar när"),
    "outcome": ("outcome", "output", "resultat", "utdata"),
    "language": ("language", "språk", "lang"),
    "broader": ("broader", "bredare", "överordnad"),
    "related": ("related", "relaterad", "relaterade", "se även", "see also"),
}
_FIELD_BY_HEADING = {heading: name for name, headings in HEADINGS.items() for heading in headings}

KINDS = {
    "term": Kind.TERM, "begrepp": Kind.TERM, "concept": Kind.TERM, "glossary": Kind.TERM,
    "process": Kind.PROCESS, "practice": Kind.PROCESS, "praktik": Kind.PROCESS, "event": Kind.PROCESS,
    "activity": Kind.ACTIVITY, "aktivitet": Kind.ACTIVITY, "step": Kind.ACTIVITY, "steg": Kind.ACTIVITY,
}
ABOUT_SHEETS = ("about", "framework", "om", "ramverk")
SKIPPED_SHEETS = ("help", "instructions", "hjälp", "instruktioner", "legend")
ABOUT_FIELDS = {
    "key": "key", "nyckel": "key", "name": "name", "namn": "name", "edition": "edition", "utgåva": "edition",
    "version": "edition", "publisher": "publisher", "utgivare": "publisher", "language": "language",
    "språk": "language", "attribution": "attribution", "licence": "licence", "license": "licence",
    "licens": "licence", "description": "description", "beskrivning": "description", "erkännande": "attribution",
}
CATEGORY_WORDS = {
    **{key: key for key in CATEGORY_NAMES}, **{word: key for key, word in CATEGORY_NAMES.items()},
    "artifact": "artefact", "kpi": "metric",
    "begrepp": "concept", "roll": "role", "artefakt": "artefact", "händelse": "event", "mått": "metric",
    "princip": "principle", "praktik": "practice", "värdeflöde": "value-stream", "aktivitet": "activity",
    "värde": "value", "värdering": "value", "kompetens": "competency", "konfiguration": "configuration",
    "teknik": "technique", "verktyg": "tool", "slöseri": "waste", "mätetal": "measure", "modell": "model",
    "roller": "role", "artefakter": "artefact", "händelser": "event", "principer": "principle",
    "praktiker": "practice", "aktiviteter": "activity", "värderingar": "value",
}
"""A category as people write it (English or Swedish, singular or plural, any case) -> the catalogue's key, which
the matching engine reads (a role is never the same entry as a practice). Others are kept as written."""


@dataclass
class SheetPreview:
    name: str
    header_row: int
    recognised: dict[str, str]
    """Heading as written -> field it fills."""
    ignored: list[str]
    rows: list[dict[str, str]]
    """The first rows, as field -> text (what the wizard shows)."""
    row_count: int


@dataclass
class SpreadsheetPreview:
    sheets: list[SheetPreview] = field(default_factory=list)
    about: dict[str, str] = field(default_factory=dict)
    problems: list[Message] = field(default_factory=list)
    framework: FrameworkData | None = None
    """The framework as it would be imported; None while there are problems."""


@dataclass
class _Row:
    sheet: str
    number: int
    cells: dict[str, tuple[str, str]]
    """field -> (column letter, text)."""
    letters: dict[str, str] = field(default_factory=dict)
    """field -> its column letter, also for cells left empty."""


def _normal(heading: str) -> str:
    return " ".join(heading.replace("_", " ").replace("-", " ").split()).casefold()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def category_key(text: str) -> str:
    """The catalogue's key for a category written in English or Swedish ("Roles", "artefakt"), or `text` as it is."""
    folded = " ".join(text.casefold().split())
    found = CATEGORY_WORDS.get(folded) or (CATEGORY_WORDS.get(folded[:-1]) if folded.endswith("s") else None)
    return found or text


def slug(text: str) -> str:
    """A key from a label: lower case ASCII letters, digits and '-' ("Förvaltningsobjekt" -> "forvaltningsobjekt")."""
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


# --- reading the file into plain rows -------------------------------------------------------------------------


def _xlsx_sheets(path: Path, source: str) -> Iterator[tuple[str, Iterator[list[tuple[str, Any, bool]]]]]:
    """(sheet name, rows of (column letter, value, is_formula))."""
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    if not zipfile.is_zipfile(path):
        raise ImportFileError(source, [wrong.NOT_A_ZIP()])
    check_unpacked_size(path, source)
    last_rows = scan_workbook(path, source)
    # Our own handle, closed whatever happens: openpyxl leaves the file open when a damaged workbook fails to
    # load, and on Windows an open file cannot be replaced or deleted.
    handle = path.open("rb")
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        handle.close()
        raise ImportFileError(source, [wrong.UNREADABLE_XLSX(detail=str(error))]) from error
    except Exception as error:
        handle.close()
        raise ImportFileError(source, [wrong.UNREADABLE_XLSX(detail=type(error).__name__)]) from error

    def rows(sheet: Any) -> Iterator[list[tuple[str, Any, bool]]]:
        # Read-only sheets parse lazily, so a damaged or hostile part (bad XML, entity declarations, which
        # defusedxml refuses) surfaces here, while rows are read.
        try:
            fit_dimensions(sheet, last_rows)
            for row in sheet.iter_rows():
                yield [
                    (_column_letter(index), cell.value, getattr(cell, "data_type", "") == "f")
                    for index, cell in enumerate(row[:MAX_COLUMNS + 1])
                ]
        except ImportFileError:
            raise
        except Exception as error:
            detail = f"{type(error).__name__}: {str(error)[:120]}"
            problem = wrong.at(wrong.SHEET(sheet=sheet.title), wrong.UNREADABLE_SHEET(detail=detail))
            raise ImportFileError(source, [problem]) from error

    try:
        for sheet in book.worksheets:
            yield sheet.title, rows(sheet)
    finally:
        book.close()
        handle.close()


def _csv_sheets(path: Path, source: str) -> Iterator[tuple[str, Iterator[list[tuple[str, Any, bool]]]]]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportFileError(source, [wrong.FILE_TOO_LARGE(size=path.stat().st_size // 2**20,
                                                            limit=MAX_BYTES // 2**20)])
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(source, [wrong.NOT_UTF8_CSV(byte=error.start)]) from error
    if "\x00" in text:
        raise ImportFileError(source, [wrong.NUL_BYTES()])
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    csv.field_size_limit(1_000_000)

    def rows() -> Iterator[list[tuple[str, Any, bool]]]:
        for values in csv_records(text, delimiter, source, path.stem):
            yield [(_column_letter(index), value, False) for index, value in enumerate(values[:MAX_COLUMNS + 1])]

    yield path.stem, rows()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return printable(str(value)).strip()


def _read(path: Path, is_csv: bool, problems: list[Message]) -> tuple[dict[str, str], list[SheetPreview],
                                                                       list[_Row]]:
    source = str(path)
    sheets = _csv_sheets(path, source) if is_csv else _xlsx_sheets(path, source)
    about: dict[str, str] = {}
    previews: list[SheetPreview] = []
    rows: list[_Row] = []
    try:
        for name, sheet_rows in sheets:
            normal = _normal(name)
            if normal in SKIPPED_SHEETS:
                continue
            if normal in ABOUT_SHEETS:
                about.update(_about(name, sheet_rows, problems))
                continue
            preview = _sheet(name, sheet_rows, rows, problems)
            if preview is not None:
                previews.append(preview)
    except LimitReachedError as reached:
        raise ImportFileError(source, [reached.message]) from reached
    return about, previews, rows


def _about(name: str, sheet_rows: Iterable[list[tuple[str, Any, bool]]], problems: list[Message]) -> dict[str, str]:
    about: dict[str, str] = {}
    for number, cells in enumerate(sheet_rows, start=1):
        if number > 200:
            break
        if len(cells) < 2:
            continue
        (_, label, _), (letter, value, formula) = cells[0], cells[1]
        wanted = ABOUT_FIELDS.get(_normal(_text(label)))
        if wanted is None:
            continue
        cell = wrong.SHEET_ROW_COLUMN(sheet=name, row=number, column=letter)
        if formula:
            problems.append(wrong.at(cell, wrong.FORMULA_ABOUT()))
            continue
        about[wanted] = limited(_text(value), cell, wanted, "about")
    return about


def _sheet(
    name: str, sheet_rows: Iterable[list[tuple[str, Any, bool]]], rows: list[_Row], problems: list[Message]
) -> SheetPreview | None:
    header: dict[int, str] | None = None
    preview: SheetPreview | None = None
    for number, cells in enumerate(sheet_rows, start=1):
        if header is None:
            if number > 10:
                problems.append(wrong.at(wrong.SHEET(sheet=name), wrong.NO_HEADING(rows=10)))
                return None
            fields = {index: _FIELD_BY_HEADING.get(_normal(_text(value)), "")
                      for index, (_, value, _) in enumerate(cells)}
            if "label" not in fields.values():
                continue
            header = {}
            headings: dict[str, str] = {}
            letters: dict[str, str] = {}
            recognised: dict[str, str] = {}
            ignored = []
            for index, (letter, value, _) in enumerate(cells):
                heading = _text(value)
                wanted = fields[index]
                if wanted and wanted not in header.values():
                    header[index] = wanted
                    letters[wanted] = letter
                    recognised[heading] = wanted
                    headings[wanted] = heading
                elif heading:
                    ignored.append(heading)
                    if wanted:
                        problems.append(wrong.at(wrong.SHEET_ROW_COLUMN(sheet=name, row=number, column=letter),
                                             wrong.SECOND_COLUMN(field=wanted, heading=heading)))
            if len(cells) > MAX_COLUMNS:
                problems.append(wrong.at(wrong.SHEET(sheet=name), wrong.TOO_MANY_COLUMNS(limit=MAX_COLUMNS)))
                return None
            preview = SheetPreview(name, number, recognised, ignored, [], 0)
            continue
        assert preview is not None
        if preview.row_count >= MAX_ROWS:
            problems.append(TOO_MANY_ROWS(sheet=name, limit=MAX_ROWS))
            return preview
        values: dict[str, tuple[str, str]] = {}
        for index, (letter, value, formula) in enumerate(cells):
            column_field = header.get(index)
            if column_field is None:
                continue
            cell = wrong.SHEET_ROW_COLUMN(sheet=name, row=number, column=letter)
            if formula:
                problems.append(wrong.at(cell, wrong.FORMULA()))
                continue
            text = limited(_text(value), cell, headings[column_field], column_field)
            if text:
                values[column_field] = (letter, text)
        if not values:
            continue
        preview.row_count += 1
        if len(preview.rows) < PREVIEW_ROWS:
            preview.rows.append({key: text for key, (_, text) in values.items()})
        rows.append(_Row(name, number, values, letters))
    if header is None:
        return None
    return preview


# --- rows into a framework ------------------------------------------------------------------------------------


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[;|\n]", text) if part.strip())


def _where(row: _Row, wanted: str) -> Message:
    letter = row.cells[wanted][0] if wanted in row.cells else row.letters.get(wanted, "?")
    return wrong.SHEET_ROW_COLUMN(sheet=row.sheet, row=row.number, column=letter)


def _links(
    row: _Row, name: str, seen: dict[str, Message], by_label: dict[str, str], problems: list[Message]
) -> tuple[str, ...]:
    """The keys a broader or related cell names (by key or label); a name no entry has is a problem."""
    found = []
    for item in _split_list(row.cells.get(name, ("", ""))[1]):
        target = item if item in seen else by_label.get(item.casefold())
        if target is None:
            problems.append(wrong.at(_where(row, name), wrong.UNKNOWN_LINK(name=item)))
        else:
            found.append(target)
    return tuple(found)


def _framework(
    path: Path, about: dict[str, str], rows: list[_Row], framework: str | None, problems: list[Message]
) -> FrameworkData | None:
    key = framework or about.get("key") or ""
    if not key:
        problems.append(wrong.NO_KEY())
    elif not KEY_PATTERN.match(key):
        problems.append(wrong.BAD_FRAMEWORK_KEY(key=key))
    language = about.get("language") or "en"
    if not is_language_tag(language):
        problems.append(wrong.at(wrong.ABOUT(), wrong.BAD_LANGUAGE(language=language)))
        language = "en"
    if not rows:
        problems.append(wrong.NO_ENTRIES())

    keyed: list[tuple[_Row, str]] = []
    seen: dict[str, Message] = {}
    by_label: dict[str, str] = {}
    for row in rows:
        label = row.cells.get("label", ("", ""))[1]
        if not label:
            problems.append(wrong.at(_where(row, "label"), wrong.EMPTY_LABEL()))
            continue
        entry_key = row.cells["key"][1] if "key" in row.cells else slug(label)
        if not KEY_PATTERN.match(entry_key):
            problems.append(wrong.at(_where(row, "key"), wrong.BAD_KEY(key=entry_key)))
            continue
        if entry_key in seen:
            problems.append(wrong.at(_where(row, "key"), wrong.KEY_TWICE(key=entry_key, first=seen[entry_key])))
            continue
        seen[entry_key] = wrong.SHEET_ROW(sheet=row.sheet, row=row.number)
        by_label.setdefault(label.casefold(), entry_key)
        keyed.append((row, entry_key))

    kinds: dict[str, Kind] = {}
    parents: dict[str, str | None] = {}
    for row, entry_key in keyed:
        parent_text = row.cells.get("parent", ("", ""))[1]
        parent = None
        if parent_text:
            parent = parent_text if parent_text in seen else by_label.get(parent_text.casefold())
            if parent is None:
                problems.append(wrong.at(_where(row, "parent"), wrong.UNKNOWN_PARENT(parent=parent_text)))
        parents[entry_key] = parent
        kind_text = row.cells.get("kind", ("", ""))[1]
        if kind_text:
            kind = KINDS.get(kind_text.casefold())
            if kind is None:
                problems.append(wrong.at(_where(row, "kind"), wrong.UNKNOWN_KIND(kind=kind_text)))
                kind = Kind.TERM
        else:
            kind = Kind.ACTIVITY if parent_text else Kind.TERM
        kinds[entry_key] = kind
    for row, entry_key in keyed:
        parent = parents[entry_key]
        if kinds[entry_key] is Kind.ACTIVITY and row.cells.get("parent") is None:
            problems.append(wrong.at(_where(row, "kind"), wrong.ACTIVITY_WITHOUT_PARENT()))
        if parent is not None and kinds.get(parent) is not Kind.PROCESS:
            problems.append(wrong.at(_where(row, "parent"), wrong.PARENT_NOT_A_PROCESS(parent=parent)))
        if parent is not None and kinds[entry_key] is not Kind.ACTIVITY:
            problems.append(wrong.at(_where(row, "parent"),
                                 wrong.PARENT_OF_NON_ACTIVITY(kind=Word("kind", kinds[entry_key].value))))
    # Read before giving up on other problems, so a file is fixed in one round rather than two.
    links = {
        entry_key: {name: _links(row, name, seen, by_label, problems) for name in ("broader", "related")}
        for row, entry_key in keyed
    }
    if problems:
        return None
    cycles = broader_cycles({key: links[key]["broader"] for key in links},
                            {entry_key: _where(row, "broader") for row, entry_key in keyed})
    if cycles:
        raise ImportFileError(str(path), cycles)

    entries = []
    positions: dict[str, int] = {}
    for row, entry_key in keyed:
        text = {name: value for name, (_, value) in row.cells.items()}
        lang = text.get("language") or language
        parent = parents[entry_key]
        position = 0
        if parent is not None:
            positions[parent] = positions.get(parent, 0) + 1
            position = positions[parent]
        labels = tuple(Label(alt, LabelKind.ALTERNATIVE, lang) for alt in _split_list(text.get("alt_labels", "")))
        labels += tuple(Label(a, LabelKind.ABBREVIATION, lang) for a in _split_list(text.get("abbreviations", "")))
        entries.append(EntryData(
            key=entry_key, kind=kinds[entry_key], label=text["label"], lang=lang,
            definition=text.get("definition", ""), category=category_key(text.get("category", "")), labels=labels,
            purpose=text.get("purpose", ""), trigger=text.get("trigger", ""), outcome=text.get("outcome", ""),
            parent=parent, position=position, broader=links[entry_key]["broader"],
            related=links[entry_key]["related"],
        ))
    languages = tuple(dict.fromkeys([language, *(entry.lang for entry in entries)]))
    return FrameworkData(
        key=key, name=about.get("name") or key, edition=about.get("edition", ""),
        publisher=about.get("publisher", ""), language=language, languages=languages,
        attribution=about.get("attribution", ""), licence=about.get("licence", ""),
        description=about.get("description", ""), origin=f"import:{path.name}", entries=tuple(entries),
    )


def preview(path: Path, framework: str | None = None, *, is_csv: bool | None = None) -> SpreadsheetPreview:
    """Read and check a whole .xlsx or .csv file without touching any workspace (for the import wizard)."""
    path = Path(path)
    result = SpreadsheetPreview()
    if is_csv is None:
        is_csv = path.suffix.casefold() == ".csv"
    try:
        about, sheets, rows = _read(path, is_csv, result.problems)
    except OSError as error:
        raise ImportFileError(str(path), [wrong.CANNOT_READ(reason=error.strerror or str(error))]) from error
    result.about, result.sheets = about, sheets
    if not sheets and not result.problems:
        result.problems.append(wrong.NO_SHEET())
    framework_data = _framework(path, about, rows, framework, result.problems)
    result.framework = framework_data if not result.problems else None
    order = {sheet.name: position for position, sheet in enumerate(sheets)}
    result.problems.sort(key=lambda problem: wrong.sort_key(problem, order))
    return result


def _import(workspace: Workspace, path: Path, framework: str | None, is_csv: bool) -> ImportResult:
    return import_previewed(workspace, preview(path, framework, is_csv=is_csv), path)


def import_previewed(workspace: Workspace, found: SpreadsheetPreview, path: Path) -> ImportResult:
    """The framework a preview read, written to the workspace: added, or replacing the edition it holds. The
    import wizard uses it so that a large file is not read a second time."""
    if found.problems or found.framework is None:
        raise ImportFileError(str(path), found.problems or [wrong.NOTHING()])
    data = found.framework
    existing = {record.key for record in workspace.frameworks()}
    if data.key not in existing:
        workspace.add_framework(data)
        return ImportResult(ADDED(file=path.name, key=data.key, count=len(data.entries)))
    return replace_edition(workspace, data, path.name)


def import_xlsx(workspace: Workspace, path: Path, framework: str | None = None) -> ImportResult:
    if Path(path).suffix.casefold() == ".csv":
        raise WorkbenchError(CSV_AS_XLSX(path=str(path)))
    return _import(workspace, Path(path), framework, is_csv=False)


def import_csv(workspace: Workspace, path: Path, framework: str | None = None) -> ImportResult:
    if framework is None:
        framework = slug(Path(path).stem)
    return _import(workspace, Path(path), framework, is_csv=True)
