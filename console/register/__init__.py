"""The meeting register's rules: registration ahead of time, no room booked twice, the MCU's ports; series;
what a held meeting's attendance says; whom to tell of a change; the register as iCalendar.

Pure (no Qt, no database, no MCU): the types are `console.domain.register`'s, storage is `db.register`'s, and
`console.runtime.meeting_cli` is the command line over them.
"""

from console.register.attendance import SiteFigures, actual_times, figures, site_figures, union_seconds
from console.register.notify import Recipient, Role, whom_to_tell
from console.register.rules import (
    CapacityExceeded,
    EmergencyExempt,
    ForcedRule,
    LeadTimeViolation,
    OtherMeeting,
    RegisterRules,
    RoomConflict,
    Rule,
    RuleWarning,
    SiteRef,
    Verdict,
    Violation,
    WarningCode,
    check,
    forced,
)
from console.register.select import SelectionError, select_sites
from console.register.series import SeriesError, occurrences

__all__ = [
    "CapacityExceeded",
    "EmergencyExempt",
    "ForcedRule",
    "LeadTimeViolation",
    "OtherMeeting",
    "Recipient",
    "RegisterRules",
    "Role",
    "RoomConflict",
    "Rule",
    "RuleWarning",
    "SelectionError",
    "SeriesError",
    "SiteFigures",
    "SiteRef",
    "Verdict",
    "Violation",
    "WarningCode",
    "actual_times",
    "check",
    "figures",
    "forced",
    "occurrences",
    "select_sites",
    "site_figures",
    "union_seconds",
    "whom_to_tell",
]
