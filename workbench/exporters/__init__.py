"""Exports of a workspace; each writes to a temporary file and renames it into place."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.exporters.destination import check_file
from workbench.messages import Renderer, Template
from workbench.plugins import resolve
from workbench.workspace import Workspace

Exporter = Callable[[Workspace, Path], None]

# Resolved on use, so a format's libraries (openpyxl, rdflib) load only when that format is written.
_EXPORTERS: dict[str, str] = {
    "xlsx": "workbench.exporters.xlsx_export:export_xlsx",
    "csv": "workbench.exporters.csv_export:export_csv",
    "json": "workbench.exporters.json_export:export_json",
    "skos": "workbench.exporters.skos_export:export_skos",
    "sssom": "workbench.exporters.sssom_export:export_sssom",
    "archimate": "workbench.exporters.archimate_export:export_archimate",
    "html": "workbench.exporters.html_export:export_html",
}
FORMATS = tuple(_EXPORTERS)
UNKNOWN_FORMAT = Template("export.unknown-format", "unknown export format '{format}'; use one of {formats}")
NOT_YET = Template("export.not-yet", "export as {format} is not yet available in this version")


def export(
    workspace: Workspace,
    format: str,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    renderer: Renderer | None = None,
    sssom_sheet: bool = False,
) -> None:
    """`progress(done, total)` is passed to the exporters that report it (the desktop app's progress bar);
    `renderer` (the language people read: the interface's, English when None) to those that write for people;
    `sssom_sheet` to the workbook (a last sheet for programs). A destination that is the workspace or one of its
    files is refused before anything is read (`workbench.exporters.destination`; the CSV export checks a folder
    destination itself)."""
    if format not in _EXPORTERS:
        raise WorkbenchError(UNKNOWN_FORMAT(format=format, formats=tuple(FORMATS)))
    if not (format == "csv" and path.suffix.lower() != ".zip"):
        check_file(path, workspace.path)
    exporter: Exporter | None = resolve(_EXPORTERS[format])
    if exporter is None:
        raise WorkbenchError(NOT_YET(format=format))
    offered = {"progress": progress, "renderer": renderer, "sssom_sheet": sssom_sheet or None}
    accepted = inspect.signature(exporter).parameters
    options = {name: value for name, value in offered.items() if value is not None and name in accepted}
    exporter(workspace, path, **options)
