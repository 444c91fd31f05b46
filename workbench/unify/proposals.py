"""Proposals of the process model's refresh: a unified process for framework processes decided the same among
themselves with no place, and a unified activity for such activities (see `workbench.unify.model_refresh`)."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.store.batches import batched
from workbench.store.models import UnifiedActivity, UnifiedProcess, UnifiedTrace
from workbench.unify.model_graph import PROPOSED, Element, Joining, ModelState, Step, components, relations_from
from workbench.unify.model_state import new_element_uid, process_order, renumber, set_order


def activity_proposal(
    component: list[int], steps: dict[int, Step], places: dict[int, dict[Element, str]],
    joining: Joining, model: ModelState,
) -> tuple[int, int, dict[int, str]] | None:
    """(unified process, source, {member: relation to the source}) for activities joined among themselves, or
    None when none of their parents has a place in a unified process."""
    votes: Counter[int] = Counter()
    voters: dict[int, list[int]] = defaultdict(list)
    for entry_id in component:
        parent = steps[entry_id].parent
        for element in places.get(parent, {}) if parent is not None else {}:
            if element[0] == "p" and (entry_id, element[1]) not in model.blocked_in:
                votes[element[1]] += 1
                voters[element[1]].append(entry_id)
    if not votes:
        return None
    process_id = max(votes, key=lambda p: (votes[p], -model.process_position[p], -p))
    members = [e for e in component if (e, process_id) not in model.blocked_in]
    inside = set(members)
    degree = {e: sum(1 for n, _ in joining.get(e, ()) if n in inside) for e in members}
    earlier = [e for e in members if e in model.proposals]  # an earlier proposal keeps its source
    source = earlier[0] if earlier else max(voters[process_id], key=lambda e: (degree[e], -e))
    return process_id, source, relations_from(source, inside, joining)


def process_proposals(
    free: set[int], joining: Joining, model: ModelState
) -> list[tuple[int, dict[int, str]]]:
    """(source, {member: relation to the source}) for each group of framework processes decided the same among
    themselves, none of them with a place."""
    found = []
    for component in components(free, joining):
        if len(component) < 2:
            continue  # its partners are placed, excluded or taken away by hand: nothing to propose
        inside = set(component)
        degree = {e: sum(1 for n, _ in joining.get(e, ()) if n in inside) for e in component}
        earlier = [e for e in component if e in model.process_proposals]  # an earlier proposal keeps its source
        source = earlier[0] if earlier else max(component, key=lambda e: (degree[e], -e))
        found.append((source, relations_from(source, inside, joining)))
    return found


def write_process_proposals(
    session: Session, proposals: list[tuple[int, dict[int, str]]], steps: dict[int, Step], model: ModelState
) -> tuple[list[int], list[int], int]:
    """Keep the earlier proposed processes made again, drop the others (with the proposed activities in them),
    add the new ones last. Returns the unified process of each proposal, those that are new, and how many
    proposals were withdrawn (processes and the proposed activities in them)."""
    again = {source for source, _members in proposals if source in model.process_proposals}
    withdrawn = {p for source, p in model.process_proposals.items() if source not in again}
    for batch in batched(sorted(withdrawn)):
        session.execute(delete(UnifiedProcess).where(UnifiedProcess.id.in_(batch)))
    dropped = 0
    for source, activity_id in list(model.proposals.items()):  # gone with their process
        if model.activity_process[activity_id] in withdrawn:
            del model.proposals[source]
            dropped += 1
    for process_id in withdrawn:
        del model.process_position[process_id]
    ids: list[int] = []
    added: list[int] = []
    last = max(model.process_position.values(), default=-1)
    for source, _members in proposals:
        if source in model.process_proposals:
            ids.append(model.process_proposals[source])
            continue
        step = steps[source]
        last += 1
        uid = new_element_uid("p")
        process_id = session.execute(
            insert(UnifiedProcess)
            .values(uid=uid, label=step.label, description=step.definition, trigger=step.trigger,
                    outcome=step.outcome, status=PROPOSED, notes="", position=last)
            .returning(UnifiedProcess.id)
        ).scalar_one()
        session.execute(insert(UnifiedTrace).values(process_id=process_id, entry_id=source, relation="exact",
                                                    origin="source"))
        model.process_position[process_id] = last
        model.uids[("p", process_id)] = uid
        ids.append(process_id)
        added.append(process_id)
    if withdrawn:
        set_order(session, process_order(session))
    return ids, added, len(withdrawn) + dropped


def write_activity_proposals(
    session: Session, proposals: list[tuple[int, int, dict[int, str]]], steps: dict[int, Step],
    places: dict[int, dict[Element, str]], model: ModelState,
) -> tuple[list[int], list[int]]:
    """Keep the earlier proposals made again (moved to the process they belong in now), drop the others, add
    the new ones, and give their members their place. Returns the unified activity of each proposal, and those
    that are new."""
    again = {source for _process, source, _members in proposals if source in model.proposals}
    withdrawn = [a for source, a in model.proposals.items() if source not in again]
    for batch in batched(withdrawn):
        session.execute(delete(UnifiedActivity).where(UnifiedActivity.id.in_(batch)))
    for process_id in sorted({model.activity_process[a] for a in withdrawn}):
        renumber(session, process_id, None, None)
    ids: list[int] = []
    added: list[int] = []
    for process_id, source, members in proposals:
        step = steps[source]
        if source in model.proposals:
            activity_id = model.proposals[source]
            uid = model.uids[("a", activity_id)]
            old = model.activity_process[activity_id]
            if old != process_id:
                session.execute(update(UnifiedActivity).where(UnifiedActivity.id == activity_id)
                                .values(process_id=process_id))
                renumber(session, old, None, None)
                renumber(session, process_id, uid, position_after(session, step, steps, places, process_id))
        else:
            uid = new_element_uid("a")
            activity_id = session.execute(
                insert(UnifiedActivity)
                .values(uid=uid, process_id=process_id, label=step.label, description=step.definition,
                        position=10**6, status=PROPOSED)
                .returning(UnifiedActivity.id)
            ).scalar_one()
            session.execute(insert(UnifiedTrace).values(activity_id=activity_id, entry_id=source,
                                                        relation="exact", origin="source"))
            renumber(session, process_id, uid, position_after(session, step, steps, places, process_id))
            added.append(activity_id)
        for member, relation in members.items():
            places.setdefault(member, {})[("a", activity_id)] = relation
        ids.append(activity_id)
    return ids, added


def position_after(
    session: Session, step: Step, steps: dict[int, Step], places: dict[int, dict[Element, str]], process_id: int
) -> int | None:
    """Right after the unified activity in `process_id` that the nearest earlier step of the same framework
    process has a place at; last when there is none."""
    siblings = sorted((s for s in steps.values() if s.parent == step.parent and s.position < step.position),
                      key=lambda s: s.position, reverse=True)
    order = list(session.scalars(select(UnifiedActivity.id).where(UnifiedActivity.process_id == process_id)
                                 .order_by(UnifiedActivity.position, UnifiedActivity.id)))
    for sibling in siblings:
        here = [order.index(e[1]) for e in places.get(sibling.id, {}) if e[0] == "a" and e[1] in order]
        if here:
            return max(here) + 1
    return None
