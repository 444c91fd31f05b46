"""The Excel workbook for stakeholders: About, Glossary, Processes, Coverage, Mappings and Open questions.

Written with XlsxWriter, which is faster than openpyxl's write-only mode and stores repeated text once; the
tests reopen the file with openpyxl. Every sheet holds a real Excel table (filters, banding) under a one-line
description, with a frozen header, wrapped text, widths from the content, and a landscape, fit-to-width print
setup that repeats the header on each page.

No cell is ever a formula: text goes in with `write_string`, and text that starts like a formula (`=`, `+`,
`-`, `@`, tab) also carries Excel's "quote prefix" style, the same as typing a leading apostrophe, so it stays
text even when someone edits the cell. The stored text is unchanged, so the workbook can be read back exactly.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]  # XlsxWriter ships no type information
from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]
from xlsxwriter.format import Format  # type: ignore[import-untyped]
from xlsxwriter.worksheet import Worksheet  # type: ignore[import-untyped]

from workbench.exporters.tables import (
    FORMULA_STARTS,
    FRAMEWORK_COLUMNS,
    LEGEND,
    Cell,
    ExportView,
    Progress,
    Table,
    about_rows,
    build_view,
    framework_rows,
    looks_like_formula,
)
from workbench.files import atomic_path
from workbench.text import printable
from workbench.workspace import Workspace

SHEETS = ("About", "Glossary", "Processes", "Coverage", "Mappings", "Open questions")
_IN_WORKBOOK = {"glossary", "processes", "coverage", "mappings", "open_questions"}

# Colours of the relation words (coverage matrix, legend), light enough to print in black and white.
RELATION_COLOURS = {
    "exact": "#A9D08E",
    "close": "#C6E0B4",
    "broader": "#FFE699",
    "narrower": "#F8CBAD",
    "related": "#BDD7EE",
    "not": "#D9D9D9",
}
_HEADER_ROW = 2
"""Row 0 holds the sheet's description, row 1 a link back to About, the table starts at row 2."""
_WIDTH_SAMPLE = 300
_LINE_HEIGHT = 13.5
"""Points per line of 10-point text."""
_PROGRESS_EVERY = 2000
_FRAMEWORK_WIDTHS = [22, 34, 24, 24, 10, 10, 40, 40]
"""Column widths of the About sheet's frameworks table, in characters; they are the sheet's column widths."""


DEFAULT_FORMAT = {"font_name": "Calibri", "font_size": 10, "valign": "top", "text_wrap": True}
"""The workbook's default cell style (style 0): wrapped, top-aligned 10-point text. Ordinary text cells are
written with no format of their own and take this one, which makes writing 50,000 rows about a fifth faster
than giving every cell an explicit wrapped style; every other format starts from it."""


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        single_line = {"text_wrap": False, "valign": "bottom"}
        self.title = book.add_format({**single_line, "bold": True, "font_size": 14})
        self.note = book.add_format({**single_line, "italic": True, "font_color": "#595959"})
        self.link = book.add_format({**single_line, "font_color": "#0563C1", "underline": 1})
        self.label = book.add_format({"bold": True})
        self.header = book.add_format({"bold": True, "text_wrap": True, "bg_color": "#1F4E78",
                                       "font_color": "#FFFFFF"})
        self.wrap = book.add_format({"text_wrap": True})
        self.wrap_quoted = book.add_format({"text_wrap": True, "quote_prefix": True})
        self.number = book.add_format({"num_format": "0.00"})
        self.relation = {
            word: book.add_format({"bg_color": colour, "align": "center"})
            for word, colour in RELATION_COLOURS.items()
        }


def export_xlsx(workspace: Workspace, path: Path, *, progress: Progress | None = None) -> None:
    view = build_view(workspace, entry_details=False)
    total = sum(len(table.rows) for table in view.tables if table.key in _IN_WORKBOOK)
    counter = _Counter(total, progress)
    # The package is assembled in memory and written out by us: when XlsxWriter wrote the file itself, a full
    # disk left its zip writer half-closed, failing again whenever it was collected.
    package = io.BytesIO()
    book = xlsxwriter.Workbook(
        package,
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
         "default_format_properties": DEFAULT_FORMAT},
    )
    book.set_properties({"title": f"Framework harmonisation: {view.workspace_name}",
                         "comments": "Exported by the Framework Harmonisation Workbench"})
    formats = _Formats(book)
    _about(book.add_worksheet("About"), view, formats)
    for table in view.tables:
        if table.key in _IN_WORKBOOK:
            _table_sheet(book.add_worksheet(table.title), table, formats, counter)
    with atomic_path(path) as temporary:
        try:
            book.close()
        except FileCreateError as error:
            # Its temporary files (in the system's temporary folder) could not be written: a full disk there.
            cause = error.args[0] if error.args and isinstance(error.args[0], OSError) else OSError(str(error))
            raise cause from error
        temporary.write_bytes(package.getvalue())
    counter.finish()


