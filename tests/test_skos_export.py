"""SKOS export: parse what was written, and import it back with the SKOS importer."""

from __future__ import annotations

from pathlib import Path

from export_helpers import add_decisions, add_unified
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from workbench.domain import Ref
from workbench.exporters.skos_export import entry_iri, export_skos, scheme_iri, unified_scheme_iri
from workbench.importers.rdf import import_skos
from workbench.workspace import Workspace


def exported(workspace: Workspace, tmp_path: Path) -> tuple[Path, Graph]:
    add_decisions(workspace)
    add_unified(workspace)
    out = tmp_path / "glossary.ttl"
    export_skos(workspace, out)
    graph = Graph()
    graph.parse(out, format="turtle")
    return out, graph


def test_frameworks_and_unified_glossary_are_concept_schemes(workspace: Workspace, tmp_path: Path) -> None:
    _, graph = exported(workspace, tmp_path)
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    assert schemes == {scheme_iri("alpha"), scheme_iri("beta"), unified_scheme_iri(workspace)}
    assert (scheme_iri("beta"), DCTERMS.hasVersion, Literal("Test edition 2")) in graph
    assert (scheme_iri("beta"), DCTERMS.license, Literal("CC0")) in graph
    incident = entry_iri(Ref("alpha", "incident"))
    assert incident == URIRef("https://w3id.org/framework-workbench/alpha/incident")
    assert (incident, SKOS.inScheme, scheme_iri("alpha")) in graph
    storning = entry_iri(Ref("beta", "storning"))
    assert set(graph.objects(storning, SKOS.prefLabel)) == {Literal("Störning", lang="sv"),
                                                            Literal("Disruption", lang="en")}
    sla = entry_iri(Ref("alpha", "service-level-agreement"))
    assert Literal("SLA", lang="en") in set(graph.objects(sla, SKOS.altLabel))
    log = entry_iri(Ref("alpha", "incident-management-log"))
    assert (log, SKOS.broader, entry_iri(Ref("alpha", "incident-management"))) in graph


def test_mappings_are_skos_relations_and_negated_ones_are_left_out(workspace: Workspace, tmp_path: Path) -> None:
    _, graph = exported(workspace, tmp_path)
    incident, storning = entry_iri(Ref("alpha", "incident")), entry_iri(Ref("beta", "storning"))
    assert (incident, SKOS.exactMatch, storning) in graph
    assert (entry_iri(Ref("alpha", "incident-management")), SKOS.closeMatch,
            entry_iri(Ref("beta", "anvandarstod"))) in graph
    sla = entry_iri(Ref("alpha", "service-level-agreement"))
    assert not set(graph.predicate_objects(sla)) & {(p, storning) for p in
                                                     (SKOS.relatedMatch, SKOS.exactMatch, SKOS.closeMatch)}
    unified = URIRef(f"{unified_scheme_iri(workspace)}u-incident")
    assert (unified, SKOS.prefLabel, Literal("Incident", lang="en")) in graph
    assert (unified, SKOS.exactMatch, incident) in graph and (unified, SKOS.closeMatch, storning) in graph


def labels_by_iri(workspace: Workspace) -> dict[str, set[tuple[str, str]]]:
    return {
        str(entry.iri or entry_iri(entry.ref)):
            {(entry.label, entry.lang)} | {(label.text, label.lang) for label in entry.labels}
        for entry in workspace.entries()
    }


def test_export_then_import_gives_the_same_labels(workspace: Workspace, tmp_path: Path) -> None:
    out, graph = exported(workspace, tmp_path)
    with Workspace.create(tmp_path / "fresh.db") as fresh:
        import_skos(fresh, out, "roundtrip")
        back = labels_by_iri(fresh)
    original = labels_by_iri(workspace)
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        if str(concept).startswith(str(unified_scheme_iri(workspace))):
            labels = graph.objects(concept, SKOS.prefLabel)
            original[str(concept)] = {(str(label), getattr(label, "language", None) or "") for label in labels}
    assert back == original
