"""Laptop sync (issue 22): `workbench sync LOCAL REMOTE` makes a laptop copy, then sends and takes decisions made
since the last sync, reports pairs changed differently on both sides as conflicts without overwriting either,
carries frameworks over, and is safe to interrupt and repeat."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.postgres_server import Server
from workbench import sync as sync_module
from workbench.catalogue import bundled_framework
from workbench.cli import main
from workbench.domain import FrameworkData, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.sync import open_conflicts, sync
from workbench.workspace import Workspace


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workbench.cli", *argv], capture_output=True, text=True,
                          check=False, timeout=300, env=os.environ.copy())


@pytest.fixture
def team(postgres_database: str, mini_frameworks: list[FrameworkData]) -> str:
    Workspace.create(postgres_database, mini_frameworks).close()
    return postgres_database


def test_a_laptop_copy_sends_and_takes_decisions_and_reports_a_conflict_without_overwriting(
        postgres_database: str, tmp_path: Path) -> None:
    """The issue's scenario, through the command line as a person runs it."""
    team = postgres_database
    assert cli("init", team, "--frameworks", "itil4,safe").returncode == 0
    assert cli("map", team, "itil4:incident-management", "close", "safe:release-on-demand",
               "--author", "Anna").returncode == 0
    laptop = tmp_path / "laptop.workbench"
    copied = cli("sync", str(laptop), team)
    assert copied.returncode == 0 and copied.stderr == ""
    assert copied.stdout == f"created {laptop} as a copy of {team}: 2 framework(s), 1 decision(s)\n"
    # Offline on the laptop, and meanwhile at the office:
    assert cli("map", str(laptop), "itil4:problem-management", "related", "safe:inspect-and-adapt",
               "--author", "Lars").returncode == 0
    assert cli("map", str(laptop), "itil4:incident-management", "narrower", "safe:release-on-demand",
               "--author", "Lars").returncode == 0
    assert cli("map", team, "itil4:change-enablement", "exact", "safe:release-on-demand",
               "--author", "Anna").returncode == 0
    assert cli("map", team, "itil4:incident-management", "broader", "safe:release-on-demand",
               "--author", "Anna").returncode == 0
    synced = cli("sync", str(laptop), team)
    assert synced.returncode == 0 and synced.stderr == ""
    first, conflict = synced.stdout.splitlines()
    assert first == f"synced {laptop} with {team}: 1 decision(s) sent, 1 received, 1 conflict(s)"
    assert conflict.startswith("conflict: itil4:incident-management – safe:release-on-demand: here narrower by "
                               "Lars, ") and ", there broader by Anna, " in conflict
    with Workspace.open(team) as office, Workspace.open(laptop) as mine:
        kept = office.mapping_between("itil4:incident-management", "safe:release-on-demand")
        assert (kept.predicate, kept.author) == (Predicate.BROADER, "Anna")  # the team's decision stands
        assert mine.mapping_between("itil4:incident-management", "safe:release-on-demand").predicate \
            is Predicate.NARROWER
        assert office.mapping_between("itil4:problem-management", "safe:inspect-and-adapt").author == "Lars"
        assert mine.mapping_between("itil4:change-enablement", "safe:release-on-demand").author == "Anna"
        assert list(open_conflicts(mine)) == [(Ref("itil4", "incident-management"), Ref("safe", "release-on-demand"))]
    again = cli("sync", str(laptop), team)
    assert again.stdout.splitlines()[0] == f"synced {laptop} with {team}: 0 decision(s) sent, 0 received, " \
                                           "1 conflict(s)"
    # Settled on the laptop by deciding the pair again: the next sync sends it.
    assert cli("map", str(laptop), "itil4:incident-management", "broader", "safe:release-on-demand",
               "--author", "Lars", "--comment", "agreed with Anna").returncode == 0
    settled = cli("sync", str(laptop), team)
    assert settled.stdout == f"synced {laptop} with {team}: 1 decision(s) sent, 0 received, 0 conflict(s)\n"
    with Workspace.open(team) as office:
        assert office.mapping_between("itil4:incident-management", "safe:release-on-demand").comment == \
            "agreed with Anna"


def test_removals_travel_both_ways_and_a_second_sync_finds_nothing(team: str, tmp_path: Path) -> None:
    with Workspace.open(team) as office:
        office.add_mapping("alpha:incident", "close", "beta:storning")
        office.add_mapping("alpha:service-level-agreement", "exact", "beta:anvandarstod")
    laptop = tmp_path / "laptop.workbench"
    sync(laptop, team)
    with Workspace.open(laptop) as mine:
        mine.remove_mapping("alpha:incident", "beta:storning")
    with Workspace.open(team) as office:
        office.remove_mapping("alpha:service-level-agreement", "beta:anvandarstod")
    result = sync(laptop, team)
    assert (result.sent, result.received, result.conflicts) == (1, 1, [])
    for location in (laptop, team):
        with Workspace.open(location) as workspace:
            assert workspace.mappings() == []
    assert (sync(laptop, team).sent, sync(laptop, team).received) == (0, 0)


