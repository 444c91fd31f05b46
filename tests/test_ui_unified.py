"""The unified-model tabs, driven as a user would: glossary edits, merge and split, refresh, the process model,
the coverage matrix and the checks panel, each with undo and redo through the window's stack."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.mapper.view
from tests.conftest import DATA
from tests.unify_helpers import framework, term
from ui.main_window import MainWindow
from ui.models import REF_MIME_TYPE
from ui.unified.coverage_matrix import CELL_COLOURS, PROCESSES
from ui.unified.process_tree import ACTIVITY_MIME_TYPE, ElementRole
from workbench.catalogue import load_bundled, load_file
from workbench.domain import Kind, Predicate, Ref
from workbench.unified_model import ProcessRecord
from workbench.workspace import Workspace

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """USM (for the skeleton), `alpha` (processes and activities to trace) and three small term frameworks."""
    usm = [f for f in load_bundled() if f.key == "usm"]
    frameworks = [
        *usm,
        load_file(DATA / "alpha.toml"),
        framework("x", term("a", "Service incident", "Incident"), term("b", "Problem"), term("c", "Known error")),
        framework("y", term("a", "Incident"), term("b", "Problem record", "Problem"), term("c", "Defect")),
        framework("z", term("a", "Disturbance", "Incident"), term("b", "Root cause")),
    ]
    workspace = Workspace.create(tmp_path / "ws.db", frameworks)
    for subject, predicate, obj in (("x:a", "exact", "y:a"), ("y:a", "close", "z:a"), ("x:b", "exact", "y:b"),
                                    ("x:c", "related", "y:c"), ("z:b", "broader", "x:b")):
        workspace.add_mapping(subject, predicate, obj)
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.wait_for_jobs()
    main.workspace.close()


def undo(window: MainWindow) -> None:
    window.undo_stack.undo()


def redo(window: MainWindow) -> None:
    window.undo_stack.redo()


def concepts(window: MainWindow) -> dict[str, set[Ref]]:
    """label -> members, as stored."""
    return {c.label: {m.ref for m in c.members} for c in window.workspace.unified_snapshot().concepts}


def refreshed(window: MainWindow) -> None:
    """Refresh as a user does; the refresh runs in a worker, so wait until its result is shown."""
    window.unified.glossary.refresh_button.click()
    finished(window)


def started(window: MainWindow) -> None:
    """Start the process model from the USM skeleton as a user does (a worker traces it from the decisions)."""
    window.unified.process_model.start_button.click()
    finished(window)


def finished(window: MainWindow) -> None:
    deadline = time.monotonic() + 20
    while window.unified.refresher.running:
        assert time.monotonic() < deadline, "the refresh did not finish"
        QApplication.processEvents()
        time.sleep(0.005)


def test_refresh_shows_the_report_and_the_table_shows_equivalents_per_framework(window: MainWindow) -> None:
    tab = window.unified.glossary
    tester = QAbstractItemModelTester(tab.model, FATAL)
    assert tab.model.rowCount() == 0
    refreshed(window)
    assert "added" in tab.report_label.text() and tab.report_label.isVisibleTo(tab)
    stored = concepts(window)
    assert stored["Incident"] == {Ref("x", "a"), Ref("y", "a"), Ref("z", "a")}
    assert tab.model.rowCount() == len(stored)
    row = tab.model.row_of(next(c.uid for c in window.workspace.unified_snapshot().concepts
                                if c.label == "Incident"))
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert headers[:4] == ["Label", "Status", "Definition", "Notes"] and "X" in headers and "Z" in headers
    assert tab.model.index(row, headers.index("Z")).data() == "Disturbance (close)"
    assert tab.model.index(row, headers.index("X")).data() == "Service incident (exact)"
    # undoing the refresh takes the concepts away again; redo brings back the same ones
    uids = {c.uid for c in window.workspace.unified_snapshot().concepts}
    undo(window)
    assert concepts(window) == {} and tab.model.rowCount() == 0
    redo(window)
    assert {c.uid for c in window.workspace.unified_snapshot().concepts} == uids
    del tester


def test_inline_and_side_editor_edits_undo_and_redo(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.unified.glossary
    refreshed(window)
    tester = QAbstractItemModelTester(tab.model, FATAL)
    uid = next(c.uid for c in window.workspace.unified_snapshot().concepts if c.label == "Incident")
    assert tab.select_uid(uid)
    row = tab.model.row_of(uid)
    assert tab.model.setData(tab.model.index(row, 0), "Service disruption")
    assert window.workspace.unified_snapshot().concepts[0].label in {"Service disruption", "Problem"}
    assert "Service disruption" in concepts(window)
    assert tab.current_uid() == uid and tab.label_edit.text() == "Service disruption"
    # the notes column, typed into the table itself
    window.tabs.setCurrentWidget(tab)
    notes = tab.model.index(tab.model.row_of(uid), 3)
    tab.view.setCurrentIndex(notes)
    tab.view.edit(notes)
    editor = tab.view.indexWidget(notes)
    assert editor is not None
    qtbot.keyClicks(editor, "typed inline")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: next(c for c in window.workspace.unified_snapshot().concepts
                                 if c.uid == uid).notes == "typed inline")
    assert tab.model.index(tab.model.row_of(uid), 3).data() == "typed inline"
    undo(window)
    assert next(c for c in window.workspace.unified_snapshot().concepts if c.uid == uid).notes == ""

    tab.status_box.setCurrentText("agreed")
    tab.definition_edit.setPlainText("When a service stops working as agreed.")
    tab.notes_edit.setPlainText("Agreed in the March workshop.")
    tab.apply_button.click()
    concept = next(c for c in window.workspace.unified_snapshot().concepts if c.uid == uid)
    assert (concept.status, concept.definition, concept.notes) == (
        "agreed", "When a service stops working as agreed.", "Agreed in the March workshop.")
    assert tab.model.index(tab.model.row_of(uid), 1).data() == "agreed"

    undo(window)  # the side editor's three fields are one step
    concept = next(c for c in window.workspace.unified_snapshot().concepts if c.uid == uid)
    assert (concept.label, concept.status, concept.notes) == ("Service disruption", "draft", "")
    undo(window)
    assert "Incident" in concepts(window) and "Service disruption" not in concepts(window)
    redo(window)
    redo(window)
    concept = next(c for c in window.workspace.unified_snapshot().concepts if c.uid == uid)
    assert (concept.label, concept.status) == ("Service disruption", "agreed")
    del tester


def test_merge_and_split_with_undo(window: MainWindow) -> None:
    tab = window.unified.glossary
    refreshed(window)
    tester = QAbstractItemModelTester(tab.model, FATAL)
    members_tester = QAbstractItemModelTester(tab.members_model, FATAL)
    by_label = {c.label: c.uid for c in window.workspace.unified_snapshot().concepts}
    before = concepts(window)
    selection = tab.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    first, second = sorted((tab.model.row_of(by_label["Incident"]), tab.model.row_of(by_label["Problem"])))
    selection.select(tab.model.index(first, 0), flags)
    selection.select(tab.model.index(second, 0), flags)
    kept = tab.model.value(first).uid
    tab.merge_button.click()
    after = window.workspace.unified_snapshot().concepts
    assert len(after) == len(before) - 1
    merged = next(c for c in after if c.uid == kept)
    assert {m.ref for m in merged.members} == before["Incident"] | before["Problem"]
    assert tab.current_uid() == kept

    undo(window)
    assert concepts(window) == before
    redo(window)
    assert len(window.workspace.unified_snapshot().concepts) == len(before) - 1

    # split the y and z members back out of the merged concept
    assert tab.select_uid(kept)
    rows = [r for r in range(tab.members_model.rowCount())
            if tab.members_model.value(r).ref in {Ref("y", "a"), Ref("z", "a")}]
    assert len(rows) == 2
    for r in rows:
        tab.members_view.selectionModel().select(tab.members_model.index(r, 0), flags)
    tab.split_button.click()
    split = window.workspace.unified_snapshot().concepts
    assert len(split) == len(before)
    new = next(c for c in split if {m.ref for m in c.members} == {Ref("y", "a"), Ref("z", "a")})
    assert tab.current_uid() == new.uid
    undo(window)
    assert not any(c.uid == new.uid for c in window.workspace.unified_snapshot().concepts)
    assert {m.ref for c in window.workspace.unified_snapshot().concepts if c.uid == kept
            for m in c.members} == before["Incident"] | before["Problem"]
    redo(window)
    assert any(c.uid == new.uid for c in window.workspace.unified_snapshot().concepts)
    del tester, members_tester


def test_a_refused_edit_leaves_the_stack_alone(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.unified.context.QMessageBox.warning", lambda _parent, _title, text: shown.append(text))
    tab = window.unified.process_model
    started(window)
    count = window.undo_stack.count()
    first = window.workspace.unified_snapshot().processes[0]
    assert tab.select_uid(first.activities[0].uid)
    tab.name_edit.setText(first.activities[1].label)  # an activity occurs once in the model
    tab.add_activity_button.click()
    assert shown and window.undo_stack.count() == count


def _process(window: MainWindow, label: str) -> ProcessRecord:
    return next(p for p in window.workspace.unified_snapshot().processes if p.label == label)


def test_process_model_edits_drags_and_traces_with_undo(window: MainWindow) -> None:
    tab = window.unified.process_model
    model = tab.model
    tester = QAbstractItemModelTester(model, FATAL)
    sources_tester = QAbstractItemModelTester(tab.source_model, FATAL)
    traces_tester = QAbstractItemModelTester(tab.traces_model, FATAL)
    assert tab.empty_label.isVisibleTo(tab) and model.rowCount() == 0
    started(window)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Agree", "Change", "Recover", "Operate", "Improve"]
    assert not tab.start_button.isEnabled()
    recover = model.index(2, 0)
    assert model.rowCount(recover) == len(_process(window, "Recover").activities) > 1

    # add a process after the selected one, then an activity in it
    tab.select_uid(_process(window, "Recover").uid)
    tab.name_edit.setText("Support users")
    tab.add_process_button.click()
    assert [p.label for p in window.workspace.unified_snapshot().processes][3] == "Support users"
    support = _process(window, "Support users").uid
    assert tab.current_uid() == support
    tab.name_edit.setText("Answer the question")
    tab.add_activity_button.click()
    answer = _process(window, "Support users").activities[0].uid
    assert tab.current_uid() == answer

    # rename in place
    assert model.setData(tab.model.index_of(answer), "Answer the user's question")
    assert _process(window, "Support users").activities[0].label == "Answer the user's question"

    # reorder: move the process up, and an activity down
    tab.select_uid(support)
    tab.up_button.click()
    assert [p.label for p in window.workspace.unified_snapshot().processes][2] == "Support users"
    recover_activities = [a.uid for a in _process(window, "Recover").activities]
    tab.select_uid(recover_activities[0])
    tab.down_button.click()
    assert [a.uid for a in _process(window, "Recover").activities][:2] == recover_activities[1::-1]
    undo(window)
    assert [a.uid for a in _process(window, "Recover").activities] == recover_activities

    # drag a framework activity onto a unified activity: a trace
    tab.framework_box.setCurrentIndex(tab.framework_box.findData("alpha"))
    assert {e.ref for e in tab.source_model.rows()} == {Ref("alpha", "incident-management-log"),
                                                        Ref("alpha", "incident-management-resolve")}
    drop = QMimeData()
    drop.setData(REF_MIME_TYPE, b"alpha:incident-management-log")
    target = model.index_of(answer)
    assert model.canDropMimeData(drop, Qt.DropAction.CopyAction, -1, 0, target)
    assert model.dropMimeData(drop, Qt.DropAction.CopyAction, -1, 0, target)
    traced = _process(window, "Support users").activities[0].traces
    assert [t.ref for t in traced] == [Ref("alpha", "incident-management-log")]
    log_row = next(r for r, e in enumerate(tab.source_model.rows())
                   if e.ref == Ref("alpha", "incident-management-log"))
    assert tab.source_model.index(log_row, 2).data() == "Answer the user's question (exact)"
    undo(window)
    assert not _process(window, "Support users").activities[0].traces

    # or assign with the button, then remove the trace again
    tab.select_uid(answer)
    tab.source_view.setCurrentIndex(tab.source_model.index(0, 0))
    tab.relation_box.setCurrentText("close")
    tab.assign_button.click()
    assert [t.relation for t in _process(window, "Support users").activities[0].traces] == ["close"]
    tab.traces_view.setCurrentIndex(tab.traces_model.index(0, 0))
    tab.untrace_button.click()
    assert not _process(window, "Support users").activities[0].traces

    # drag a unified activity onto another process: it moves there, in the dropped place
    move = QMimeData()
    move.setData(ACTIVITY_MIME_TYPE, answer.encode())
    recover_index = model.index_of(_process(window, "Recover").uid)
    assert model.dropMimeData(move, Qt.DropAction.CopyAction, 1, 0, recover_index)
    assert [a.uid for a in _process(window, "Recover").activities][1] == answer
    assert not _process(window, "Support users").activities
    undo(window)
    assert [a.uid for a in _process(window, "Support users").activities] == [answer]

    # delete a process with its activities, and undo
    tab.select_uid(support)
    tab.delete_button.click()
    assert "Support users" not in {p.label for p in window.workspace.unified_snapshot().processes}
    undo(window)
    assert [a.uid for a in _process(window, "Support users").activities] == [answer]
    assert isinstance(model.data(model.index_of(support), ElementRole), ProcessRecord)

    # the process editor: trigger and outcome
    tab.select_uid(support)
    tab.trigger_edit.setText("A user asks for help")
    tab.outcome_edit.setText("The user can work again")
    tab.apply_button.click()
    process = _process(window, "Support users")
    assert (process.trigger, process.outcome) == ("A user asks for help", "The user can work again")
    while window.undo_stack.canUndo():
        undo(window)
    assert window.workspace.unified_snapshot().processes == () and model.rowCount() == 0
    del tester, sources_tester, traces_tester


def test_coverage_matrix_colours_cells_by_the_strongest_relation(window: MainWindow) -> None:
    refreshed(window)
    matrix = window.unified.coverage
    tester = QAbstractItemModelTester(matrix.model, FATAL)
    model = matrix.model
    uid = next(c.uid for c in window.workspace.unified_snapshot().concepts if c.label == "Incident")
    row = next(r for r in range(model.rowCount()) if model.row(r).uid == uid)
    columns = {model.framework(c): c for c in range(1, model.columnCount())}
    assert model.index(row, columns["x"]).data() == "exact"
    assert model.index(row, columns["z"]).data() == "close"
    assert model.index(row, columns["alpha"]).data() is None
    assert model.index(row, columns["x"]).data(Qt.ItemDataRole.BackgroundRole).color() == CELL_COLOURS[4]
    assert model.index(row, columns["z"]).data(Qt.ItemDataRole.BackgroundRole).color() == CELL_COLOURS[3]
    window.tabs.setCurrentWidget(matrix)
    cell = model.index(row, columns["z"])
    matrix.view.scrollTo(cell)
    QTest.mouseClick(matrix.view.viewport(), Qt.MouseButton.LeftButton, pos=matrix.view.visualRect(cell).center())
    assert "Disturbance" in matrix.members_text.toPlainText()
    assert "Service incident" not in matrix.members_text.toPlainText()

    started(window)
    matrix.what_box.setCurrentIndex(matrix.what_box.findData(PROCESSES))
    assert model.rowCount() > 5
    # the process model was started from USM: USM is each element's source, not an exact match
    assert model.index(0, columns["usm"]).data() == "source"
    assert model.index(0, columns["usm"]).data(Qt.ItemDataRole.BackgroundRole).color() == CELL_COLOURS[5]
    del tester


def test_checks_panel_lists_findings_and_jumps_to_them(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.unified.checks
    tester = QAbstractItemModelTester(panel.model, FATAL)
    window.workspace.add_mapping("y:a", "exact", "x:a", negated=True)  # a match one way, not a match the other
    window.decisions_changed()
    refreshed(window)
    panel.run_button.click()
    assert panel.running and not panel.run_button.isEnabled()  # in a worker: checks of a large workspace take seconds
    qtbot.waitUntil(lambda: not panel.running)
    codes = [f.code for f in panel.findings()]
    assert "match-and-not-a-match" in codes and "coverage" in codes
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert panel.model.index(0, 0).data() == "error"

    row = next(r for r in range(panel.model.rowCount()) if panel.model.value(r).code == "match-and-not-a-match")
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    assert panel.places_list.count() == 2
    assert window.mapper.source == "usm"
    monkeypatch.setattr(ui.mapper.view, "READ_AT_ONCE", 1)  # x and y count as large frameworks here
    assert panel.jump_to_finding(row)
    assert window.tabs.currentWidget() is window.mapper
    # The other framework's list is read in the background (a large one takes seconds), then the entry is chosen.
    assert "Reading" in window.mapper.empty_label.text()
    qtbot.waitUntil(lambda: window.mapper.current_entry() is not None, timeout=10_000)
    current = window.mapper.current_entry()
    assert current is not None and current.ref in {Ref("x", "a"), Ref("y", "a")}
    assert window.mapper.kind is Kind.TERM
    # While its suggestions are computed, the entry is not said to have none.
    assert not (window.mapper.busy and "No suggestions" in window.mapper.empty_label.text())
    # An entry further down a list already shown is selected at once.
    other = Ref(current.ref.framework, "c")
    assert panel.jump(other)
    selected = window.mapper.current_entry()
    assert selected is not None and selected.ref == other
    window.wait_for_jobs()

    # a unified concept opens in the glossary tab, a unified process in the process-model tab
    uid = window.workspace.unified_snapshot().concepts[0].uid
    assert panel.jump(uid)
    assert window.tabs.currentWidget() is window.unified.glossary
    assert window.unified.glossary.current_uid() == uid
    started(window)
    process = window.workspace.unified_snapshot().processes[1]
    assert panel.jump(process.uid)
    assert window.tabs.currentWidget() is window.unified.process_model
    assert window.unified.process_model.current_uid() == process.uid
    assert not panel.jump("c-gone")

    # A unified element is named where the finding points, not shown by its generated id.
    from workbench.unify import process_model

    process_model.add_process(window.workspace, "Service desk")
    window.unified.context.changed()
    panel.run_button.click()
    qtbot.waitUntil(lambda: not panel.running)
    row = next(r for r in range(panel.model.rowCount()) if panel.model.value(r).code == "process-without-trigger")
    assert panel.model.index(row, 3).data() == "process 'Service desk'"

    window.decisions_changed()
    assert "run again" in panel.summary_label.text()
    # A decision made while the checks run makes their findings stale as soon as they arrive.
    panel.run_button.click()
    window.decisions_changed()
    qtbot.waitUntil(lambda: not panel.running)
    assert panel.findings() and "run again" in panel.summary_label.text()
    del tester


def test_switching_workspace_reloads_the_unified_tabs(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    refreshed(window)
    assert window.unified.glossary.model.rowCount() > 0
    other = Workspace.create(tmp_path / "other.db", [load_file(DATA / "alpha.toml")])
    window.switch_workspace(other)
    assert window.unified.glossary.model.rowCount() == 0
    assert window.unified.coverage.model.columnCount() == 2
    assert window.unified.process_model.framework_box.count() == 1
    assert window.unified.checks.findings() == []
    assert window.unified.process_model.model.index(0, 0) == QModelIndex()


def test_a_long_refresh_runs_in_the_background_behind_a_busy_dialog(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    import ui.unified.refresher

    go_on = threading.Event()
    original = ui.unified.refresher.refresh_now

    def slow(workspace: Workspace, **options: object) -> object:
        go_on.wait(10)  # as a refresh of tens of thousands of entries takes seconds
        return original(workspace, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(ui.unified.refresher, "refresh_now", slow)
    tab = window.unified.glossary
    window.decide(Ref("x", "c"), Predicate.RELATED, Ref("z", "b"), False, "")
    decided = len(window.workspace.mappings())
    tab.refresh_button.click()
    assert tab.refreshing and not tab.refresh_button.isEnabled()  # the click returned at once
    # Before the busy dialog shows, keys are held back: Ctrl+Z would have undone the decision meanwhile.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.workspace.mappings()) == decided
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=2000)
    [busy] = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert busy.isModal() and "Refreshing" in busy.labelText()
    go_on.set()
    qtbot.waitUntil(lambda: not tab.refreshing, timeout=10_000)
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
    assert "added" in tab.report_label.text() and tab.model.rowCount() == len(concepts(window)) > 0
    assert tab.refresh_button.isEnabled()
    undo(window)
    assert concepts(window) == {} and tab.model.rowCount() == 0
    assert QApplication.overrideCursor() is None  # the wait cursor of the undo is gone again


def test_a_refresh_that_fails_says_why_and_leaves_the_window_usable(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import ui.unified.refresher
    from workbench.errors import WorkbenchError
    from workbench.messages import Template

    def broken(_workspace: Workspace, **_options: object) -> object:
        raise WorkbenchError(Template("test.read-only", "the workspace file is read-only")())

    window.decide(Ref("x", "c"), Predicate.RELATED, Ref("z", "b"), False, "")
    decided = len(window.workspace.mappings())
    seen: list[tuple[str, int]] = []

    def warning(_parent: object, _title: str, text: str) -> None:
        # While the message is up, keys must reach the application again, or nobody could close it.
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen.append((text, len(window.workspace.mappings())))

    monkeypatch.setattr(ui.unified.refresher, "refresh_now", broken)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    tab = window.unified.glossary
    tab.refresh_button.click()
    qtbot.waitUntil(lambda: not tab.refreshing)
    assert seen == [("the workspace file is read-only", decided - 1)]  # the Ctrl+Z got through
    assert tab.refresh_button.isEnabled() and concepts(window) == {}
