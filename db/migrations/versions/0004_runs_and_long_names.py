"""Runs of the log, records closed by a stop or a recovery, and MCU text of any length.

- `log_sessions`: one row per console run (started, last heartbeat, ended, host, pid, program, closed_by).
- `meetings`, `attendance`, `incidents` get `run_id` (the run that opened the row; a meeting: the run holding it)
  and `closed_by` (NULL when a real event closed the row; `stop` or `recovery` when the console did).
- `meeting_gaps`: the times a reattached meeting was not watched.
- Text the MCU supplies (display names, participant ids, conference aliases, command targets, delegates) becomes
  TEXT, with no length limit; PostgreSQL indexes the site names and participant ids by hash, since a B-tree
  refuses an entry longer than about 2.7 kB.

SQLite cannot change a column's type in place: those tables are copied (alembic's batch mode), with foreign key
enforcement off for the upgrade (`db.engine.upgrade`), so dropping the old `meetings` or `floor_requests` does
not empty or unlink their children on the way.

It follows 0008 (accounts and the audit trail), merged before it, so the chain stays one line.

Revision ID: 0004
Revises: 0008
Create Date: 2025-01-04 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = 255
SHORT = 32

# table → its columns that become TEXT, with the type they had
LONG_TEXT: dict[str, tuple[tuple[str, sa.String], ...]] = {
    "meetings": (("title", sa.String(NAME)), ("conference", sa.String(NAME))),
    "attendance": (("site", sa.String(NAME)), ("participant_uuid", sa.String(64))),
    "incidents": (("site", sa.String(NAME)),),
    "floor_requests": (("site", sa.String(NAME)), ("delegate", sa.String(NAME))),
    "commands": (("target", sa.String(NAME)),),
}
RUN_TABLES = ("meetings", "attendance", "incidents")
HASHED = (("attendance", "site"), ("attendance", "participant_uuid"), ("incidents", "site"))


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "log_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("heartbeat_at", _utc(), nullable=False),
        sa.Column("ended_at", _utc(), nullable=True),
        sa.Column("host", sa.String(NAME), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("program", sa.String(SHORT), nullable=False),
        sa.Column("closed_by", sa.String(SHORT), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_log_sessions"),
    )
    op.create_index("ix_log_sessions_started_at", "log_sessions", ["started_at"])

    for table, columns in LONG_TEXT.items():
        with op.batch_alter_table(table) as batch:
            for column, was in columns:
                batch.alter_column(column, type_=sa.Text(), existing_type=was, existing_nullable=False)
            if table in RUN_TABLES:
                batch.add_column(sa.Column("run_id", sa.Integer(), nullable=True))
                batch.add_column(sa.Column("closed_by", sa.String(SHORT), nullable=True))
                batch.create_foreign_key(
                    f"fk_{table}_run_id_log_sessions", "log_sessions", ["run_id"], ["id"], ondelete="SET NULL"
                )
                batch.create_index(f"ix_{table}_run_id", ["run_id"])
    if postgres:
        for table, column in HASHED:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
            op.create_index(f"ix_{table}_{column}", table, [column], postgresql_using="hash")

    op.create_table(
        "meeting_gaps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("from_at", _utc(), nullable=False),
        sa.Column("to_at", _utc(), nullable=False),
        sa.Column("closed_by", sa.String(SHORT), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_gaps"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_meeting_gaps_meeting_id_meetings", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["log_sessions.id"], name="fk_meeting_gaps_run_id_log_sessions", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_meeting_gaps_meeting_id", "meeting_gaps", ["meeting_id"])


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.drop_index("ix_meeting_gaps_meeting_id", table_name="meeting_gaps")
    op.drop_table("meeting_gaps")
    if postgres:
        for table, column in HASHED:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
            op.create_index(f"ix_{table}_{column}", table, [column])
    for table, columns in LONG_TEXT.items():
        with op.batch_alter_table(table) as batch:
            if table in RUN_TABLES:
                batch.drop_index(f"ix_{table}_run_id")
                batch.drop_constraint(f"fk_{table}_run_id_log_sessions", type_="foreignkey")
                batch.drop_column("closed_by")
                batch.drop_column("run_id")
            for column, was in columns:  # longer text than the old limit is cut on PostgreSQL
                if postgres:
                    batch.alter_column(
                        column,
                        type_=was,
                        existing_type=sa.Text(),
                        existing_nullable=False,
                        postgresql_using=f"left({column}, {was.length})",
                    )
                else:
                    batch.alter_column(column, type_=was, existing_type=sa.Text(), existing_nullable=False)
    op.drop_index("ix_log_sessions_started_at", table_name="log_sessions")
    op.drop_table("log_sessions")
