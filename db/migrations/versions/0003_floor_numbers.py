"""Floor request numbers come from the database: unique, whichever console writes them.

`floor_requests.seq` gets a unique index; on PostgreSQL a sequence, `floor_request_numbers`, hands out the
numbers (it starts after the largest number already written). Two consoles writing to one PostgreSQL used to
count max + 1 each and could hand out the same number: where a log holds such duplicates, its requests are
numbered again 1…n in the order the export lists them (seq, then id), so every row is kept and keeps its place.
A log without duplicates keeps its numbers.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NUMBERS = "floor_request_numbers"


def upgrade() -> None:
    bind = op.get_bind()
    duplicates = bind.execute(sa.text("SELECT COUNT(seq) - COUNT(DISTINCT seq) FROM floor_requests")).scalar()
    if duplicates:
        ids = bind.execute(sa.text("SELECT id FROM floor_requests ORDER BY seq, id")).scalars().all()
        bind.execute(
            sa.text("UPDATE floor_requests SET seq = :n WHERE id = :id"),
            [{"n": n, "id": row_id} for n, row_id in enumerate(ids, start=1)],
        )
    # an index, not a constraint: SQLite adds it in place, where a constraint would copy the table (and its
    # foreign keys would empty floor_events on the way)
    op.create_index("uq_floor_requests_seq", "floor_requests", ["seq"], unique=True)
    if bind.dialect.name == "postgresql":
        op.execute(sa.schema.CreateSequence(sa.Sequence(NUMBERS)))
        op.execute(f"SELECT setval('{NUMBERS}', COALESCE(MAX(seq), 0) + 1, false) FROM floor_requests")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.schema.DropSequence(sa.Sequence(NUMBERS)))
    op.drop_index("uq_floor_requests_seq", table_name="floor_requests")
