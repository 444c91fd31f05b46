"""SSSOM: export, import back, merge a colleague's work, and parse with sssom-py when it is installed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from export_helpers import add_decisions

from tests.workspace_state import state_digest
from workbench.catalogue import load_file
from workbench.cli import main
from workbench.exporters.sssom_export import export_sssom
from workbench.importers import ImportFileError, import_file
from workbench.workspace import Workspace

DATA = Path(__file__).parent / "data"


def fresh(tmp_path: Path, name: str) -> Workspace:
    return Workspace.create(tmp_path / name, [load_file(DATA / "alpha.toml"), load_file(DATA / "beta.toml")])


def decisions(workspace: Workspace) -> set[tuple[str, str, str, bool, float, str, str, str]]:
    return {(str(m.subject), m.predicate.value, str(m.object), m.negated, m.confidence, m.justification, m.author,
             m.comment) for m in workspace.mappings()}


def test_export_then_import_gives_the_same_mappings(workspace: Workspace, tmp_path: Path) -> None:
    add_decisions(workspace)
    out = tmp_path / "set.sssom.tsv"
    export_sssom(workspace, out)
    text = out.read_text(encoding="utf-8")
    assert "#curie_map:" in text and "#license:" in text and "#mapping_set_id:" in text
    assert "\tNot\t" in text
    with fresh(tmp_path, "other.db") as other:
        result = import_file(other, out)
        assert "3 mapping(s) added" in str(result.summary)
        assert decisions(other) == decisions(workspace)
        again = import_file(other, out)
        assert "0 mapping(s) added, 3 identical merged" in str(again.summary)
        assert decisions(other) == decisions(workspace)


def test_conflicting_decisions_are_listed_and_not_overwritten(workspace: Workspace, tmp_path: Path) -> None:
    add_decisions(workspace)
    out = tmp_path / "colleague.sssom.tsv"
    with fresh(tmp_path, "colleague.db") as colleague:
        colleague.add_mapping("alpha:incident", "related", "beta:storning", author="Colleague")
        colleague.add_mapping("alpha:incident-management-log", "exact", "beta:anvandarstod-ta-emot",
                              author="Colleague")
        export_sssom(colleague, out)
    before = decisions(workspace)
    result = import_file(workspace, out)
    assert "1 mapping(s) added" in str(result.summary) and "1 conflicting" in str(result.summary)
    assert len(result.notes) == 1 and "alpha:incident related beta:storning" in str(result.notes[0])
    mapping = workspace.mapping_between("alpha:incident", "beta:storning")
    assert mapping is not None and mapping.predicate.short == "exact"
    assert decisions(workspace) - before == {("alpha:incident-management-log", "skos:exactMatch",
                                              "beta:anvandarstod-ta-emot", False, 1.0,
                                              "semapv:ManualMappingCuration", "Colleague", "")}


def test_a_bad_row_is_named_and_nothing_is_written(workspace: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sssom.tsv"
    bad.write_text("#curie_map:\n#  alpha: \"x\"\nsubject_id\tpredicate_id\tobject_id\tconfidence\n"
                   "alpha:incident\tskos:exactMatch\tbeta:storning\t1\n"
                   "alpha:nothing\tskos:exactMatch\tbeta:storning\t2\n", encoding="utf-8")
    digest = state_digest(workspace)
    with pytest.raises(ImportFileError) as caught:
        import_file(workspace, bad)
    assert "line 5, column subject_id" in str(caught.value) and "line 5, column confidence" in str(caught.value)
    assert workspace.mappings() == []
    assert state_digest(workspace) == digest
    assert main(["import", workspace.location, str(bad)]) == 1


def test_the_export_parses_with_sssom_py(workspace: Workspace, tmp_path: Path) -> None:
    with _quiet():  # importing sssom-py imports pandas, which warns about its own deprecations
        if os.environ.get("WORKBENCH_REQUIRE_OPTIONAL_CHECKS"):  # CI installs the extra: a missing one fails
            import sssom.parsers as sssom
        else:
            sssom = pytest.importorskip("sssom.parsers", reason="sssom-py is optional: pip install '.[sssom-check]'")
    add_decisions(workspace)
    out = tmp_path / "set.sssom.tsv"
    export_sssom(workspace, out)
    with _quiet():
        document = sssom.parse_sssom_table(str(out))
    frame = document.df
    assert len(frame) == 3
    assert set(frame["predicate_id"]) == {"skos:exactMatch", "skos:closeMatch", "skos:relatedMatch"}
    assert list(frame["predicate_modifier"].fillna("")).count("Not") == 1
    assert document.converter.expand("alpha:incident") == "https://w3id.org/framework-workbench/alpha/incident"


def _quiet() -> object:
    import warnings

    class Quiet:
        def __enter__(self) -> None:
            self.context = warnings.catch_warnings()
            self.context.__enter__()
            warnings.simplefilter("ignore")  # sssom-py and pandas warn about their own deprecations

        def __exit__(self, *args: object) -> None:
            self.context.__exit__(*args)

    return Quiet()
