"""Render the stakeholder deliverables as a stakeholder sees them on paper, and report how they print.

Builds the realistic review of scripts/review_scenario.py (or takes a workspace), writes the workbook, workshop
minutes of a session over one framework pair, and the HTML page; converts the workbook and the minutes to PDF with
LibreOffice (headless) and the page with Chromium when it is installed; reports the pages each sheet prints on, the
longest cell and any SSSOM or SKOS code on a sheet for people; and writes a PNG of the first page of each sheet
into docs/screenshots/.

    .venv/bin/python scripts/render_deliverables.py                      # the review scenario, PNGs included
    .venv/bin/python scripts/render_deliverables.py --workspace ws.db --no-screenshots --language sv

Needs LibreOffice and poppler's tools (Debian/Ubuntu: apt-get install libreoffice-calc poppler-utils);
Chromium (apt-get install chromium) for the HTML page.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workbench.domain import Suggestion  # noqa: E402
from workbench.exporters import export  # noqa: E402
from workbench.workspace import Workspace  # noqa: E402

SCREENSHOTS = ROOT / "docs" / "screenshots"
RESOLUTION = 100
"""Dots per inch of the PNGs: an A4 page 1,169 pixels wide, its 10-point text readable without zooming."""
CODES = re.compile(r"\b(skos|semapv|sssom|owl|rdfs):|\b(subject|object|predicate|mapping)_(id|label|modifier)\b")
"""SSSOM and SKOS names that must not reach a sheet for people."""
MAX_CELL = 2000
SHEET_KEYS = ("about", "glossary", "processes", "coverage", "decisions", "open-questions", "sssom")
"""The workbook's sheets in order, as the PNGs are named whatever the language."""


