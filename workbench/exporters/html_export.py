"""A single-file HTML page for an intranet or for printing: the workbook's sections in the workbook's order.

About (what this is, how to read it, the frameworks, the legend), Glossary, Processes, Coverage, Decisions and
Open questions, laid out from the same tables as the workbook (`workbench.exporters.view`), in the reader's
language; then the framework entries those sections name, with the frameworks' own definitions (every entry, when
nothing is decided yet, so the page still serves as the frameworks' glossary). Everything is in the one file: the
style sheet is inline and nothing is loaded from elsewhere, so the page works offline and behind any proxy. All
text is HTML-escaped.

On screen wide tables scroll inside their section instead of running past the page; printed, the page is A4
landscape, tables repeat their header on each page, rows are not split, and each section starts a new page.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from pathlib import Path

from workbench.domain import EntryRecord, Kind, Ref
from workbench.exporters import about
from workbench.exporters.processes import description_lines, outline, trace_messages
from workbench.exporters.sections import label_key, legend
from workbench.exporters.tables import ExportView, Table
from workbench.exporters.view import build_view
from workbench.files import atomic_write
from workbench.memory import collector_paused
from workbench.messages import ENGLISH, Joined, Renderer, Template, Word
from workbench.text import printable
from workbench.unified_model import Member
from workbench.workspace import Workspace

CONTENTS = Template("export.html.contents", "Contents")
EXPORTED = Template(
    "export.html.exported",
    "Exported {date} by the Framework Harmonisation Workbench. Definitions are the workspace's own wording; the "
    "frameworks' names belong to their owners.",
)
ENTRIES_TITLE = Template("export.html.entries", "Framework entries")
ENTRIES_NAMED = Template("export.html.entries-named",
                         "The framework entries named above, with each framework's own definition.")
ENTRIES_ALL = Template("export.html.entries-all",
                       "Nothing is decided yet: every entry of every framework, with its own definition.")
NO_DEFINITION = Template("export.html.no-definition", "No definition.")
TRACED = Template("export.html.traced", "Traced to: {entries}")
HOW_TO_READ = Template("export.html.how-to-read", "How to read this page")
READING_ORDER = Template(
    "export.html.reading-order",
    "The sections follow the stakeholder workbook's sheets; each starts with a line saying what it holds. Entries "
    "are named by framework and label (ITIL 4 “Incident”); a relation word says how two of them relate, as the "
    "legend below explains.",
)

STYLE = """
:root { --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --accent: #1f5f8b; --band: #f0f4f8; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
       max-width: 80rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.3rem; }
.meta, .note, .about { color: var(--muted); }
nav ol { columns: 2; }
a { color: var(--accent); }
.wide { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; }
table.sized { table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.45rem; border-bottom: 1px solid var(--rule);
         overflow-wrap: break-word; hyphens: auto; }
