"""The first schema: frameworks, entries with labels, definitions and links, and mappings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "framework",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("edition", sa.Text(), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("attribution", sa.Text(), nullable=False),
        sa.Column("licence", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(32), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_framework"),
        sa.UniqueConstraint("key", name="uq_framework_key"),
    )
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(16), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("iri", sa.Text(), nullable=True),
        sa.Column("search", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"], ["framework.id"], name="fk_entry_framework_id_framework", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["entry.id"], name="fk_entry_parent_id_entry", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_entry"),
        sa.UniqueConstraint("framework_id", "key", name="uq_entry_framework_id"),
    )
    op.create_index("ix_entry_framework_kind_position", "entry", ["framework_id", "kind", "position"])
    op.create_index("ix_entry_parent_id", "entry", ["parent_id"])
    op.create_table(
        "label",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("lang", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"], name="fk_label_entry_id_entry", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_label"),
    )
    op.create_index("ix_label_entry_id", "label", ["entry_id"])
    op.create_table(
        "definition",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name="fk_definition_entry_id_entry", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", "lang", name="pk_definition"),
    )
    op.create_table(
        "entry_link",
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["entry.id"], name="fk_entry_link_subject_id_entry", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["object_id"], ["entry.id"], name="fk_entry_link_object_id_entry", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("subject_id", "object_id", "relation", name="pk_entry_link"),
    )
    op.create_index("ix_entry_link_object_id", "entry_link", ["object_id"])
    op.create_table(
        "mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("predicate", sa.String(40), nullable=False),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("justification", sa.String(80), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.CheckConstraint("confidence >= 0 AND confidence <= 1", name="ck_mapping_confidence_range"),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["entry.id"], name="fk_mapping_subject_id_entry", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["object_id"], ["entry.id"], name="fk_mapping_object_id_entry", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_mapping"),
        sa.UniqueConstraint("subject_id", "object_id", name="uq_mapping_subject_id"),
    )
    op.create_index("ix_mapping_object_id", "mapping", ["object_id"])


def downgrade() -> None:
    for table in ("mapping", "entry_link", "definition", "label", "entry", "framework"):
        op.drop_table(table)
