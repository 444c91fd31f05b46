"""Errors of the core a person meets in the interface, in the interface language: the core raises every one of
them here, and each must be known, and read differently in Swedish."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from export_helpers import add_unified
from PySide6.QtWidgets import QApplication

from ui.error_messages import ERRORS, error_text
from ui.translations import install_translator, remove_translators
from workbench.domain import FrameworkData
from workbench.errors import WorkbenchError
from workbench.exporters import export
from workbench.store import database
from workbench.unify import glossary, process_model
from workbench.workspace import Workspace


def raised(action: Callable[[], object]) -> str:
    try:
        action()
    except WorkbenchError as error:
        return str(error)
    raise AssertionError("no error was raised")


def workspace_file_errors(tmp: Path, frameworks: list[FrameworkData], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    written = [raised(lambda: Workspace.open(tmp / "missing.workbench"))]
    written.append(raised(lambda: Workspace.open(tmp)))
    notes = tmp / "notes.workbench"
    notes.write_text("not a database", encoding="utf-8")
    written.append(raised(lambda: Workspace.open(notes)))
    other = tmp / "other.workbench"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (name TEXT)")
    written.append(raised(lambda: Workspace.open(other)))
    damaged = tmp / "damaged.workbench"
    Workspace.create(damaged, frameworks).close()
    data = bytearray(damaged.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    written.append(raised(lambda: Workspace.open(damaged)))
    newer = tmp / "newer.workbench"
    Workspace.create(newer, frameworks).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zz-from-the-future'")
    written.append(raised(lambda: Workspace.open(newer)))
    older = tmp / "older.workbench"
    Workspace.create(older, frameworks).close()
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (database._known_revisions()[0],))

    def failing_upgrade(engine: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(database, "_upgrade", failing_upgrade)
    written.append(raised(lambda: Workspace.open(older)))
    monkeypatch.undo()
    locked = tmp / "locked.workbench"
    Workspace.create(locked, frameworks).close()
    opened = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return opened(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    written.append(raised(lambda: Workspace.open(locked)))
    monkeypatch.undo()
    written.append(raised(lambda: Workspace.create(tmp)))
    return written


def file_errors(workspace: Workspace, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    written = [raised(lambda: export(workspace, "json", tmp))]
    written.append(raised(lambda: export(workspace, "json", tmp / "gone" / "out.json")))
    (tmp / "tables").write_text("a file", encoding="utf-8")
    written.append(raised(lambda: export(workspace, "csv", tmp / "tables")))

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    written.append(raised(lambda: export(workspace, "json", tmp / "out.json")))
    monkeypatch.undo()
    return written


def editing_errors(workspace: Workspace) -> list[str]:
    written = [raised(lambda: workspace.add_mapping("alpha:incident", "exact", "alpha:incident"))]
    written.append(raised(lambda: glossary.set_label(workspace, "u-incident", "  ")))
    written.append(raised(lambda: glossary.merge(workspace, "u-incident", "u-incident")))
    written.append(raised(lambda: glossary.split(workspace, "u-incident", [])))
    written.append(raised(lambda: glossary.split(workspace, "u-incident", ["alpha:service-level-agreement"])))
    written.append(raised(lambda: glossary.split(workspace, "u-incident", ["alpha:incident", "beta:storning"])))
    written.append(raised(lambda: glossary.concept_state(workspace, "c-gone")))
    written.append(raised(lambda: process_model.add_process(workspace, "  ")))
    written.append(raised(lambda: process_model.add_activity(workspace, "p-restore", " ")))
    written.append(raised(lambda: process_model.update_process(workspace, "p-restore", label=" ")))
    written.append(raised(lambda: process_model.update_activity(workspace, "a-log", label=" ")))
    written.append(raised(lambda: process_model.add_activity(workspace, "p-restore", "record the disruption")))
    written.append(raised(lambda: process_model.untrace(workspace, "alpha:service-level-agreement", "a-log")))
    written.append(raised(lambda: process_model.start(workspace)))
    written.append(raised(lambda: process_model.update_process(workspace, "p-gone", label="X")))
    written.append(raised(lambda: process_model.update_activity(workspace, "a-gone", label="X")))
    written.append(raised(lambda: process_model.trace(workspace, "alpha:service-level-agreement", "x-gone")))
    return written


@pytest.fixture
def written(tmp_path: Path, mini_frameworks: list[FrameworkData], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    (tmp_path / "files").mkdir()
    found = workspace_file_errors(tmp_path / "files", mini_frameworks, monkeypatch)
    with Workspace.create(tmp_path / "ws.workbench", mini_frameworks) as workspace:
        add_unified(workspace)
        found += file_errors(workspace, tmp_path, monkeypatch)
        found += editing_errors(workspace)
    with Workspace.create(tmp_path / "empty.workbench", mini_frameworks) as workspace:
        found.append(raised(lambda: process_model.start(workspace, "usm")))
    return found


def test_every_error_here_is_raised_by_the_core_and_known(written: list[str]) -> None:
    assert [message for message in written if not ERRORS.known(message)] == []
    unused = [pattern.pattern for pattern, _ in ERRORS.patterns if not any(pattern.fullmatch(m) for m in written)]
    assert unused == []


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()


def test_errors_read_in_swedish(swedish: None, written: list[str]) -> None:
    assert error_text("/tmp/ws.workbench: no such workspace") == "/tmp/ws.workbench: arbetsytan finns inte"
    assert error_text("cannot map alpha:incident to itself") == "alpha:incident kan inte mappas mot sig själv"
    # what is wrong with an imported file is read too
    assert error_text("/tmp/gone.csv: no such file") == "/tmp/gone.csv: filen finns inte"
    assert error_text("an error from a newer core") == "an error from a newer core"
    assert [message for message in written if error_text(message) == message] == []
