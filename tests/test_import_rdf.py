"""Import of OWL and SKOS files as frameworks (tiny hand-written files in tests/data)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.domain import LabelKind, Ref
from workbench.errors import WorkbenchError
from workbench.importers import import_file
from workbench.workspace import Workspace

DATA = Path(__file__).parent / "data"


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.create(tmp_path / "ws.db") as workspace:
        yield workspace


def test_owl_classes_and_properties_become_entries(empty: Workspace) -> None:
    result = import_file(empty, DATA / "tiny.owl", "owl")
    assert str(result.summary).startswith("imported tiny from tiny.owl: 6 entries")
    framework = empty.framework("tiny")
    assert framework.origin == "owl" and framework.name == "Tiny conference ontology"
    paper = empty.entry("tiny:Paper")
    assert paper.label == "Paper" and paper.definition == "A written work submitted to a conference."
    assert ("Contribution", LabelKind.ALTERNATIVE, "en") in [(lab.text, lab.kind, lab.lang) for lab in paper.labels]
    assert ("Artikel", LabelKind.PREFERRED, "de") in [(lab.text, lab.kind, lab.lang) for lab in paper.labels]
    assert paper.iri == "http://example.org/tiny#Paper"
    accepted = empty.entry("tiny:AcceptedPaper")
    assert accepted.label == "Accepted Paper" and accepted.broader == (Ref("tiny", "Paper"),)
    assert empty.entry("tiny:Review_form").label == "Review form"
    assert empty.entry("tiny:hasAuthor").category == "property"
    # A property keeps the classes it links, for the matcher's domain/range check.
    has_author = empty.entry("tiny:hasAuthor")
    assert has_author.domains == (Ref("tiny", "Paper"),) and has_author.related == ()
    # Two entities share the local name "title": both keep their full IRI as key.
    assert empty.entry("tiny:http://example.org/tiny#title").category == "property"
    assert empty.entry("tiny:http://example.org/other#title").category == "concept"


def test_a_property_keeps_its_domain_and_range_classes_apart(empty: Workspace, tmp_path: Path) -> None:
    ontology = tmp_path / "reviews.ttl"
    ontology.write_text(
        """@prefix : <http://example.org/reviews#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Paper a owl:Class . :Reviewer a owl:Class . :Chair a owl:Class .
:reviewedBy a owl:ObjectProperty ; rdfs:domain :Paper ; rdfs:range [ owl:unionOf ( :Reviewer :Chair ) ] .
""",
        encoding="utf-8",
    )
    import_file(empty, ontology, "owl")
    reviewed_by = empty.entry("reviews:reviewedBy")
    assert reviewed_by.domains == (Ref("reviews", "Paper"),)
    assert reviewed_by.ranges == (Ref("reviews", "Chair"), Ref("reviews", "Reviewer"))


def test_skos_concepts_with_languages_broader_and_related(empty: Workspace) -> None:
    import_file(empty, DATA / "tiny-skos.ttl", "skos", "ops")
    handling = empty.entry("ops:incident-handling")
    assert handling.label == "Incident handling" and handling.lang == "en"
    assert handling.alt_labels == ("Incident response",)
    assert ("Incidenthantering", "sv") in [(lab.text, lab.lang) for lab in handling.labels]
    assert handling.definition.startswith("Restoring normal service")
    assert empty.entry("ops:major-incident").broader == (Ref("ops", "incident-handling"),)
    assert empty.entry("ops:SLA").related == (Ref("ops", "incident-handling"),)
    assert empty.framework("ops").name == "Tiny operations vocabulary"


def test_broken_rdf_is_refused_naming_the_file_and_changes_nothing(empty: Workspace) -> None:
    import_file(empty, DATA / "tiny-skos.ttl", "skos", "ops")
    before = [(e.ref, e.label) for e in empty.entries()], [f.key for f in empty.frameworks()]
    with pytest.raises(WorkbenchError) as raised:
        import_file(empty, DATA / "broken.owl", "owl")
    assert "broken.owl" in str(raised.value) and "\n" not in str(raised.value)
    assert ([(e.ref, e.label) for e in empty.entries()], [f.key for f in empty.frameworks()]) == before


def test_a_file_without_concepts_is_refused(empty: Workspace, tmp_path: Path) -> None:
    nothing = tmp_path / "nothing.ttl"
    nothing.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", encoding="utf-8")
    with pytest.raises(WorkbenchError, match=r"nothing\.ttl: no skos:Concept found"):
        import_file(empty, nothing, "skos")
    assert empty.frameworks() == []


def test_a_newer_edition_of_a_vocabulary_replaces_it_and_keeps_decisions_on_remaining_concepts(
    empty: Workspace, tmp_path: Path
) -> None:
    import_file(empty, DATA / "tiny-skos.ttl", "skos", "ops")
    import_file(empty, DATA / "tiny.owl", "owl")
    empty.add_mapping("ops:incident-handling", "close", "tiny:Paper", comment="kept")
    empty.add_mapping("ops:major-incident", "related", "tiny:Paper")
    newer = tmp_path / "ops-2.ttl"
    newer.write_text(
        (DATA / "tiny-skos.ttl").read_text(encoding="utf-8").replace(
            '"Restoring normal service after an unplanned interruption."@en',
            '"Getting an interrupted service back to normal."@en',
        ).split("ex:major-incident a skos:Concept")[0]
        + 'ex:problem a skos:Concept ; skos:prefLabel "Problem"@en .\n',
        encoding="utf-8",
    )
    result = import_file(empty, newer, "skos", "ops")
    assert str(result.summary) == (
        "ops-2.ttl: updated framework 'ops': 1 entries kept (with their mappings), 1 added, 2 removed")
    assert "entry ops:major-incident is not in the new edition and was removed" in map(str, result.notes)
    assert "decision removed with it: ops:major-incident skos:relatedMatch tiny:Paper" in map(str, result.notes)
    assert empty.entry("ops:incident-handling").definition == "Getting an interrupted service back to normal."
    assert [(str(m.subject), m.comment) for m in empty.mappings()] == [("ops:incident-handling", "kept")]
    assert empty.entry("ops:problem").label == "Problem"


def test_owl_imports_and_remote_resources_are_never_fetched(empty: Workspace, monkeypatch) -> None:
    import socket
    import urllib.request

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the importer tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    import_file(empty, DATA / "tiny.owl", "owl")
    import_file(empty, DATA / "tiny-skos.ttl", "skos")
    assert {f.key for f in empty.frameworks()} == {"tiny", "tiny-skos"}
