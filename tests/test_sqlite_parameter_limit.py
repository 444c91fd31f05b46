"""Large workspaces on SQLite builds that allow few parameters per statement.

The SQLite that ships with Python on some platforms allows 32,766 parameters per statement (older builds 999);
a statement with more fails with "too many SQL variables". Every connection here is limited to 999, and the
workspace holds more entries and decisions than that, so any statement that passes one parameter per entry,
member or decision fails the test: it would fail for a user with a framework of 33,000 entries.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from workbench import cli
from workbench.domain import EntryData, FrameworkData, Kind, Label, LabelKind, Ref
from workbench.framework_update import replace_framework
from workbench.importers import import_file
from workbench.store import database
from workbench.unified_model import Trace
from workbench.unify import exclusions, glossary, process_model
from workbench.unify.model_state import ActivityState, ModelUndo, ProcessState
from workbench.workspace import Workspace

LIMIT = 999
SIZE = 1_300
STAR = 1_100


@pytest.fixture
def few_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    configure = database._configure_connection

    def limited(connection: Any, record: Any) -> None:
        configure(connection, record)
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, LIMIT)

    monkeypatch.setattr(database, "_configure_connection", limited)


def _framework(key: str, size: int, *, version: str = "") -> FrameworkData:
    entries = tuple(
        EntryData(
            key=f"t{index}", kind=Kind.TERM, label=f"{key.upper()} term {index}{version}", lang="en",
            labels=(Label(f"Other name {index}", LabelKind.ALTERNATIVE, "en"),),
            definition=f"The {index}th thing {key} names.",
        )
        for index in range(size)
    )
    return FrameworkData(key=key, name=key.upper(), edition="1", entries=entries)


def _decisions(path: Path) -> Path:
    """a:tN = b:tN for every N (a concept each), and c:t0 = every d entry, d:t0 = every c entry (one concept)."""
    pairs = [(f"a:t{index}", f"b:t{index}") for index in range(SIZE)]
    pairs += [("c:t0", f"d:t{index}") for index in range(STAR)]
    pairs += [(f"c:t{index}", "d:t0") for index in range(1, STAR)]
    lines = ["subject_id\tpredicate_id\tobject_id\tmapping_justification"]
    lines += [f"{subject}\tskos:exactMatch\t{obj}\tsemapv:ManualMappingCuration" for subject, obj in pairs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _member_frameworks(workspace: Workspace, uid: str) -> set[str]:
    return {member.ref.framework for member in glossary.members(workspace, uid)}


def test_a_workspace_larger_than_the_parameter_limit_works_end_to_end(
    tmp_path: Path, few_parameters: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.workbench"
    frameworks = [_framework("a", SIZE), _framework("b", SIZE), _framework("c", STAR), _framework("d", STAR)]
    with Workspace.create(path, frameworks) as workspace:
        with workspace.transaction() as session:  # the limit is in force on the workspace's own connections
            assert session.connection().connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) == LIMIT
        import_file(workspace, _decisions(tmp_path / "decisions.sssom.tsv"), "sssom")
        assert workspace.count_mappings() == SIZE + 2 * STAR - 1
        assert len(workspace.entries("a")) == SIZE

        glossary.refresh(workspace)
        states = glossary.concept_states(workspace)
        assert len(states) == SIZE + 1
        assert _member_frameworks(workspace, states[0].uid) == {"a", "b"}

        # Undo of a refresh puts every concept back as it was, after the refresh removed them all.
        workspace.remove_mapping("a:t0", "b:t0")
        report = glossary.refresh(workspace)
        assert report.removed
        glossary.restore(workspace, glossary.GlossaryUndo(restore=states, remove=report.added))
        assert [state.uid for state in glossary.concept_states(workspace)] == [state.uid for state in states]

        # One concept with members by the thousand: split off all of c's, then undo the split.
        big = next(state.uid for state in states if "c" in _member_frameworks(workspace, state.uid))
        assert len(glossary.members(workspace, big)) == 2 * STAR
        split = glossary.split(workspace, big, [Ref("c", f"t{index}") for index in range(STAR)])
        assert len(glossary.members(workspace, split.uids[0])) == STAR
        glossary.restore(workspace, split.undo)
        assert len(glossary.members(workspace, big)) == 2 * STAR

        refs = [Ref("a", f"t{index}") for index in range(SIZE)]
        undo = exclusions.exclude(workspace, refs, "out of scope")
        assert len(exclusions.exclusions(workspace)) == SIZE
        exclusions.restore(workspace, undo)
        assert exclusions.exclusions(workspace) == []

        # A process of more activities than the limit, each traced to an entry: delete it, then undo.
        activities = tuple(
            ActivityState(f"a-{index}", f"Step {index}", "", (Trace(Ref("c", f"t{index}"), "exact"),))
            for index in range(STAR)
        )
        process = ProcessState("p-big", "Big process", "", "", "", "draft", "", activities)
        process_model.restore(workspace, ModelUndo(restore=(process,)))
        deleted = process_model.delete_process(workspace, "p-big")
        process_model.restore(workspace, deleted.undo)
        restored = workspace.unified_snapshot().processes
        assert [len(p.activities) for p in restored] == [STAR]
        assert all(a.traces for a in restored[0].activities)

        # A newer edition that drops most entries: their decisions go, the rest stay.
        update = replace_framework(workspace, _framework("a", 100, version=" (2)"))
        assert len(update.removed) == SIZE - 100
        assert workspace.count_mappings() == 100 - 1 + 2 * STAR - 1

    assert cli.main(["unify", str(path)]) == 0
    capsys.readouterr()
    assert cli.main(["check", str(path), "--json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)
    # SKOS is left out: it reads what the JSON export reads, and rdflib takes seconds to write this many entries.
    for fmt, name in (("xlsx", "out.xlsx"), ("csv", "out"), ("json", "out.json"), ("sssom", "out.sssom.tsv"),
                      ("archimate", "out.xml"), ("html", "out.html")):
        target = tmp_path / name
        assert cli.main(["export", str(path), "--format", fmt, "-o", str(target)]) == 0, fmt
        assert target.exists(), fmt
