"""Refreshing the unified glossary from the mapping decisions (see `workbench.unify.glossary` for the rules)."""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.domain import Predicate, Ref
from workbench.graphs import components
from workbench.messages import Message, Template
from workbench.store.batches import batched
from workbench.store.models import UnifiedConcept, UnifiedConceptMember, utcnow
from workbench.unify.concept_proposals import (
    UNSYNCED,
    decision_edges,
    entry_refs,
    load_entries,
    new_concept_uid,
    proposal,
    rebuild_links,
    term_ids,
    terms_decided,
)
from workbench.workspace import Workspace

REFRESHED = Template(
    "glossary.refreshed",
    "unified glossary: {total} concepts ({added} added, {removed} removed, {changed} changed, {moved} member(s) "
    "moved)",
)
REFRESHED_EMPTIED = Template(
    "glossary.refreshed-emptied",
    "unified glossary: {total} concepts ({added} added, {removed} removed, {changed} changed, {moved} member(s) "
    "moved, {emptied} edited but now without members)",
)
_JOINING = {Predicate.EXACT.value: "exact", Predicate.CLOSE.value: "close"}


@dataclass(frozen=True)
class MemberMove:
    ref: Ref
    from_uid: str | None
    to_uid: str | None


@dataclass(frozen=True)
class RefreshReport:
    total: int
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    moved: tuple[MemberMove, ...] = ()
    emptied: tuple[str, ...] = ()
    """Concepts that lost every member but were kept because a person had edited them."""
    kept_edits: tuple[str, ...] = field(default=())
    """Concepts whose edited label or definition differs from what the decisions would now propose."""

    @property
    def members_moved(self) -> int:
        """Members that went from one concept to another (entries joining or leaving the glossary are in `moved`
        too)."""
        return sum(1 for move in self.moved if move.from_uid and move.to_uid)

    def summary(self) -> Message:
        counts = {"total": self.total, "added": len(self.added), "removed": len(self.removed),
                  "changed": len(self.changed), "moved": self.members_moved}
        if self.emptied:
            return REFRESHED_EMPTIED(**counts, emptied=len(self.emptied))
        return REFRESHED(**counts)


def refresh(workspace: Workspace) -> RefreshReport:
    """Bring the concepts in line with the decisions (see the module notes); one transaction."""
    with workspace.transaction() as session:
        return refresh_in(session)


