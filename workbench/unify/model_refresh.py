"""The unified process model kept in step with the decisions about framework processes and activities.

The rules (`refresh_model_in`), stated so a reader can predict them:

- **Places.** An entry's place is a unified process or activity it is traced to as exact or close by hand or as
  the element's source (the USM skeleton). Activities the refresh itself proposed earlier are set aside and
  proposed again from the decisions, so a withdrawn decision takes its proposal with it.
- **Exact and close decisions trace.** A framework process or activity decided exact or close to an entry that
  has a place is traced there with the decided relation (close when either the decision or the partner's place
  is close). This repeats, in rounds, through chains of decisions.
- **Each activity once.** A framework activity that would so be traced to two different unified elements is
  traced to neither; it is reported as "in two places" (and `workbench.checks` reports it until a person
  decides). A framework process may sit in several unified processes.
- **Proposed processes.** Framework processes joined by exact/close decisions among themselves, none of them
  with a place, make one proposed unified process (status "proposed"), last in the model. Its source is the
  member with most such decisions (its name, description, trigger and outcome start the proposal); the others
  are traced to it. So a model started empty, or one where USM has no counterpart, still grows from the
  decisions. A proposed process a person has made use of (edited or accepted it, added or adopted an activity
  in it, traced to it by hand) is theirs: a draft, never withdrawn.
- **Proposals.** Framework activities joined by exact/close decisions among themselves, none of them with a
  place, make one proposed unified activity (status "proposed"), in the unified process most of their parents
  have a place in (a proposed one too), right after the unified activity the source's preceding step is traced
  to. Its source is the member with most such decisions (its label and description start the proposal); the
  others are traced to it. Without such a process the entries are listed as "not yet placed".
- **Broader, narrower and related decisions** trace an entry with that relation to each place of its partner
  (the inverse relation when the entry is the decision's object), without making it "the same activity".
- **What people did stays.** Traces made by hand and sources are kept; a place a person took away ("removed")
  is never derived again, and no proposal is made in a process an entry was removed from. Entries excluded from
  the unified model are neither traced nor proposed. Only "derived" traces and unadopted proposals are redone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, aliased

from workbench.domain import Kind, MappingRecord, Predicate, Ref
from workbench.messages import Message, Template
from workbench.store.batches import batched
from workbench.store.models import (
    Entry,
    EntryExclusion,
    Framework,
    Mapping,
    UnifiedActivity,
    UnifiedProcess,
    UnifiedTrace,
)
from workbench.unified_model import Trace
from workbench.unify.model_graph import PROPOSED, Element, ModelState, Step, components
from workbench.unify.model_state import adopt_used_proposals
from workbench.unify.proposals import (
    activity_proposal,
    process_proposals,
    write_activity_proposals,
    write_process_proposals,
)

REFRESHED = Template(
    "model.refreshed",
    "{traces} traces from decisions, {processes} proposed processes ({added_processes} new), {proposed} proposed "
    "activities ({added} new), {conflicts} activities in two places, {unplaced} decided entries not yet placed",
)

STRENGTH = {"exact": 4, "close": 3, "broader": 2, "narrower": 2, "related": 1}
SAME = ("exact", "close")
_STEPS = (Kind.PROCESS.value, Kind.ACTIVITY.value)


@dataclass(frozen=True)
class Conflict:
    """A framework activity that decisions would put in more than one unified element."""

    ref: Ref
    places: tuple[str, ...]
    """The uids of the unified elements."""


@dataclass(frozen=True)
class ModelRefreshReport:
    traces: int = 0
    """Traces derived from decisions (proposal members included, their sources not)."""
    by_relation: tuple[tuple[str, int], ...] = ()
    proposed: tuple[str, ...] = ()
    """Every proposed activity after the refresh."""
    added: tuple[str, ...] = ()
    """Proposed activities this refresh made."""
    withdrawn: int = 0
    """Proposals (activities and processes) of an earlier refresh that no decision supports any more."""
    conflicts: tuple[Conflict, ...] = ()
    unplaced: tuple[Ref, ...] = ()
    """Decided framework processes and activities that found no place and no proposal."""
    proposed_processes: tuple[str, ...] = ()
    """Every proposed process after the refresh."""
    added_processes: tuple[str, ...] = ()
    """Proposed processes this refresh made (undoing the refresh removes them)."""

    def summary(self) -> Message:
        return REFRESHED(traces=self.traces, processes=len(self.proposed_processes),
                         added_processes=len(self.added_processes), proposed=len(self.proposed),
                         added=len(self.added), conflicts=len(self.conflicts), unplaced=len(self.unplaced))


def refresh_model_in(session: Session) -> ModelRefreshReport:
    """Bring the process model in line with the decisions (see the module notes), in the caller's transaction."""
    model = _read_model(session)
    joining, others = _decisions(session)
    decided = set(joining) | {e for a, b, _ in others for e in (a, b)}
    steps = _read_steps(session, decided | set(model.places) | set(model.proposals))
    excluded = _excluded(session, decided)

    # rounds through exact/close decisions from the entries that have a place
    places: dict[int, dict[Element, str]] = {e: dict(p) for e, p in model.places.items()}
    derived: dict[tuple[int, Element], str] = {}
    conflicts: dict[int, set[Element]] = {}
    frontier = sorted(places)
    while frontier:
        candidates: dict[int, dict[Element, str]] = defaultdict(dict)
        for placed_entry in frontier:
            for partner, predicate in joining.get(placed_entry, ()):
                if partner in places or partner in conflicts or partner in excluded or partner not in steps:
                    continue
                for element, relation in places[placed_entry].items():
                    if (partner, element) not in model.blocked:
                        _keep_strongest(candidates[partner], element,
                                        "exact" if predicate == relation == "exact" else "close")
        frontier = []
        for entry_id in sorted(candidates):
            found = candidates[entry_id]
            if steps[entry_id].kind == Kind.ACTIVITY.value and len(found) > 1:
                conflicts[entry_id] = set(found)
            elif found:
                places[entry_id] = found
                derived.update({(entry_id, element): relation for element, relation in found.items()})
                frontier.append(entry_id)

    # proposed processes for framework processes decided among themselves, none of them placed
    free_processes = {e for e in joining if e in steps and steps[e].kind == Kind.PROCESS.value
                      and e not in places and e not in excluded and e not in model.touched}
    new_processes = process_proposals(free_processes, joining, model)
    process_ids, added_processes, withdrawn_processes = write_process_proposals(session, new_processes, steps, model)
    for (source, members), process_id in zip(new_processes, process_ids, strict=True):
        for member, relation in members.items():
            places.setdefault(member, {})[("p", process_id)] = relation
            if member != source:
                derived[(member, ("p", process_id))] = relation

    # proposals for activities decided among themselves, none of them placed
    free = {e for e in joining if e in steps and steps[e].kind == Kind.ACTIVITY.value
            and e not in places and e not in conflicts and e not in excluded}
    proposals: list[tuple[int, int, dict[int, str]]] = []  # (unified process id, source, {member: relation})
    listed: set[int] = set()
    for component in components(free, joining):
        made = activity_proposal(component, steps, places, joining, model)
        if made is None:
            listed.update(component)
        else:
            proposals.append(made)
            listed.update(set(component) - set(made[2]))

    # write: derived traces go, proposals are matched to earlier ones, then the traces are written again
    session.execute(delete(UnifiedTrace).where(UnifiedTrace.origin == "derived"))
    activity_ids, added = write_activity_proposals(session, proposals, steps, places, model)
    for (_process_id, source, members), activity_id in zip(proposals, activity_ids, strict=True):
        derived.update({(member, ("a", activity_id)): relation for member, relation in members.items()
                        if member != source})

    # broader, narrower and related decisions: one step from the final places, never through them
    left_alone = model.kept | model.blocked
    for subject, obj, predicate in others:
        for entry_id, partner, relation in ((subject, obj, predicate), (obj, subject, _inverse(predicate))):
            if entry_id in excluded or entry_id not in steps:
                continue
            for element in places.get(partner, {}):
                if element in places.get(entry_id, {}) or (entry_id, element) in left_alone:
                    continue
                previous = derived.get((entry_id, element))
                if previous is None or STRENGTH[relation] > STRENGTH[previous]:
                    derived[(entry_id, element)] = relation
    rows = [
        {"process_id": element[1] if element[0] == "p" else None,
         "activity_id": element[1] if element[0] == "a" else None,
         "entry_id": entry_id, "relation": relation, "origin": "derived"}
        for (entry_id, element), relation in sorted(derived.items())
    ]
    if rows:
        session.execute(insert(UnifiedTrace), rows)

    traced = {entry_id for entry_id, _ in derived} | set(places)
    unplaced = sorted(
        (steps[e].ref for e in (decided & set(steps)) - traced - excluded - set(conflicts) - model.touched),
        key=str,
    )
    uids = _uids(session)
    proposed_now = list(session.scalars(
        select(UnifiedActivity.uid).where(UnifiedActivity.status == PROPOSED).order_by(UnifiedActivity.id)))
    processes_now = list(session.scalars(
        select(UnifiedProcess.uid).where(UnifiedProcess.status == PROPOSED)
        .order_by(UnifiedProcess.position, UnifiedProcess.id)))
    return ModelRefreshReport(
        traces=len(derived),
        by_relation=tuple(sorted(Counter(derived.values()).items(), key=lambda item: -STRENGTH[item[0]])),
        proposed=tuple(proposed_now),
        added=tuple(uids[("a", a)] for a in added),
        withdrawn=len(set(model.proposals.values()) - set(activity_ids)) + withdrawn_processes,
        conflicts=tuple(
            Conflict(steps[e].ref, tuple(sorted(uids[element] for element in elements)))
            for e, elements in sorted(conflicts.items(), key=lambda item: str(steps[item[0]].ref))
        ),
        unplaced=tuple(unplaced),
        proposed_processes=tuple(processes_now),
        added_processes=tuple(uids[("p", p)] for p in added_processes),
    )


