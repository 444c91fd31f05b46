"""The unified glossary: proposals from decisions, refresh keeping edits, and editing with undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unify_helpers import framework, make, term, three
from workbench.domain import Ref
from workbench.errors import WorkbenchError
from workbench.unify import glossary
from workbench.workspace import Workspace


def concept_of(workspace: Workspace, ref: str) -> glossary.ConceptState:
    for concept in workspace.unified_snapshot().concepts:
        if Ref.parse(ref) in {member.ref for member in concept.members}:
            return glossary.concept_state(workspace, concept.uid)
    raise AssertionError(f"{ref} is in no concept")


def refs(state: glossary.ConceptState) -> set[str]:
    return {str(member.ref) for member in state.members}


def test_exact_and_close_decisions_join_entries_and_the_label_is_the_one_most_members_share(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:a", "exact", "y:a")
        ws.add_mapping("y:a", "close", "z:a")
        ws.add_mapping("x:b", "exact", "y:b")
        ws.add_mapping("x:a", "exact", "y:c", negated=True)
        report = glossary.refresh(ws)
        incident = concept_of(ws, "x:a")
        assert refs(incident) == {"x:a", "y:a", "z:a"}
        # "Incident" is x's alternative, y's preferred and z's alternative label: shared by all three
        assert incident.label == "Incident"
        assert {m.ref.framework: m.relation for m in incident.members} == {"x": "exact", "y": "exact", "z": "close"}
        assert incident.definition == "What Incident means."
        assert concept_of(ws, "x:b").label == "Problem"
        assert len(report.added) == report.total == 2
        assert "y:c" not in {str(m.ref) for c in ws.unified_snapshot().concepts for m in c.members}


def test_broader_narrower_give_hierarchy_and_related_gives_see_also(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:c", "broader", "x:b")  # a known error has the broader concept problem
        ws.add_mapping("z:b", "narrower", "x:a")  # root cause is broader than incident (made up)
        ws.add_mapping("y:c", "related", "x:c")
        glossary.refresh(ws)
        concepts = {c.uid: c for c in ws.unified_snapshot().concepts}
        uid = {str(m.ref): c.uid for c in concepts.values() for m in c.members}
        assert concepts[uid["x:c"]].broader == (uid["x:b"],)
        assert concepts[uid["x:a"]].broader == (uid["z:b"],)
        assert concepts[uid["y:c"]].related == (uid["x:c"],) and uid["y:c"] in concepts[uid["x:c"]].related


def test_refresh_keeps_identity_and_edits_and_reports_what_changed(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:a", "exact", "y:a")
        glossary.refresh(ws)
        uid = concept_of(ws, "x:a").uid
        glossary.set_label(ws, uid, "Service disruption")
        glossary.set_definition(ws, uid, "Our own words.")
        glossary.set_status(ws, uid, "agreed")
        ws.add_mapping("z:a", "exact", "y:a")
        ws.add_mapping("x:b", "exact", "y:b")
        report = glossary.refresh(ws)
        state = concept_of(ws, "z:a")
        assert state.uid == uid and refs(state) == {"x:a", "y:a", "z:a"}
        assert (state.label, state.definition, state.status) == ("Service disruption", "Our own words.", "agreed")
        assert report.changed == (uid,) and len(report.added) == 1 and report.kept_edits == (uid,)
        assert [(str(m.ref), m.from_uid, m.to_uid) for m in report.moved if m.to_uid == uid] == [("z:a", None, uid)]
        ws.remove_mapping("x:a", "y:a")
        ws.remove_mapping("z:a", "y:a")
        report = glossary.refresh(ws)
        # the edited concept lost all its decisions: kept (empty), not thrown away
        assert report.emptied == (uid,) and glossary.concept_state(ws, uid).label == "Service disruption"
        # back to the proposal when the label is reset
        glossary.set_label(ws, uid, None)
        assert not glossary.concept_state(ws, uid).label_edited


def test_merge_then_undo_then_redo_and_refresh_keeps_the_merge(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:a", "exact", "y:a")
        ws.add_mapping("x:b", "exact", "y:b")
        glossary.refresh(ws)
        incident, problem = concept_of(ws, "x:a"), concept_of(ws, "x:b")
        glossary.set_notes(ws, problem.uid, "check with the problem team")
        problem = glossary.concept_state(ws, problem.uid)
        edit = glossary.merge(ws, incident.uid, problem.uid)
        merged = glossary.concept_state(ws, incident.uid)
        assert refs(merged) == {"x:a", "y:a", "x:b", "y:b"} and merged.notes == "check with the problem team"
        assert len(ws.unified_snapshot().concepts) == 1
        glossary.refresh(ws)
        assert refs(glossary.concept_state(ws, incident.uid)) == refs(merged)
        redo = glossary.restore(ws, edit.undo)
        assert glossary.concept_state(ws, incident.uid) == incident
        assert glossary.concept_state(ws, problem.uid) == problem
        glossary.restore(ws, redo.undo)
        assert refs(glossary.concept_state(ws, incident.uid)) == refs(merged)
        with pytest.raises(WorkbenchError, match="no unified concept"):
            glossary.concept_state(ws, problem.uid)


def test_split_then_undo_and_refresh_keeps_the_split(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:a", "exact", "y:a")
        ws.add_mapping("y:a", "exact", "z:a")
        glossary.refresh(ws)
        before = concept_of(ws, "x:a")
        edit = glossary.split(ws, before.uid, ["z:a"])
        new_uid = edit.uids[0]
        assert refs(glossary.concept_state(ws, new_uid)) == {"z:a"}
        assert glossary.concept_state(ws, new_uid).label == "Disturbance"
        assert refs(glossary.concept_state(ws, before.uid)) == {"x:a", "y:a"}
        report = glossary.refresh(ws)
        assert not report.moved and refs(glossary.concept_state(ws, new_uid)) == {"z:a"}
        glossary.restore(ws, edit.undo)
        assert glossary.concept_state(ws, before.uid) == before
        with pytest.raises(WorkbenchError):
            glossary.concept_state(ws, new_uid)
        with pytest.raises(WorkbenchError, match="would leave it empty"):
            glossary.split(ws, before.uid, ["x:a", "y:a", "z:a"])
        with pytest.raises(WorkbenchError, match="has no member x:b"):
            glossary.split(ws, before.uid, ["x:b"])


def test_a_label_edit_is_undone_exactly(tmp_path: Path) -> None:
    with three(tmp_path) as ws:
        ws.add_mapping("x:a", "exact", "y:a")
        glossary.refresh(ws)
        before = concept_of(ws, "x:a")
        edit = glossary.set_label(ws, before.uid, "  Outage ")
        assert glossary.concept_state(ws, before.uid).label == "Outage"
        glossary.restore(ws, edit.undo)
        assert glossary.concept_state(ws, before.uid) == before
        with pytest.raises(WorkbenchError, match="status 'final'"):
            glossary.set_status(ws, before.uid, "final")


def test_the_glossary_holds_terms_only(workspace: Workspace) -> None:
    workspace.add_mapping("alpha:incident-management-log", "close", "beta:anvandarstod-ta-emot")
    workspace.add_mapping("alpha:incident-management", "related", "beta:anvandarstod")
    workspace.add_mapping("beta:storning", "related", "alpha:incident-management")  # a term with a process
    report = glossary.refresh(workspace)
    [concept] = workspace.unified_snapshot().concepts
    assert [str(m.ref) for m in concept.members] == ["beta:storning"] and report.total == 1


def test_concepts_with_the_same_label_are_told_apart_and_checked_until_merged(tmp_path: Path) -> None:
    from workbench.checks import run_checks
    from workbench.unified_model import concept_qualifiers, display_label, ordered_concepts

    with make(tmp_path, framework("p", term("capacity", "Capacity"), term("demand", "demand")),
              framework("q", term("capacity", "Capacity"), term("supply", "Supply"))) as ws:
        ws.add_mapping("p:capacity", "broader", "q:capacity")
        ws.add_mapping("p:demand", "related", "q:supply")
        glossary.refresh(ws)
        concepts = ws.unified_snapshot().concepts
        qualifiers = concept_qualifiers(concepts, str.upper)
        shown = [display_label(c, qualifiers) for c in ordered_concepts(concepts, qualifiers)]
        assert shown == ["Capacity (P)", "Capacity (Q)", "Demand", "Supply"]
        [finding] = [f for f in run_checks(ws) if f.code == "same-label-concepts"]
        assert str(finding.message) == (
            "2 concepts are labelled 'Capacity': Capacity (P); Capacity (Q); merge them, or rename all but one")
        capacity = [c.uid for c in concepts if c.label == "Capacity"]
        assert set(finding.uids) == set(capacity)
        glossary.set_label(ws, capacity[1], "Capacity (supply side)")
        assert not [f for f in run_checks(ws) if f.code == "same-label-concepts"]