@dataclass
class Rendered:
    pdf: Path
    pages: int
    by_sheet: Counter[str] = field(default_factory=Counter)
    first_page: dict[str, int] = field(default_factory=dict)
    """Sheet -> the number of its first page in the PDF."""


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install LibreOffice and poppler-utils (see this script's help)")
    return found


def to_pdf(document: Path, folder: Path) -> Path:
    """`document` converted by LibreOffice, headless, with a profile of its own (a running LibreOffice is left
    alone)."""
    profile = folder / "lo-profile"
    subprocess.run([tool("soffice"), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(document)], check=True, capture_output=True, timeout=300)
    pdf = folder / (document.stem + ".pdf")
    if not pdf.is_file():
        raise SystemExit(f"LibreOffice wrote no PDF for {document}")
    return pdf


def page_count(pdf: Path) -> int:
    info = subprocess.run([tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def pages_by_sheet(pdf: Path, sheets: list[str]) -> Rendered:
    """Which sheet each page belongs to, read from the page header, whose right-hand side names the sheet."""
    text = subprocess.run([tool("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    rendered = Rendered(pdf, page_count(pdf))
    longest_first = sorted(sheets, key=len, reverse=True)
    for number, page in enumerate(text.split("\f")[: rendered.pages], start=1):
        head = next((line.strip() for line in page.splitlines() if line.strip()), "")
        sheet = next((name for name in longest_first if head.endswith(name)), "?")
        rendered.by_sheet[sheet] += 1
        rendered.first_page.setdefault(sheet, number)
    return rendered


def png(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run([tool("pdftoppm"), "-png", "-r", str(RESOLUTION), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)


def cells(xlsx: Path) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) of every text cell."""
    from openpyxl import load_workbook

    book = load_workbook(xlsx, read_only=True)
    found = []
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found.append((sheet.title, cell.coordinate, cell.value))
    book.close()
    return found


def check_workbook(xlsx: Path, machine_sheets: tuple[str, ...] = ("SSSOM",)) -> tuple[tuple[str, str, int], list]:
    """The longest cell (sheet, cell, characters) and the codes found on sheets for people."""
    texts = cells(xlsx)
    sheet, cell, value = max(texts, key=lambda found: len(found[2]))
    codes = [(s, c, v) for s, c, v in texts if s not in machine_sheets and CODES.search(v)]
    return (sheet, cell, len(value)), codes


def write_minutes(workspace: Workspace, path: Path, items: list[Suggestion]) -> None:
    """Minutes of a workshop over `items` (the engine's proposals): those the review decided are decided, every
    ninth parked, the last four left open."""
    from ui.workshop.minutes import write_minutes as write
    from ui.workshop.session import ItemStatus, Summary, SummaryRow

    rows = []
    for number, item in enumerate(items, start=1):
        decision = workspace.mapping_between(item.subject, item.object)
        parked, left_open = number % 9 == 0, number > len(items) - 4
        status = ItemStatus.PARKED if parked else ItemStatus.OPEN if left_open or decision is None else \
            ItemStatus.DECIDED
        decided = decision if status is ItemStatus.DECIDED else None
        rows.append(SummaryRow(number, status, item, decided, decided.comment if decided else ""))
    started = datetime(2026, 12, 3, 9, 0)
    names = {framework.key: framework.short_name for framework in workspace.frameworks()}
    write(Summary("Anna Berg", started, started + timedelta(hours=2), str(workspace.path), tuple(rows), names), path)


def agenda(workspace: Workspace) -> list[Suggestion]:
    """A workspace's decisions between its first two frameworks as workshop items, scored by their confidence
    (the engine proposes no pair already decided)."""
    keys = [framework.key for framework in workspace.frameworks()][:2]
    decisions = workspace.mappings(*keys) if len(keys) == 2 else []
    return [Suggestion(d.subject, d.subject_label, d.object, d.object_label, d.confidence, d.predicate, ())
            for d in decisions[:24]]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def render_html(html: Path, folder: Path) -> tuple[Path, Path] | None:
    """The page printed to PDF and shown at 1400×1000 by headless Chromium; None without Chromium."""
    browser = chromium()
    if browser is None:
        return None
    common = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              f"--user-data-dir={folder / 'chromium-profile'}"]
    pdf, screen = folder / "page.pdf", folder / "page-screen.png"
    subprocess.run([*common, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", html.as_uri()], check=True,
                   capture_output=True, timeout=300)
    subprocess.run([*common, "--window-size=1400,1000", f"--screenshot={screen}", html.as_uri()], check=True,
                   capture_output=True, timeout=300)
    return pdf, screen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", type=Path, help="render this workspace instead of the review scenario")
    parser.add_argument("--out", type=Path, help="folder for the files and PDFs (default: a temporary one)")
    parser.add_argument("--no-screenshots", action="store_true", help="write no PNGs into docs/screenshots/")
    parser.add_argument("--language", choices=["en", "sv"], default="en", help="the language of the deliverables")
    args = parser.parse_args(argv)
    folder = args.out or Path(tempfile.mkdtemp(prefix="deliverables-"))
    folder.mkdir(parents=True, exist_ok=True)
    renderer = None
    if args.language != "en":
        from PySide6.QtCore import QCoreApplication

        from ui.messages import INTERFACE
        from ui.translations import install_translator

        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        install_translator(app, args.language)
        renderer = INTERFACE
    items: list[Suggestion] | None = None
    if args.workspace is None:
        from review_scenario import build  # type: ignore[import-not-found]  # beside this script

        path = folder / "review.workbench"
        # The workshop's agenda: the engine's proposals for the first pair, as the review took them.
        items = [decided.item for decided in build(path) if decided.item.object.framework == "safe"][:24]
    else:
        path = args.workspace
    xlsx, minutes, html = folder / "workbook.xlsx", folder / "minutes.xlsx", folder / "page.html"
    with Workspace.open(path) as workspace:
        export(workspace, "xlsx", xlsx, renderer=renderer)
        export(workspace, "html", html, renderer=renderer)
        write_minutes(workspace, minutes, items if items is not None else agenda(workspace))
    from openpyxl import load_workbook

    sheets = load_workbook(xlsx, read_only=True).sheetnames
    workbook = pages_by_sheet(to_pdf(xlsx, folder), sheets)
    print(f"workbook: {workbook.pages} pages ({xlsx})")
    for sheet in sheets:
        print(f"  {sheet}: {workbook.by_sheet[sheet]}")
    longest, codes = check_workbook(xlsx)
    print(f"longest cell: {longest[0]}!{longest[1]}, {longest[2]} characters (bar {MAX_CELL})")
    print(f"SSSOM or SKOS codes on sheets for people: {len(codes)}" + "".join(f"\n  {c}" for c in codes[:5]))
    minutes_sheets = load_workbook(minutes, read_only=True).sheetnames
    notes = pages_by_sheet(to_pdf(minutes, folder), minutes_sheets)
    print(f"minutes: {notes.pages} pages ({minutes})")
    page = render_html(html, folder)
    if page is not None:
        print(f"HTML page: {page_count(page[0])} pages printed ({html})")
    else:
        print("HTML page: not printed (no Chromium)")
    if not args.no_screenshots:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        suffix = "" if args.language == "en" else f"-{args.language}"
        written = []
        for key, sheet in zip(SHEET_KEYS, sheets, strict=False):
            if sheet in workbook.first_page:
                target = SCREENSHOTS / f"workbook-{key}{suffix}.png"
                png(workbook.pdf, workbook.first_page[sheet], target)
                written.append(target)
        target = SCREENSHOTS / f"minutes{suffix}.png"
        png(notes.pdf, 1, target)
        written.append(target)
        if page is not None:
            target = SCREENSHOTS / f"html-print{suffix}.png"
            png(page[0], 1, target)
            shutil.copyfile(page[1], SCREENSHOTS / f"html-screen{suffix}.png")
            written += [target, SCREENSHOTS / f"html-screen{suffix}.png"]
        print("screenshots: " + ", ".join(str(p.relative_to(ROOT)) for p in written))
    return 1 if codes or longest[2] > MAX_CELL else 0


if __name__ == "__main__":
    raise SystemExit(main())
