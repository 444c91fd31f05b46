"""Team work: a version stamp on every decision, the sync state of a laptop copy, and (PostgreSQL) a notice to
open windows whenever something changes.

- `mapping.version`: a stamp drawn afresh for every change of a decision, unique across the workspace (a
  PostgreSQL sequence; on SQLite, whose writers take turns, a one-row counter). A window remembers the stamp of
  the decision it shows; a change made elsewhere since gives another stamp, even when the pair was removed and
  decided again, so it is never overwritten silently.
- `sync_base`: per remote workspace, what each pair held after the last sync (a fingerprint of the decision),
  so a sync can tell which side changed a pair since.
- `sync_conflict`: pairs both sides changed differently, with the remote's version, until someone decides again.
- `sync_state`: when each remote was last synced.
- PostgreSQL: `unified_concept_member.written` and `unified_concept_link.written` (bigserial) keep the order rows
  were written in, which SQLite keeps as its rowid (workbench.unified_model reads members in that order); the
  ORM classes leave them out, as they leave out SQLite's rowid.
- PostgreSQL: a statement trigger on the tables people change sends NOTIFY workbench_changes with the writer's
  application_name, so windows on the database refresh within seconds and can tell their own changes apart.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NOTIFIED = (
    "framework", "entry", "mapping", "entry_exclusion", "unified_concept", "unified_concept_member",
    "unified_concept_link", "unified_process", "unified_activity", "unified_trace",
)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("mapping", recreate="never") as batch:
        batch.add_column(sa.Column("version", sa.BigInteger(), nullable=False, server_default="0"))
    # Existing decisions take their id as the first stamp: unique, and below every stamp drawn from now on.
    op.execute("UPDATE mapping SET version = id")
    op.create_index("ix_mapping_version", "mapping", ["version"])
    if postgresql:
        op.execute("CREATE SEQUENCE mapping_version_seq")
        op.execute("SELECT setval('mapping_version_seq', (SELECT max(id) FROM mapping)) "
                   "WHERE EXISTS (SELECT 1 FROM mapping)")
    else:
        op.create_table(
            "version_counter",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("value", sa.BigInteger(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_version_counter")),
        )
        op.execute("INSERT INTO version_counter (id, value) SELECT 1, coalesce(max(id), 0) FROM mapping")
    op.create_table(
        "sync_state",
        sa.Column("remote", sa.Text(), nullable=False),
        sa.Column("synced", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("remote", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_base",
        sa.Column("remote", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("object", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("remote", "subject", "object", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("remote", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("object", sa.Text(), nullable=False),
        sa.Column("local_version", sa.BigInteger(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("found", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("remote", "subject", "object", name=op.f("pk_sync_conflict")),
    )
    if postgresql:
        for table in ("unified_concept_member", "unified_concept_link"):
            op.execute(f"ALTER TABLE {table} ADD COLUMN written BIGSERIAL")
        op.execute(
            "CREATE FUNCTION workbench_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM pg_notify('workbench_changes', current_setting('application_name')); RETURN NULL; END $$"
        )
        for table in NOTIFIED:
            op.execute(
                f"CREATE TRIGGER workbench_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION workbench_changed()"
            )


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    if postgresql:
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER workbench_changed ON {table}")
        op.execute("DROP FUNCTION workbench_changed()")
        op.execute("DROP SEQUENCE mapping_version_seq")
        for table in ("unified_concept_member", "unified_concept_link"):
            op.execute(f"ALTER TABLE {table} DROP COLUMN written")
    else:
        op.drop_table("version_counter")
    for table in ("sync_conflict", "sync_base", "sync_state"):
        op.drop_table(table)
    op.drop_index("ix_mapping_version", "mapping")
    with op.batch_alter_table("mapping", recreate="never") as batch:
        batch.drop_column("version")
