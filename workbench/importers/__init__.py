"""Imports into a workspace: frameworks from spreadsheets and ontologies, mapping sets from SSSOM.

Every importer reads and validates the whole file before the workspace changes, then writes in one
transaction: a file with any problem changes nothing (`ImportFileError` lists every problem found).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.domain import FrameworkData
from workbench.errors import FileProblemsError, WorkbenchError
from workbench.messages import Message, Template
from workbench.plugins import resolve
from workbench.workspace import Workspace

FORMATS = ("xlsx", "csv", "skos", "owl", "sssom")
_KEY_CLEAN = re.compile(r"[^a-z0-9-]+")

_SUFFIXES = {
    ".xlsx": "xlsx", ".csv": "csv", ".ttl": "skos", ".skos": "skos", ".owl": "owl", ".rdf": "owl",
    ".sssom.tsv": "sssom", ".tsv": "sssom",
}


UPDATED = Template(
    "import.updated",
    "{source}: updated framework '{key}': {kept} entries kept (with their mappings), {added} added, {removed} removed",
)
NO_KEY = Template("import.no-key", "{path}: cannot make a framework key from the file name; give --framework KEY")
UNKNOWN_SUFFIX = Template("import.unknown-suffix", "{path}: cannot tell the format from the name; give --format "
                          "({formats})")
UNKNOWN_FORMAT = Template("import.unknown-format", "unknown import format '{format}'; use one of {formats}")
NO_FILE = Template("import.no-file", "{path}: no such file")
NOT_YET = Template("import.not-yet", "import of {format} files is not yet available in this version")


class ImportFileError(FileProblemsError):
    """A file that cannot be imported; `problems` holds one line per problem (file, sheet, row, column)."""


@dataclass(frozen=True)
class ImportResult:
    summary: Message
    """One line for the user: what was added or changed."""
    notes: tuple[Message, ...] = field(default_factory=tuple)
    """Anything the user should review (disappeared entries, conflicting mappings)."""


def replace_edition(workspace: Workspace, data: FrameworkData, source: str) -> ImportResult:
    """A framework the workspace already holds, read again from `source` (a newer edition): its content is
    replaced, and decisions about entries whose keys remain are kept; the others are listed as notes."""
    from workbench.framework_update import replace_framework

    update = replace_framework(workspace, data)
    notes = update.notes(data.key)
    summary = UPDATED(source=source, key=data.key, kept=len(update.kept), added=len(update.added),
                      removed=len(update.removed))
    return ImportResult(summary, tuple(notes))


Importer = Callable[[Workspace, Path, str | None], ImportResult]
"""(workspace, file, framework key or None) -> result."""

# Resolved on use, so a format's dependencies (rdflib, openpyxl) load only when that format is imported.
_IMPORTERS: dict[str, str] = {
    "xlsx": "workbench.importers.spreadsheet:import_xlsx",
    "csv": "workbench.importers.spreadsheet:import_csv",
    "skos": "workbench.importers.rdf:import_skos",
    "owl": "workbench.importers.rdf:import_owl",
    "sssom": "workbench.importers.sssom:import_sssom",
}


def framework_key(path: Path, framework: str | None) -> str:
    """The key an ontology or vocabulary is imported under: the one given, else made from the file name."""
    if framework:
        return framework
    key = _KEY_CLEAN.sub("-", path.name.split(".")[0].lower()).strip("-")
    if not key:
        raise WorkbenchError(NO_KEY(path=str(path)))
    return key


def guess_format(path: Path) -> str:
    name = path.name.lower()
    for suffix, format in sorted(_SUFFIXES.items(), key=lambda item: -len(item[0])):
        if name.endswith(suffix):
            return format
    raise WorkbenchError(UNKNOWN_SUFFIX(path=str(path), formats=FORMATS))


def import_file(
    workspace: Workspace, path: Path, format: str | None = None, framework: str | None = None
) -> ImportResult:
    format = format or guess_format(path)
    if format not in _IMPORTERS:
        raise WorkbenchError(UNKNOWN_FORMAT(format=format, formats=FORMATS))
    if not path.is_file():
        raise WorkbenchError(NO_FILE(path=str(path)))
    importer: Importer | None = resolve(_IMPORTERS[format])
    if importer is None:
        raise WorkbenchError(NOT_YET(format=format))
    return importer(workspace, path, framework)
