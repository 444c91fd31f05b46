"""The unified process model: the USM skeleton, editing services with undo, and one place per activity."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.catalogue import load_bundled
from workbench.domain import Ref
from workbench.errors import WorkbenchError
from workbench.unify import process_model as pm
from workbench.workspace import Workspace


@pytest.fixture
def usm(tmp_path: Path, mini_frameworks) -> Iterator[Workspace]:
    bundled = [f for f in load_bundled() if f.key == "usm"]
    with Workspace.create(tmp_path / "ws.db", [*bundled, *mini_frameworks]) as ws:
        yield ws


def test_the_usm_skeleton_gives_five_traced_processes_with_their_activities(usm: Workspace) -> None:
    assert pm.is_empty(usm)
    edit = pm.start(usm, "usm")
    assert edit is not None
    processes = usm.unified_snapshot().processes
    assert [p.label for p in processes] == ["Agree", "Change", "Recover", "Operate", "Improve"]
    assert processes[0].traces[0].ref == Ref("usm", "agree") and processes[0].trigger
    usm_activities = [e for e in usm.entries("usm") if e.kind.value == "activity"]
    traced = [t.ref for p in processes for a in p.activities for t in a.traces]
    assert sorted(map(str, traced)) == sorted(str(e.ref) for e in usm_activities)
    with pytest.raises(WorkbenchError, match="not empty"):
        pm.start(usm, "usm")
    pm.restore(usm, edit.undo)
    assert pm.is_empty(usm)


def test_empty_start_and_missing_usm(workspace: Workspace) -> None:
    assert pm.start(workspace, "empty") is None
    with pytest.raises(WorkbenchError, match="no 'usm' framework"):
        pm.start(workspace, "usm")


def test_every_edit_is_undone_to_the_exact_model_before(workspace: Workspace) -> None:
    first = pm.add_process(workspace, "Restore service", trigger="A report", outcome="Service back").uid
    second = pm.add_process(workspace, "Support users").uid
    log = pm.add_activity(workspace, first, "Log the incident").uid
    fix = pm.add_activity(workspace, first, "Resolve the incident").uid
    answer = pm.add_activity(workspace, second, "Answer the question").uid
    pm.trace(workspace, "alpha:incident-management", first, "exact")
    pm.trace(workspace, "alpha:incident-management-log", log, "close")
    edits = [
        lambda: pm.update_process(workspace, first, label="Recover service", trigger="An incident"),
        lambda: pm.move_process(workspace, second, 0),
        lambda: pm.move_activity(workspace, fix, first, 0),
        lambda: pm.move_activity(workspace, answer, first, 1),
        lambda: pm.update_activity(workspace, log, label="Register the incident"),
        lambda: pm.delete_activity(workspace, log),
        lambda: pm.delete_process(workspace, first),
        lambda: pm.add_process(workspace, "Improve", position=0),
        lambda: pm.add_activity(workspace, second, "Greet the user", position=0),
        lambda: pm.trace(workspace, "beta:anvandarstod", second),
        lambda: pm.untrace(workspace, "alpha:incident-management-log", log),
    ]
    for make_edit in edits:
        before = workspace.unified_snapshot()
        edit = make_edit()
        after = workspace.unified_snapshot()
        assert after != before
        redo = pm.restore(workspace, edit.undo)
        assert workspace.unified_snapshot() == before
        pm.restore(workspace, redo.undo)
        assert workspace.unified_snapshot() == after
        pm.restore(workspace, edit.undo)


def test_reorder_and_move_keep_positions_contiguous(workspace: Workspace) -> None:
    p1 = pm.add_process(workspace, "Restore service").uid
    p2 = pm.add_process(workspace, "Support users").uid
    a, b, c = (pm.add_activity(workspace, p1, label).uid for label in ("Log it", "Fix it", "Close it"))
    pm.move_activity(workspace, c, p1, 0)
    pm.move_activity(workspace, a, p2)
    processes = {p.uid: p for p in workspace.unified_snapshot().processes}
    assert [(x.uid, x.position) for x in processes[p1].activities] == [(c, 0), (b, 1)]
    assert [x.uid for x in processes[p2].activities] == [a]
    pm.move_process(workspace, p2, 0)
    assert [p.uid for p in workspace.unified_snapshot().processes] == [p2, p1]


def test_an_activity_occurs_only_once(workspace: Workspace) -> None:
    p1 = pm.add_process(workspace, "Restore service").uid
    p2 = pm.add_process(workspace, "Support users").uid
    pm.add_activity(workspace, p1, "Log the incident")
    with pytest.raises(WorkbenchError, match="already occurs in process 'Restore service'"):
        pm.add_activity(workspace, p2, "log the  Incidents")
    other = pm.add_activity(workspace, p2, "Answer the question").uid
    with pytest.raises(WorkbenchError, match="only once"):
        pm.update_activity(workspace, other, label="Log the incident")


def test_trace_refuses_unknown_targets_and_relations(workspace: Workspace) -> None:
    p1 = pm.add_process(workspace, "Restore service").uid
    with pytest.raises(WorkbenchError, match="unknown predicate"):
        pm.trace(workspace, "alpha:incident", p1, "same")
    with pytest.raises(WorkbenchError, match="no unified process or activity"):
        pm.trace(workspace, "alpha:incident", "p-nothing")
    with pytest.raises(WorkbenchError, match="is not traced"):
        pm.untrace(workspace, "alpha:incident", p1)
