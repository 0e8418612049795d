"""The words and times every view shows: the core's codes in translated words, and times in local time.

The core speaks in enums and codes (`IncidentKind.NO_AUDIO`, `"mute_audio"`, `CommandResult.TIMEOUT`); the
tables here turn them into the operator's language, so a code reads the same in the wall, the docks, the site
detail and the status bar. Each string stays literal inside `QCoreApplication.translate(context, …)` so that
`pyside6-lupdate` finds it; the tables are built on each call because the language is chosen at run time.

Times are stored in UTC and shown in Asia/Ho_Chi_Minh whatever the machine's zone, in the Vietnamese style
(dd/mm/yyyy, 24-hour clock).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from console.domain import (
    LOCAL_TZ,
    CommandResult,
    FloorState,
    Health,
    IncidentKind,
    LinkState,
    RequestSource,
    Severity,
)
from console.floor.control import Priority, RefusalCode
from console.floor.desk import ActionReport, FloorAction, Problem, Skip, Step, StepOutcome, StepState
from console.presets.layouts import ADAPTIVE_PREFIX, is_adaptive

# --- local time ---------------------------------------------------------------------------------------------


def local_clock(at: datetime) -> str:
    """HH:MM:SS in Asia/Ho_Chi_Minh."""
    return at.astimezone(LOCAL_TZ).strftime("%H:%M:%S")


def local_minutes(at: datetime) -> str:
    """HH:MM in Asia/Ho_Chi_Minh."""
    return at.astimezone(LOCAL_TZ).strftime("%H:%M")


def local_date_time(at: datetime, seconds: bool = False) -> str:
    """dd/mm/yyyy HH:MM (or HH:MM:SS) in Asia/Ho_Chi_Minh."""
    return at.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def local_minutes_day(at: datetime) -> str:
    """HH:MM dd/mm in Asia/Ho_Chi_Minh: a time within the next days."""
    return at.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m")


def span_text(seconds: float) -> str:
    """A duration as M:SS, or H:MM:SS from an hour on."""
    s = max(0, int(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


# --- health -------------------------------------------------------------------------------------------------
HEALTH_GLYPHS = {Health.UNKNOWN: "?", Health.GREEN: "✓", Health.AMBER: "▲", Health.RED: "✖"}
LOST_GLYPH = "⊘"

# --- incidents ----------------------------------------------------------------------------------------------
KIND_GLYPHS = {
    IncidentKind.LINK_DOWN: "⊘",
    IncidentKind.NO_AUDIO: "♪",
    IncidentKind.NO_VIDEO: "▣",
    IncidentKind.PACKET_LOSS: "↯",
    IncidentKind.JITTER: "≋",
    IncidentKind.LOW_BITRATE: "▼",
    IncidentKind.MCU_UNREACHABLE: "⌁",
    IncidentKind.MCU_AUTH: "⚿",
    IncidentKind.POWER: "⚡",
    IncidentKind.OTHER: "•",
    IncidentKind.READINESS: "⏱",
}
SEVERITY_GLYPHS = {Severity.INFO: "ℹ", Severity.WARNING: "▲", Severity.CRITICAL: "✖"}


def kind_text(kind: IncidentKind) -> str:
    """The translated name of an incident kind."""
    return {
        IncidentKind.LINK_DOWN: QCoreApplication.translate("IncidentText", "Lost connection"),
        IncidentKind.NO_AUDIO: QCoreApplication.translate("IncidentText", "No sound"),
        IncidentKind.NO_VIDEO: QCoreApplication.translate("IncidentText", "No picture"),
        IncidentKind.PACKET_LOSS: QCoreApplication.translate("IncidentText", "Packet loss"),
        IncidentKind.JITTER: QCoreApplication.translate("IncidentText", "Jitter"),
        IncidentKind.LOW_BITRATE: QCoreApplication.translate("IncidentText", "Low bitrate"),
        IncidentKind.MCU_UNREACHABLE: QCoreApplication.translate("IncidentText", "MCU unreachable"),
        IncidentKind.MCU_AUTH: QCoreApplication.translate("IncidentText", "MCU refused the sign-in"),
        IncidentKind.POWER: QCoreApplication.translate("IncidentText", "Power failure"),
        IncidentKind.OTHER: QCoreApplication.translate("IncidentText", "Other"),
        IncidentKind.READINESS: QCoreApplication.translate("IncidentText", "Not ready by T−30"),
    }[kind]


def severity_text(severity: Severity) -> str:
    return {
        Severity.INFO: QCoreApplication.translate("IncidentText", "Information"),
        Severity.WARNING: QCoreApplication.translate("IncidentText", "Warning"),
        Severity.CRITICAL: QCoreApplication.translate("IncidentText", "Critical"),
    }[severity]


# --- the MCU link -------------------------------------------------------------------------------------------
def link_state_text(state: LinkState) -> str:
    return {
        LinkState.CONNECTING: QCoreApplication.translate("LinkText", "MCU: connecting…"),
        LinkState.CONNECTED: QCoreApplication.translate("LinkText", "MCU: connected"),
        LinkState.DEGRADED: QCoreApplication.translate("LinkText", "MCU: degraded"),
        LinkState.UNREACHABLE: QCoreApplication.translate("LinkText", "MCU: unreachable"),
    }[state]


# --- commands sent to the MCU -------------------------------------------------------------------------------
COMMAND_GLYPHS: dict[str, str] = {
    CommandResult.PENDING: "…",
    CommandResult.OK: "✓",
    CommandResult.ERROR: "✖",
    CommandResult.TIMEOUT: "✖",
    CommandResult.UNREACHABLE: "✖",
}


def command_text(action: str) -> str:
    """What a command does, as a verb phrase ("mute_audio" → "mute audio"); an unknown code as itself."""
    names = {
        "mute_audio": QCoreApplication.translate("CommandText", "mute audio"),
        "unmute_audio": QCoreApplication.translate("CommandText", "unmute audio"),
        "mute_video": QCoreApplication.translate("CommandText", "mute video"),
        "unmute_video": QCoreApplication.translate("CommandText", "unmute video"),
        "disconnect": QCoreApplication.translate("CommandText", "disconnect"),
        "dial": QCoreApplication.translate("CommandText", "dial"),
        "lock": QCoreApplication.translate("CommandText", "lock the meeting"),
        "unlock": QCoreApplication.translate("CommandText", "unlock the meeting"),
        "transform_layout": QCoreApplication.translate("CommandText", "change the layout"),
        "lower_hand": QCoreApplication.translate("CommandText", "lower the hand"),
        "lower_all_hands": QCoreApplication.translate("CommandText", "lower all hands"),
        "spotlight_on": QCoreApplication.translate("CommandText", "spotlight"),
        "spotlight_off": QCoreApplication.translate("CommandText", "spotlight off"),
        "camera_move": QCoreApplication.translate("CommandText", "move the camera"),
    }
    return names.get(str(action), str(action))


def layout_name(layout: str) -> str:
    """An MCU layout's name on a button or in a list: its key ("1:7"), or for the adaptive ones what tells them
    apart (the MCU may offer three)."""
    if not is_adaptive(layout):
        return layout
    names = {
        ADAPTIVE_PREFIX: QCoreApplication.translate("LayoutName", "auto"),
        "ac_presentation_in_mix": QCoreApplication.translate("LayoutName", "auto + presentation"),
        "ac_presentation_in_mix_group": QCoreApplication.translate(
            "LayoutName", "auto + presentation, grouped"
        ),
    }
    return names.get(layout) or QCoreApplication.translate("LayoutName", "auto (%1)").replace("%1", layout)


def command_result_text(result: CommandResult | str) -> str:
    """How a command ended, in words (without its glyph); an unknown code reads as a failure."""
    words: dict[str, str] = {
        CommandResult.PENDING: QCoreApplication.translate("CommandText", "sending"),
        CommandResult.OK: QCoreApplication.translate("CommandText", "done"),
        CommandResult.ERROR: QCoreApplication.translate("CommandText", "failed"),
        CommandResult.TIMEOUT: QCoreApplication.translate("CommandText", "no answer in time"),
        CommandResult.UNREACHABLE: QCoreApplication.translate("CommandText", "MCU unreachable"),
    }
    return words.get(str(result), words[CommandResult.ERROR])  # a StrEnum member and its value are one key


def command_glyph(result: CommandResult | str) -> str:
    return COMMAND_GLYPHS.get(str(result), "✖")


# --- the floor ----------------------------------------------------------------------------------------------
SOURCE_GLYPHS = {
    RequestSource.MCU: "☝",  # glyphs the bundled font has: no emoji
    RequestSource.PHONE: "☎",
    RequestSource.EMAIL: "✉",
    RequestSource.ZALO: "✆",
    RequestSource.OPERATOR: "✎",
}
STEP_GLYPHS = {StepState.OK: "✓", StepState.FAILED: "✗", StepState.SKIPPED: "–"}


def source_text(source: RequestSource) -> str:
    return {
        RequestSource.MCU: QCoreApplication.translate("FloorText", "Raised hand"),
        RequestSource.PHONE: QCoreApplication.translate("FloorText", "Phone"),
        RequestSource.EMAIL: QCoreApplication.translate("FloorText", "E-mail"),
        RequestSource.ZALO: QCoreApplication.translate("FloorText", "Zalo"),
        RequestSource.OPERATOR: QCoreApplication.translate("FloorText", "Operator"),
    }[source]


def floor_state_text(state: FloorState) -> str:
    return {
        FloorState.PENDING: QCoreApplication.translate("FloorText", "Pending"),
        FloorState.ACCEPTED: QCoreApplication.translate("FloorText", "Queued"),
        FloorState.GRANTED: QCoreApplication.translate("FloorText", "Speaking"),
        FloorState.DENIED: QCoreApplication.translate("FloorText", "Denied"),
        FloorState.CANCELLED: QCoreApplication.translate("FloorText", "Cancelled"),
        FloorState.RELEASED: QCoreApplication.translate("FloorText", "Finished"),
        FloorState.REVOKED: QCoreApplication.translate("FloorText", "Revoked"),
    }[state]


def priority_text(priority: int) -> str:
    names: dict[int, str] = {
        Priority.LOWEST: QCoreApplication.translate("FloorText", "Lowest"),
        Priority.LOW: QCoreApplication.translate("FloorText", "Low"),
        Priority.NORMAL: QCoreApplication.translate("FloorText", "Normal"),
        Priority.HIGH: QCoreApplication.translate("FloorText", "High"),
        Priority.HIGHEST: QCoreApplication.translate("FloorText", "Highest"),
    }
    return names.get(priority, str(priority))


def step_text(step: Step) -> str:
    return {
        Step.MUTE_HOLDER: QCoreApplication.translate("FloorText", "mute the previous speaker"),
        Step.SPOTLIGHT_OFF_HOLDER: QCoreApplication.translate(
            "FloorText", "spotlight off the previous speaker"
        ),
        Step.UNMUTE: QCoreApplication.translate("FloorText", "unmute"),
        Step.CAMERA: QCoreApplication.translate("FloorText", "camera preset"),
        Step.SPOTLIGHT: QCoreApplication.translate("FloorText", "spotlight"),
        Step.LAYOUT: QCoreApplication.translate("FloorText", "speaker layout"),
        Step.LOWER_HAND: QCoreApplication.translate("FloorText", "lower hand"),
        Step.MUTE: QCoreApplication.translate("FloorText", "mute"),
        Step.SPOTLIGHT_OFF: QCoreApplication.translate("FloorText", "spotlight off"),
        Step.RESTORE_LAYOUT: QCoreApplication.translate("FloorText", "restore layout"),
        Step.LOWER_ALL_HANDS: QCoreApplication.translate("FloorText", "lower all hands"),
    }[step]


def floor_action_text(action: FloorAction) -> str:
    return {
        FloorAction.GRANT: QCoreApplication.translate("FloorText", "Give the floor"),
        FloorAction.RELEASE: QCoreApplication.translate("FloorText", "End speaking"),
        FloorAction.REVOKE: QCoreApplication.translate("FloorText", "Take the floor back"),
        FloorAction.HOLD_TIMEOUT: QCoreApplication.translate("FloorText", "Speaking time is up"),
        FloorAction.OPERATOR_UNMUTE: QCoreApplication.translate("FloorText", "Unmuted at the MCU"),
        FloorAction.LOWER_HAND: QCoreApplication.translate("FloorText", "Lower hand"),
        FloorAction.LOWER_ALL_HANDS: QCoreApplication.translate("FloorText", "Lower all hands"),
        FloorAction.DENY: QCoreApplication.translate("FloorText", "Deny"),
        FloorAction.ACCEPT: QCoreApplication.translate("FloorText", "Accept"),
        FloorAction.REORDER: QCoreApplication.translate("FloorText", "Reorder"),
        FloorAction.ADD: QCoreApplication.translate("FloorText", "Add request"),
    }[action]


def floor_problem_text(problem: Problem) -> str:
    return {
        Problem.NO_COMMANDS: QCoreApplication.translate("FloorText", "not connected to an MCU"),
        Problem.NOT_IN_MEETING: QCoreApplication.translate("FloorText", "the site is not in the meeting"),
        Problem.BUSY: QCoreApplication.translate("FloorText", "another action on this site is still running"),
        Problem.UNKNOWN_CONFERENCE: QCoreApplication.translate("FloorText", "no meeting to file it in"),
        Problem.NOT_IN_REGISTRY: QCoreApplication.translate(
            "FloorText", "the site is not in the registry (not filed as a stranger)"
        ),
    }[problem]


def skip_text(skip: Skip) -> str:
    """Why a step was skipped."""
    return {
        Skip.NO_CAMERA: QCoreApplication.translate(
            "FloorText", "no camera address in the site registry (through the MCU no preset can be recalled)"
        ),
        Skip.NO_PRESET: QCoreApplication.translate("FloorText", "no preset for this site"),
        Skip.NO_HAND: QCoreApplication.translate("FloorText", "no raised hand"),
        Skip.NOT_IN_MEETING: QCoreApplication.translate("FloorText", "the site is not in the meeting"),
        Skip.LAYOUT_UNKNOWN: QCoreApplication.translate("FloorText", "the earlier layout is unknown"),
    }[skip]


def step_outcome_text(step: StepOutcome) -> str:
    """A step with its glyph; a skipped one says so, and why when known."""
    text = f"{STEP_GLYPHS[step.state]} {step_text(step.step)}"
    if step.state is StepState.SKIPPED:
        why = QCoreApplication.translate("FloorText", "skipped")
        if step.skip is not None:
            why = QCoreApplication.translate("FloorText", "skipped: %1").replace("%1", skip_text(step.skip))
        text += f" ({why})"
    return text


def refusal_text(code: RefusalCode) -> str:
    """Why the floor control refused an event."""
    return {
        RefusalCode.UNKNOWN_REQUEST: QCoreApplication.translate(
            "FloorText", "the request is no longer in the queue"
        ),
        RefusalCode.ILLEGAL_TRANSITION: QCoreApplication.translate(
            "FloorText", "not possible in the request's state"
        ),
        RefusalCode.DUPLICATE_REQUEST: QCoreApplication.translate(
            "FloorText", "the site has already asked to speak"
        ),
        RefusalCode.QUEUE_FULL: QCoreApplication.translate("FloorText", "the queue is full"),
        RefusalCode.SESSION_ENDED: QCoreApplication.translate("FloorText", "the meeting has ended"),
        RefusalCode.FLOOR_BUSY: QCoreApplication.translate("FloorText", "another site has the floor"),
        RefusalCode.NOT_HEAD: QCoreApplication.translate("FloorText", "not next in the queue"),
        RefusalCode.BAD_POSITION: QCoreApplication.translate("FloorText", "no such place in the queue"),
        RefusalCode.BAD_PRIORITY: QCoreApplication.translate("FloorText", "no such priority"),
        RefusalCode.PRIORITY_CONFLICT: QCoreApplication.translate(
            "FloorText", "the priority does not fit that place"
        ),
        RefusalCode.BAD_ARGUMENT: QCoreApplication.translate("FloorText", "nothing to change"),
        RefusalCode.NO_ACTIVE_REQUEST: QCoreApplication.translate("FloorText", "the site has no request"),
        RefusalCode.ALREADY_HOLDER: QCoreApplication.translate("FloorText", "the site already has the floor"),
    }[code]


def floor_report_text(report: ActionReport, site_name: str = "") -> str:
    """One line: the action, the site (by `site_name` when given), each step with its glyph, and why it stopped."""
    site = site_name or report.site
    head = f"{floor_action_text(report.action)} — {site}" if site else floor_action_text(report.action)
    parts = [step_outcome_text(s) for s in report.steps]
    if report.problem is not None:
        parts.append(f"✗ {floor_problem_text(report.problem)}")
    elif report.refusal is not None:
        parts.append(
            "✗ "
            + QCoreApplication.translate("FloorText", "refused (%1)").replace(
                "%1", refusal_text(report.refusal)
            )
        )
    if not report.finished:
        parts.append("…")
    return f"{head}: {', '.join(parts)}" if parts else head
