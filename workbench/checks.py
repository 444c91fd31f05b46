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
- process quality, after the USM requirements for a process (rules in `workbench.unify.naming`):
  `process-named-by-role`, `process-named-by-tool`, `name-not-an-activity`, `process-without-trigger`,
  `process-without-outcome`, `activity-occurs-twice`, `activity-without-process`, `process-without-activities`;
- coverage: per framework, the share of entries that are mapped, placed in the unified model or excluded on
  purpose, with the rest listed as refs (`coverage`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import aliased

from workbench.domain import Kind, MappingRecord, Predicate, Ref
from workbench.graphs import cycles
from workbench.messages import Template
from workbench.store.models import Entry, EntryExclusion, EntryLink, Framework
from workbench.unified_model import UnifiedSnapshot
from workbench.unify.naming import names_a_role, names_a_tool, normalise, reads_as_activity
from workbench.workspace import Workspace

ENTRY_BROADER_CYCLE = Template(
    "check.entry-broader-cycle",
    "{framework}: broader links between its own entries go round in a circle through {count} entries: {refs}",
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    refs: tuple[Ref, ...] = ()
    uids: tuple[str, ...] = ()
    """Unified concepts, processes or activities the finding is about."""

    def as_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "refs": [str(ref) for ref in self.refs],
            "uids": list(self.uids),
        }


def run_checks(workspace: Workspace) -> list[Finding]:
    mappings = workspace.mappings()
    snapshot = workspace.unified_snapshot()
    findings = _direction_conflicts(mappings)
    findings += _decision_graph_conflicts(mappings)
    findings += _concept_conflicts(snapshot, mappings)
    findings += _process_quality(snapshot)
    findings += _framework_activities_without_process(workspace)
    findings += _entry_broader_cycles(workspace)
    findings += _coverage(workspace, mappings, snapshot)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    unique: dict[tuple[str, frozenset[Ref], tuple[str, ...]], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.code, frozenset(finding.refs), finding.uids), finding)
    return sorted(unique.values(), key=lambda finding: order[finding.severity])


# --- conflicts ------------------------------------------------------------------------------------------------


def _direction_conflicts(mappings: list[MappingRecord]) -> list[Finding]:
    """A pair decided once in each direction must say the same thing both ways."""
    by_pair = {(m.subject, m.object): m for m in mappings}
    findings = []
    for (subject, obj), forward in by_pair.items():
        backward = by_pair.get((obj, subject))
        if backward is None or (str(subject), str(obj)) > (str(obj), str(subject)):
            continue
        if forward.negated != backward.negated:
            yes, no = (backward, forward) if forward.negated else (forward, backward)
            findings.append(
                Finding(
                    Severity.ERROR,
                    "match-and-not-a-match",
                    f"{yes.subject} {yes.predicate.short} {yes.object}, but {no.subject} is marked "
                    f"'not a match' for {no.object}",
                    (subject, obj),
                )
            )
        elif not forward.negated and backward.predicate is not forward.predicate.inverse:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "contradictory-relations",
                    f"{subject} {forward.predicate.short} {obj}, but {obj} {backward.predicate.short} {subject}",
                    (subject, obj),
                )
            )
    return findings


class _Groups:
    """Connected components (union-find) of entries joined by the given predicates."""

    def __init__(self, mappings: Iterable[MappingRecord], predicates: set[Predicate]) -> None:
        self.parent: dict[Ref, Ref] = {}
        for mapping in mappings:
            if not mapping.negated and mapping.predicate in predicates:
                self.union(mapping.subject, mapping.object)

    def find(self, ref: Ref) -> Ref:
        root = ref
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while ref != root:
            self.parent[ref], ref = root, self.parent.get(ref, ref)
        return root

    def union(self, a: Ref, b: Ref) -> None:
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=str)] = min(ra, rb, key=str)

    def members(self) -> dict[Ref, list[Ref]]:
        groups: dict[Ref, list[Ref]] = defaultdict(list)
        for ref in list(self.parent):
            groups[self.find(ref)].append(ref)
        return groups


