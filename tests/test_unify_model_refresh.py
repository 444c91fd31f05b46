"""Decisions drive the process model (issue 16): traces derived from decisions with their relations, each activity
once, proposals and "not yet placed", what people did surviving a refresh, and the refresh undone in one step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.catalogue import load_bundled
from workbench.checks import run_checks
from workbench.domain import Ref
from workbench.errors import WorkbenchError
from workbench.unified_model import ActivityRecord, ProcessRecord, UnifiedSnapshot
from workbench.unify import exclusions
from workbench.unify import process_model as pm
from workbench.unify.refresh import restore, unify
from workbench.workspace import Workspace


@pytest.fixture(scope="module")
def bundled() -> list:
    return [f for f in load_bundled() if f.key in {"usm", "itil4", "devops"}]


@pytest.fixture
def ws(tmp_path: Path, bundled: list) -> Iterator[Workspace]:
    with Workspace.create(tmp_path / "ws.db", bundled) as workspace:
        yield workspace


def element(snapshot: UnifiedSnapshot, label: str) -> ProcessRecord | ActivityRecord:
    for process in snapshot.processes:
        if process.label == label:
            return process
        for activity in process.activities:
            if activity.label == label:
                return activity
    raise AssertionError(f"no unified element '{label}'")


def traces(snapshot: UnifiedSnapshot, ref: str) -> list[tuple[str, str, str]]:
    """(element label, relation, origin) of every trace of `ref`."""
    found = []
    for process in snapshot.processes:
        for item in (process, *process.activities):
            found += [(item.label, t.relation, t.origin) for t in item.traces if str(t.ref) == ref]
    return found


def test_exact_and_close_decisions_trace_through_chains_with_the_weaker_relation(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident-management-close", "close", "usm:recover-close")
    ws.add_mapping("devops:incident-response-resolve", "exact", "itil4:incident-management-close")
    ws.add_mapping("usm:recover-restore", "exact", "itil4:incident-management-resolve")
    ws.add_mapping("devops:incident-response", "close", "usm:recover")
    done = unify(ws, skeleton="usm")
    snapshot = ws.unified_snapshot()
    assert traces(snapshot, "itil4:incident-management-close") == [
        ("Verify recovery and close the incident", "close", "derived")]
    # exact to an entry that is only close to the element: close
    assert traces(snapshot, "devops:incident-response-resolve") == [
        ("Verify recovery and close the incident", "close", "derived")]
    assert traces(snapshot, "itil4:incident-management-resolve") == [("Restore the service", "exact", "derived")]
    assert traces(snapshot, "devops:incident-response") == [("Recover", "close", "derived")]
    assert done.model.traces == 4 and dict(done.model.by_relation) == {"close": 3, "exact": 1}
    assert done.glossary is not None and done.glossary.total == 0  # no terms were decided


def test_an_activity_decided_the_same_as_two_places_is_traced_to_neither_and_check_says_so(ws: Workspace) -> None:
    ws.add_mapping("devops:incident-response-resolve", "close", "usm:recover-restore")
    ws.add_mapping("devops:incident-response-resolve", "close", "usm:recover-close")
    done = unify(ws, skeleton="usm")
    snapshot = ws.unified_snapshot()
    assert traces(snapshot, "devops:incident-response-resolve") == []
    [conflict] = done.model.conflicts
    places = {element(snapshot, label).uid
              for label in ("Restore the service", "Verify recovery and close the incident")}
    assert conflict.ref == Ref("devops", "incident-response-resolve") and set(conflict.places) == places
    [finding] = [f for f in run_checks(ws) if f.code == "activity-in-two-places"]
    assert set(finding.uids) == places and finding.refs[0] == Ref("devops", "incident-response-resolve")
    assert "'Restore the service' in 'Recover'" in str(finding.message)
    # a person decides: one of the two is only related, and the activity finds its one place
    ws.add_mapping("devops:incident-response-resolve", "related", "usm:recover-restore")
    unify(ws)
    snapshot = ws.unified_snapshot()
    assert traces(snapshot, "devops:incident-response-resolve") == [
        ("Restore the service", "related", "derived"), ("Verify recovery and close the incident", "close", "derived")]
    assert not [f for f in run_checks(ws) if f.code == "activity-in-two-places"]


def test_broader_narrower_and_related_are_traced_as_such_in_their_direction(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident-management-review", "related", "usm:recover-close")
    # "USM's Diagnose is broader than ITIL's Categorise": ITIL's step is narrower in scope, so it has a broader match
    ws.add_mapping("itil4:incident-management-categorise", "broader", "usm:recover-diagnose")
    ws.add_mapping("usm:recover-register", "broader", "itil4:incident-management-detect-log")
    unify(ws, skeleton="usm")
    snapshot = ws.unified_snapshot()
    assert traces(snapshot, "itil4:incident-management-review") == [
        ("Verify recovery and close the incident", "related", "derived")]
    assert traces(snapshot, "itil4:incident-management-categorise") == [("Diagnose the incident", "broader", "derived")]
    # the decision names the ITIL step as its object, so its trace carries the inverse relation
    assert traces(snapshot, "itil4:incident-management-detect-log") == [
        ("Register the incident", "narrower", "derived")]
    assert not [f for f in run_checks(ws) if f.code == "activity-in-two-places"]


def test_a_decision_between_unplaced_activities_proposes_one_under_their_parents_process(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident-management", "close", "usm:recover")
    ws.add_mapping("devops:incident-response", "close", "usm:recover")
    ws.add_mapping("itil4:incident-management-resolve", "close", "usm:recover-restore")
    ws.add_mapping("itil4:incident-management-communicate", "close", "devops:incident-response-communicate")
    done = unify(ws, skeleton="usm")
    recover = element(ws.unified_snapshot(), "Recover")
    assert isinstance(recover, ProcessRecord)
    labels = [a.label for a in recover.activities]
    # right after the unified activity that ITIL's previous step ("Resolve and recover") is traced to
    assert labels[labels.index("Restore the service") + 1] == "Keep stakeholders informed"
    proposal = element(ws.unified_snapshot(), "Keep stakeholders informed")
    assert isinstance(proposal, ActivityRecord) and proposal.status == "proposed"
    assert [(str(t.ref), t.relation, t.origin) for t in proposal.traces] == [
        ("itil4:incident-management-communicate", "exact", "source"),
        ("devops:incident-response-communicate", "close", "derived")]
    assert done.model.added == (proposal.uid,) and done.model.proposed == (proposal.uid,)

    # a second refresh keeps it (same uid); withdrawing the decision takes it away
    again = unify(ws)
    assert again.model.added == () and again.model.proposed == (proposal.uid,)
    ws.remove_mapping("itil4:incident-management-communicate", "devops:incident-response-communicate")
    gone = unify(ws)
    assert gone.model.proposed == () and gone.model.withdrawn == 1
    assert "Keep stakeholders informed" not in [a.label for p in ws.unified_snapshot().processes for a in p.activities]


def test_a_proposal_a_person_edits_is_theirs(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident-management", "close", "usm:recover")
    ws.add_mapping("itil4:incident-management-communicate", "exact", "devops:incident-response-communicate")
    unify(ws, skeleton="usm")
    proposal = element(ws.unified_snapshot(), "Keep stakeholders informed")
    pm.update_activity(ws, proposal.uid, label="Inform the stakeholders")
    ws.remove_mapping("itil4:incident-management-communicate", "devops:incident-response-communicate")
    unify(ws)
    adopted = element(ws.unified_snapshot(), "Inform the stakeholders")
    assert adopted.uid == proposal.uid and isinstance(adopted, ActivityRecord) and adopted.status == "draft"
    # its source stays; the trace derived from the withdrawn decision does not
    assert [(str(t.ref), t.origin) for t in adopted.traces] == [("itil4:incident-management-communicate", "source")]


def test_decided_activities_whose_processes_have_no_place_are_listed_not_yet_placed(ws: Workspace) -> None:
    ws.add_mapping("itil4:problem-management-control", "close", "devops:postmortem-analyse-factors")
    ws.add_mapping("itil4:change-enablement", "close", "devops:blameless-postmortem")  # one side excluded: alone
    exclusions.exclude(ws, ["devops:blameless-postmortem"], "out of scope")
    done = unify(ws, skeleton="usm")
    assert [str(ref) for ref in done.model.unplaced] == [
        "devops:postmortem-analyse-factors", "itil4:change-enablement", "itil4:problem-management-control"]
    assert done.model.traces == 0 and done.model.proposed == () and done.model.proposed_processes == ()


def proposed_process(ws: Workspace) -> ProcessRecord:
    found = [p for p in ws.unified_snapshot().processes if p.status == "proposed"]
    assert len(found) == 1, found
    return found[0]


def test_processes_decided_among_themselves_without_a_place_make_a_proposed_process(ws: Workspace) -> None:
    # Without a counterpart in the model (here an empty one) decisions about processes used to go nowhere.
    ws.add_mapping("itil4:problem-management", "close", "devops:blameless-postmortem")
    ws.add_mapping("itil4:problem-management-control", "close", "devops:postmortem-analyse-factors")
    done = unify(ws, skeleton="empty")
    process = proposed_process(ws)
    assert done.model.added_processes == done.model.proposed_processes == (process.uid,)
    assert done.model.unplaced == ()
    assert sorted((str(t.ref), t.relation, t.origin) for t in process.traces) in (
        [("devops:blameless-postmortem", "close", "derived"), ("itil4:problem-management", "exact", "source")],
        [("devops:blameless-postmortem", "exact", "source"), ("itil4:problem-management", "close", "derived")])
    # the activities decided among themselves are proposed inside it
    assert [a.status for a in process.activities] == ["proposed"]
    assert {str(t.ref) for t in process.activities[0].traces} == {
        "itil4:problem-management-control", "devops:postmortem-analyse-factors"}
    assert "2 traces from decisions, 1 proposed processes (1 new), 1 proposed activities (1 new)" in str(
        done.model.summary())

    # a second refresh keeps it; withdrawing the decision takes it away with its proposed activity
    again = unify(ws)
    assert again.model.added_processes == () and proposed_process(ws).uid == process.uid
    ws.remove_mapping("itil4:problem-management", "devops:blameless-postmortem")
    gone = unify(ws)
    assert ws.unified_snapshot().processes == () and gone.model.withdrawn == 2
    assert [str(ref) for ref in gone.model.unplaced] == [
        "devops:postmortem-analyse-factors", "itil4:problem-management-control"]


@pytest.mark.parametrize("use", ["rename", "add activity", "edit the proposed activity", "trace by hand"])
def test_a_proposed_process_a_person_uses_is_theirs_and_never_withdrawn(ws: Workspace, use: str) -> None:
    ws.add_mapping("itil4:problem-management", "close", "devops:blameless-postmortem")
    ws.add_mapping("itil4:problem-management-control", "close", "devops:postmortem-analyse-factors")
    unify(ws, skeleton="empty")
    process = proposed_process(ws)
    if use == "rename":
        pm.update_process(ws, process.uid, label="Learn from problems")
    elif use == "add activity":
        pm.add_activity(ws, process.uid, "Share what was learnt")
    elif use == "edit the proposed activity":
        pm.update_activity(ws, process.activities[0].uid, description="Our own words")
    else:
        pm.trace(ws, "itil4:problem-management-identify", process.uid, "related")
    ws.remove_mapping("itil4:problem-management", "devops:blameless-postmortem")
    unify(ws)
    kept = [p for p in ws.unified_snapshot().processes if p.uid == process.uid]
    assert kept and kept[0].status == "draft"
    assert "source" in {t.origin for t in kept[0].traces}


def test_undoing_a_start_alone_brings_back_the_proposals_it_replaced(ws: Workspace) -> None:
    ws.add_mapping("itil4:problem-management", "close", "devops:blameless-postmortem")
    unify(ws, skeleton="empty")
    before = ws.unified_snapshot()
    assert [p.status for p in before.processes] == ["proposed"]
    edit = pm.start(ws, "usm")
    assert edit is not None and len(ws.unified_snapshot().processes) == 5
    pm.restore(ws, edit.undo)
    assert ws.unified_snapshot() == before


def test_a_skeleton_started_later_replaces_the_proposed_processes(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident-management", "close", "devops:incident-response")
    ws.add_mapping("itil4:problem-management", "close", "devops:blameless-postmortem")
    unify(ws, skeleton="empty")
    assert len([p for p in ws.unified_snapshot().processes if p.status == "proposed"]) == 2
    assert pm.is_empty(ws)
    ws.add_mapping("devops:incident-response", "close", "usm:recover")
    done = unify(ws, skeleton="usm")
    assert len(done.started) == 5
    snapshot = ws.unified_snapshot()
    # incident handling found its place in USM's Recover; problem handling, with no decision to USM, is proposed
    assert ("Recover", "close", "derived") in traces(snapshot, "itil4:incident-management")
    assert [p.label for p in snapshot.processes if p.status == "proposed"] in (
        ["Problem management"], ["Blameless postmortem"])
    redo = restore(ws, done.undo)
    assert [p.status for p in ws.unified_snapshot().processes] == ["proposed", "proposed"]
    restore(ws, redo)
    assert ws.unified_snapshot() == snapshot


def test_traces_made_or_removed_by_hand_and_deleted_activities_survive_a_refresh(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident-management-close", "close", "usm:recover-close")
    ws.add_mapping("itil4:incident-management-resolve", "close", "usm:recover-restore")
    ws.add_mapping("itil4:incident-management-diagnose", "exact", "usm:recover-diagnose")
    ws.add_mapping("devops:incident-response-mitigate", "close", "devops:incident-response-resolve")
    unify(ws, skeleton="usm")
    snapshot = ws.unified_snapshot()
    restore_uid = element(snapshot, "Restore the service").uid
    close_uid = element(snapshot, "Verify recovery and close the incident").uid
    diagnose_uid = element(snapshot, "Diagnose the incident").uid

    # a person places ITIL's "Close the incident" elsewhere: the derived place gives way to theirs
    pm.trace(ws, "itil4:incident-management-close", restore_uid, "close")
    # and takes the derived trace of "Resolve and recover" away
    pm.untrace(ws, "itil4:incident-management-resolve", restore_uid)
    # a hand-made place refuses a second one
    with pytest.raises(WorkbenchError, match="one place in the model"):
        pm.trace(ws, "itil4:incident-management-close", close_uid, "exact")
    # deleting an activity forgets its traces for its process: no proposal brings them back there
    pm.delete_activity(ws, diagnose_uid)
    done = unify(ws)
    snapshot = ws.unified_snapshot()
    assert traces(snapshot, "itil4:incident-management-close") == [("Restore the service", "close", "manual")]
    assert traces(snapshot, "itil4:incident-management-resolve") == []
    assert traces(snapshot, "itil4:incident-management-diagnose") == []
    assert "Investigate and diagnose" not in [a.label for p in snapshot.processes for a in p.activities]
    assert done.model.conflicts == () and done.model.proposed == ()
    # tracing by hand brings a removed place back
    pm.trace(ws, "itil4:incident-management-resolve", restore_uid, "close")
    unify(ws)
    assert traces(ws.unified_snapshot(), "itil4:incident-management-resolve") == [
        ("Restore the service", "close", "manual")]


def test_excluded_entries_are_neither_traced_nor_proposed(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident-management-close", "close", "usm:recover-close")
    exclusions.exclude(ws, ["itil4:incident-management-close"], "out of scope")
    done = unify(ws, skeleton="usm")
    assert traces(ws.unified_snapshot(), "itil4:incident-management-close") == []
    assert done.model.unplaced == ()


def test_a_refresh_is_one_step_to_undo_and_redo(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident", "exact", "devops:incident")
    unify(ws, skeleton="usm")
    ws.add_mapping("itil4:incident-management", "close", "usm:recover")
    ws.add_mapping("itil4:incident-management-communicate", "close", "devops:incident-response-communicate")
    ws.add_mapping("itil4:deployment", "close", "devops:deployment")
    before = ws.unified_snapshot()
    done = unify(ws)
    after = ws.unified_snapshot()
    assert after != before and len(after.concepts) == 2
    redo = restore(ws, done.undo)
    assert ws.unified_snapshot() == before
    restore(ws, redo)
    assert ws.unified_snapshot() == after


def test_a_skeleton_start_with_decisions_is_undone_to_an_empty_model(ws: Workspace) -> None:
    ws.add_mapping("itil4:incident-management-close", "close", "usm:recover-close")
    done = unify(ws, refresh_glossary=False, skeleton="usm")
    assert len(done.started) == 5 and done.glossary is None and done.undo.glossary is None
    assert traces(ws.unified_snapshot(), "itil4:incident-management-close")
    restore(ws, done.undo)
    assert ws.unified_snapshot().processes == ()


def test_a_workspace_started_from_usm_before_revision_0006_knows_its_sources(tmp_path: Path, bundled: list) -> None:
    """Revision 0006 marks each skeleton trace of an older workspace as its element's source; a trace made by
    hand stays manual."""
    from alembic import command
    from alembic.config import Config

    from workbench.store.database import make_engine

    path = tmp_path / "old.db"
    with Workspace.create(path, bundled) as ws:
        pm.start(ws, "usm")
        recover = element(ws.unified_snapshot(), "Recover").uid
        pm.trace(ws, "itil4:incident-management", recover, "exact")
    config = Config()
    config.set_main_option("script_location", "workbench.store:migrations")
    engine = make_engine(path)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    engine.dispose()
    with Workspace.open(path) as ws:
        assert ws.upgraded_from == "0004"
        snapshot = ws.unified_snapshot()
        assert traces(snapshot, "usm:recover") == [("Recover", "exact", "source")]
        assert traces(snapshot, "usm:recover-close") == [("Verify recovery and close the incident", "exact", "source")]
        assert traces(snapshot, "itil4:incident-management") == [("Recover", "exact", "manual")]
        assert {a.status for p in snapshot.processes for a in p.activities} == {"draft"}
