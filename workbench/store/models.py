"""The workspace schema as typed SQLAlchemy 2.x ORM classes.

The Alembic revisions in `workbench/store/migrations/versions/` are the source of truth for what is on disk;
`tests/test_store_schema.py` proves these classes and the migrations describe the same tables.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def next_version(context: Any) -> int:
    """A new stamp for a decision, in the statement's own transaction: PostgreSQL's sequence (never the same value
    twice, even to writers at the same moment); SQLite's one-row counter (its writers take turns)."""
    connection = context.connection
    if connection.dialect.name == "postgresql":
        return int(connection.exec_driver_sql("SELECT nextval('mapping_version_seq')").scalar_one())
    return int(connection.exec_driver_sql("UPDATE version_counter SET value = value + 1 RETURNING value").scalar_one())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Framework(Base):
    __tablename__ = "framework"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    edition: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    attribution: Mapped[str] = mapped_column(Text, default="")
    licence: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(32), default="bundled")
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Entry(Base):
    __tablename__ = "entry"
    __table_args__ = (
        UniqueConstraint("framework_id", "key"),
        Index("ix_entry_framework_kind_position", "framework_id", "kind", "position"),
        Index("ix_entry_parent_id", "parent_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("framework.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(400))
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(16), default="en")
    category: Mapped[str] = mapped_column(String(32), default="")
    definition: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    trigger: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    iri: Mapped[str | None] = mapped_column(Text, nullable=True)
    search: Mapped[str] = mapped_column(Text, default="")
    """Every label of the entry, case-folded, so filtering is a plain LIKE."""
    # Revision 0004: provenance. Server defaults let the rows of older workspaces take the plain values.
    status: Mapped[str] = mapped_column(String(16), default="current", server_default="current")
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    successors: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    """Refs (FRAMEWORK:KEY) of what renamed or replaced the entry; text, as they may name frameworks not loaded."""


class EntryLabel(Base):
    __tablename__ = "label"
    __table_args__ = (Index("ix_label_entry_id", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(8))
    lang: Mapped[str] = mapped_column(String(16))


class EntryDefinition(Base):
    """Definitions in languages other than English (English lives on the entry)."""

    __tablename__ = "definition"

    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    lang: Mapped[str] = mapped_column(String(16), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class EntryLink(Base):
    """Relations inside one framework as the source states them: broader, related, realised-by, includes, and for
    a property of an imported ontology the classes it links (domain, range)."""

    __tablename__ = "entry_link"
    __table_args__ = (Index("ix_entry_link_object_id", "object_id"),)

    subject_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(16), primary_key=True)


class Mapping(Base):
    """A reviewed decision about two entries; one decision per ordered pair."""

    __tablename__ = "mapping"
    __table_args__ = (
        UniqueConstraint("subject_id", "object_id"),
        Index("ix_mapping_object_id", "object_id"),
        Index("ix_mapping_version", "version"),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    object_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    predicate: Mapped[str] = mapped_column(String(40))
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    justification: Mapped[str] = mapped_column(String(80))
    author: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Revision 0007: a stamp drawn afresh by every insert and update, unique in the workspace (see next_version).
    version: Mapped[int] = mapped_column(BigInteger, default=next_version, onupdate=next_version, server_default="0")


# Revision 0002: the unified glossary and process model.


class UnifiedConcept(Base):
    __tablename__ = "unified_concept"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(Text)
    definition: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    notes: Mapped[str] = mapped_column(Text, default="")
    label_edited: Mapped[bool] = mapped_column(Boolean, default=False)
    definition_edited: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Revision 0003: a merge or split pins the members, so refreshing from decisions leaves them as edited.
    members_edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class UnifiedConceptMember(Base):
    __tablename__ = "unified_concept_member"
    __table_args__ = (Index("ix_unified_concept_member_entry_id", "entry_id"),)

    concept_id: Mapped[int] = mapped_column(ForeignKey("unified_concept.id", ondelete="CASCADE"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(16))


class UnifiedConceptLink(Base):
    __tablename__ = "unified_concept_link"

    subject_id: Mapped[int] = mapped_column(ForeignKey("unified_concept.id", ondelete="CASCADE"), primary_key=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("unified_concept.id", ondelete="CASCADE"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(16), primary_key=True)


class UnifiedProcess(Base):
    __tablename__ = "unified_process"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    trigger: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class UnifiedActivity(Base):
    __tablename__ = "unified_activity"
    __table_args__ = (Index("ix_unified_activity_process_id", "process_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("unified_process.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Revision 0006: "draft", "agreed", or "proposed" by the refresh from decisions until a person adopts it.
    status: Mapped[str] = mapped_column(String(16), default="draft", server_default="draft")


class UnifiedTrace(Base):
    """Which framework entry a unified process or activity harmonises, and how."""

    __tablename__ = "unified_trace"
    __table_args__ = (
        CheckConstraint("(process_id IS NULL) <> (activity_id IS NULL)", name="one_target"),
        Index("ix_unified_trace_entry_id", "entry_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    process_id: Mapped[int | None] = mapped_column(
        ForeignKey("unified_process.id", ondelete="CASCADE"), nullable=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("unified_activity.id", ondelete="CASCADE"), nullable=True
    )
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(16))
    # Revision 0006: where the trace comes from: "source", "manual", "derived" or "removed" (see the revision).
    origin: Mapped[str] = mapped_column(String(16), default="manual", server_default="manual")


class EntryExclusion(Base):
    """An entry deliberately left out of the unified model, so coverage does not count it as a gap."""

    __tablename__ = "entry_exclusion"

    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EntryEmbedding(Base):
    """An entry's meaning vector (workbench.matching.meaning), kept so suggestions need not embed it again.

    `text_hash` fingerprints the embedded text and the model: a vector whose entry has changed since is stale
    and is computed again (`workbench.matching.embeddings`)."""

    __tablename__ = "entry_embedding"

    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    model: Mapped[str] = mapped_column(String(40))
    text_hash: Mapped[str] = mapped_column(String(16))
    vector: Mapped[bytes] = mapped_column(LargeBinary)


# Revision 0007: team work.


class VersionCounter(Base):
    """SQLite only: the last stamp given to a decision (PostgreSQL draws them from `mapping_version_seq`)."""

    __tablename__ = "version_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class SyncState(Base):
    """When a laptop copy was last synced with a remote workspace (its location, password left out)."""

    __tablename__ = "sync_state"

    remote: Mapped[str] = mapped_column(Text, primary_key=True)
    synced: Mapped[datetime] = mapped_column(DateTime)


class SyncBase(Base):
    """What a pair held on both sides after the last sync with `remote` (workbench.sync.fingerprint)."""

    __tablename__ = "sync_base"

    remote: Mapped[str] = mapped_column(Text, primary_key=True)
    subject: Mapped[str] = mapped_column(Text, primary_key=True)
    object: Mapped[str] = mapped_column(Text, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))


class SyncConflict(Base):
    """A pair this workspace and `remote` changed differently: the remote's decision (None: removed there) and
    the version of ours when it was found. Deciding the pair again here resolves it (the next sync sends ours)."""

    __tablename__ = "sync_conflict"

    remote: Mapped[str] = mapped_column(Text, primary_key=True)
    subject: Mapped[str] = mapped_column(Text, primary_key=True)
    object: Mapped[str] = mapped_column(Text, primary_key=True)
    local_version: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    theirs: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    found: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
