"""How tall a row of wrapped text must be, so the workbook prints without overlapping or hidden lines.

Excel fits a row to its wrapped text when it opens a workbook, but LibreOffice and print previews keep whatever
height the file gives, so the exporter sets each row's height from the lines its text takes. The lines are counted
as a spreadsheet wraps them: word by word, with Arial's character widths (the workbook's font; Windows and macOS
have it, and Linux draws it with the same widths as Liberation Sans). A column `w` wide holds `w` digits — measured
in LibreOffice over 600 bundled definitions in columns 12 to 60 wide, this count matched its lines exactly.
"""

from __future__ import annotations

from typing import Any

from workbench.messages import Template

MINUTES_SUFFIX = Template("minutes.suffix", "{path}: minutes are written as .xlsx")

LINE_HEIGHT = 12.0
"""Points per line of wrapped 10-point Arial: LibreOffice takes 11.2, Excel about 12.75."""
ROW_PADDING = 3.0
SINGLE_ROW = 12.75
"""Excel's height of a row of one line of 10-point Arial."""
MAX_LINES = 36
"""A row is never taller than a page (cells are cut at 2,000 characters: `sections.MAX_CELL`)."""

_DIGIT = 556
"""Character widths are in thousandths of the font size, as the fonts' metric files count them."""
_WIDEST = 1015
_SPACE = 278
_REMEMBERED = 80
"""Texts up to this long have their line counts remembered."""
_BOLD = 1.1
"""Bold text is about a tenth wider."""

_WIDTHS: dict[str, int] = {
    " ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667, "'": 191, "(": 333, ")": 333, "*": 389,
    "+": 584, ",": 278, "-": 333, ".": 278, "/": 278, ":": 278, ";": 278, "<": 584, "=": 584, ">": 584, "?": 556,
    "@": 1015, "[": 278, "\\": 278, "]": 278, "^": 469, "_": 556, "`": 333, "{": 334, "|": 260, "}": 334, "~": 584,
    "“": 333, "”": 333, "‘": 222, "’": 222, "—": 1000, "–": 556, "…": 1000, "›": 333, "←": 1000,
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
                                               778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611),
               strict=True)),
    **dict(zip("abcdefghijklmnopqrstuvwxyz", (556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556,
                                               556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500),
               strict=True)),
    "å": 556, "ä": 556, "ö": 556, "é": 556, "ü": 556, "Å": 667, "Ä": 667, "Ö": 778, "É": 667, "Ü": 722,
}
"""Arial's (and Helvetica's) widths of the characters our texts use; other Western European letters count as a
digit, anything else as the widest."""


class LineCounter:
    """Counts the lines a text takes in a column; remembers each word's width, since the same words recur in
    every row of a big sheet."""

    def __init__(self) -> None:
        self._words: dict[str, int] = {}
        self._texts: dict[tuple[str, float], int] = {}
        """Lines of short texts by column: rationales, authors and statuses recur row after row."""

    def word_width(self, word: str) -> int:
        width = self._words.get(word)
        if width is None:
            get = _WIDTHS.get
            # Letters beyond Western European ones (CJK, symbols) count as the widest.
            width = self._words[word] = sum(get(ch, _DIGIT if ch <= "\xff" else _WIDEST) for ch in word)
        return width

    def lines(self, text: str, column_width: float, bold: bool = False, size: float = 10) -> int:
        """Lines of `text` in a column `column_width` characters wide, in `size`-point (bold) Arial."""
        room = room_of(column_width) / (_BOLD if bold else 1) * 10 / size
        if len(text) * _WIDEST <= room and "\n" not in text:
            return 1  # even in the widest letters it fits
        if len(text) > _REMEMBERED:
            return sum(self._wrapped(paragraph, room) for paragraph in text.split("\n"))
        key = (text, room)
        lines = self._texts.get(key)
        if lines is None:
            if len(self._texts) > 100_000:
                self._texts.clear()
            lines = self._texts[key] = sum(self._wrapped(paragraph, room) for paragraph in text.split("\n"))
        return lines

    def _wrapped(self, text: str, room: float) -> int:
        """Lines of one paragraph wrapped greedily at spaces: 3 µs for a sentence of 15 words, its words' widths
        remembered (summing the characters' widths in C without the words took twice as long)."""
        lines, used = 1, -1.0
        known = self._words.get
        for word in text.split(" "):
            width = known(word)
            if width is None:
                width = self.word_width(word)
            if used < 0:
                used = width
            elif used + _SPACE + width <= room:
                used += _SPACE + width
                continue
            else:
                lines += 1
                used = width
            if used > room:  # a word longer than the line breaks inside
                lines += int(used // room)
                used %= room
        return lines


def room_of(column_width: float) -> float:
    """Width available for text in a column `column_width` characters (digits) wide, in font units."""
    return max(column_width * _DIGIT, _DIGIT)


def row_height(lines: int, size: float = 10) -> float:
    """Points a row of `lines` lines of `size`-point text needs."""
    if lines <= 1 and size <= 10:
        return SINGLE_ROW
    return LINE_HEIGHT * size / 10 * min(lines, MAX_LINES) + ROW_PADDING


PAGE_NUMBER = "\0P"
PAGE_COUNT = "\0N"
"""Stand-ins for a page footer's page number and page count, for a translated "Page {page} of {pages}"."""


class PageSetup:
    """How every sheet for people prints: landscape A4, one page wide, a title on the left of the page header
    and the sheet's name on its right, a date and "Page 2 of 5" at the foot, the table's header row repeated."""

    def __init__(self, title: str, date: str, page_of: str) -> None:
        self.header = f"&L{_literal(title)}&R&A"
        self.footer = f"&L{_literal(date)}&R" + _literal(page_of).replace(PAGE_NUMBER, "&P").replace(PAGE_COUNT, "&N")

    def apply(self, sheet: Any, repeat: int | None) -> None:
        """`sheet`: an XlsxWriter worksheet (untyped); `repeat`: the row to print on top of every page."""
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)  # one page wide, as many tall as needed
        sheet.set_margins(left=0.4, right=0.4, top=0.55, bottom=0.55)
        sheet.set_header(self.header, {"margin": 0.25})
        sheet.set_footer(self.footer, {"margin": 0.25})
        sheet.set_default_row(SINGLE_ROW)
        if repeat is not None:
            sheet.repeat_rows(repeat)


def _literal(text: str) -> str:
    """Text as a page header shows it: "&" doubled, and short enough for Excel's limit of 255 characters."""
    return text[:80].replace("&", "&&")
