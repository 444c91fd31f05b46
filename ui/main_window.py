"""The main window: for now the frameworks a workspace holds, with their entry counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTreeWidget, QTreeWidgetItem

from workbench.domain import Kind
from workbench.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(f"{workspace.path.name} — Framework Harmonisation Workbench")
        self.frameworks = QTreeWidget()
        self.frameworks.setHeaderLabels([self.tr("Framework"), self.tr("Terms"), self.tr("Processes"),
                                         self.tr("Activities"), self.tr("Edition")])
        self.frameworks.setRootIsDecorated(False)
        self.frameworks.setAlternatingRowColors(True)
        self.setCentralWidget(self.frameworks)
        self.resize(1000, 640)
        self.refresh()

    def refresh(self) -> None:
        self.frameworks.clear()
        for record in self.workspace.frameworks():
            item = QTreeWidgetItem([
                record.name,
                str(record.counts[Kind.TERM.value]),
                str(record.counts[Kind.PROCESS.value]),
                str(record.counts[Kind.ACTIVITY.value]),
                record.edition,
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, record.key)
            item.setToolTip(0, record.attribution)
            self.frameworks.addTopLevelItem(item)
        for column in range(4):
            self.frameworks.resizeColumnToContents(column)
