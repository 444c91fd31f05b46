"""The spreadsheet to fill in for a framework of one's own: About (the framework's details), Entries (one row
per entry, three examples) and Help, written in the reader's language (a `Renderer`: the desktop application
passes its interface's, the command line writes English).

Every heading, About field, kind and category it writes in another language is one the importer reads back
(`workbench.importers.spreadsheet`): a Swedish template filled in by a Swedish colleague imports as it is.
"""

from __future__ import annotations

from pathlib import Path

from workbench.files import atomic_path
from workbench.messages import ENGLISH, Renderer, Template, Word

SHEET_ABOUT = Template("template.sheet.about", "About")
SHEET_ENTRIES = Template("template.sheet.entries", "Entries")
SHEET_HELP = Template("template.sheet.help", "Help")

HEADINGS = (
    ("key", Template("template.heading.key", "Key")),
    ("kind", Template("template.heading.kind", "Kind")),
    ("label", Template("template.heading.label", "Label")),
    ("alt_labels", Template("template.heading.alt-labels", "Alt labels")),
    ("abbreviations", Template("template.heading.abbreviation", "Abbreviation")),
    ("category", Template("template.heading.category", "Category")),
    ("definition", Template("template.heading.definition", "Definition")),
    ("parent", Template("template.heading.parent", "Parent")),
    ("purpose", Template("template.heading.purpose", "Purpose")),
    ("trigger", Template("template.heading.trigger", "Trigger")),
    ("outcome", Template("template.heading.outcome", "Outcome")),
    ("language", Template("template.heading.language", "Language")),
)
"""Field the importer reads (spreadsheet.HEADINGS) -> the heading written for it."""
TEMPLATE_COLUMNS = tuple(heading.english for _field, heading in HEADINGS)

ABOUT = (
    ("key", Template("template.about.key", "key"), Template("template.about.key-example", "my-framework")),
    ("name", Template("template.about.name", "name"), Template("template.about.name-example", "My framework")),
    ("edition", Template("template.about.edition", "edition"), None),
    ("publisher", Template("template.about.publisher", "publisher"),
     Template("template.about.publisher-example", "My organisation")),
    ("language", Template("template.about.language", "language"), Template("template.about.language-example", "en")),
    ("attribution", Template("template.about.attribution", "attribution"),
     Template("template.about.attribution-example", "Written by my organisation.")),
    ("licence", Template("template.about.licence", "licence"),
     Template("template.about.licence-example", "Internal use")),
    ("description", Template("template.about.description", "description"),
     Template("template.about.description-example", "What this framework covers.")),
)
"""About field the importer reads (spreadsheet.ABOUT_FIELDS) -> the name written for it, and its example value
(the edition's example is a year, the same in every language)."""
EDITION_EXAMPLE = "2025"

EXAMPLES: tuple[dict[str, Template | Word | str], ...] = (
    {"key": "change-request", "kind": Word("kind", "term"), "category": Word("category", "artefact"),
     "label": Template("template.example.change-request", "Change request"),
     "alt_labels": Template("template.example.change-request-alt", "RFC"),
     "definition": Template("template.example.change-request-definition",
                            "A formal proposal to change something in a service.")},
    {"key": "change-control", "kind": Word("kind", "process"), "category": Word("category", "practice"),
     "label": Template("template.example.change-control", "Change control"),
     "definition": Template("template.example.change-control-definition",
                            "Deciding which changes go ahead and when."),
     "purpose": Template("template.example.change-control-purpose", "Keep changes safe and useful."),
     "trigger": Template("template.example.change-control-trigger", "A change request arrives."),
     "outcome": Template("template.example.change-control-outcome", "An approved or rejected change.")},
    {"key": "change-control-assess", "kind": Word("kind", "activity"), "parent": "change-control",
     "label": Template("template.example.assess", "Assess the change"),
     "definition": Template("template.example.assess-definition",
                            "Weigh the risks and benefits of the requested change.")},
)
"""Three example rows: a term, a process and one of its activities."""