def _decision_graph_conflicts(mappings: list[MappingRecord]) -> list[Finding]:
    findings: list[Finding] = []
    exact = _Groups(mappings, {Predicate.EXACT})
    for group in exact.members().values():
        findings += _same_framework(sorted(group, key=str), "joined by exact matches")
    joined = _Groups(mappings, {Predicate.EXACT, Predicate.CLOSE})
    direct = {(m.subject, m.object) for m in mappings if not m.negated}
    hierarchy: dict[Ref, set[Ref]] = defaultdict(set)
    evidence: dict[tuple[Ref, Ref], list[Ref]] = defaultdict(list)
    for m in mappings:
        same = joined.find(m.subject) == joined.find(m.object)
        if m.negated:
            if same and (m.object, m.subject) not in direct and (m.subject, m.object) not in direct:
                findings.append(Finding(
                    Severity.ERROR, "not-a-match-joined",
                    f"{m.subject} is marked 'not a match' for {m.object}, but exact/close decisions join them "
                    "into one concept", (m.subject, m.object)))
            continue
        if m.predicate in (Predicate.EXACT, Predicate.CLOSE):
            continue
        if same:
            findings.append(Finding(
                Severity.WARNING, "contradictory-relations",
                f"{m.subject} {m.predicate.short} {m.object}, but exact/close decisions join them into one "
                "concept", (m.subject, m.object)))
            continue
        if m.predicate is Predicate.RELATED:
            continue
        child, parent = (m.subject, m.object) if m.predicate is Predicate.BROADER else (m.object, m.subject)
        a, b = joined.find(child), joined.find(parent)
        hierarchy[a].add(b)
        evidence[(a, b)] += [m.subject, m.object]
    for cycle in cycles(hierarchy):
        members = set(cycle)
        refs = sorted({ref for (a, b), refs in evidence.items() if a in members and b in members for ref in refs},
                      key=str)
        findings.append(Finding(
            Severity.ERROR, "broader-cycle",
            f"broader/narrower decisions go round in a circle through {len(refs)} entries: "
            + ", ".join(map(str, refs)), tuple(refs)))
    return findings


def _same_framework(members: list[Ref], how: str, uid: str = "") -> list[Finding]:
    by_framework: dict[str, list[Ref]] = defaultdict(list)
    for ref in members:
        by_framework[ref.framework].append(ref)
    return [
        Finding(
            Severity.ERROR, "same-framework-in-concept",
            f"{len(refs)} entries of {framework} are {how} into one concept: {', '.join(map(str, refs))}",
            tuple(refs), (uid,) if uid else ())
        for framework, refs in by_framework.items()
        if len(refs) > 1
    ]


def _concept_conflicts(snapshot: UnifiedSnapshot, mappings: list[MappingRecord]) -> list[Finding]:
    """The same conflicts in the stored concepts, which merges and splits may have shaped by hand."""
    matched = {(m.subject, m.object) for m in mappings if not m.negated}
    # a pair decided both ways is already reported as match-and-not-a-match
    negated = {(m.subject, m.object) for m in mappings
               if m.negated and (m.object, m.subject) not in matched and (m.subject, m.object) not in matched}
    findings: list[Finding] = []
    for concept in snapshot.concepts:
        exact = sorted((m.ref for m in concept.members if m.relation == "exact"), key=str)
        findings += _same_framework(exact, f"exact members of {concept.label!r}", concept.uid)
        refs = {m.ref for m in concept.members}
        for subject, obj in sorted(negated, key=str):
            if subject in refs and obj in refs:
                findings.append(Finding(
                    Severity.ERROR, "not-a-match-joined",
                    f"{subject} is marked 'not a match' for {obj}, but both are members of concept "
                    f"{concept.label!r}", (subject, obj), (concept.uid,)))
        if not concept.members:
            findings.append(Finding(
                Severity.WARNING, "concept-without-members",
                f"concept {concept.label!r} has no members left; the decisions that formed it were withdrawn",
                (), (concept.uid,)))
    return findings


# --- process quality -----------------------------------------------------------------------------------------


def _process_quality(snapshot: UnifiedSnapshot) -> list[Finding]:
    findings: list[Finding] = []
    places: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for process in snapshot.processes:
        where = (process.uid,)
        name = f"process {process.label!r}"
        if names_a_role(process.label):
            findings.append(Finding(Severity.WARNING, "process-named-by-role",
                                    f"{name} is named after who does it; name what happens instead", (), where))
        elif names_a_tool(process.label):
            findings.append(Finding(Severity.WARNING, "process-named-by-tool",
                                    f"{name} is named after a tool; name what happens instead", (), where))
        elif not reads_as_activity(process.label):
            findings.append(Finding(Severity.WARNING, "name-not-an-activity",
                                    f"{name} does not read as an activity (a verb, or a noun like "
                                    "'management' or 'planning')", (), where))
        if not process.trigger.strip():
            findings.append(Finding(Severity.WARNING, "process-without-trigger",
                                    f"{name} has no trigger: say what starts it", (), where))
        if not process.outcome.strip():
            findings.append(Finding(Severity.WARNING, "process-without-outcome",
                                    f"{name} has no outcome: say what the customer gets from it", (), where))
        if not process.activities:
            findings.append(Finding(Severity.INFO, "process-without-activities", f"{name} has no activities",
                                    (), where))
        for activity in process.activities:
            places[normalise(activity.label)].append((activity.uid, activity.label, process.label))
            if not reads_as_activity(activity.label):
                findings.append(Finding(Severity.WARNING, "name-not-an-activity",
                                        f"activity {activity.label!r} in {process.label!r} does not read as an "
                                        "activity (start it with a verb)", (), (activity.uid,)))
    for occurrences in places.values():
        if len(occurrences) > 1:
            where_text = "; ".join(f"{label!r} in {process!r}" for _uid, label, process in occurrences)
            findings.append(Finding(Severity.ERROR, "activity-occurs-twice",
                                    f"one activity occurs {len(occurrences)} times in the model: {where_text}",
                                    (), tuple(uid for uid, _label, _process in occurrences)))
    return findings


