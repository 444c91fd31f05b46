"""The unified glossary and process model, with traces to framework entries and coverage exclusions.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unified_concept",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(40), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("label_edited", sa.Boolean(), nullable=False),
        sa.Column("definition_edited", sa.Boolean(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_unified_concept"),
        sa.UniqueConstraint("uid", name="uq_unified_concept_uid"),
    )
    op.create_table(
        "unified_concept_member",
        sa.Column("concept_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_id"], ["unified_concept.id"],
            name="fk_unified_concept_member_concept_id_unified_concept", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name="fk_unified_concept_member_entry_id_entry", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("concept_id", "entry_id", name="pk_unified_concept_member"),
    )
    op.create_index("ix_unified_concept_member_entry_id", "unified_concept_member", ["entry_id"])
    op.create_table(
        "unified_concept_link",
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["unified_concept.id"],
            name="fk_unified_concept_link_subject_id_unified_concept", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["object_id"], ["unified_concept.id"],
            name="fk_unified_concept_link_object_id_unified_concept", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subject_id", "object_id", "relation", name="pk_unified_concept_link"),
    )
    op.create_table(
        "unified_process",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(40), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_unified_process"),
        sa.UniqueConstraint("uid", name="uq_unified_process_uid"),
    )
    op.create_table(
        "unified_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(40), nullable=False),
        sa.Column("process_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["process_id"], ["unified_process.id"],
            name="fk_unified_activity_process_id_unified_process", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_unified_activity"),
        sa.UniqueConstraint("uid", name="uq_unified_activity_uid"),
    )
    op.create_index("ix_unified_activity_process_id", "unified_activity", ["process_id"])
    op.create_table(
        "unified_trace",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("process_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.CheckConstraint("(process_id IS NULL) <> (activity_id IS NULL)", name="ck_unified_trace_one_target"),
        sa.ForeignKeyConstraint(
            ["process_id"], ["unified_process.id"],
            name="fk_unified_trace_process_id_unified_process", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["unified_activity.id"],
            name="fk_unified_trace_activity_id_unified_activity", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name="fk_unified_trace_entry_id_entry", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_unified_trace"),
    )
    op.create_index("ix_unified_trace_entry_id", "unified_trace", ["entry_id"])
    op.create_table(
        "entry_exclusion",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name="fk_entry_exclusion_entry_id_entry", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", name="pk_entry_exclusion"),
    )


def downgrade() -> None:
    for table in (
        "entry_exclusion", "unified_trace", "unified_activity", "unified_process",
        "unified_concept_link", "unified_concept_member", "unified_concept",
    ):
        op.drop_table(table)
