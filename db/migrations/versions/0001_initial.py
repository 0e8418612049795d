"""The initial schema: site registry, meetings, attendance, incidents, floor requests, commands, presets.

Revision ID: 0001
Revises:
Create Date: 2025-01-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CODE = 128
NAME = 255
SHORT = 32


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(CODE), nullable=False),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("tier", sa.String(SHORT), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("district", sa.String(CODE), nullable=True),
        sa.Column("agency", sa.String(NAME), nullable=False),
        sa.Column("room", sa.String(NAME), nullable=False),
        sa.Column("address", sa.String(NAME), nullable=False),
        sa.Column("provider_organisation", sa.String(NAME), nullable=True),
        sa.Column("provider_name", sa.String(NAME), nullable=True),
        sa.Column("provider_phone", sa.String(64), nullable=True),
        sa.Column("provider_email", sa.String(NAME), nullable=True),
        sa.Column("power_organisation", sa.String(NAME), nullable=True),
        sa.Column("power_name", sa.String(NAME), nullable=True),
        sa.Column("power_phone", sa.String(64), nullable=True),
        sa.Column("power_email", sa.String(NAME), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sites"),
        sa.UniqueConstraint("code", name="uq_sites_code"),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["sites.id"], name="fk_sites_parent_id_sites", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_sites_parent_id", "sites", ["parent_id"])

    op.create_table(
        "technicians",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("unit", sa.String(NAME), nullable=False),
        sa.Column("position", sa.String(NAME), nullable=False),
        sa.Column("phone", sa.String(64), nullable=False),
        sa.Column("email", sa.String(NAME), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_technicians"),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name="fk_technicians_site_id_sites", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_technicians_site_id", "technicians", ["site_id"])

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(NAME), nullable=False),
        sa.Column("host_agency", sa.String(NAME), nullable=False),
        sa.Column("host_site_id", sa.Integer(), nullable=True),
        sa.Column("start_at", _utc(), nullable=False),
        sa.Column("end_at", _utc(), nullable=True),
        sa.Column("emergency", sa.Boolean(), nullable=False),
        sa.Column("conference", sa.String(NAME), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meetings"),
        sa.ForeignKeyConstraint(
            ["host_site_id"], ["sites.id"], name="fk_meetings_host_site_id_sites", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_meetings_host_site_id", "meetings", ["host_site_id"])
    op.create_index("ix_meetings_start_at", "meetings", ["start_at"])

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("site", sa.String(NAME), nullable=False),
        sa.Column("participant_uuid", sa.String(64), nullable=False),
        sa.Column("joined_at", _utc(), nullable=False),
        sa.Column("left_at", _utc(), nullable=True),
        sa.Column("left_by_operator", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attendance"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_attendance_meeting_id_meetings", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_attendance_meeting_id", "attendance", ["meeting_id"])
    op.create_index("ix_attendance_site", "attendance", ["site"])
    op.create_index("ix_attendance_participant_uuid", "attendance", ["participant_uuid"])
    op.create_index("ix_attendance_joined_at", "attendance", ["joined_at"])

    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(NAME), nullable=False),
        sa.Column("kind", sa.String(SHORT), nullable=False),
        sa.Column("severity", sa.String(SHORT), nullable=False),
        sa.Column("opened_at", _utc(), nullable=False),
        sa.Column("resolved_at", _utc(), nullable=True),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("fix", sa.Text(), nullable=False),
        sa.Column("eta", _utc(), nullable=True),
        sa.Column("acknowledged_at", _utc(), nullable=True),
        sa.Column("acknowledged_by", sa.String(CODE), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incidents"),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["incidents.id"], name="fk_incidents_parent_id_incidents", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_incidents_meeting_id_meetings", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_incidents_site", "incidents", ["site"])
    op.create_index("ix_incidents_opened_at", "incidents", ["opened_at"])
    op.create_index("ix_incidents_parent_id", "incidents", ["parent_id"])
    op.create_index("ix_incidents_meeting_id", "incidents", ["meeting_id"])

    op.create_table(
        "floor_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(NAME), nullable=False),
        sa.Column("delegate", sa.String(NAME), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("source", sa.String(SHORT), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("requested_at", _utc(), nullable=False),
        sa.Column("granted_at", _utc(), nullable=True),
        sa.Column("ended_at", _utc(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_floor_requests"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_floor_requests_meeting_id_meetings", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_floor_requests_seq_id", "floor_requests", ["seq", "id"])
    op.create_index("ix_floor_requests_requested_at", "floor_requests", ["requested_at"])
    op.create_index("ix_floor_requests_meeting_id", "floor_requests", ["meeting_id"])

    op.create_table(
        "floor_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("from_state", sa.Integer(), nullable=True),
        sa.Column("to_state", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(CODE), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_floor_events"),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["floor_requests.id"],
            name="fk_floor_events_request_id_floor_requests",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_floor_events_request_id", "floor_events", ["request_id"])

    op.create_table(
        "commands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(CODE), nullable=False),
        sa.Column("action", sa.String(CODE), nullable=False),
        sa.Column("target", sa.String(NAME), nullable=False),
        sa.Column("args", sa.JSON(), nullable=False),
        sa.Column("sent_at", _utc(), nullable=False),
        sa.Column("result", sa.String(SHORT), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("rtt_ms", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_commands"),
    )
    op.create_index("ix_commands_sent_at", "commands", ["sent_at"])

    op.create_table(
        "camera_presets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("pan", sa.Integer(), nullable=False),
        sa.Column("tilt", sa.Integer(), nullable=False),
        sa.Column("zoom", sa.Integer(), nullable=False),
        sa.Column("seat_chart", sa.Text(), nullable=False),
        sa.Column("calibrated_by", sa.String(CODE), nullable=False),
        sa.Column("calibrated_at", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_camera_presets"),
        sa.UniqueConstraint("site_id", "slot", name="uq_camera_presets_site_id_slot"),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name="fk_camera_presets_site_id_sites", ondelete="CASCADE"
        ),
    )

    op.create_table(
        "layout_presets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("layout", sa.String(SHORT), nullable=False),
        sa.Column("pinned_sites", sa.JSON(), nullable=False),
        sa.Column("overlay", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_layout_presets"),
        sa.UniqueConstraint("name", name="uq_layout_presets_name"),
    )


def downgrade() -> None:
    for table in (
        "layout_presets",
        "camera_presets",
        "commands",
        "floor_events",
        "floor_requests",
        "incidents",
        "attendance",
        "meetings",
        "technicians",
        "sites",
    ):
        op.drop_table(table)
