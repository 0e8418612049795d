"""The meeting register: registered meetings with their expected sites, series and recorded changes.

`meetings` gains the registration (state, who and when, how an emergency was announced, a supervisor's forcing
reason), its place in a series and, for a meeting recorded from the MCU, the registered meeting it was held as.
Every meeting already in the log was recorded from the MCU: it stays as it is, "held" and unregistered.

The new columns of `meetings` are added in place (no foreign keys on them): copying the table would drop the old
one, and SQLite would set every attendance, incident and floor request's meeting to NULL on the way.

Revision ID: 0007
Revises: 0006
Create Date: 2025-01-07 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CODE = 128
SHORT = 32


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _new_meeting_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("state", sa.String(SHORT), nullable=False, server_default="held"),
        sa.Column("announced_by", sa.String(SHORT), nullable=True),
        sa.Column("registered_by", sa.String(CODE), nullable=False, server_default=""),
        sa.Column("registered_at", _utc(), nullable=True),
        sa.Column("forced", sa.Text(), nullable=False, server_default=""),
        sa.Column("forced_over", sa.Text(), nullable=False, server_default=""),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("recurrence_id", _utc(), nullable=True),
        sa.Column("held_as_id", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "meeting_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("every", sa.String(SHORT), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("first_start", _utc(), nullable=False),
        sa.Column("first_end", _utc(), nullable=False),
        sa.Column("exceptions", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_series"),
    )
    # op.add_column, not a batch: on SQLite a plain ALTER TABLE … ADD COLUMN, the table is never copied
    for column in _new_meeting_columns():
        op.add_column("meetings", column)
    op.create_index("ix_meetings_series_id", "meetings", ["series_id"])
    op.create_index("ix_meetings_held_as_id", "meetings", ["held_as_id"])

    op.create_table(
        "meeting_sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_sites"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_meeting_sites_meeting_id_meetings", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name="fk_meeting_sites_site_id_sites", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("meeting_id", "site_id", name="uq_meeting_sites_meeting_id_site_id"),
    )
    op.create_index("ix_meeting_sites_site_id", "meeting_sites", ["site_id"])

    op.create_table(
        "meeting_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(SHORT), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(CODE), nullable=False),
        sa.Column("changed_at", _utc(), nullable=False),
        sa.Column("old_start", _utc(), nullable=False),
        sa.Column("old_end", _utc(), nullable=True),
        sa.Column("new_start", _utc(), nullable=True),
        sa.Column("new_end", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_changes"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_meeting_changes_meeting_id_meetings", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_meeting_changes_meeting_id", "meeting_changes", ["meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_meeting_changes_meeting_id", table_name="meeting_changes")
    op.drop_table("meeting_changes")
    op.drop_index("ix_meeting_sites_site_id", table_name="meeting_sites")
    op.drop_table("meeting_sites")
    op.drop_index("ix_meetings_held_as_id", table_name="meetings")
    op.drop_index("ix_meetings_series_id", table_name="meetings")
    # SQLite (3.35+) drops a column in place too
    for column in reversed(_new_meeting_columns()):
        op.drop_column("meetings", column.name)
    op.drop_table("meeting_series")
