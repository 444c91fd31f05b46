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
from workbench.domain import Kind, Ref
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
    laptop_shot(app, window, folder)
    window.resize(1600, 1000)
    window.tabs.setCurrentIndex(0)
    apply_theme("dark")
    settle(app)
    window.grab().save(str(folder / "mapper-dark.png"))
    apply_theme("light")
    unified_shots(app, window, folder)
    window.mapper.wait_for_jobs()
    window.close()
    workspace.close()


def laptop_shot(app: QApplication, window: MainWindow, folder: Path) -> None:
    """The mapper on a 1366 x 768 laptop screen, on a pair whose broader and narrower buttons matter."""
    window.tabs.setCurrentIndex(0)
    window.resize(1366, 768)
    window.mapper.choose("itil4", "safe", Kind.TERM, select=Ref("itil4", "capacity"))
    while window.mapper.busy:
        app.processEvents()
    settle(app)
    window.grab().save(str(folder / "mapper-laptop.png"))


def unified_shots(app: QApplication, window: MainWindow, folder: Path) -> None:
    """The unified glossary, the process model and the coverage matrix, over decisions that join the terms the
    bundled frameworks spell the same way (a quick stand-in for a person's review)."""
    workspace = window.workspace
    # the unified tabs need the room more than the frameworks and details docks do
    window.frameworks_dock.hide()
    window.details_dock.hide()
    window.resize(1600, 1000)
    by_label: dict[str, list[Ref]] = {}
    for entry in workspace.entries(kind=Kind.TERM):
        by_label.setdefault(entry.label.casefold(), []).append(entry.ref)
    for refs in by_label.values():
        frameworks = {ref.framework for ref in refs}
        if len(frameworks) > 1:
            for other in refs[1:]:
                if other.framework != refs[0].framework:
                    workspace.add_mapping(refs[0], "exact", other)
    window.decisions_changed()
    tabs = window.unified
    tabs.glossary.refresh()
    incident = next((c.uid for c in workspace.unified_snapshot().concepts if c.label.casefold() == "incident"),
                    None)
    if incident is not None:
        tabs.glossary.select_uid(incident)
    window.tabs.setCurrentWidget(tabs.glossary)
    settle(app)
    window.grab().save(str(folder / "unified-glossary.png"))

    tabs.process_model.start_from_usm()
    recover = next(p for p in workspace.unified_snapshot().processes if p.label == "Recover")
    tabs.process_model.framework_box.setCurrentIndex(tabs.process_model.framework_box.findData("itil4"))
    tabs.process_model.kind_box.setCurrentIndex(tabs.process_model.kind_box.findData(Kind.PROCESS.value))
    for ref, relation in (("itil4:incident-management", "close"), ("devops:incident-response", "close")):
        tabs.process_model.relation_box.setCurrentText(relation)
        tabs.process_model.trace_ref(ref, recover.uid)
    tabs.process_model.select_uid(recover.uid)
    window.tabs.setCurrentWidget(tabs.process_model)
    settle(app)
    window.grab().save(str(folder / "process-model.png"))

    window.tabs.setCurrentWidget(tabs.coverage)
    if incident is not None:
        row = next(r for r in range(tabs.coverage.model.rowCount()) if tabs.coverage.model.row(r).uid == incident)
        index = tabs.coverage.model.index(row, 1)
        tabs.coverage.view.setCurrentIndex(index)
        tabs.coverage.view.scrollTo(index)
    settle(app)
    window.grab().save(str(folder / "coverage-matrix.png"))

    tabs.checks.run()
    tabs.checks.view.setCurrentIndex(tabs.checks.model.index(0, 0))
    window.tabs.setCurrentWidget(tabs.checks)
    settle(app)
    window.grab().save(str(folder / "checks.png"))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
