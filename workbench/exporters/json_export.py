"""The JSON export: one object in the shape DESIGN.md section 3 promises to automation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.domain import EntryRecord, MappingRecord
from workbench.files import atomic_write
from workbench.text import printable
from workbench.unified_model import (
    Member,
    Trace,
    UnifiedSnapshot,
    concept_qualifiers,
    ordered_concepts,
    ordered_processes,
)
from workbench.workspace import Workspace

FORMAT_NAME = "workbench-export"
FORMAT_VERSION = 1


def export_document(workspace: Workspace) -> dict[str, Any]:
    frameworks = workspace.frameworks()
    names = {framework.key: framework.short_name for framework in frameworks}
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
            for framework in frameworks
        ],
        "mappings": [_mapping(mapping) for mapping in workspace.mappings()],
        "unified": _unified(workspace.unified_snapshot(), lambda key: names.get(key, key)),
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


def _traces(traces: tuple[Trace, ...]) -> list[dict[str, str]]:
    """How each framework entry relates to the element, and where the trace comes from (source, manual,
    derived from a decision)."""
    return [{"ref": str(trace.ref), "relation": trace.relation, "origin": trace.origin} for trace in traces]


def _unified(snapshot: UnifiedSnapshot, framework_name: Callable[[str], str]) -> dict[str, Any]:
    """Concepts in the one order of the glossary (A-Z), each with the qualifier that tells it from another
    concept of the same label (empty when its label is its own); processes and activities in model order."""
    qualifiers = concept_qualifiers(snapshot.concepts, framework_name)
    return {
        "concepts": [
            {
                "uid": concept.uid,
                "label": concept.label,
                "qualifier": qualifiers.get(concept.uid, ""),
                "definition": concept.definition,
                "status": concept.status,
                "notes": concept.notes,
                "members": _members(concept.members),
                "broader": list(concept.broader),
                "related": list(concept.related),
            }
            for concept in ordered_concepts(snapshot.concepts, qualifiers)
        ],
        "processes": [
            {
                "uid": process.uid,
                "label": process.label,
                "description": process.description,
                "trigger": process.trigger,
                "outcome": process.outcome,
                "status": process.status,
                "traces": _traces(process.traces),
                "activities": [
                    {
                        "uid": activity.uid,
                        "label": activity.label,
                        "description": activity.description,
                        "status": activity.status,
                        "traces": _traces(activity.traces),
                    }
                    for activity in process.activities
                ],
            }
            for process in ordered_processes(snapshot.processes)
        ],
    }
