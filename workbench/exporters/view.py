"""Everything one export shows, read once: the people's sections in the reader's language, then the machines' tables.

Every tabular export (Excel, CSV, HTML) lays out the same `ExportView`, so they show the same content in the same
order.
"""

from __future__ import annotations

from datetime import UTC, datetime

from workbench.exporters.processes import processes_table
from workbench.exporters.questions import open_questions_table
from workbench.exporters.sections import column_names, coverage_table, decisions_table, glossary_table
from workbench.exporters.tables import ExportView, entries_table, mapping_table, read_entries, read_mappings
from workbench.messages import ENGLISH, Renderer
from workbench.workspace import Workspace


def build_view(
    workspace: Workspace,
    *,
    renderer: Renderer = ENGLISH,
    entry_details: bool = True,
    machine: bool = True,
) -> ExportView:
    """Everything an export shows, with the people's sections rendered by `renderer` (the interface language).
    `entry_details=False` reads entries without their other labels, translations and parents, for exports that
    show only labels and definitions (the workbook); `machine=False` leaves out the tables for programs."""
    frameworks = workspace.frameworks()
    entries = {entry.ref: entry for entry in workspace.entries()} if entry_details else read_entries(workspace)
    view = ExportView(
        workspace_name=workspace.path.name,
        created=datetime.now(UTC).replace(microsecond=0),
        frameworks=frameworks,
        entries=entries,
        mappings=read_mappings(workspace, entries),
        unified=workspace.unified_snapshot(),
        renderer=renderer,
        names=column_names(frameworks),
    )
    view.tables = [
        glossary_table(view),
        processes_table(view),
        coverage_table(view),
        decisions_table(view),
        open_questions_table(workspace, view),
    ]
    if machine:
        view.tables += [mapping_table(view.mappings), entries_table(view.entries, entry_details)]
    return view
