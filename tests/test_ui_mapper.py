"""The main window and the mapper, driven as a user would: keys, undo, search, restart."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.mapper.view
from tests.window_helpers import shown_window
from ui.main_window import MainWindow
from ui.models import Status
from workbench.catalogue import load_bundled
from workbench.domain import Kind, Predicate, Ref
from workbench.errors import FAILED, WorkbenchError
from workbench.workspace import Workspace


@pytest.fixture(scope="module")
def bundled_pair() -> list:
    return [f for f in load_bundled() if f.key in ("itil4", "devops")]


@pytest.fixture
def window_factory(qtbot: QtBot, tmp_path: Path, bundled_pair: list) -> Iterator:
    """Opens main windows on one workspace file; checks at the end that no suggestion job is left running."""
    path = tmp_path / "ws.workbench"
    Workspace.create(path, bundled_pair).close()
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        windows.append(shown_window(qtbot, path))
        return windows[-1]

    yield make
    for window in windows:
        window.wait_for_jobs()
        assert not window.mapper.busy or not window.isVisible()
        window.workspace.close()


def wait_for_suggestions(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.mapper.busy, timeout=20_000)


def select_source(qtbot: QtBot, window: MainWindow, key: str) -> None:
    mapper = window.mapper
    row = mapper.source_model.row_of(key)
    assert row >= 0, key
    mapper.source_view.setCurrentIndex(mapper.source_model.index(row, 0))
    mapper.source_view.setFocus()


def test_decide_with_keys_undo_redo_reject_search_and_restart(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    mapper = window.mapper
    mapper.choose("itil4", "devops", Kind.PROCESS)
    wait_for_suggestions(qtbot, window)

    select_source(qtbot, window, "itil4:incident-management")
    assert mapper.suggestion_model.rowCount() > 0
    top = mapper.suggestion_model.value(0)
    assert top.subject == Ref("itil4", "incident-management")
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert mapper.rationale_edit.hasFocus()
    qtbot.keyClicks(mapper.rationale_edit, "both restore normal service")
    qtbot.keyClick(mapper.rationale_edit, Qt.Key.Key_Return)
    assert mapper.source_view.hasFocus()
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_2)  # close match
    decision = window.workspace.mapping_between(top.subject, top.object)
    assert decision is not None and decision.predicate is Predicate.CLOSE
    assert decision.comment == "both restore normal service" and decision.author == "Test Author"
    statuses = {str(e.ref): mapper.source_model.status(e) for e in mapper.source_model.rows()}
    assert statuses["itil4:incident-management"] is Status.MAPPED
    moved_to = mapper.current_entry()
    assert moved_to is not None and statuses[str(moved_to.ref)] is Status.UNREVIEWED  # on to the next unreviewed

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.mapping_between(top.subject, top.object) is None
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    redone = window.workspace.mapping_between(top.subject, top.object)
    assert redone is not None and redone.predicate is Predicate.CLOSE
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.mapping_between(top.subject, top.object) is None
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.mapping_between(top.subject, top.object) is not None

    # Reject the second candidate of the next entry that has two or more (N moves on).
    for _ in range(mapper.source_model.rowCount()):
        if mapper.suggestion_model.rowCount() > 1:
            break
        qtbot.keyClick(mapper.source_view, Qt.Key.Key_N)
    rejected_for = mapper.current_entry()
    assert rejected_for is not None and rejected_for.ref != top.subject
    assert mapper.suggestion_model.rowCount() > 1
    mapper.suggestion_view.setFocus()
    qtbot.keyClick(mapper.suggestion_view, Qt.Key.Key_Down)
    candidate = mapper.current_candidate()
    assert candidate is not None and candidate == mapper.suggestion_model.value(1).object
    qtbot.keyClick(mapper.suggestion_view, Qt.Key.Key_X)
    rejection = window.workspace.mapping_between(rejected_for.ref, candidate)
    assert rejection is not None and rejection.negated and rejection.comment == ""

    # Search the target framework and map by hand.
    select_source(qtbot, window, "itil4:problem-management")
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert mapper.search_edit.hasFocus()
    qtbot.keyClicks(mapper.search_edit, "postmortem")
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    found = mapper.current_candidate()
    assert found is not None and found.framework == "devops"
    assert found == mapper.search_model.value(0).ref
    qtbot.keyClick(mapper.search_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert mapper.filter_edit.hasFocus()
    qtbot.keyClick(mapper.filter_edit, Qt.Key.Key_Tab)
    assert mapper.source_view.hasFocus() and mapper.current_entry().ref == Ref("itil4", "problem-management")
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_5)
    manual = window.workspace.mapping_between(Ref("itil4", "problem-management"), found)
    assert manual is not None and manual.predicate is Predicate.RELATED
    assert window.mapping_model.rowCount() == 3

    window.close()
    restarted = window_factory()
    assert len(restarted.workspace.mappings()) == 3
    assert restarted.mapping_model.rowCount() == 3
    assert restarted.undo_stack.count() == 0


def test_typing_digits_in_the_filter_filters_and_decides_nothing(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    mapper = window.mapper
    mapper.choose("itil4", "devops", Kind.TERM)
    wait_for_suggestions(qtbot, window)
    qtbot.keyClicks(mapper.filter_edit, "1")
    assert window.workspace.count_mappings() == 0
    mapper.filter_edit.clear()
    qtbot.keyClicks(mapper.filter_edit, "SLA")
    labels = [mapper.source_model.value(row).label for row in range(mapper.source_model.rowCount())]
    assert "Service level agreement" in labels
    assert len(labels) < 10


def test_decisions_table_edits_and_deletes_with_undo(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.workspace.add_mapping("itil4:incident", "exact", "devops:incident")
    window.decisions_changed()
    window.tabs.setCurrentIndex(1)
    window.mapping_view.setCurrentIndex(window.mapping_model.index(0, 0))
    window.relation_edit.setCurrentIndex(window.relation_edit.findText("related"))
    window.change_selected_relation()
    assert window.workspace.mapping_between("itil4:incident", "devops:incident").predicate is Predicate.RELATED
    window.mapping_view.setCurrentIndex(window.mapping_model.index(0, 0))
    window.delete_selected_mapping()
    assert window.workspace.count_mappings() == 0
    window.undo_stack.undo()
    assert window.workspace.mapping_between("itil4:incident", "devops:incident").predicate is Predicate.RELATED
    window.undo_stack.undo()
    assert window.workspace.mapping_between("itil4:incident", "devops:incident").predicate is Predicate.EXACT
    window.mapping_filter.setText("no such text anywhere")
    assert window.mapping_model.rowCount() == 0


def test_models_pass_the_qt_model_tester(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    mapper = window.mapper
    window.workspace.add_mapping("itil4:incident", "exact", "devops:incident")
    models = [mapper.source_model, mapper.suggestion_model, mapper.search_model, window.mapping_model]
    for model in models:  # each tester belongs to its model (its Qt parent), so it watches while the model lives
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)
    mapper.choose("itil4", "devops", Kind.TERM)
    wait_for_suggestions(qtbot, window)
    mapper.filter_edit.setText("change")
    select_source(qtbot, window, str(mapper.source_model.value(0).ref))
    mapper.search_edit.setText("deploy")
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    window.decisions_changed()
    for model in (mapper.suggestion_model, window.mapping_model):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    # The testers (Fatal mode) abort the run on any broken model contract while the models change above; what the
    # models hold afterwards is what those changes should have left.
    assert mapper.source_model.rowCount() > 0
    assert all("change" in " ".join([e.label, *e.alt_labels, e.definition]).casefold()
               for e in mapper.source_model.rows())
    assert mapper.search_model.rowCount() > 0 and window.mapping_model.rowCount() == 1
    scores = [s.score for s in mapper.suggestion_model.rows()]
    assert scores == sorted(scores, reverse=True)


def test_model_operations_keep_the_reference_count_of_none(qtbot: QtBot, window_factory) -> None:
    """PySide6 6.12.0 released one reference to None too many per model append (DESIGN.md section 6)."""
    window = window_factory()
    mapper = window.mapper

    def exercise(times: int) -> None:
        for _ in range(times):  # each round adds about 20 tree items and resets two models
            window.decisions_changed()
            mapper.filter_edit.setText("a")
            mapper.filter_edit.setText("")
            mapper.source_model.data(mapper.source_model.index(0, 1))
            mapper.source_model.data(QModelIndex())
        QApplication.processEvents()

    # Settle first: values freed by earlier tests, or a finishing suggestion job or meaning refresh, legitimately
    # move the count.
    wait_for_suggestions(qtbot, window)
    qtbot.waitUntil(lambda: not window.meanings.busy, timeout=60_000)
    exercise(10)
    gc.collect()
    before = sys.getrefcount(None)
    exercise(100)
    gc.collect()
    # A leak of one reference per item or reset would lower the count by two thousand or more.
    after = sys.getrefcount(None)
    assert abs(before - after) < 100, (before, after)


def test_dropping_a_search_result_on_an_entry_maps_them(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    mapper = window.mapper
    mapper.choose("itil4", "devops", Kind.TERM)
    wait_for_suggestions(qtbot, window)
    mapper.search_edit.setText("error budget")
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    payload = mapper.search_model.mimeData([mapper.search_model.index(0, 0)])
    dragged = bytes(payload.data("application/x-workbench-ref").data()).decode()
    assert dragged == str(mapper.search_model.value(0).ref)
    row = mapper.source_model.row_of("itil4:service-level-agreement")  # an error budget spends against an SLO
    assert row >= 0
    target_entry = mapper.source_model.value(row)
    view = mapper.source_view
    view.scrollTo(mapper.source_model.index(row, 1))
    where = view.visualRect(mapper.source_model.index(row, 1)).center()

    def choose_related() -> None:  # the menu that asks how the two relate: Related is its fifth item
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, choose_related)
            return
        for _ in range(5):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_related)
    drop = Qt.DropAction.CopyAction
    buttons, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, drop, payload, buttons, no_keys)
    move = QDragMoveEvent(where, drop, payload, buttons, no_keys)
    QApplication.sendEvent(view.viewport(), enter)
    QApplication.sendEvent(view.viewport(), move)
    assert enter.isAccepted() and move.isAccepted()  # the list takes the drag: the pointer says it may drop here
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(where), drop, payload, buttons, no_keys))
    decision = window.workspace.mapping_between(target_entry.ref, Ref.parse(dragged))
    assert decision is not None and decision.predicate is Predicate.RELATED
    assert mapper.current_entry() == target_entry


def test_decisions_filter_by_framework_pair_relation_and_author(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    workspace = window.workspace
    workspace.add_mapping("itil4:incident", "exact", "devops:incident", author="Ann")
    workspace.add_mapping("itil4:problem", "related", "itil4:incident", author="Bo")
    window.decisions_changed()
    window.framework_filter.setCurrentIndex(window.framework_filter.findData("itil4"))
    assert window.mapping_model.rowCount() == 2
    window.other_filter.setCurrentIndex(window.other_filter.findData("devops"))
    assert [m.author for m in window.mapping_model.rows()] == ["Ann"]
    window.other_filter.setCurrentIndex(0)
    window.relation_filter.setCurrentIndex(window.relation_filter.findData("related"))
    assert [m.author for m in window.mapping_model.rows()] == ["Bo"]
    window.relation_filter.setCurrentIndex(0)
    window.mapping_filter.setText("ann")
    assert [m.author for m in window.mapping_model.rows()] == ["Ann"]


def test_choosing_another_target_keeps_the_source_list_and_a_large_source_is_read_in_the_background(
    qtbot: QtBot, window_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_factory()
    mapper = window.mapper
    mapper.choose("itil4", "devops", Kind.TERM)
    qtbot.waitUntil(lambda: not mapper.busy, timeout=30_000)
    reads: list[tuple[str, object, bool]] = []
    entries = window.workspace.entries
    release = threading.Event()

    def counted(framework: str | None = None, kind: object = None, **options: object) -> object:
        # Only the mapper's own reads of its source list (suggestion jobs read entries too).
        if sys._getframe(1).f_code.co_filename.endswith(("mapper/view.py", "mapper/background.py")):
            on_ui_thread = threading.current_thread() is threading.main_thread()
            reads.append((str(framework), kind, on_ui_thread))
            if not on_ui_thread:
                release.wait(10)  # a large framework: the read takes its time
        return entries(framework, kind, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(window.workspace, "entries", counted)
    monkeypatch.setattr(ui.mapper.view, "READ_AT_ONCE", 10)  # ITIL's 40 processes count as a large source here
    mapper.target_box.setCurrentIndex(mapper.target_box.findData(""))  # "all other frameworks"
    assert reads == [] and mapper.source_model.rowCount() > 0  # the source list is kept
    qtbot.waitUntil(lambda: not mapper.busy, timeout=30_000)

    mapper.kind_box.setCurrentIndex(mapper.kind_box.findData(Kind.PROCESS.value))
    qtbot.waitUntil(lambda: bool(reads), timeout=10_000)
    assert reads == [("itil4", Kind.PROCESS, False)]  # read in the background
    assert mapper.busy and mapper.source_model.rowCount() == 0 and "Reading" in mapper.empty_label.text()
    release.set()
    qtbot.waitUntil(lambda: mapper.source_model.rowCount() > 0, timeout=10_000)
    assert mapper.kind is Kind.PROCESS and all(e.kind is Kind.PROCESS for e in mapper.source_model.rows())

    monkeypatch.setattr(ui.mapper.view, "READ_AT_ONCE", 2_000)
    mapper.fill_frameworks()  # after an import the frameworks' content may have changed: read again
    assert reads[-1] == ("itil4", Kind.PROCESS, True) and len(reads) == 2  # a small source at once
    mapper.wait_for_jobs()


def test_the_decisions_list_shows_when_in_the_user_s_own_time(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time
    from datetime import UTC
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        workspace.add_mapping("alpha:incident", "exact", "beta:storning")
        stored = workspace.mappings()[0].updated  # the store keeps UTC, without a zone
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        model = window.mapping_model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        shown = model.index(0, headers.index("Decided")).data()
        stockholm = stored.replace(tzinfo=UTC).astimezone(ZoneInfo("Europe/Stockholm"))
        assert shown == f"{stockholm:%Y-%m-%d %H:%M}" != f"{stored:%Y-%m-%d %H:%M}"
        window.wait_for_jobs()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_one_decision_updates_the_views_as_a_full_reload_would(qtbot: QtBot, window_factory) -> None:
    # A decision reads back only its own pair (a full reload took 0.6 s per keystroke at 10,000 decisions);
    # whatever it does, undo and redo included, the views must end as a full reload leaves them.
    window = window_factory()
    mapper = window.mapper
    qtbot.waitUntil(lambda: mapper.source_model.rowCount() > 0)
    window.mapping_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by object label, Z first

    def seen() -> tuple:
        model = mapper.source_model
        statuses = [(str(model.value(row).ref), model.status(model.value(row))) for row in range(model.rowCount())]
        # as a set: rows with the same object label may come in either order
        shown = sorted((str(m.subject), str(m.object), m.predicate.value, m.negated)
                       for m in window.mapping_model.rows())
        return statuses, model.reviewed_count(), shown, mapper.reviewed_label.text()

    incident, problem = Ref("itil4", "incident"), Ref("itil4", "problem")
    window.decide(incident, Predicate.EXACT, Ref("devops", "incident"), False, "")
    window.decide(problem, Predicate.CLOSE, Ref("devops", "incident"), False, "")
    window.decide(Ref("devops", "blameless-postmortem"), Predicate.RELATED, problem, True, "")  # source as object
    window.decide(Ref("itil4", "change"), Predicate.EXACT, Ref("devops", "incident"), True, "")
    window.decide(incident, Predicate.RELATED, Ref("devops", "incident"), False, "changed my mind")
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.redo()
    incremental = seen()
    objects = [window.mapping_model.value(r).object_label for r in range(window.mapping_model.rowCount())]
    assert objects == sorted(objects, key=str.casefold, reverse=True)  # the header's sort holds after each change
    window.decisions_changed()  # everything read again
    assert seen() == incremental
    # Tables name frameworks as the dock does, not by key ("devops").
    sides = {window.mapping_model.index(row, column).data()
             for row in range(window.mapping_model.rowCount()) for column in (1, 4)}
    assert sides == {"ITIL 4", "DevOps"}
    wait_for_suggestions(qtbot, window)
    select_source(qtbot, window, "itil4:incident")
    candidates = mapper.suggestion_model
    assert candidates.rowCount() > 0
    assert {candidates.index(row, 3).data() for row in range(candidates.rowCount())} == {"DevOps"}
    statuses = dict(incremental[0])
    assert statuses["itil4:incident"] is Status.MAPPED and statuses["itil4:problem"] is Status.MAPPED
    assert statuses["itil4:change"] is Status.NO_MATCH and incremental[1][0] == 3
    mapper.wait_for_jobs()


def itil4_to_devops_terms(qtbot: QtBot, window_factory) -> MainWindow:
    """A window whose mapper shows ITIL 4's terms against DevOps, its suggestions computed."""
    window = window_factory()
    window.mapper.choose("itil4", "devops", Kind.TERM)
    wait_for_suggestions(qtbot, window)
    return window


