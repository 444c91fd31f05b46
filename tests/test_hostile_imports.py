"""Hostile and broken files are refused quickly, in one line naming where, before anything is stored: XML entity
bombs, oversized cells and workbooks, sheets of millions of rows, quotes left open, broader links in a circle.
Control characters never reach the workspace, an export or the terminal."""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.workspace_state import state_digest
from workbench.cli import main
from workbench.domain import FrameworkData
from workbench.importers import ImportFileError, import_file
from workbench.importers.limits import MAX_LABEL, MAX_SHEET_ROWS, MAX_TEXT
from workbench.text import for_terminal, has_control, printable
from workbench.workspace import Workspace

RDF_HEAD = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:owl="http://www.w3.org/2002/07/owl#">')


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_quickly(capsys: pytest.CaptureFixture[str], workspace: Workspace, file: Path, message: str,
                    *extra: str, seconds: float = 2.0) -> None:
    """`import` refuses `file` with exit code 1 and one line holding `message`, within `seconds`, storing
    nothing."""
    before = state_digest(workspace)
    started = time.monotonic()
    assert main(["import", workspace.location, str(file), *extra]) == 1
    took = time.monotonic() - started
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert took < seconds, f"{file.name} took {took:.1f} s"
    assert state_digest(workspace) == before


def bomb(path: Path, depth: int, fan: int = 10) -> Path:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * fan}">' for level in range(1, depth + 1)
    ]
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n]>\n" + RDF_HEAD
        + f'<owl:Class rdf:about="http://x/A"><rdfs:label>&lol{depth};</rdfs:label></owl:Class></rdf:RDF>\n'
    )
    return path


@pytest.fixture
def closed(workspace: Workspace) -> Workspace:
    workspace.close()
    return workspace


