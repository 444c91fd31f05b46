"""Consistency and quality findings about a workspace: its decisions, its unified model and its coverage.

Each `Finding` names where to look: `refs` (framework entries) and `uids` (unified concepts, processes or
activities), so the interface can jump there. Groups of checks:

- conflicts: a pair decided as a match one way and "not a match" the other (`match-and-not-a-match`); a
  "not a match" pair that exact/close decisions join into one concept anyway (`not-a-match-joined`); two entries
  of one framework inside one exact-match concept (`same-framework-in-concept`); broader/narrower decisions
  that go round in a circle (`broader-cycle`); relations that contradict each other for the same pair, directly
  or because the pair is already joined as one concept (`contradictory-relations`); an edited concept that the
  decisions no longer support (`concept-without-members`); broader links inside an imported framework that go
  round in a circle (`entry-broader-cycle`: the source's own hierarchy, not a decision);
- two unified concepts with the same label, until a person merges or renames them (`same-label-concepts`);
- process quality, after the USM requirements for a process (rules in `workbench.unify.naming`):
  `process-named-by-role`, `process-named-by-tool`, `name-not-an-activity`, `process-without-trigger`,
  `process-without-outcome`, `activity-occurs-twice`, `activity-without-process`, `process-without-activities`;
  and each activity once: a framework activity traced, or decided exact/close to entries traced, as the same as
  two different unified activities (`activity-in-two-places`);
- meaning: a decided exact or close pair the matching engine flags as a false friend (`false-friend-decided`);
- coverage: per framework, the entries aligned and reviewed (one definition, in `workbench.coverage`), with the
  entries nobody has reviewed yet listed as refs (`coverage`).
"""

from __future__ import annotations

from workbench.checks.decisions import (
    decision_graph_conflicts,
    direction_conflicts,
    entry_broader_cycles,
    false_friends,
)
from workbench.checks.findings import Finding, Severity
from workbench.checks.model import (
    activities_in_two_places,
    concept_conflicts,
    coverage,
    framework_activities_without_process,
    process_quality,
    same_labels,
)
from workbench.domain import Ref
from workbench.messages import vocabulary
from workbench.workspace import Workspace

__all__ = ["CHECK_NAMES", "Finding", "Severity", "run_checks"]

CHECK_NAMES = {
    "match-and-not-a-match": "Match and not a match",
    "not-a-match-joined": "Not a match, yet joined",
    "same-framework-in-concept": "One framework twice in a concept",
    "broader-cycle": "Broader/narrower circle",
    "contradictory-relations": "Contradictory relations",
    "concept-without-members": "Concept without members",
    "same-label-concepts": "Concepts with the same label",
    "process-named-by-role": "Process named after a role",
    "process-named-by-tool": "Process named after a tool",
    "name-not-an-activity": "Name not an activity",
    "process-without-trigger": "Process without trigger",
    "process-without-outcome": "Process without outcome",
    "process-without-activities": "Process without activities",
    "activity-occurs-twice": "Activity occurs twice",
    "activity-in-two-places": "Activity in two places",
    "activity-without-process": "Activity without process",
    "false-friend-decided": "Decided, but may be false friends",
    "entry-broader-cycle": "Broader links in a circle",
    "coverage": "Coverage",
}
"""Each finding code's name as people read it (the Checks tab, the workbook); `check --json` keeps the code."""
vocabulary("check", CHECK_NAMES)


def run_checks(workspace: Workspace) -> list[Finding]:
    mappings = workspace.mappings()
    snapshot = workspace.unified_snapshot()
    findings = direction_conflicts(mappings)
    findings += decision_graph_conflicts(mappings)
    findings += concept_conflicts(snapshot, mappings)
    findings += same_labels(snapshot, workspace)
    findings += process_quality(snapshot)
    findings += activities_in_two_places(snapshot, mappings, workspace)
    findings += framework_activities_without_process(workspace)
    findings += entry_broader_cycles(workspace)
    findings += coverage(workspace)
    findings += false_friends(workspace)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    unique: dict[tuple[str, frozenset[Ref], tuple[str, ...]], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.code, frozenset(finding.refs), finding.uids), finding)
    return sorted(unique.values(), key=lambda finding: order[finding.severity])
