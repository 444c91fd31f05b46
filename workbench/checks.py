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

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import aliased

from workbench.coverage import aligned_ids, coverage_by_framework
from workbench.domain import Kind, MappingRecord, Predicate, Ref
from workbench.graphs import cycles
from workbench.messages import Joined, Message, Template, relation, vocabulary
from workbench.store.models import Entry, EntryExclusion, EntryLink, Framework, Mapping, UnifiedTrace
from workbench.unified_model import UnifiedSnapshot, concept_qualifiers, display_label, same_label_groups
from workbench.unify.naming import names_a_role, names_a_tool, normalise, reads_as_activity
from workbench.workspace import Workspace

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

MATCH_AND_NOT = Template(
    "check.match-and-not-a-match",
    "{subject} {relation} {object}, but {negated_subject} is marked 'not a match' for {negated_object}",
)
BOTH_WAYS = Template("check.contradictory", "{subject} {relation} {object}, but {object} {back} {subject}")
NOT_A_MATCH_JOINED = Template(
    "check.not-a-match-joined",
    "{subject} is marked 'not a match' for {object}, but exact/close decisions join them into one concept",
)
RELATION_BUT_JOINED = Template(
    "check.relation-but-joined", "{subject} {relation} {object}, but exact/close decisions join them into one concept"
)
CIRCLE = Template("check.broader-cycle", "broader/narrower decisions go round in a circle through {count} entries: "
                  "{refs}")
SAME_FRAMEWORK_JOINED = Template(
    "check.same-framework-joined", "{count} entries of {framework} are joined by exact matches into one concept: {refs}"
)
SAME_FRAMEWORK_MEMBERS = Template(
    "check.same-framework-members",
    "{count} entries of {framework} are exact members of '{concept}' into one concept: {refs}",
)
NOT_A_MATCH_MEMBERS = Template(
    "check.not-a-match-members",
    "{subject} is marked 'not a match' for {object}, but both are members of concept '{concept}'",
)
NO_MEMBERS = Template(
    "check.no-members", "concept '{concept}' has no members left; the decisions that formed it were withdrawn"
)
NAMED_BY_ROLE = Template("check.named-by-role", "process '{process}' is named after who does it; name what happens "
                         "instead")
NAMED_BY_TOOL = Template("check.named-by-tool", "process '{process}' is named after a tool; name what happens instead")
NOT_AN_ACTIVITY = Template(
    "check.not-an-activity",
    "process '{process}' does not read as an activity (a verb, or a noun like 'management' or 'planning')",
)
NO_TRIGGER = Template("check.no-trigger", "process '{process}' has no trigger: say what starts it")
NO_OUTCOME = Template("check.no-outcome", "process '{process}' has no outcome: say what the customer gets from it")
NO_ACTIVITIES = Template("check.no-activities", "process '{process}' has no activities")
ACTIVITY_NOT_AN_ACTIVITY = Template(
    "check.activity-not-an-activity",
    "activity '{activity}' in '{process}' does not read as an activity (start it with a verb)",
)
ACTIVITY_IN = Template("check.activity-in", "'{activity}' in '{process}'")
OCCURS_TWICE = Template("check.occurs-twice", "one activity occurs {count} times in the model: {places}")
IN_TWO_PLACES = Template(
    "check.in-two-places",
    "{ref} is the same as activities in {count} places of the model: {places}, through the decisions with "
    "{partners}; each activity has one place: decide which, or make one of the decisions broader, narrower or "
    "related",
)
TRACED_IN_TWO_PLACES = Template(
    "check.traced-in-two-places",
    "{ref} is traced as the same as activities in {count} places of the model: {places}; each activity has one "
    "place: remove all but one of these traces, or make them broader, narrower or related",
)
SAME_LABEL = Template(
    "check.same-label", "{count} concepts are labelled '{label}': {concepts}; merge them, or rename all but one"
)
ORPHANS = Template("check.orphans", "{count} activities of {framework} belong to no process: {refs}")
ORPHANS_MORE = Template("check.orphans-more", "{count} activities of {framework} belong to no process: {refs} ...")
FALSE_FRIEND_DECIDED = Template(
    "check.false-friend-decided",
    "{subject} ({subject_ref}) and {object} ({object_ref}) are decided as one, but may be false friends: {why}",
)
COVERAGE = Template(
    "check.coverage",
    "{framework}: {aligned} of {total} entries aligned ({aligned_percent}%), {reviewed} reviewed "
    "({reviewed_percent}%); {gaps} neither aligned nor excluded",
)
ENTRY_BROADER_CYCLE = Template(
    "check.entry-broader-cycle",
    "{framework}: broader links between its own entries go round in a circle through {count} entries: {refs}",
)