# --- XML ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [5, 9])
def test_an_entity_bomb_is_refused_in_under_two_seconds(closed: Workspace, tmp_path: Path, depth: int,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    file = bomb(tmp_path / "laughs.owl", depth)
    assert file.stat().st_size < 1024
    refused_quickly(capsys, closed, file, "entity lol4 expands to more than 10000 characters")


def test_small_entities_are_read_but_a_long_expansion_is_a_long_label(closed: Workspace, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    refused_quickly(capsys, closed, bomb(tmp_path / "three.owl", 3), f"label is 3000 characters long; at most "
                    f"{MAX_LABEL} are allowed")
    abbreviations = tmp_path / "abbreviations.owl"
    abbreviations.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY owl "http://www.w3.org/2002/07/owl#" >\n'
        '<!ENTITY ex "http://example.org/onto#" >\n]>\n' + RDF_HEAD
        + '<owl:Class rdf:about="&ex;Paper"><rdfs:label>Paper</rdfs:label></owl:Class></rdf:RDF>\n'
    )
    assert main(["import", closed.location, str(abbreviations)]) == 0
    with Workspace.open(closed.location) as workspace:
        assert workspace.entry("abbreviations:Paper").iri == "http://example.org/onto#Paper"


@pytest.mark.parametrize(("declaration", "message"), [
    ('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "declares the external entity xxe"),
    ('<!ENTITY % p "x">', "declares the parameter entity p"),
    ('<!ENTITY a "&b;"><!ENTITY b "&a;">', "refers to itself"),
])
def test_external_parameter_and_looping_entities_are_refused(closed: Workspace, tmp_path: Path, declaration: str,
                                                            message: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "entities.owl"
    file.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{declaration}]>\n{RDF_HEAD}</rdf:RDF>\n')
    refused_quickly(capsys, closed, file, message)


def test_a_text_of_a_million_character_references_is_refused_quickly(closed: Workspace, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "references.owl"
    file.write_text(RDF_HEAD + '<owl:Class rdf:about="http://x/A"><rdfs:label>' + "&#65;" * 1_000_000
                    + "</rdfs:label></owl:Class></rdf:RDF>")
    refused_quickly(capsys, closed, file, f"a text of more than {MAX_TEXT} characters")


# --- spreadsheets ---------------------------------------------------------------------------------------------


def test_a_workbook_that_unpacks_to_hundreds_of_megabytes_is_refused_unread(
    closed: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """311 KB on disk, one 300 MB cell: refused from the archive's directory, before any cell is read."""
    file = tmp_path / "huge-cell.xlsx"
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            block = b"x" * (1 << 20)
            for _ in range(300):
                part.write(block)
            part.write(b"</t></si></sst>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert file.stat().st_size < 1_000_000
    refused_quickly(capsys, closed, file, "the workbook unpacks to 300 MB; at most 200 MB are read")


def test_a_cell_over_its_limit_is_named_by_sheet_row_and_column(closed: Workspace, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "long.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Terms"
    sheet.append(["Key", "Label", "Definition"])
    sheet.append(["a", "Alpha", "fine"])
    sheet.append(["b", "Beta", "x" * (MAX_TEXT + 1)])
    book.save(file)
    refused_quickly(capsys, closed, file, f"sheet Terms, row 3, column C: Definition is {MAX_TEXT + 1} characters "
                    f"long; at most {MAX_TEXT} are allowed", "--framework", "long")
    sheet["B2"] = "L" * (MAX_LABEL + 1)
    sheet["C3"] = "fine"
    book.save(file)
    refused_quickly(capsys, closed, file, "sheet Terms, row 2, column B: Label is", "--framework", "long")


def _sheet_xml(rows: str, dimension: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>')


def _workbook_with_sheet(tmp_path: Path, name: str, sheet_xml: str) -> Path:
    """A real workbook (openpyxl's) whose one sheet is replaced by `sheet_xml`."""
    template = tmp_path / f"{name}-template.xlsx"
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "Terms"
    book.save(template)
    file = tmp_path / f"{name}.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = sheet_xml.encode() if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename)
            target.writestr(item.filename, data)
    return file


def _row(number: int, *values: str) -> str:
    cells = "".join(f'<c r="{column}{number}" t="inlineStr"><is><t>{value}</t></is></c>'
                    for column, value in zip("ABC", values, strict=False))
    return f'<row r="{number}">{cells}</row>'


def test_a_sheet_of_millions_of_rows_is_refused_in_seconds(closed: Workspace, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    # 600,000 rows and no dimension: openpyxl alone reads the whole sheet to look for one (4 s here, 19 s for
    # three million rows) before the first row is handed over.
    rows = _row(1, "Key", "Label") + "".join(f'<row r="{n}"><c r="C{n}"><v>1</v></c></row>'
                                             for n in range(2, 600_001))
    file = _workbook_with_sheet(tmp_path, "tall", _sheet_xml(rows, "").replace('<dimension ref=""/>', ""))
    refused_quickly(capsys, closed, file, f"sheet Terms: more than {MAX_SHEET_ROWS} rows", "--framework", "tall",
                    seconds=3)
    # One row numbered three million: openpyxl would make up every empty row before it.
    lone = _workbook_with_sheet(tmp_path, "lone", _sheet_xml(_row(1, "Key", "Label") + _row(3_000_000, "a", "A"),
                                                             "A1:B3000000"))
    refused_quickly(capsys, closed, lone, f"more than {MAX_SHEET_ROWS} rows", "--framework", "lone")


def test_a_sheet_claiming_millions_of_rows_it_does_not_hold_is_read_quickly(closed: Workspace,
                                                                            tmp_path: Path) -> None:
    rows = _row(1, "Key", "Label") + _row(2, "a", "Alpha") + _row(3, "b", "Beta")
    file = _workbook_with_sheet(tmp_path, "claims", _sheet_xml(rows, "A1:B3000000"))
    started = time.monotonic()
    assert main(["import", closed.location, str(file), "--framework", "claims"]) == 0
    assert time.monotonic() - started < 5
    with Workspace.open(closed.location) as workspace:
        assert [entry.label for entry in workspace.entries("claims")] == ["Alpha", "Beta"]


def test_a_quote_left_open_in_a_csv_file_names_its_line(closed: Workspace, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "quotes.csv"
    file.write_text('key,label,definition\na,"Alpha,first letter\nb,Beta,second letter\nc,Gamma,third\n')
    refused_quickly(capsys, closed, file, "line 2: a quote opened in this row is not closed")
    file.write_text('key,label,definition\na,"Alpha,first letter\nb,Beta,"second" letter\n')
    refused_quickly(capsys, closed, file, "line 2: a quote opened in this row is not closed")
    file.write_text('key,label,definition\na,"Alpha, the first",letter\nb,Beta,"two\nlines"\n')
    assert main(["import", closed.location, str(file)]) == 0


def test_broader_links_in_a_circle_are_refused_at_import(closed: Workspace, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "circle.csv"
    file.write_text("key;label;broader\na;Alpha;c\nb;Beta;a\nc;Gamma;b\nd;Delta;d\n")
    before = state_digest(closed)
    assert main(["import", closed.location, str(file)]) == 1
    err = capsys.readouterr().err
    assert "sheet circle, row 5, column C: broader links go round in a circle: d → d" in err
    assert "sheet circle, row 2, column C: broader links go round in a circle: a → c → b → a" in err
    assert state_digest(closed) == before


def test_a_circle_in_an_imported_vocabulary_is_reported_by_check(closed: Workspace, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "circle.ttl"
    file.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix ex: <http://example.org/> .\n"
        'ex:a a skos:Concept ; skos:prefLabel "A" ; skos:broader ex:b .\n'
        'ex:b a skos:Concept ; skos:prefLabel "B" ; skos:broader ex:a .\n'
    )
    assert main(["import", closed.location, str(file)]) == 0
    capsys.readouterr()
    assert main(["check", closed.location]) == 0
    out = capsys.readouterr().out
    assert ("entry-broader-cycle: circle: broader links between its own entries go round in a circle through "
            "2 entries: circle:a, circle:b") in out


# --- control characters ---------------------------------------------------------------------------------------


def test_control_characters_are_removed_at_import(closed: Workspace, tmp_path: Path) -> None:
    csv_file = tmp_path / "controls.csv"
    csv_file.write_text("key;label;definition\na;Al\x1b[31mpha\x07;De\x85fined\x0b here\n")
    ttl = tmp_path / "vocabulary.ttl"
    ttl.write_text('@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
                   '<http://example.org/x> a skos:Concept ; skos:prefLabel "E\\u001b[2Jx" .\n')
    tsv = tmp_path / "controls.sssom.tsv"
    tsv.write_text("subject_id\tpredicate_id\tobject_id\tcomment\n"
                   "controls:a\tskos:exactMatch\talpha:incident\tsee \x1b]0;title\x07 this\n")
    for file in (csv_file, ttl, tsv):
        assert main(["import", closed.location, str(file)]) == 0, file
    with Workspace.open(closed.location) as workspace:
        entry = workspace.entry("controls:a")
        assert (entry.label, entry.definition) == ("Al[31mpha", "Defined here")
        assert workspace.entry("vocabulary:x").label == "E[2Jx"
        assert workspace.mappings()[0].comment == "see ]0;title this"
        workspace.add_mapping("controls:a", "close", "beta:storning", comment="typed \x1b[2J here")
        assert workspace.mapping_between("controls:a", "beta:storning").comment == "typed [2J here"


def _poison(workspace: Workspace) -> None:
    """Control characters in every text of an entry and a decision, as a workspace made before they were
    removed at import may hold."""
    workspace.add_mapping("alpha:incident", "close", "beta:storning", comment="ok")
    # PostgreSQL's text cannot hold NUL at all; every other control character it keeps as SQLite does.
    bad = "Bad\x1b[31m\x07\x85label" if workspace.on_server else "Bad\x1b[31m\x00\x07\x85label"
    with workspace.transaction() as session:
        session.execute(text("UPDATE entry SET label = :bad, definition = :definition WHERE key = 'incident'"),
                        {"bad": bad, "definition": "=1+1\x1b"})
        session.execute(text("UPDATE label SET text = :bad"), {"bad": bad})
        session.execute(text("UPDATE mapping SET comment = :bad, author = :bad"), {"bad": bad})


def test_control_characters_never_reach_an_export_or_the_terminal(workspace: Workspace, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _poison(workspace)
    workspace.close()
    for format, name in [("xlsx", "x.xlsx"), ("csv", "out"), ("json", "x.json"), ("skos", "x.ttl"),
                         ("sssom", "x.sssom.tsv"), ("archimate", "x.xml"), ("html", "x.html")]:
        assert main(["export", workspace.location, "--format", format, "-o", str(tmp_path / name)]) == 0
    texts = [path.read_text(encoding="utf-8") for path in tmp_path.rglob("x.*") if path.suffix != ".xlsx"]
    texts += [path.read_text(encoding="utf-8-sig") for path in (tmp_path / "out").iterdir()]
    texts.append(str(__import__("json").loads((tmp_path / "x.json").read_text())))
    book = openpyxl.load_workbook(tmp_path / "x.xlsx", read_only=True)
    texts += [str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
              if cell is not None]
    book.close()
    assert texts and not [text for text in texts if has_control(text)]
    assert any("Bad[31mlabel" in text for text in texts)
    capsys.readouterr()
    for argv in (["suggest", workspace.location, "--source", "alpha", "--target", "beta"],
                 ["check", workspace.location], ["suggest", workspace.location, "--source", "alpha",
                                                  "--target", "beta", "--json"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out and "\x85" not in out


# The importer's handling of text, thirty times over: on a database it adds six seconds and nothing to test.
@pytest.mark.file_only
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(label=st.text(min_size=1, max_size=40), definition=st.text(max_size=60))
def test_any_text_in_a_csv_cell_is_stored_printable_or_refused_in_one_line(
    closed: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, definition: str
) -> None:
    file = tmp_path / "any.csv"
    file.write_bytes('key;label;definition\n"a";"{}";"{}"\n'.format(
        label.replace('"', '""'), definition.replace('"', '""')).encode("utf-8", "surrogatepass"))
    code = main(["import", closed.location, str(file), "--framework", "anything"])
    err = capsys.readouterr().err
    assert code in (0, 1) and err.count("\n") <= 1 and "Traceback" not in err
    if code == 0:
        with Workspace.open(closed.location) as workspace:
            entry = workspace.entry("anything:a")
            assert not has_control(entry.label) and not has_control(entry.definition)
        Workspace.create(closed.location, force=True).close()


@given(st.text())
def test_printable_removes_exactly_the_control_characters(text: str) -> None:
    kept = printable(text)
    assert not has_control(kept)
    assert kept == "".join(ch for ch in text if ch in "\t\n\r" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F))
    assert "\r" not in for_terminal(text) and not has_control(for_terminal(text))


def test_limits_are_checked_before_anything_is_stored(workspace: Workspace, tmp_path: Path) -> None:
    file = tmp_path / "late.csv"
    file.write_text("key;label;definition\n" + "".join(f"k{n};L{n};d\n" for n in range(50))
                    + f"last;Last;{'y' * (MAX_TEXT + 1)}\n")
    before = state_digest(workspace)
    with pytest.raises(ImportFileError, match="row 52, column C"):
        import_file(workspace, file, framework="late")
    assert state_digest(workspace) == before


def test_sssom_keeps_formula_like_cells_as_written(workspace: Workspace, tmp_path: Path,
                                                   mini_frameworks: list[FrameworkData]) -> None:
    """SSSOM is an exchange format read by programs: a comment starting with '=' or '+' is written as it is
    (docs/reliability.md) and reads back the same; the xlsx and csv exports, made for people, neutralise it."""
    comment = "=SUM(1,2) +1 is data"
    workspace.add_mapping("alpha:incident", "close", "beta:storning", comment=comment)
    workspace.close()
    out = tmp_path / "set.sssom.tsv"
    assert main(["export", workspace.location, "--format", "sssom", "-o", str(out)]) == 0
    assert f"\t{comment}" in out.read_text(encoding="utf-8")
    with Workspace.create(tmp_path / "other.db", mini_frameworks) as other:
        import_file(other, out)
        assert other.mappings()[0].comment == comment
