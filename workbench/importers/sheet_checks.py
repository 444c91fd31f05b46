"""Checks of a spreadsheet import that stop a hostile or broken file early: rows counted before they are read,
a quote left open, broader links that go round in a circle."""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from workbench.graphs import cycles
from workbench.importers import ImportFileError
from workbench.importers import problems as wrong
from workbench.importers.limits import MAX_LABEL, MAX_SHEET_ROWS, MAX_TEXT, MAX_UNPACKED, too_long
from workbench.messages import Joined, Message, Template

TOO_MANY_ROWS = Template(
    "import.too-many-rows", "sheet {sheet}: more than {limit} rows; split the framework or remove empty rows"
)
UNPACKS_TOO_LARGE = Template(
    "import.unpacks-too-large", "the workbook unpacks to {size} MB; at most {limit} MB are read"
)
BAD_QUOTES = Template(
    "import.csv-quotes",
    "line {line}: a quote opened in this row is not closed where its cell ends (read on to line {until}: {detail}); "
    "check the quotes in that row",
)
BROADER_CYCLE = Template("import.broader-cycle", "{place}: broader links go round in a circle: {cycle}")

_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')
_CHUNK = 1 << 20
_CARRY = 4096
"""Bytes kept from the end of one chunk for the next: more than any row tag's attributes."""


class LimitReachedError(Exception):
    """A limit reached while reading; reading stops and the import is refused with `message`."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


_SHORT_FIELDS = frozenset({"key", "label", "kind", "parent", "category", "language"})
"""Columns holding one name (MAX_LABEL characters); the others hold text or lists (MAX_TEXT)."""


def limited(text: str, place: Message, heading: str, field: str) -> str:
    """The text of a cell under the column `heading` (which fills `field`), or reading stops: a cell over its
    limit ends the import at once (LimitReachedError)."""
    problem = too_long(place, heading, text, MAX_LABEL if field in _SHORT_FIELDS else MAX_TEXT)
    if problem is not None:
        raise LimitReachedError(problem)
    return text


def check_unpacked_size(path: Path, source: str) -> None:
    """Refuse a workbook that unpacks to more than MAX_UNPACKED bytes, before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as error:
        # NotImplementedError: a zip that claims a version or compression zipfile cannot read (found by fuzzing).
        raise ImportFileError(source, [wrong.UNREADABLE_XLSX(detail=str(error))]) from error
    if unpacked > MAX_UNPACKED:
        raise ImportFileError(source, [UNPACKS_TOO_LARGE(size=unpacked // 2**20, limit=MAX_UNPACKED // 2**20)])


def scan_workbook(path: Path, source: str) -> dict[str, int]:
    """Worksheet part -> the number of its last row, counted from the raw XML before any workbook reader starts
    (openpyxl reads a whole sheet just to look for its dimension when it has none: 19 s for 3 million rows).
    Refuses a sheet of more than MAX_SHEET_ROWS rows, by its title."""
    last_rows: dict[str, int] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                    continue
                with archive.open(name) as part:
                    last_rows[name] = scan_rows(part, MAX_SHEET_ROWS)
                if last_rows[name] > MAX_SHEET_ROWS:
                    title = _sheet_title(archive, name)
                    raise ImportFileError(source, [TOO_MANY_ROWS(sheet=title, limit=MAX_SHEET_ROWS)])
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as error:
        # A damaged package (a bad checksum, a cut-off member): what openpyxl would have said of it.
        raise ImportFileError(source, [wrong.UNREADABLE_XLSX(detail=str(error))]) from error
    return last_rows


def _sheet_title(archive: zipfile.ZipFile, part: str) -> str:
    """The title a worksheet part has in the workbook (its part name where the workbook cannot say)."""
    from openpyxl.reader.workbook import WorkbookParser  # type: ignore[import-untyped]

    try:
        parser = WorkbookParser(archive, "xl/workbook.xml")
        parser.parse()
        for sheet, relation in parser.find_sheets():
            if relation.target == part:
                return str(sheet.name)
    except Exception:  # a damaged workbook part: the part's own name still says where
        pass
    return part


def fit_dimensions(sheet: Any, last_rows: dict[str, int]) -> None:
    """Keep openpyxl from making up the empty rows a read-only sheet claims (in its dimension) but does not
    hold: a sheet claiming 3 million rows would otherwise be read as that many."""
    last = last_rows.get(sheet._worksheet_path)
    if last is not None and sheet.max_row is not None and sheet.max_row > last:
        sheet.reset_dimensions()


def csv_records(text: str, delimiter: str, source: str, name: str) -> Iterator[list[str]]:
    """The records of a CSV text, at most MAX_SHEET_ROWS of them.

    Read strictly: a quote left open is an error where it shows (at a later quote, or the end of the file) naming
    the line it opened on, not a cell that silently swallows the rows after it."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    count = 0
    while True:
        starts = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            detail = str(error)
            if "expected after" in detail or "unexpected end of data" in detail:
                raise ImportFileError(source, [BAD_QUOTES(line=starts, until=reader.line_num, detail=detail)]) \
                    from error
            raise ImportFileError(source, [wrong.UNREADABLE_CSV(detail=str(error))]) from error
        count += 1
        if count > MAX_SHEET_ROWS:
            raise ImportFileError(source, [TOO_MANY_ROWS(sheet=name, limit=MAX_SHEET_ROWS)])
        yield values


def scan_rows(part: IO[bytes], limit: int) -> int:
    """The number of the last row a worksheet part holds (counting rows without a number too), read as raw
    bytes far faster than a workbook reader can; stops as soon as it passes `limit`."""
    last = count = 0
    carry = b""
    while True:
        chunk = part.read(_CHUNK)
        if not chunk:
            break
        text = carry + chunk
        end = 0
        for match in _ROW.finditer(text):
            count += 1
            number = _ROW_NUMBER.search(match.group(1))
            last = max(last, count, int(number.group(1)) if number else 0)
            end = match.end()
        if last > limit:
            return last
        carry = text[max(end, len(text) - _CARRY):]
    return max(last, count)


def broader_cycles(broader: Mapping[str, Sequence[str]], where: Mapping[str, Message]) -> list[Message]:
    """One problem per circle of broader links among entry keys, placed at its first entry's broader cell."""
    problems = [
        BROADER_CYCLE(place=where[key], cycle=Joined((key, key), " → "))
        for key, parents in sorted(broader.items())
        if key in parents
    ]
    for component in cycles({key: [p for p in parents if p != key] for key, parents in broader.items()}):
        members = set(component)
        start = min(members)
        path = [start]
        # Follow links inside the component back to the start: the circle as a reader would trace it.
        while True:
            step = min(p for p in broader[path[-1]] if p in members)
            if step == start or step in path:
                path.append(step)
                break
            path.append(step)
        problems.append(BROADER_CYCLE(place=where[start], cycle=Joined(tuple(path), " → ")))
    return problems
