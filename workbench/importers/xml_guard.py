"""A fast first pass over an RDF/XML or OWL file, before rdflib reads it, refusing what would hang or exhaust it.

rdflib's RDF/XML reader appends every piece of text the XML parser hands it to the text read so far, which
costs time in the square of the number of pieces: a 1 KB "billion laughs" file (entities nested nine deep) or
a literal written as a million character references keeps it busy for minutes. expat itself is fast, so it
reads the file first:

- entity declarations: internal ones only (no external or parameter entities), at most MAX_ENTITIES, each
  expanding to at most MAX_ENTITY_TEXT characters; a file that declares worse is refused before any text is
  expanded. Ontologies use entities as short IRI abbreviations (`&owl;`), far below these limits;
- text: no run of text between two tags longer than MAX_TEXT characters, and no more text in all than the
  largest file read (MAX_RDF_BYTES): entities used many times could otherwise multiply a small file's text.

A file that is not well-formed XML is left to rdflib, whose error names the problem.

Refusals name the line. The whole pass over the 3.4 MB Anatomy ontology takes about 0.1 s.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat

from workbench.importers.limits import MAX_RDF_BYTES, MAX_TEXT
from workbench.messages import Message, Template

MAX_ENTITIES = 1_000
MAX_ENTITY_TEXT = 10_000

EXTERNAL_ENTITY = Template(
    "xml.external-entity", "line {line}: declares the external entity {name}; files that do are not read"
)
PARAMETER_ENTITY = Template(
    "xml.parameter-entity", "line {line}: declares the parameter entity {name}; files that do are not read"
)
TOO_MANY_ENTITIES = Template("xml.too-many-entities", "line {line}: declares more than {limit} entities")
ENTITY_TOO_LARGE = Template(
    "xml.entity-too-large",
    "line {line}: entity {name} expands to more than {limit} characters (nested entities: an XML bomb?)",
)
ENTITY_LOOP = Template("xml.entity-loop", "line {line}: entity {name} refers to itself")
TEXT_TOO_LONG = Template(
    "xml.text-too-long", "line {line}: a text of more than {limit} characters; at most {limit} are read"
)
TOO_MUCH_TEXT = Template(
    "xml.too-much-text", "line {line}: the file's text expands to more than {limit} characters (entities?)"
)

_REFERENCE = re.compile(r"&([^;&\s]+);")
_PREDEFINED = {"lt", "gt", "amp", "apos", "quot"}
_CHUNK = 1 << 16


class XMLRefusedError(Exception):
    """The file is refused; `message` says where and why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _expanded_sizes(entities: dict[str, tuple[str, int]]) -> None:
    """Raise if an entity expands beyond MAX_ENTITY_TEXT characters or refers to itself."""
    sizes: dict[str, int] = {}

    def size(name: str, trail: tuple[str, ...]) -> int:
        if name in sizes:
            return sizes[name]
        value, line = entities[name]
        if name in trail:
            raise XMLRefusedError(ENTITY_LOOP(line=line, name=name))
        total = len(_REFERENCE.sub("", value))
        for reference in _REFERENCE.findall(value):
            if reference in entities:
                total += size(reference, (*trail, name))
            elif reference in _PREDEFINED or reference.startswith("#"):
                total += 1
            if total > MAX_ENTITY_TEXT:
                raise XMLRefusedError(ENTITY_TOO_LARGE(line=line, name=name, limit=MAX_ENTITY_TEXT))
        sizes[name] = total
        return total

    for name, (_, line) in entities.items():
        if size(name, ()) > MAX_ENTITY_TEXT:
            raise XMLRefusedError(ENTITY_TOO_LARGE(line=line, name=name, limit=MAX_ENTITY_TEXT))


def check_xml(path: Path) -> None:
    """Read `path` once with expat; raise XMLRefusedError for anything listed in the module's description."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.buffer_size = _CHUNK
    entities: dict[str, tuple[str, int]] = {}  # name -> (value, line declared)
    text = [0, 0]  # characters since the last tag, characters in all

    def entity(name: str, is_parameter: int, value: str | None, *_rest: object) -> None:
        line = parser.CurrentLineNumber
        if is_parameter:
            raise XMLRefusedError(PARAMETER_ENTITY(line=line, name=name))
        if value is None:
            raise XMLRefusedError(EXTERNAL_ENTITY(line=line, name=name))
        entities[name] = (value, line)
        if len(entities) > MAX_ENTITIES:
            raise XMLRefusedError(TOO_MANY_ENTITIES(line=line, limit=MAX_ENTITIES))

    def doctype_end() -> None:
        # Before any content: no entity is expanded until all of them are known to be small.
        _expanded_sizes(entities)

    def characters(data: str) -> None:
        text[0] += len(data)
        text[1] += len(data)
        if text[0] > MAX_TEXT:
            raise XMLRefusedError(TEXT_TOO_LONG(line=parser.CurrentLineNumber, limit=MAX_TEXT))
        if text[1] > MAX_RDF_BYTES:
            raise XMLRefusedError(TOO_MUCH_TEXT(line=parser.CurrentLineNumber, limit=MAX_RDF_BYTES))

    def boundary(*_args: object) -> None:
        text[0] = 0

    parser.EntityDeclHandler = entity
    parser.EndDoctypeDeclHandler = doctype_end
    parser.CharacterDataHandler = characters
    parser.StartElementHandler = boundary
    parser.EndElementHandler = boundary
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError:
        return
