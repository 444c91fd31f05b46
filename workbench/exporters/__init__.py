"""Exports of a workspace; each writes to a temporary file and renames it into place."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.exporters.destination import check_file
from workbench.messages import Template
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
    workspace: Workspace, format: str, path: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """`progress(done, total)` is passed to the exporters that report it (the desktop app's progress bar).
    A destination that is the workspace or one of its files is refused before anything is read
    (`workbench.exporters.destination`; the CSV export checks a folder destination itself)."""
    if format not in _EXPORTERS:
        raise WorkbenchError(UNKNOWN_FORMAT(format=format, formats=tuple(FORMATS)))
    if not (format == "csv" and path.suffix.lower() != ".zip"):
        check_file(path, workspace.path)
    exporter: Exporter | None = resolve(_EXPORTERS[format])
    if exporter is None:
        raise WorkbenchError(NOT_YET(format=format))
    if progress is not None and "progress" in inspect.signature(exporter).parameters:
        exporter(workspace, path, progress=progress)  # type: ignore[call-arg]
        return
    exporter(workspace, path)