HELP_HEADING = (Template("template.help.column", "Column"), Template("template.help.what", "What to write"))
HELP = (
    ("key", Template("template.help.key", "A stable short name, lower case letters, digits and '-'. Keep it when "
                     "you update the file: decisions are tied to it. Left empty, it is made from the label.")),
    ("kind", Template("template.help.kind", "{term}, {process} or {activity}. Empty: {term}, or {activity} when a "
                      "parent is given.")),
    ("label", Template("template.help.label", "The preferred name (required).")),
    ("alt_labels", Template("template.help.alt-labels", "Other names, separated by ';'.")),
    ("abbreviations", Template("template.help.abbreviation", "Short forms, separated by ';'.")),
    ("category", Template("template.help.category", "One of: {categories}.")),
    ("definition", Template("template.help.definition", "What it means, in one to three sentences, in your own "
                            "words.")),
    ("parent", Template("template.help.parent", "For an activity: the key (or label) of its process. Activities "
                        "keep the order of the rows.")),
    ("purpose", Template("template.help.purpose", "For a process: why it exists.")),
    ("trigger", Template("template.help.trigger", "For a process: what starts it.")),
    ("outcome", Template("template.help.outcome", "For a process: what it delivers.")),
    ("language", Template("template.help.language", "Language of the label if it differs from the framework's "
                          "(en, sv ...).")),
)
HELP_OTHER_LANGUAGE = Template(
    "template.help.other-language",
    "Headings, About fields, kinds and categories may be written in English or Swedish.",
)
CATEGORIES_OFFERED = ("concept", "role", "artefact", "event", "metric", "principle", "practice", "value", "tool",
                      "waste")
"""The categories the help lists: those the matching engine tells apart (a role is never the same as a
practice), and the commonest others. The importer reads every category of the catalogue."""

WIDTHS = {"key": 22, "kind": 10, "label": 28, "alt_labels": 20, "abbreviations": 12, "category": 12,
          "definition": 50, "parent": 22, "purpose": 30, "trigger": 30, "outcome": 30, "language": 10}
"""Column widths of the Entries sheet, in characters."""


def write_template(path: Path, renderer: Renderer = ENGLISH) -> None:
    """An .xlsx to fill in: About, Entries (with examples) and Help, every text in `renderer`'s language."""
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    def say(value: object) -> str:
        if isinstance(value, Template):
            return renderer.render(value())
        if isinstance(value, Word):
            return renderer.word(value)
        return str(value)

    book = openpyxl.Workbook()
    about = book.active
    assert about is not None
    about.title = say(SHEET_ABOUT)
    bold = Font(bold=True)
    for _field, name, example in ABOUT:
        about.append((say(name), say(example) if example is not None else EDITION_EXAMPLE))
        about.cell(about.max_row, 1).font = bold
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 60
    entries = book.create_sheet(say(SHEET_ENTRIES))
    entries.append([say(heading) for _field, heading in HEADINGS])
    for row_values in EXAMPLES:
        entries.append([say(row_values[field]) if field in row_values else "" for field, _heading in HEADINGS])
    header_fill = PatternFill("solid", fgColor="1F4E78")
    for cell in entries[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
    for number, (field, _heading) in enumerate(HEADINGS, start=1):
        entries.column_dimensions[get_column_letter(number)].width = WIDTHS[field]
    for row in entries.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    entries.freeze_panes = "A2"
    help_sheet = book.create_sheet(say(SHEET_HELP))
    help_sheet.append([say(text) for text in HELP_HEADING])
    headings = dict(HEADINGS)
    for field, explanation in HELP:
        if field == "kind":
            words = {kind: renderer.word(Word("kind", kind)) for kind in ("term", "process", "activity")}
            line = renderer.render(explanation(**words))
        elif field == "category":
            line = renderer.render(explanation(categories=tuple(Word("category", key) for key in CATEGORIES_OFFERED)))
        else:
            line = say(explanation)
        help_sheet.append((say(headings[field]), line))
    help_sheet.append(("", say(HELP_OTHER_LANGUAGE)))
    for row in help_sheet.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    help_sheet.cell(1, 1).font = bold
    help_sheet.cell(1, 2).font = bold
    help_sheet.column_dimensions["A"].width = 20
    help_sheet.column_dimensions["B"].width = 100
    with atomic_path(Path(path)) as temporary:
        book.save(temporary)