def refresh_in(session: Session) -> RefreshReport:
    """`refresh` inside a transaction the caller holds (the refresh of the whole unified model uses it)."""
    edges = decision_edges(session)
    joining: dict[int, dict[int, str]] = defaultdict(dict)
    mapped = terms_decided(session)
    for subject, obj, predicate in edges:
        relation = _JOINING.get(predicate)
        if relation is not None:
            # exact wins over close when a pair holds both (one decision each way)
            for a, b in ((subject, obj), (obj, subject)):
                if joining[a].get(b) != "exact":
                    joining[a][b] = relation
    concepts = {row.id: row for row in session.scalars(select(UnifiedConcept).order_by(UnifiedConcept.id))}
    old_members: dict[int, dict[int, str]] = defaultdict(dict)
    for row in session.execute(select(UnifiedConceptMember.concept_id, UnifiedConceptMember.entry_id,
                                      UnifiedConceptMember.relation)):
        old_members[row.concept_id][row.entry_id] = row.relation
    # A workspace refreshed before the glossary held terms only may have processes and activities as members:
    # they leave, also from concepts a person merged or split.
    terms = term_ids(session, {e for members in old_members.values() for e in members})
    pinned_of: dict[int, int] = {}
    for concept_id, concept in concepts.items():
        if concept.members_edited:
            for entry_id in old_members[concept_id]:
                if entry_id in terms:
                    pinned_of.setdefault(entry_id, concept_id)

    new_members: dict[int, dict[int, str]] = {
        concept_id: {e: r for e, r in old_members[concept_id].items() if e in terms}
        for concept_id, c in concepts.items()
        if c.members_edited
    }
    groups: list[list[int]] = []
    for component in components(sorted(mapped), lambda node: joining.get(node, {})):
        pinned_here = sorted({pinned_of[e] for e in component if e in pinned_of})
        free = [e for e in component if e not in pinned_of]
        if not pinned_here:
            groups.append(free)
            continue
        for entry_id, concept_id in _nearest(free, pinned_of, pinned_here, joining).items():
            new_members[concept_id][entry_id] = _relation(entry_id, joining)

    # Match groups to the unpinned concepts they share most members with, biggest overlaps first.
    member_of = {e: c for c, ms in old_members.items() if not concepts[c].members_edited for e in ms}
    overlaps = []
    for index, group in enumerate(groups):
        for concept_id, count in Counter(member_of[e] for e in group if e in member_of).items():
            overlaps.append((-count, concept_id, index))
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _count, concept_id, index in sorted(overlaps):
        if index not in matched and concept_id not in taken:
            matched[index] = concept_id
            taken.add(concept_id)

    now = utcnow()
    fresh = {index: new_concept_uid() for index in range(len(groups)) if index not in matched}
    if fresh:
        # one executemany, then one query for the new ids: a row-by-row insert costs ~1 ms per concept
        session.execute(insert(UnifiedConcept), [
            {"uid": uid, "label": "", "definition": "", "status": "draft", "notes": "", "label_edited": False,
             "definition_edited": False, "members_edited": False, "created": now, "updated": now}
            for uid in fresh.values()
        ])
        ids = dict(session.execute(
            select(UnifiedConcept.uid, UnifiedConcept.id).where(UnifiedConcept.created == now)
        ).all())
        matched.update({index: ids[uid] for index, uid in fresh.items()})
    added = [matched[index] for index in fresh]
    is_new = set(added)  # a list looked up once per concept made a first refresh of 33,000 concepts take 8 s more
    for index, group in enumerate(groups):
        new_members[matched[index]] = {e: _relation(e, joining) for e in group}
    removed: list[str] = []
    emptied: list[str] = []
    for concept_id, concept in concepts.items():
        if concept.members_edited or concept_id in taken:
            continue
        if concept.label_edited or concept.definition_edited or concept.status != "draft" or concept.notes:
            new_members[concept_id] = {}
            if old_members[concept_id]:
                emptied.append(concept.uid)
        else:
            removed.append(concept.uid)
    for batch in batched(removed):
        session.execute(delete(UnifiedConcept).where(UnifiedConcept.uid.in_(batch)), execution_options=UNSYNCED)

    entries = load_entries(session, {e for ms in new_members.values() for e in ms})
    all_concepts = {row.id: row for row in session.scalars(select(UnifiedConcept))}
    changed: list[str] = []
    kept_edits: list[str] = []
    updates: list[dict[str, object]] = []
    for concept_id, membership in new_members.items():
        concept = all_concepts[concept_id]
        label, definition = proposal([entries[e] for e in sorted(membership)])
        values: dict[str, object] = {}
        if not concept.label_edited and label and label != concept.label:
            values["label"] = label
        if not concept.definition_edited and definition != concept.definition and membership:
            values["definition"] = definition
        if membership and (
            (concept.label_edited and label != concept.label)
            or (concept.definition_edited and definition != concept.definition)
        ):
            kept_edits.append(concept.uid)
        if concept_id not in is_new and (values or membership != old_members.get(concept_id, {})):
            changed.append(concept.uid)
        if values:
            updates.append({"id": concept_id, "updated": now, **values})
    if updates:
        # ORM bulk UPDATE by primary key: one executemany per set of columns. One statement per concept took
        # 3 of the 4 s of a first refresh of 6,600 concepts.
        session.execute(update(UnifiedConcept), updates)

    moved = _moves(old_members, new_members, {c: row.uid for c, row in all_concepts.items()},
                   {c: row.uid for c, row in concepts.items()}, session)
    session.execute(delete(UnifiedConceptMember))
    member_rows = [
        {"concept_id": c, "entry_id": e, "relation": relation}
        for c, membership in new_members.items()
        for e, relation in membership.items()
    ]
    if member_rows:
        session.execute(insert(UnifiedConceptMember), member_rows)
    rebuild_links(session, edges)
    return RefreshReport(
        total=len(all_concepts),
        added=tuple(all_concepts[c].uid for c in added),
        removed=tuple(removed),
        changed=tuple(changed),
        moved=moved,
        emptied=tuple(emptied),
        kept_edits=tuple(kept_edits),
    )


def _nearest(
    free: list[int], pinned_of: dict[int, int], pinned_here: list[int], joining: dict[int, dict[int, str]]
) -> dict[int, int]:
    """Each free entry goes to the pinned concept it is fewest decisions away from (lowest id on a tie)."""
    owner: dict[int, int] = {}
    queue: deque[int] = deque()
    for concept_id in pinned_here:
        for entry_id, pinned in sorted(pinned_of.items()):
            if pinned == concept_id and entry_id not in owner:
                owner[entry_id] = concept_id
                queue.append(entry_id)
    while queue:
        node = queue.popleft()
        for neighbour in sorted(joining.get(node, {})):
            if neighbour not in owner:
                owner[neighbour] = owner[node]
                queue.append(neighbour)
    return {e: owner[e] for e in free if e in owner}


def _relation(entry_id: int, joining: dict[int, dict[int, str]]) -> str:
    relations = set(joining.get(entry_id, {}).values())
    return "close" if relations == {"close"} else "exact"


def _moves(
    old: dict[int, dict[int, str]],
    new: dict[int, dict[int, str]],
    new_uids: dict[int, str],
    old_uids: dict[int, str],
    session: Session,
) -> tuple[MemberMove, ...]:
    before = {e: old_uids[c] for c, ms in old.items() if c in old_uids for e in ms}
    after = {e: new_uids[c] for c, ms in new.items() for e in ms}
    changed = sorted(e for e in before.keys() | after.keys() if before.get(e) != after.get(e))
    if not changed:
        return ()
    refs = entry_refs(session, changed)
    return tuple(MemberMove(refs[e], before.get(e), after.get(e)) for e in changed)

