"""The import wizard on a 50,000-row workbook: the window stays responsive, and the file is read once.

Run on its own:  .venv/bin/python -m pytest tests/benchmarks/test_import_benchmark.py -s
Prints, in one run: the preview's reading time; the worst gap between two ticks of a 20 ms timer on the UI
thread while the preview is read and the mapper computes suggestions at the same time, at Python's default GIL
switch interval and at the application's (ui.app.INTERFACE_SWITCH_INTERVAL); and the import step when it
writes what the preview read against when it reads the file again.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app import INTERFACE_SWITCH_INTERVAL
from ui.files.import_wizard import ImportWizard, open_import_wizard
from ui.main_window import MainWindow
from workbench.catalogue import load_bundled
from workbench.importers.sheet_template import TEMPLATE_COLUMNS
from workbench.workspace import Workspace

ROWS = 50_000
pytestmark = pytest.mark.benchmark


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("import") / "big.xlsx"
    book = Workbook(write_only=True)
    about = book.create_sheet("About")
    for row in (("key", "big"), ("name", "Big framework"), ("edition", "1")):
        about.append(row)
    entries = book.create_sheet("Entries")
    headings = list(TEMPLATE_COLUMNS)
    entries.append(headings)
    for number in range(ROWS):
        values = {"Key": f"e{number}", "Kind": "term", "Label": f"Entry number {number}",
                  "Definition": f"Definition of entry {number}, written in plain words."}
        entries.append([values.get(heading, "") for heading in headings])
    book.save(path)
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    workspace = Workspace.create(tmp_path / "ws.workbench", load_bundled())
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.wait_for_jobs()
    workspace.close()


class Ticks:
    """The worst gap between two ticks of a 20 ms timer: how long the UI thread could not answer."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(20)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return self.worst


def preview(qtbot: QtBot, window: MainWindow, path: Path) -> tuple[ImportWizard, float, float]:
    """Open the wizard on `path` while the mapper computes suggestions; (wizard, seconds, worst UI gap)."""
    window.mapper.reload()
    wizard = open_import_wizard(window)
    wizard.choose_page.set_path(path)
    ticks = Ticks()
    start = time.perf_counter()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.busy, timeout=120_000)
    return wizard, time.perf_counter() - start, ticks.stop()


def test_preview_keeps_the_window_responsive_and_the_import_reuses_it(
    qtbot: QtBot, window: MainWindow, workbook: Path
) -> None:
    default = sys.getswitchinterval()
    print()
    try:
        for interval in (default, INTERFACE_SWITCH_INTERVAL):
            sys.setswitchinterval(interval)
            wizard, seconds, worst = preview(qtbot, window, workbook)
            assert wizard.preview_page.problems == []
            print(f"preview of {ROWS:,} rows with suggestions computed meanwhile, switch interval "
                  f"{interval * 1000:.0f} ms: {seconds:.1f} s, worst UI gap {worst * 1000:.0f} ms")
            wizard.reject()
            QApplication.processEvents()
    finally:
        sys.setswitchinterval(default)

    sys.setswitchinterval(INTERFACE_SWITCH_INTERVAL)
    try:
        times = {}
        # The same workbook three times: added from the preview; added under another key after the file
        # changed (so read again); and the first key again, now a newer edition replacing 50,000 entries.
        for case, key, touch in (("reused", None, False), ("read again", "big-again", True), ("update", None, False)):
            wizard = open_import_wizard(window)
            wizard.choose_page.set_path(workbook)
            if key:
                wizard.choose_page.framework_edit.setText(key)
            wizard.next()
            qtbot.waitUntil(lambda w=wizard: not w.preview_page.busy, timeout=120_000)
            if touch:
                workbook.touch()
            start = time.perf_counter()
            wizard.next()
            qtbot.waitUntil(lambda w=wizard: not w.result_page.busy, timeout=300_000)
            times[case] = time.perf_counter() - start
            result = wizard.result_page.result
            assert result is not None, wizard.result_page.error
            print(f"import step, {case}: {times[case]:.1f} s ({result.summary})")
            wizard.accept()
            QApplication.processEvents()
    finally:
        sys.setswitchinterval(default)
    print(f"writing what the preview read vs reading the file again: {times['read again'] / times['reused']:.1f}x")
