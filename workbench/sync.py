"""Laptop sync: a workspace file that works offline, and a team workspace (a database, or another file).

`sync(local, remote)`:

- LOCAL missing: it becomes a copy of REMOTE (its frameworks and decisions), and remembers that state as the
  last one both sides agreed on.
- Otherwise it is a three-way comparison, pair by pair, of LOCAL, REMOTE and what both held after the last sync
  (kept in LOCAL, `sync_base`, as a fingerprint of each decision):
  the same on both sides: nothing to do; only LOCAL changed since: sent to REMOTE; only REMOTE changed: taken
  into LOCAL (a removal counts as a change, so removals travel too); both changed, differently: a **conflict**,
  reported with both versions and kept in LOCAL (`sync_conflict`), never overwriting either side. Deciding the
  pair again in LOCAL (in the app, or with `workbench map`) resolves it: the next sync sends that decision.
- Frameworks only one side holds are copied to the other, with their entries, before the decisions.
- Each side changes in one transaction; REMOTE commits first, so a failure anywhere leaves LOCAL as it was and a
  repeated sync finds the pairs already sent in agreement. Done twice, the second sync finds nothing to do.

Decisions are compared by what they say (relation, negation, confidence, justification, author, rationale), not
by when they were stored, so the same decision made on both sides is no conflict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, delete, insert, select
from sqlalchemy.orm import Session, aliased

from workbench.domain import EntryData, FrameworkData, FrameworkRecord, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.messages import Message, Template, relation
from workbench.store import locations
from workbench.store.decisions import insert_for, local_time, retrying
from workbench.store.models import Entry, Framework, Mapping, SyncBase, SyncConflict, SyncState, utcnow
from workbench.store.records import insert_framework
from workbench.workspace import Workspace

LOCAL_IS_URL = Template(
    "sync.local-is-url", "{location}: the laptop side of a sync is a workspace file; give a file path first"
)
SAME_WORKSPACE = Template("sync.same", "{location}: cannot sync a workspace with itself")
CONFLICT = Template(
    "sync.conflict",
    "conflict: {subject} – {object}: here {ours}, there {theirs}; both kept as they are (decide the pair again "
    "here to settle it)",
)
MISSING_THERE = Template(
    "sync.missing-there", "not synced: {subject} – {object} names an entry the team workspace does not hold ({ref})"
)
MISSING_HERE = Template(
    "sync.missing-here", "not synced: {subject} – {object} names an entry this workspace does not hold ({ref})"
)
COPIED = Template("sync.copied", "created {local} as a copy of {remote}: {frameworks} framework(s), {decisions} "
                                 "decision(s)")
SUMMARY = Template(
    "sync.summary",
    "synced {local} with {remote}: {sent} decision(s) sent, {received} received, {conflicts} conflict(s)",
)
FRAMEWORKS_SENT = Template("sync.frameworks-sent", "frameworks sent: {keys}")
FRAMEWORKS_RECEIVED = Template("sync.frameworks-received", "frameworks received: {keys}")
DECIDED = Template("sync.decided", "{relation} by {author}, {time}")
REMOVED = Template("sync.removed", "removed")

Pair = tuple[Ref, Ref]
_FIELDS = ("predicate", "negated", "confidence", "justification", "author", "comment")


@dataclass(frozen=True)
class Decision:
    """A decision as sync compares and copies it: what it says, and its stamps and times."""

    subject: Ref
    object: Ref
    predicate: str
    negated: bool
    confidence: float
    justification: str
    author: str
    comment: str
    created: datetime
    updated: datetime
    version: int = 0

    @property
    def fingerprint(self) -> str:
        said = [str(self.subject), str(self.object), self.predicate, self.negated, round(self.confidence, 6),
                self.justification, self.author, self.comment]
        return hashlib.sha256(json.dumps(said, ensure_ascii=False).encode()).hexdigest()[:32]

    def values(self) -> dict[str, Any]:
        return {"predicate": self.predicate, "negated": self.negated, "confidence": self.confidence,
                "justification": self.justification, "author": self.author, "comment": self.comment,
                "created": self.created, "updated": self.updated}

    def as_json(self) -> dict[str, Any]:
        return {**self.values(), "created": self.created.isoformat(), "updated": self.updated.isoformat()}

    @classmethod
    def from_json(cls, subject: Ref, object: Ref, data: dict[str, Any]) -> Decision:
        return cls(subject, object, data["predicate"], bool(data["negated"]), float(data["confidence"]),
                   data["justification"], data["author"], data["comment"],
                   datetime.fromisoformat(data["created"]), datetime.fromisoformat(data["updated"]))

    def said(self) -> Message:
        short = "not a match" if self.negated else Predicate(self.predicate).short
        return DECIDED(relation=relation(short), author=self.author, time=local_time(self.updated))


def _said(decision: Decision | None) -> Message:
    return REMOVED() if decision is None else decision.said()


@dataclass(frozen=True)
class Conflict:
    subject: Ref
    object: Ref
    ours: Decision | None
    theirs: Decision | None

    def message(self) -> Message:
        return CONFLICT(subject=str(self.subject), object=str(self.object), ours=_said(self.ours),
                        theirs=_said(self.theirs))


@dataclass
class SyncResult:
    local: str
    remote: str
    created: bool = False
    sent: int = 0
    received: int = 0
    frameworks_sent: list[str] = field(default_factory=list)
    frameworks_received: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    decisions: int = 0

    def lines(self) -> list[Message]:
        """What happened, one message a line: the summary first, then frameworks, conflicts and notes."""
        if self.created:
            first = COPIED(local=self.local, remote=self.remote, frameworks=len(self.frameworks_received),
                           decisions=self.decisions)
        else:
            first = SUMMARY(local=self.local, remote=self.remote, sent=self.sent, received=self.received,
                            conflicts=len(self.conflicts))
        lines = [first]
        if self.frameworks_sent:
            lines.append(FRAMEWORKS_SENT(keys=tuple(self.frameworks_sent)))
        if self.frameworks_received and not self.created:
            lines.append(FRAMEWORKS_RECEIVED(keys=tuple(self.frameworks_received)))
        lines += [conflict.message() for conflict in self.conflicts]
        return lines + self.notes


def sync(local: str | Path, remote: str | Path) -> SyncResult:
    """Sync the workspace file `local` with `remote` (a database URL or another file); see the module."""
    if locations.is_url(local):
        raise WorkbenchError(LOCAL_IS_URL(location=locations.display(str(local))))
    local_path = Path(local)
    with Workspace.open(remote) as there:
        if not there.on_server and local_path.exists() and there.path.resolve() == local_path.resolve():
            raise WorkbenchError(SAME_WORKSPACE(location=str(local_path)))
        if not local_path.exists():
            return _copy(local_path, there)
        with Workspace.open(local_path) as here:
            here.require_writable()
            there.require_writable()
            return retrying(lambda: _sync(here, there))


# --- a new laptop copy --------------------------------------------------------------------------------------------


def _copy(path: Path, there: Workspace) -> SyncResult:
    frameworks = [framework_data(there, record) for record in there.frameworks()]
    with Workspace.create(path, frameworks) as here, here.transaction() as session, \
            there.transaction() as remote_session:
        decisions = _decisions(remote_session)
        _write(session, _entry_ids(session), decisions.values(), ())
        _remember(session, there.location, {pair: d.fingerprint for pair, d in decisions.items()}, set(), {})
        return SyncResult(str(path), there.location, created=True, decisions=len(decisions),
                          frameworks_received=[framework.key for framework in frameworks])


def framework_data(workspace: Workspace, record: FrameworkRecord) -> FrameworkData:
    """A framework of `workspace` with its entries, as an importer would give it (to copy it elsewhere)."""
    entries = tuple(
        EntryData(
            key=entry.ref.key, kind=entry.kind, label=entry.label, lang=entry.lang, definition=entry.definition,
            category=entry.category, labels=entry.labels, definitions=entry.definitions, purpose=entry.purpose,
            trigger=entry.trigger, outcome=entry.outcome, parent=entry.parent.key if entry.parent else None,
            position=entry.position, broader=_keys(entry.broader), related=_keys(entry.related),
            domains=_keys(entry.domains), ranges=_keys(entry.ranges), iri=entry.iri, status=entry.status,
            source=entry.source, successors=entry.successors, realised_by=_keys(entry.realised_by),
            includes=_keys(entry.includes),
        )
        for entry in workspace.entries(record.key)
    )
    return FrameworkData(key=record.key, name=record.name, edition=record.edition, publisher=record.publisher,
                         language=record.language, languages=record.languages, attribution=record.attribution,
                         licence=record.licence, description=record.description, origin=record.origin,
                         entries=entries)


def _keys(refs: Iterable[Ref]) -> tuple[str, ...]:
    return tuple(ref.key for ref in refs)


# --- both sides exist ---------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    send: list[Decision] = field(default_factory=list)
    unsend: list[Pair] = field(default_factory=list)
    take: list[Decision] = field(default_factory=list)
    untake: list[Pair] = field(default_factory=list)
    agreed: dict[Pair, str] = field(default_factory=dict)
    """Pairs both sides now hold alike (fingerprint), or hold neither ("")."""
    conflicts: list[Conflict] = field(default_factory=list)


def _sync(here: Workspace, there: Workspace) -> SyncResult:
    result = SyncResult(here.location, there.location)
    # LOCAL first: its write lock (SQLite) is held until the end, so the app cannot change it halfway.
    with here.transaction(consistent=True) as session, there.transaction(consistent=True) as remote_session:
        ours_fw = {record.key for record in _framework_records(session)}
        theirs_fw = {record.key for record in _framework_records(remote_session)}
        result.frameworks_sent = sorted(ours_fw - theirs_fw)
        result.frameworks_received = sorted(theirs_fw - ours_fw)
        for key in result.frameworks_sent:
            insert_framework(remote_session, framework_data(here, here.framework(key)))
        for key in result.frameworks_received:
            insert_framework(session, framework_data(there, there.framework(key)))
        ours, theirs = _decisions(session), _decisions(remote_session)
        base = {(Ref.parse(row.subject), Ref.parse(row.object)): row.fingerprint
                for row in session.scalars(select(SyncBase).where(SyncBase.remote == there.location))}
        settled = _settled(session, there.location, ours)
        base.update(settled)
        plan = _plan(ours, theirs, base)
        here_ids, there_ids = _entry_ids(session), _entry_ids(remote_session)
        result.notes += _drop_missing(plan, here_ids, there_ids)
        _write(remote_session, there_ids, plan.send, plan.unsend)
        _write(session, here_ids, plan.take, plan.untake)
        _remember(session, there.location, plan.agreed, set(base) - set(plan.agreed) - _pairs(plan.conflicts),
                  {(c.subject, c.object): c for c in plan.conflicts})
    result.sent = len(plan.send) + len(plan.unsend)
    result.received = len(plan.take) + len(plan.untake)
    result.conflicts = plan.conflicts
    return result


def _framework_records(session: Session) -> list[Framework]:
    return list(session.scalars(select(Framework)))


def _pairs(conflicts: Iterable[Conflict]) -> set[Pair]:
    return {(conflict.subject, conflict.object) for conflict in conflicts}


def _settled(session: Session, remote: str, ours: dict[Pair, Decision]) -> dict[Pair, str]:
    """Conflicts decided again here since they were found: their remote side counts as seen (the base), so the
    decision made here goes out. Resolved conflicts are removed."""
    settled: dict[Pair, str] = {}
    for row in session.scalars(select(SyncConflict).where(SyncConflict.remote == remote)):
        pair = (Ref.parse(row.subject), Ref.parse(row.object))
        current = ours.get(pair)
        if (current.version if current is not None else None) != row.local_version:
            theirs = Decision.from_json(*pair, row.theirs) if row.theirs is not None else None
            settled[pair] = theirs.fingerprint if theirs is not None else ""
            session.delete(row)
    return settled


def _plan(ours: dict[Pair, Decision], theirs: dict[Pair, Decision], base: dict[Pair, str]) -> _Plan:
    plan = _Plan()
    for pair in sorted(set(ours) | set(theirs) | set(base), key=lambda p: (str(p[0]), str(p[1]))):
        mine, yours = ours.get(pair), theirs.get(pair)
        mine_fp = mine.fingerprint if mine else ""
        yours_fp = yours.fingerprint if yours else ""
        before = base.get(pair, "")
        if mine_fp == yours_fp:
            plan.agreed[pair] = mine_fp
        elif mine_fp == before:  # changed there only
            plan.take.append(yours) if yours else plan.untake.append(pair)
            plan.agreed[pair] = yours_fp
        elif yours_fp == before:  # changed here only
            plan.send.append(mine) if mine else plan.unsend.append(pair)
            plan.agreed[pair] = mine_fp
        else:
            plan.conflicts.append(Conflict(pair[0], pair[1], mine, yours))
    _reversed_pairs(plan, ours, theirs)
    return plan


def _reversed_pairs(plan: _Plan, ours: dict[Pair, Decision], theirs: dict[Pair, Decision]) -> None:
    """A decision about (a, b) arriving where the pair is decided the other way round, as (b, a), is a conflict
    too: one pair, two decisions (the mapper keeps one per pair)."""
    for outgoing, side, removed in ((plan.send, theirs, plan.unsend), (plan.take, ours, plan.untake)):
        for decision in list(outgoing):
            reverse = (decision.object, decision.subject)
            if reverse in side and reverse not in removed:
                outgoing.remove(decision)
                pair = (decision.subject, decision.object)
                plan.agreed.pop(pair, None)
                mine = ours.get(pair) or ours.get(reverse)
                yours = theirs.get(pair) or theirs.get(reverse)
                plan.conflicts.append(Conflict(pair[0], pair[1], mine, yours))


def _drop_missing(plan: _Plan, here_ids: dict[Ref, int], there_ids: dict[Ref, int]) -> list[Message]:
    """Decisions naming an entry the receiving side lacks (another edition of a framework) stay unsynced."""
    notes: list[Message] = []
    for decisions, removals, ids, missing_in in ((plan.send, plan.unsend, there_ids, MISSING_THERE),
                                                 (plan.take, plan.untake, here_ids, MISSING_HERE)):
        for decision in list(decisions):
            missing = next((ref for ref in (decision.subject, decision.object) if ref not in ids), None)
            if missing is not None:
                decisions.remove(decision)
                plan.agreed.pop((decision.subject, decision.object), None)
                notes.append(missing_in(subject=str(decision.subject), object=str(decision.object),
                                        ref=str(missing)))
        removals[:] = [pair for pair in removals if pair[0] in ids and pair[1] in ids]
    return notes


# --- reading and writing one side ---------------------------------------------------------------------------------


def _entry_ids(session: Session) -> dict[Ref, int]:
    return {Ref(framework, key): entry_id for entry_id, framework, key in
            session.execute(select(Entry.id, Framework.key, Entry.key).join(Framework))}


def _decisions(session: Session) -> dict[Pair, Decision]:
    subject, obj = aliased(Entry), aliased(Entry)
    subject_fw, object_fw = aliased(Framework), aliased(Framework)
    rows = session.execute(
        select(subject_fw.key, subject.key, object_fw.key, obj.key, Mapping.predicate, Mapping.negated,
               Mapping.confidence, Mapping.justification, Mapping.author, Mapping.comment, Mapping.created,
               Mapping.updated, Mapping.version)
        .join(subject, Mapping.subject_id == subject.id).join(subject_fw, subject.framework_id == subject_fw.id)
        .join(obj, Mapping.object_id == obj.id).join(object_fw, obj.framework_id == object_fw.id)
    )
    decisions = {}
    for sfw, skey, ofw, okey, predicate, negated, confidence, justification, author, comment, created, updated, \
            version in rows:
        pair = (Ref(sfw, skey), Ref(ofw, okey))
        decisions[pair] = Decision(*pair, predicate, negated, confidence, justification, author, comment, created,
                                   updated, version)
    return decisions


def _write(session: Session, ids: dict[Ref, int], decisions: Iterable[Decision], removals: Iterable[Pair]) -> None:
    removals = list(removals)
    if removals:
        table = cast(Table, Mapping.__table__)
        session.connection().execute(
            delete(table).where(and_(table.c.subject_id == bindparam("s"), table.c.object_id == bindparam("o"))),
            [{"s": ids[a], "o": ids[b]} for a, b in removals])
    rows = [{"subject_id": ids[d.subject], "object_id": ids[d.object], **d.values()} for d in decisions]
    if not rows:
        return
    statement = insert_for(session)(Mapping)
    statement = statement.on_conflict_do_update(
        index_elements=[Mapping.subject_id, Mapping.object_id],
        set_={name: statement.excluded[name] for name in (*_FIELDS, "created", "updated", "version")},
    )
    session.connection().execute(statement, rows)


def _remember(session: Session, remote: str, agreed: dict[Pair, str], forgotten: set[Pair],
              conflicts: dict[Pair, Conflict]) -> None:
    """Keep what both sides now hold as the base of the next sync, and the conflicts found."""
    table = cast(Table, SyncBase.__table__)
    gone = [pair for pair, fingerprint in agreed.items() if not fingerprint] + list(forgotten)
    if gone:
        session.connection().execute(
            delete(table).where(table.c.remote == remote, table.c.subject == bindparam("s"),
                                table.c.object == bindparam("o")),
            [{"s": str(a), "o": str(b)} for a, b in gone])
    rows = [{"remote": remote, "subject": str(a), "object": str(b), "fingerprint": fingerprint}
            for (a, b), fingerprint in agreed.items() if fingerprint]
    if rows:
        statement = insert_for(session)(table)
        statement = statement.on_conflict_do_update(index_elements=["remote", "subject", "object"],
                                                    set_={"fingerprint": statement.excluded.fingerprint})
        session.connection().execute(statement, rows)
    # Every conflict still standing was found again: the rows are replaced by what this sync found.
    session.execute(delete(SyncConflict).where(SyncConflict.remote == remote))
    if conflicts:
        session.execute(insert(SyncConflict), [
            {"remote": remote, "subject": str(a), "object": str(b),
             "local_version": conflict.ours.version if conflict.ours else None,
             "theirs": conflict.theirs.as_json() if conflict.theirs else None, "found": utcnow()}
            for (a, b), conflict in conflicts.items()])
    state = session.get(SyncState, remote)
    if state is None:
        session.add(SyncState(remote=remote, synced=utcnow()))
    else:
        state.synced = utcnow()


def open_conflicts(workspace: Workspace) -> dict[Pair, Decision | None]:
    """The conflicts a sync found and nobody has settled yet: the pair, and the other side's decision (None: it
    was removed there). A pair decided again here since counts as settled."""
    with workspace.transaction() as session:
        rows = session.scalars(select(SyncConflict)).all()
        if not rows:  # the usual case, and one cheap query: the Decisions tab asks after every decision
            return {}
        ours = {pair: decision.version for pair, decision in _decisions(session).items()}
        found: dict[Pair, Decision | None] = {}
        for row in rows:
            pair = (Ref.parse(row.subject), Ref.parse(row.object))
            if ours.get(pair) == row.local_version:
                found[pair] = Decision.from_json(*pair, row.theirs) if row.theirs is not None else None
        return found
