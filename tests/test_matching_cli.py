"""`workbench suggest` as DESIGN.md section 3 describes it: output shapes, options and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ws(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "ws.db")
    assert run(capsys, "init", path, "--frameworks", "itil4,devops")[0] == 0
    return path


def test_suggest_json_is_an_array_best_first_with_the_contract_fields(ws: str, capsys) -> None:
    code, out, _ = run(capsys, "suggest", ws, "--source", "itil4", "--target", "devops", "--json", "--top", "2")
    assert code == 0
    items = json.loads(out)
    assert items and isinstance(items, list)
    assert {"subject", "subject_label", "object", "object_label", "score", "predicate", "reasons", "flags"} <= set(
        items[0]
    )
    assert all(isinstance(item["flags"], list) for item in items)
    assert [item["score"] for item in items] == sorted((item["score"] for item in items), reverse=True)
    assert all(item["subject"].startswith("itil4:") and item["object"].startswith("devops:") for item in items)
    assert all(isinstance(item["reasons"], list) and item["predicate"].startswith("skos:") for item in items)
    per_subject: dict[str, int] = {}
    for item in items:
        per_subject[item["subject"]] = per_subject.get(item["subject"], 0) + 1
    assert max(per_subject.values()) <= 2
    pairs = {(item["subject"], item["object"]) for item in items}
    assert ("itil4:incident-management", "devops:incident-response") in pairs


def test_suggest_best_is_one_to_one_and_min_score_filters(ws: str, capsys) -> None:
    code, out, _ = run(capsys, "suggest", ws, "--source", "itil4", "--target", "devops", "--best", "--json")
    assert code == 0
    best = json.loads(out)
    assert len({item["subject"] for item in best}) == len(best) == len({item["object"] for item in best})
    code, out, _ = run(capsys, "suggest", ws, "--source", "itil4", "--target", "devops", "--min-score", "0.9",
                       "--json")
    assert code == 0 and all(item["score"] >= 0.9 for item in json.loads(out))


def test_suggest_plain_output_has_one_readable_line_per_suggestion(ws: str, capsys) -> None:
    code, out, _ = run(capsys, "suggest", ws, "--source", "itil4", "--target", "devops", "--kind", "process",
                       "--top", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines and all(line.split()[0].replace(".", "").isdigit() for line in lines)
    assert any("itil4:incident-management" in line and "devops:incident-response" in line for line in lines)


def test_a_decision_not_to_match_hides_the_pair(ws: str, capsys) -> None:
    assert run(capsys, "map", ws, "itil4:incident-management", "close", "devops:incident-response", "--not")[0] == 0
    code, out, _ = run(capsys, "suggest", ws, "--source", "devops", "--target", "itil4", "--json", "--top", "50")
    assert code == 0
    pairs = {(item["subject"], item["object"]) for item in json.loads(out)}
    assert ("devops:incident-response", "itil4:incident-management") not in pairs


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--source", "itil4", "--target", "nope"], "no framework 'nope'"),
        (["--source", "itil4", "--target", "itil4"], "choose two different frameworks"),
        (["--source", "itil4", "--target", "devops", "--top", "0"], "--top must be at least 1"),
        (["--source", "itil4", "--target", "devops", "--min-score", "2"], "--min-score must be between 0 and 1"),
    ],
)
def test_suggest_user_errors_exit_1_with_one_line(ws: str, capsys, args: list[str], message: str) -> None:
    code, out, err = run(capsys, "suggest", ws, *args)
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_suggest_bad_usage_exits_2(ws: str, capsys) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["suggest", ws, "--source", "itil4"])
    assert raised.value.code == 2
    with pytest.raises(SystemExit) as raised:
        main(["suggest", ws, "--source", "itil4", "--target", "devops", "--kind", "nonsense"])
    assert raised.value.code == 2
