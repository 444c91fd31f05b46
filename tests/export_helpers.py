"""Shared set-up for the export and import tests: a workspace with decisions and a small unified model.

The unified model is written straight into its tables here because the engine that builds it (`workbench.unify`)
is developed separately; the exporters only read it through `Workspace.unified_snapshot()`.
"""

from __future__ import annotations

from sqlalchemy import select

from workbench.domain import Ref
from workbench.store.models import (
    Entry,
    Framework,
    UnifiedActivity,
    UnifiedConcept,
    UnifiedConceptMember,
    UnifiedProcess,
    UnifiedTrace,
)
from workbench.workspace import Workspace


def entry_id(workspace: Workspace, ref: str) -> int:
    parsed = Ref.parse(ref)
    with workspace.transaction() as session:
        found = session.scalar(
            select(Entry.id).join(Framework).where(Framework.key == parsed.framework, Entry.key == parsed.key)
        )
        assert found is not None, ref
        return found


def add_decisions(workspace: Workspace) -> None:
    workspace.add_mapping("alpha:incident", "exact", "beta:storning", comment="both stop normal work")
    workspace.add_mapping("alpha:incident-management", "close", "beta:anvandarstod", confidence=0.8)
    workspace.add_mapping("alpha:service-level-agreement", "related", "beta:storning", negated=True,
                          comment="=HYPERLINK(\"http://evil\") looks like a formula")


def add_unified(workspace: Workspace) -> None:
    members = {
        "incident": [("alpha:incident", "exact"), ("beta:storning", "close")],
        "sla": [("alpha:service-level-agreement", "exact")],
    }
    process_traces = [("alpha:incident-management", "exact"), ("beta:anvandarstod", "broader")]
    activity_traces = [("alpha:incident-management-log", "exact"), ("beta:anvandarstod-ta-emot", "close")]
    ids = {ref: entry_id(workspace, ref) for refs in members.values() for ref, _ in refs}
    ids |= {ref: entry_id(workspace, ref) for ref, _ in process_traces + activity_traces}
    with workspace.transaction() as session:
        incident = UnifiedConcept(uid="u-incident", label="Incident", status="agreed",
                                  definition="An unplanned interruption of a service or a drop in its quality.")
        sla = UnifiedConcept(uid="u-sla", label="+Service level agreement", status="draft",
                             definition="@An agreement on the levels of service to be delivered.")
        session.add_all([incident, sla])
        process = UnifiedProcess(uid="p-restore", label="Restore service", description="Bring a service back.",
                                 trigger="A disruption is reported.", outcome="The service works again.")
        session.add(process)
        session.flush()
        activity = UnifiedActivity(uid="a-log", process_id=process.id, label="Record the disruption",
                                   description="Note what happened and who reported it.", position=1)
        session.add(activity)
        session.flush()
        for concept, key in ((incident, "incident"), (sla, "sla")):
            for ref, relation in members[key]:
                session.add(UnifiedConceptMember(concept_id=concept.id, entry_id=ids[ref], relation=relation))
        for ref, relation in process_traces:
            session.add(UnifiedTrace(process_id=process.id, entry_id=ids[ref], relation=relation))
        for ref, relation in activity_traces:
            session.add(UnifiedTrace(activity_id=activity.id, entry_id=ids[ref], relation=relation))
