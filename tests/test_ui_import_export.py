"""File → Import… and File → Export…, driven through their dialogs (paths typed in, never native file dialogs)."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from ui.files import import_preview
from ui.files.export_dialog import ExportDialog
from ui.files.import_wizard import ImportWizard
from ui.main_window import MainWindow
from ui.translations import install_translator, remove_translators
from workbench.domain import FrameworkData
from workbench.importers import import_file
from workbench.importers.sheet_template import TEMPLATE_COLUMNS
from workbench.importers.spreadsheet import HEADINGS
from workbench.workspace import Workspace

DATA = Path(__file__).parent / "data"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, mini_frameworks: list[FrameworkData]) -> Iterator[MainWindow]:
    path = tmp_path / "ws.workbench"
    Workspace.create(path, mini_frameworks).close()
    opened = MainWindow(Workspace.open(path))
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.wait_for_jobs()
    opened.workspace.close()


def open_wizard(window: MainWindow) -> ImportWizard:
    action = window.findChild(QAction, "import")
    assert action is not None and action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    # Closed dialogs are deleted later, so pick the one on screen.
    [wizard] = [shown for shown in window.findChildren(ImportWizard) if shown.isVisible()]
    return wizard


def open_export(window: MainWindow) -> ExportDialog:
    action = window.findChild(QAction, "export")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    # Closed dialogs are deleted later, so pick the one on screen.
    [dialog] = [shown for shown in window.findChildren(ExportDialog) if shown.isVisible()]
    return dialog


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(TEMPLATE_COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in TEMPLATE_COLUMNS})
    return path


GOOD_ROWS = [
    {"Key": "request", "Kind": "term", "Label": "Service request", "Definition": "A user asks for something."},
    {"Key": "fulfil", "Kind": "process", "Label": "Request fulfilment", "Definition": "Handling requests."},
    {"Key": "fulfil-log", "Kind": "activity", "Label": "Log the request", "Parent": "fulfil"},
]


def frameworks(window: MainWindow) -> list[str]:
    return [framework.key for framework in window.workspace.frameworks()]


def test_a_csv_framework_is_previewed_then_imported(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "own-practices.csv", GOOD_ROWS)
    wizard = open_wizard(window)
    wizard.choose_page.set_path(path)
    assert wizard.choose_page.format() == "csv"
    assert wizard.choose_page.framework() == "own-practices"
    wizard.next()
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    qtbot.waitUntil(lambda: not preview.busy, timeout=20_000)
    read_as = {row[1]: row[2] for row in preview.columns_model.rows()}
    assert read_as["Label"] == "Label" and read_as["Parent"] == "Parent process" and read_as["Key"] == "Key"
    headers = [preview.rows_model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(preview.rows_model.columnCount())]
    assert "Parent process" in headers and "parent" not in headers
    assert preview.rows_model.rowCount() == 3
    assert "Service request" in [preview.rows_model.index(0, column).data()
                                 for column in range(preview.rows_model.columnCount())]
    assert preview.problems == [] and preview.isComplete()
    assert "3 entries" in preview.summary.text()
    assert "own-practices" not in frameworks(window)  # a preview writes nothing

    wizard.next()
    qtbot.waitUntil(lambda: not wizard.result_page.busy, timeout=20_000)
    result = wizard.result_page.result
    assert result is not None and "added framework 'own-practices'" in str(result.summary)
    assert wizard.result_page.summary.text() == str(result.summary)
    assert "own-practices" in frameworks(window)
    assert window.workspace.entry("own-practices:fulfil-log").label == "Log the request"
    # The window shows the new framework: the mapper's source list and the frameworks dock.
    sources = [window.mapper.source_box.itemData(i) for i in range(window.mapper.source_box.count())]
    assert "own-practices" in sources
    dock = [window.frameworks.topLevelItem(i).data(0, 0x0100) for i in range(window.frameworks.topLevelItemCount())]
    assert "own-practices" in dock
    wizard.accept()


def test_the_preview_is_read_in_the_background_and_can_be_left(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large file takes seconds to check; hold the reading until the test lets it go.
    release = threading.Event()
    read = import_preview._read_preview

    def slow_read(*args: object) -> object:
        release.wait(20)
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(import_preview, "_read_preview", slow_read)
    path = write_csv(tmp_path / "own-practices.csv", GOOD_ROWS)
    wizard = open_wizard(window)
    wizard.choose_page.set_path(path)
    wizard.next()
    preview = wizard.preview_page
    assert preview.busy and preview.reading.isVisibleTo(wizard)
    assert "Reading own-practices.csv" in preview.summary.text()
    assert not preview.isComplete() and not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.back()  # the reading goes on, but nobody waits for it any more
    assert not preview.busy
    release.set()
    wizard.next()
    qtbot.waitUntil(lambda: not preview.busy, timeout=20_000)
    assert preview.isComplete() and "3 entries" in preview.summary.text()
    assert not preview.reading.isVisibleTo(wizard)
    # Closing while a preview is being read leaves nothing behind and writes nothing.
    release.clear()
    wizard.back()
    wizard.next()
    wizard.reject()
    release.set()
    qtbot.waitUntil(lambda: not import_preview._RUNNING, timeout=20_000)
    assert "own-practices" not in frameworks(window)


def test_the_import_writes_what_the_preview_read_unless_the_file_changed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.importers import spreadsheet

    reads: list[Path] = []
    read = spreadsheet.preview

    def counted(path: Path, *args: object, **kwargs: object) -> spreadsheet.SpreadsheetPreview:
        reads.append(path)
        return read(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(spreadsheet, "preview", counted)
    path = write_csv(tmp_path / "own-practices.csv", GOOD_ROWS)
    wizard = open_wizard(window)
    wizard.choose_page.set_path(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.busy, timeout=20_000)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.result_page.busy, timeout=20_000)
    assert reads == [path]  # a large file is read once, not twice
    assert window.workspace.entry("own-practices:fulfil-log").label == "Log the request"
    wizard.accept()

    # Changed between preview and import: the import reads the file again and takes what is there now.
    wizard = open_wizard(window)
    wizard.choose_page.set_path(path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.busy, timeout=20_000)
    rows = [dict(row) for row in GOOD_ROWS]
    rows[-1]["Label"] = "Record the request"
    write_csv(path, rows)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.result_page.busy, timeout=20_000)
    assert reads == [path] * 3
    assert window.workspace.entry("own-practices:fulfil-log").label == "Record the request"
    wizard.accept()


def test_a_broken_csv_lists_every_problem_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [*GOOD_ROWS, {"Key": "x", "Kind": "gadget", "Label": "X"}, {"Key": "y", "Definition": "no label"}]
    path = write_csv(tmp_path / "broken.csv", rows)
    before = frameworks(window)
    wizard = open_wizard(window)
    wizard.choose_page.set_path(path)
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: not preview.busy, timeout=20_000)
    problems = [str(problem) for problem in preview.problems]
    assert any("row 5" in problem and "column B" in problem and "gadget" in problem for problem in problems)
    assert any("row 6" in problem and "label" in problem for problem in problems)
    assert preview.problems_model.rowCount() == len(problems) >= 2
    assert not preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()  # refused: the import cannot start while there are problems
    assert wizard.currentPage() is preview
    assert frameworks(window) == before
    wizard.reject()


def test_an_import_that_fails_shows_why_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = frameworks(window)
    wizard = open_wizard(window)
    wizard.choose_page.set_path(DATA / "broken.owl")
    assert wizard.choose_page.format() == "owl"
    wizard.next()
    assert wizard.preview_page.isComplete()  # ontologies are only described, then read in the job
    assert "replaces" not in wizard.preview_page.summary.text()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.result_page.busy, timeout=20_000)
    assert wizard.result_page.result is None and wizard.result_page.error
    assert "unchanged" in wizard.result_page.summary.text()
    assert frameworks(window) == before
    wizard.accept()


def test_every_field_the_importer_reads_has_a_name_to_show() -> None:
    assert set(import_preview.FIELD_NAMES) == set(HEADINGS)


def test_the_template_is_saved_and_previews_cleanly(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    wizard = open_wizard(window)
    written = wizard.choose_page.save_template(tmp_path / "template.xlsx")
    assert written is not None and written.is_file()
    assert wizard.choose_page.format() == "xlsx"
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: not preview.busy, timeout=20_000)
    assert preview.problems == []
    assert "my-framework" in preview.summary.text()
    assert preview.rows_model.rowCount() == 3
    wizard.reject()


def run_export(qtbot: QtBot, window: MainWindow, format: str, path: Path) -> ExportDialog:
    dialog = open_export(window)
    dialog.set_format(format)
    dialog.set_path(path)
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.error is None and dialog.written == path
    assert str(path) in dialog.status.text()
    return dialog


def test_json_and_sssom_exports_are_written_and_parse(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.workspace.add_mapping("alpha:incident", "exact", "beta:storning")
    dialog = run_export(qtbot, window, "json", tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert {framework["key"] for framework in document["frameworks"]} == {"alpha", "beta"}
    assert len(document["mappings"]) == 1
    dialog.accept()

    dialog = run_export(qtbot, window, "sssom", tmp_path / "out.sssom.tsv")
    lines = (tmp_path / "out.sssom.tsv").read_text(encoding="utf-8").splitlines()
    table = list(csv.DictReader(io.StringIO("\n".join(line for line in lines if not line.startswith("#"))),
                                delimiter="\t"))
    assert [(row["subject_id"], row["object_id"]) for row in table] == [("alpha:incident", "beta:storning")]
    assert any(line.startswith("#curie_map:") for line in lines)
    dialog.accept()


def test_changing_the_format_changes_the_suffix_and_a_csv_folder_is_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_export(window)
    dialog.set_path(tmp_path / "stakeholders.xlsx")
    dialog.set_format("html")
    assert dialog.path() == tmp_path / "stakeholders.html"
    dialog.set_format("sssom")
    assert dialog.path() == tmp_path / "stakeholders.sssom.tsv"
    dialog.accept()
    run_export(qtbot, window, "csv", tmp_path / "tables")
    from workbench.exporters.csv_export import csv_files
    from workbench.exporters.destination import MANIFEST

    written = {path.name for path in (tmp_path / "tables").iterdir()}  # a folder (no .zip): one file per table
    assert written == {name for name, _text in csv_files(window.workspace)} | {MANIFEST}
    assert {"mappings.csv", "glossary.csv", "entries.csv", "decisions.csv"} <= written


def test_an_export_that_fails_says_why(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_export(window)
    dialog.set_format("json")
    dialog.set_path(tmp_path / "no-such-folder" / "out.json")
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.written is None and dialog.error
    assert "Nothing was written" in dialog.status.text()
    dialog.reject()


def test_an_ontology_under_a_key_the_workspace_holds_is_announced_as_a_new_edition(
    qtbot: QtBot, window: MainWindow
) -> None:
    wizard = open_wizard(window)
    wizard.choose_page.set_path(DATA / "tiny.owl")
    wizard.choose_page.framework_edit.setText("alpha")
    wizard.next()
    assert "It replaces the framework alpha already in the workspace" in wizard.preview_page.summary.text()
    wizard.reject()


def test_every_labelled_field_answers_to_its_alt_letter(qtbot: QtBot, window: MainWindow) -> None:
    # A form row holding a layout (an edit with its Browse button) got a label without a buddy: the import
    # wizard showed "&File:" and the export dialog "&To:", and Alt+F / Alt+T did nothing.
    from PySide6.QtWidgets import QLabel

    from ui.preferences import PreferencesDialog
    from ui.settings import load_preferences

    def preferences() -> PreferencesDialog:
        dialog = PreferencesDialog(load_preferences(), window)
        qtbot.addWidget(dialog)
        return dialog

    for open_dialog in (open_wizard, open_export, lambda _window: preferences()):
        dialog = open_dialog(window)  # one at a time, as a user has them
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        labelled = [label for label in dialog.findChildren(QLabel)
                    if label.isVisible() and re.search(r"&[^&\s]", label.text()) and "<" not in label.text()]
        assert labelled, type(dialog).__name__  # every one of these dialogs has labelled fields
        for label in labelled:
            buddy = label.buddy()
            assert buddy is not None, (type(dialog).__name__, label.text())
            letter = re.search(r"&([^&\s])", label.text()).group(1)
            qtbot.keyClick(dialog, QKeySequence(letter.upper())[0].key(), Qt.KeyboardModifier.AltModifier)
            focused = QApplication.focusWidget()
            assert focused is buddy or buddy.isAncestorOf(focused), (type(dialog).__name__, label.text(), focused)
        dialog.reject()


def test_a_template_saved_in_swedish_is_swedish_and_imports_as_it_is(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    install_translator(QApplication.instance(), "sv")
    try:
        wizard = open_wizard(window)
        written = wizard.choose_page.save_template(tmp_path / "mall.xlsx")
        wizard.reject()
    finally:
        remove_translators()
    assert written is not None
    book = load_workbook(written, read_only=True)
    assert book.sheetnames == ["Om", "Poster", "Hjälp"]
    headings = [cell.value for cell in next(book["Poster"].iter_rows(max_row=1))]
    assert headings[:4] == ["Nyckel", "Typ", "Benämning", "Synonymer"]
    about = {row[0].value: row[1].value for row in book["Om"].iter_rows()}
    assert about["namn"] == "Mitt ramverk" and about["licens"] == "Intern användning"
    # A colleague fills it in and it imports as it is: Swedish headings, kinds and categories read back.
    result = import_file(window.workspace, written)
    assert "mitt-ramverk" in str(result.summary)
    request = window.workspace.entry("mitt-ramverk:change-request")
    assert (request.label, request.kind.value, request.category) == ("Ändringsbegäran", "term", "artefact")
    control = window.workspace.entry("mitt-ramverk:change-control")
    assert (control.kind.value, control.category, control.trigger) == (
        "process", "practice", "En ändringsbegäran kommer in.")
    step = window.workspace.entry("mitt-ramverk:change-control-assess")
    assert step.kind.value == "activity" and str(step.parent) == "mitt-ramverk:change-control"
