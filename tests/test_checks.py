"""Each check fires on a model with the fault and stays silent on one without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert, select

from tests.unify_helpers import framework, make, term, three
from workbench.checks import Finding, run_checks
from workbench.coverage import Coverage, coverage_by_kind
from workbench.domain import EntryData, Kind
from workbench.errors import WorkbenchError
from workbench.store.models import Entry, UnifiedActivity, UnifiedProcess, UnifiedTrace
from workbench.unify import exclusions, glossary
from workbench.unify import process_model as pm
from workbench.workspace import Workspace


def codes(workspace: Workspace, code: str) -> list[Finding]:
    return [finding for finding in run_checks(workspace) if finding.code == code]


def refs(finding: Finding) -> set[str]:
    return {str(ref) for ref in finding.refs}


def test_match_and_not_a_match_directly_and_through_a_chain(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:a", "exact", "y:a")
        ws.add_mapping("y:a", "close", "z:a")
        assert not codes(ws, "match-and-not-a-match") and not codes(ws, "not-a-match-joined")
        ws.add_mapping("z:a", "exact", "y:a", negated=True)
        (direct,) = codes(ws, "match-and-not-a-match")
        assert refs(direct) == {"y:a", "z:a"} and not codes(ws, "not-a-match-joined")
        ws.remove_mapping("z:a", "y:a")
        ws.add_mapping("x:a", "exact", "z:a", negated=True)
        (chain,) = codes(ws, "not-a-match-joined")
        assert refs(chain) == {"x:a", "z:a"} and chain.severity == "error"


def test_two_entries_of_one_framework_in_an_exact_match_concept(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:b", "exact", "y:b")
        ws.add_mapping("x:c", "close", "y:b")  # close: a framework may hold near-synonyms
        assert not codes(ws, "same-framework-in-concept")
        ws.add_mapping("y:b", "exact", "x:c")
        (finding,) = codes(ws, "same-framework-in-concept")
        assert refs(finding) == {"x:b", "x:c"}


def test_same_framework_is_also_found_in_a_hand_merged_concept(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:a", "exact", "y:a")
        ws.add_mapping("x:b", "exact", "y:b")
        glossary.refresh(ws)
        assert not codes(ws, "same-framework-in-concept")
        uids = [c.uid for c in ws.unified_snapshot().concepts]
        glossary.merge(ws, uids[0], uids[1])
        found = codes(ws, "same-framework-in-concept")
        assert {frozenset(refs(f)) for f in found} == {frozenset({"x:a", "x:b"}), frozenset({"y:a", "y:b"})}
        assert all(f.uids == (uids[0],) for f in found)


def test_broader_cycles(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:c", "broader", "x:b")
        ws.add_mapping("x:b", "broader", "z:b")
        ws.add_mapping("y:c", "exact", "x:c")
        assert not codes(ws, "broader-cycle")
        ws.add_mapping("z:b", "broader", "y:c")  # closes the circle through y:c, joined with x:c
        (cycle,) = codes(ws, "broader-cycle")
        assert refs(cycle) == {"x:b", "x:c", "y:c", "z:b"} and cycle.severity == "error"


def test_contradictory_relations_for_one_pair(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:c", "broader", "x:b")
        ws.add_mapping("x:b", "narrower", "x:c")  # the same statement from the other side
        ws.add_mapping("y:c", "related", "z:b")
        assert not codes(ws, "contradictory-relations")
        ws.add_mapping("z:b", "exact", "y:c")
        assert refs(codes(ws, "contradictory-relations")[0]) == {"y:c", "z:b"}
        ws.remove_mapping("z:b", "y:c")
        ws.add_mapping("x:a", "exact", "y:a")
        ws.add_mapping("y:a", "broader", "x:a")  # joined as one concept, yet one broader than the other
        (finding,) = codes(ws, "contradictory-relations")
        assert refs(finding) == {"x:a", "y:a"}


def test_coverage_counts_aligned_and_reviewed_entries(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:a", "exact", "y:a")
        ws.add_mapping("x:b", "exact", "y:b", negated=True)  # "not a match" is reviewed, never aligned
        process = pm.add_process(ws, "Restore service").uid
        pm.trace(ws, "x:c", process)
        undo = exclusions.exclude(ws, ["x:d"], reason="out of scope")
        by_framework = {f.message.get("framework"): f for f in codes(ws, "coverage")}
        assert str(by_framework["x"].message) == (
            "x: 2 of 4 entries aligned (50%), 4 reviewed (100%); 1 neither aligned nor excluded"
        )
        with ws.transaction() as session:
            counts = coverage_by_kind(session)
        assert counts[("x", Kind.TERM)] == Coverage(total=4, reviewed=4, aligned=2)
        assert counts[("y", Kind.TERM)] == Coverage(total=3, reviewed=2, aligned=1)
        assert refs(by_framework["x"]) == {"x:b"}
        assert refs(by_framework["y"]) == {"y:b", "y:c"}
        exclusions.restore(ws, undo)
        assert refs(next(f for f in codes(ws, "coverage") if f.message.get("framework") == "x")) == {"x:b", "x:d"}
        assert exclusions.exclusions(ws) == []


def test_process_names_that_say_who_or_which_tool_or_no_activity(workspace: Workspace) -> None:
    good = [pm.add_process(workspace, label, trigger="t", outcome="o").uid
            for label in ("Incident management", "Resolve incidents", "Change enablement", "Planning")]
    naming = {"process-named-by-role", "process-named-by-tool", "name-not-an-activity"}
    assert not [f for f in run_checks(workspace) if f.code in naming and f.uids[0] in good]
    role = pm.add_process(workspace, "Service desk", trigger="t", outcome="o").uid
    tool = pm.add_process(workspace, "CMDB upkeep", trigger="t", outcome="o").uid
    noun = pm.add_process(workspace, "Customer happiness", trigger="t", outcome="o").uid
    assert [f.uids for f in codes(workspace, "process-named-by-role")] == [(role,)]
    assert [f.uids for f in codes(workspace, "process-named-by-tool")] == [(tool,)]
    assert [f.uids for f in codes(workspace, "name-not-an-activity")] == [(noun,)]


def test_processes_need_a_trigger_and_an_outcome(workspace: Workspace) -> None:
    uid = pm.add_process(workspace, "Restore service", trigger="A report", outcome="Service back").uid
    assert not codes(workspace, "process-without-trigger") and not codes(workspace, "process-without-outcome")
    pm.update_process(workspace, uid, trigger="", outcome=" ")
    assert [f.uids for f in codes(workspace, "process-without-trigger")] == [(uid,)]
    assert [f.uids for f in codes(workspace, "process-without-outcome")] == [(uid,)]


def test_an_activity_occurring_twice_is_reported(workspace: Workspace) -> None:
    p1 = pm.add_process(workspace, "Restore service").uid
    p2 = pm.add_process(workspace, "Support users").uid
    first = pm.add_activity(workspace, p1, "Log the request").uid
    pm.add_activity(workspace, p2, "Answer the question")
    assert not codes(workspace, "activity-occurs-twice")
    # the services refuse a duplicate; one can still arrive another way (an import, an older file)
    with workspace.transaction() as session:
        process_id = session.scalar(select(UnifiedProcess.id).where(UnifiedProcess.uid == p2))
        session.execute(insert(UnifiedActivity).values(uid="a-copy", process_id=process_id,
                                                       label="Log the requests", position=5))
    (finding,) = codes(workspace, "activity-occurs-twice")
    assert set(finding.uids) == {first, "a-copy"}


def test_framework_activities_that_belong_to_no_process(tmp_path: Path) -> None:
    loose = EntryData(key="loose", kind=Kind.ACTIVITY, label="Do something", lang="en")
    with make(tmp_path, framework("x", term("a", "Thing"))) as ws:
        assert not codes(ws, "activity-without-process")
    (tmp_path / "b").mkdir()
    with make(tmp_path / "b", framework("x", term("a", "Thing"), loose)) as ws:
        assert refs(codes(ws, "activity-without-process")[0]) == {"x:loose"}


def test_the_usm_skeleton_passes_the_process_checks(tmp_path: Path) -> None:
    from workbench.catalogue import load_bundled

    with Workspace.create(tmp_path / "ws.db", [f for f in load_bundled() if f.key == "usm"]) as ws:
        pm.start(ws, "usm")
        quality = {"process-named-by-role", "process-named-by-tool", "name-not-an-activity",
                   "process-without-trigger", "process-without-outcome", "activity-occurs-twice"}
        assert [f for f in run_checks(ws) if f.code in quality] == []


def test_a_decided_exact_match_between_false_friends_is_reported(tmp_path: Path) -> None:
    system = EntryData(key="capacity", kind=Kind.TERM, label="Capacity", lang="en", category="concept",
                       definition="How much load a server, network or storage system can handle while still meeting "
                                  "its response times.")
    team = EntryData(key="capacity", kind=Kind.TERM, label="Capacity", lang="en", category="measure",
                     definition="The story points a team expects to finish in the coming sprint, after holidays and "
                                "training days are taken off.")
    with make(tmp_path, framework("x", system, term("plan", "Capacity plan")), framework("y", team)) as ws:
        assert not codes(ws, "false-friend-decided")
        ws.add_mapping("x:capacity", "related", "y:capacity")
        assert not codes(ws, "false-friend-decided"), "a related decision already says they differ"
        ws.remove_mapping("x:capacity", "y:capacity")
        ws.add_mapping("x:capacity", "exact", "y:capacity")
        (finding,) = codes(ws, "false-friend-decided")
        assert refs(finding) == {"x:capacity", "y:capacity"} and finding.severity == "warning"
        assert "same name; the definitions differ" in str(finding.message)


def test_concepts_with_the_same_label(tmp_path: Path) -> None:
    p, q = framework("p", term("capacity", "Capacity")), framework("q", term("capacity", "capacity"))
    with make(tmp_path, p, q) as ws:
        ws.add_mapping("p:capacity", "related", "q:capacity")
        glossary.refresh(ws)
        (finding,) = codes(ws, "same-label-concepts")
        assert finding.severity == "warning" and len(finding.uids) == 2
        assert "Capacity (P); Capacity (Q)" in str(finding.message)
        ws.add_mapping("p:capacity", "exact", "q:capacity")  # a decision joins them
        glossary.refresh(ws)
        assert not codes(ws, "same-label-concepts")


def test_an_activity_in_two_places(workspace: Workspace) -> None:
    process = pm.add_process(workspace, "Restore service").uid
    receive = pm.add_activity(workspace, process, "Receive the request").uid
    resolve = pm.add_activity(workspace, process, "Resolve the incident").uid
    pm.trace(workspace, "beta:anvandarstod-ta-emot", receive, "exact")
    pm.trace(workspace, "alpha:incident-management-resolve", resolve, "exact")
    workspace.add_mapping("alpha:incident-management-log", "close", "beta:anvandarstod-ta-emot")
    assert not codes(workspace, "activity-in-two-places")
    workspace.add_mapping("alpha:incident-management-log", "close", "alpha:incident-management-resolve")
    (finding,) = codes(workspace, "activity-in-two-places")
    assert finding.severity == "error" and set(finding.uids) == {receive, resolve}
    assert refs(finding) == {"alpha:incident-management-log", "beta:anvandarstod-ta-emot",
                             "alpha:incident-management-resolve"}
    workspace.remove_mapping("alpha:incident-management-log", "alpha:incident-management-resolve")
    # traced by hand as the same as two activities: a trace elsewhere is refused, but a relation other than
    # exact/close is not the same activity
    pm.trace(workspace, "alpha:incident-management-log", resolve, "related")
    assert not codes(workspace, "activity-in-two-places")
    with pytest.raises(WorkbenchError, match="one place in the model"):
        pm.trace(workspace, "alpha:incident-management-resolve", receive, "close")
    # the services refuse it, but a workspace traced before they did may hold it
    with workspace.transaction() as session:
        entry = session.scalar(select(Entry.id).where(Entry.key == "incident-management-resolve"))
        activity = session.scalar(select(UnifiedActivity.id).where(UnifiedActivity.uid == receive))
        session.execute(insert(UnifiedTrace).values(activity_id=activity, entry_id=entry, relation="close"))
    (traced,) = codes(workspace, "activity-in-two-places")
    assert refs(traced) == {"alpha:incident-management-resolve"} and "traced as the same" in str(traced.message)