th { background: var(--band); }
tr.strong td { background: #f7f9fb; }
tr.strong td.name { font-weight: 600; }
table.frameworks td.note { font-size: 0.85em; font-style: italic; padding-bottom: 0.6rem; }
td.rel, td.nowrap { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rel-exact { background: #a9d08e; } .rel-close { background: #c6e0b4; } .rel-broader { background: #ffe699; }
.rel-narrower { background: #f8cbad; } .rel-related { background: #bdd7ee; } .rel-not { background: #d9d9d9; }
dl.terms dt { font-weight: 600; margin-top: 0.7rem; }
dl.terms dd { margin-left: 1.2rem; }
.status { font-size: 0.8rem; border: 1px solid var(--rule); border-radius: 0.6rem; padding: 0 0.4rem;
          font-weight: normal; }
ol.activities { margin-top: 0.2rem; }
ol.activities li { margin-bottom: 0.3rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm 12mm 14mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
  nav { display: none; }
  .wide { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: page; margin-top: 0; }
  h2.first { break-before: auto; }
  h2, h3, dt { break-after: avoid; }
  tr, dd, li { break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 8.5pt; line-height: 1.25; }
  th, td { padding: 0.12rem 0.3rem; }
  dl.terms { font-size: 8.5pt; line-height: 1.25; }
  dl.terms { columns: 2; column-gap: 2rem; }
  dl.terms dd { break-before: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

def _e(text: str) -> str:
    return escape(printable(text), quote=True)


def _lines(text: str) -> str:
    return "<br>".join(_e(line) for line in text.split("\n"))


def _anchor(*parts: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else "-" for ch in part.lower()) for part in parts)


class _Page:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.sections: list[tuple[str, str]] = []

    def add(self, html: str) -> None:
        self.parts.append(html)

    def section(self, anchor: str, title: str, description: str = "") -> None:
        first = ' class="first"' if not self.sections else ""
        self.sections.append((anchor, title))
        self.add(f'<h2 id="{_e(anchor)}"{first}>{_e(title)}</h2>')
        if description:
            self.add(f'<p class="about">{_e(description)}</p>')


def _table(table: Table) -> str:
    """A table of the view as HTML: its columns as wide relative to each other as in the workbook, relation words
    coloured, heading rows in bold."""
    total = sum(column.width for column in table.columns) or 1
    widths = "".join(f'<col style="width: {100 * column.width / total:.1f}%">' for column in table.columns)
    heads = "".join(f"<th>{_e(title)}</th>" for title in table.headings)
    rows = []
    for index, values in enumerate(table.rows):
        cells = []
        for column, value in zip(table.columns, values, strict=True):
            text = "" if value is None else str(value)
            css = ""
            if column.relation:
                key = table.relation_keys.get(text, "")
                css = f' class="rel rel-{key.split()[0]}"' if key else ' class="rel"'
            elif not column.wrap:
                css = ' class="nowrap"'
            elif column.names_row:
                css = ' class="name"'
            cells.append(f"<td{css}>{_lines(text)}</td>")
        strong = ' class="strong"' if index in table.emphasised else ""
        rows.append(f"<tr{strong}>{''.join(cells)}</tr>")
    return (f'<div class="wide"><table class="sized"><colgroup>{widths}</colgroup><thead><tr>{heads}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _legend(view: ExportView) -> str:
    rows = "".join(f'<tr><td class="rel rel-{key.split()[0]}">{_e(word)}</td><td>{_e(meaning)}</td></tr>'
                   for key, word, meaning in legend(view))
    return f'<table class="legend"><tbody>{rows}</tbody></table>'


def _about(page: _Page, view: ExportView) -> None:
    page.section("about", view.text(about.ABOUT_TITLE()), view.text(about.INTRODUCTION()))
    page.add(f"<h3>{_e(view.text(HOW_TO_READ()))}</h3><p>{_e(view.text(READING_ORDER()))}</p>")
    items = "".join(f'<li><a href="#{_e(table.key)}">{_e(table.title)}</a>: {_e(table.description)}</li>'
                    for table in view.people_tables)
    page.add(f"<ul>{items}</ul>")
    page.add(f"<h3>{_e(view.text(about.LEGEND()))}</h3>{_legend(view)}")
    facts = "".join(f"<tr><th>{_e(name)}</th><td>{_e(value)}</td></tr>" for name, value in about.facts(view))
    page.add(f"<h3>{_e(view.text(about.FACTS()))}</h3><table><tbody>{facts}</tbody></table>")
    columns = about.framework_columns(view)
    rows = []
    for values, notes in zip(about.framework_rows(view), about.framework_notes(view), strict=True):
        cells = "".join(f"<td>{_e(str(value))}</td>" for value in values)
        rows.append(f'<tr>{cells}</tr><tr><td colspan="{len(columns)}" class="note">{_e(notes)}</td></tr>')
    heads = "".join(f"<th>{_e(column.title)}</th>" for column in columns)
    page.add(f"<h3>{_e(view.text(about.FRAMEWORKS()))}</h3>"
             f'<table class="frameworks"><thead><tr>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _processes(page: _Page, view: ExportView, table: Table) -> None:
    page.section(table.key, table.title, table.description)
    steps = outline(view.unified)
    if not steps:
        page.add(f'<p class="note">{_e(table.empty_note)}</p>')
        return
    items: list[str] = []

    def traced(traces: tuple[Member, ...]) -> str:
        messages = trace_messages(view, traces)
        if not messages:
            return ""
        return f'<br><span class="note">{_e(view.text(TRACED(entries=Joined(tuple(messages), "; "))))}</span>'

    for step in steps:
        if step.is_process:
            if items:
                page.add(f'<ol class="activities">{"".join(items)}</ol>')
                items = []
            status = view.text_word(Word("unified-status", step.status)) if step.status else ""
            chip = f' <span class="status">{_e(status)}</span>' if status else ""
            page.add(f'<h3>{_e(step.number)} {_e(step.label)}{chip}</h3>')
            text = "<br>".join(_e(line) for line in description_lines(view, step))
            page.add(f"<p>{text}{traced(step.traces)}</p>" if text or step.traces else "")
        else:
            description = f" — {_e(step.description)}" if step.description else ""
            items.append(f"<li><strong>{_e(step.label)}</strong>{description}{traced(step.traces)}</li>")
    if items:
        page.add(f'<ol class="activities">{"".join(items)}</ol>')


def _named(view: ExportView) -> set[Ref]:
    named = {m.subject for m in view.mappings} | {m.object for m in view.mappings}
    for concept in view.unified.concepts:
        named.update(member.ref for member in concept.members)
    for step in outline(view.unified):
        named.update(member.ref for member in step.traces)
    return named


def _entries(page: _Page, view: ExportView) -> None:
    named = _named(view)
    shown = [entry for ref, entry in view.entries.items() if ref in named] if named else list(view.entries.values())
    page.section("entries", view.text(ENTRIES_TITLE()), view.text(ENTRIES_NAMED() if named else ENTRIES_ALL()))
    by_framework: dict[str, list[EntryRecord]] = defaultdict(list)
    for entry in shown:
        by_framework[entry.ref.framework].append(entry)
    kinds = {kind: view.text_word(Word("kind", kind.value)) for kind in Kind}
    missing = view.text(NO_DEFINITION())
    for framework in view.frameworks:
        entries = sorted(by_framework.get(framework.key, []), key=lambda e: label_key(e.label))
        if not entries:
            continue
        page.add(f'<h3>{_e(framework.name or framework.key)}</h3>')
        items = []
        for entry in entries:
            definition = _e(entry.definition) if entry.definition else f'<span class="note">{_e(missing)}</span>'
            items.append(f'<dt id="{_e(_anchor("e", str(entry.ref)))}">{_e(entry.label)} '
                         f'<span class="status">{_e(kinds[entry.kind])}</span></dt><dd>{definition}</dd>')
        page.add('<dl class="terms">' + "".join(items) + "</dl>")


def render(view: ExportView) -> str:
    page = _Page()
    _about(page, view)
    for table in view.people_tables:
        if table.key == "processes":
            _processes(page, view, table)
            continue
        page.section(table.key, table.title, table.description)
        if table.legend and table.rows:
            page.add(_legend(view))
        page.add(_table(table) if table.rows else f'<p class="note">{_e(table.empty_note)}</p>')
    if view.entries:
        _entries(page, view)
    contents = "".join(f'<li><a href="#{_e(anchor)}">{_e(title)}</a></li>' for anchor, title in page.sections)
    title = view.text(about.HEADING(workspace=view.workspace_name))
    exported = view.text(EXPORTED(date=view.created.strftime("%Y-%m-%d %H:%M UTC")))
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<header><h1>{_e(title)}</h1><p class="meta">{_e(exported)}</p></header>\n'
        f'<nav><h2 class="first">{_e(view.text(CONTENTS()))}</h2><ol>{contents}</ol></nav>\n<main>\n'
        + "\n".join(part for part in page.parts if part)
        + "\n</main>\n</body>\n</html>\n"
    )


def export_html(workspace: Workspace, path: Path, *, renderer: Renderer = ENGLISH) -> None:
    with collector_paused():  # tens of thousands of small values and no cycles among them (workbench.memory)
        text = render(build_view(workspace, renderer=renderer, machine=False))
    with atomic_write(path) as stream:
        stream.write(text)
