"""The Excel workbook for stakeholders: About, Glossary, Processes, Coverage, Decisions and Open questions, and on
request a last sheet for programs (the decisions in SSSOM's names and codes).

Written for people who read it on screen and on paper (issue 19): every text in the reader's language (a
`Renderer`), entries named by framework and label, relations in words; each sheet opens with a line saying what it
holds, and prints landscape on A4, one page wide, with its header row repeated, the workbook's title and the
sheet's name at the top and page numbers at the foot. Column widths and wrapping are set per column, and row
heights from the wrapped text, since LibreOffice and print previews do not fit rows to their text.

Written with XlsxWriter, faster than openpyxl's write-only mode and storing repeated text once; the tests reopen
the file with openpyxl. No cell is ever a formula: text goes in with `write_string`, and text that starts like a
formula (`=`, `+`, `-`, `@`, tab) also carries Excel's "quote prefix" style, the same as typing a leading
apostrophe, so it stays text even when someone edits the cell. The stored text is unchanged.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]  # XlsxWriter ships no type information
from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]
from xlsxwriter.format import Format  # type: ignore[import-untyped]
from xlsxwriter.worksheet import Worksheet  # type: ignore[import-untyped]

from workbench.exporters import about
from workbench.exporters.sections import legend
from workbench.exporters.tables import FORMULA_STARTS, ExportView, Progress, Table, looks_like_formula
from workbench.exporters.view import build_view
from workbench.exporters.xlsx_layout import (
    PAGE_COUNT,
    PAGE_NUMBER,
    LineCounter,
    PageSetup,
    row_height,
)
from workbench.files import atomic_path
from workbench.memory import collector_paused
from workbench.messages import ENGLISH, Renderer
from workbench.text import printable
from workbench.workspace import Workspace

# Colours of the relation words (coverage matrix, decisions, legend), light enough to print in black and white.
RELATION_COLOURS = {
    "exact": "#A9D08E",
    "close": "#C6E0B4",
    "broader": "#FFE699",
    "narrower": "#F8CBAD",
    "related": "#BDD7EE",
    "not a match": "#D9D9D9",
}
_PROGRESS_EVERY = 2000
FINE_PRINT = 9
"""Points of the frameworks' attribution and licence texts on the About sheet."""
_INVALID_SHEET_CHARACTERS = str.maketrans({c: " " for c in "[]:*?/\\"})

DEFAULT_FORMAT = {"font_name": "Arial", "font_size": 10, "valign": "top", "text_wrap": True}
"""The workbook's default cell style (style 0): wrapped, top-aligned 10-point Arial, which Windows and macOS have
and Linux draws with the same widths (Liberation Sans), so rows are as tall as their text everywhere; Calibri
became a wider font on Linux and the text overran its rows. Ordinary text cells are
written with no format of their own and take this one, which makes writing 50,000 rows about a fifth faster
than giving every cell an explicit wrapped style; every other format starts from it."""


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        single_line = {"text_wrap": False, "valign": "bottom"}
        self.title = book.add_format({**single_line, "bold": True, "font_size": 14})
        self.heading = book.add_format({**single_line, "bold": True, "font_size": 12})
        self.note = book.add_format({"italic": True, "font_color": "#404040"})
        self.fine = book.add_format({"italic": True, "font_color": "#404040", "font_size": FINE_PRINT})
        self.link = book.add_format({"text_wrap": False, "font_color": "#0563C1", "underline": 1})
        self.header = book.add_format({"bold": True, "text_wrap": True, "bg_color": "#1F4E78",
                                       "font_color": "#FFFFFF"})
        self.nowrap = book.add_format({"text_wrap": False})
        self.bold = book.add_format({"bold": True})
        self.quoted = book.add_format({"quote_prefix": True})
        self.number = book.add_format({"num_format": "0.00"})
        self.relation = {
            key: book.add_format({"bg_color": colour, "text_wrap": False}) for key, colour in RELATION_COLOURS.items()
        }
        self.measure = LineCounter()
        """Counts wrapped lines, for row heights; one per workbook, remembering word widths across sheets."""


def export_xlsx(
    workspace: Workspace,
    path: Path,
    *,
    progress: Progress | None = None,
    renderer: Renderer = ENGLISH,
    sssom_sheet: bool = False,
) -> None:
    """`renderer`: the language of every text (the desktop application passes its interface's); `sssom_sheet`:
    add the decisions for programs as a last sheet."""
    # The collector would scan the hundreds of thousands of rows, cells and formats built here again and again,
    # a fifth of the export's time, and they hold no reference cycles to free.
    with collector_paused():
        _export(workspace, path, progress, renderer, sssom_sheet)


