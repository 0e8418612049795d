"""The site registry as it is today: clusters, the province, the camera, the technician's side, and history.

`sites` gains `cluster` (the control center's cụm), `province` and `camera` (VISCA "host:port", "" = through the
MCU); `technicians` gains `side` (party | government); `site_changes` keeps every change to a site with when and
who. Every existing row is kept: a technician whose unit is a Party committee (Tỉnh ủy, Huyện ủy, Thành ủy, Thị
ủy, Đảng ủy …) is on the Party side, every other one on the government side; a site of the old map gets its
district as its cluster (the district site's name), so the wall groups an old log as it did before.

Columns are added in place (no table is copied: on SQLite a copy of `sites` would cascade into its children).

Revision ID: 0006
Revises: 0003
Create Date: 2025-07-01 00:00:00
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CODE = 128
NAME = 255
SHORT = 32
PARTY_UNIT = re.compile(r"\b(?:tỉnh|huyện|thành|thị|quận|đảng) (?:ủy|uỷ)\b|\bđảng bộ\b", re.IGNORECASE)


def upgrade() -> None:
    for column in ("cluster", "province", "camera"):
        op.add_column("sites", sa.Column(column, sa.String(NAME), nullable=False, server_default=""))
    op.add_column(
        "technicians", sa.Column("side", sa.String(SHORT), nullable=False, server_default="government")
    )
    op.create_table(
        "site_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(CODE), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_site_changes"),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name="fk_site_changes_site_id_sites", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_site_changes_site_id_at", "site_changes", ["site_id", "at"])

    bind = op.get_bind()
    party = [
        {"id": row_id}
        for row_id, unit in bind.execute(sa.text("SELECT id, unit FROM technicians")).all()
        if unit and PARTY_UNIT.search(unit)
    ]
    if party:
        bind.execute(sa.text("UPDATE technicians SET side = 'party' WHERE id = :id"), party)
    names: dict[str, str] = {
        code: name for code, name in bind.execute(sa.text("SELECT code, name FROM sites"))
    }
    clusters = [
        {"id": row_id, "cluster": names.get(district, district)[:NAME]}
        for row_id, district in bind.execute(
            sa.text("SELECT id, district FROM sites WHERE district IS NOT NULL AND district <> ''")
        ).all()
    ]
    if clusters:
        bind.execute(sa.text("UPDATE sites SET cluster = :cluster WHERE id = :id"), clusters)


def downgrade() -> None:
    op.drop_index("ix_site_changes_site_id_at", table_name="site_changes")
    op.drop_table("site_changes")
    for table, column in (
        ("technicians", "side"),
        ("sites", "camera"),
        ("sites", "province"),
        ("sites", "cluster"),
    ):
        if op.get_bind().dialect.name == "sqlite":  # in place (SQLite ≥ 3.35), never a copy of the table
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)
