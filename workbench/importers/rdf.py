"""Import of OWL ontologies and SKOS vocabularies as frameworks, so the matcher can be run on them (and scored
against public reference alignments).

OWL: named classes, object properties and datatype properties become entries; SKOS: concepts do. Labels come
from rdfs:label / skos:prefLabel / skos:altLabel (and OBO synonyms) with their language tags, else from the
local name split into words. An entry's key is its IRI's local name, or the full IRI where local names clash.

Parsing is local only: the file is read from disk and handed to rdflib as a stream, owl:imports are never
followed, and only formats that cannot pull remote documents (RDF/XML, Turtle, N-Triples, N3, TriG) are used.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from workbench.domain import EntryData, FrameworkData, Kind, Label, LabelKind, is_language_tag
from workbench.errors import WorkbenchError
from workbench.importers import ImportFileError, ImportResult, framework_key, replace_edition
from workbench.importers import problems as wrong
from workbench.importers.limits import MAX_RDF_BYTES, cleaned, framework_problems
from workbench.importers.xml_guard import XMLRefusedError, check_xml
from workbench.matching.profiles import PROPERTY_CATEGORY
from workbench.messages import Template, Word
from workbench.text import printable
from workbench.workspace import Workspace

IMPORTED = Template("import.ontology", "imported {key} from {file}: {count} entries ({detail})")
COUNTED = Template("import.counted", "{count} {category}")

OBO = Namespace("http://www.geneontology.org/formats/oboInOwl#")
WORKBENCH = Namespace("https://w3id.org/framework-workbench/")
"""This tool's own terms in its SKOS export (`workbench:kind`, `workbench:category`, `workbench:position`,
`workbench:abbreviation`, `workbench:language`)."""
_SYNONYMS = (OBO.hasExactSynonym, OBO.hasRelatedSynonym, OBO.hasBroadSynonym, OBO.hasNarrowSynonym, OBO.hasSynonym)
_FORMATS = {".ttl": "turtle", ".nt": "nt", ".n3": "n3", ".trig": "trig", ".owl": "xml", ".rdf": "xml", ".xml": "xml"}
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
TOO_LARGE = Template("import.file-too-large", "the file is {size} MB; at most {limit} MB are read")


def import_owl(workspace: Workspace, path: Path, framework: str | None) -> ImportResult:
    return _import(workspace, path, framework, "owl")


def import_skos(workspace: Workspace, path: Path, framework: str | None) -> ImportResult:
    return _import(workspace, path, framework, "skos")


def _import(workspace: Workspace, path: Path, framework: str | None, flavour: str) -> ImportResult:
    graph = _parse(path)
    if flavour == "skos":
        from workbench.importers.skos_schemes import read_schemes, store_schemes

        schemes = read_schemes(graph, path, framework)
        if schemes is not None:
            return store_schemes(workspace, schemes, path.name)
    data = read_framework(graph, path, framework, flavour)
    if data.key in {record.key for record in workspace.frameworks()}:
        return replace_edition(workspace, data, path.name)
    workspace.add_framework(data)
    counts = Counter(entry.category for entry in data.entries)
    detail = tuple(COUNTED(count=count, category=Word("category", category))
                   for category, count in sorted(counts.items()))
    return ImportResult(IMPORTED(key=data.key, file=path.name, count=len(data.entries), detail=detail))


def _parse(path: Path) -> Graph:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_RDF_BYTES:
            raise ImportFileError(str(path), [TOO_LARGE(size=size // 2**20, limit=MAX_RDF_BYTES // 2**20)])
        head = path.read_bytes()[:512].lstrip()
    except OSError as error:
        raise WorkbenchError(wrong.CANNOT_READ_FILE(path=str(path), reason=error.strerror or str(error))) from error
    format = _FORMATS.get(suffix) or ("xml" if head.startswith(b"<") else "turtle")
    if format == "xml":
        try:
            check_xml(path)
        except XMLRefusedError as refused:
            raise ImportFileError(str(path), [refused.message]) from refused
    graph = Graph()
    try:
        with path.open("rb") as stream:
            # A stream, not a path or URL: rdflib then has nothing to fetch, and owl:imports is just a triple.
            graph.parse(source=stream, format=format, publicID=path.resolve().as_uri())
    except Exception as error:  # rdflib raises many unrelated types for broken input
        message = " ".join(str(error).split())[:200] or type(error).__name__
        raise ImportFileError(str(path), [wrong.NOT_RDF(format=format, detail=message)]) from error
    return graph


def local_name(iri: str) -> str:
    for separator in ("#", "/", ":"):
        if separator in iri:
            tail = iri.rsplit(separator, 1)[1]
            if tail:
                return tail
    return iri


def words_of(name: str) -> str:
    """"Conference_volume" -> "Conference volume", "hasAuthor" -> "has Author"."""
    return " ".join(_CAMEL.sub(" ", name.replace("_", " ").replace("-", " ")).split())


def _text(graph: Graph, node: Node) -> tuple[str, str] | None:
    """(text, language) of a literal, or of the rdfs:label of a resource (OBO keeps synonyms that way)."""
    if isinstance(node, Literal):
        text = " ".join(printable(str(node)).split())
        return (text, node.language or "") if text else None
    if isinstance(node, URIRef | BNode):
        for label in graph.objects(node, RDFS.label):
            return _text(graph, label)
    return None


_META = (str(OWL), str(RDF), str(RDFS), str(SKOS), str(OBO))


def _is_meta(iri: URIRef) -> bool:
    """Classes of the modelling vocabularies themselves (owl:Thing, oboInOwl:ObsoleteClass) are not content."""
    return str(iri).startswith(_META)


def _entities(graph: Graph, flavour: str) -> dict[URIRef, str]:
    """Entity IRI -> category, in a stable order."""
    found: dict[URIRef, str] = {}
    types = (
        [(OWL.Class, "concept"), (RDFS.Class, "concept"), (OWL.ObjectProperty, PROPERTY_CATEGORY),
         (OWL.DatatypeProperty, PROPERTY_CATEGORY)]
        if flavour == "owl"
        else [(SKOS.Concept, "concept")]
    )
    for rdf_type, category in types:
        for subject in sorted(graph.subjects(RDF.type, rdf_type), key=str):
            if isinstance(subject, URIRef) and subject not in found and not _is_meta(subject):
                found[subject] = category
    return found


def read_framework(
    graph: Graph,
    path: Path,
    framework: str | None,
    flavour: str,
    members: set[URIRef] | None = None,
    scheme: URIRef | None = None,
) -> FrameworkData:
    """One framework from the whole graph, or from the concepts in `members` (of `scheme`, one of several)."""
    entities = _entities(graph, flavour)
    if members is not None:
        entities = {iri: category for iri, category in entities.items() if iri in members}
    if not entities:
        wanted = "owl:Class or property" if flavour == "owl" else "skos:Concept"
        raise ImportFileError(str(path), [wrong.NOTHING_FOUND(wanted=wanted)])
    names = Counter(local_name(str(iri)) for iri in entities)
    keys = {iri: (local_name(str(iri)) if names[local_name(str(iri))] == 1 else str(iri)) for iri in entities}

    raw: dict[URIRef, dict[str, list[tuple[str, str]]]] = {}
    languages: Counter[str] = Counter()
    for iri in entities:
        texts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for kind, predicates in (
            ("pref", (SKOS.prefLabel, RDFS.label)),
            ("alt", (SKOS.altLabel, *_SYNONYMS)),
            ("definition", (SKOS.definition, RDFS.comment, OBO.hasDefinition)),
        ):
            for predicate in predicates:
                for node in graph.objects(iri, predicate):
                    found = _text(graph, node)
                    if found is not None and found not in texts[kind]:
                        texts[kind].append(found)
        raw[iri] = texts
        languages.update(lang.lower() for _, lang in texts["pref"] if lang)
    language = _declared_language(graph, scheme) or (languages.most_common(1)[0][0] if languages else "en")
    if not is_language_tag(language):
        language = "en"

    kinds = {iri: _kind(graph, iri) for iri in entities}
    entries = []
    for position, (iri, category) in enumerate(entities.items()):
        texts = raw[iri]
        preferred = [text for text, lang in texts["pref"] if lang.lower() in ("", language)]
        label = preferred[0] if preferred else words_of(local_name(str(iri)))
        labels: list[Label] = []
        seen = {(label, language)}
        abbreviations = {
            (found[0], found[1].lower() or language)
            for node in graph.objects(iri, WORKBENCH.abbreviation) if (found := _text(graph, node)) is not None
        }
        for kind, label_kind in (("pref", LabelKind.PREFERRED), ("alt", LabelKind.ALTERNATIVE)):
            for text, lang in texts[kind]:
                lang = lang.lower() if lang and is_language_tag(lang.lower()) else language
                # Extra preferred labels in the entry's own language are alternatives, as in SKOS.
                chosen = LabelKind.ALTERNATIVE if label_kind is LabelKind.PREFERRED and lang == language else label_kind
                if chosen is LabelKind.ALTERNATIVE and (text, lang) in abbreviations:
                    chosen = LabelKind.ABBREVIATION
                if (text, lang) not in seen:
                    seen.add((text, lang))
                    labels.append(Label(text, chosen, lang))
        definitions = texts["definition"]
        # The definition is the English one (or the only one); others are kept with their language.
        english = [text for text, lang in definitions if lang.lower() in ("", "en")]
        english += [text for text, lang in definitions if lang.lower() == language]
        others = {lang.lower(): text for text, lang in reversed(definitions) if lang.lower() not in ("", "en")}
        if not any(lang.lower() in ("", "en") for _, lang in definitions):
            others.pop(language, None)
        notes = _scope_notes(graph, iri)
        broader = {
            keys[parent]
            for predicate in (RDFS.subClassOf, RDFS.subPropertyOf, SKOS.broader)
            for parent in graph.objects(iri, predicate)
            if isinstance(parent, URIRef) and parent in keys and parent != iri
        }
        broader |= {keys[whole] for whole in _wholes(graph, iri) if whole in keys}
        broader |= {
            keys[parent]
            for parent in graph.subjects(SKOS.narrower, iri)
            if isinstance(parent, URIRef) and parent in keys
        }
        related = {
            keys[other] for other in graph.objects(iri, SKOS.related) if isinstance(other, URIRef) and other in keys
        } - {keys[iri]}
        # The classes a property links, so the matcher can check that two properties with alike names also
        # connect corresponding classes, and in the same direction.
        domains, ranges = (
            tuple(sorted({keys[cls] for cls in _named_classes(graph, iri, side) if cls in keys and cls != iri}))
            if category == PROPERTY_CATEGORY else ()
            for side in (RDFS.domain, RDFS.range)
        )
        kind, parent = kinds[iri], None
        if kind is Kind.ACTIVITY:
            # An activity is a step of the process it is narrower than; without one it is read as a term.
            processes = sorted(
                keys[other] for other in graph.objects(iri, SKOS.broader)
                if isinstance(other, URIRef) and kinds.get(other) is Kind.PROCESS
            )
            parent = processes[0] if processes else None
            kind = kind if parent else Kind.TERM
        entries.append(
            EntryData(
                key=keys[iri],
                kind=kind,
                label=label,
                lang=language,
                definition=english[0] if english else "",
                definitions=tuple(sorted((lang, text) for lang, text in others.items() if is_language_tag(lang))),
                category=_category(graph, iri) or category,
                labels=tuple(labels),
                purpose=notes.get("purpose", ""),
                trigger=notes.get("trigger", ""),
                outcome=notes.get("outcome", ""),
                parent=parent,
                broader=tuple(sorted(broader - {keys[iri], *([parent] if parent else [])})),
                related=tuple(sorted(related)),
                domains=domains,
                ranges=ranges,
                position=_position(graph, iri) if parent else position,
                iri=str(iri),
            )
        )
    key = framework_key(path, framework)
    data = cleaned(FrameworkData(
        key=key,
        name=_ontology_title(graph) or path.stem,
        language=language,
        languages=(language, *sorted({lab.lang for e in entries for lab in e.labels} - {language})),
        description=f"Imported from {path.name}",
        origin=flavour,
        entries=tuple(entries),
    ))
    problems = framework_problems(data)
    if problems:
        raise ImportFileError(str(path), problems)
    return data


def _declared_language(graph: Graph, scheme: URIRef | None = None) -> str:
    """The language a framework exported by this tool is written in (`workbench:language` on its scheme)."""
    for value in graph.objects(scheme, WORKBENCH.language):
        if isinstance(value, Literal) and is_language_tag(str(value)):
            return str(value)
    return ""


def _kind(graph: Graph, iri: URIRef) -> Kind:
    """What a concept is: a term unless it says it is a process or activity (as the SKOS export writes)."""
    for value in graph.objects(iri, WORKBENCH.kind):
        try:
            return Kind(str(value))
        except ValueError:
            continue
    return Kind.TERM


def _category(graph: Graph, iri: URIRef) -> str:
    for value in graph.objects(iri, WORKBENCH.category):
        if isinstance(value, Literal) and str(value).strip():
            return str(value).strip()[:32]
    return ""


def _position(graph: Graph, iri: URIRef) -> int:
    for value in graph.objects(iri, WORKBENCH.position):
        if isinstance(value, Literal) and str(value).isdigit():
            return int(str(value))
    return 0


_NOTE_FIELDS = ("purpose", "trigger", "outcome")


def _scope_notes(graph: Graph, iri: URIRef) -> dict[str, str]:
    """Purpose, trigger and outcome from scope notes written "Purpose: ...", as the SKOS export writes them."""
    found: dict[str, str] = {}
    for value in graph.objects(iri, SKOS.scopeNote):
        heading, separator, text = str(value).partition(": ")
        field = heading.strip().casefold()
        if separator and field in _NOTE_FIELDS and text.strip() and field not in found:
            found[field] = " ".join(text.split())
    return found


def _named_classes(graph: Graph, iri: URIRef, predicate: URIRef) -> list[URIRef]:
    """Named classes of `predicate` (rdfs:domain or rdfs:range), including the members of an owl:unionOf."""
    found: list[URIRef] = []
    for value in graph.objects(iri, predicate):
        if isinstance(value, URIRef):
            found.append(value)
        elif isinstance(value, BNode):
            members = graph.value(value, OWL.unionOf)
            if members is not None:
                found.extend(item for item in graph.items(members) if isinstance(item, URIRef))
    return found


def _wholes(graph: Graph, iri: URIRef) -> list[URIRef]:
    """`subClassOf (part_of some X)`: the OBO way to say what a class is part of, a partitive broader concept."""
    found = []
    for restriction in graph.objects(iri, RDFS.subClassOf):
        if not isinstance(restriction, BNode):
            continue
        prop = graph.value(restriction, OWL.onProperty)
        whole = graph.value(restriction, OWL.someValuesFrom)
        if isinstance(prop, URIRef) and isinstance(whole, URIRef) and "part_of" in local_name(str(prop)).lower():
            found.append(whole)
    return found


def _ontology_title(graph: Graph) -> str:
    for ontology in graph.subjects(RDF.type, OWL.Ontology):
        for predicate in (RDFS.label, URIRef("http://purl.org/dc/elements/1.1/title"),
                          URIRef("http://purl.org/dc/terms/title")):
            for value in graph.objects(ontology, predicate):
                if isinstance(value, Literal) and str(value).strip():
                    return str(value).strip()
    for scheme in graph.subjects(RDF.type, SKOS.ConceptScheme):
        for value in graph.objects(scheme, SKOS.prefLabel):
            if isinstance(value, Literal) and str(value).strip():
                return str(value).strip()
    return ""
