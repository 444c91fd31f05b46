"""The stakeholder workbook: sheets for people (labels, relations in words, no codes), print set-up, row heights,
an optional sheet for programs, and no cell that Excel could run as a formula."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from export_helpers import add_decisions, add_unified
from sqlalchemy import update

from workbench.cli import main
from workbench.exporters.xlsx_export import export_xlsx
from workbench.messages import ENGLISH, Renderer, Template, Word
from workbench.store.models import UnifiedActivity
from workbench.workspace import Workspace

PEOPLE_SHEETS = ["About", "Glossary", "Processes", "Coverage", "Decisions", "Open questions"]
CODES = re.compile(r"skos:|semapv:|sssom|subject_id|predicate_id|\b(alpha|beta):[a-z]")
"""What people should never have to read: SKOS and SSSOM names, and entry references."""


@pytest.fixture
def workbook(workspace: Workspace, tmp_path: Path) -> openpyxl.Workbook:
    add_decisions(workspace)
    add_unified(workspace)
    out = tmp_path / "out.xlsx"
    calls: list[tuple[int, int]] = []
    export_xlsx(workspace, out, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    return openpyxl.load_workbook(out)


def texts(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[str]:
    return [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]


def test_sheets_for_people_each_with_a_table_and_print_set_up(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == PEOPLE_SHEETS
    for title in PEOPLE_SHEETS:
        sheet = workbook[title]
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9, title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # Excel leaves out fitToWidth when it is 1 (its default); 0 pages tall means "as many as needed".
        assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
        assert "&P" in sheet.oddFooter.right.text and "&N" in sheet.oddFooter.right.text
        assert "review" not in title and sheet.oddHeader.left.text.startswith("Framework harmonisation")
        assert sheet.oddHeader.right.text == "&A"
        if title == "About":
            continue
        assert len(sheet.tables) == 1, title
        header = int(sheet.print_title_rows.split(":")[0].strip("$"))
        assert sheet.freeze_panes == f"A{header + 1}"
        assert "About" in str(sheet["A2"].value) and sheet["A2"].hyperlink.location == "'About'!A1"
        for column in "ABC":
            assert sheet.column_dimensions[column].width, (title, column)


def test_no_codes_on_the_sheets_for_people(workbook: openpyxl.Workbook) -> None:
    for sheet in workbook:
        found = [text for text in texts(sheet) if CODES.search(text)]
        assert not found, (sheet.title, found[:3])


def test_the_glossary_names_each_frameworks_equivalent_with_its_relation_in_words(
    workbook: openpyxl.Workbook,
) -> None:
    sheet = workbook["Glossary"]
    assert [cell.value for cell in sheet[3]] == ["Term", "Definition", "Status", "Alpha Service Method",
                                                 "Beta Förvaltning"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4)]
    # Alphabetical, case-insensitive, whatever the characters in front: "+Service…" sorts by its "+".
    assert [row[0] for row in rows] == sorted((row[0] for row in rows), key=str.casefold)
    incident = next(row for row in rows if row[0] == "Incident")
    assert incident[2] == "agreed" and incident[3] == "Incident" and incident[4] == "Störning (close)"
    assert sheet["B4"].alignment.wrap_text is not False


def test_decisions_read_as_sentences_labels_first(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Decisions"]
    assert [cell.value for cell in sheet[3]] == ["Decision", "Relation", "Rationale", "Decided by", "Date"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4)]
    sentences = {row[0]: row for row in rows}
    assert "Alpha Service Method “Incident” means the same as Beta Förvaltning “Störning”" in sentences
    not_a_match = sentences["Alpha Service Method “Service level agreement” is not a match for Beta Förvaltning "
                            "“Störning”"]
    assert not_a_match[1] == "not a match"
    assert not_a_match[2].startswith("=HYPERLINK")
    colours = {row[1].value: row[1].fill.fgColor.rgb for row in sheet.iter_rows(min_row=4)}
    assert len(set(colours.values())) == len(colours) == 3


def test_processes_outline_the_model_with_traces(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Processes"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4)]
    assert rows[0][:2] == ["1", "Restore service"]
    assert "Starts when: A disruption is reported." in rows[0][2] and "Outcome: The service works again." in rows[0][2]
    assert rows[0][4] == ("Alpha Service Method “Incident management”\n"
                          "Beta Förvaltning “Användarstöd” (broader)")
    assert sheet["B4"].font.bold and not sheet["C4"].font.bold
    assert rows[1][:2] == ["1.1", "Record the disruption"]
    assert not sheet["B5"].font.bold


def test_coverage_has_its_legend_and_coloured_cells(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Coverage"]
    legend = [sheet.cell(row, 1).value for row in range(3, 9)]
    assert legend == ["exact", "close", "broader", "narrower", "related", "not a match"]
    header = int(sheet.print_title_rows.split(":")[0].strip("$"))
    assert sheet.cell(header, 1).value == "Unified term, process or activity"
    colours = {}
    for row in sheet.iter_rows(min_row=header + 1):
        for cell in row[2:]:
            if cell.value:
                colours.setdefault(cell.value, cell.fill.fgColor.rgb)
    assert {"exact", "close", "broader"} <= set(colours)
    assert len(set(colours.values())) == len(colours)


def test_about_says_how_to_read_and_lists_frameworks_links_and_legend(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["About"]
    found = texts(sheet)
    assert "How to read this workbook" in found and "Legend: relation words" in found
    assert "Alpha Service Method" in found and "Test edition 2" in found
    assert any("Invented for the workbench's tests." in text for text in found)
    links = [cell.hyperlink.location for row in sheet.iter_rows() for cell in row if cell.hyperlink]
    assert links == [f"'{title}'!A1" for title in PEOPLE_SHEETS[1:]]


def test_rows_are_as_tall_as_their_wrapped_text(workspace: Workspace, tmp_path: Path) -> None:
    """LibreOffice keeps the height a file gives: a long definition must get a tall row, a short one none."""
    from workbench.unify import glossary

    add_decisions(workspace)
    add_unified(workspace)
    glossary.set_definition(workspace, "u-incident", " ".join(["A sentence of a long definition."] * 30))
    out = tmp_path / "tall.xlsx"
    export_xlsx(workspace, out)
    sheet = openpyxl.load_workbook(out)["Glossary"]
    heights = {row[0].value: sheet.row_dimensions[row[0].row].height for row in sheet.iter_rows(min_row=4)}
    # 990 characters in a column of 52: about 20 lines of 12 points.
    assert 15 * 12 < heights["Incident"] < 25 * 12
    assert heights["+Service level agreement"] < 4 * 13


def test_no_cell_is_a_formula_and_formula_like_text_is_quote_prefixed(workbook: openpyxl.Workbook) -> None:
    dangerous = []
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}"
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@", "\t"):
                    dangerous.append(cell)
                    assert cell.quotePrefix, f"{sheet.title}!{cell.coordinate}"
    found = {cell.value for cell in dangerous}
    assert "+Service level agreement" in found
    assert '=HYPERLINK("http://evil") looks like a formula' in found


def test_open_questions_name_entries_by_label_and_count_them(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Open questions"]
    assert [cell.value for cell in sheet[3]] == ["Question", "Entries concerned", "Kind", "Severity"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4)]
    coverage = [row for row in rows if row[2] == "Coverage"]
    assert [row[0].split(":")[0] for row in coverage] == ["Alpha Service Method", "Beta Förvaltning"]
    alpha = coverage[0]
    assert alpha[1].startswith(tuple(f"{n} not reviewed yet:" for n in range(1, 20)))
    assert "Resolve" in alpha[1] or "resolve" in alpha[1].casefold()


def test_the_sheet_for_programs_comes_last_and_only_on_request(workspace: Workspace, tmp_path: Path) -> None:
    add_decisions(workspace)
    out = tmp_path / "machine.xlsx"
    export_xlsx(workspace, out, sssom_sheet=True)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [*PEOPLE_SHEETS, "SSSOM"]
    sheet = book["SSSOM"]
    assert [cell.value for cell in sheet[3]][:3] == ["subject_id", "subject_label", "predicate_id"]
    assert [cell.value for cell in sheet[4]][:3] == ["alpha:incident", "Incident", "skos:exactMatch"]
    assert any(row[3].value == "Not" for row in sheet.iter_rows(min_row=4))


SWEDISH = {
    "export.glossary.title": "Ordlista",
    "export.decisions.title": "Beslut",
    "export.column.term": "Begrepp",
    "relation.sentence.exact": "{subject_framework} ”{subject}” betyder samma som {object_framework} ”{object}”",
    "export.member": "{label} ({relation})",
}


def test_every_text_follows_the_renderer(workspace: Workspace, tmp_path: Path) -> None:
    add_decisions(workspace)
    add_unified(workspace)
    words = {"close": "nära", "exact": "exakt", "not a match": "ingen matchning"}

    def template_text(template: Template) -> str:
        return SWEDISH.get(template.code, template.english)

    def word(value: Word) -> str:
        return words.get(value.key, value.english) if value.vocabulary == "relation" else value.english

    out = tmp_path / "sv.xlsx"
    export_xlsx(workspace, out, renderer=Renderer(template_text=template_text, word=word))
    book = openpyxl.load_workbook(out)
    assert "Ordlista" in book.sheetnames and "Beslut" in book.sheetnames
    assert book["Ordlista"]["A3"].value == "Begrepp"
    glossary = [[cell.value for cell in row] for row in book["Ordlista"].iter_rows(min_row=4)]
    assert any(row[4] == "Störning (nära)" for row in glossary)
    decisions = [row[0].value for row in book["Beslut"].iter_rows(min_row=4)]
    assert "Alpha Service Method ”Incident” betyder samma som Beta Förvaltning ”Störning”" in decisions
    colours = {row[1].value: row[1].fill.fgColor.rgb for row in book["Beslut"].iter_rows(min_row=4)}
    assert colours["ingen matchning"] != colours["exakt"] and "00000000" not in colours.values()
    assert ENGLISH.render(Template("export.glossary.title", "Glossary")()) == "Glossary"


def test_an_empty_unified_model_gives_sheets_with_a_note(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    assert main(["export", workspace.location, "--format", "xlsx", "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == PEOPLE_SHEETS
    assert not book["Glossary"].tables
    assert "No unified glossary yet" in str(book["Glossary"]["A3"].value)


def test_a_failed_export_leaves_the_existing_file_alone(workspace: Workspace, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"previous")
    import workbench.exporters.xlsx_export as module

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(module, "_table_sheet", broken)
    with pytest.raises(RuntimeError):
        module.export_xlsx(workspace, out)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_no_cell_holds_more_than_2000_characters(workspace: Workspace, tmp_path: Path) -> None:
    from workbench.unify import glossary

    add_decisions(workspace)
    add_unified(workspace)
    glossary.set_definition(workspace, "u-incident", "word " * 1000)
    out = tmp_path / "long.xlsx"
    export_xlsx(workspace, out)
    book = openpyxl.load_workbook(out)
    assert max(len(text) for sheet in book for text in texts(sheet)) <= 2000
    definition = next(row[1].value for row in book["Glossary"].iter_rows(min_row=4) if row[0].value == "Incident")
    # Cut after a whole word, saying how long the text is (the workspace keeps it all).
    assert definition.startswith("word word") and definition.endswith("word … (shortened; 4999 characters in all)")


def test_a_proposed_activity_reads_as_proposed_and_an_adopted_one_shows_no_status(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The Processes sheet left every activity's status empty, so a proposal of the refresh read as agreed work.
    add_decisions(workspace)
    add_unified(workspace)
    with workspace.transaction() as session:
        session.execute(update(UnifiedActivity).where(UnifiedActivity.uid == "a-log").values(status="proposed"))
    export_xlsx(workspace, tmp_path / "proposed.xlsx")
    rows = [[cell.value for cell in row] for row in openpyxl.load_workbook(tmp_path / "proposed.xlsx")["Processes"]
            .iter_rows(min_row=4, max_row=5)]
    assert rows[1][:2] == ["1.1", "Record the disruption"] and rows[1][3] == "proposed"
    with workspace.transaction() as session:
        session.execute(update(UnifiedActivity).where(UnifiedActivity.uid == "a-log").values(status="draft"))
    export_xlsx(workspace, tmp_path / "draft.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "draft.xlsx")["Processes"]
    assert sheet["D5"].value in (None, "")