def _export(workspace: Workspace, path: Path, progress: Progress | None, renderer: Renderer,
            sssom_sheet: bool) -> None:
    view = build_view(workspace, renderer=renderer, entry_details=False, machine=sssom_sheet)
    tables = view.people_tables + ([view.table("mappings")] if sssom_sheet else [])
    counter = _Counter(sum(len(table.rows) for table in tables), progress)
    # The package is assembled in memory and written out by us: when XlsxWriter wrote the file itself, a full
    # disk left its zip writer half-closed, failing again whenever it was collected.
    package = io.BytesIO()
    book = xlsxwriter.Workbook(
        package,
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
         "default_format_properties": DEFAULT_FORMAT},
    )
    heading = view.text(about.HEADING(workspace=view.workspace_name))
    book.set_properties({"title": heading, "comments": "Exported by the Framework Harmonisation Workbench"})
    formats = _Formats(book)
    names = sheet_names([view.text(about.ABOUT_TITLE()), *(table.title for table in tables)])
    page = PageSetup(heading, view.created.strftime("%Y-%m-%d"),
                     view.text(about.PAGE_FOOTER(page=PAGE_NUMBER, pages=PAGE_COUNT)))
    _about(book.add_worksheet(names[0]), view, list(zip(names[1:], tables, strict=True)), formats, page)
    for name, table in zip(names[1:], tables, strict=True):
        _table_sheet(book.add_worksheet(name), table, view, formats, counter, page, names[0])
    with atomic_path(path) as temporary:
        try:
            book.close()
        except FileCreateError as error:
            # Its temporary files (in the system's temporary folder) could not be written: a full disk there.
            cause = error.args[0] if error.args and isinstance(error.args[0], OSError) else OSError(str(error))
            raise cause from error
        temporary.write_bytes(package.getvalue())
    counter.finish()


def sheet_names(titles: list[str]) -> list[str]:
    """Titles as Excel allows sheet names: at most 31 characters, none of []:*?/\\, each different."""
    names: list[str] = []
    for title in titles:
        name = title.translate(_INVALID_SHEET_CHARACTERS).strip("' ")[:31] or "Sheet"
        base, number = name, 2
        while name.casefold() in (taken.casefold() for taken in names):
            suffix = f" ({number})"
            name, number = base[: 31 - len(suffix)] + suffix, number + 1
        names.append(name)
    return names


