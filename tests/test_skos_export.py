"""SKOS export: parse what was written, and import it back with the SKOS importer."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import add_decisions, add_unified
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from workbench.domain import EntryRecord, Kind, Ref
from workbench.exporters.skos_export import entry_iri, export_skos, scheme_iri, unified_scheme_iri
from workbench.importers import ImportFileError, import_file
from workbench.workspace import Workspace


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    path = tmp_path / "empty.db"
    Workspace.create(path).close()
    return path


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


def _comparable(entry: EntryRecord) -> tuple[object, ...]:
    return (entry.kind, entry.label, entry.lang, entry.category, entry.definition, sorted(entry.definitions),
            entry.purpose, entry.trigger, entry.outcome, entry.parent,
            entry.position if entry.kind is Kind.ACTIVITY else 0, sorted(map(str, entry.broader)),
            sorted(map(str, entry.related)), sorted((label.text, label.kind, label.lang) for label in entry.labels))


def test_export_then_import_gives_the_same_frameworks_and_decisions(workspace: Workspace, tmp_path: Path) -> None:
    out, _ = exported(workspace, tmp_path)
    with Workspace.create(tmp_path / "fresh.db") as fresh:
        result = import_file(fresh, out, "skos")
        assert str(result.summary).startswith("glossary.ttl: 2 framework(s) added (alpha, beta)")
        assert any("unified glossary" in str(note) for note in result.notes)  # rebuilt from decisions, not imported
        assert [framework.key for framework in fresh.frameworks()] == ["alpha", "beta"]
        beta = fresh.framework("beta")
        assert (beta.name, beta.edition, beta.licence, beta.language) == (
            workspace.framework("beta").name, "Test edition 2", "CC0", "sv")
        # Every entry as it was: kind, labels (abbreviations too), definitions in each language, steps.
        assert {e.ref: _comparable(e) for e in fresh.entries()} == {e.ref: _comparable(e) for e in workspace.entries()}
        # Decisions come back; "not a match" cannot travel in SKOS (the SSSOM export keeps it).
        assert sorted((str(m.subject), m.predicate.short, str(m.object)) for m in fresh.mappings()) == [
            ("alpha:incident", "exact", "beta:storning"),
            ("alpha:incident-management", "close", "beta:anvandarstod"),
        ]
        # The same file again is a newer edition of both: nothing doubles.
        again = import_file(fresh, out, "skos")
        summary = str(again.summary)
        assert "2 framework(s) updated (alpha, beta)" in summary and "0 mapping(s) added" in summary
        assert len(fresh.mappings()) == 2


def test_one_scheme_of_several_can_be_picked_by_its_key(workspace: Workspace, tmp_path: Path) -> None:
    out, _ = exported(workspace, tmp_path)
    with Workspace.create(tmp_path / "fresh.db") as fresh:
        import_file(fresh, out, "skos", "beta")
        assert [framework.key for framework in fresh.frameworks()] == ["beta"] and fresh.mappings() == []
        with pytest.raises(ImportFileError, match=r"no concept scheme with key 'gamma'; the file holds: alpha, beta"):
            import_file(fresh, out, "skos", "gamma")
        assert [framework.key for framework in fresh.frameworks()] == ["beta"]


def test_a_vocabulary_file_with_several_schemes_gives_one_framework_each(empty_db: Path, tmp_path: Path) -> None:
    vocabulary = tmp_path / "vocabularies.ttl"
    vocabulary.write_text(
        """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix ops: <http://example.org/ops/> .
@prefix dev: <http://example.org/dev#> .
<http://example.org/ops/> a skos:ConceptScheme ; dct:title "Operations words"@en ; dct:hasVersion "3" .
<http://example.org/dev#scheme> a skos:ConceptScheme ; skos:prefLabel "Development words"@en .
ops:outage a skos:Concept ; skos:inScheme <http://example.org/ops/> ; skos:prefLabel "Outage"@en ;
    skos:exactMatch dev:downtime .
dev:downtime a skos:Concept ; skos:topConceptOf <http://example.org/dev#scheme> ; skos:prefLabel "Downtime"@en .
""",
        encoding="utf-8",
    )
    with Workspace.open(empty_db) as workspace:
        result = import_file(workspace, vocabulary, "skos")
        assert str(result.summary) == (
            "vocabularies.ttl: 2 framework(s) added (scheme, ops), 2 entries, 1 mapping(s) added")
        ops = workspace.framework("ops")
        assert (ops.name, ops.edition, ops.origin) == ("Operations words", "3", "skos")
        assert workspace.framework("scheme").name == "Development words"
        [mapping] = workspace.mappings()
        assert (str(mapping.subject), mapping.predicate.short, str(mapping.object)) == (
            "ops:outage", "exact", "scheme:downtime")
