"""Readiness of a registered meeting: its checklist with deadlines, the automatic per-site checks of its test
runs from the live data, manual passes, the T−30 readiness incidents, an estimated real start and the closing
check. Pure (no Qt, no database): the types are `console.domain.readiness`'s, storage is `db.readiness`'s,
`console.runtime.readiness_cli` is the command line and `widgets.readiness` the board. The checks on live data
(`console.readiness.checker`, numpy's) are imported from their module: the rules load without the arrays.
"""

from console.readiness.model import (
    ReadinessRules,
    checklist,
    checks_of,
    failing_first,
    names,
    not_ready,
    site_readiness,
)

__all__ = [
    "ReadinessRules",
    "checklist",
    "checks_of",
    "failing_first",
    "names",
    "not_ready",
    "site_readiness",
]