def test_the_same_decision_made_on_both_sides_is_no_conflict(team: str, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.workbench"
    sync(laptop, team)
    for location in (laptop, team):
        with Workspace.open(location) as workspace:
            workspace.add_mapping("alpha:incident", "close", "beta:storning", author="Anna", comment="same")
    result = sync(laptop, team)
    assert (result.sent, result.received, result.conflicts) == (0, 0, [])


def test_frameworks_imported_on_either_side_are_carried_over(team: str, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.workbench"
    sync(laptop, team)
    with Workspace.open(laptop) as mine:
        mine.add_framework(bundled_framework("kanban"))
        mine.add_mapping("kanban:kanban-board", "related", "alpha:incident")
    with Workspace.open(team) as office:
        office.add_framework(bundled_framework("scrum"))
    result = sync(laptop, team)
    assert (result.frameworks_sent, result.frameworks_received) == (["kanban"], ["scrum"])
    assert result.sent == 1
    with Workspace.open(laptop) as mine, Workspace.open(team) as office:
        for key in ("kanban", "scrum"):
            assert [(e.ref, e.labels, e.definition, e.parent) for e in mine.entries(key)] == \
                [(e.ref, e.labels, e.definition, e.parent) for e in office.entries(key)]
        assert office.mapping_between("kanban:kanban-board", "alpha:incident") is not None


def test_a_pair_decided_the_other_way_round_on_each_side_is_a_conflict(team: str, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.workbench"
    sync(laptop, team)
    with Workspace.open(laptop) as mine:
        mine.add_mapping("alpha:incident", "close", "beta:storning")
    with Workspace.open(team) as office:
        office.add_mapping("beta:storning", "related", "alpha:incident")
    result = sync(laptop, team)
    assert len(result.conflicts) == 2 and result.sent == result.received == 0
    with Workspace.open(team) as office:
        assert [(m.subject, m.object) for m in office.mappings()] == [(Ref("beta", "storning"),
                                                                       Ref("alpha", "incident"))]


def test_a_sync_broken_off_halfway_changes_nothing_here_and_a_repeat_completes_it(
        team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = tmp_path / "laptop.workbench"
    sync(laptop, team)
    with Workspace.open(laptop) as mine:
        mine.add_mapping("alpha:incident", "close", "beta:storning", author="Lars")
    with Workspace.open(team) as office:
        office.add_mapping("alpha:service-level-agreement", "exact", "beta:anvandarstod", author="Anna")
    remember = sync_module._remember

    def broken(*_args: object, **_kwargs: object) -> None:
        raise WorkbenchError(sync_module.SAME_WORKSPACE(location="the disk went away"))

    monkeypatch.setattr(sync_module, "_remember", broken)  # the laptop's side fails after the team's committed
    with pytest.raises(WorkbenchError):
        sync(laptop, team)
    with Workspace.open(laptop) as mine:
        assert mine.mapping_between("alpha:service-level-agreement", "beta:anvandarstod") is None  # nothing half taken
    monkeypatch.setattr(sync_module, "_remember", remember)
    result = sync(laptop, team)
    assert result.conflicts == [] and result.received == 1
    for location in (laptop, team):
        with Workspace.open(location) as workspace:
            assert len(workspace.mappings()) == 2


def test_another_workspace_file_can_be_the_remote(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> None:
    shared = tmp_path / "shared.workbench"
    with Workspace.create(shared, mini_frameworks) as workspace:
        workspace.add_mapping("alpha:incident", "close", "beta:storning")
    laptop = tmp_path / "laptop.workbench"
    assert sync(laptop, shared).created
    with Workspace.open(laptop) as mine:
        mine.add_mapping("alpha:service-level-agreement", "exact", "beta:anvandarstod")
    assert sync(laptop, shared).sent == 1
    with pytest.raises(WorkbenchError, match="cannot sync a workspace with itself"):
        sync(shared, shared)


def test_a_reader_cannot_sync_and_is_told_in_one_line(postgres_server: Server, team: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    name = team.rsplit("/", 1)[1]
    role = f"reader_{name}"
    postgres_server.add_role(role, "reading")
    postgres_server.execute(f"GRANT CONNECT ON DATABASE {name} TO {role}", f"GRANT USAGE ON SCHEMA public TO {role}",
                            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}", database=name)
    laptop = tmp_path / "laptop.workbench"
    sync(laptop, team)
    assert main(["sync", str(laptop), postgres_server.url(name, role)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the workspace is open read-only (your database role may only read it" in err