def decided_relation(ref: Ref, traces: Iterable[Trace], decisions: Iterable[MappingRecord]) -> str | None:
    """The relation the decisions give `ref` to an element with these traces, as the refresh would trace it: a
    decision with an entry that *is* the element (traced exact or close, or its source), the inverse when `ref`
    is the decision's object, close when either is only close; the strongest of several; None without one. What
    a person tracing by hand starts from, instead of "exact"."""
    same = {t.ref: t.relation for t in traces if t.relation in SAME}
    found: str | None = None
    for decision in decisions:
        if decision.negated or ref not in (decision.subject, decision.object):
            continue
        partner = decision.object if decision.subject == ref else decision.subject
        if partner not in same:
            continue
        relation = decision.predicate.short if decision.subject == ref else decision.predicate.inverse.short
        if relation in SAME:
            relation = "exact" if relation == same[partner] == "exact" else "close"
        if found is None or STRENGTH[relation] > STRENGTH[found]:
            found = relation
    return found


# --- reading -------------------------------------------------------------------------------------------------


def _read_model(session: Session) -> ModelState:
    model = ModelState()
    proposed_processes = adopt_used_proposals(session)  # what a person used is theirs before anything is redone
    for process_id, uid, position in session.execute(
        select(UnifiedProcess.id, UnifiedProcess.uid, UnifiedProcess.position)
    ):
        model.process_position[process_id] = position
        model.uids[("p", process_id)] = uid
    proposed: set[int] = set()
    for activity_id, uid, process_id, status in session.execute(
        select(UnifiedActivity.id, UnifiedActivity.uid, UnifiedActivity.process_id, UnifiedActivity.status)
    ):
        model.activity_process[activity_id] = process_id
        model.uids[("a", activity_id)] = uid
        if status == PROPOSED:
            proposed.add(activity_id)
    for traced_process, traced_activity, entry_id, relation, origin in session.execute(
        select(UnifiedTrace.process_id, UnifiedTrace.activity_id, UnifiedTrace.entry_id, UnifiedTrace.relation,
               UnifiedTrace.origin).order_by(UnifiedTrace.id)
    ):
        # the table's check constraint: exactly one of the two is set
        element: Element = ("p", traced_process) if traced_process is not None else ("a", traced_activity or 0)
        if element[0] == "p" and element[1] in proposed_processes:
            if origin == "source":
                model.process_proposals[entry_id] = element[1]
            continue  # an unused proposed process is made again from the decisions, or withdrawn
        if element[0] == "a" and element[1] in proposed:
            if origin == "source":
                model.proposals[entry_id] = element[1]
            continue  # an unadopted proposal is made again from the decisions, or withdrawn
        if origin == "derived":
            continue
        model.touched.add(entry_id)
        if origin == "removed":
            model.blocked.add((entry_id, element))
            model.blocked_in.add((entry_id, model.process_of(element)))
            continue
        model.kept.add((entry_id, element))
        if relation in SAME:
            _keep_strongest(model.places[entry_id], element, relation)
    return model


