"""Graded health."""

from __future__ import annotations

import enum


class Health(enum.IntEnum):
    """Graded health of one metric or one site (see `console.live.telemetry`). Higher is worse."""

    UNKNOWN = 0
    GREEN = 1
    AMBER = 2
    RED = 3
