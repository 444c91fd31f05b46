"""The frameworks dock's tree: each framework with its terms, processes and activities, and how many entries are
reviewed and aligned. Activating a kind (Enter, double-click) maps those entries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from ui.translations import QT_TRANSLATE_NOOP, translate
from workbench.coverage import Coverage
from workbench.domain import FrameworkRecord, Kind

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_TITLES = {Kind.TERM: QT_TRANSLATE_NOOP("Main", "Terms"), Kind.PROCESS: QT_TRANSLATE_NOOP("Main", "Processes"),
               Kind.ACTIVITY: QT_TRANSLATE_NOOP("Main", "Activities")}
MOST_ON_FIRST_START = 360
"""Pixels the dock may take on a first start, however long an imported framework's name."""
COUNTS = (1, 2, 3)
"""The columns of counts: entries, reviewed, aligned."""


def coverage_cells(counts: Coverage) -> list[str]:
    """Entries, reviewed and aligned shares as the dock shows them."""
    if not counts.total:
        return ["0", "–", "–"]
    return [str(counts.total), f"{counts.reviewed_share:.0%}", f"{counts.aligned_share:.0%}"]


class FrameworksTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([translate("Main", "Framework"), translate("Main", "Entries"),
                              translate("Main", "Reviewed"), translate("Main", "Aligned")])
        header_item = self.headerItem()
        header_item.setData(1, Qt.ItemDataRole.ToolTipRole, translate("Main", "Entries"))
        header_item.setData(2, Qt.ItemDataRole.ToolTipRole, translate(
            "Main", "Entries someone has decided about (\"not a match\" included) or excluded on purpose"))
        header_item.setData(3, Qt.ItemDataRole.ToolTipRole, translate(
            "Main", "Entries with a match (exact, close, broader, narrower or related) or a place in the unified "
            "model"))
        self.setAccessibleName(translate("Main", "Frameworks"))
        self.setMinimumWidth(200)
        # Without the expand arrows (a double-click, Left and Right still fold a framework) and with a small
        # indent, "Processes", "Activities" and "COBIT 2019" fit the dock's width on a 1366-pixel laptop screen,
        # where they read "Proc…", "Acti…" and "COBIT 2…".
        self.setRootIsDecorated(False)
        self.setIndentation(self.fontMetrics().horizontalAdvance("M"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in COUNTS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._texts: dict[int, int] = {}
        """Pixels of the widest text of each column as filled (kinds indented), measured from the strings: asking
        Qt (sizeHintForColumn) reads every new item through PySide, which kept a reference to None per item."""

    def fill(self, frameworks: Sequence[FrameworkRecord], coverage: Mapping[tuple[str, Kind], Coverage]) -> None:
        self.clear()
        widths: dict[int, int] = {}
        metrics = self.fontMetrics()

        def measure(cells: Sequence[str], indent: int = 0) -> None:
            for column, text in enumerate(cells):
                width = metrics.horizontalAdvance(text) + (indent if column == 0 else 0)
                widths[column] = max(widths.get(column, 0), width)

        for framework in frameworks:
            kinds = [kind for kind in Kind if framework.counts.get(kind.value)]
            total = sum((coverage.get((framework.key, kind), Coverage()) for kind in kinds), Coverage())
            cells = [framework.short_name, *coverage_cells(total)]
            measure(cells)
            top = QTreeWidgetItem(cells)
            top.setData(
                0, Qt.ItemDataRole.ToolTipRole, f"{framework.name}\n{framework.edition}\n{framework.attribution}"
            )
            # setData, not the convenience setters: in PySide6 6.11 QTreeWidgetItem.setToolTip/setText keep
            # one reference to None per call (the None reference-count test found it).
            top.setData(0, Qt.ItemDataRole.UserRole, framework.key)
            for kind in kinds:
                cells = [translate("Main", KIND_TITLES[kind]),
                         *coverage_cells(coverage.get((framework.key, kind), Coverage()))]
                measure(cells, self.indentation())
                child = QTreeWidgetItem(cells)
                child.setData(0, Qt.ItemDataRole.UserRole, framework.key)
                child.setData(0, KIND_ROLE, kind.value)
                child.setData(
                    0,
                    Qt.ItemDataRole.ToolTipRole,
                    translate("Main", "Activate (Enter or double-click) to map these"),
                )
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setExpanded(True)
        self._texts = widths
        self.share_width()

    def natural_width(self) -> int:
        """The width that shows every name, count and heading whole (a first start widens the dock to it, up
        to MOST_ON_FIRST_START)."""
        wanted = max(self._names_width(), self.header().sectionSizeHint(0))
        wanted += sum(self._count_width(column) for column in COUNTS)
        return wanted + self.frameWidth() * 2 + self.verticalScrollBar().sizeHint().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        """The names come first: a narrow dock (its 200-pixel minimum) cut them to "I…" while the counts kept
        their headings whole. The counts keep their headings while everything fits, then give up heading width
        (elided, named by their tooltips) down to their figures' width, and only then do names shrink."""
        header = self.header()
        available = self.viewport().width()
        counts = [self._count_width(column) for column in COUNTS]
        figures = [self._figures_width(column) for column in COUNTS]
        spare = available - self._names_width()
        if spare < sum(counts):
            give = sum(counts) - max(spare, sum(figures))
            room = sum(count - figure for count, figure in zip(counts, figures, strict=True))
            if room > 0:
                counts = [count - (count - figure) * min(give, room) // room
                          for count, figure in zip(counts, figures, strict=True)]
        for column, width in zip(COUNTS, counts, strict=True):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _padding(self) -> int:
        # The item delegate's text margin on either side (QStyle's focus frame margin plus one).
        return 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)

    def _names_width(self) -> int:
        return self._texts.get(0, 0) + self._padding()

    def _figures_width(self, column: int) -> int:
        widest = max(self._texts.get(column, 0), self.fontMetrics().horizontalAdvance("100%"))
        return widest + self._padding()

    def _count_width(self, column: int) -> int:
        return max(self._figures_width(column), self.header().sectionSizeHint(column))
