"""Presets: a site's speaker preset, and the order of the control center's layout presets.

`camera_presets.speaker` marks the one preset of a site that the floor control recalls when it grants that site
the floor; `layout_presets.ordinal` orders the named layouts on the operator's bar (and their number keys).

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("camera_presets") as batch:
        batch.add_column(sa.Column("speaker", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("layout_presets") as batch:
        batch.add_column(sa.Column("ordinal", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("layout_presets") as batch:
        batch.drop_column("ordinal")
    with op.batch_alter_table("camera_presets") as batch:
        batch.drop_column("speaker")