class _Counter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def step(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % _PROGRESS_EVERY == 0:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def _write_text(sheet: Worksheet, row: int, col: int, text: str, formats: _Formats, plain: Format) -> None:
    text = printable(text)
    sheet.write_string(row, col, text, formats.wrap_quoted if looks_like_formula(text) else plain)


def _about(sheet: Worksheet, view: ExportView, formats: _Formats) -> None:
    _print_setup(sheet, repeat=None)
    sheet.write_string(0, 0, "Framework harmonisation", formats.title)
    sheet.write_string(1, 0, "How the frameworks in this workspace line up, for reading and review.", formats.note)
    row = 3
    for name, value in about_rows(view):
        sheet.write_string(row, 0, name, formats.label)
        _write_text(sheet, row, 1, value, formats, formats.wrap)
        # Column B is as wide as the frameworks table below makes it; a longer value ("Framework Harmonisation
        # Workbench 0.1.0", a workspace's file name) wraps, and LibreOffice drew the second line over the next row.
        lines = _line_count(value, _FRAMEWORK_WIDTHS[1])
        if lines > 1:
            sheet.set_row(row, _LINE_HEIGHT * lines)
        row += 1

    row += 1
    sheet.write_string(row, 0, "Contents", formats.label)
    row += 1
    for title in SHEETS[1:]:
        sheet.write_url(row, 0, f"internal:'{title}'!A1", formats.link, title)
        row += 1

    row += 1
    sheet.write_string(row, 0, "Frameworks", formats.label)
    row += 1
    rows = framework_rows(view)
    _table(sheet, row, list(FRAMEWORK_COLUMNS), rows, "Frameworks", formats, None, widths=_FRAMEWORK_WIDTHS)
    row += max(len(rows), 1) + 2

    sheet.write_string(row, 0, "Legend", formats.label)
    row += 1
    for word, meaning in LEGEND:
        sheet.write_string(row, 0, word, formats.relation[word])
        sheet.write_string(row, 1, meaning, formats.wrap)
        sheet.set_row(row, _LINE_HEIGHT * _line_count(meaning, 32))
        row += 1


def _table_sheet(sheet: Worksheet, table: Table, formats: _Formats, counter: _Counter) -> None:
    sheet.write_string(0, 0, table.description, formats.note)
    sheet.write_url(1, 0, "internal:'About'!A1", formats.link, "← About")
    _print_setup(sheet, repeat=_HEADER_ROW)
    if not table.rows:
        sheet.write_string(_HEADER_ROW + 1, 0, table.empty_note, formats.note)
        sheet.set_column(0, 0, 90)
        return
    sheet.freeze_panes(_HEADER_ROW + 1, 0)
    _table(sheet, _HEADER_ROW, table.columns, table.rows, table.title.replace(" ", ""), formats, counter,
           table.relation_columns, _widths(table.columns, table.rows))


def _table(
    sheet: Worksheet,
    top: int,
    columns: list[str],
    rows: list[list[Cell]],
    name: str,
    formats: _Formats,
    counter: _Counter | None,
    relation_columns: tuple[int, ...] = (),
    widths: list[int] | None = None,
) -> None:
    """An Excel table at row `top`: header from `columns`, then `rows`.

    Row heights are set from the wrapped text's line count: Excel fits them on opening, but LibreOffice and
    print previews keep the default height and the lines overlap."""
    coloured = set(relation_columns)
    if widths is not None:
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        chars = [max(int(width * 1.2) - 2, 1) for width in widths]
        sheet.set_row(top, _LINE_HEIGHT * max(_line_count(c, w) for c, w in zip(columns, chars, strict=True)))
    headers: list[dict[str, Any]] = [
        {"header": column, "header_format": formats.header} for column in columns
    ]
    last = top + max(len(rows), 1)
    sheet.add_table(top, 0, last, len(columns) - 1, {"name": name, "columns": headers,
                                                    "style": "Table Style Light 9"})
    # Plain text goes in with no format: it takes the default style, which is the wrapped one.
    quoted, number, relation = formats.wrap_quoted, formats.number, formats.relation
    write_string, write_number = sheet.write_string, sheet.write_number
    for index, values in enumerate(rows, start=top + 1):
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                value = printable(value)
                if col in coloured and value in relation:
                    write_string(index, col, value, relation[value])
                else:
                    # Inline rather than via _write_text: this loop writes every cell of a 50,000-row sheet.
                    write_string(index, col, value, quoted if value.startswith(FORMULA_STARTS) else None)
            else:
                write_number(index, col, value, number if isinstance(value, float) else None)
        if widths is not None:
            # Only text longer than its column can wrap; measuring just those keeps this cheap on big sheets.
            lines = max(
                [1, *(_line_count(value, chars[col]) for col, value in enumerate(values)
                      if isinstance(value, str) and (len(value) > chars[col] or "\n" in value))]
            )
            if lines > 1:
                sheet.set_row(index, _LINE_HEIGHT * min(lines, 30))
        if counter is not None:
            counter.step()



_LONG_TEXT = {"definition", "description", "question", "comment", "attribution", "licence"}


def _widths(columns: list[str], rows: list[list[Cell]]) -> list[int]:
    """Widths from the headings and a sample of the content: wide enough to read, never wider than a page."""
    widths = []
    for col, column in enumerate(columns):
        longest = max(
            [len(column) + 3, *(len(str(row[col])) for row in rows[:_WIDTH_SAMPLE] if row[col] is not None)]
        )
        widths.append(min(max(longest + 1, 8), 60 if column.casefold() in _LONG_TEXT else 30))
    return widths


def _line_count(text: str, width: int) -> int:
    return sum(len(line) // width + 1 for line in text.split("\n"))


def _print_setup(sheet: Worksheet, repeat: int | None) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)  # one page wide, as many tall as needed
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_header("&L&A&R&D")
    sheet.set_footer("&CPage &P of &N")
    if repeat is not None:
        sheet.repeat_rows(repeat)
