"""The unified-model tabs of the main window: glossary, process model, coverage matrix and checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.translations import translate
from ui.unified.checks_panel import ChecksPanel
from ui.unified.context import UnifiedContext
from ui.unified.coverage_matrix import CoverageMatrix
from ui.unified.glossary_tab import UnifiedGlossaryTab
from ui.unified.process_model_tab import ProcessModelTab
from ui.unified.refresher import Refresher

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class UnifiedTabs:
    def __init__(self, window: MainWindow) -> None:
        self.context = UnifiedContext(window)
        self.refresher = Refresher(self.context, window)
        """Refreshing from the decisions, shared by the glossary and process-model tabs."""
        self.glossary: UnifiedGlossaryTab = UnifiedGlossaryTab(self.context, self.refresher)
        self.process_model: ProcessModelTab = ProcessModelTab(self.context, self.refresher)
        self.coverage: CoverageMatrix = CoverageMatrix(self.context)
        self.checks: ChecksPanel = ChecksPanel(self.context, self)
        for widget, name in ((self.glossary, "unified-glossary"), (self.process_model, "process-model"),
                             (self.coverage, "coverage"), (self.checks, "checks")):
            widget.setObjectName(name)  # found by name, not by its (translated) tab title
        window.tabs.addTab(self.glossary, translate("Unified", "&Unified glossary"))
        window.tabs.addTab(self.process_model, translate("Unified", "&Process model"))
        window.tabs.addTab(self.coverage, translate("Unified", "Cove&rage"))
        window.tabs.addTab(self.checks, translate("Unified", "&Checks"))
        self._workspace = window.workspace

    def decisions_changed(self) -> None:
        """Decisions do not change the unified model until a refresh; a new workspace does."""
        if self.context.workspace is not self._workspace:
            self._workspace = self.context.workspace
            self.context.changed()
            self.checks.clear()
        else:
            self.checks.mark_stale()


def add_unified_tabs(window: MainWindow) -> UnifiedTabs:
    return UnifiedTabs(window)
