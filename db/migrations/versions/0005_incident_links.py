"""Incidents that open again: `incidents.reopens_id` names the incident a new one reopens.

A person may resolve an incident by hand while its condition still holds; when the condition is still there after
the rules' hold time, a new incident opens and names the old one here. Older rows get NULL.

The column is a plain indexed id, without a foreign key: SQLite cannot add a constraint to a table in place, and
the copy-and-move way would drop the old table with foreign keys on, which runs `parent_id`'s ON DELETE SET NULL
against the copy and empties every shared-fault link. The log deletes no incident, so the id stays valid.

Revision ID: 0005
Revises: 0007
Create Date: 2025-01-05 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_incidents_reopens_id"


def upgrade() -> None:
    op.add_column(
        "incidents", sa.Column("reopens_id", sa.Integer(), nullable=True)
    )  # in place, also on SQLite
    op.create_index(INDEX, "incidents", ["reopens_id"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="incidents")
    op.drop_column("incidents", "reopens_id")  # SQLite 3.35 and later drop a column in place
