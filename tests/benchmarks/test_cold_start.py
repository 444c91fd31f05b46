"""Cold start: a new process to the main window shown, through the application's own start-up (ui.app.main).

Run on its own:  .venv/bin/python -m pytest tests/benchmarks/test_cold_start.py -s
Target (issue 8): median under 2 s on this machine. Baselines from the same run: the bare interpreter, and a
minimal PySide6 program that shows one empty window (what no Qt application can beat).

Each run is a fresh process, offscreen, with its own settings folder, opening an existing workspace that holds
every bundled framework. The parent passes its time.perf_counter() reading in the environment just before it
starts the child; on Linux perf_counter is CLOCK_MONOTONIC, one clock for every process, so the child's reading
when its window is exposed minus the parent's is the whole cold start, interpreter and imports included.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from workbench.catalogue import load_bundled
from workbench.workspace import Workspace

RUNS = 5
TARGET_SECONDS = 2.0
ROOT = Path(__file__).resolve().parents[2]

# The application's real start-up: the timer fires from inside app.exec(), once the window is on screen.
APP = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])

    def shown():
        windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
        if not windows or not windows[0].windowHandle().isExposed():
            QTimer.singleShot(1, shown)
            return
        print(f"{time.perf_counter() - float(os.environ['COLD_START_T0']):.4f}", flush=True)
        windows[0].wait_for_jobs()
        app.quit()

    QTimer.singleShot(0, shown)
    import ui.app
    sys.exit(ui.app.main(sys.argv[1]))
    """
)
BARE_QT = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()

    def shown():
        if not window.windowHandle().isExposed():
            QTimer.singleShot(1, shown)
            return
        print(f"{time.perf_counter() - float(os.environ['COLD_START_T0']):.4f}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    """
)
INTERPRETER = "import os, time; print(f\"{time.perf_counter() - float(os.environ['COLD_START_T0']):.4f}\")"


def cold_start(code: str, home: Path, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    env["COLD_START_T0"] = repr(time.perf_counter())
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return float(done.stdout.strip().splitlines()[-1])


@pytest.mark.benchmark
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs one monotonic clock across processes")
def test_cold_start_to_a_shown_main_window(tmp_path: Path) -> None:
    workspace = tmp_path / "bundled.workbench"
    Workspace.create(workspace, load_bundled()).close()
    cold_start(APP, tmp_path / "warm-up", str(workspace))  # first run fills the OS file cache, as on any laptop

    measured: dict[str, list[float]] = {"interpreter": [], "bare Qt window": [], "workbench": []}
    for run in range(RUNS):  # interleaved, so a busy moment on the shared machine hits all three alike
        measured["interpreter"].append(cold_start(INTERPRETER, tmp_path / f"i{run}"))
        measured["bare Qt window"].append(cold_start(BARE_QT, tmp_path / f"q{run}"))
        measured["workbench"].append(cold_start(APP, tmp_path / f"w{run}", str(workspace)))
    medians = {name: statistics.median(values) for name, values in measured.items()}
    print()
    for name, values in measured.items():
        runs = ", ".join(f"{value:.2f}" for value in values)
        print(f"cold start, {name:<15} median {medians[name]:.2f} s  (runs: {runs})")
    print(f"workbench / bare Qt window: {medians['workbench'] / medians['bare Qt window']:.1f}x; "
          f"target under {TARGET_SECONDS:.1f} s")
    assert medians["workbench"] < TARGET_SECONDS, f"median cold start {medians['workbench']:.2f} s"
