"""The bundled catalogue loads, and a broken glossary file is refused with the file, the entry and the problem."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from workbench.catalogue import CatalogueError, load_bundled, load_file, main, parse_catalogue
from workbench.domain import Kind, LabelKind, Ref, Status
from workbench.exporters.json_export import export_document
from workbench.workspace import Workspace

GOOD_HEAD = """
[framework]
key = "t"
name = "T"
edition = "1"
publisher = "p"
language = "en"
attribution = "a"
licence = "l"
"""

GOOD_TERM = """
[[entries]]
key = "thing"
kind = "term"
label = "Thing"
category = "concept"
definition = "A thing."
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text.encode(), "bad.toml")
    assert str(caught.value).startswith("bad.toml: ")
    return [str(problem) for problem in caught.value.problems]


def test_every_bundled_file_loads_with_unique_keys() -> None:
    frameworks = load_bundled()
    assert len(frameworks) >= 2
    assert len({framework.key for framework in frameworks}) == len(frameworks)
    for framework in frameworks:
        assert framework.edition and framework.attribution and framework.licence
        keys = [entry.key for entry in framework.entries]
        assert len(keys) == len(set(keys))


def test_activities_take_their_parent_and_order(mini_frameworks: list) -> None:
    alpha = mini_frameworks[0]
    activities = [entry for entry in alpha.entries if entry.kind is Kind.ACTIVITY]
    assert [(a.key, a.parent, a.position) for a in activities] == [
        ("incident-management-log", "incident-management", 1),
        ("incident-management-resolve", "incident-management", 2),
    ]


def test_translations_become_language_tagged_labels_and_definitions(mini_frameworks: list) -> None:
    beta = mini_frameworks[1]
    disruption = next(entry for entry in beta.entries if entry.key == "storning")
    assert disruption.lang == "sv"
    assert (LabelKind.PREFERRED, "Disruption", "en") in [(lb.kind, lb.text, lb.lang) for lb in disruption.labels]
    assert dict(disruption.definitions)["sv"].startswith("Något")


def test_validator_reports_every_problem_with_its_entry() -> None:
    text = GOOD_HEAD + GOOD_TERM + GOOD_TERM + """
[[entries]]
key = "Bad Key"
kind = "widget"
label = "X"
definition = "x"

[[entries]]
key = "proc"
kind = "process"
label = "Proc"
category = "practice"
definition = "A process."
colour = "blue"
related = ["nowhere"]
"""
    problems = problems_of(text)
    assert "entry thing: key is used twice" in problems
    assert "entry Bad Key: key 'Bad Key' must be lower-case letters, digits and '-'" in problems
    assert "entry Bad Key: kind 'widget' must be 'term' or 'process'" in problems
    assert "entry proc: unknown field 'colour'" in problems
    assert "entry proc: missing purpose" in problems
    assert "entry proc: related names 'nowhere', which is not in the file" in problems


def test_validator_rejects_activities_outside_processes_and_empty_definitions() -> None:
    text = GOOD_HEAD + GOOD_TERM + """
  [[entries.activities]]
  key = "step"
  label = "Step"
  definition = "   "
"""
    problems = problems_of(text)
    assert "entry thing: only a process can have activities" in problems
    assert "activity step: definition is empty" in problems


def test_validator_checks_framework_table_and_languages() -> None:
    problems = problems_of(GOOD_HEAD.replace('edition = "1"\n', "").replace('"en"', '"english!"') + GOOD_TERM)
    assert "[framework]: missing edition" in problems
    assert "[framework]: language 'english!' is not a language tag such as 'en' or 'sv'" in problems
    text = GOOD_HEAD + GOOD_TERM + '  [entries.translations.de]\n  label = "Ding"\n'
    assert "entry thing translations.de: language 'de' is not listed in [framework] languages" in problems_of(text)


