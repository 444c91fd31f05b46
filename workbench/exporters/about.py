"""What the About sheet (and the HTML page's head) says: what the export is, how to read the rest, the frameworks
it covers with their editions and licences, and the facts of the workspace — in the reader's language."""

from __future__ import annotations

from workbench import __version__
from workbench.exporters.tables import Cell, Column, ExportView
from workbench.messages import Template

ABOUT_TITLE = Template("export.about.title", "About")
HEADING = Template("export.about.heading", "Framework harmonisation: {workspace}")
INTRODUCTION = Template(
    "export.about.introduction",
    "How the frameworks in this workspace line up: a glossary and a process model shared by all of them, how "
    "each framework covers them, the decisions behind them and what is still open.",
)
HOW_TO_READ = Template("export.about.how-to-read", "How to read this workbook")
READING_ORDER = Template(
    "export.about.reading-order",
    "Read the sheets in order; each starts with a line saying what it holds. Entries are named by framework and "
    "label (ITIL 4 “Incident”); a relation word says how two of them relate, as the legend below explains.",
)
FACTS = Template("export.about.facts", "This export")
WORKSPACE = Template("export.about.workspace", "Workspace")
EXPORTED = Template("export.about.exported", "Exported")
GENERATOR = Template("export.about.generator", "Written by")
GENERATOR_VALUE = Template("export.about.generator-value", "Framework Harmonisation Workbench {version}")
FRAMEWORK_COUNT = Template("export.about.framework-count", "Frameworks")
ENTRY_COUNT = Template("export.about.entry-count", "Framework entries")
DECISION_COUNT = Template("export.about.decision-count", "Decisions")
TERM_COUNT = Template("export.about.term-count", "Unified terms")
PROCESS_COUNT = Template("export.about.process-count", "Unified processes")
FRAMEWORKS = Template("export.about.frameworks", "Frameworks")
LEGEND = Template("export.about.legend", "Legend: relation words")
BACK = Template("export.back", "← About")
SSSOM_ABOUT = Template(
    "export.about.sssom",
    "For programs: every decision in SSSOM's column names and codes (the same as the SSSOM export).",
)

FRAMEWORK = Template("export.column.framework", "Framework")
EDITION = Template("export.column.edition", "Edition")
PUBLISHER = Template("export.column.publisher", "Publisher")
ENTRIES = Template("export.column.entries-count", "Entries")

PAGE_FOOTER = Template("export.print.footer", "Page {page} of {pages}")


def facts(view: ExportView) -> list[tuple[str, str]]:
    """(what, value) for the head of the About sheet."""
    number = view.renderer.number
    return [
        (view.text(WORKSPACE()), view.workspace_name),
        (view.text(EXPORTED()), view.created.strftime("%Y-%m-%d %H:%M UTC")),
        (view.text(GENERATOR()), view.text(GENERATOR_VALUE(version=__version__))),
        (view.text(FRAMEWORK_COUNT()), number(len(view.frameworks))),
        (view.text(ENTRY_COUNT()), number(len(view.entries))),
        (view.text(DECISION_COUNT()), number(len(view.mappings))),
        (view.text(TERM_COUNT()), number(len(view.unified.concepts))),
        (view.text(PROCESS_COUNT()), number(len(view.unified.processes))),
    ]


def framework_columns(view: ExportView) -> list[Column]:
    """The frameworks table of the About sheet; each framework's attribution and licence follow on a line of
    their own (`framework_notes`), across the whole width, rather than in a narrow column many lines tall."""
    return [Column(view.text(FRAMEWORK()), 26), Column(view.text(EDITION()), 62),
            Column(view.text(PUBLISHER()), 46), Column(view.text(ENTRIES()), 10, number=True)]


def framework_rows(view: ExportView) -> list[list[Cell]]:
    return [[f.name, f.edition, f.publisher, sum(f.counts.values())] for f in view.frameworks]


def framework_notes(view: ExportView) -> list[str]:
    """Each framework's attribution and licence, in the order of `framework_rows`."""
    return [" ".join(text.strip() for text in (f.attribution, f.licence) if text.strip()) for f in view.frameworks]


FRAMEWORK_CSV_COLUMNS = ("Key", "Name", "Edition", "Publisher", "Language", "Entries", "Attribution", "Licence")


def framework_csv_rows(view: ExportView) -> list[list[Cell]]:
    """Every framework with its key and language, for programs (the CSV's frameworks.csv)."""
    return [
        [f.key, f.name, f.edition, f.publisher, f.language, sum(f.counts.values()), f.attribution, f.licence]
        for f in view.frameworks
    ]
