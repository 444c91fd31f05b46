"""Checks of the decisions themselves: a pair decided both ways, "not a match" pairs joined anyway, relations that
contradict each other, broader/narrower circles (decided or inside an imported framework's hierarchy), and decided
pairs the matching engine takes for false friends."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import aliased

from workbench.checks.findings import Finding, Severity
from workbench.domain import MappingRecord, Predicate, Ref
from workbench.graphs import cycles
from workbench.messages import Template, relation
from workbench.store.models import Entry, EntryLink, Framework
from workbench.workspace import Workspace

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
ENTRY_BROADER_CYCLE = Template(
    "check.entry-broader-cycle",
    "{framework}: broader links between its own entries go round in a circle through {count} entries: {refs}",
)
SAME_FRAMEWORK_JOINED = Template(
    "check.same-framework-joined", "{count} entries of {framework} are joined by exact matches into one concept: {refs}"
)
SAME_FRAMEWORK_MEMBERS = Template(
    "check.same-framework-members",
    "{count} entries of {framework} are exact members of '{concept}' into one concept: {refs}",
)
FALSE_FRIEND_DECIDED = Template(
    "check.false-friend-decided",
    "{subject} ({subject_ref}) and {object} ({object_ref}) are decided as one, but may be false friends: {why}",
)


def false_friends(workspace: Workspace) -> list[Finding]:
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


def direction_conflicts(mappings: list[MappingRecord]) -> list[Finding]:
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


def decision_graph_conflicts(mappings: list[MappingRecord]) -> list[Finding]:
    findings: list[Finding] = []
    exact = _Groups(mappings, {Predicate.EXACT})
    for group in exact.members().values():
        findings += same_framework(sorted(group, key=str), None)
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


def entry_broader_cycles(workspace: Workspace) -> list[Finding]:
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


def same_framework(members: list[Ref], concept: str | None, uid: str = "") -> list[Finding]:
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
