"""Exports of a workspace; each writes to a temporary file and renames it into place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.exporters.json_export import export_json
from workbench.workspace import Workspace

FORMATS = ("xlsx", "csv", "json", "skos", "sssom", "archimate", "html")

_EXPORTERS: dict[str, Callable[[Workspace, Path], None]] = {"json": export_json}


def export(workspace: Workspace, format: str, path: Path) -> None:
    exporter = _EXPORTERS.get(format)
    if exporter is None:
        raise WorkbenchError(f"export as {format} is not yet available (available: {', '.join(sorted(_EXPORTERS))})")
    exporter(workspace, path)
