"""Readiness once per log: scheduled test runs, T−30 flags and automatic closing checks written once.

A running console opens a meeting's scheduled test runs, flags the sites not ready at T−30 and records the closing
check at a held meeting's end by itself; each is a unique row, so consoles following one log write it once.

Revision ID: 0013
Revises: 0010
Create Date: 2025-01-13 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("readiness_runs") as batch:
        batch.add_column(sa.Column("scheduled", sa.String(32), nullable=True))
    op.create_index(
        "uq_readiness_runs_meeting_scheduled", "readiness_runs", ["meeting_id", "scheduled"], unique=True
    )
    with op.batch_alter_table("readiness_closings") as batch:
        batch.add_column(sa.Column("automatic", sa.Boolean(), nullable=True))
    op.create_index(
        "uq_readiness_closings_meeting_automatic",
        "readiness_closings",
        ["meeting_id", "automatic"],
        unique=True,
    )
    op.create_table(
        "readiness_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(128), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_readiness_flags"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_readiness_flags_meeting_id_meetings", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("meeting_id", "site", name="uq_readiness_flags_meeting_id_site"),
    )


def downgrade() -> None:
    op.drop_table("readiness_flags")
    op.drop_index("uq_readiness_closings_meeting_automatic", table_name="readiness_closings")
    with op.batch_alter_table("readiness_closings") as batch:
        batch.drop_column("automatic")
    op.drop_index("uq_readiness_runs_meeting_scheduled", table_name="readiness_runs")
    with op.batch_alter_table("readiness_runs") as batch:
        batch.drop_column("scheduled")