class _Counter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def step(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None and rows:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def _note(sheet: Worksheet, row: int, text: str, last_col: int, width: float, formats: _Formats,
          fmt: Format | None, first_col: int = 0, size: float = 10) -> None:
    """Wrapped text across columns `first_col` to `last_col` (`width` characters), its row as tall as its lines."""
    if last_col > first_col:
        sheet.merge_range(row, first_col, row, last_col, text, fmt)
    else:
        sheet.write_string(row, first_col, text, fmt)
    sheet.set_row(row, row_height(formats.measure.lines(text, width, size=size), size))


def _about(sheet: Worksheet, view: ExportView, sheets: list[tuple[str, Table]], formats: _Formats,
           page: PageSetup) -> None:
    page.apply(sheet, repeat=None)
    columns = about.framework_columns(view)
    for col, column in enumerate(columns):
        sheet.set_column(col, col, column.width)
    last = len(columns) - 1
    rest = sum(column.width for column in columns[1:])
    everything = rest + columns[0].width
    sheet.write_string(0, 0, view.text(about.HEADING(workspace=view.workspace_name)), formats.title)
    sheet.set_row(0, 22)
    _note(sheet, 1, view.text(about.INTRODUCTION()), last, everything, formats, formats.note)

    row = 3
    _heading(sheet, row, view.text(about.HOW_TO_READ()), formats)
    _note(sheet, row + 1, view.text(about.READING_ORDER()), last, everything, formats, formats.note)
    row += 2
    for name, table in sheets:
        sheet.write_url(row, 0, f"internal:'{name}'!A1", formats.link, name)
        description = table.description if not table.machine else view.text(about.SSSOM_ABOUT())
        _note(sheet, row, description, last, rest, formats, None, first_col=1)
        row += 1

    row += 1
    _heading(sheet, row, view.text(about.LEGEND()), formats)
    row += 1
    for key, word, meaning in legend(view):
        sheet.write_string(row, 0, word, formats.relation[key])
        _note(sheet, row, meaning, last, rest, formats, None, first_col=1)
        row += 1

    row += 1
    _heading(sheet, row, view.text(about.FACTS()), formats)
    row += 1
    for name, value in about.facts(view):
        sheet.write_string(row, 0, name, formats.bold)
        _write_text(sheet, row, 1, value, formats, formats.nowrap)
        row += 1

    row += 1
    sheet.set_h_pagebreaks([row])  # the frameworks, their editions and licences on a page of their own
    _heading(sheet, row, view.text(about.FRAMEWORKS()), formats)
    row += 1
    for col, column in enumerate(columns):
        sheet.write_string(row, col, column.title, formats.header)
    for values, notes in zip(about.framework_rows(view), about.framework_notes(view), strict=True):
        row += 1
        tallest = 1
        for col, (cell, column) in enumerate(zip(values, columns, strict=True)):
            if isinstance(cell, str):
                _write_text(sheet, row, col, cell, formats, formats.bold if col == 0 else None)
                tallest = max(tallest, formats.measure.lines(cell, column.width, bold=col == 0))
            elif cell is not None:
                sheet.write_number(row, col, cell)
        sheet.set_row(row, row_height(tallest))
        if notes:
            row += 1
            _note(sheet, row, notes, last, everything, formats, formats.fine, size=FINE_PRINT)


def _heading(sheet: Worksheet, row: int, text: str, formats: _Formats) -> None:
    sheet.write_string(row, 0, text, formats.heading)
    sheet.set_row(row, 18)


def _write_text(sheet: Worksheet, row: int, col: int, text: str, formats: _Formats, plain: Format | None) -> None:
    text = printable(text)
    sheet.write_string(row, col, text, formats.quoted if looks_like_formula(text) else plain)


def _table_sheet(sheet: Worksheet, table: Table, view: ExportView, formats: _Formats, counter: _Counter,
                 page: PageSetup, about_name: str) -> None:
    for col, column in enumerate(table.columns):
        sheet.set_column(col, col, column.width)
    last = len(table.columns) - 1
    width = sum(column.width for column in table.columns)
    _note(sheet, 0, table.description, last, width, formats, formats.note)
    sheet.write_url(1, 0, f"internal:'{about_name}'!A1", formats.link, view.text(about.BACK()))
    top = 2
    if table.legend:
        for key, word, meaning in legend(view):
            sheet.write_string(top, 0, word, formats.relation[key])
            _note(sheet, top, meaning, last, width - table.columns[0].width, formats, None, first_col=1)
            top += 1
    page.apply(sheet, repeat=top)
    if not table.rows:
        sheet.write_string(top, 0, table.empty_note, formats.note)
        sheet.set_column(0, 0, 90)
        return
    sheet.freeze_panes(top + 1, 0)
    _table(sheet, top, table, table.key.title().replace("_", ""), formats, counter)


def _table(sheet: Worksheet, top: int, table: Table, name: str, formats: _Formats, counter: _Counter | None) -> None:
    """An Excel table at row `top`: header from the columns, then the rows, each as tall as its wrapped text."""
    columns, rows = table.columns, table.rows
    lines = formats.measure.lines
    sheet.set_row(top, row_height(max(lines(column.title, column.width, bold=True) for column in columns)))
    headers: list[dict[str, Any]] = [
        {"header": title, "header_format": formats.header} for title in _unique(table.headings)
    ]
    sheet.add_table(top, 0, top + max(len(rows), 1), len(columns) - 1,
                    {"name": name, "columns": headers, "style": "Table Style Light 9"})
    # Per column: the format of its plain text (None: the default wrapped style) and how to colour relation words.
    plain = [None if column.wrap else formats.nowrap for column in columns]
    colours = [
        {word: formats.relation[key] for word, key in table.relation_keys.items()} if column.relation else None
        for column in columns
    ]
    wrapped = [(col, column.width) for col, column in enumerate(columns) if column.wrap]
    numbers = [formats.number if column.number else None for column in columns]
    # In an emphasised row the columns that name it are bold.
    strong_formats = [formats.bold if column.names_row else plain[col] for col, column in enumerate(columns)]
    strong_columns = {col for col, column in enumerate(columns) if column.names_row}
    quoted, emphasised = formats.quoted, table.emphasised
    write_string, write_number, set_row = sheet.write_string, sheet.write_number, sheet.set_row
    for index, values in enumerate(rows):
        row = top + 1 + index
        strong = index in emphasised
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                value = printable(value)  # old workspaces may hold control characters imported before the filter
                colour = colours[col]
                if colour is not None and value in colour:
                    write_string(row, col, value, colour[value])
                elif value.startswith(FORMULA_STARTS):
                    write_string(row, col, value, quoted)
                else:
                    write_string(row, col, value, strong_formats[col] if strong else plain[col])
            else:
                write_number(row, col, value, numbers[col] if isinstance(value, float) else None)
        tallest = 1
        for col, width in wrapped:
            value = values[col]
            if isinstance(value, str) and value:
                tallest = max(tallest, lines(value, width, strong and col in strong_columns))
        if tallest > 1:
            set_row(row, row_height(tallest))
        if counter is not None and index % _PROGRESS_EVERY == _PROGRESS_EVERY - 1:
            counter.step(_PROGRESS_EVERY)
    if counter is not None:
        counter.step(len(rows) % _PROGRESS_EVERY)


def _unique(titles: list[str]) -> list[str]:
    """Excel refuses a table whose header names repeat: a repeated one gets a number."""
    seen: set[str] = set()
    unique = []
    for title in titles:
        name, number = title or "-", 2
        while name.casefold() in seen:
            name, number = f"{title} ({number})", number + 1
        seen.add(name.casefold())
        unique.append(name)
    return unique
