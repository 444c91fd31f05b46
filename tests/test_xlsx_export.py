"""The stakeholder workbook: sheets, tables, formats, and no cell that Excel could run as a formula."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from export_helpers import add_decisions, add_unified

from workbench.cli import main
from workbench.exporters.xlsx_export import SHEETS
from workbench.workspace import Workspace


@pytest.fixture
def workbook(workspace: Workspace, tmp_path: Path) -> openpyxl.Workbook:
    add_decisions(workspace)
    add_unified(workspace)
    out = tmp_path / "out.xlsx"
    calls: list[tuple[int, int]] = []
    from workbench.exporters.xlsx_export import export_xlsx

    export_xlsx(workspace, out, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    return openpyxl.load_workbook(out)


def test_the_workbook_has_every_sheet_with_a_real_table(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == list(SHEETS)
    for title in SHEETS[1:]:
        sheet = workbook[title]
        assert len(sheet.tables) == 1, title
        assert sheet.freeze_panes == "A4"
        assert sheet.print_title_rows == "$3:$3"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # Excel leaves out fitToWidth when it is 1 (its default); 0 pages tall means "as many as needed".
        assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    table = next(iter(workbook["Mappings"].tables.values()))
    assert table.ref == "A3:K6"
    assert table.autoFilter is not None


def test_the_glossary_has_one_column_per_framework_with_its_terms(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Glossary"]
    header = [cell.value for cell in sheet[3]]
    assert header == ["Term", "Definition", "Status", "Alpha Service Method", "Beta Förvaltning"]
    incident = [cell.value for cell in sheet[4]]
    assert incident[0] == "Incident" and incident[3] == "Incident" and incident[4] == "Störning (close)"
    assert sheet["B4"].alignment.wrap_text


def test_coverage_cells_are_coloured_by_relation(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Coverage"]
    colours = {}
    for row in sheet.iter_rows(min_row=4):
        for cell in row[2:]:
            if cell.value:
                colours.setdefault(cell.value, cell.fill.fgColor.rgb)
    assert {"exact", "close", "broader"} <= set(colours)
    assert len(set(colours.values())) == len(colours)


def test_about_lists_frameworks_links_and_legend(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["About"]
    texts = [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert "Alpha Service Method" in texts and "Test edition 2" in texts
    assert "Invented for the workbench's tests." in texts
    links = [cell.hyperlink.location for row in sheet.iter_rows() for cell in row if cell.hyperlink]
    assert "'Glossary'!A1" in links and "'Open questions'!A1" in links
    assert workbook["Mappings"]["A2"].hyperlink.location == "'About'!A1"
    # A value longer than column B is wide wraps; its row must be tall enough for every line, or LibreOffice
    # draws the second line over the next row ("Framework Harmonisation Workbench 0.1.0" over "Frameworks").
    width = sheet.column_dimensions["B"].width
    for row in sheet.iter_rows(min_row=4, max_row=12, max_col=2):
        label, value = row
        if label.value and isinstance(value.value, str) and len(value.value) > width:
            height = sheet.row_dimensions[label.row].height
            assert height is not None and height >= 2 * 13, (label.value, value.value, height)


def test_no_cell_is_a_formula_and_formula_like_text_is_quote_prefixed(workbook: openpyxl.Workbook) -> None:
    dangerous = []
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}"
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@", "\t"):
                    dangerous.append(cell)
                    assert cell.quotePrefix, f"{sheet.title}!{cell.coordinate}"
    texts = {cell.value for cell in dangerous}
    assert "+Service level agreement" in texts
    assert '=HYPERLINK("http://evil") looks like a formula' in texts


def test_open_questions_list_unmapped_entries(workbook: openpyxl.Workbook) -> None:
    rows = [[cell.value for cell in row] for row in workbook["Open questions"].iter_rows(min_row=4)]
    unmapped = {row[3] for row in rows if row[0] == "unmapped"}
    assert "alpha:incident-management-resolve" in unmapped
    assert "alpha:incident" not in unmapped


def test_an_empty_unified_model_gives_sheets_with_a_note(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    assert main(["export", workspace.location, "--format", "xlsx", "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(SHEETS)
    assert not book["Glossary"].tables
    assert "No unified glossary yet" in str(book["Glossary"]["A4"].value)


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
