"""The checks panel: the findings of `workbench.checks`, worst first, with where each one points. Double-click a
finding (or one of its places), or press Enter on it, to go there: a framework entry opens in the mapper, a
unified concept in the glossary tab, a unified process or activity in the process-model tab."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import CallJob
from ui.messages import error_text, word_text
from ui.messages import text as message_text
from ui.models import Column, ListTableModel
from ui.translations import translate
from ui.unified.context import UnifiedContext, read_labels
from ui.widgets import table_view
from workbench.checks import Finding, Severity, run_checks
from workbench.domain import Ref
from workbench.errors import WorkbenchError
from workbench.messages import Word
from workbench.workspace import Workspace

if TYPE_CHECKING:
    from ui.unified.tabs import UnifiedTabs

Index = QModelIndex | QPersistentModelIndex
SEVERITY_COLOURS = {Severity.ERROR: QColor("#c62828"), Severity.WARNING: QColor("#b26a00"),
                    Severity.INFO: QColor("#1565c0")}
SEVERITY_ICONS = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                  Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                  Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}
PlaceRole = Qt.ItemDataRole.UserRole + 3


def places(finding: Finding) -> list[str | Ref]:
    """Where a finding points, unified elements first (they are what the finding is about)."""
    return [*finding.uids, *finding.refs]


class FindingModel(ListTableModel[Finding]):
    def __init__(self, icon: Any, name: Callable[[str | Ref], str], parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("Checks", "Severity"), lambda f: word_text(Word("severity", f.severity.value)),
                       sort_key=lambda f: list(Severity).index(f.severity)),
                Column(translate("Checks", "Check"), lambda f: word_text(Word("check", f.code)),
                       tooltip=lambda f: f.code),
                Column(
                    translate("Checks", "Finding"),
                    lambda f: message_text(f.message),
                    tooltip=lambda f: message_text(f.message),
                ),
                Column(translate("Checks", "Where"), self._where, tooltip=lambda f: "\n".join(map(str, places(f)))),
            ],
            parent,
        )
        self._icon = icon
        self._name = name

    def _where(self, finding: Finding) -> str:
        # An entry by its reference; a unified element by its name, not its generated id ("p-42719a9c...").
        shown = [str(place) if isinstance(place, Ref) else self._name(place) for place in places(finding)[:3]]
        more = len(finding.uids) + len(finding.refs) - len(shown)
        return ", ".join(shown) + (f" +{more}" if more > 0 else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and 0 <= index.row() < len(self._rows):
            severity = self._rows[index.row()].severity
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(severity)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(SEVERITY_COLOURS[severity])
        return super().data(index, role)


class ChecksPanel(QWidget):
    def __init__(self, context: UnifiedContext, tabs: UnifiedTabs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = tabs
        self._findings: list[Finding] = []
        self._stale = False
        self._running: CallJob | None = None
        self._changed_while_running = False
        self._icons: dict[Severity, QIcon] = {}

        self.run_button = QPushButton(translate("Checks", "Run checks"))
        self.run_button.setToolTip(translate("Checks", "Check the decisions, the unified model and the coverage"))
        self.severity_box = QComboBox()
        self.severity_box.setAccessibleName(translate("Checks", "Severity filter"))
        self.severity_box.addItem(translate("Checks", "All severities"), "")
        for severity in Severity:
            self.severity_box.addItem(word_text(Word("severity", severity.value)), severity.value)
        self.summary_label = QLabel(translate("Checks", "Not run yet."))
        bar = QHBoxLayout()
        bar.addWidget(self.run_button)
        bar.addWidget(self.severity_box)
        bar.addWidget(self.summary_label, 1)

        self.model = FindingModel(self.icon, self._place_text, self)
        self.view = table_view(self.model)
        self.view.setAccessibleName(translate("Checks", "Findings"))
        self.view.setSortingEnabled(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(3, 260)
        self.places_list = QListWidget()
        self.places_list.setAccessibleName(translate("Checks", "Places the selected finding points to"))
        self.places_list.setToolTip(translate("Checks", "Double-click a place to go there"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(translate("Checks", "Where (double-click to go there):")))
        side_layout.addWidget(self.places_list, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.run_button.clicked.connect(self.run)
        self.severity_box.currentIndexChanged.connect(self._apply)
        self.view.doubleClicked.connect(lambda index: self.jump_to_finding(index.row()))
        self.view.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_places(current))
        self.places_list.itemActivated.connect(self._place_activated)

    def icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            self._icons[severity] = self.style().standardIcon(SEVERITY_ICONS[severity])
        return self._icons[severity]

    # --- findings -------------------------------------------------------------------------------------------

    def run(self) -> None:
        """Run the checks in a worker: on 2 x 25,000 entries they take 4 s. They only read, and the store lets
        decisions be written meanwhile; the findings then say they are stale."""
        if self._running is not None:
            return
        workspace = self.context.workspace
        labels_wanted = not self.context.has_labels  # the Where column names entries by label

        def work(_progress: object) -> tuple[list[Finding], dict[Ref, str] | None]:
            return run_checks(workspace), read_labels(workspace) if labels_wanted else None

        job = CallJob(work, self)
        job.succeeded.connect(lambda result: self._checked(workspace, *result))
        job.failed.connect(lambda message, _problems: self.summary_label.setText(error_text(message)))
        job.finished.connect(self._run_ended)
        self._running = job
        self.run_button.setEnabled(False)
        self.summary_label.setText(translate("Checks", "Checking…"))
        job.start()

    @property
    def running(self) -> bool:
        return self._running is not None

    def wait_for_jobs(self) -> None:
        if self._running is not None:
            self._running.done.wait()

    def _run_ended(self) -> None:
        self._running = None
        self.run_button.setEnabled(True)

    def _checked(self, workspace: Workspace, findings: list[Finding], labels: dict[Ref, str] | None) -> None:
        if workspace is not self.context.workspace:
            return
        if labels is not None:
            self.context.use_labels(workspace, labels)
        self._findings = findings
        self._stale = False
        stale, self._changed_while_running = self._changed_while_running, False
        counts = Counter(finding.severity for finding in self._findings)
        words = {Severity.ERROR: translate("Checks", "errors: {0}"),
                 Severity.WARNING: translate("Checks", "warnings: {0}"),
                 Severity.INFO: translate("Checks", "notes: {0}")}
        self.summary_label.setText(", ".join(words[s].format(counts[s]) for s in Severity)
                                   or translate("Checks", "No findings."))
        self._apply()
        if stale:
            self._say_stale()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def clear(self) -> None:
        self._findings = []
        self._stale = False
        self.summary_label.setText(translate("Checks", "Not run yet."))
        self._apply()

    def mark_stale(self) -> None:
        if self._running is not None:
            self._changed_while_running = True
            return
        if self._findings and not self._stale:
            self._say_stale()

    def _say_stale(self) -> None:
        self._stale = True
        self.summary_label.setText(
            self.summary_label.text() + translate("Checks", " (the decisions changed since: run again)")
        )

    def _apply(self) -> None:
        wanted = self.severity_box.currentData()
        self.model.set_rows([f for f in self._findings if not wanted or f.severity.value == wanted])
        self.places_list.clear()

    def _show_places(self, index: QModelIndex) -> None:
        self.places_list.clear()
        if not index.isValid():
            return
        for place in places(self.model.value(index.row())):
            item = QListWidgetItem(self._place_text(place))
            item.setData(PlaceRole, str(place))
            item.setData(Qt.ItemDataRole.ToolTipRole, str(place))
            self.places_list.addItem(item)

    def _place_text(self, place: str | Ref) -> str:
        if isinstance(place, Ref):
            return f"{self.context.label(place)}  ({place})"
        snapshot = self.context.snapshot()
        for concept in snapshot.concepts:
            if concept.uid == place:
                return translate("Checks", "concept '{0}'").format(concept.label)
        for process in snapshot.processes:
            if process.uid == place:
                return translate("Checks", "process '{0}'").format(process.label)
            for activity in process.activities:
                if activity.uid == place:
                    return translate("Checks", "activity '{0}' of '{1}'").format(activity.label, process.label)
        return place

    def _place_activated(self, item: QListWidgetItem) -> None:
        text = str(item.data(PlaceRole))
        self.jump(Ref.parse(text) if ":" in text else text)

    # --- jumping --------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a finding goes there, as a double-click does. Not through the view's `activated`, which some
        desktops emit on a single click: a click only lists the finding's places."""
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.currentIndex().isValid()):
            self.jump_to_finding(self.view.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def jump_to_finding(self, row: int) -> bool:
        finding = self.model.value(row)
        return any(self.jump(place) for place in places(finding))

    def jump(self, place: str | Ref) -> bool:
        """Show a place: a Ref in the mapper, a uid in the glossary or process-model tab. False when it is gone."""
        window = self.context.window
        if isinstance(place, Ref):
            try:
                entry = self.context.workspace.entry(place)
            except WorkbenchError as error:
                window.statusBar().showMessage(error_text(error), 8000)
                return False
            mapper = window.mapper
            target = mapper.target if mapper.target != place.framework else None
            mapper.filter_edit.clear()
            # A large framework's list is read in the background; the entry is selected once it is shown.
            mapper.choose(place.framework, target, entry.kind, select=place)
            window.tabs.setCurrentWidget(mapper)
            mapper.source_view.setFocus()
            return True
        if self.tabs.glossary.select_uid(place):
            window.tabs.setCurrentWidget(self.tabs.glossary)
            self.tabs.glossary.view.setFocus()
            return True
        if self.tabs.process_model.select_uid(place):
            window.tabs.setCurrentWidget(self.tabs.process_model)
            self.tabs.process_model.tree.setFocus()
            return True
        window.statusBar().showMessage(translate("Checks", "{0} is no longer in the unified model").format(place), 8000)
        return False