SAME = ("exact", "close")
"""Trace relations that say a framework entry is the unified element itself."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: Message
    refs: tuple[Ref, ...] = ()
    uids: tuple[str, ...] = ()
    """Unified concepts, processes or activities the finding is about."""

    def as_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": str(self.message),
            "refs": [str(ref) for ref in self.refs],
            "uids": list(self.uids),
        }


def run_checks(workspace: Workspace) -> list[Finding]:
    mappings = workspace.mappings()
    snapshot = workspace.unified_snapshot()
    findings = _direction_conflicts(mappings)
    findings += _decision_graph_conflicts(mappings)
    findings += _concept_conflicts(snapshot, mappings)
    findings += _same_labels(snapshot, workspace)
    findings += _process_quality(snapshot)
    findings += _activities_in_two_places(snapshot, mappings, workspace)
    findings += _framework_activities_without_process(workspace)
    findings += _entry_broader_cycles(workspace)
    findings += _coverage(workspace)
    findings += _false_friends(workspace)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    unique: dict[tuple[str, frozenset[Ref], tuple[str, ...]], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.code, frozenset(finding.refs), finding.uids), finding)
    return sorted(unique.values(), key=lambda finding: order[finding.severity])


# --- meaning ---------------------------------------------------------------------------------------------------


def _false_friends(workspace: Workspace) -> list[Finding]:
    """Decided exact/close pairs the matching engine flags as false friends (same name, different meaning)."""
    # The engine (numpy, the meaning table) is imported only when the checks run, not with the interface.
    from workbench.matching import false_friends
    from workbench.matching import reasons as because

    findings = []
    for mapping, suggestion in false_friends(workspace):
        why = next((reason for reason in suggestion.reasons if reason.code == because.FALSE_FRIEND.code), None)
        findings.append(Finding(
            Severity.WARNING, "false-friend-decided",
            FALSE_FRIEND_DECIDED(subject=suggestion.subject_label, subject_ref=str(mapping.subject),
                                 object=suggestion.object_label, object_ref=str(mapping.object),
                                 why=why if why is not None else because.FALSE_FRIEND(why="")),
            refs=(mapping.subject, mapping.object),
        ))
    return findings


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
                    MATCH_AND_NOT(subject=str(yes.subject), relation=relation(yes.predicate.short),
                                  object=str(yes.object), negated_subject=str(no.subject),
                                  negated_object=str(no.object)),
                    (subject, obj),
                )
            )
        elif not forward.negated and backward.predicate is not forward.predicate.inverse:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "contradictory-relations",
                    BOTH_WAYS(subject=str(subject), relation=relation(forward.predicate.short), object=str(obj),
                              back=relation(backward.predicate.short)),
                    (subject, obj),
                )
            )
    return findings


class _Groups:
    """Connected components (union-find) of entries joined by the given predicates. Each component is named by
    its member whose reference sorts first.

    Entries are numbered once and joined as numbers: with Refs as the keys, hashing them was most of the time the
    checks took on 50,000 decisions (the workbook's open questions run them on every export)."""

    def __init__(self, mappings: Iterable[MappingRecord], predicates: set[Predicate]) -> None:
        self.index: dict[Ref, int] = {}
        self.refs: list[Ref] = []
        self.names: list[str] = []
        self.parent: list[int] = []
        for mapping in mappings:
            if not mapping.negated and mapping.predicate in predicates:
                self._union(self._number(mapping.subject), self._number(mapping.object))

    def _number(self, ref: Ref) -> int:
        number = self.index.get(ref)
        if number is None:
            number = self.index[ref] = len(self.refs)
            self.refs.append(ref)
            self.names.append(str(ref))
            self.parent.append(number)
        return number

    def _root(self, number: int) -> int:
        parent = self.parent
        root = number
        while parent[root] != root:
            root = parent[root]
        while parent[number] != root:
            parent[number], number = root, parent[number]
        return root

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra != rb:
            low, high = (ra, rb) if self.names[ra] < self.names[rb] else (rb, ra)
            self.parent[high] = low

    def find(self, ref: Ref) -> Ref:
        number = self.index.get(ref)
        return ref if number is None else self.refs[self._root(number)]

    def members(self) -> dict[Ref, list[Ref]]:
        groups: dict[Ref, list[Ref]] = defaultdict(list)
        for number, ref in enumerate(self.refs):
            groups[self.refs[self._root(number)]].append(ref)
        return groups


def _decision_graph_conflicts(mappings: list[MappingRecord]) -> list[Finding]:
    findings: list[Finding] = []
    exact = _Groups(mappings, {Predicate.EXACT})
    for group in exact.members().values():
        findings += _same_framework(sorted(group, key=str), None)
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
                    NOT_A_MATCH_JOINED(subject=str(m.subject), object=str(m.object)), (m.subject, m.object)))
            continue
        if m.predicate in (Predicate.EXACT, Predicate.CLOSE):
            continue
        if same:
            findings.append(Finding(
                Severity.WARNING, "contradictory-relations",
                RELATION_BUT_JOINED(subject=str(m.subject), relation=relation(m.predicate.short),
                                    object=str(m.object)), (m.subject, m.object)))
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
            CIRCLE(count=len(refs), refs=tuple(map(str, refs))), tuple(refs)))
    return findings


