"""The command-line contract of DESIGN.md section 3: outputs, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.catalogue import load_bundled
from workbench.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_all_then_export_json_holds_every_bundled_entry(tmp_path: Path, capsys) -> None:
    ws, out_file = tmp_path / "ws.db", tmp_path / "out.json"
    code, out, _ = run(capsys, "init", str(ws), "--all")
    assert code == 0 and "created" in out
    assert run(capsys, "map", str(ws), "itil4:incident-management", "close", "devops:incident-response",
               "--comment", "both restore service")[0] == 0
    assert run(capsys, "export", str(ws), "--format", "json", "-o", str(out_file))[0] == 0
    document = json.loads(out_file.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("workbench-export", 1)
    bundled = {f.key: f for f in load_bundled()}
    assert [f["key"] for f in document["frameworks"]] == list(bundled)
    for framework in document["frameworks"]:
        expected = {f"{framework['key']}:{entry.key}" for entry in bundled[framework["key"]].entries}
        assert {entry["ref"] for entry in framework["entries"]} == expected
        for entry in framework["entries"]:
            assert {"ref", "kind", "label", "alt_labels", "definition", "parent"} <= set(entry)
    (mapping,) = document["mappings"]
    assert mapping["subject"] == "itil4:incident-management" and mapping["predicate"] == "skos:closeMatch"
    assert {"object", "negated", "confidence", "justification", "author", "comment"} <= set(mapping)
    assert document["unified"] == {"concepts": [], "processes": []}


def test_frameworks_json_lists_the_bundled_frameworks_with_counts(capsys) -> None:
    code, out, _ = run(capsys, "frameworks", "--json")
    listed = json.loads(out)
    assert code == 0
    assert [item["key"] for item in listed] == [f.key for f in load_bundled()]
    for item in listed:
        assert item["entries"] == sum(item["counts"].values()) > 0


def test_init_with_chosen_frameworks_and_empty(tmp_path: Path, capsys) -> None:
    keys = [f.key for f in load_bundled()][:2]
    assert run(capsys, "init", str(tmp_path / "a.db"), "--frameworks", ",".join(keys))[0] == 0
    assert run(capsys, "init", str(tmp_path / "b.db"), "--empty")[0] == 0
    code, out, _ = run(capsys, "check", str(tmp_path / "b.db"))
    assert (code, out.strip()) == (0, "no findings")


def test_check_json_reports_a_pair_decided_both_ways(tmp_path: Path, capsys) -> None:
    ws = str(tmp_path / "ws.db")
    run(capsys, "init", ws)
    run(capsys, "map", ws, "itil4:incident", "exact", "devops:incident")
    run(capsys, "map", ws, "devops:incident", "exact", "itil4:incident", "--not")
    code, out, _ = run(capsys, "check", ws, "--json")
    findings = json.loads(out)
    assert code == 0
    assert findings[0]["severity"] == "error" and findings[0]["code"] == "match-and-not-a-match"
    assert findings[0]["refs"] == ["devops:incident", "itil4:incident"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["map", "{ws}", "itil4:nope", "exact", "safe:feature"], "framework 'itil4' has no entry 'nope'"),
        (["map", "{ws}", "itil4:incident", "equalish", "safe:feature"], "unknown predicate 'equalish'"),
        (["map", "{dir}/missing.db", "itil4:incident", "exact", "safe:feature"], "missing.db: no such workspace"),
        (["init", "{ws}"], "already exists; use --force"),
        (["init", "{dir}/x.db", "--frameworks", "itil4,cobit"], "no bundled framework 'cobit'"),
        (["export", "{ws}", "--format", "json", "-o", "{dir}/no/such/out.json"], "no such folder"),
        (["import", "{ws}", "{dir}/notes.txt"], "cannot tell the format"),
        (["import", "{ws}", "{dir}/missing.csv"], "missing.csv: no such file"),
    ],
)
def test_user_errors_exit_1_with_one_line(tmp_path: Path, capsys, args: list[str], message: str) -> None:
    ws = tmp_path / "ws.db"
    run(capsys, "init", str(ws))
    before = ws.read_bytes()
    code, _, err = run(capsys, *[a.format(ws=ws, dir=tmp_path) for a in args])
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("workbench: error: ") and message in err
    assert ws.read_bytes() == before


def test_bad_usage_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["map", "only-one-argument"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["export", "ws.db", "--format", "pdf", "-o", "x"])
    assert exited.value.code == 2


def test_installed_command_reports_a_non_workspace_without_a_traceback(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a workspace")
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "check", str(notes)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr == f"workbench: error: {notes}: not a workbench workspace (it is not a SQLite database)\n"


def test_the_gui_without_a_display_says_so_instead_of_aborting(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = run(capsys, "gui")
    assert code == 1 and err == (
        "workbench: error: no display to open the desktop application on; the other commands work without one\n"
    )