def test_the_target_search_runs_beside_the_window_and_shows_only_the_latest_answer(
    qtbot: QtBot, window_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Over a 50,000-entry target the search held the window still for 120-330 ms after each pause in typing.
    window = itil4_to_devops_terms(qtbot, window_factory)
    mapper = window.mapper
    search = Workspace.search
    release = threading.Event()

    def slow(self: Workspace, text: str, frameworks: list[str], *, limit: int = 200) -> list:
        release.wait(10)
        return search(self, text, frameworks, limit=limit)

    monkeypatch.setattr(Workspace, "search", slow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(mapper.search_edit, "deploy")
    qtbot.waitUntil(lambda: mapper.search.searching)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the window goes on while the search waits
    timer.stop()
    assert mapper.search_model.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    assert all(e.ref.framework == "devops" for e in mapper.search_model.rows())

    # An answer to a search of the old target, arriving after another target was chosen, is not shown.
    release.clear()
    mapper.search_edit.setText("incident")
    qtbot.waitUntil(lambda: mapper.search.searching)
    mapper.choose("devops", "itil4", Kind.TERM)
    release.set()
    qtbot.waitUntil(lambda: not mapper.search.searching)
    QApplication.processEvents()
    assert mapper.search_model.rowCount() == 0


def test_a_target_search_that_cannot_run_says_why_in_the_status_bar(
    qtbot: QtBot, window_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = itil4_to_devops_terms(qtbot, window_factory)
    mapper = window.mapper

    def broken(self: Workspace, text: str, frameworks: list[str], *, limit: int = 200) -> list:
        raise WorkbenchError(FAILED(what="search", error="the disk went away"))

    monkeypatch.setattr(Workspace, "search", broken)
    mapper.search_edit.setText("deploy")
    qtbot.waitUntil(lambda: "the disk went away" in window.statusBar().currentMessage())
    assert mapper.search_model.rowCount() == 0


def test_choosing_another_pair_in_the_frameworks_dock_clears_the_search_of_the_old_target(
    qtbot: QtBot, window_factory
) -> None:
    # The boxes cleared it (issue 15), the frameworks dock did not: DevOps results stayed on show with DevOps as
    # the new source, ready to be decided against its own entries.
    window = itil4_to_devops_terms(qtbot, window_factory)
    mapper = window.mapper
    mapper.search_edit.setText("deploy")
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    tree = window.frameworks
    devops = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                  if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "devops")
    terms = devops.child(0)
    tree.setFocus()
    tree.setCurrentItem(terms)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert mapper.source == "devops"
    assert mapper.search_edit.text() == "" and mapper.search_model.rowCount() == 0
    wait_for_suggestions(qtbot, window)
