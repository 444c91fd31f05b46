"""`workbench unify`: refresh proposals, start the process model, one summary line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_unify_builds_the_glossary_and_starts_from_usm_then_check_sees_it(tmp_path: Path, capsys) -> None:
    ws = str(tmp_path / "ws.db")
    run(capsys, "init", ws, "--frameworks", "itil4,devops,usm")
    run(capsys, "map", ws, "itil4:incident", "exact", "devops:incident")
    code, out, _ = run(capsys, "unify", ws)
    assert code == 0
    assert out.startswith("unified glossary: 1 concepts (1 added, 0 removed, 0 changed, 0 member(s) moved)\n")
    assert out.splitlines()[1] == (
        "process model: 5 processes, 28 activities, started from usm; 0 traces from decisions, 0 proposed processes "
        "(0 new), 0 proposed activities (0 new), 0 activities in two places, 0 decided entries not yet placed")
    code, out, _ = run(capsys, "unify", ws, "--process-skeleton", "empty")
    assert "(0 added, 0 removed, 0 changed" in out and "started" not in out
    code, out, _ = run(capsys, "check", ws, "--json")
    findings = json.loads(out)
    usm = next(f for f in findings if f["code"] == "coverage" and f["message"].startswith("usm:"))
    assert "33 of 99" in usm["message"] and all({"severity", "code", "message", "refs"} <= set(f) for f in findings)


def test_unify_with_an_empty_skeleton_and_a_missing_usm(tmp_path: Path, capsys) -> None:
    ws = str(tmp_path / "ws.db")
    run(capsys, "init", ws, "--frameworks", "itil4")
    code, out, _ = run(capsys, "unify", ws)
    assert code == 0 and "process model: 0 processes" in out
    code, _, err = run(capsys, "unify", ws, "--process-skeleton", "usm")
    assert code == 1 and "holds no 'usm' framework" in err


def test_decisions_trace_activities_and_processes_in_the_process_model_and_terms_make_the_glossary(
    tmp_path: Path, capsys
) -> None:
    """Issue 16's bar: an ITIL 4 activity close to a USM activity, a DevOps process close to a USM process and a
    term pair; after `unify` the export traces the two under those USM elements, once each, as "close"."""
    ws = str(tmp_path / "ws.db")
    out_file = tmp_path / "out.json"
    run(capsys, "init", ws, "--frameworks", "itil4,devops,usm")
    assert run(capsys, "map", ws, "itil4:incident-management-close", "close", "usm:recover-close")[0] == 0
    assert run(capsys, "map", ws, "devops:incident-response", "close", "usm:recover")[0] == 0
    assert run(capsys, "map", ws, "itil4:incident", "exact", "devops:incident")[0] == 0
    code, out, _ = run(capsys, "unify", ws)
    assert code == 0 and "2 traces from decisions" in out
    assert run(capsys, "export", ws, "--format", "json", "-o", str(out_file))[0] == 0
    document = json.loads(out_file.read_text(encoding="utf-8"))
    kinds = {entry["ref"]: entry["kind"] for framework in document["frameworks"] for entry in framework["entries"]}
    unified = document["unified"]

    places: dict[str, list[tuple[str, str, str]]] = {}
    for process in unified["processes"]:
        for trace in process["traces"]:
            places.setdefault(trace["ref"], []).append((process["label"], trace["relation"], trace["origin"]))
        for activity in process["activities"]:
            for trace in activity["traces"]:
                places.setdefault(trace["ref"], []).append((activity["label"], trace["relation"], trace["origin"]))
    assert places["itil4:incident-management-close"] == [
        ("Verify recovery and close the incident", "close", "derived")]
    assert places["devops:incident-response"] == [("Recover", "close", "derived")]
    # the USM elements are traced to the entries they were started from, as their source
    assert places["usm:recover-close"] == [("Verify recovery and close the incident", "exact", "source")]
    assert places["usm:recover"] == [("Recover", "exact", "source")]

    assert [concept["label"] for concept in unified["concepts"]] == ["Incident"]
    for concept in unified["concepts"]:
        assert {kinds[member["ref"]] for member in concept["members"]} == {"term"}
    assert {member["ref"] for member in unified["concepts"][0]["members"]} == {"itil4:incident", "devops:incident"}

    # a second refresh changes nothing: the traces stay once each
    run(capsys, "unify", ws)
    run(capsys, "export", ws, "--format", "json", "-o", str(out_file))
    again = json.loads(out_file.read_text(encoding="utf-8"))["unified"]
    assert again["processes"] == unified["processes"]
