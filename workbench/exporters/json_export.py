"""The JSON export: one object in the shape DESIGN.md section 3 promises to automation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.domain import EntryRecord, MappingRecord
from workbench.files import atomic_write
from workbench.text import printable
from workbench.unified_model import Member, UnifiedSnapshot
from workbench.workspace import Workspace

FORMAT_NAME = "workbench-export"
FORMAT_VERSION = 1


def export_document(workspace: Workspace) -> dict[str, Any]:
    entries_by_framework: dict[str, list[EntryRecord]] = {}
    for entry in workspace.entries():
        entries_by_framework.setdefault(entry.ref.framework, []).append(entry)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generator": f"Framework Harmonisation Workbench {__version__}",
        "frameworks": [
            {
                "key": framework.key,
                "name": framework.name,
                "edition": framework.edition,
                "publisher": framework.publisher,
                "language": framework.language,
                "languages": list(framework.languages),
                "attribution": framework.attribution,
                "licence": framework.licence,
                "description": framework.description,
                "origin": framework.origin,
                "entries": [_entry(entry) for entry in entries_by_framework.get(framework.key, [])],
            }
            for framework in workspace.frameworks()
        ],
        "mappings": [_mapping(mapping) for mapping in workspace.mappings()],
        "unified": _unified(workspace.unified_snapshot()),
    }


def export_json(workspace: Workspace, path: Path) -> None:
    document = _printable(export_document(workspace))
    with atomic_write(path) as stream:
        json.dump(document, stream, ensure_ascii=False, indent=1)
        stream.write("\n")


def _printable(value: Any) -> Any:
    """The document with control characters removed from every string (JSON would carry them, escaped)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    return value


def _entry(entry: EntryRecord) -> dict[str, Any]:
    return {
        "ref": str(entry.ref),
        "key": entry.ref.key,
        "kind": entry.kind.value,
        "label": entry.label,
        "lang": entry.lang,
        "alt_labels": list(entry.alt_labels),
        "abbreviations": list(entry.abbreviations),
        "labels": [{"text": label.text, "kind": label.kind.value, "lang": label.lang} for label in entry.labels],
        "definition": entry.definition,
        "definitions": dict(entry.definitions),
        "category": entry.category,
        "parent": str(entry.parent) if entry.parent else None,
        "position": entry.position,
        "purpose": entry.purpose,
        "trigger": entry.trigger,
        "outcome": entry.outcome,
        "broader": [str(ref) for ref in entry.broader],
        "related": [str(ref) for ref in entry.related],
        "domains": [str(ref) for ref in entry.domains],
        "ranges": [str(ref) for ref in entry.ranges],
        "realised_by": [str(ref) for ref in entry.realised_by],
        "includes": [str(ref) for ref in entry.includes],
        "status": entry.status.value,
        "source": entry.source,
        "successors": [str(ref) for ref in entry.successors],
        "iri": entry.iri,
    }


def _mapping(mapping: MappingRecord) -> dict[str, Any]:
    return {
        "subject": str(mapping.subject),
        "subject_label": mapping.subject_label,
        "predicate": mapping.predicate.value,
        "object": str(mapping.object),
        "object_label": mapping.object_label,
        "negated": mapping.negated,
        "confidence": mapping.confidence,
        "justification": mapping.justification,
        "author": mapping.author,
        "comment": mapping.comment,
        "created": mapping.created.isoformat(timespec="seconds"),
        "updated": mapping.updated.isoformat(timespec="seconds"),
    }


def _members(members: tuple[Member, ...]) -> list[dict[str, str]]:
    return [{"ref": str(member.ref), "relation": member.relation} for member in members]


def _unified(snapshot: UnifiedSnapshot) -> dict[str, Any]:
    return {
        "concepts": [
            {
                "uid": concept.uid,
                "label": concept.label,
                "definition": concept.definition,
                "status": concept.status,
                "notes": concept.notes,
                "members": _members(concept.members),
                "broader": list(concept.broader),
                "related": list(concept.related),
            }
            for concept in snapshot.concepts
        ],
        "processes": [
            {
                "uid": process.uid,
                "label": process.label,
                "description": process.description,
                "trigger": process.trigger,
                "outcome": process.outcome,
                "status": process.status,
                "traces": _members(process.traces),
                "activities": [
                    {
                        "uid": activity.uid,
                        "label": activity.label,
                        "description": activity.description,
                        "traces": _members(activity.traces),
                    }
                    for activity in process.activities
                ],
            }
            for process in snapshot.processes
        ],
    }
