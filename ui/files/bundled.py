"""The bundled frameworks a workspace holds: chosen for a new workspace, or added to the open one later.

Twelve frameworks are bundled; a new workspace (and the demo) starts with the five of the brief plus USM
(`workbench.catalogue.DEFAULT_SELECTION`), and File → Add bundled frameworks… adds any of the others.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.translations import translate
from workbench import catalogue
from workbench.domain import FrameworkData


class FrameworkChoice(QWidget):
    """One check box per bundled framework, the default selection ticked."""

    def __init__(self, frameworks: list[FrameworkData], ticked: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for framework in frameworks:
            box = QCheckBox(f"{framework.name} — {framework.edition}")
            box.setToolTip(framework.attribution)
            box.setChecked(framework.key in ticked)
            self.boxes[framework.key] = box
            layout.addWidget(box)

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]


class NewWorkspaceDialog(QDialog):
    """Where the new workspace goes, and which bundled frameworks it starts with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Main", "New workspace"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Main", "Load these bundled frameworks:")))
        self.choice = FrameworkChoice(catalogue.load_bundled(), set(catalogue.DEFAULT_SELECTION))
        self.boxes = self.choice.boxes
        layout.addWidget(self.choice)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(translate("Main", "File of the new workspace"))
        browse = QPushButton(translate("Main", "Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Main", "New workspace"), "", translate("Main", "Workspaces (*.workbench *.db)")
        )
        if name:
            self.path_edit.setText(name)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def chosen(self) -> list[str]:
        return self.choice.chosen()


class AddFrameworksDialog(QDialog):
    """The bundled frameworks the workspace does not hold yet, to add some of them."""

    def __init__(self, held: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Main", "Add bundled frameworks"))
        layout = QVBoxLayout(self)
        missing = [framework for framework in catalogue.load_bundled() if framework.key not in held]
        if missing:
            layout.addWidget(QLabel(translate("Main", "Add these bundled frameworks to the workspace:")))
        else:
            layout.addWidget(QLabel(translate("Main", "The workspace holds every bundled framework already.")))
        self.choice = FrameworkChoice(missing, set())
        layout.addWidget(self.choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return self.choice.chosen()