def _framework_activities_without_process(workspace: Workspace) -> list[Finding]:
    with workspace.transaction() as session:
        rows = session.execute(
            select(Framework.key, Entry.key)
            .join(Framework, Entry.framework_id == Framework.id)
            .where(Entry.kind == Kind.ACTIVITY.value, Entry.parent_id.is_(None))
            .order_by(Entry.id)
        ).all()
    by_framework: dict[str, list[Ref]] = defaultdict(list)
    for framework, key in rows:
        by_framework[framework].append(Ref(framework, key))
    return [
        Finding(Severity.WARNING, "activity-without-process",
                f"{len(refs)} activities of {framework} belong to no process: "
                + ", ".join(map(str, refs[:5])) + (" ..." if len(refs) > 5 else ""), tuple(refs))
        for framework, refs in by_framework.items()
    ]


def _entry_broader_cycles(workspace: Workspace) -> list[Finding]:
    """Broader links of a framework's own entries that lead back to where they started (an imported SKOS or
    OWL hierarchy may have them; a spreadsheet import refuses them)."""
    subject, obj = aliased(Entry), aliased(Entry)
    with workspace.transaction() as session:
        rows = session.execute(
            select(Framework.key, subject.key, obj.key)
            .select_from(EntryLink)
            .join(subject, EntryLink.subject_id == subject.id)
            .join(obj, EntryLink.object_id == obj.id)
            .join(Framework, subject.framework_id == Framework.id)
            .where(EntryLink.relation == "broader")
        ).all()
    graph: dict[Ref, set[Ref]] = defaultdict(set)
    for framework, child, parent in rows:
        graph[Ref(framework, child)].add(Ref(framework, parent))
    circles = [[ref] for ref, parents in graph.items() if ref in parents]
    circles += cycles({ref: parents - {ref} for ref, parents in graph.items()})
    findings = []
    for circle in circles:
        refs = tuple(sorted(circle, key=str))
        # Finding.message is still text; the template is ready for when findings carry messages (issue 23).
        message = ENTRY_BROADER_CYCLE(framework=refs[0].framework, count=len(refs), refs=tuple(map(str, refs)))
        findings.append(Finding(Severity.WARNING, "entry-broader-cycle", str(message), refs))
    return findings


# --- coverage ------------------------------------------------------------------------------------------------


def _coverage(workspace: Workspace, mappings: list[MappingRecord], snapshot: UnifiedSnapshot) -> list[Finding]:
    mapped = {ref for m in mappings if not m.negated for ref in (m.subject, m.object)}
    placed = {member.ref for concept in snapshot.concepts for member in concept.members}
    for process in snapshot.processes:
        placed.update(member.ref for member in process.traces)
        placed.update(member.ref for activity in process.activities for member in activity.traces)
    with workspace.transaction() as session:
        rows = session.execute(
            select(Framework.key, Entry.key, EntryExclusion.entry_id)
            .join(Framework, Entry.framework_id == Framework.id)
            .outerjoin(EntryExclusion, EntryExclusion.entry_id == Entry.id)
            .order_by(Framework.id, Entry.id)
        ).all()
    totals: dict[str, int] = defaultdict(int)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    gaps: dict[str, list[Ref]] = defaultdict(list)
    for framework, key, excluded in rows:
        ref = Ref(framework, key)
        totals[framework] += 1
        if ref in mapped:
            counts[framework]["mapped"] += 1
        elif ref in placed:
            counts[framework]["placed"] += 1
        elif excluded is not None:
            counts[framework]["excluded"] += 1
        else:
            gaps[framework].append(ref)
    findings = []
    for framework, total in totals.items():
        covered = total - len(gaps[framework])
        c = counts[framework]
        findings.append(Finding(
            Severity.INFO, "coverage",
            f"{framework}: {covered} of {total} entries ({covered / total:.0%}) covered — {c['mapped']} mapped, "
            f"{c['placed']} only in the unified model, {c['excluded']} excluded; {len(gaps[framework])} not yet",
            tuple(gaps[framework])))
    return findings
