"""Frameworks from Excel and CSV: the template, Swedish headings, every problem named, updates keep decisions."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.workspace_state import state_digest
from workbench.cli import main
from workbench.importers import ImportFileError, import_file
from workbench.importers.sheet_template import write_template
from workbench.importers.spreadsheet import category_key, preview
from workbench.workspace import Workspace


def digest(workspace: Workspace) -> str:
    return state_digest(workspace)


def book(path: Path, rows: list[tuple[object, ...]], about: dict[str, str] | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Begrepp"
    for row in rows:
        sheet.append(row)
    if about:
        info = workbook.create_sheet("Om")
        for name, value in about.items():
            info.append((name, value))
    workbook.save(path)
    return path


def test_the_template_imports_as_it_is(workspace: Workspace, tmp_path: Path) -> None:
    template = tmp_path / "framework.xlsx"
    assert main(["template", "-o", str(template)]) == 0
    found = preview(template)
    assert found.problems == [] and found.framework is not None
    assert found.sheets[0].recognised["Label"] == "label" and found.sheets[0].rows[0]["label"] == "Change request"
    assert main(["import", workspace.location, str(template)]) == 0
    activity = workspace.entry("my-framework:change-control-assess")
    assert activity.parent is not None and str(activity.parent) == "my-framework:change-control"
    assert workspace.framework("my-framework").edition == "2025"
    assert workspace.entry("my-framework:change-request").category == "artefact"


def test_categories_are_read_as_the_catalogues_keys_in_english_or_swedish() -> None:
    assert [category_key(text) for text in ("Roles", "artefakt", "Value stream", " ROLL ", "KPI", "praktiker")] == [
        "role", "artefact", "value-stream", "role", "metric", "practice"]
    assert category_key("Capability area") == "Capability area"  # not the catalogue's: kept as written


def test_swedish_headings_and_the_framework_option(workspace: Workspace, tmp_path: Path) -> None:
    path = book(tmp_path / "egen.xlsx", [
        ("Nyckel", "Benämning", "Beskrivning", "Typ", "Synonymer", "Förkortning", "Förälder", "Syfte"),
        ("andring", "Ändringshantering", "Styr ändringar.", "process", "", "", "", "Säkra ändringar"),
        ("andring-bedom", "Bedöm ändringen", "Väg risker mot nytta.", "aktivitet", "", "", "andring", ""),
        ("ovrigt", "Tjänsteavtal", "Överenskommelse om nivåer.", "begrepp", "Avtal; SLA-avtal", "SLA", "", ""),
    ], about={"namn": "Vår modell", "språk": "sv"})
    result = import_file(workspace, path, framework="var")
    assert "3 entries" in str(result.summary)
    term = workspace.entry("var:ovrigt")
    assert term.alt_labels == ("Avtal", "SLA-avtal") and term.abbreviations == ("SLA",) and term.lang == "sv"
    assert workspace.framework("var").name == "Vår modell"
    assert workspace.entry("var:andring-bedom").parent == workspace.entry("var:andring").ref


@pytest.mark.parametrize("heading", ["Överordnad process", "Huvudprocess", "Ingår i"])
def test_a_swedish_parent_process_heading_is_read_as_the_parent(
    workspace: Workspace, tmp_path: Path, heading: str
) -> None:
    path = tmp_path / "steg.csv"
    path.write_text(f"Nyckel;Benämning;Typ;{heading}\np;Ändra;process;\nsteg;Bedöm;aktivitet;p\n", encoding="utf-8")
    import_file(workspace, path)
    assert workspace.entry("steg:steg").parent == workspace.entry("steg:p").ref


def test_every_problem_is_listed_with_sheet_row_and_column_and_nothing_is_written(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = book(tmp_path / "bad.xlsx", [
        ("Key", "Label", "Kind", "Parent", "Related"),
        ("a", "One", "term", "", ""),
        ("a", "Two", "term", "", ""),
        ("c", "", "term", "", ""),
        ("d", "Four", "gadget", "", "elsewhere"),
        ("e", "Five", "activity", "nowhere", ""),
        ("f", "=1+1", "term", "", ""),
    ], about={"key": "mine"})
    sheet = openpyxl.load_workbook(path)
    sheet["Begrepp"]["B7"] = "=SUM(1,2)"
    sheet.save(path)
    before = digest(workspace)
    with pytest.raises(ImportFileError) as caught:
        import_file(workspace, path)
    problems = [str(problem) for problem in caught.value.problems]
    assert any("sheet Begrepp, row 3, column A" in p and "used twice" in p for p in problems)
    assert any("row 4, column B" in p and "label is empty" in p for p in problems)
    assert any("row 5, column C" in p and "gadget" in p for p in problems)
    assert any("row 6, column D" in p and "nowhere" in p for p in problems)
    assert any("row 7, column B" in p and "formula" in p for p in problems)
    assert any("row 5, column E" in p and "'elsewhere' is no key or label" in p for p in problems)  # same round
    # In the file's order, to be fixed top to bottom (the checks find them pass by pass).
    places = [(int(p.split(", row ")[1].split(",")[0]), p.split(", column ")[1][0]) for p in problems]
    assert places == sorted(places) and len(places) == len(problems)
    assert digest(workspace) == before
    assert [f.key for f in workspace.frameworks()] == ["alpha", "beta"]


def test_a_newer_edition_keeps_decisions_of_remaining_keys(workspace: Workspace, tmp_path: Path) -> None:
    first = tmp_path / "own.csv"
    first.write_text("key;label;definition\nx;Ex;first\ny;Why;second\n", encoding="utf-8")
    import_file(workspace, first)
    workspace.add_mapping("own:x", "exact", "alpha:incident")
    workspace.add_mapping("own:y", "close", "alpha:incident-management")
    second = tmp_path / "own.csv"
    second.write_text("key;label;definition\nx;Ex renamed;changed\nz;Zed;new\n", encoding="utf-8")
    result = import_file(workspace, second)
    summary = str(result.summary)
    assert "1 entries kept" in summary and "1 added" in summary and "1 removed" in summary
    assert any("own:y" in str(note) for note in result.notes)
    assert any("own:y" in note and "alpha:incident-management" in note for note in map(str, result.notes))
    assert workspace.entry("own:x").label == "Ex renamed"
    assert workspace.mapping_between("own:x", "alpha:incident") is not None
    assert {str(m.subject) for m in workspace.mappings()} == {"own:x"}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("wrong.xlsx", b"just some text, not a workbook", "not an Excel"),
        ("empty.xlsx", b"", "not an Excel"),
        ("binary.csv", b"\xff\xfe\x00\x01garbage", "not UTF-8"),
    ],
)
def test_hostile_files_get_one_clear_error(workspace: Workspace, tmp_path: Path, name: str, content: bytes,
                                           message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = digest(workspace)
    with pytest.raises(ImportFileError, match=message):
        import_file(workspace, path, framework="x")
    assert digest(workspace) == before


def test_a_truncated_workbook_and_an_entity_bomb_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    template = tmp_path / "t.xlsx"
    write_template(template)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(template.read_bytes()[: template.stat().st_size // 2])
    bomb = tmp_path / "bomb.xlsx"
    entities = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"?>", b"?>" + entities.encode(), 1).replace(b"Change request", b"&b;")
            target.writestr(item, data)
    before = digest(workspace)
    for path in (truncated, bomb):
        with pytest.raises(ImportFileError):
            import_file(workspace, path)
    assert digest(workspace) == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), cut=st.integers(min_value=0, max_value=20000))
def test_fuzzed_files_raise_only_the_import_error(workspace: Workspace, tmp_path: Path, data: bytes,
                                                  cut: int) -> None:
    template = tmp_path / "fuzz-template.xlsx"
    if not template.exists():
        write_template(template)
    original = template.read_bytes()
    mangled = original[:cut % len(original)] + data + original[cut % len(original) + len(data):]
    before = digest(workspace)
    for name, content in (("f.xlsx", mangled), ("f.csv", data), ("f.sssom.tsv", data)):
        path = tmp_path / name
        path.write_bytes(content)
        try:
            import_file(workspace, path, framework="fuzz")
        except ImportFileError:
            pass
        else:
            # A lucky mutation may still be a valid file; then it was imported whole. Undo for the next round.
            if "fuzz" in {f.key for f in workspace.frameworks()}:
                return
        assert digest(workspace) == before


def test_csv_with_commas_and_a_bom(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes("\ufeffTerm,Definition,Synonyms\nBacklog,A list of work,Work list\n".encode())
    assert "1 entries" in str(import_file(workspace, path).summary)
    assert workspace.entry("terms:backlog").alt_labels == ("Work list",)
