"""SKOS files with several concept schemes: one framework per scheme, and the mapping relations between their
concepts as decisions, all written in one transaction.

A multi-vocabulary SKOS file is not one framework: each skos:ConceptScheme is, with its own title, version and
rights (Dublin Core terms). The SKOS export of this tool writes a workspace that way, so an export read into
another workspace brings back its frameworks and decisions. Its unified glossary (concepts carrying
`workbench:status`) is left out: the unified model is rebuilt from decisions (`workbench unify`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS
from rdflib.term import Node
from sqlalchemy import insert, select

from workbench.domain import KEY_PATTERN, MANUAL_CURATION, FrameworkData, Predicate, Ref
from workbench.framework_update import replace_in_session
from workbench.importers import ImportFileError, ImportResult
from workbench.importers import problems as wrong
from workbench.importers.rdf import WORKBENCH, read_framework
from workbench.messages import Message, ParamValue, Template
from workbench.store.models import Entry, Framework, Mapping, utcnow
from workbench.store.records import insert_framework
from workbench.workspace import Workspace, default_author

UNIFIED_SCHEME = Template(
    "import.unified-scheme",
    "scheme {scheme}: a unified glossary exported by this tool, not imported (run 'workbench unify' to rebuild it "
    "from the decisions)",
)
SCHEMES_ADDED = Template(
    "import.schemes-added",
    "{source}: {added} framework(s) added ({added_keys}), {entries} entries, {mappings} mapping(s) added",
)
SCHEMES_UPDATED = Template(
    "import.schemes-updated",
    "{source}: {updated} framework(s) updated ({updated_keys}), {entries} entries, {mappings} mapping(s) added",
)
SCHEMES_ADDED_UPDATED = Template(
    "import.schemes-added-updated",
    "{source}: {added} framework(s) added ({added_keys}), {updated} updated ({updated_keys}), {entries} entries, "
    "{mappings} mapping(s) added",
)

_RELATIONS = {
    SKOS.exactMatch: Predicate.EXACT,
    SKOS.closeMatch: Predicate.CLOSE,
    SKOS.broadMatch: Predicate.BROADER,
    SKOS.narrowMatch: Predicate.NARROWER,
    SKOS.relatedMatch: Predicate.RELATED,
}
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class SchemeImport:
    frameworks: tuple[FrameworkData, ...]
    mappings: tuple[tuple[Ref, Predicate, Ref], ...]
    notes: tuple[Message, ...]


def schemes_of(graph: Graph) -> dict[URIRef, set[URIRef]]:
    """Each concept scheme with the concepts in it (skos:inScheme, skos:topConceptOf, skos:hasTopConcept)."""
    concepts = {node for node in graph.subjects(RDF.type, SKOS.Concept) if isinstance(node, URIRef)}
    members: dict[URIRef, set[URIRef]] = defaultdict(set)
    for predicate, concept_first in ((SKOS.inScheme, True), (SKOS.topConceptOf, True), (SKOS.hasTopConcept, False)):
        for first, second in graph.subject_objects(predicate):
            concept, scheme = (first, second) if concept_first else (second, first)
            if isinstance(scheme, URIRef) and isinstance(concept, URIRef) and concept in concepts:
                members[scheme].add(concept)
    return dict(members)


def read_schemes(graph: Graph, path: Path, framework: str | None) -> SchemeImport | None:
    """The frameworks of a file with two or more concept schemes; None for a file with one (or none), which
    the single-framework reading handles as it always has. `framework` picks one scheme by its key."""
    schemes = schemes_of(graph)
    if len(schemes) < 2:
        return None
    notes: list[Message] = []
    chosen: dict[str, tuple[URIRef, set[URIRef]]] = {}
    for scheme, members in sorted(schemes.items(), key=lambda item: str(item[0])):
        if any((member, WORKBENCH.status, None) in graph for member in members):
            notes.append(UNIFIED_SCHEME(scheme=_title(graph, scheme) or str(scheme)))
            continue
        key = _key(graph, scheme)
        if key in chosen:
            raise ImportFileError(str(path), [wrong.SCHEMES_CLASH(key=key, first=str(chosen[key][0]),
                                                                  second=str(scheme))])
        chosen[key] = (scheme, members)
    if framework is not None:
        if framework not in chosen:
            raise ImportFileError(str(path), [wrong.NO_SCHEME(key=framework, keys=tuple(sorted(chosen)))])
        chosen = {framework: chosen[framework]}
    frameworks = []
    refs: dict[Node, Ref] = {}
    for key, (scheme, members) in chosen.items():
        data = _described(graph, scheme, read_framework(graph, path, key, "skos", members, scheme), path)
        frameworks.append(data)
        for entry in data.entries:
            refs.setdefault(URIRef(str(entry.iri)), Ref(key, entry.key))
    mappings = set()
    for relation, predicate in _RELATIONS.items():
        for subject, obj in graph.subject_objects(relation):
            source, target = refs.get(subject), refs.get(obj)
            if source is not None and target is not None and source.framework != target.framework:
                mappings.add((source, predicate, target))
    return SchemeImport(tuple(frameworks), tuple(sorted(mappings, key=str)), tuple(notes))


def store_schemes(workspace: Workspace, found: SchemeImport, source: str) -> ImportResult:
    """Add or update every framework and add the decisions not already taken, in one transaction."""
    existing = {record.key for record in workspace.frameworks()}
    notes = list(found.notes)
    added, updated = [], []
    with workspace.transaction() as session:
        for data in found.frameworks:
            if data.key in existing:
                update = replace_in_session(session, data, workspace.path)
                updated.append(data.key)
                notes += update.notes(data.key)
            else:
                insert_framework(session, data)
                added.append(data.key)
        ids = {
            Ref(framework_key, key): entry_id
            for entry_id, framework_key, key in session.execute(
                select(Entry.id, Framework.key, Entry.key).join(Framework)
            )
        }
        decided = {tuple(row) for row in session.execute(select(Mapping.subject_id, Mapping.object_id))}
        decided |= {(obj, subject) for subject, obj in decided}
        now, author = utcnow(), default_author()
        rows = []
        for subject, predicate, obj in found.mappings:
            pair = (ids[subject], ids[obj])
            if pair in decided:
                continue
            decided |= {pair, (pair[1], pair[0])}
            rows.append({
                "subject_id": pair[0], "object_id": pair[1], "predicate": predicate.value, "negated": False,
                "confidence": 1.0, "justification": MANUAL_CURATION, "author": author,
                "comment": f"from {source}", "created": now, "updated": now,
            })
        if rows:
            session.execute(insert(Mapping), rows)
    entries = sum(len(data.entries) for data in found.frameworks)
    counts: dict[str, ParamValue] = {"source": source, "entries": entries, "mappings": len(rows)}
    if added and updated:
        summary = SCHEMES_ADDED_UPDATED(**counts, added=len(added), added_keys=tuple(added), updated=len(updated),
                                        updated_keys=tuple(updated))
    elif updated:
        summary = SCHEMES_UPDATED(**counts, updated=len(updated), updated_keys=tuple(updated))
    else:
        summary = SCHEMES_ADDED(**counts, added=len(added), added_keys=tuple(added))
    return ImportResult(summary, tuple(notes))


def _key(graph: Graph, scheme: URIRef) -> str:
    """The scheme's dct:identifier when it is a valid key, else its IRI's last segment, else its title."""
    for value in graph.objects(scheme, DCTERMS.identifier):
        if isinstance(value, Literal) and KEY_PATTERN.match(str(value)):
            return str(value)
    segment = re.split(r"[/#]", str(scheme).rstrip("/#"))[-1]
    for text in (segment, _title(graph, scheme)):
        key = _SLUG.sub("-", text.casefold()).strip("-")
        if key:
            return key
    return "scheme"


def _title(graph: Graph, scheme: URIRef) -> str:
    for predicate in (DCTERMS.title, SKOS.prefLabel):
        values = [value for value in graph.objects(scheme, predicate) if isinstance(value, Literal)]
        values.sort(key=lambda value: (value.language not in (None, "en"), str(value)))
        if values and str(values[0]).strip():
            return str(values[0]).strip()
    return ""


def _first(graph: Graph, scheme: URIRef, *predicates: URIRef) -> str:
    for predicate in predicates:
        for value in graph.objects(scheme, predicate):
            if isinstance(value, Literal) and str(value).strip():
                return str(value).strip()
    return ""


def _described(graph: Graph, scheme: URIRef, data: FrameworkData, path: Path) -> FrameworkData:
    """The framework under its scheme's own name, version and rights."""
    return replace(
        data,
        name=_title(graph, scheme) or data.key,
        edition=_first(graph, scheme, DCTERMS.hasVersion, OWL.versionInfo),
        publisher=_first(graph, scheme, DCTERMS.publisher),
        attribution=_first(graph, scheme, DCTERMS.rights),
        licence=_first(graph, scheme, DCTERMS.license),
        description=_first(graph, scheme, DCTERMS.description) or f"Imported from {path.name}",
    )
