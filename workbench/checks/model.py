"""Checks of the unified model and the coverage: concepts the decisions no longer support, two concepts with one
label, process quality after the USM requirements for a process (rules in `workbench.unify.naming`), each
activity in one place, framework activities without a process, and per framework the entries aligned and
reviewed (one definition, in `workbench.coverage`)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from workbench.checks.decisions import same_framework
from workbench.checks.findings import Finding, Severity
from workbench.coverage import aligned_ids, coverage_by_framework
from workbench.domain import Kind, MappingRecord, Predicate, Ref
from workbench.messages import Joined, Template
from workbench.store.models import Entry, EntryExclusion, Framework, Mapping, UnifiedTrace
from workbench.unified_model import UnifiedSnapshot, concept_qualifiers, display_label, same_label_groups
from workbench.unify.naming import names_a_role, names_a_tool, normalise, reads_as_activity
from workbench.workspace import Workspace

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
COVERAGE = Template(
    "check.coverage",
    "{framework}: {aligned} of {total} entries aligned ({aligned_percent}%), {reviewed} reviewed "
    "({reviewed_percent}%); {gaps} neither aligned nor excluded",
)

SAME = ("exact", "close")
"""Trace relations that say a framework entry is the unified element itself."""


def concept_conflicts(snapshot: UnifiedSnapshot, mappings: list[MappingRecord]) -> list[Finding]:
    """The same conflicts in the stored concepts, which merges and splits may have shaped by hand."""
    matched = {(m.subject, m.object) for m in mappings if not m.negated}
    # a pair decided both ways is already reported as match-and-not-a-match
    negated = {(m.subject, m.object) for m in mappings
               if m.negated and (m.object, m.subject) not in matched and (m.subject, m.object) not in matched}
    findings: list[Finding] = []
    for concept in snapshot.concepts:
        exact = sorted((m.ref for m in concept.members if m.relation == "exact"), key=str)
        findings += same_framework(exact, concept.label, concept.uid)
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


def same_labels(snapshot: UnifiedSnapshot, workspace: Workspace) -> list[Finding]:
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


def process_quality(snapshot: UnifiedSnapshot) -> list[Finding]:
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


def activities_in_two_places(
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


def framework_activities_without_process(workspace: Workspace) -> list[Finding]:
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


def coverage(workspace: Workspace) -> list[Finding]:
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