def _same_framework(members: list[Ref], concept: str | None, uid: str = "") -> list[Finding]:
    """Entries of one framework in one exact-match concept: joined by decisions (`concept` None) or exact
    members of the stored concept labelled `concept`."""
    by_framework: dict[str, list[Ref]] = defaultdict(list)
    for ref in members:
        by_framework[ref.framework].append(ref)
    return [
        Finding(
            Severity.ERROR, "same-framework-in-concept",
            SAME_FRAMEWORK_JOINED(count=len(refs), framework=framework, refs=tuple(map(str, refs)))
            if concept is None
            else SAME_FRAMEWORK_MEMBERS(count=len(refs), framework=framework, concept=concept,
                                        refs=tuple(map(str, refs))),
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
        findings += _same_framework(exact, concept.label, concept.uid)
        refs = {m.ref for m in concept.members}
        for subject, obj in sorted(negated, key=str):
            if subject in refs and obj in refs:
                findings.append(Finding(
                    Severity.ERROR, "not-a-match-joined",
                    NOT_A_MATCH_MEMBERS(subject=str(subject), object=str(obj), concept=concept.label),
                    (subject, obj), (concept.uid,)))
        if not concept.members:
            findings.append(Finding(
                Severity.WARNING, "concept-without-members",
                NO_MEMBERS(concept=concept.label),
                (), (concept.uid,)))
    return findings


def _same_labels(snapshot: UnifiedSnapshot, workspace: Workspace) -> list[Finding]:
    names = {framework.key: framework.short_name for framework in workspace.frameworks()}
    qualifiers = concept_qualifiers(snapshot.concepts, lambda key: names.get(key, key))
    return [
        Finding(
            Severity.WARNING, "same-label-concepts",
            SAME_LABEL(count=len(group), label=group[0].label,
                       concepts=Joined(tuple(display_label(c, qualifiers) for c in group), "; ")),
            (), tuple(c.uid for c in group))
        for group in same_label_groups(snapshot.concepts)
    ]


# --- process quality -----------------------------------------------------------------------------------------


def _process_quality(snapshot: UnifiedSnapshot) -> list[Finding]:
    findings: list[Finding] = []
    places: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for process in snapshot.processes:
        where = (process.uid,)
        name = process.label
        if names_a_role(process.label):
            findings.append(Finding(Severity.WARNING, "process-named-by-role", NAMED_BY_ROLE(process=name),
                                    (), where))
        elif names_a_tool(process.label):
            findings.append(Finding(Severity.WARNING, "process-named-by-tool", NAMED_BY_TOOL(process=name),
                                    (), where))
        elif not reads_as_activity(process.label):
            findings.append(Finding(Severity.WARNING, "name-not-an-activity", NOT_AN_ACTIVITY(process=name),
                                    (), where))
        if not process.trigger.strip():
            findings.append(Finding(Severity.WARNING, "process-without-trigger", NO_TRIGGER(process=name),
                                    (), where))
        if not process.outcome.strip():
            findings.append(Finding(Severity.WARNING, "process-without-outcome", NO_OUTCOME(process=name),
                                    (), where))
        if not process.activities:
            findings.append(Finding(Severity.INFO, "process-without-activities", NO_ACTIVITIES(process=name),
                                    (), where))
        for activity in process.activities:
            places[normalise(activity.label)].append((activity.uid, activity.label, process.label))
            if not reads_as_activity(activity.label):
                findings.append(Finding(Severity.WARNING, "name-not-an-activity",
                                        ACTIVITY_NOT_AN_ACTIVITY(activity=activity.label, process=process.label),
                                        (), (activity.uid,)))
    for occurrences in places.values():
        if len(occurrences) > 1:
            places_text = Joined(tuple(ACTIVITY_IN(activity=label, process=process)
                                       for _uid, label, process in occurrences), "; ")
            findings.append(Finding(Severity.ERROR, "activity-occurs-twice",
                                    OCCURS_TWICE(count=len(occurrences), places=places_text),
                                    (), tuple(uid for uid, _label, _process in occurrences)))
    return findings


def _activities_in_two_places(
    snapshot: UnifiedSnapshot, mappings: list[MappingRecord], workspace: Workspace
) -> list[Finding]:
    """USM's ninth requirement for the traces: a framework activity is the same (exact/close) as one unified
    activity at most, whether traced there itself or decided exact/close to entries traced there. Only activities
    decided or traced are read, so a large workspace with few decisions costs little."""
    where: dict[str, tuple[str, str]] = {}
    places: dict[Ref, set[str]] = defaultdict(set)
    for process in snapshot.processes:
        for activity in process.activities:
            where[activity.uid] = (activity.label, process.label)
            for trace in activity.traces:
                if trace.relation in SAME:
                    places[trace.ref].add(activity.uid)
    partners: dict[Ref, set[Ref]] = defaultdict(set)
    for m in mappings:
        if not m.negated and m.predicate in (Predicate.EXACT, Predicate.CLOSE):
            partners[m.subject].add(m.object)
            partners[m.object].add(m.subject)
    with workspace.transaction() as session:
        decided = select(Mapping.subject_id.label("id")).where(Mapping.negated.is_(False)).union(
            select(Mapping.object_id).where(Mapping.negated.is_(False)),
            select(UnifiedTrace.entry_id).where(UnifiedTrace.origin != "removed")).subquery()
        activities = [Ref(framework, key) for framework, key in session.execute(
            select(Framework.key, Entry.key).join(Framework, Entry.framework_id == Framework.id)
            .join(decided, decided.c.id == Entry.id).where(Entry.kind == Kind.ACTIVITY.value)
            .order_by(Framework.id, Entry.position, Entry.id))]
    findings = []
    for ref in activities:
        found = set(places.get(ref, ()))
        through = [p for p in sorted(partners.get(ref, ()), key=str) if places.get(p)]
        for partner in through:
            found |= places[partner]
        if len(found) < 2:
            continue
        uids = tuple(sorted(found, key=lambda uid: where[uid]))
        texts = Joined(tuple(ACTIVITY_IN(activity=where[uid][0], process=where[uid][1]) for uid in uids), "; ")
        message = (
            IN_TWO_PLACES(ref=str(ref), count=len(uids), places=texts, partners=tuple(map(str, through)))
            if through
            else TRACED_IN_TWO_PLACES(ref=str(ref), count=len(uids), places=texts)
        )
        findings.append(Finding(Severity.ERROR, "activity-in-two-places", message, (ref, *through), uids))
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
                (ORPHANS_MORE if len(refs) > 5 else ORPHANS)(count=len(refs), framework=framework,
                                                              refs=tuple(map(str, refs[:5]))), tuple(refs))
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
        findings.append(Finding(Severity.WARNING, "entry-broader-cycle", message, refs))
    return findings


# --- coverage ------------------------------------------------------------------------------------------------


def _coverage(workspace: Workspace) -> list[Finding]:
    """Per framework: how many entries are aligned and reviewed (workbench.coverage); listed, those still missing
    from the harmonisation: neither aligned nor excluded on purpose ("not a match" alone leaves an entry here)."""
    with workspace.transaction() as session:
        by_framework = coverage_by_framework(session)
        aligned = aligned_ids().subquery()
        gaps: dict[str, list[Ref]] = defaultdict(list)
        for framework, key in session.execute(
            select(Framework.key, Entry.key)
            .join(Framework, Entry.framework_id == Framework.id)
            .outerjoin(aligned, aligned.c.id == Entry.id)
            .outerjoin(EntryExclusion, EntryExclusion.entry_id == Entry.id)
            .where(aligned.c.id.is_(None), EntryExclusion.entry_id.is_(None))
            .order_by(Framework.id, Entry.id)
        ):
            gaps[framework].append(Ref(framework, key))
    findings = []
    for framework, counts in by_framework.items():
        findings.append(Finding(
            Severity.INFO, "coverage",
            COVERAGE(framework=framework, aligned=counts.aligned, total=counts.total,
                     aligned_percent=round(100 * counts.aligned_share), reviewed=counts.reviewed,
                     reviewed_percent=round(100 * counts.reviewed_share), gaps=len(gaps[framework])),
            tuple(gaps[framework])))
    return findings
