"""A single-file HTML glossary for an intranet page or for printing.

The unified glossary comes first, with each framework's equivalent terms; when there is none yet the frameworks'
own glossaries lead. Then the unified process model, then one section per framework (terms, then processes
with their activities). Everything is in the one file: the style sheet is inline and nothing is loaded from
elsewhere, so the page works offline and behind any proxy. All text is HTML-escaped.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from pathlib import Path

from workbench.domain import EntryRecord, FrameworkRecord, Kind, Ref
from workbench.exporters.tables import ExportView, Progress, about_rows, build_view, relation_word
from workbench.files import atomic_write
from workbench.text import printable
from workbench.unified_model import Member
from workbench.workspace import Workspace

STYLE = """
:root { --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --accent: #1f5f8b; --band: #f0f4f8; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
       max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.3rem; }
.meta, .note, .alt { color: var(--muted); }
nav ol { columns: 2; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); }
th { background: var(--band); }
dl.terms dt { font-weight: 600; margin-top: 0.8rem; }
dl.terms dd { margin-left: 1.2rem; }
.status { font-size: 0.8rem; border: 1px solid var(--rule); border-radius: 0.6rem; padding: 0 0.4rem; }
ol.activities { margin-top: 0.2rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: page; }
  h2.first { break-before: auto; }
  h2, h3, dt { break-after: avoid; }
  tr, dd, li { break-inside: avoid; }
  thead { display: table-header-group; }
  @page { margin: 16mm 14mm; }
}
"""


def _e(text: str) -> str:
    return escape(printable(text), quote=True)


def _sort_key(text: str) -> str:
    """Alphabetical as a reader expects: leading quotes or symbols do not move a term to the top."""
    return "".join(ch for ch in text.casefold() if ch.isalnum() or ch == " ").strip()


def _anchor(*parts: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else "-" for ch in part.lower()) for part in parts)


class _Page:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.sections: list[tuple[str, str]] = []

    def add(self, html: str) -> None:
        self.parts.append(html)

    def section(self, anchor: str, title: str) -> None:
        first = ' class="first"' if not self.sections else ""
        self.sections.append((anchor, title))
        self.add(f'<h2 id="{_e(anchor)}"{first}>{_e(title)}</h2>')


def _term_list(entries: list[EntryRecord]) -> str:
    items = []
    for entry in sorted(entries, key=lambda e: _sort_key(e.label)):
        others = [label.text for label in entry.labels if label.text != entry.label]
        alt = f' <span class="alt">({_e("; ".join(others))})</span>' if others else ""
        definition = _e(entry.definition) if entry.definition else '<span class="note">No definition.</span>'
        items.append(f'<dt id="{_e(_anchor("e", str(entry.ref)))}">{_e(entry.label)}{alt}</dt><dd>{definition}</dd>')
    return '<dl class="terms">' + "".join(items) + "</dl>"


def _members(members: tuple[Member, ...], framework: str, entries: dict[Ref, EntryRecord]) -> str:
    parts = []
    for member in members:
        if member.ref.framework != framework:
            continue
        entry = entries.get(member.ref)
        label = _e(entry.label if entry else member.ref.key)
        word = relation_word(member.relation)
        link = f'<a href="#{_e(_anchor("e", str(member.ref)))}">{label}</a>'
        parts.append(link if word == "exact" else f"{link} <span class=\"note\">({_e(word)})</span>")
    return "; ".join(parts)


def _unified_glossary(page: _Page, view: ExportView) -> None:
    page.section("glossary", "Unified glossary")
    # Only frameworks that take part: a column per framework would leave a narrow page mostly empty.
    present = {member.ref.framework for concept in view.unified.concepts for member in concept.members}
    shown = [f for f in view.frameworks if f.key in present]
    keys = [f.key for f in shown]
    heads = "".join(f"<th>{_e(f.name or f.key)}</th>" for f in shown)
    rows = []
    for concept in sorted(view.unified.concepts, key=lambda c: _sort_key(c.label)):
        cells = "".join(f"<td>{_members(concept.members, key, view.entries)}</td>" for key in keys)
        rows.append(f'<tr><td><strong>{_e(concept.label)}</strong> <span class="status">{_e(concept.status)}'
                    f"</span></td><td>{_e(concept.definition)}</td>{cells}</tr>")
    page.add(f"<table><thead><tr><th>Term</th><th>Definition</th>{heads}</tr></thead><tbody>{''.join(rows)}"
             "</tbody></table>")


def _unified_processes(page: _Page, view: ExportView) -> None:
    page.section("processes", "Unified process model")
    for process in view.unified.processes:
        page.add(f'<h3>{_e(process.label)} <span class="status">{_e(process.status)}</span></h3>')
        if process.description:
            page.add(f"<p>{_e(process.description)}</p>")
        facts = [(name, text) for name, text in (("Trigger", process.trigger), ("Outcome", process.outcome)) if text]
        if facts:
            page.add("<p>" + "<br>".join(f"<strong>{name}:</strong> {_e(text)}" for name, text in facts) + "</p>")
        traced = "; ".join(part for part in (_members(process.traces, f.key, view.entries) for f in view.frameworks)
                           if part)
        if traced:
            page.add(f'<p class="note">Traced to: {traced}</p>')
        if process.activities:
            items = "".join(
                f"<li><strong>{_e(activity.label)}</strong>"
                + (f" — {_e(activity.description)}" if activity.description else "") + "</li>"
                for activity in process.activities
            )
            page.add(f'<ol class="activities">{items}</ol>')


def _framework(page: _Page, framework: FrameworkRecord, entries: list[EntryRecord]) -> None:
    page.section(_anchor("fw", framework.key), framework.name or framework.key)
    facts = [text for text in (framework.edition, framework.publisher) if text]
    if facts:
        page.add(f'<p class="meta">{_e(" · ".join(facts))}</p>')
    if framework.attribution:
        page.add(f'<p class="note">{_e(framework.attribution)}</p>')
    terms = [entry for entry in entries if entry.kind is Kind.TERM]
    if terms:
        page.add("<h3>Terms</h3>" + _term_list(terms))
    processes = [entry for entry in entries if entry.kind is Kind.PROCESS]
    children: dict[Ref, list[EntryRecord]] = defaultdict(list)
    for entry in entries:
        if entry.kind is Kind.ACTIVITY and entry.parent is not None:
            children[entry.parent].append(entry)
    if processes:
        page.add("<h3>Processes</h3>")
        items = []
        for process in processes:
            steps = "".join(f'<li id="{_e(_anchor("e", str(step.ref)))}">{_e(step.label)}</li>'
                            for step in sorted(children[process.ref], key=lambda s: s.position))
            definition = f"<br>{_e(process.definition)}" if process.definition else ""
            items.append(f'<dt id="{_e(_anchor("e", str(process.ref)))}">{_e(process.label)}</dt><dd>'
                         f'{definition}{f"<ol class=activities>{steps}</ol>" if steps else ""}</dd>')
        page.add('<dl class="terms">' + "".join(items) + "</dl>")


def render(view: ExportView) -> str:
    page = _Page()
    by_framework: dict[str, list[EntryRecord]] = defaultdict(list)
    for entry in view.entries.values():
        by_framework[entry.ref.framework].append(entry)
    if view.unified.concepts:
        _unified_glossary(page, view)
    if view.unified.processes:
        _unified_processes(page, view)
    for framework in view.frameworks:
        _framework(page, framework, by_framework[framework.key])
    if not page.sections:
        page.add('<p class="note">The workspace holds no frameworks yet.</p>')
    about = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in about_rows(view))
    contents = "".join(f'<li><a href="#{_e(anchor)}">{_e(title)}</a></li>' for anchor, title in page.sections)
    title = f"Glossary — {view.workspace_name}"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1>"
        f'<p class="meta">Exported {_e(view.created.strftime("%Y-%m-%d %H:%M UTC"))} by the Framework '
        "Harmonisation Workbench. Definitions are the workspace's own wording; the frameworks' names belong to "
        "their owners.</p></header>\n"
        f"<nav><h2 class=\"first\">Contents</h2><ol>{contents}</ol></nav>\n"
        f'<details><summary>About this export</summary><table>{about}</table></details>\n<main>\n'
        + "\n".join(page.parts)
        + "\n</main>\n</body>\n</html>\n"
    )


def export_html(workspace: Workspace, path: Path, *, progress: Progress | None = None) -> None:
    text = render(build_view(workspace, progress=progress))
    with atomic_write(path) as stream:
        stream.write(text)
