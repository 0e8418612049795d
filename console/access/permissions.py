"""The one permission table: every action the console has (or will have) → the roles allowed to take it.

    check(actor, Permission.INCIDENT_REOPEN)     # PermissionDenied names the missing role, or returns None
    allowed(actor, Permission.COMMAND_MUTE)      # what the window asks before it shows a button

Every desk asks `check()` (through `AuditTrail.require`, which also audits a refusal) before it acts; the window
only hides what the core would refuse anyway. A person holding several roles holds the union of their rights.
Service accounts hold no role: their rights are their service's (`SERVICE_RIGHTS`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from console.access.errors import Refused
from console.domain.access import Actor, ActorKind, Role, ordered


class Permission(enum.StrEnum):
    """An action the core guards; its value is what the audit trail stores as the action."""

    # commands to the MCU and the cameras (console.commands)
    COMMAND_MUTE = "command.mute"  # mute / unmute a site's sound or picture
    COMMAND_DIAL = "command.dial"
    COMMAND_DISCONNECT = "command.disconnect"
    COMMAND_LAYOUT = "command.layout"  # change the layout, spotlight, apply a layout preset
    COMMAND_LOCK = "command.lock"  # lock / unlock the conference
    COMMAND_CAMERA = "command.camera"  # move a camera, recall a camera preset
    # the floor (console.floor)
    FLOOR_QUEUE = "floor.queue"  # file, accept, move or deny a request
    FLOOR_GRANT = "floor.grant"  # grant, end, revoke the floor; give it to the next
    FLOOR_HANDS = "floor.hands"  # lower a hand, lower all hands
    # incidents (console.incidents)
    INCIDENT_ACKNOWLEDGE = "incident.acknowledge"
    INCIDENT_EDIT = "incident.edit"  # cause, fix, expected restore time
    INCIDENT_RESOLVE = "incident.resolve"
    INCIDENT_REOPEN = "incident.reopen"
    # the meeting register
    MEETING_BOOK = "meeting.book"
    MEETING_FORCE = "meeting.force"  # book against a rule, with a written reason
    MEETING_MOVE = "meeting.move"
    MEETING_CANCEL = "meeting.cancel"
    # the site registry and presets
    REGISTRY_EDIT = "registry.edit"
    CAMERA_PRESET_STORE = "preset.camera.store"  # store, rename, delete a camera preset; the speaker preset
    LAYOUT_PRESET_EDIT = "preset.layout.edit"  # save, reorder, delete a named layout preset
    # readiness
    READINESS_TEST_RUN = "readiness.test_run"  # open or close a test run
    READINESS_MANUAL_PASS = "readiness.manual_pass"  # mark a check passed by hand, with a note
    READINESS_ESTIMATE = "readiness.estimate"  # record an estimated real start
    READINESS_RECORD = "readiness.record"  # record the automatic checks of a test run
    # the live log
    LOG_RECORD = "log.record"  # keep attendance and incidents from the MCU
    # reports and the audit trail
    REPORT_EXPORT = "report.export"  # exports, the 6-month and yearly reports
    AUDIT_READ = "audit.read"  # verify and export the audit trail
    HISTORY_READ = "history.read"  # the history view: meetings, incidents, attendance, commands, floor
    # administration
    ACCOUNT_MANAGE = "account.manage"  # add, disable, set roles, set another person's password
    CONFIG_CHANGE = "config.change"


OP, SUP, TECH, ADMIN = Role.OPERATOR, Role.SUPERVISOR, Role.TECHNICIAN, Role.ADMINISTRATOR

_TABLE: dict[Permission, frozenset[Role]] = {
    Permission.COMMAND_MUTE: frozenset({OP}),
    Permission.COMMAND_DIAL: frozenset({OP}),
    Permission.COMMAND_DISCONNECT: frozenset({OP}),
    Permission.COMMAND_LAYOUT: frozenset({OP}),
    Permission.COMMAND_LOCK: frozenset({OP}),
    Permission.COMMAND_CAMERA: frozenset({OP, TECH}),
    Permission.FLOOR_QUEUE: frozenset({OP}),
    Permission.FLOOR_GRANT: frozenset({OP}),
    Permission.FLOOR_HANDS: frozenset({OP}),
    Permission.INCIDENT_ACKNOWLEDGE: frozenset({OP}),
    Permission.INCIDENT_EDIT: frozenset({OP}),
    Permission.INCIDENT_RESOLVE: frozenset({OP}),
    Permission.INCIDENT_REOPEN: frozenset({SUP}),
    Permission.MEETING_BOOK: frozenset({SUP}),
    Permission.MEETING_FORCE: frozenset({SUP}),
    Permission.MEETING_MOVE: frozenset({SUP}),
    Permission.MEETING_CANCEL: frozenset({SUP}),
    Permission.REGISTRY_EDIT: frozenset({TECH}),
    Permission.CAMERA_PRESET_STORE: frozenset({TECH}),
    Permission.LAYOUT_PRESET_EDIT: frozenset({OP}),
    Permission.READINESS_TEST_RUN: frozenset({OP, TECH}),
    Permission.READINESS_MANUAL_PASS: frozenset({TECH}),
    Permission.READINESS_ESTIMATE: frozenset({OP}),
    Permission.READINESS_RECORD: frozenset({OP}),
    Permission.LOG_RECORD: frozenset({OP}),
    Permission.REPORT_EXPORT: frozenset({SUP}),
    Permission.AUDIT_READ: frozenset({SUP, ADMIN}),
    Permission.HISTORY_READ: frozenset({SUP}),
    Permission.ACCOUNT_MANAGE: frozenset({ADMIN}),
    Permission.CONFIG_CHANGE: frozenset({ADMIN}),
}
PERMISSIONS: Mapping[Permission, frozenset[Role]] = MappingProxyType(_TABLE)
"""Each action → the roles any one of which allows it. Every `Permission` is here (a test holds it whole)."""

MONITOR = "monitor"
SERVICE_RIGHTS: Mapping[str, frozenset[Permission]] = MappingProxyType(
    {MONITOR: frozenset({Permission.LOG_RECORD, Permission.READINESS_RECORD})}
)
"""Service account → what it may do: `monitor` keeps the log and records a test run's checks, nothing else."""

