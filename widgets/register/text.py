"""The register's words: states, rules broken, mistakes in a draft, and times the Vietnamese way.

Each string stays literal inside `QCoreApplication.translate("RegisterText", …)` so that `pyside6-lupdate` finds
it. Times are shown in Asia/Ho_Chi_Minh (dd/MM/yyyy, 24-hour clock) whatever the machine's zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from console.domain import LOCAL_TZ
from console.domain.register import Announcement, Booking, MeetingState
from console.register.rules import (
    CapacityExceeded,
    EmergencyExempt,
    LeadTimeViolation,
    OtherMeeting,
    RoomConflict,
    RuleWarning,
    Violation,
)
from console.runtime.bridge import DraftProblem

EMERGENCY_MARK = "⚡"


def day_text(at: datetime) -> str:
    """dd/MM/yyyy in Asia/Ho_Chi_Minh."""
    return at.astimezone(LOCAL_TZ).strftime("%d/%m/%Y")


def hm(at: datetime) -> str:
    return at.astimezone(LOCAL_TZ).strftime("%H:%M")


def span_text(start: datetime, end: datetime | None) -> str:
    """`08:00–10:00 03/03/2025`, or with both days when it runs past midnight."""
    if end is None:
        return f"{hm(start)} {day_text(start)}"
    if start.astimezone(LOCAL_TZ).date() == end.astimezone(LOCAL_TZ).date():
        return f"{hm(start)}–{hm(end)} {day_text(start)}"
    return f"{hm(start)} {day_text(start)} – {hm(end)} {day_text(end)}"


def duration_text(d: timedelta) -> str:
    """`2 ngày 3 giờ`, `45 phút` (the translated units)."""
    minutes = max(0, int(d.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(QCoreApplication.translate("RegisterText", "%1 d").replace("%1", str(days)))
    if hours:
        parts.append(QCoreApplication.translate("RegisterText", "%1 h").replace("%1", str(hours)))
    if mins or not parts:
        parts.append(QCoreApplication.translate("RegisterText", "%1 min").replace("%1", str(mins)))
    return " ".join(parts)


def state_text(state: MeetingState) -> str:
    return {
        MeetingState.REGISTERED: QCoreApplication.translate("RegisterText", "registered"),
        MeetingState.MOVED: QCoreApplication.translate("RegisterText", "moved"),
        MeetingState.CANCELLED: QCoreApplication.translate("RegisterText", "cancelled"),
        MeetingState.HELD: QCoreApplication.translate("RegisterText", "held"),
        MeetingState.NOT_HELD: QCoreApplication.translate("RegisterText", "not held"),
    }[state]


def announcement_text(how: Announcement) -> str:
    return {
        Announcement.PHONE: QCoreApplication.translate("RegisterText", "by phone"),
        Announcement.FAX: QCoreApplication.translate("RegisterText", "by fax"),
        Announcement.EMAIL: QCoreApplication.translate("RegisterText", "by e-mail"),
    }[how]


def host_text(b: Booking, names: dict[str, str]) -> str:
    site = names.get(b.host_site, b.host_site) if b.host_site else ""
    return " — ".join(p for p in (b.host_agency, site) if p)


def _other(o: OtherMeeting) -> str:
    which = (
        QCoreApplication.translate("RegisterText", 'meeting %1 "%2"')
        .replace("%1", str(o.id))
        .replace("%2", o.title)
        if o.id is not None
        else QCoreApplication.translate("RegisterText", 'another meeting of this series "%1"').replace(
            "%1", o.title
        )
    )
    return f"{which} ({span_text(o.start, o.end)})"


def violation_text(v: Violation) -> str:
    """A broken rule in words: the rule, the numbers, the other meeting and the sites by name."""
    if isinstance(v, LeadTimeViolation):
        return (
            QCoreApplication.translate(
                "RegisterText",
                "Lead time: registered %1 before the start; the rule is %2 (an emergency is exempt).",
            )
            .replace("%1", duration_text(v.given))
            .replace("%2", duration_text(v.required))
        )
    if isinstance(v, RoomConflict):
        names = ", ".join(s.name for s in v.sites)
        return (
            QCoreApplication.translate("RegisterText", "Room conflict: %1 already in %2, at the same time.")
            .replace("%1", names)
            .replace("%2", _other(v.other))
        )
    assert isinstance(v, CapacityExceeded)
    others = "; ".join(
        QCoreApplication.translate("RegisterText", "%1 with %2 ports")
        .replace("%1", _other(o))
        .replace("%2", str(n))
        for o, n in v.others
    ) or QCoreApplication.translate("RegisterText", "no other meeting")
    return (
        QCoreApplication.translate(
            "RegisterText",
            "MCU capacity: %1 ports needed at %2, the MCU has %3 (%4 for this meeting, the rest for %5).",
        )
        .replace("%1", str(v.needed))
        .replace("%2", f"{hm(v.at)} {day_text(v.at)}")
        .replace("%3", str(v.capacity))
        .replace("%4", str(v.own))
        .replace("%5", others)
    )


def warning_text(w: RuleWarning) -> str:
    """What the rules keep and show, in words: an emergency's waived lead time, a forced rule with its reason."""
    if isinstance(w, EmergencyExempt):
        if w.announced_by is None:
            text = QCoreApplication.translate(
                "RegisterText",
                "Emergency: exempt from the %1 lead time (registered %2 before the start), and marked so.",
            )
        else:
            text = QCoreApplication.translate(
                "RegisterText",
                "Emergency, announced %3: exempt from the %1 lead time (registered %2 before the start), "
                "and marked so.",
            ).replace("%3", announcement_text(w.announced_by))
        return text.replace("%1", duration_text(w.required)).replace("%2", duration_text(w.given))
    return (
        QCoreApplication.translate("RegisterText", "Forced (%1): %2")
        .replace("%1", w.reason)
        .replace("%2", violation_text(w.violation))
    )


def problem_text(problem: DraftProblem) -> str:
    return {
        DraftProblem.NO_TITLE: QCoreApplication.translate("RegisterText", "Give the meeting a title."),
        DraftProblem.NO_HOST: QCoreApplication.translate("RegisterText", "Choose the host site."),
        DraftProblem.UNKNOWN_SITE: QCoreApplication.translate(
            "RegisterText", "An expected site is not in the registry."
        ),
        DraftProblem.START_AFTER_END: QCoreApplication.translate(
            "RegisterText", "The start must be before the end."
        ),
        DraftProblem.IN_THE_PAST: QCoreApplication.translate("RegisterText", "The start is in the past."),
        DraftProblem.SERIES_WITHOUT_END: QCoreApplication.translate(
            "RegisterText", "A series needs its end date."
        ),
        DraftProblem.SERIES_EMPTY: QCoreApplication.translate(
            "RegisterText", "The series has no meeting before its end date."
        ),
        DraftProblem.NO_REASON: QCoreApplication.translate("RegisterText", "Give the reason."),
        DraftProblem.NOT_CHANGEABLE: QCoreApplication.translate(
            "RegisterText", "Only a registered or moved meeting can be changed."
        ),
        DraftProblem.NOT_FOUND: QCoreApplication.translate(
            "RegisterText", "The meeting is no longer in the register."
        ),
    }[problem]
