"""Accounts and the audit trail: users, audit and audit_head.

`users` holds argon2id hashes, roles and the lock-out; `audit` the entries chained by keyed hashes; `audit_head`
the chain's head (one row, the lock every append takes).

Revision ID: 0008
Revises: 0005
Create Date: 2025-01-08 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CODE = 128
NAME = 255
SHORT = 32


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(CODE), nullable=False),
        sa.Column("password_hash", sa.String(NAME), nullable=False),
        sa.Column("roles", sa.String(NAME), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("failed_since", _utc(), nullable=True),
        sa.Column("locked_until", _utc(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("actor", sa.String(CODE), nullable=False),
        sa.Column("actor_kind", sa.String(SHORT), nullable=False),
        sa.Column("action", sa.String(CODE), nullable=False),
        sa.Column("target", sa.String(NAME), nullable=False),
        sa.Column("result", sa.String(SHORT), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit"),
        sa.UniqueConstraint("seq", name="uq_audit_seq"),
    )
    op.create_index("ix_audit_at", "audit", ["at"])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
        sa.Column("tag", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
    )
    op.bulk_insert(head, [{"id": 1, "seq": 0, "mac": "", "tag": ""}])


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_index("ix_audit_at", table_name="audit")
    op.drop_table("audit")
    op.drop_table("users")
