"""The three choices the mapper and the workshop agenda share: source framework, target framework (or all
others) and kind of entries. One object owns the boxes, so both views fill and read them the same way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from workbench.domain import FrameworkRecord, Kind

ALL_OTHERS = ""
"""The target box's value for "all other frameworks"."""


class FrameworkNames:
    """Short framework names by key, for the tables' Framework columns ("SAFe", not the key "safe")."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def remember(self, frameworks: Sequence[FrameworkRecord]) -> None:
        self._names = {framework.key: framework.short_name for framework in frameworks}

    def of(self, key: str) -> str:
        """The short name; a key not (yet) listed shows as itself."""
        return self._names.get(key, key)


def add_framework(box: QComboBox, framework: FrameworkRecord) -> None:
    """An item showing the framework's short name, its full name as the tooltip, its key as the data."""
    box.addItem(framework.short_name, framework.key)
    box.setItemData(box.count() - 1, framework.name, Qt.ItemDataRole.ToolTipRole)


class FrameworkPairChoice:
    def __init__(self) -> None:
        self.names = FrameworkNames()
        self.source_box = QComboBox()
        self.source_box.setAccessibleName(QCoreApplication.translate("Mapper", "Source framework"))
        self.target_box = QComboBox()
        self.target_box.setAccessibleName(QCoreApplication.translate("Mapper", "Target framework"))
        for box in (self.source_box, self.target_box):
            # A workspace may hold imported frameworks with long names: sized to them, the two boxes alone kept
            # the window from fitting a laptop screen.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(QCoreApplication.translate("Mapper", "Kind of entries"))
        for text, kind in (
            (QCoreApplication.translate("Mapper", "Terms"), Kind.TERM),
            (QCoreApplication.translate("Mapper", "Processes"), Kind.PROCESS),
            (QCoreApplication.translate("Mapper", "Activities"), Kind.ACTIVITY),
        ):
            self.kind_box.addItem(text, kind.value)

    @property
    def boxes(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return self.source_box, self.target_box, self.kind_box

    def fill(self, frameworks: Sequence[FrameworkRecord]) -> None:
        """List the frameworks, without signalling; the target starts at the second framework when there is one."""
        self.names.remember(frameworks)
        for box in (self.source_box, self.target_box):
            box.blockSignals(True)
            box.clear()
        self.target_box.addItem(QCoreApplication.translate("Mapper", "All other frameworks"), ALL_OTHERS)
        for framework in frameworks:
            add_framework(self.source_box, framework)
            add_framework(self.target_box, framework)
        if len(frameworks) > 1:
            self.target_box.setCurrentIndex(2)
        for box in (self.source_box, self.target_box):
            box.blockSignals(False)

    def select(self, source: str, target: str | None, kind: Kind, *, quietly: bool = False) -> None:
        """Set all three; values not offered leave their box as it is. `quietly`: without signalling."""
        for box, value in zip(self.boxes, (source, target or ALL_OTHERS, kind.value), strict=True):
            index = box.findData(value)
            if index >= 0:
                box.blockSignals(quietly)
                box.setCurrentIndex(index)
                box.blockSignals(False)

    @property
    def source(self) -> str:
        return str(self.source_box.currentData() or "")

    @property
    def target(self) -> str | None:
        value = self.target_box.currentData()
        return str(value) if value else None

    @property
    def kind(self) -> Kind:
        return Kind(self.kind_box.currentData())  # Qt hands a StrEnum back as a plain str
