"""Incident rules: MCU events and graded health in, incident and attendance changes out.

`IncidentTracker.feed(event)` takes every MCU event; `IncidentTracker.feed_health(report)` takes each
`console.live.telemetry.HealthReport` (the hub grades at a steady rate and passes the report on). Both return a list of
changes for the store to persist and the UI to show. Times are the events' and reports' own `at`; nothing here
reads a clock.

Rules (one open incident per (site, kind) at a time; opening and resolving times are the onset times):

| kind            | opens when                                                     | severity | resolves when                |
|-----------------|----------------------------------------------------------------|----------|------------------------------|
| link_down       | the site's last participant leaves, not by operator command    | critical | the site joins again         |
| no_audio        | connected, not muted, audio bitrate ~0 all window, no_media_s  | critical | sound back no_media_clear_s  |
| no_video        | connected, not video-muted, video kbps or fps ~0, no_media_s   | critical | picture back no_media_clear_s|
| packet_loss     | rx or tx loss graded RED for degraded_s                        | warning  | the grade leaves RED         |
| jitter          | rx or tx jitter graded RED for degraded_s                      | warning  | the grade leaves RED         |
| low_bitrate     | rx bitrate graded RED for degraded_s (unless no picture)       | warning  | the grade leaves RED         |
| mcu_unreachable | LinkChanged(UNREACHABLE) at once; DEGRADED for mcu_fault_s   | critical | LinkChanged(CONNECTED)       |
| mcu_auth        | DEGRADED with reason AUTH (401 / 403) for mcu_fault_s          | critical | LinkChanged(CONNECTED)       |

A leave from a conference declared over with `conference_ended()` opens no link_down.

A person may resolve an incident by hand (`resolved_by_hand`); the rules keep watching its condition. `holds(key)`
says whether the condition is still there: the site still lost, still silent or blank (not merely sound or picture
back and waiting for `no_media_clear_s`), still lossy / jittery / starved, the MCU still failing. When the condition
clears, nothing more happens. When it is still there `reopen_s` after the manual resolve, the incident is resolved
for the rules too and a new one opens, linked to it (`IncidentOpened.reopens`), opened at the manual resolve's
time: the log then covers the whole outage. A shared fault resolved by hand takes no more sites; when its sites
reopen and are again a shared fault, the new parent is linked to the old one (`ParentOpened.reopens`).

The MCU has one incident at a time (site = the MCU's name, detail = "<reason>: <the driver's error>"). A DEGRADED
link — the MCU answers, but with errors, nonsense, a reply too large or too slow, a stalled event stream — is a
fault once it has lasted `mcu_fault_s` (its onset is the opening time); short blips open nothing. A refused login or
an untrusted certificate before the MCU ever answered properly opens at once: waiting cannot mend a wrong password.
Only CONNECTED (the MCU answering properly again) resolves it; a link that merely turns from UNREACHABLE to
DEGRADED is still failing. When the fault changes its nature (unreachable → refused login, or back) and the new one
lasts, the open incident resolves and one of the new kind opens. A DEGRADED link does not stop the health rules: when
only the event stream fails, the polls still bring true statistics (and when the polls fail, no sample arrives).

Amber grades open no incident: they show on the wall tile, and at a few thousand sites amber-level incidents
would bury the ones that matter. Loss, jitter and bitrate are warnings — the meeting goes on with a degraded
picture — while a site with no link, no sound or no picture is out of the meeting, which is critical. The grade
already carries hysteresis (a RED grade lasts at least `Thresholds.hold_s`), so those rules resolve as soon as the
grade leaves RED. When a site's last participant leaves, its open media incidents resolve at that moment (the
link_down incident, if any, takes over).

While the MCU is unreachable (or the link is still connecting), health reports are ignored — no per-site incident
opens or resolves from missing data — and the rules' timers restart once the link is back. A site with no sample
in the grading window keeps its incidents as they are.

Shared faults: when at least `storm_min` incidents of one kind open within `storm_window_s` of each other at
sites of one area, or failing that of one telecom provider (`Site.provider.organisation`), a parent incident opens
(site = the area or the provider's name, detail = the `GroupBy` value, the children's kind, their gravest severity,
their earliest opening time) and the children are linked to it; later incidents of that kind in that group join the
open parent. The parent resolves when its last child resolves. A site's area is its cluster (`Site.cluster`, the
control center's cụm), else its former district (`Site.district`, or the district site itself, for registries of
the old map), else its province (`Site.province`, its own or its nearest parent's; failing that the code of its
nearest province-level parent): the province-level sites and a national network without clusters group by
province. `set_sites` changes the registry the groups are taken from (an edit saved while the console runs).

Attendance is cumulative: every join and every leave is a change of its own; nothing is overwritten.

For the store: `IncidentOpened`/`ParentOpened` → insert (remember key → row id), `IncidentGrouped` → set the
child's parent_id to the parent's row id, `IncidentResolved` → set resolved_at. Keys are unique per tracker.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt

from console.domain import (
    AttendanceJoined,
    AttendanceLeft,
    Change,
    GroupBy,
    Health,
    Incident,
    IncidentGrouped,
    IncidentKind,
    IncidentOpened,
    IncidentResolved,
    LinkChanged,
    LinkState,
    McuEvent,
    ParentOpened,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    ParticipantUpdated,
    Severity,
    Site,
    Tier,
)
from console.domain.mcu import LinkReason
from console.live.rules import IncidentRules
from console.live.telemetry import GRADED, HealthReport, Metric, SiteDirectory, SiteKey

F64 = npt.NDArray[np.float64]


Bool = npt.NDArray[np.bool_]


DEFAULT_RULES = IncidentRules()


_HEALTH_KINDS: tuple[IncidentKind, ...] = (
    IncidentKind.NO_AUDIO,
    IncidentKind.NO_VIDEO,
    IncidentKind.PACKET_LOSS,
    IncidentKind.JITTER,
    IncidentKind.LOW_BITRATE,
)


_SEVERITY: dict[IncidentKind, Severity] = {
    IncidentKind.LINK_DOWN: Severity.CRITICAL,
    IncidentKind.NO_AUDIO: Severity.CRITICAL,
    IncidentKind.NO_VIDEO: Severity.CRITICAL,
    IncidentKind.PACKET_LOSS: Severity.WARNING,
    IncidentKind.JITTER: Severity.WARNING,
    IncidentKind.LOW_BITRATE: Severity.WARNING,
    IncidentKind.MCU_UNREACHABLE: Severity.CRITICAL,
    IncidentKind.MCU_AUTH: Severity.CRITICAL,
    IncidentKind.READINESS: Severity.WARNING,
}


_COL = {m: i for i, m in enumerate(GRADED)}


_PAIRS: dict[IncidentKind, tuple[Metric, ...]] = {
    IncidentKind.PACKET_LOSS: (Metric.RX_LOSS, Metric.TX_LOSS),
    IncidentKind.JITTER: (Metric.RX_JITTER, Metric.TX_JITTER),
    IncidentKind.LOW_BITRATE: (Metric.RX_BITRATE,),
}


_SUPPRESSING = (LinkState.UNREACHABLE, LinkState.CONNECTING)
_MCU_KINDS = (IncidentKind.MCU_UNREACHABLE, IncidentKind.MCU_AUTH)
_AT_ONCE_BEFORE_FIRST_CONTACT = (
    LinkReason.AUTH,
    LinkReason.TLS,
)  # configuration faults: waiting mends nothing


@dataclass(frozen=True, slots=True)
class _McuFault:
    kind: IncidentKind  # the incident this fault would open
    since: datetime  # onset of this kind of fault
    detail: str  # the newest error


def _from_epoch(t: float) -> datetime:
    return datetime.fromtimestamp(t, UTC)


def _conditions(report: HealthReport, kind: IncidentKind) -> tuple[Bool, Bool, Bool]:
    """(raw, known, eligible) per slot for one health-driven kind."""
    conn = report.connected
    if kind is IncidentKind.NO_AUDIO:
        return report.silent, report.audio_known, conn & ~report.audio_muted
    if kind is IncidentKind.NO_VIDEO:
        return report.blank, report.video_known, conn & ~report.video_muted
    grade = report.grades[:, [_COL[m] for m in _PAIRS[kind]]].max(axis=1)
    raw = grade == Health.RED
    eligible = conn
    if kind is IncidentKind.LOW_BITRATE:
        raw = raw & ~report.blank  # no picture is its own incident
        eligible = conn & ~report.video_muted
    return raw, grade > Health.UNKNOWN, eligible


def _detail(report: HealthReport, kind: IncidentKind, i: int) -> str:
    if kind not in _PAIRS:
        return ""
    metrics = _PAIRS[kind]
    levels = [float(report.levels[i, _COL[m]]) for m in metrics]
    grades = [int(report.grades[i, _COL[m]]) for m in metrics]
    j = max(
        range(len(metrics)), key=lambda x: (grades[x], -levels[x] if kind is IncidentKind.LOW_BITRATE else 0)
    )
    return f"{metrics[j].name.lower()}={levels[j]:.1f}"


class IncidentTracker:
    """Opens and resolves incidents for one MCU; see the module docstring for the rules.

    `sites` is the registry; `site_key(display_name, remote_address)` names a participant's site (by default a
    `SiteDirectory` over `sites`: registry address or name match, else the MCU display name). `mcu` names the MCU
    in its own mcu_unreachable incidents.
    """

    def __init__(
        self,
        sites: Sequence[Site],
        site_key: SiteKey | None = None,
        *,
        rules: IncidentRules = DEFAULT_RULES,
        mcu: str = "MCU",
    ) -> None:
        self.rules = rules
        self.mcu = mcu
        self._sites: dict[str, Site] = {}
        self._areas: dict[str, tuple[GroupBy, str] | None] = {}
        self.set_sites(sites)
        self._site_key: Callable[[str, str], str] = site_key if site_key is not None else SiteDirectory(sites)
        self._seq = 0
        self._incidents: dict[int, Incident] = {}  # open ones, parents included
        self._open: dict[tuple[str, IncidentKind], int] = {}  # open per-site incidents
        self._mcu_open: int | None = None
        self._mcu_fault: _McuFault | None = None
        self._mcu_answered = False  # the link was CONNECTED at least once
        self._link: LinkState | None = None
        # attendance and connection state
        self._uuid: dict[str, tuple[str, str]] = {}  # uuid → (site key, conference)
        self._connections: dict[str, int] = {}
        self._ended: set[str] = set()
        # shared-fault grouping
        self._recent: dict[tuple[GroupBy, str, IncidentKind], deque[tuple[float, int]]] = {}
        self._open_parent: dict[tuple[GroupBy, str, IncidentKind], int] = {}
        self._parent_group: dict[int, tuple[GroupBy, str, IncidentKind]] = {}
        self._children: dict[int, set[int]] = {}
        self._parent_of: dict[int, int] = {}
        self._parent_resolved_at: dict[int, datetime] = {}
        # manual resolves: key → when a person resolved it; health incidents whose condition is clearing
        self._by_hand: dict[int, datetime] = {}
        self._clearing: set[int] = set()
        self._reopened_from: dict[int, int] = {}  # new key → the key it reopens
        # health-rule timers, (len(_HEALTH_KINDS), slots): onset of the condition / of its clearing
        self._on: F64 = np.zeros((len(_HEALTH_KINDS), 0))
        self._off: F64 = np.zeros((len(_HEALTH_KINDS), 0))

    def set_sites(self, sites: Sequence[Site]) -> None:
        """The registry the shared faults group by (from the next incident on; open parents stay as they are)."""
        self._sites = {s.code: s for s in sites}
        self._areas = {}

    # -- queries --

    def open_incidents(self) -> dict[int, Incident]:
        """Every incident whose condition the rules still follow, by key, parents included (also those a person
        resolved by hand: see `resolved_by_hand`)."""
        return dict(self._incidents)

    def holds(self, key: int) -> bool:
        """Whether the condition of an open incident still holds (for a shared fault: at one of its sites at least).

        False for an incident the rules no longer follow, and for a silent or blank site whose sound or picture is
        back and only waits for `no_media_clear_s` (or a grade that has just left RED).
        """
        incident = self._incidents.get(key)
        if incident is None:
            return False
        children = self._children.get(key)
        if children is not None:
            return any(self.holds(c) for c in children)
        if incident.kind is IncidentKind.LINK_DOWN:
            return not self.connected(incident.site)
        return key not in self._clearing

    def clearing(self) -> frozenset[int]:
        """Open incidents whose condition has cleared and that wait for the rules to resolve them."""
        return frozenset(self._clearing)

    def by_hand(self, key: int) -> datetime | None:
        """When a person resolved the incident by hand, while the rules still follow its condition; else None."""
        return self._by_hand.get(key)

    def resolved_by_hand(self, key: int, at: datetime) -> None:
        """A person resolved the incident at `at`: if its condition is still there `reopen_s` later, a new
        incident linked to it opens (see the module docstring). Unknown or already followed keys are ignored."""
        if key in self._incidents and key not in self._by_hand:
            self._by_hand[key] = at

    def reopened_by_hand(self, key: int) -> None:
        """A person reopened an incident resolved by hand: the rules follow it as an open incident again (they
        resolve it when its condition clears) and open no new incident for it."""
        self._by_hand.pop(key, None)

    def open_key(self, site: str, kind: IncidentKind) -> int | None:
        """Key of the open per-site incident of that kind, or None."""
        if kind in _MCU_KINDS:
            key = self._mcu_open
            return key if key is not None and self._incidents[key].kind is kind else None
        return self._open.get((site, kind))

    def parent_of(self, key: int) -> int | None:
        return self._parent_of.get(key)

    def children(self, parent: int) -> frozenset[int]:
        """The open children of an open parent."""
        return frozenset(self._children.get(parent, ()))

    def connected(self, site: str) -> bool:
        return self._connections.get(site, 0) > 0

    def conference_ended(self, conference: str) -> None:
        """The meeting is over: leaves from this conference no longer open link_down (until someone joins it)."""
        self._ended.add(conference)

    # -- events --

    def feed(self, event: McuEvent) -> list[Change]:
        """Take any MCU event. MediaStats is not needed here: its effect arrives through `feed_health`."""
        if isinstance(event, ParticipantJoined):
            return self._joined(event.at, event.participant)
        if isinstance(event, ParticipantUpdated):
            if event.participant.uuid not in self._uuid:  # a join we missed
                return self._joined(event.at, event.participant)
            return []
        if isinstance(event, ParticipantLeft):
            return self._left(event)
        if isinstance(event, LinkChanged):
            return self._link_changed(event)
        return []

    def _joined(self, at: datetime, p: Participant) -> list[Change]:
        if p.uuid in self._uuid:
            return []
        key = self._site_key(p.display_name, p.remote_address)
        self._uuid[p.uuid] = (key, p.conference)
        self._connections[key] = self._connections.get(key, 0) + 1
        self._ended.discard(p.conference)
        changes: list[Change] = [AttendanceJoined(key, p.uuid, at, p.conference)]
        down = self._open.get((key, IncidentKind.LINK_DOWN))
        if down is not None:
            changes += self._resolve(down, at)
        return changes

    def _left(self, ev: ParticipantLeft) -> list[Change]:
        known = self._uuid.pop(ev.uuid, None)
        key, conference = known if known is not None else (self._site_key(ev.display_name, ""), ev.conference)
        changes: list[Change] = [AttendanceLeft(key, ev.uuid, ev.at, ev.by_operator, conference)]
        remaining = max(0, self._connections.get(key, 0) - 1)
        self._connections[key] = remaining
        if remaining:
            return changes
        for kind in _HEALTH_KINDS:
            open_key = self._open.get((key, kind))
            if open_key is not None:
                changes += self._resolve(open_key, ev.at)
        if not ev.by_operator and conference not in self._ended:
            changes += self._open_site(key, IncidentKind.LINK_DOWN, ev.at, conference)
        return changes

    def _link_changed(self, ev: LinkChanged) -> list[Change]:
        self._link = ev.state
        if ev.state is LinkState.CONNECTED:
            self._mcu_answered = True
            self._mcu_fault = None
            return self._resolve_mcu(ev.at)
        if ev.state is LinkState.CONNECTING:
            return []
        if ev.state is LinkState.UNREACHABLE:
            self._on.fill(np.nan)
            self._off.fill(np.nan)
        kind = IncidentKind.MCU_AUTH if ev.reason is LinkReason.AUTH else IncidentKind.MCU_UNREACHABLE
        detail = f"{ev.reason.value}: {ev.error}" if ev.reason is not LinkReason.NONE else ev.error
        fault = self._mcu_fault
        since = fault.since if fault is not None and fault.kind is kind else ev.at
        self._mcu_fault = _McuFault(kind, since, detail)
        at_once = ev.state is LinkState.UNREACHABLE or (
            not self._mcu_answered and ev.reason in _AT_ONCE_BEFORE_FIRST_CONTACT
        )
        return self._check_mcu(ev.at, at_once)

    def _check_mcu(self, now: datetime, at_once: bool = False) -> list[Change]:
        """Open the MCU's incident once its fault has lasted long enough (or at once)."""
        fault = self._mcu_fault
        if fault is None:
            return []
        key = self._mcu_open
        current = self._incidents[key] if key is not None else None
        if key is not None and current is not None and current.kind is fault.kind:
            by_hand = self._by_hand.get(key)
            if by_hand is None or (now - by_hand).total_seconds() < self.rules.reopen_s:
                return []
            return [*self._resolve_mcu(by_hand), *self._open_mcu(fault.kind, by_hand, fault.detail, key)]
        if not at_once and (now - fault.since).total_seconds() < self.rules.mcu_fault_s:
            return []
        changes = self._resolve_mcu(fault.since)  # a fault of another nature took over
        return changes + self._open_mcu(fault.kind, fault.since, fault.detail)

    def _open_mcu(
        self, kind: IncidentKind, at: datetime, detail: str, reopens: int | None = None
    ) -> list[Change]:
        incident = Incident(site=self.mcu, kind=kind, severity=_SEVERITY[kind], opened_at=at, detail=detail)
        self._mcu_open = key = self._next_key()
        self._incidents[key] = incident
        return [IncidentOpened(key, incident, reopens)]

    def _resolve_mcu(self, at: datetime) -> list[Change]:
        key, self._mcu_open = self._mcu_open, None
        if key is None:
            return []
        opened = self._incidents.pop(key)
        self._by_hand.pop(key, None)
        return [IncidentResolved(key, max(at, opened.opened_at))]

    # -- health --

    def feed_health(self, report: HealthReport) -> list[Change]:
        """Apply the health rules to one report (see the module docstring)."""
        mcu = self._check_mcu(report.at)
        if self._link in _SUPPRESSING:
            self._on.fill(np.nan)
            self._off.fill(np.nan)
            self._clearing.clear()
            return mcu
        n = len(report.keys)
        if self._on.shape[1] < n:
            pad = np.full((len(_HEALTH_KINDS), n - self._on.shape[1]), np.nan)
            self._on = np.concatenate([self._on, pad], axis=1)
            self._off = np.concatenate([self._off, pad.copy()], axis=1)
        t = report.at.timestamp()
        r = self.rules
        changes: list[Change] = mcu
        clearing: set[int] = set()
        for ri, kind in enumerate(_HEALTH_KINDS):
            raw, known, eligible = _conditions(report, kind)
            is_open = np.zeros(n, dtype=np.bool_)
            for (site, k), _ in self._open.items():
                if k is kind:
                    slot = report.index(site)
                    if slot is not None:
                        is_open[slot] = True
            active = known & eligible & raw
            clear = (known & ~raw) | ~eligible
            on, off = self._on[ri, :n], self._off[ri, :n]
            on[:] = np.where(active, np.where(np.isnan(on), t, on), np.nan)
            off[:] = np.where(clear, np.where(np.isnan(off), t, off), np.nan)
            no_media = kind in (IncidentKind.NO_AUDIO, IncidentKind.NO_VIDEO)
            sustain = r.no_media_s if no_media else r.degraded_s
            settle = r.no_media_clear_s if no_media else r.degraded_clear_s
            settled = t - off >= settle
            for i in np.flatnonzero(is_open & clear & settled):
                key = self._open[(report.keys[i], kind)]
                changes += self._resolve(key, _from_epoch(float(off[i])))
            for i in np.flatnonzero(is_open & clear & ~settled):
                clearing.add(self._open[(report.keys[i], kind)])
            for i in np.flatnonzero(active & ~is_open & (t - on >= sustain)):
                site = report.keys[i]
                changes += self._open_site(
                    site, kind, _from_epoch(float(on[i])), _detail(report, kind, int(i))
                )
        self._clearing = clearing
        return changes + self._reopen_due(report.at)

    def _reopen_due(self, now: datetime) -> list[Change]:
        """Incidents resolved by hand whose condition is still there `reopen_s` later open again, linked."""
        changes: list[Change] = []
        for key, since in list(self._by_hand.items()):
            if key == self._mcu_open or key in self._children:
                continue  # the MCU's follows its link; a shared fault follows its sites
            if (now - since).total_seconds() < self.rules.reopen_s or not self.holds(key):
                continue
            old = self._incidents[key]
            changes += self._resolve(key, since)
            changes += self._open_site(old.site, old.kind, since, old.detail, reopens=key)
        return changes

    # -- opening, resolving, grouping --

    def _next_key(self) -> int:
        self._seq += 1
        return self._seq

    def _open_site(
        self, site: str, kind: IncidentKind, at: datetime, detail: str = "", reopens: int | None = None
    ) -> list[Change]:
        if (site, kind) in self._open:
            return []
        incident = Incident(site=site, kind=kind, severity=_SEVERITY[kind], opened_at=at, detail=detail)
        key = self._next_key()
        self._incidents[key] = incident
        self._open[(site, kind)] = key
        if reopens is not None:
            self._reopened_from[key] = reopens
        return [IncidentOpened(key, incident, reopens), *self._group(key, incident)]

    def area(self, site_code: str) -> tuple[GroupBy, str] | None:
        """The area a site's shared faults are grouped in (see the module docstring); None for a stranger or a
        site in none (the central one)."""
        if site_code in self._areas:
            return self._areas[site_code]
        site = self._sites.get(site_code)
        if site is None:
            return None
        district = site.district or (site.code if site.tier is Tier.DISTRICT else None)
        found: tuple[GroupBy, str] | None
        if site.cluster:
            found = (GroupBy.CLUSTER, site.cluster)
        elif district:
            found = (GroupBy.DISTRICT, district)
        else:
            found = self._province(site)
        self._areas[site_code] = found
        return found

    def _province(self, site: Site) -> tuple[GroupBy, str] | None:
        seen: set[str] = set()
        node: Site | None = site
        while node is not None and node.code not in seen:
            if node.province:
                return (GroupBy.PROVINCE, node.province)
            if node.tier is Tier.PROVINCE:
                return (GroupBy.PROVINCE, node.code)
            seen.add(node.code)
            node = self._sites.get(node.parent) if node.parent is not None else None
        return None

    def open_readiness(
        self, site: str, at: datetime, detail: str = "", meeting_id: int | None = None
    ) -> list[Change]:
        """An expected site is not ready at T−30 (`console.readiness`): one open incident per site, never grouped."""
        kind = IncidentKind.READINESS
        if (site, kind) in self._open:
            return []
        incident = Incident(site, kind, _SEVERITY[kind], at, detail=detail, meeting_id=meeting_id)
        key = self._next_key()
        self._incidents[key] = incident
        self._open[(site, kind)] = key
        return [IncidentOpened(key, incident)]

    def resolve_readiness(self, site: str, at: datetime) -> list[Change]:
        """The site passed its checks after all: its readiness incident resolves."""
        key = self._open.get((site, IncidentKind.READINESS))
        return [] if key is None else self._resolve(key, at)

    def _groups(self, site_code: str) -> list[tuple[GroupBy, str]]:
        site = self._sites.get(site_code)
        if site is None:
            return []
        area = self.area(site_code)
        groups: list[tuple[GroupBy, str]] = [area] if area is not None else []
        if site.provider is not None and site.provider.organisation:
            groups.append((GroupBy.PROVIDER, site.provider.organisation))
        return groups

    def _group(self, key: int, incident: Incident) -> list[Change]:
        groups = self._groups(incident.site)
        if not groups:
            return []
        t = incident.opened_at.timestamp()
        window = self.rules.storm_window_s
        for gb, value in groups:
            bucket = self._recent.setdefault((gb, value, incident.kind), deque())
            bucket.append((t, key))
            newest = max(tb for tb, _ in bucket)
            while bucket and bucket[0][0] < newest - window:
                bucket.popleft()
        for gb, value in groups:
            gkey = (gb, value, incident.kind)
            parent = self._open_parent.get(gkey)
            if parent is not None and parent not in self._by_hand:  # resolved by hand: it takes no more sites
                return self._link_child(key, parent)
            candidates = [
                c
                for tc, c in self._recent[gkey]
                if abs(tc - t) <= window and c in self._incidents and c not in self._parent_of
            ]
            if len(candidates) >= self.rules.storm_min:
                return self._open_parent_incident(gb, value, incident.kind, candidates)
        return []

    def _open_parent_incident(
        self, gb: GroupBy, value: str, kind: IncidentKind, children: list[int]
    ) -> list[Change]:
        kids = [self._incidents[c] for c in children]
        incident = Incident(
            site=value,
            kind=kind,
            severity=max((k.severity for k in kids), key=lambda s: s.rank),
            opened_at=min(k.opened_at for k in kids),
            detail=gb.value,
        )
        key = self._next_key()
        self._incidents[key] = incident
        self._open_parent[(gb, value, kind)] = key
        self._parent_group[key] = (gb, value, kind)
        self._children[key] = set()
        old_parents = (self._parent_of.get(self._reopened_from.get(c, -1)) for c in children)
        reopens = next((p for p in old_parents if p is not None), None)
        changes: list[Change] = [ParentOpened(key, incident, gb, reopens)]
        for c in children:
            changes += self._link_child(c, key)
        return changes

    def _link_child(self, child: int, parent: int) -> list[Change]:
        self._parent_of[child] = parent
        self._children[parent].add(child)
        return [IncidentGrouped(child, parent)]

    def _resolve(self, key: int, at: datetime) -> list[Change]:
        incident = self._incidents.pop(key)
        self._by_hand.pop(key, None)
        self._clearing.discard(key)
        self._reopened_from.pop(key, None)
        if self._open.get((incident.site, incident.kind)) == key:
            del self._open[(incident.site, incident.kind)]
        changes: list[Change] = [IncidentResolved(key, at)]
        parent = self._parent_of.get(key)
        if parent is not None and parent in self._incidents:
            last = max(at, self._parent_resolved_at.get(parent, at))
            self._parent_resolved_at[parent] = last
            children = self._children[parent]
            children.discard(key)
            if not children:
                self._incidents.pop(parent)
                self._by_hand.pop(parent, None)
                group = self._parent_group.pop(parent)
                if self._open_parent.get(group) == parent:  # a parent of the same group may have taken over
                    del self._open_parent[group]
                self._children.pop(parent)
                self._parent_resolved_at.pop(parent)
                changes.append(IncidentResolved(parent, last))
        return changes
