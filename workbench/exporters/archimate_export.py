"""ArchiMate 3.1 Open Exchange Format: the unified process model, traced to the frameworks' processes.

- Each unified process is a BusinessProcess; its activities are BusinessProcesses too, joined to it by
  Composition relationships (the activity is part of the process, in order).
- Each framework process or activity that a unified element traces to is a BusinessProcess of its own with the
  properties "Framework" (the framework key) and "Reference" (its ref); a framework process is composed of its
  framework activities when both are in the model.
- A trace is an Association from the framework element to the unified element, named by its relation ("exact",
  "close", ...) and carrying it as the property "Relation". Association is used rather than Realization because
  ArchiMate 3.1's relationship table does not allow a business process to realize another business process,
  and Archi rejects relationships the table forbids.
- Property definitions are declared once in the `propertyDefinitions` block, as the schema requires.

Identifiers are `id-` + a digest of what they name, so a re-export gives the same identifiers (Archi merges
on them) and they are always valid XML IDs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from xml.etree import ElementTree

from workbench import __version__
from workbench.domain import Ref
from workbench.exporters.tables import Progress, relation_word
from workbench.files import atomic_path
from workbench.text import printable
from workbench.unified_model import Member
from workbench.workspace import Workspace

NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SCHEMA_LOCATION = f"{NAMESPACE} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"

PROPERTIES = {
    "framework": "Framework",
    "ref": "Reference",
    "relation": "Relation",
    "status": "Status",
    "edition": "Edition",
    "trigger": "Trigger",
    "outcome": "Outcome",
    "generator": "Generator",
}


ElementTree.register_namespace("", NAMESPACE)
ElementTree.register_namespace("xsi", XSI)


def identifier(*parts: str) -> str:
    return "id-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _xml_text(text: str) -> str:
    """Control characters (XML 1.0 cannot hold most of them) are dropped rather than failing the export."""
    return printable(text)


class _ModelWriter:
    def __init__(self, name: str) -> None:
        self.root = ElementTree.Element(_tag("model"))
        self.root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
        self.root.set("identifier", identifier("model", name))
        self._text(self.root, "name", name)
        self.model_properties = ElementTree.Element(_tag("properties"))
        self.elements = ElementTree.Element(_tag("elements"))
        self.relationships = ElementTree.Element(_tag("relationships"))
        self.used_properties: set[str] = set()
        self.element_ids: set[str] = set()
        self.relationship_ids: set[str] = set()

    def _text(self, parent: ElementTree.Element, tag: str, text: str) -> None:
        node = ElementTree.SubElement(parent, _tag(tag))
        node.set(XML_LANG, "en")
        node.text = _xml_text(text)

    def _properties(self, parent: ElementTree.Element, values: dict[str, str]) -> None:
        values = {key: value for key, value in values.items() if value}
        if not values:
            return
        block = ElementTree.SubElement(parent, _tag("properties"))
        for key, value in values.items():
            self.used_properties.add(key)
            prop = ElementTree.SubElement(block, _tag("property"), propertyDefinitionRef=f"pd-{key}")
            self._text(prop, "value", value)

    def element(self, ident: str, name: str, documentation: str, properties: dict[str, str]) -> None:
        if ident in self.element_ids:
            return
        self.element_ids.add(ident)
        node = ElementTree.SubElement(self.elements, _tag("element"), identifier=ident)
        node.set(f"{{{XSI}}}type", "BusinessProcess")
        self._text(node, "name", name or "(unnamed)")
        if documentation:
            self._text(node, "documentation", documentation)
        self._properties(node, properties)

    def relationship(self, kind: str, source: str, target: str, name: str = "",
                     properties: dict[str, str] | None = None) -> None:
        ident = identifier(kind, source, target)
        if ident in self.relationship_ids:
            return
        self.relationship_ids.add(ident)
        node = ElementTree.SubElement(self.relationships, _tag("relationship"),
                                identifier=ident, source=source, target=target)
        node.set(f"{{{XSI}}}type", kind)
        if name:
            self._text(node, "name", name)
        self._properties(node, properties or {})

    def finish(self, documentation: str, model_properties: dict[str, str]) -> ElementTree.Element:
        self._text(self.root, "documentation", documentation)
        self._properties(self.root, model_properties)
        if len(self.elements):
            self.root.append(self.elements)
        if len(self.relationships):
            self.root.append(self.relationships)
        if self.used_properties:
            definitions = ElementTree.SubElement(self.root, _tag("propertyDefinitions"))
            for key, label in PROPERTIES.items():
                if key in self.used_properties:
                    definition = ElementTree.SubElement(definitions, _tag("propertyDefinition"),
                                                  identifier=f"pd-{key}", type="string")
                    self._text(definition, "name", label)
        return self.root


def build_model(workspace: Workspace, *, progress: Progress | None = None) -> ElementTree.Element:
    unified = workspace.unified_snapshot()
    entries = {entry.ref: entry for entry in workspace.entries()}
    editions = {framework.key: framework.edition for framework in workspace.frameworks()}
    writer = _ModelWriter(f"Unified process model ({workspace.path.stem})")

    def framework_element(ref: Ref) -> str | None:
        entry = entries.get(ref)
        if entry is None:
            return None
        ident = identifier("entry", str(ref))
        # The framework in the name too: in Archi's model tree the unified "Agree" and USM's "Agree" differ.
        writer.element(ident, f"{entry.label} ({ref.framework})", entry.definition,
                       {"framework": ref.framework, "ref": str(ref), "edition": editions.get(ref.framework, ""),
                        "trigger": entry.trigger, "outcome": entry.outcome})
        return ident

    def trace(members: tuple[Member, ...], target: str) -> None:
        for member in members:
            source = framework_element(member.ref)
            if source is not None:
                word = relation_word(member.relation)
                writer.relationship("Association", source, target, word, {"relation": word})

    for done, process in enumerate(unified.processes, start=1):
        process_id = identifier("unified-process", process.uid)
        writer.element(process_id, process.label, process.description,
                       {"status": process.status, "trigger": process.trigger, "outcome": process.outcome})
        trace(process.traces, process_id)
        for activity in process.activities:
            activity_id = identifier("unified-activity", activity.uid)
            writer.element(activity_id, activity.label, activity.description, {})
            writer.relationship("Composition", process_id, activity_id)
            trace(activity.traces, activity_id)
        if progress is not None:
            progress(done, len(unified.processes))
    # A framework's own structure, where both ends are in the model: its process is composed of its activities.
    for ref, entry in entries.items():
        if entry.parent is not None:
            child, parent = identifier("entry", str(ref)), identifier("entry", str(entry.parent))
            if child in writer.element_ids and parent in writer.element_ids:
                writer.relationship("Composition", parent, child)
    frameworks = ", ".join(f"{key} {edition}".strip() for key, edition in editions.items())
    return writer.finish(
        f"The unified process model of workspace {workspace.path.name}, traced to the processes and activities "
        f"of the frameworks it harmonises ({frameworks}).",
        {"generator": f"Framework Harmonisation Workbench {__version__}"},
    )


def export_archimate(workspace: Workspace, path: Path, *, progress: Progress | None = None) -> None:
    root = build_model(workspace, progress=progress)
    ElementTree.indent(root)
    data = ElementTree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)
