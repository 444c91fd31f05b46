"""The window over a workspace with 10,000 decisions: deciding, refreshing the glossary, checks, undo.

Run on its own:  .venv/bin/python -m pytest tests/benchmarks/test_unified_gui_benchmark.py -s
Two synthetic frameworks of 10,000 entries and one decision per entry pair. A decision is timed against a full
reload of every decision in the same run (each decision was such a reload before it read back only its own
pair, and a slower one: 0.6 s on 2026-11-23, reading the decisions twice); the
glossary refresh and the checks run in workers, so they are measured by the worst gap of a 20 ms timer on the
interface thread, as in the import benchmark.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.benchmarks.test_import_benchmark import Ticks
from tests.benchmarks.test_store_benchmark import paired_workspace
from ui.app import INTERFACE_SWITCH_INTERVAL
from ui.main_window import MainWindow
from workbench.domain import Predicate, Ref
from workbench.workspace import Workspace

SIZE = 10_000


@pytest.mark.benchmark
def test_deciding_refreshing_and_checking_with_10000_decisions(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "large.workbench"
    paired_workspace(path, SIZE, random.Random(7))
    default_interval = sys.getswitchinterval()
    sys.setswitchinterval(INTERFACE_SWITCH_INTERVAL)  # what ui.app sets for the running application
    workspace = Workspace.open(path)
    try:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        qtbot.waitUntil(lambda: window.mapper.source_model.rowCount() == SIZE, timeout=60_000)
        window.wait_for_jobs()

        decide, reload = [], []
        for number in range(7):
            begin = time.perf_counter()
            window.decide(Ref("fw0", f"e{number}"), Predicate.RELATED, Ref("fw1", f"e{number + 11}"), False, "")
            qtbot.wait(1)
            decide.append(time.perf_counter() - begin)
            begin = time.perf_counter()
            window.decisions_changed()
            qtbot.wait(1)
            reload.append(time.perf_counter() - begin)

        glossary = window.unified.glossary
        window.tabs.setCurrentWidget(glossary)
        ticks = Ticks()
        begin = time.perf_counter()
        glossary.refresh_button.click()
        click = time.perf_counter() - begin
        qtbot.waitUntil(lambda: not glossary.refreshing, timeout=120_000)
        refreshed, refresh_gap = time.perf_counter() - begin, ticks.stop()
        concepts = glossary.model.rowCount()

        edits = []
        uid = window.unified.context.snapshot().concepts[5].uid
        for number in range(3):
            begin = time.perf_counter()
            row = glossary.model.row_of(uid)
            assert glossary.model.setData(glossary.model.index(row, 0), f"Renamed {number}")  # typed in the table
            qtbot.wait(1)
            edits.append(time.perf_counter() - begin)
        for _ in edits:
            window.undo_stack.undo()

        begin = time.perf_counter()
        window.undo_stack.undo()
        undo = time.perf_counter() - begin
        begin = time.perf_counter()
        window.undo_stack.redo()
        redo = time.perf_counter() - begin

        checks = window.unified.checks
        window.tabs.setCurrentWidget(checks)
        ticks = Ticks()
        begin = time.perf_counter()
        checks.run_button.click()
        qtbot.waitUntil(lambda: not checks.running, timeout=120_000)
        checked, checks_gap = time.perf_counter() - begin, ticks.stop()
        window.wait_for_jobs()
    finally:
        sys.setswitchinterval(default_interval)
        workspace.close()

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.0f} ms"

    print(f"\n2 x {SIZE:,} entries, {SIZE:,} decisions")
    print(f"a decision in the mapper: median {ms(statistics.median(decide))}, worst {ms(max(decide))}; "
          f"a full reload of every decision, same run: median "
          f"{ms(statistics.median(reload))}; ratio {statistics.median(decide) / statistics.median(reload):.2f}")
    print(f"glossary refresh from the tab: click returns in {ms(click)}, {concepts:,} concepts shown after "
          f"{refreshed:.1f} s, worst interface gap meanwhile {ms(refresh_gap)}")
    print(f"a concept's label typed in the glossary table: median {ms(statistics.median(edits))}, worst "
          f"{ms(max(edits))} (every edit reads the unified model again)")
    print(f"undo of that refresh {undo:.1f} s, redo {redo:.1f} s (on the interface thread)")
    print(f"checks: findings shown after {checked:.1f} s, worst interface gap meanwhile {ms(checks_gap)}")
    assert concepts > SIZE
