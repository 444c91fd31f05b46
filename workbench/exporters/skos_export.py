"""SKOS Turtle: the unified glossary and every framework as concept schemes, mappings as SKOS mapping relations.

IRIs (stable, so a re-export names the same things):
- a framework entry: `https://w3id.org/framework-workbench/<framework>/<entry key>` (the key percent-encoded
  when it is not a plain slug), or the entry's own IRI when it was imported from an ontology, so a SKOS
  vocabulary that went in comes out under its own names; its scheme is `.../<framework>/`;
- a unified concept: `https://w3id.org/framework-workbench/unified/<workspace>/<uid>`, in the scheme
  `.../unified/<workspace>/` (two path segments, so it can never collide with an entry of a framework
  called "unified").

Labels carry the language they were written in. Abbreviations are `skos:altLabel`s: the SKOS Primer puts
acronyms there, and thesaurus tools show them (a `skos:hiddenLabel` would hide them from readers); each is
also given as `workbench:abbreviation`, so a re-import knows it for one.
Mapping decisions become `skos:exactMatch`, `closeMatch`, `broadMatch`, `narrowMatch`, `relatedMatch`
between the two entries. "Not a match" decisions are left out: SKOS has no negated relation, and asserting
the predicate would say the opposite of the decision (the SSSOM export keeps them).
Members of a unified concept are linked from it with the mapping relation of their membership.
Entries carry `workbench:category` (role, practice, metric, ...), processes and activities `workbench:kind` (and
activities `workbench:position`, their step number), and
purpose, trigger and outcome are `skos:scopeNote`s starting "Purpose: ", "Trigger: ", "Outcome: ", so that the
SKOS importer can read a framework back as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS, XSD

from workbench import __version__
from workbench.domain import EntryRecord, FrameworkRecord, Kind, LabelKind, Predicate, Ref, is_language_tag
from workbench.exporters.sssom_export import BASE_IRI
from workbench.exporters.tables import Progress, read_mappings
from workbench.files import atomic_path
from workbench.text import printable
from workbench.unified_model import UnifiedSnapshot
from workbench.workspace import Workspace

WORKBENCH = Namespace(BASE_IRI)
_SAFE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789-_."

_RELATIONS = {
    Predicate.EXACT: SKOS.exactMatch,
    Predicate.CLOSE: SKOS.closeMatch,
    Predicate.BROADER: SKOS.broadMatch,
    Predicate.NARROWER: SKOS.narrowMatch,
    Predicate.RELATED: SKOS.relatedMatch,
}


def scheme_iri(framework: str) -> URIRef:
    return URIRef(f"{BASE_IRI}{quote(framework, safe=_SAFE_KEY)}/")


def entry_iri(ref: Ref) -> URIRef:
    return URIRef(f"{scheme_iri(ref.framework)}{quote(ref.key, safe=_SAFE_KEY)}")


def unified_scheme_iri(workspace: Workspace) -> URIRef:
    return URIRef(f"{BASE_IRI}unified/{quote(workspace.path.stem, safe=_SAFE_KEY)}/")


def _relation(word: str) -> URIRef:
    try:
        return _RELATIONS[Predicate.parse(word)]
    except ValueError:
        return SKOS.relatedMatch


def _literal(text: str, lang: str) -> Literal:
    text = printable(text)
    return Literal(text, lang=lang) if is_language_tag(lang) else Literal(text)


def build_graph(workspace: Workspace, *, progress: Progress | None = None) -> Graph:
    frameworks = workspace.frameworks()
    entries = workspace.entries()
    iris = {entry.ref: URIRef(entry.iri) if entry.iri else entry_iri(entry.ref) for entry in entries}
    graph = Graph()
    for prefix, namespace in (("skos", SKOS), ("dct", DCTERMS), ("owl", OWL), ("xsd", XSD), ("workbench", WORKBENCH)):
        graph.bind(prefix, namespace)
    for framework in frameworks:
        graph.bind(framework.key.replace("-", "_"), Namespace(str(scheme_iri(framework.key))))
    for framework in frameworks:
        _add_scheme(graph, framework)
    for done, entry in enumerate(entries, start=1):
        _add_entry(graph, entry, iris)
        if progress is not None and done % 1000 == 0:
            progress(done, len(entries))
    for mapping in read_mappings(workspace):
        if mapping.negated:
            continue
        subject, obj = iris.get(mapping.subject), iris.get(mapping.object)
        if subject is not None and obj is not None:
            graph.add((subject, _RELATIONS[mapping.predicate], obj))
    _add_unified(graph, workspace, workspace.unified_snapshot(), iris)
    return graph


def _add_scheme(graph: Graph, framework: FrameworkRecord) -> None:
    scheme = scheme_iri(framework.key)
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, _literal(framework.name or framework.key, framework.language)))
    graph.add((scheme, DCTERMS.identifier, Literal(framework.key)))
    for predicate, value in (
        (DCTERMS.title, framework.name),
        (DCTERMS.hasVersion, framework.edition),
        (DCTERMS.publisher, framework.publisher),
        (DCTERMS.rights, framework.attribution),
        (DCTERMS.license, framework.licence),
        (DCTERMS.description, framework.description),
    ):
        if value:
            graph.add((scheme, predicate, Literal(printable(value))))
    for language in framework.languages:
        graph.add((scheme, DCTERMS.language, Literal(language)))
    graph.add((scheme, WORKBENCH.language, Literal(framework.language)))  # the one of these its names are in


def _add_entry(graph: Graph, entry: EntryRecord, iris: dict[Ref, URIRef]) -> None:
    concept = iris[entry.ref]
    scheme = scheme_iri(entry.ref.framework)
    graph.add((concept, RDF.type, SKOS.Concept))
    graph.add((concept, SKOS.inScheme, scheme))
    graph.add((concept, SKOS.notation, Literal(str(entry.ref))))
    graph.add((concept, SKOS.prefLabel, _literal(entry.label, entry.lang)))
    for label in entry.labels:
        predicate = SKOS.prefLabel if label.kind is LabelKind.PREFERRED else SKOS.altLabel
        if (label.text, label.lang) != (entry.label, entry.lang):
            graph.add((concept, predicate, _literal(label.text, label.lang)))
        if label.kind is LabelKind.ABBREVIATION:
            graph.add((concept, WORKBENCH.abbreviation, _literal(label.text, label.lang)))
    if entry.definition:
        graph.add((concept, SKOS.definition, _literal(entry.definition, "en")))
    for lang, text in entry.definitions:
        graph.add((concept, SKOS.definition, _literal(text, lang)))
    for text, heading in ((entry.purpose, "Purpose"), (entry.trigger, "Trigger"), (entry.outcome, "Outcome")):
        if text:
            graph.add((concept, SKOS.scopeNote, _literal(f"{heading}: {text}", "en")))
    if entry.category:
        graph.add((concept, WORKBENCH.category, Literal(printable(entry.category))))
    if entry.kind is not Kind.TERM:
        # Processes and activities are SKOS concepts too; these keep what they are for a re-import.
        graph.add((concept, WORKBENCH.kind, Literal(entry.kind.value)))
        if entry.kind is Kind.ACTIVITY:
            graph.add((concept, WORKBENCH.position, Literal(entry.position)))
    parents = [entry.parent] if entry.parent else []
    broader = [*parents, *entry.broader]
    for parent in broader:
        if parent in iris:
            graph.add((concept, SKOS.broader, iris[parent]))
    for other in entry.related:
        if other in iris:
            graph.add((concept, SKOS.related, iris[other]))
    if not any(parent in iris for parent in broader):
        graph.add((concept, SKOS.topConceptOf, scheme))
        graph.add((scheme, SKOS.hasTopConcept, concept))


def _add_unified(graph: Graph, workspace: Workspace, unified: UnifiedSnapshot, iris: dict[Ref, URIRef]) -> None:
    if not unified.concepts:
        return
    scheme = unified_scheme_iri(workspace)
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, _literal(f"Unified glossary of {workspace.path.stem}", "en")))
    graph.add((scheme, DCTERMS.creator, Literal(f"Framework Harmonisation Workbench {__version__}")))
    sources = sorted({member.ref.framework for concept in unified.concepts for member in concept.members})
    for framework in sources:
        graph.add((scheme, DCTERMS.source, scheme_iri(framework)))
    uids = {concept.uid: URIRef(f"{scheme}{quote(concept.uid, safe=_SAFE_KEY)}") for concept in unified.concepts}
    for concept in unified.concepts:
        node = uids[concept.uid]
        graph.add((node, RDF.type, SKOS.Concept))
        graph.add((node, SKOS.inScheme, scheme))
        graph.add((node, SKOS.prefLabel, _literal(concept.label, "en")))
        if concept.definition:
            graph.add((node, SKOS.definition, _literal(concept.definition, "en")))
        if concept.notes:
            graph.add((node, SKOS.editorialNote, _literal(concept.notes, "en")))
        graph.add((node, WORKBENCH.status, Literal(concept.status)))
        _links(graph, node, SKOS.broader, (uids[uid] for uid in concept.broader if uid in uids))
        _links(graph, node, SKOS.related, (uids[uid] for uid in concept.related if uid in uids))
        if not any(uid in uids for uid in concept.broader):
            graph.add((node, SKOS.topConceptOf, scheme))
            graph.add((scheme, SKOS.hasTopConcept, node))
        for member in concept.members:
            if member.ref in iris:
                graph.add((node, _relation(member.relation), iris[member.ref]))


def _links(graph: Graph, node: URIRef, predicate: URIRef, targets: Iterable[URIRef]) -> None:
    for target in targets:
        graph.add((node, predicate, target))


def export_skos(workspace: Workspace, path: Path, *, progress: Progress | None = None) -> None:
    graph = build_graph(workspace, progress=progress)
    with atomic_path(path) as temporary:
        graph.serialize(destination=str(temporary), format="turtle", encoding="utf-8")