def test_unparsable_files_name_the_problem(tmp_path: Path) -> None:
    assert problems_of("[framework\n")[0].startswith("not valid TOML")
    broken = tmp_path / "broken.toml"
    broken.write_bytes(b"\xff\xfe")
    with pytest.raises(CatalogueError, match=r"broken.toml: not UTF-8 text"):
        load_file(broken)
    with pytest.raises(CatalogueError, match="cannot read the file"):
        load_file(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("SAFe (Scaled Agile Framework)", "SAFe"),
        ("ITIL 4", "ITIL 4"),
        ("Lean (Lean thinking and Lean IT)", "Lean"),
        ("Our (internal) delivery method", "Our (internal) delivery method"),  # the brackets are not a spelling-out
        ("(Draft)", "(Draft)"),
    ],
)
def test_a_framework_s_short_name_drops_only_a_trailing_spelled_out_form(
    tmp_path: Path, name: str, short: str
) -> None:
    framework = replace(load_file(Path(__file__).parent / "data" / "alpha.toml"), name=name)
    with Workspace.create(tmp_path / "w.db", [framework]) as workspace:
        assert workspace.frameworks()[0].short_name == short


PROVENANCE = GOOD_HEAD + GOOD_TERM + """
[[entries]]
key = "old-thing"
kind = "term"
label = "Old thing"
category = "concept"
definition = "What an earlier edition called a thing."
status = "renamed"
source = "T, edition 0"
successors = ["t:thing", "other:widget"]

[[entries]]
key = "stage"
kind = "term"
label = "Stage"
category = "concept"
definition = "A stage of the work that processes carry out."
realised_by = ["proc"]

[[entries]]
key = "proc"
kind = "process"
label = "Proc"
category = "event"
definition = "A process."
purpose = "p"
trigger = "t"
outcome = "o"
includes = ["thing"]

  [[entries.activities]]
  key = "proc-step"
  label = "Step"
  definition = "A step."
  status = "historical"
"""


def test_entries_carry_status_source_successors_and_links() -> None:
    framework = parse_catalogue(PROVENANCE.encode(), "good.toml")
    entries = {entry.key: entry for entry in framework.entries}
    assert entries["thing"].status is Status.CURRENT and entries["thing"].source == ""
    old = entries["old-thing"]
    assert (old.status, old.source) == (Status.RENAMED, "T, edition 0")
    assert old.successors == (Ref("t", "thing"), Ref("other", "widget"))
    assert entries["stage"].realised_by == ("proc",)
    assert entries["proc"].includes == ("thing",)
    assert (entries["proc-step"].status, entries["proc-step"].parent) == (Status.HISTORICAL, "proc")


def test_validator_checks_status_successors_and_links() -> None:
    text = GOOD_HEAD + GOOD_TERM + """
[[entries]]
key = "old"
kind = "term"
label = "Old"
category = "concept"
definition = "Old."
status = "retired"
successors = ["no-colon", "t:Bad Key"]
realised_by = ["nowhere"]
includes = ["old"]

[[entries]]
key = "renamed"
kind = "term"
label = "Renamed"
category = "concept"
definition = "Renamed."
status = "renamed"

[[entries]]
key = "current"
kind = "term"
label = "Current"
category = "concept"
definition = "Current."
successors = ["t:thing"]
"""
    problems = problems_of(text)
    assert "entry old: status 'retired' must be one of current, renamed, historical" in problems
    assert "entry old: successors: 'no-colon' must be FRAMEWORK:KEY, e.g. 'itil4:incident-management'" in problems
    assert "entry old: successors: 't:Bad Key' must be FRAMEWORK:KEY, e.g. 'itil4:incident-management'" in problems
    assert "entry old: realised_by names 'nowhere', which is not in the file" in problems
    assert "entry old: includes names the entry itself" in problems
    assert "entry renamed: a renamed entry names its new name in successors" in problems
    assert "entry current: successors belong to a renamed or historical entry (set its status)" in problems


