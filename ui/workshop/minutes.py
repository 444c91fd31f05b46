"""The minutes of a workshop as an Excel sheet that reads and prints well (issue 19).

The outcome first (how many items were decided, parked and left open), then who facilitated and when, then every
agenda item, decided first. Written in the interface language and in the mapper's words: entries named by
framework and label, a decision as the sentence the mapper shows ("SAFe “Capacity” is broader than ITIL 4
“Capacity”"), relations in the words of the mapper's lists, proposed and decided alike. Printed like the
stakeholder workbook: landscape A4, one page wide, the header row repeated, page numbers at the foot; columns
have set widths and rows the height of their wrapped text.
"""

from __future__ import annotations

import io
from pathlib import Path

import xlsxwriter  # type: ignore[import-untyped]  # XlsxWriter ships no type information

from ui.messages import text
from ui.models import local_time, relation_text, relation_word
from ui.translations import QT_TRANSLATE_NOOP, translate
from ui.workshop.session import ItemStatus, Summary, SummaryRow, status_text
from workbench.domain import Ref
from workbench.errors import WorkbenchError
from workbench.exporters.sections import ENTRY
from workbench.exporters.tables import looks_like_formula
from workbench.exporters.xlsx_export import DEFAULT_FORMAT
from workbench.exporters.xlsx_layout import (
    MINUTES_SUFFIX,
    PAGE_COUNT,
    PAGE_NUMBER,
    LineCounter,
    PageSetup,
    row_height,
)
from workbench.files import atomic_path
from workbench.relations import relation_sentence

ORDER = (ItemStatus.DECIDED, ItemStatus.PARKED, ItemStatus.OPEN)

MINUTES_COLUMNS = [
    ("#", 5),
    (QT_TRANSLATE_NOOP("Minutes", "Status"), 10),
    (QT_TRANSLATE_NOOP("Minutes", "Pair, or the decision taken"), 58),
    (QT_TRANSLATE_NOOP("Minutes", "Decided"), 12),
    (QT_TRANSLATE_NOOP("Minutes", "Proposed"), 12),
    (QT_TRANSLATE_NOOP("Minutes", "Score"), 7),
    (QT_TRANSLATE_NOOP("Minutes", "Rationale"), 40),
    (QT_TRANSLATE_NOOP("Minutes", "Decided by"), 16),
    (QT_TRANSLATE_NOOP("Minutes", "Recorded"), 16),
]
"""Each column's English heading and its width in characters."""
_WRAPPED = {2, 6, 7}
_HEADER_ROW = 7


def headings() -> list[str]:
    return [translate("Minutes", title) if title != "#" else title for title, _width in MINUTES_COLUMNS]


def outcome_text(summary: Summary) -> str:
    """The outcome in one line: "10 items: 4 decided, 1 parked, 5 left open." """
    return translate("Summary", "{0} items: {1} decided, {2} parked, {3} left open.").format(
        len(summary.rows), *(summary.count(status) for status in ORDER))


def _name(summary: Summary, ref: Ref, label: str) -> str:
    return text(ENTRY(framework=summary.names.get(ref.framework, ref.framework), label=label))


def pair_or_decision(summary: Summary, row: SummaryRow) -> str:
    """The decision as the mapper says it, or for an item not decided the two entries it is about."""
    decision, item = row.decision, row.item
    if decision is None:
        return translate("Minutes", "{0} ↔ {1}").format(_name(summary, item.subject, item.subject_label),
                                                         _name(summary, item.object, item.object_label))
    names = summary.names
    return text(relation_sentence(decision.predicate, decision.negated, decision.subject_label,
                                  names.get(decision.subject.framework, decision.subject.framework),
                                  decision.object_label, names.get(decision.object.framework,
                                                                   decision.object.framework)))


