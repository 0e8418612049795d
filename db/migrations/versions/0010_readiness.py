"""Readiness: test runs, per-site check results, checklist items marked done, estimated starts, closing checks.

Revision ID: 0010
Revises: 0004
Create Date: 2025-01-10 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CODE = 128
SHORT = 32


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _meeting(table: str) -> list[Any]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=f"fk_{table}_meeting_id_meetings", ondelete="CASCADE"
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "readiness_runs",
        *_meeting("readiness_runs"),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("started_by", sa.String(CODE), nullable=False),
        sa.Column("stopped_at", _utc(), nullable=True),
        sa.Column("stopped_by", sa.String(CODE), nullable=False),
    )
    op.create_index("ix_readiness_runs_meeting_id", "readiness_runs", ["meeting_id"])
    op.create_index("ix_readiness_runs_stopped_at", "readiness_runs", ["stopped_at"])
    op.create_table(
        "readiness_checks",
        *_meeting("readiness_checks"),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("site", sa.String(CODE), nullable=False),
        sa.Column("check", sa.String(SHORT), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("by", sa.String(CODE), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["readiness_runs.id"],
            name="fk_readiness_checks_run_id_readiness_runs",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_readiness_checks_meeting_id", "readiness_checks", ["meeting_id"])
    op.create_table(
        "readiness_items",
        *_meeting("readiness_items"),
        sa.Column("item", sa.String(SHORT), nullable=False),
        sa.Column("by", sa.String(CODE), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_readiness_items_meeting_id", "readiness_items", ["meeting_id"])
    op.create_table(
        "readiness_estimates",
        *_meeting("readiness_estimates"),
        sa.Column("start_at", _utc(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by", sa.String(CODE), nullable=False),
        sa.Column("at", _utc(), nullable=False),
    )
    op.create_index("ix_readiness_estimates_meeting_id", "readiness_estimates", ["meeting_id"])
    op.create_table(
        "readiness_closings",
        *_meeting("readiness_closings"),
        sa.Column("by", sa.String(CODE), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("still_connected", sa.JSON(), nullable=False),
    )
    op.create_index("ix_readiness_closings_meeting_id", "readiness_closings", ["meeting_id"])


def downgrade() -> None:
    for table in (
        "readiness_closings",
        "readiness_estimates",
        "readiness_items",
        "readiness_checks",
        "readiness_runs",
    ):
        op.drop_index(f"ix_{table}_meeting_id", table_name=table)
        if table == "readiness_runs":
            op.drop_index("ix_readiness_runs_stopped_at", table_name=table)
        op.drop_table(table)
