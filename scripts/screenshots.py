"""Screenshots for README and docs: run under Xvfb at 1600x1000 or more.

    xvfb-run -a -s '-screen 0 1920x1080x24' .venv/bin/python scripts/screenshots.py /tmp/shots
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


REVIEW = (
    # A practitioner's review of ITIL 4, DevOps and SAFe processes and activities against USM.
    ("itil4:incident-management", "close", "usm:recover", "Both restore a disrupted service."),
    ("devops:incident-response", "close", "usm:recover", "On-call response to a disruption: USM's recovery."),
    ("itil4:change-enablement", "close", "usm:change", ""),
    ("itil4:service-request-management", "close", "usm:operate", "Standard requests are USM's operational work."),
    ("itil4:service-level-management", "close", "usm:agree", "Agreeing service levels with the customer."),
    ("itil4:continual-improvement", "close", "usm:improve", ""),
    ("safe:inspect-and-adapt", "related", "usm:improve", "An improvement event, not a process of its own."),
    ("devops:blameless-postmortem", "related", "usm:improve", "Learning from incidents feeds improvement."),
    ("itil4:incident-management-detect-log", "close", "usm:recover-register", ""),
    ("itil4:incident-management-categorise", "close", "usm:recover-classify", ""),
    ("itil4:incident-management-diagnose", "exact", "usm:recover-diagnose", ""),
    ("itil4:incident-management-resolve", "close", "usm:recover-restore", ""),
    ("itil4:incident-management-close", "close", "usm:recover-close", "ITIL closes once the user confirms."),
    ("itil4:incident-management-communicate", "close", "devops:incident-response-communicate",
     "Keeping users and stakeholders informed; USM has no step of its own for it."),
    ("devops:incident-response-declare", "close", "usm:recover-classify", ""),
    ("devops:incident-response-mitigate", "close", "usm:recover-restore", ""),
    ("devops:incident-response-resolve", "narrower", "usm:recover-close", "DevOps resolves and closes in one step."),
    ("itil4:change-enablement-log", "close", "usm:change-register", ""),
    ("itil4:change-enablement-assess", "close", "usm:change-assess", ""),
    ("itil4:change-enablement-authorise", "close", "usm:change-assess", ""),
    ("itil4:change-enablement-schedule", "close", "usm:change-plan", ""),
    ("itil4:change-enablement-coordinate", "close", "usm:change-implement", ""),
    ("itil4:change-enablement-review", "close", "usm:change-evaluate", ""),
    ("devops:devops-lifecycle-build", "broader", "usm:change-build-test", ""),
    ("devops:devops-lifecycle-test", "broader", "usm:change-build-test", ""),
    ("devops:devops-lifecycle-deploy", "close", "usm:change-implement", ""),
    ("safe:cd-deploy", "related", "usm:change-implement", "Continuous deployment, decoupled from release."),
    ("itil4:service-request-management-log", "close", "usm:operate-register", ""),
    ("itil4:service-request-management-approve", "close", "usm:operate-check", ""),
    ("itil4:service-request-management-fulfil", "close", "usm:operate-execute", ""),
    ("itil4:service-request-management-close", "close", "usm:operate-close", ""),
    ("itil4:continual-improvement-identify", "close", "usm:improve-register", ""),
    ("itil4:continual-improvement-plan", "close", "usm:improve-decide", ""),
    ("itil4:continual-improvement-evaluate", "close", "usm:improve-evaluate", ""),
)


def unified_shots(app: QApplication, window: MainWindow, folder: Path) -> None:
    """The unified glossary, the process model and the coverage matrix after a review: the process and activity
    decisions above, and for the glossary decisions that join the terms the bundled frameworks spell the same
    way (a quick stand-in for a person's review of terms)."""
    workspace = window.workspace
    # the unified tabs need the room more than the frameworks and details docks do
    window.frameworks_dock.hide()
    window.details_dock.hide()
    window.resize(1600, 1000)
    for subject, predicate, obj, rationale in REVIEW:
        workspace.add_mapping(subject, predicate, obj, comment=rationale)
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
    tabs.process_model.start_from_usm()
    finish(app, window)
    tabs.glossary.refresh()
    finish(app, window)
    incident = next((c.uid for c in workspace.unified_snapshot().concepts if c.label.casefold() == "incident"),
                    None)
    if incident is not None:
        tabs.glossary.select_uid(incident)
    window.tabs.setCurrentWidget(tabs.glossary)
    settle(app)
    window.grab().save(str(folder / "unified-glossary.png"))

    model = tabs.process_model
    recover = next(p for p in workspace.unified_snapshot().processes if p.label == "Recover")
    for process in workspace.unified_snapshot().processes:
        model.tree.setExpanded(model.model.index_of(process.uid), process.label in ("Recover", "Change"))
    close = next(a for a in recover.activities if a.label == "Verify recovery and close the incident")
    model.select_uid(close.uid)
    model.framework_box.setCurrentIndex(model.framework_box.findData("itil4"))
    model.source_filter.setText("incident")
    row = model.source_model.rows().index(workspace.entry("itil4:incident-management-close"))
    model.source_view.setCurrentIndex(model.source_model.index(row, 0))  # the relation box says "close" now
    window.tabs.setCurrentWidget(model)
    settle(app)
    window.grab().save(str(folder / "process-model.png"))

    matrix = tabs.coverage
    window.tabs.setCurrentWidget(matrix)
    matrix.what_box.setCurrentIndex(matrix.what_box.findData("processes"))
    columns = {matrix.model.framework(c): c for c in range(1, matrix.model.columnCount())}
    row = next(r for r in range(matrix.model.rowCount()) if matrix.model.row(r).uid == close.uid)
    index = matrix.model.index(row, columns["devops"])
    matrix.view.scrollTo(index)
    matrix.show_cell(index)  # as a click shows it, without the selection hiding the cell's colour
    settle(app)
    window.grab().save(str(folder / "coverage-matrix.png"))

    tabs.checks.run()
    while tabs.checks.running:
        app.processEvents()
    tabs.checks.view.setCurrentIndex(tabs.checks.model.index(0, 0))
    window.tabs.setCurrentWidget(tabs.checks)
    settle(app)
    window.grab().save(str(folder / "checks.png"))


def finish(app: QApplication, window: MainWindow) -> None:
    """Wait for a refresh from decisions, which runs in a worker."""
    while window.unified.refresher.running:
        app.processEvents()
    settle(app, 100)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