def cells(summary: Summary, row: SummaryRow) -> list[str | float | int]:
    decision = row.decision
    return [
        row.number,
        status_text(row.status),
        pair_or_decision(summary, row),
        relation_word(row.relation) if row.relation else "",
        relation_text(row.item.predicate, False),
        round(row.item.score, 2),
        row.rationale,
        decision.author if decision is not None else "",
        local_time(decision.updated) if decision is not None else "",
    ]


def write_minutes(summary: Summary, path: Path) -> None:
    """One sheet: the outcome, the session's facts, then every agenda item — decided, then parked, then open."""
    if path.suffix.lower() != ".xlsx":
        raise WorkbenchError(MINUTES_SUFFIX(path=str(path)))
    # Assembled in memory and written out in one go, as the workbook is: XlsxWriter writing the file itself left
    # its zip half-closed on a full disk.
    package = io.BytesIO()
    book = xlsxwriter.Workbook(package, {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False, "default_format_properties": DEFAULT_FORMAT})
    _fill(book, summary)
    book.close()
    with atomic_path(path) as temporary:
        temporary.write_bytes(package.getvalue())


def _fill(book: xlsxwriter.Workbook, summary: Summary) -> None:
    title = book.add_format({"bold": True, "font_size": 14, "text_wrap": False, "valign": "bottom"})
    outcome = book.add_format({"bold": True, "font_size": 12, "text_wrap": False})
    bold = book.add_format({"bold": True})
    header = book.add_format({"bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF"})
    nowrap = book.add_format({"text_wrap": False})
    score = book.add_format({"num_format": "0.00", "text_wrap": False, "align": "center"})
    number = book.add_format({"text_wrap": False, "align": "left"})
    quoted = book.add_format({"quote_prefix": True})
    sheet = book.add_worksheet(translate("Minutes", "Workshop"))
    heading = translate("Minutes", "Workshop minutes")
    PageSetup(f"{heading}: {Path(summary.workspace).name}", summary.started.strftime("%Y-%m-%d"),
              translate("Minutes", "Page {0} of {1}").format(PAGE_NUMBER, PAGE_COUNT)).apply(sheet, _HEADER_ROW)
    for col, (_title, width) in enumerate(MINUTES_COLUMNS):
        sheet.set_column(col, col, width)
    sheet.write_string(0, 0, heading, title)
    sheet.set_row(0, 22)
    sheet.write_string(1, 0, outcome_text(summary), outcome)
    sheet.set_row(1, 18)
    facts = [
        (translate("Minutes", "Facilitator"), summary.facilitator),
        (translate("Minutes", "Workspace"), Path(summary.workspace).name),
        (translate("Minutes", "Started"), summary.started.strftime("%Y-%m-%d %H:%M")),
        (translate("Minutes", "Ended"), summary.ended.strftime("%Y-%m-%d %H:%M")),
    ]
    for row, (name, value) in enumerate(facts, start=2):
        # The fact's name spans the two narrow columns (#, Status), its value the wide one.
        sheet.merge_range(row, 0, row, 1, name, bold)
        sheet.write_string(row, 2, value, quoted if looks_like_formula(value) else nowrap)
    for col, title_text in enumerate(headings()):
        sheet.write_string(_HEADER_ROW, col, title_text, header)
    sheet.freeze_panes(_HEADER_ROW + 1, 0)
    measure = LineCounter()
    row = _HEADER_ROW
    for status in ORDER:
        for item in summary.of(status):
            row += 1
            values = cells(summary, item)
            tallest = 1
            for col, cell in enumerate(values):
                if isinstance(cell, str):
                    if not cell:
                        continue
                    wrapped = col in _WRAPPED
                    plain = None if wrapped else nowrap
                    sheet.write_string(row, col, cell, quoted if looks_like_formula(cell) else plain)
                    if wrapped:
                        tallest = max(tallest, measure.lines(cell, MINUTES_COLUMNS[col][1]))
                elif isinstance(cell, float):
                    sheet.write_number(row, col, cell, score)
                else:
                    sheet.write_number(row, col, cell, number)
            if tallest > 1:
                sheet.set_row(row, row_height(tallest))
