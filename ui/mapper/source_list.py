"""The mapper's source list: its entries' review status, and a drop target for candidates dragged onto an entry."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTableView

from ui.models import REF_MIME_TYPE, Status
from workbench.domain import MappingRecord


class DropTableView(QTableView):
    """The source list: dropping a dragged entry on a row asks how the two relate."""

    refDropped = Signal(int, str, QPoint)
    """(row, dropped ref, global position)"""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(REF_MIME_TYPE):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(REF_MIME_TYPE) and self.indexAt(event.position().toPoint()).isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or not event.mimeData().hasFormat(REF_MIME_TYPE):
            event.ignore()
            return
        ref = bytes(event.mimeData().data(REF_MIME_TYPE).data()).decode()
        event.acceptProposedAction()
        self.refDropped.emit(index.row(), ref, self.viewport().mapToGlobal(event.position().toPoint()))


def counts_for(partner: str, source: str, target: str | None) -> bool:
    """A decision with `partner` counts for the pair on show: the target framework, or any other than the source."""
    framework = partner.partition(":")[0]
    return framework != source if target is None else framework == target


def status_of(by_partner: dict[str, MappingRecord], source: str, target: str | None) -> Status:
    relevant = [m for partner, m in by_partner.items() if counts_for(partner, source, target)]
    if not relevant:
        return Status.UNREVIEWED
    return Status.NO_MATCH if all(m.negated for m in relevant) else Status.MAPPED
