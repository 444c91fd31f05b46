"""What the importers find wrong with a file, in the interface language: every problem they write is known, and
every pattern the interface knows is one they write."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from ui.problem_messages import PROBLEMS, problem_known, problem_text
from ui.translations import install_translator, remove_translators
from workbench.errors import FileProblemsError, WorkbenchError
from workbench.importers import import_file, spreadsheet, sssom
from workbench.importers.spreadsheet import write_template
from workbench.workspace import Workspace

NEVER_WRITTEN = {
    # import_previewed's guard: a preview without a framework always lists the problems that explain why.
    r"nothing to import",
}


def problems(workspace: Workspace, path: Path, format: str | None = None, framework: str | None = None) -> list[str]:
    try:
        import_file(workspace, path, format, framework)
    except FileProblemsError as error:
        return [str(problem) for problem in error.problems]
    except WorkbenchError as error:
        return [str(error)]
    raise AssertionError(f"{path.name} was imported")


def book(path: Path, *sheets: tuple[str, list[tuple[object, ...]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def text(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


SSSOM_HEAD = "subject_id\tpredicate_id\tobject_id\tmapping_justification\n"
MANUAL = "semapv:ManualMappingCuration"


def spreadsheet_problems(workspace: Workspace, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    written: list[str] = []
    written += problems(workspace, text(tmp / "words.xlsx", "not a workbook"))
    template = tmp / "template.xlsx"
    write_template(template)
    written += problems(workspace, text(tmp / "half.xlsx", template.read_bytes()[: template.stat().st_size // 2]))
    with zipfile.ZipFile(tmp / "nobook.xlsx", "w") as archive:
        archive.writestr("hello.txt", "no workbook in here")
    written += problems(workspace, tmp / "nobook.xlsx")
    broken = tmp / "broken.xlsx"  # a sheet declaring XML entities, which the reader refuses
    entities = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"?>", b"?>" + entities, 1).replace(b"Change request", b"&a;")
            target.writestr(item, data)
    written += problems(workspace, broken)
    cut = tmp / "cut.xlsx"  # a sheet whose XML stops short
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(cut, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, b"<worksheet><sheetData><row>" if item.filename.endswith("sheet2.xml") else data)
    written += problems(workspace, cut)
    written += problems(workspace, text(tmp / "latin.csv", b"key;label\nx;caf\xe9\n"))
    written += problems(workspace, text(tmp / "nul.csv", "key;label\nx;a\x00b\n"))
    written += problems(workspace, text(tmp / "huge-field.csv", 'key;label\nx;"' + "a" * 1_100_000 + '"\n'))
    written += problems(workspace, text(tmp / "headings.csv", "key;label\n"))
    written += problems(workspace, text(tmp / "no-label.csv", "key;colour\nx;red\n"))
    written += problems(workspace, text(tmp / "x.csv", "key;label\nx;Ex\n"), "xlsx")
    written += problems(workspace, book(tmp / "nolabel.xlsx", ("Data", [("key", "colour")] * 12)))
    written += problems(workspace, book(
        tmp / "rows.xlsx",
        ("About", [("key", "Bad Key"), ("language", "english please"), ("name", "=CONCAT(1,2)")]),
        ("Terms", [
            ("Key", "Label", "Term", "Kind", "Parent", "Related"),
            ("a", "One", "", "term", "", ""),
            ("a", "Two", "", "term", "", ""),
            ("c", "", "", "term", "", ""),
            ("Not OK", "Four", "", "term", "", ""),
            ("d", "Four", "", "gadget", "", ""),
            ("e", "Five", "", "activity", "nowhere", ""),
            ("f", "Six", "", "activity", "", ""),
            ("g", "Seven", "", "activity", "a", ""),
            ("h", "Eight", "", "process", "", ""),
            ("i", "Nine", "", "term", "h", ""),
            ("j", "=1+1", "", "term", "", ""),
        ]),
    ))
    written += problems(workspace, book(tmp / "nokey.xlsx", ("Terms", [("Label",), ("One",)])), "xlsx")
    written += problems(workspace, text(tmp / "related.csv", "key;label;related\nx;Ex;elsewhere\n"))
    monkeypatch.setattr(spreadsheet, "MAX_COLUMNS", 3)
    written += problems(workspace, text(tmp / "wide.csv", "key;label;a;b;c\nx;Ex;1;2;3\n"))
    monkeypatch.setattr(spreadsheet, "MAX_COLUMNS", 200)
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 1)
    written += problems(workspace, text(tmp / "long.csv", "key;label\nx;Ex\ny;Why\n"))
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 100_000)
    monkeypatch.setattr(spreadsheet, "MAX_BYTES", 4)
    written += problems(workspace, text(tmp / "big.csv", "key;label\nx;Ex\n"))
    monkeypatch.undo()

    def refused(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refused)
    written += problems(workspace, text(tmp / "locked.csv", "key;label\n"))
    written += problems(workspace, text(tmp / "locked.sssom.tsv", SSSOM_HEAD))
    written += problems(workspace, text(tmp / "locked.ttl", ""), "skos")
    monkeypatch.undo()
    return written


def sssom_problems(workspace: Workspace, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    def tsv(name: str, content: str | bytes) -> list[str]:
        return problems(workspace, text(tmp / f"{name}.sssom.tsv", content))

    written = tsv("latin", b"subject_id\tpredicate_id\tobject_id\n\xe9")
    written += tsv("yaml", "# name: [unclosed\n" + SSSOM_HEAD)
    written += tsv("list", "# - one\n# - two\n" + SSSOM_HEAD)
    written += tsv("curies", "# curie_map: 5\n" + SSSOM_HEAD)
    written += tsv("no-header", "# name: x\n")
    written += tsv("field", SSSOM_HEAD + 'alpha:incident\t"' + "a" * 1_100_000 + '"\tbeta:storning\tx\n')
    written += tsv("columns", "subject_id\tobject_id\nalpha:incident\tbeta:storning\n")
    written += tsv("rows", SSSOM_HEAD + "\n".join([
        "alpha:incident\tskos:exactMatch\tbeta:storning\t" + MANUAL + "\tone too many",
        "alpha:incident\tskos:exactMatch\tbeta:storning\t" + MANUAL,
        "alpha:incident\tskos:exactMatch\tbeta:storning\t" + MANUAL,
        "incident\tskos:exactMatch\tbeta:storning\t" + MANUAL,
        "zzz:a\tskos:exactMatch\tbeta:storning\t" + MANUAL,
        "alpha:nope\tskos:exactMatch\tbeta:storning\t" + MANUAL,
        "alpha:incident\tskos:sameish\tbeta:storning\t" + MANUAL,
        "alpha:incident\tskos:exactMatch\talpha:incident\t" + MANUAL,
    ]) + "\n")
    written += tsv("values", "subject_id\tpredicate_id\tpredicate_modifier\tobject_id\tmapping_justification\t"
                   "confidence\tmapping_date\n"
                   f"alpha:incident\tskos:exactMatch\tMaybe\tbeta:storning\t{MANUAL}\t2\tyesterday\n")
    monkeypatch.setattr(sssom, "MAX_BYTES", 4)
    written += tsv("big", SSSOM_HEAD)
    monkeypatch.undo()
    return written


def ontology_problems(workspace: Workspace, tmp: Path) -> list[str]:
    written = problems(workspace, text(tmp / "bad.ttl", "this is not turtle ."), "skos")
    plain = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"
    written += problems(workspace, text(tmp / "plain.owl.ttl", plain), "owl")
    written += problems(workspace, text(tmp / "plain.ttl", plain), "skos")
    schemes = (
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<http://one.example/x> a skos:ConceptScheme .\n<http://two.example/x> a skos:ConceptScheme .\n"
        "<http://one.example/a> a skos:Concept ; skos:prefLabel \"A\" ; skos:inScheme <http://one.example/x> .\n"
        "<http://two.example/b> a skos:Concept ; skos:prefLabel \"B\" ; skos:inScheme <http://two.example/x> .\n"
    )
    written += problems(workspace, text(tmp / "twice.ttl", schemes), "skos")
    written += problems(workspace, text(tmp / "two.ttl", schemes.replace("two.example/x", "two.example/y")), "skos",
                        "other")
    return written


def core_problems(workspace: Workspace, tmp: Path) -> list[str]:
    written = problems(workspace, tmp / "gone.csv")
    written += problems(workspace, text(tmp / "notes.weird", "x"))
    concept = "<http://example.org/a> a <http://www.w3.org/2004/02/skos/core#Concept> .\n"
    written += problems(workspace, text(tmp / "!!!.ttl", concept), "skos")
    return written


@pytest.fixture
def written(workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    found = spreadsheet_problems(workspace, tmp_path, monkeypatch)
    found += sssom_problems(workspace, tmp_path, monkeypatch)
    found += ontology_problems(workspace, tmp_path)
    found += core_problems(workspace, tmp_path)
    return found


def uses(pattern: re.Pattern[str], message: str) -> bool:
    """Whether `pattern` reads `message`, whole or after one of its "place: " beginnings."""
    tails = [message] + [message[cut + 2 :] for cut in range(len(message)) if message.startswith(": ", cut)]
    return any(pattern.fullmatch(tail) for tail in tails)


def test_every_problem_the_importers_write_is_known_and_every_pattern_is_written(written: list[str]) -> None:
    assert [message for message in written if not problem_known(message)] == []
    unused = [
        pattern.pattern for pattern, _ in PROBLEMS.patterns
        if pattern.pattern not in NEVER_WRITTEN and not any(uses(pattern, message) for message in written)
    ]
    assert unused == [], (unused, written)


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()


def test_problems_read_in_swedish(swedish: None, written: list[str]) -> None:
    assert problem_text("sheet Terms, row 4, column B: the label is empty") == (
        "blad Terms, rad 4, kolumn B: benämningen är tom")
    assert problem_text("sheet Terms, row 3, column A: key 'a' is used twice (first at sheet Terms, row 2)") == (
        "blad Terms, rad 3, kolumn A: nyckeln 'a' används två gånger (först i blad Terms, rad 2)")
    assert problem_text("line 7, column object_id: framework 'x' has no entry 'y'") == (
        "rad 7, kolumn object_id: ramverket 'x' har ingen post 'y'")
    assert problem_text("/tmp/gone.csv: no such file") == "/tmp/gone.csv: filen finns inte"
    assert problem_text("a problem from a newer core") == "a problem from a newer core"
    # Every problem the importers write reads differently in Swedish: none is left in English.
    assert [message for message in written if problem_text(message) == message] == []