def _decisions(session: Session) -> tuple[dict[int, list[tuple[int, str]]], list[tuple[int, int, str]]]:
    """Positive decisions between two framework processes or activities: exact/close ones as a graph (both
    ways), the others as (subject, object, relation)."""
    subject, obj = aliased(Entry), aliased(Entry)
    joining: dict[int, list[tuple[int, str]]] = defaultdict(list)
    others: list[tuple[int, int, str]] = []
    for subject_id, object_id, predicate in session.execute(
        select(Mapping.subject_id, Mapping.object_id, Mapping.predicate)
        .join(subject, subject.id == Mapping.subject_id)
        .join(obj, obj.id == Mapping.object_id)
        .where(Mapping.negated.is_(False), subject.kind.in_(_STEPS), obj.kind.in_(_STEPS))
        .order_by(Mapping.id)
    ):
        relation = Predicate(predicate).short
        if relation in SAME:
            joining[subject_id].append((object_id, relation))
            joining[object_id].append((subject_id, relation))
        else:
            others.append((subject_id, object_id, relation))
    return joining, others


def _read_steps(session: Session, ids: set[int]) -> dict[int, Step]:
    """The framework processes and activities among `ids`, with their parents and their parents' other steps
    (a proposal is placed after the step before it)."""
    steps: dict[int, Step] = {}
    wanted = set(ids)
    for _ in range(2):  # the entries, then their parents' children
        query = select(
            Entry.id, Entry.kind, Entry.parent_id, Entry.position, Framework.key, Entry.key, Entry.label,
            Entry.definition, Entry.trigger, Entry.outcome,
        ).join(Framework, Entry.framework_id == Framework.id)
        for batch in batched(sorted(wanted - set(steps))):
            for row in session.execute(query.where(Entry.id.in_(batch), Entry.kind.in_(_STEPS))):
                steps[row.id] = Step(row.id, row.kind, row.parent_id, row.position, Ref(row[4], row[5]), row.label,
                                      row.definition, row.trigger or "", row.outcome or "")
        parents = {step.parent for step in steps.values() if step.parent is not None}
        wanted = set(session.scalars(select(Entry.id).where(Entry.parent_id.in_(parents)))) if parents else set()
        wanted |= parents
    return steps


def _excluded(session: Session, ids: set[int]) -> set[int]:
    found: set[int] = set()
    for batch in batched(sorted(ids)):
        found.update(session.scalars(select(EntryExclusion.entry_id).where(EntryExclusion.entry_id.in_(batch))))
    return found


def _uids(session: Session) -> dict[Element, str]:
    uids: dict[Element, str] = {("p", i): u for i, u in session.execute(select(UnifiedProcess.id, UnifiedProcess.uid))}
    uids.update({("a", i): u for i, u in session.execute(select(UnifiedActivity.id, UnifiedActivity.uid))})
    return uids


# --- helpers -------------------------------------------------------------------------------------------------


def _keep_strongest(found: dict[Element, str], element: Element, relation: str) -> None:
    if element not in found or STRENGTH[relation] > STRENGTH[found[element]]:
        found[element] = relation


def _inverse(relation: str) -> str:
    return {"broader": "narrower", "narrower": "broader"}.get(relation, relation)

