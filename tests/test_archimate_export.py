"""ArchiMate Open Exchange export of the unified process model, validated against The Open Group's XSDs."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from workbench.catalogue import bundled_framework
from workbench.domain import Kind
from workbench.exporters.archimate_export import NAMESPACE, export_archimate
from workbench.unify import process_model
from workbench.workspace import Workspace

SCHEMAS = Path(__file__).resolve().parent / "data" / "archimate"
"""The Open Group's exchange-format XSDs, kept beside the tests (PROVENANCE.md there) so no clone skips this."""
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
NS = {"a": NAMESPACE}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    # Model.xsd imports xml.xsd by the relative name "xml.xsd", which lies beside it: no network is needed,
    # and network access is switched off so a changed import would fail here instead of fetching.
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "archimate3_Diagram.xsd"), parser))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> etree._ElementTree:
    folder = tmp_path_factory.mktemp("archimate")
    with Workspace.create(folder / "ws.db", [bundled_framework("usm"), bundled_framework("itil4")]) as workspace:
        process_model.start(workspace, "usm")
        snapshot = workspace.unified_snapshot()
        first = snapshot.processes[0]
        itil_process = workspace.entries("itil4", Kind.PROCESS)[0]
        process_model.trace(workspace, itil_process.ref, first.uid, "close")
        out = folder / "model.xml"
        export_archimate(workspace, out)
    return etree.parse(str(out), etree.XMLParser(resolve_entities=False, no_network=True))


def test_the_export_is_valid_against_the_xsds(exported: etree._ElementTree, schema: etree.XMLSchema) -> None:
    if not schema.validate(exported):
        pytest.fail("\n".join(str(error) for error in schema.error_log[:10]))


def test_processes_are_composed_of_activities_and_traced_to_frameworks(exported: etree._ElementTree) -> None:
    root = exported.getroot()
    elements = root.findall("a:elements/a:element", NS)
    assert elements and all(element.get(XSI_TYPE) == "BusinessProcess" for element in elements)
    relationships = root.findall("a:relationships/a:relationship", NS)
    kinds = {relationship.get(XSI_TYPE) for relationship in relationships}
    assert kinds == {"Composition", "Association"}
    definitions = {d.get("identifier"): d.findtext("a:name", namespaces=NS)
                   for d in root.findall("a:propertyDefinitions/a:propertyDefinition", NS)}
    assert definitions["pd-framework"] == "Framework"

    def framework_of(element: etree._Element) -> str | None:
        for prop in element.findall("a:properties/a:property", NS):
            if prop.get("propertyDefinitionRef") == "pd-framework":
                return prop.findtext("a:value", namespaces=NS)
        return None

    by_id = {element.get("identifier"): element for element in elements}
    traced = [r for r in relationships if r.get(XSI_TYPE) == "Association"]
    itil = [r for r in traced if framework_of(by_id[r.get("source")]) == "itil4"]
    assert len(itil) == 1 and itil[0].findtext("a:name", namespaces=NS) == "close"
    assert framework_of(by_id[itil[0].get("target")]) is None  # the unified process itself
    assert any(framework_of(by_id[r.get("source")]) == "usm" for r in traced)
    unified_ids = {e.get("identifier") for e in elements if framework_of(e) is None}
    compositions = [r for r in relationships if r.get(XSI_TYPE) == "Composition"]
    assert any(r.get("source") in unified_ids and r.get("target") in unified_ids for r in compositions)
