"""The services: create, open and reopen workspaces, list and search entries, record decisions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.domain import FrameworkData, Kind, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.workspace import Workspace


def test_created_workspace_reopens_with_everything(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> None:
    path = tmp_path / "ws.db"
    with Workspace.create(path, mini_frameworks) as workspace:
        workspace.add_mapping("alpha:incident", "close", "beta:storning", comment="same idea")
    with Workspace.open(path) as reopened:
        assert [f.key for f in reopened.frameworks()] == ["alpha", "beta"]
        assert reopened.framework("alpha").counts == {"term": 2, "process": 1, "activity": 2}
        (mapping,) = reopened.mappings()
        assert (mapping.subject, mapping.predicate, mapping.object) == (
            Ref("alpha", "incident"), Predicate.CLOSE, Ref("beta", "storning"))
        assert mapping.comment == "same idea"
        assert mapping.author == "Test Author"
        assert reopened.upgraded_from is None


def test_entries_keep_the_framework_order_with_activities_after_their_process(workspace: Workspace) -> None:
    refs = [str(entry.ref) for entry in workspace.entries("alpha")]
    assert refs == ["alpha:incident", "alpha:service-level-agreement", "alpha:incident-management",
                    "alpha:incident-management-log", "alpha:incident-management-resolve"]
    resolve = workspace.entry("alpha:incident-management-resolve")
    assert resolve.parent == Ref("alpha", "incident-management") and resolve.position == 2
    assert workspace.entry("alpha:incident-management").broader == (Ref("alpha", "incident"),)


def test_filtering_matches_any_label_in_any_language_ignoring_case(workspace: Workspace) -> None:
    assert [str(e.ref) for e in workspace.entries(text="sla")] == ["alpha:service-level-agreement"]
    assert [str(e.ref) for e in workspace.entries(text="OUTAGE")] == ["beta:storning"]
    assert [str(e.ref) for e in workspace.entries(text="störning")] == ["beta:storning"]
    assert workspace.entries(text="100%") == []
    assert workspace.count_entries("alpha", Kind.ACTIVITY) == 2
    assert [str(e.ref) for e in workspace.entries("alpha", limit=2, offset=1)] == [
        "alpha:service-level-agreement", "alpha:incident-management"]


def test_a_new_decision_replaces_the_old_one_for_the_same_pair(workspace: Workspace) -> None:
    first = workspace.add_mapping("alpha:incident", "exact", "beta:storning")
    second = workspace.add_mapping("alpha:incident", "related", "beta:storning", negated=True, comment="no")
    assert workspace.count_mappings() == 1
    assert second.id == first.id and second.created == first.created
    assert (second.predicate, second.negated, second.comment) == (Predicate.RELATED, True, "no")


def test_remove_and_restore_give_back_the_exact_decision(workspace: Workspace) -> None:
    original = workspace.add_mapping("alpha:incident", "broader", "beta:storning", author="Ann", confidence=0.7)
    removed = workspace.remove_mapping("alpha:incident", "beta:storning")
    assert removed == original
    assert workspace.mapping_between("alpha:incident", "beta:storning") is None
    restored = workspace.restore_mapping(removed)
    assert (restored.predicate, restored.author, restored.confidence, restored.created) == (
        Predicate.BROADER, "Ann", 0.7, original.created)


def test_mappings_filter_by_framework_pair(workspace: Workspace) -> None:
    workspace.add_mapping("alpha:incident", "exact", "beta:storning")
    workspace.add_mapping("alpha:incident-management", "related", "alpha:incident")
    assert len(workspace.mappings("beta")) == 1
    assert len(workspace.mappings("alpha")) == 2
    assert len(workspace.mappings("beta", "alpha")) == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda ws: ws.entry("alpha:nope"), "framework 'alpha' has no entry 'nope'"),
        (lambda ws: ws.entry("alpha:incidnt"), "did you mean alpha:incident?"),
        (lambda ws: ws.entry("gamma:x"), "no framework 'gamma' (it holds: alpha, beta)"),
        (lambda ws: ws.entry("no-colon"), "is not a reference"),
        (lambda ws: ws.add_mapping("alpha:incident", "same", "beta:storning"), "unknown predicate 'same'"),
        (lambda ws: ws.add_mapping("alpha:incident", "exact", "alpha:incident"), "cannot map alpha:incident to itself"),
        (lambda ws: ws.add_mapping("alpha:incident", "exact", "beta:storning", confidence=2), "between 0 and 1"),
        (lambda ws: ws.remove_mapping("alpha:incident", "beta:storning"), "no decision recorded"),
        (lambda ws: ws.entries("gamma"), "no framework 'gamma'"),
    ],
)
def test_bad_requests_say_what_is_wrong_and_change_nothing(workspace: Workspace, call, message: str) -> None:
    with pytest.raises((WorkbenchError, ValueError), match=re.escape(message)):
        call(workspace)
    assert workspace.count_mappings() == 0


def test_create_refuses_to_overwrite_unless_forced(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> None:
    path = tmp_path / "ws.db"
    Workspace.create(path, mini_frameworks[:1]).close()
    with pytest.raises(WorkbenchError, match="already exists; use --force"):
        Workspace.create(path, mini_frameworks)
    with Workspace.create(path, mini_frameworks[1:], force=True) as replaced:
        assert [f.key for f in replaced.frameworks()] == ["beta"]


def test_a_failed_create_leaves_nothing_behind(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> None:
    with pytest.raises(WorkbenchError, match="listed twice"):
        Workspace.create(tmp_path / "ws.db", [mini_frameworks[0], mini_frameworks[0]])
    broken = FrameworkData(key="x", name="X", entries=(mini_frameworks[0].entries[3],))  # an orphan activity
    with pytest.raises(KeyError):
        Workspace.create(tmp_path / "ws.db", [broken])
    assert list(tmp_path.iterdir()) == []


def test_adding_a_framework_twice_is_refused(workspace: Workspace, mini_frameworks: list[FrameworkData]) -> None:
    with pytest.raises(WorkbenchError, match="already holds a framework 'alpha'"):
        workspace.add_framework(mini_frameworks[0])
