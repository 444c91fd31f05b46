"""Meaning vectors stored in the background (issue 17): opening a workspace, importing a framework and adding
bundled ones store the vectors of the new entries, with progress in the status bar; a read-only workspace is left
alone; closing the window stops the work between chunks and keeps what was stored."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ui.files import bundled
from ui.files.import_wizard import ImportWizard
from ui.main_window import MainWindow
from workbench.catalogue import load_bundled
from workbench.domain import EntryRecord, FrameworkData
from workbench.matching import embeddings
from workbench.workspace import Workspace


def stored(path: Path) -> set[str]:
    with Workspace.open(path, read_only="requested") as workspace:
        return {str(ref) for ref in embeddings.load(workspace, workspace.entries())}


def every_entry(path: Path) -> set[str]:
    with Workspace.open(path, read_only="requested") as workspace:
        return {str(entry.ref) for entry in workspace.entries()}


def show(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def path(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> Path:
    created = tmp_path / "ws.workbench"
    Workspace.create(created, mini_frameworks).close()
    assert stored(created) == set()  # Workspace.create stores none: the window does, in the background
    return created


@pytest.fixture
def window(qtbot: QtBot, path: Path) -> Iterator[MainWindow]:
    opened = show(qtbot, Workspace.open(path))
    yield opened
    opened.wait_for_jobs()
    opened.close()
    opened.workspace.close()


def test_opening_a_workspace_stores_the_vectors_of_every_entry(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(lambda: not window.meanings.busy, timeout=30_000)
    assert window.meanings.last_stored == len(every_entry(path))
    assert stored(path) == every_entry(path)
    assert not window.meanings.bar.isVisible() and not window.meanings.label.isVisible()


def test_added_bundled_frameworks_get_their_vectors(qtbot: QtBot, window: MainWindow, path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: not window.meanings.busy, timeout=30_000)
    monkeypatch.setattr(bundled.AddFrameworksDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(bundled.AddFrameworksDialog, "chosen", lambda _self: ["lean"])
    window.add_bundled_frameworks()
    qtbot.waitUntil(lambda: not window.meanings.busy, timeout=30_000)
    assert any(ref.startswith("lean:") for ref in stored(path))
    assert stored(path) == every_entry(path)


def test_a_read_only_workspace_is_left_as_it_is(qtbot: QtBot, path: Path) -> None:
    window = show(qtbot, Workspace.open(path, read_only="requested"))
    assert not window.meanings.busy
    window.close()
    window.workspace.close()
    assert stored(path) == set()


def test_progress_shows_and_closing_stops_between_chunks(qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "all.workbench"
    Workspace.create(path, load_bundled()).close()
    total = len(every_entry(path))
    assert total > 2 * 1024  # more than two of refresh's chunks
    first_chunk_done = threading.Event()
    compute = embeddings.compute

    def slow(records: list[EntryRecord], texts: list[str]) -> object:
        if first_chunk_done.is_set():
            time.sleep(0.5)  # the window is closed while a later chunk is being embedded
        first_chunk_done.set()
        return compute(records, texts)

    monkeypatch.setattr(embeddings, "compute", slow)
    window = show(qtbot, Workspace.open(path))
    label = window.meanings.label
    qtbot.waitUntil(lambda: label.isVisible() and label.text().startswith("Preparing suggestions by meaning: 1024 of"),
                    timeout=30_000)
    assert label.text() == f"Preparing suggestions by meaning: 1024 of {total} entries"
    window.close()
    assert not window.meanings.busy
    window.workspace.close()
    kept = len(stored(path))
    assert kept % 1024 == 0 and 1024 <= kept < total  # whole chunks: the one under way when closing, no more


def test_an_imported_framework_gets_its_vectors(qtbot: QtBot, window: MainWindow, path: Path,
                                                tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: not window.meanings.busy, timeout=30_000)
    source = tmp_path / "own-practices.csv"
    source.write_text("Key,Kind,Label,Definition\nrequest,term,Service request,A user asks for something.\n",
                      encoding="utf-8")
    window.findChild(QAction, "import").trigger()
    [wizard] = [shown for shown in window.findChildren(ImportWizard) if shown.isVisible()]
    wizard.choose_page.set_path(source)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20_000)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.result_page.busy, timeout=20_000)
    wizard.accept()
    qtbot.waitUntil(lambda: not window.meanings.busy, timeout=30_000)
    assert "own-practices:request" in stored(path)
    assert stored(path) == every_entry(path)
