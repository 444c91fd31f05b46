"""One definition of coverage, used by the frameworks dock, the checks and the exports.

An entry is **aligned** when it has a positive decision (exact, close, broader, narrower or related) or a place in
the unified model (a member of a concept, or traced to a unified process or activity; a trace a person removed
does not count). It is **reviewed** when it
is aligned, or was decided "not a match", or was excluded from the unified model on purpose: a person has looked
at it. "Not a match" alone is reviewed, never aligned.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, false, func, select, union
from sqlalchemy.orm import Session

from workbench.domain import Kind
from workbench.store.models import (
    Entry,
    EntryExclusion,
    Framework,
    Mapping,
    UnifiedConceptMember,
    UnifiedTrace,
)


@dataclass(frozen=True)
class Coverage:
    total: int = 0
    reviewed: int = 0
    aligned: int = 0

    def __add__(self, other: Coverage) -> Coverage:
        return Coverage(self.total + other.total, self.reviewed + other.reviewed, self.aligned + other.aligned)

    @property
    def aligned_share(self) -> float:
        return self.aligned / self.total if self.total else 0.0

    @property
    def reviewed_share(self) -> float:
        return self.reviewed / self.total if self.total else 0.0


def aligned_ids() -> Select[tuple[int]]:
    """Ids of aligned entries (see the module's definition)."""
    positive = Mapping.negated == false()
    return select(union(
        select(Mapping.subject_id.label("id")).where(positive),
        select(Mapping.object_id).where(positive),
        select(UnifiedConceptMember.entry_id),
        select(UnifiedTrace.entry_id).where(UnifiedTrace.origin != "removed"),
    ).subquery().c.id)


def reviewed_ids() -> Select[tuple[int]]:
    """Ids of reviewed entries: aligned, decided "not a match", or excluded on purpose."""
    return select(union(
        aligned_ids(),
        select(Mapping.subject_id.label("id")),
        select(Mapping.object_id),
        select(EntryExclusion.entry_id),
    ).subquery().c.id)


def coverage_by_kind(session: Session) -> dict[tuple[str, Kind], Coverage]:
    """(framework key, kind) -> counts, for every framework and kind that has entries, in the frameworks' order
    (PostgreSQL groups by hashing: without the ORDER BY, `check` listed the frameworks in another order there)."""
    aligned = aligned_ids().subquery()
    reviewed = reviewed_ids().subquery()
    rows = session.execute(
        select(Framework.key, Entry.kind, func.count(), func.count(reviewed.c.id), func.count(aligned.c.id))
        .select_from(Entry)
        .join(Framework, Entry.framework_id == Framework.id)
        .outerjoin(reviewed, reviewed.c.id == Entry.id)
        .outerjoin(aligned, aligned.c.id == Entry.id)
        .group_by(Framework.id, Framework.key, Entry.kind)
        .order_by(Framework.id, Entry.kind)
    )
    return {(key, Kind(kind)): Coverage(total, seen, done) for key, kind, total, seen, done in rows}


def coverage_by_framework(session: Session) -> dict[str, Coverage]:
    totals: dict[str, Coverage] = {}
    for (key, _kind), counts in coverage_by_kind(session).items():
        totals[key] = totals.get(key, Coverage()) + counts
    return totals
