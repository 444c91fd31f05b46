"""SSSOM TSV: every mapping decision with the metadata block (curie map, licence, mapping set id) in front.

Refs are CURIEs already (`itil4:incident-management`), so each framework key becomes a prefix of the curie map.
"Not a match" decisions are kept as rows with `predicate_modifier: Not`, as SSSOM prescribes for negation.
"""

from __future__ import annotations

import csv
from pathlib import Path

from workbench.exporters.tables import MAPPING_COLUMNS, Progress, mapping_row
from workbench.files import atomic_write
from workbench.text import printable
from workbench.workspace import Workspace

BASE_IRI = "https://w3id.org/framework-workbench/"
LICENSE = "https://w3id.org/sssom/license/unspecified"
"""SSSOM's own placeholder: the workspace does not know the licence of its owner's decisions."""
STANDARD_PREFIXES = {
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "semapv": "https://w3id.org/semapv/vocab/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}


def framework_namespace(key: str) -> str:
    return f"{BASE_IRI}{key}/"


def mapping_set_id(workspace: Workspace) -> str:
    return f"{BASE_IRI}mappings/{workspace.path.stem}"


def _yaml_text(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    text = printable(value).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\n", " ").replace("\r", " ") + '"'


def export_sssom(workspace: Workspace, path: Path, *, progress: Progress | None = None) -> None:
    frameworks = workspace.frameworks()
    mappings = workspace.mappings()
    lines = ["curie_map:"]
    for prefix, iri in STANDARD_PREFIXES.items():
        lines.append(f"  {prefix}: {_yaml_text(iri)}")
    for framework in frameworks:
        lines.append(f"  {framework.key}: {_yaml_text(framework_namespace(framework.key))}")
    lines += [
        f"mapping_set_id: {_yaml_text(mapping_set_id(workspace))}",
        f"mapping_set_description: {_yaml_text('Mapping decisions of workspace ' + workspace.path.name)}",
        f"license: {_yaml_text(LICENSE)}",
        "subject_source_version: " + _yaml_text("; ".join(f"{f.key}: {f.edition}" for f in frameworks)),
    ]
    with atomic_write(path) as stream:
        for line in lines:
            stream.write(f"#{line}\n")
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(MAPPING_COLUMNS)
        for done, mapping in enumerate(mappings, start=1):
            row = mapping_row(mapping)
            writer.writerow(["" if value is None else _one_line(value) for value in row])
            if progress is not None and done % 5000 == 0:
                progress(done, len(mappings))
    if progress is not None:
        progress(len(mappings), len(mappings))


def _one_line(value: str | float | int) -> str | float | int:
    """TSV cells cannot hold tabs or line breaks; SSSOM readers split on them."""
    if isinstance(value, str):
        return printable(value).replace("\t", " ").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return value
