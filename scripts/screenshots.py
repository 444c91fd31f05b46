"""Screenshots for README and docs: run under Xvfb at 1600x1000.

    xvfb-run -s '-screen 0 1600x1000x24' .venv/bin/python scripts/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="workbench-shots-"))  # leave real settings alone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.theme import apply_theme
from workbench.catalogue import load_bundled
from workbench.domain import Kind
from workbench.workspace import Workspace


def settle(app: QApplication, milliseconds: int = 300) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(milliseconds)
    while timer.isActive():
        app.processEvents()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme("light")
    path = Path(tempfile.mkdtemp()) / "demo.workbench"
    workspace = Workspace.create(path, load_bundled())
    workspace.add_mapping("itil4:incident-management", "close", "devops:incident-response",
                          comment="Both restore normal service quickly; DevOps adds on-call roles.")
    workspace.add_mapping("itil4:problem-management", "related", "devops:blameless-postmortem")
    window = MainWindow(workspace)
    window.resize(1600, 1000)
    window.show()
    window.mapper.choose("itil4", "devops", Kind.PROCESS)
    while window.mapper.busy:
        app.processEvents()
    row = window.mapper.source_model.row_of("itil4:change-enablement")
    window.mapper.source_view.setCurrentIndex(window.mapper.source_model.index(row, 1))
    settle(app)
    window.grab().save(str(folder / "mapper.png"))
    window.tabs.setCurrentIndex(1)
    settle(app)
    window.grab().save(str(folder / "decisions.png"))
    window.tabs.setCurrentIndex(0)
    apply_theme("dark")
    settle(app)
    window.grab().save(str(folder / "mapper-dark.png"))
    window.mapper.wait_for_jobs()
    window.close()
    workspace.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