DESCRIPTIONS: Mapping[Permission, str] = MappingProxyType(
    {
        Permission.COMMAND_MUTE: "mute or unmute a site",
        Permission.COMMAND_DIAL: "dial a site",
        Permission.COMMAND_DISCONNECT: "disconnect a site",
        Permission.COMMAND_LAYOUT: "change the layout",
        Permission.COMMAND_LOCK: "lock or unlock the conference",
        Permission.COMMAND_CAMERA: "move a camera",
        Permission.FLOOR_QUEUE: "manage the floor queue",
        Permission.FLOOR_GRANT: "give or end the floor",
        Permission.FLOOR_HANDS: "lower raised hands",
        Permission.INCIDENT_ACKNOWLEDGE: "acknowledge an incident",
        Permission.INCIDENT_EDIT: "edit an incident",
        Permission.INCIDENT_RESOLVE: "resolve an incident",
        Permission.INCIDENT_REOPEN: "reopen an incident",
        Permission.MEETING_BOOK: "register a meeting",
        Permission.MEETING_FORCE: "force a booking",
        Permission.MEETING_MOVE: "move a meeting",
        Permission.MEETING_CANCEL: "cancel a meeting",
        Permission.REGISTRY_EDIT: "edit the site registry",
        Permission.CAMERA_PRESET_STORE: "store a camera preset",
        Permission.LAYOUT_PRESET_EDIT: "edit the layout presets",
        Permission.READINESS_TEST_RUN: "open or close a test run",
        Permission.READINESS_MANUAL_PASS: "pass a readiness check by hand",
        Permission.READINESS_ESTIMATE: "record an estimated start",
        Permission.READINESS_RECORD: "record readiness checks",
        Permission.LOG_RECORD: "keep the live log",
        Permission.REPORT_EXPORT: "export reports",
        Permission.AUDIT_READ: "read the audit trail",
        Permission.HISTORY_READ: "read the history",
        Permission.ACCOUNT_MANAGE: "manage accounts",
        Permission.CONFIG_CHANGE: "change the configuration",
    }
)


class PermissionDenied(Refused):
    """`actor` may not take `action`; `needed` are the roles any one of which would allow it."""

    def __init__(self, actor: Actor, action: Permission) -> None:
        self.actor = actor
        self.action = action
        self.needed: tuple[Role, ...] = ordered(PERMISSIONS[action])
        roles = " or ".join(self.needed)
        noun = "role" if len(self.needed) == 1 else "roles"
        what = DESCRIPTIONS[action]
        if actor.kind is ActorKind.SERVICE:
            message = f"the {actor.name} service account may not {what}: that needs the {roles} {noun}"
        else:
            message = f"{actor.label} may not {what}: that needs the {roles} {noun}"
        super().__init__(message)

    @property
    def missing(self) -> str:
        """The missing role(s), as the message names them: `supervisor`, `operator or technician`."""
        return " or ".join(self.needed)


def allowed(actor: Actor, action: Permission) -> bool:
    """Whether `actor` may take `action`."""
    if actor.kind is ActorKind.SERVICE:
        return action in SERVICE_RIGHTS.get(actor.name, frozenset())
    return not actor.roles.isdisjoint(PERMISSIONS[action])


def check(actor: Actor, action: Permission) -> None:
    """Return if `actor` may take `action`; raise `PermissionDenied` (naming the missing role) if not."""
    if not allowed(actor, action):
        raise PermissionDenied(actor, action)


__all__ = [
    "DESCRIPTIONS",
    "MONITOR",
    "PERMISSIONS",
    "SERVICE_RIGHTS",
    "Permission",
    "PermissionDenied",
    "allowed",
    "check",
]
