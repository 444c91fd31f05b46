"""The mapper over a large workspace: filter-as-you-type and moving between source entries.

Run on its own:  .venv/bin/python -m pytest tests/benchmarks/test_mapper_benchmark.py -s
Target (issue 5): each keystroke of the filter and each change of the selected entry answers in under 100 ms,
with 50,000 entries in the source framework; times include Qt processing the resulting repaint events.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.benchmarks.test_import_benchmark import Ticks
from tests.benchmarks.test_store_benchmark import synthetic_framework
from ui.app import INTERFACE_SWITCH_INTERVAL
from ui.main_window import MainWindow
from ui.mapper import MapperView
from workbench.domain import EntryData, FrameworkData, Kind, Ref
from workbench.workspace import Workspace

ENTRIES = 50_000


def big_framework(rng: random.Random) -> FrameworkData:
    parts = [synthetic_framework(index, rng) for index in range(ENTRIES // 10_000)]
    entries = tuple(
        EntryData(key=f"p{part}-{entry.key}", kind=Kind.TERM, label=entry.label, lang="en",
                  definition=entry.definition, category=entry.category, labels=entry.labels)
        for part, framework in enumerate(parts)
        for entry in framework.entries
    )
    return FrameworkData(key="big", name="Big framework", entries=entries)


def measure(mapper: MapperView, rng: random.Random) -> tuple[list[float], list[float]]:
    """Seconds each filter keystroke and each change of the selected entry take, repaint included."""
    keystrokes = []
    for text in ("s", "se", "ser", "serv", "servi", "servic", "service", "service ", "service i", ""):
        begin = time.perf_counter()
        mapper.filter_edit.setText(text)
        QApplication.processEvents()
        keystrokes.append(time.perf_counter() - begin)
    switches = []
    for _ in range(30):
        row = rng.randrange(mapper.source_model.rowCount())
        begin = time.perf_counter()
        mapper.source_view.setCurrentIndex(mapper.source_model.index(row, 0))
        QApplication.processEvents()
        switches.append(time.perf_counter() - begin)
    return keystrokes, switches


def target_searches(qtbot: QtBot, mapper: MapperView) -> list[tuple[float, float]]:
    """(seconds until the results show, worst UI gap meanwhile) of three searches of the target (Ctrl+F), each
    typed at once: the 150 ms typing pause included. In the background since 2026-12-03 (on the UI thread the
    search of 50,000 entries on PostgreSQL held the window for its 140 ms)."""
    searches = []
    for text in ("cap", "capacity", "incident"):
        mapper.search_edit.setText("")
        qtbot.waitUntil(lambda: not mapper.search.searching and mapper.search_model.rowCount() == 0)
        ticks = Ticks()
        begin = time.perf_counter()
        mapper.search_edit.setText(text)
        qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0, timeout=60_000)
        searches.append((time.perf_counter() - begin, ticks.stop()))
    return searches


def searches_line(searches: list[tuple[float, float]]) -> str:
    return ("target search over 50,000 entries (Ctrl+F): results after "
            + ", ".join(f"{shown * 1000:.0f} ms" for shown, _gap in searches) + " (the 150 ms typing pause "
            "included); worst UI gap meanwhile " + ", ".join(f"{gap * 1000:.0f} ms" for _shown, gap in searches))


@pytest.mark.benchmark
def test_filter_and_switch_entries_over_50000(qtbot: QtBot, tmp_path: Path) -> None:
    rng = random.Random(11)
    small = FrameworkData(key="small", name="Small", entries=synthetic_framework(9, rng).entries[:50])
    path = tmp_path / "big.workbench"
    Workspace.create(path, [big_framework(rng), small]).close()
    workspace = Workspace.open(path)
    start = time.perf_counter()
    window = MainWindow(workspace)  # the first framework, the large one, is the mapper's source
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    open_seconds = time.perf_counter() - start
    mapper = window.mapper
    qtbot.waitUntil(lambda: mapper.source_model.rowCount() == ENTRIES, timeout=60_000)
    load_seconds = time.perf_counter() - start
    mapper.choose("big", "small", Kind.TERM)

    # Everything runs at the switch interval ui.app sets for the running application: the keystrokes while
    # suggestions (and the meaning vectors) are computed in background threads were measured at Python's default.
    default_interval = sys.getswitchinterval()
    sys.setswitchinterval(INTERFACE_SWITCH_INTERVAL)
    try:
        busy_during = mapper.busy
        keystrokes_busy, switches_busy = measure(mapper, rng)
        qtbot.waitUntil(lambda: not mapper.busy, timeout=300_000)
        keystrokes, switches = measure(mapper, rng)

        # The refresh after an import, and the checks panel's "go there" to an entry of the large framework
        # from another source: both read the list in the background, as the application does them.
        ticks = Ticks()
        begin = time.perf_counter()
        mapper.fill_frameworks()
        refresh_call = time.perf_counter() - begin
        qtbot.waitUntil(lambda: mapper.source_model.rowCount() == ENTRIES, timeout=60_000)
        refresh_shown, refresh_gap = time.perf_counter() - begin, ticks.stop()
        mapper.wait_for_jobs()

        mapper.choose("small", "big", Kind.TERM)
        qtbot.waitUntil(lambda: not mapper.busy, timeout=300_000)
        wanted = Ref("big", f"p{ENTRIES // 10_000 - 1}-e9999")  # the last entry of the list
        ticks = Ticks()
        begin = time.perf_counter()
        assert window.unified.checks.jump(wanted)
        jump_call = time.perf_counter() - begin
        qtbot.waitUntil(lambda: (e := mapper.current_entry()) is not None and e.ref == wanted, timeout=60_000)
        jump_shown, jump_gap = time.perf_counter() - begin, ticks.stop()

        searches = target_searches(qtbot, mapper)
    finally:
        sys.setswitchinterval(default_interval)
    mapper.wait_for_jobs()
    workspace.close()

    def line(what: str, times: list[float]) -> str:
        return (f"{what}: median {statistics.median(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms"
                f"   target < 100 ms  ratio {max(times) / 0.1:.2f}")

    print()
    print(f"open the window on 50,000 source entries: shown after {open_seconds * 1000:.0f} ms, the list read in "
          f"the background and shown after {load_seconds:.1f} s")
    print(line("filter keystroke, suggestions done", keystrokes))
    print(line("switch source entry, suggestions done", switches))
    print(f"refresh after an import (list read in the background): call returns in {refresh_call * 1000:.0f} ms, "
          f"list shown after {refresh_shown:.1f} s, worst UI gap meanwhile {refresh_gap * 1000:.0f} ms")
    print(f"checks panel 'go there' to the last of 50,000 entries from another source: call returns in "
          f"{jump_call * 1000:.0f} ms, entry selected after {jump_shown:.1f} s, worst UI gap {jump_gap * 1000:.0f} ms")
    state = "still computing" if busy_during else "already done"
    print(searches_line(searches))
    print(line(f"filter keystroke, while suggestions compute ({state})", keystrokes_busy))
    print(line(f"switch source entry, while suggestions compute ({state})", switches_busy))