def test_provenance_and_links_are_stored_and_exported(tmp_path: Path) -> None:
    framework = parse_catalogue(PROVENANCE.encode(), "good.toml")
    with Workspace.create(tmp_path / "w.db", [framework]) as workspace:
        old = workspace.entry("t:old-thing")
        assert (old.status, old.source, old.successors) == (
            Status.RENAMED, "T, edition 0", (Ref("t", "thing"), Ref("other", "widget")))
        assert workspace.entry("t:stage").realised_by == (Ref("t", "proc"),)
        assert workspace.entry("t:proc").includes == (Ref("t", "thing"),)
        assert workspace.entry("t:thing").status is Status.CURRENT
        document = export_document(workspace)
    exported = {entry["key"]: entry for entry in document["frameworks"][0]["entries"]}
    assert exported["old-thing"]["status"] == "renamed"
    assert exported["old-thing"]["source"] == "T, edition 0"
    assert exported["old-thing"]["successors"] == ["t:thing", "other:widget"]
    assert exported["stage"]["realised_by"] == ["t:proc"]
    assert exported["proc"]["includes"] == ["t:thing"]
    assert (exported["thing"]["status"], exported["thing"]["successors"]) == ("current", [])


def test_an_abbreviation_or_other_label_naming_two_entries_is_refused() -> None:
    text = GOOD_HEAD + """
languages = ["en", "sv"]

[[entries]]
key = "restore"
kind = "term"
label = "Mean time to restore service"
abbreviations = ["MTTR"]
category = "metric"
definition = "Average time until users have the service back."

[[entries]]
key = "repair"
kind = "term"
label = "Mean time to repair"
abbreviations = ["mttr"]
alt_labels = ["Mean time to restore service"]
category = "metric"
definition = "Average time spent fixing a component."

  [entries.translations.sv]
  label = "Reparationstid"

[[entries]]
key = "fix"
kind = "term"
label = "Fix"
category = "concept"
definition = "A repair."

  [entries.translations.sv]
  alt_labels = ["Reparationstid"]

[[entries]]
key = "release"
kind = "term"
label = "Release"
category = "concept"
definition = "A version made available."
"""
    text += """
[[entries]]
key = "ship"
kind = "process"
label = "Ship"
category = "process"
definition = "Shipping."
purpose = "p"
trigger = "t"
outcome = "o"

  [[entries.activities]]
  key = "ship-release"
  label = "Release"
  definition = "Make it available."
"""
    problems = problems_of(text.replace('language = "en"\n', 'language = "en"\n', 1))
    assert "entry repair: abbreviation 'mttr' also names entry restore; a label names one entry" in problems
    assert ("entry repair: alternative label 'Mean time to restore service' also names entry restore; "
            "a label names one entry") in problems
    assert "entry fix: alternative label (sv) 'Reparationstid' also names entry repair; a label names one entry" in (
        problems)
    # A term and a step may share their own preferred label; nothing else here is wrong.
    assert len(problems) == 3, problems


def test_the_same_step_label_twice_in_a_framework_is_refused() -> None:
    process = """
[[entries]]
key = "{key}"
kind = "process"
label = "{label}"
category = "process"
definition = "A process."
purpose = "p"
trigger = "t"
outcome = "o"

  [[entries.activities]]
  key = "{key}-plan"
  label = "Plan the implementation"
  definition = "Plan it."

  [[entries.activities]]
  key = "{key}-do"
  label = "Do it ({label})"
  definition = "Do it."
"""
    text = GOOD_HEAD + process.format(key="a3", label="A3") + process.format(key="vsm", label="VSM")
    assert problems_of(text) == [
        "entry vsm-plan: step label 'Plan the implementation' is also step a3-plan (of a3); "
        "a framework has each step once"
    ]


def test_the_catalogue_command_checks_every_file_it_is_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD_HEAD + GOOD_TERM)
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD_HEAD + GOOD_TERM + GOOD_TERM.replace('key = "thing"', 'key = "other"').replace(
        'label = "Thing"', 'label = "Other"\nabbreviations = ["Thing"]'))
    assert main([str(good), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("t: T (1)")
    assert err == f"{bad}: entry other: abbreviation 'Thing' also names entry thing; a label names one entry\n"


def test_the_catalogue_command_passes_every_bundled_file() -> None:
    files = sorted((Path(__file__).parents[1] / "glossaries").glob("*.toml"))
    assert len(files) >= 6
    assert main([str(path) for path in files]) == 0
