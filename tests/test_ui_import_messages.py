"""Import summaries and notes in the interface language: every kind of message the importers write is known."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_helpers import add_unified
from PySide6.QtWidgets import QApplication

from ui.import_messages import IMPORT_MESSAGES, import_text
from ui.translations import install_translator, remove_translators
from workbench.domain import FrameworkData
from workbench.exporters.skos_export import export_skos
from workbench.exporters.sssom_export import export_sssom
from workbench.importers import ImportResult, import_file
from workbench.workspace import Workspace

DATA = Path(__file__).parent / "data"


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=["Key", "Kind", "Label"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def messages(result: ImportResult) -> list[str]:
    return [result.summary, *result.notes]


def test_every_summary_and_note_the_importers_write_is_known(
    tmp_path: Path, mini_frameworks: list[FrameworkData]
) -> None:
    written: list[str] = []
    with Workspace.create(tmp_path / "ws.db", mini_frameworks) as workspace:
        rows = [{"Key": "a", "Kind": "term", "Label": "Alpha thing"}, {"Key": "b", "Kind": "term", "Label": "Beta"}]
        written += messages(import_file(workspace, write_csv(tmp_path / "own.csv", rows)))  # added
        workspace.add_mapping("own:b", "related", "alpha:incident")
        workspace.add_mapping("own:b", "exact", "beta:storning", negated=True)
        written += messages(import_file(workspace, write_csv(tmp_path / "own.csv", rows[:1])))  # updated, removed
        written += messages(import_file(workspace, DATA / "tiny.owl", "owl"))  # an ontology
        add_unified(workspace)
        workspace.add_mapping("alpha:incident", "exact", "beta:storning")
        export_skos(workspace, tmp_path / "all.ttl")
        export_sssom(workspace, tmp_path / "all.sssom.tsv")
    with Workspace.create(tmp_path / "other.db", mini_frameworks[:1]) as other:
        other.add_mapping("alpha:incident", "related", "alpha:service-level-agreement")
        written += messages(import_file(other, tmp_path / "all.ttl", "skos"))  # added and updated, unified noted
        written += messages(import_file(other, tmp_path / "all.ttl", "skos"))  # all updated
        other.remove_mapping("alpha:incident", "beta:storning")
        other.add_mapping("alpha:incident", "close", "beta:storning")
        written += messages(import_file(other, tmp_path / "all.sssom.tsv"))  # merged, added, a conflict
    kinds = ("added framework", "updated framework", "imported tiny", "framework(s) added (beta, own, tiny), 1 updated",
             "0 framework(s) added, 4 updated", "is not in the new edition", "decision removed with it",
             "a unified glossary exported", "identical merged", "conflicts with the workspace's decision")
    assert [kind for kind in kinds if not any(kind in message for message in written)] == []
    assert [message for message in written if not IMPORT_MESSAGES.known(message)] == []


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()


def test_import_messages_read_in_swedish(swedish: None) -> None:
    assert import_text("own.csv: added framework 'own' with 2 entries") == (
        "own.csv: lade till ramverket 'own' med 2 poster")
    assert import_text("entry own:b is not in the new edition and was removed") == (
        "posten own:b finns inte i den nya utgåvan och togs bort")
    assert import_text("a message from a newer core") == "a message from a newer core"
