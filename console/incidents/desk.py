"""The people's side of incidents: what the operator acknowledged, learnt and decided, next to what the rules saw.

`IncidentDesk(hub, store)` listens to a `Hub` and keeps the list the incident panel shows: every incident opened
while it listens (and the ones open when it started), open or resolved, with its acknowledgement, the cause, fix
and expected restore time people entered, and its shared-fault children. Operations (`acknowledge`, `annotate`,
`resolve`) change the entry at once and send the matching write (`console.records`) to the recorder under the
tracker's key; the recorder finds the incident's row by that key, also when the opening write is still queued in
front of it.

Operations on a shared-fault parent apply to its open children too: one acknowledgement for a storm of sites
behind one provider, one cause and restore time for all of them.

A supervisor may reopen a resolved incident (`reopen`: the supervisor's right, audited, recorded in the command
log as `reopen_incident`): it is open again, with its shared-fault children resolved with it; the rules follow it
again and resolve it themselves once its condition clears.

A manual resolve is recorded in the log at once, and audited as a command (`resolve_incident`: who, when, the
incident, whether its condition still held, cause and fix). Each entry knows whether the rules still see its
condition (`DeskEntry.condition_holds`: the site still lost, still silent …). Resolving such an incident by hand
needs a cause and a fix (given now, or entered before): without them `resolve` raises `ResolveRefused`. The
tracker is told, keeps watching the condition and, when it is still there after the rules' `reopen_s`, opens a new
incident linked to this one (`DeskEntry.reopens`). When the condition clears instead, the tracker resolves the
incident itself (the log keeps the first resolution time), so the desk ignores that later resolution. An incident
whose condition has already cleared resolves by hand as before, cause and fix optional.

`parse_eta(text, now)` reads the expected restore time an operator types: "14:30", "+20" (minutes from now),
"22/11 14:30" or "22/11/2026 14:30", in Asia/Ho_Chi_Minh time.

The desk keeps every open incident and the `keep_resolved` most recently resolved ones (with their children); older
resolved ones leave it with an `EntryRemoved` — the log keeps them all, and a long day must not slow the panel.

Listeners (`subscribe`) receive `EntryAdded`, `EntryChanged` and `EntryRemoved`; all calls happen on the hub's
thread.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from console.access import Actor, AuditResult, Guard, Permission
from console.domain import (
    LOCAL_TZ,
    CommandRecord,
    CommandResult,
    GroupBy,
    Incident,
    IncidentGrouped,
    IncidentOpened,
    IncidentResolved,
    ParentOpened,
    Severity,
    Site,
)
from console.live.hub import Graded, Hub, HubNews
from console.records import (
    CommandLogged,
    IncidentAcknowledged,
    IncidentEdited,
    IncidentReopened,
    IncidentResolvedManually,
    Recorder,
    Write,
    new_key,
)

__all__ = [
    "REOPEN_ACTION",
    "RESOLVE_ACTION",
    "ActingDesk",
    "DeskEntry",
    "DeskNews",
    "EntryAdded",
    "EntryChanged",
    "EntryRemoved",
    "EtaError",
    "EtaProblem",
    "IncidentDesk",
    "ResolveRefused",
    "missing_for_resolve",
    "parse_eta",
]

RESOLVE_ACTION = "resolve_incident"
"""The audit's `action` for a manual resolve."""
REOPEN_ACTION = "reopen_incident"
"""The command log's `action` for a reopen."""


@dataclass(frozen=True, slots=True)
class DeskEntry:
    """One incident as the operator sees it. `incident` carries resolution, acknowledgement, cause, fix and ETA."""

    key: int  # the tracker's key
    incident: Incident
    parent: int | None = None  # key of the shared-fault parent
    children: tuple[int, ...] = ()  # keys of the children of a shared-fault parent, in the order they joined
    group_by: GroupBy | None = None  # set on a shared-fault parent
    resolved_by: str = ""  # who resolved it by hand; "" when the rules resolved it
    condition_holds: bool = False  # the rules still see the condition (as of the resolve, once resolved)
    # the key of the incident this one reopens: resolved by hand while its condition held, and it still held
    reopens: int | None = None

    @property
    def is_open(self) -> bool:
        return self.incident.resolved_at is None

    @property
    def acknowledged(self) -> bool:
        return self.incident.acknowledged_at is not None

    @property
    def is_parent(self) -> bool:
        return self.group_by is not None

    @property
    def alarming(self) -> bool:
        """New and red: open, critical and not yet acknowledged."""
        return self.is_open and self.incident.severity is Severity.CRITICAL and not self.acknowledged


@dataclass(frozen=True, slots=True)
class EntryAdded:
    entry: DeskEntry


@dataclass(frozen=True, slots=True)
class EntryChanged:
    before: DeskEntry
    after: DeskEntry


@dataclass(frozen=True, slots=True)
class EntryRemoved:
    entry: DeskEntry


DeskNews = EntryAdded | EntryChanged | EntryRemoved
KEEP_RESOLVED = 200
DeskListener = Callable[[DeskNews], None]


class IncidentDesk:
    def __init__(
        self,
        hub: Hub,
        store: Recorder | None = None,
        keep_resolved: int = KEEP_RESOLVED,
        guard: Guard | None = None,
    ) -> None:
        self.hub = hub
        self.guard = guard if guard is not None else Guard(None)  # the permission check and the audit trail
        self.store = store if store is not None else hub.store
        self.keep_resolved = keep_resolved
        self._resolved: dict[int, None] = {}  # resolved top-level keys, longest resolved first
        self._entries: dict[int, DeskEntry] = {}
        self._listeners: list[DeskListener] = []
        self._clearing: frozenset[int] = hub.tracker.clearing()
        tracker = hub.tracker
        self._inherit(hub.inherited)
        for key, incident in sorted(tracker.open_incidents().items()):
            if tracker.by_hand(key) is None:  # resolved by hand: only the rules still follow it
                self._entries[key] = DeskEntry(key, incident, condition_holds=tracker.holds(key))
        for key in list(self._entries):
            parent = tracker.parent_of(key)
            if parent is not None and parent in self._entries:
                self._entries[key] = replace(self._entries[key], parent=parent)
                p = self._entries[parent]
                self._entries[parent] = replace(
                    p, children=(*p.children, key), group_by=p.group_by or _group_by(p.incident)
                )
        hub.listeners.append(self._on_hub)

    def _inherit(self, inherited: dict[int, Incident]) -> None:
        """The incidents of the runs this one continues (`Hub.inherit`): entries from the start, linked to their
        parents by row id, resolved ones leaving first."""
        by_row = {i.id: key for key, i in inherited.items() if i.id is not None}
        for key, incident in inherited.items():
            parent = by_row.get(incident.parent_id) if incident.parent_id is not None else None
            self._entries[key] = DeskEntry(key, incident, parent=parent)
        for key, entry in list(self._entries.items()):
            if entry.parent is not None and entry.parent in self._entries:
                p = self._entries[entry.parent]
                self._entries[entry.parent] = replace(
                    p, children=(*p.children, key), group_by=p.group_by or _group_by(p.incident)
                )
        resolved = [e for e in self._entries.values() if not e.is_open and e.parent is None]
        for entry in sorted(resolved, key=lambda e: e.incident.resolved_at or e.incident.opened_at):
            self._resolved[entry.key] = None
        self._prune()

    # --- reading ---------------------------------------------------------------------------------------
    def entry(self, key: int) -> DeskEntry | None:
        return self._entries.get(key)

    def site(self, key: str) -> Site | None:
        """The registry's site for a site key (None for a stranger)."""
        return self.hub.directory.site(key)

    def entries(self) -> list[DeskEntry]:
        """Every entry, newest first: open ones and those resolved while the desk listened."""
        return sorted(self._entries.values(), key=newest_first)

    def open_count(self) -> int:
        return sum(1 for e in self._entries.values() if e.is_open)

    def roots(self) -> list[DeskEntry]:
        """Entries without a parent, newest first."""
        return [e for e in self.entries() if e.parent is None]

    def children(self, key: int) -> list[DeskEntry]:
        """A parent's children, newest first."""
        entry = self._entries.get(key)
        if entry is None:
            return []
        return sorted((self._entries[c] for c in entry.children), key=newest_first)

    def alarming(self) -> list[DeskEntry]:
        """Open critical incidents nobody has acknowledged yet, newest first."""
        return sorted((e for e in self._entries.values() if e.alarming), key=newest_first)

    def subscribe(self, listener: DeskListener) -> Callable[[], None]:
        """Call `listener` with every `EntryAdded` / `EntryChanged`; returns the function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def detach(self) -> None:
        """Stop listening to the hub."""
        if self._on_hub in self.hub.listeners:
            self.hub.listeners.remove(self._on_hub)

    # --- operations ------------------------------------------------------------------------------------
    def acting_as(self, actor: Actor) -> ActingDesk:
        """This desk as `actor` acts on it (the window's panel passes a name; the actor is what counts)."""
        return ActingDesk(self, actor)

    def acknowledge(self, key: int, by: Actor, at: datetime) -> bool:
        """Mark an incident (and a parent's open children) as seen; False when it was already acknowledged.

        Each action below is checked against `by`'s roles (`PermissionDenied`, audited, names the missing role)
        and, done, goes on the audit trail."""
        entry = self._require(key)
        self.guard.require(by, Permission.INCIDENT_ACKNOWLEDGE, _target(entry))
        changed = self._acknowledge(entry, by.name, at)
        self.guard.record(
            by,
            Permission.INCIDENT_ACKNOWLEDGE.value,
            _target(entry),
            detail="" if changed else "already seen",
        )
        return changed

    def _acknowledge(self, entry: DeskEntry, by: str, at: datetime) -> bool:
        changed = False
        for target in (entry, *self._open_children(entry)):
            if target.acknowledged:
                continue
            self._set(
                replace(target, incident=replace(target.incident, acknowledged_at=at, acknowledged_by=by))
            )
            self._queue(IncidentAcknowledged(target.key, by, at))
            changed = True
        return changed

    def annotate(
        self,
        key: int,
        cause: str | None = None,
        fix: str | None = None,
        eta: datetime | None = None,
        *,
        by: Actor,
        clear_eta: bool = False,
    ) -> None:
        """Record what people learnt: the cause, the fix, the expected restore time (None: leave as it is).

        `clear_eta` removes an expected restore time that no longer holds. A parent passes all of it on to its
        open children.
        """
        entry = self._require(key)
        if clear_eta and eta is not None:
            raise ValueError("give an eta or clear it, not both")
        self.guard.require(by, Permission.INCIDENT_EDIT, _target(entry))
        said = [f"{name}: {text}" for name, text in (("cause", cause), ("fix", fix)) if text is not None]
        if eta is not None or clear_eta:
            said.append(f"eta: {eta.isoformat() if eta is not None else 'cleared'}")
        self.guard.record(by, Permission.INCIDENT_EDIT.value, _target(entry), detail="; ".join(said))
        for target in (entry, *self._open_children(entry)):
            incident = target.incident
            if cause is not None:
                incident = replace(incident, cause=cause)
            if fix is not None:
                incident = replace(incident, fix=fix)
            if eta is not None or clear_eta:
                incident = replace(incident, eta=eta)
            if incident == target.incident:
                continue
            self._set(replace(target, incident=incident))
            self._queue(IncidentEdited(target.key, cause, fix, eta, set_eta=eta is not None or clear_eta))

    def resolve(
        self, key: int, by: Actor, at: datetime, cause: str | None = None, fix: str | None = None
    ) -> bool:
        """Close an incident by hand (a parent closes its open children too); False when it was closed already.

        While the rules still see its condition, a cause and a fix are required (given here or entered before);
        without them it raises `ResolveRefused` and changes nothing. An unacknowledged incident is acknowledged by
        the same person at the same time. The resolve is audited as a command.
        """
        entry = self._require(key)
        self.guard.require(by, Permission.INCIDENT_RESOLVE, _target(entry))
        if not entry.is_open:
            return False
        holds = self.hub.tracker.holds(key)
        missing = missing_for_resolve(replace(entry, condition_holds=holds), cause, fix)
        if missing:
            refusal = ResolveRefused(entry, missing)
            self.guard.record(
                by, Permission.INCIDENT_RESOLVE.value, _target(entry), AuditResult.REFUSED, str(refusal)
            )
            raise refusal
        targets = (*self._open_children(entry), entry)
        record = _audit(entry, by.name, at, cause, fix, holds, len(targets))
        self.guard.record(by, Permission.INCIDENT_RESOLVE.value, _target(entry), detail=record.detail)
        self._resolve(entry, targets, by.name, at, cause, fix, record)
        return True

    def _resolve(
        self,
        entry: DeskEntry,
        targets: tuple[DeskEntry, ...],
        by: str,
        at: datetime,
        cause: str | None,
        fix: str | None,
        record: CommandRecord,
    ) -> None:
        self._queue(CommandLogged(new_key(), record))
        for target in targets:
            self.hub.tracker.resolved_by_hand(target.key, at)
            incident = replace(target.incident, resolved_at=at)
            if cause is not None:
                incident = replace(incident, cause=cause)
            if fix is not None:
                incident = replace(incident, fix=fix)
            if incident.acknowledged_at is None:
                incident = replace(incident, acknowledged_at=at, acknowledged_by=by)
                self._queue(IncidentAcknowledged(target.key, by, at))
            held = self.hub.tracker.holds(target.key)
            self._set(replace(target, incident=incident, resolved_by=by, condition_holds=held))
            self._queue(IncidentResolvedManually(target.key, at, cause, fix))

    def reopen(self, key: int, by: Actor, at: datetime) -> bool:
        """Open a resolved incident again (a parent reopens the children resolved with it); False when it is
        open. Needs the right to reopen (`PermissionDenied` names the supervisor role); audited and recorded in
        the command log."""
        entry = self._require(key)
        self.guard.require(by, Permission.INCIDENT_REOPEN, _target(entry))
        if entry.is_open:
            return False
        with_it = [
            c
            for c in (self._entries[k] for k in entry.children if k in self._entries)
            if not c.is_open and c.incident.resolved_at == entry.incident.resolved_at
        ]
        i = entry.incident
        assert i.resolved_at is not None
        who = entry.resolved_by or "the rules"
        detail = (
            f"{i.kind.value} opened {i.opened_at.astimezone(UTC).isoformat()}, resolved "
            f"{i.resolved_at.astimezone(UTC).isoformat()} by {who}; reopened"
        )
        self.guard.record(by, Permission.INCIDENT_REOPEN.value, _target(entry), detail=detail)
        record = CommandRecord(
            actor=by.name,
            action=REOPEN_ACTION,
            target=i.site,
            sent_at=at,
            result=CommandResult.OK,
            detail=detail,
            args={"kind": i.kind.value, "resolved_by": entry.resolved_by, "incidents": 1 + len(with_it)},
        )
        self._queue(CommandLogged(new_key(), record))
        for target in (entry, *with_it):
            self._reopen(target, by.name, at)
        return True

    def _reopen(self, entry: DeskEntry, by: str, at: datetime) -> None:
        self.hub.tracker.reopened_by_hand(entry.key)
        self._resolved.pop(entry.key, None)
        self._set(
            replace(
                entry,
                incident=replace(entry.incident, resolved_at=None),
                resolved_by="",
                condition_holds=self.hub.tracker.holds(entry.key),
            )
        )
        self._queue(IncidentReopened(entry.key, by, at))

    def merge(
        self,
        key: int,
        other: Incident,
        resolved_by: str = "",
        *,
        reopened_by: str = "",
        at: datetime | None = None,
    ) -> bool:
        """Another console's decision on this incident, as the shared log now holds it (`other`): its
        acknowledgement, cause, fix and restore time, and — `resolved_by` given — its manual resolve, or —
        `reopened_by` given — its reopening (at `at`). Not audited here (the other console audited it); written to
        this console's own row. False when nothing changed."""
        entry = self._entries.get(key)
        if entry is None:
            return False
        reopened = reopened_by != "" and other.resolved_at is None and not entry.is_open
        if reopened:
            self._reopen(entry, reopened_by, at if at is not None else other.opened_at)
            entry = self._entries[key]
        incident = entry.incident
        if other.acknowledged_at is not None and incident.acknowledged_at is None:
            incident = replace(
                incident, acknowledged_at=other.acknowledged_at, acknowledged_by=other.acknowledged_by
            )
            self._queue(IncidentAcknowledged(key, other.acknowledged_by, other.acknowledged_at))
        said = (other.cause, other.fix, other.eta)
        if said != (incident.cause, incident.fix, incident.eta):
            incident = replace(incident, cause=other.cause, fix=other.fix, eta=other.eta)
            self._queue(IncidentEdited(key, other.cause, other.fix, other.eta, set_eta=True))
        after = replace(entry, incident=incident)
        if resolved_by and other.resolved_at is not None and entry.is_open:
            at = other.resolved_at
            self.hub.tracker.resolved_by_hand(key, at)
            held = self.hub.tracker.holds(key)
            after = replace(
                after,
                incident=replace(incident, resolved_at=at),
                resolved_by=resolved_by,
                condition_holds=held,
            )
            self._queue(IncidentResolvedManually(key, at, other.cause, other.fix))
        if after == entry:
            return reopened
        self._set(after)
        return True

    # --- internals -------------------------------------------------------------------------------------
    def _require(self, key: int) -> DeskEntry:
        entry = self._entries.get(key)
        if entry is None:
            raise KeyError(f"no incident with key {key}")
        return entry

    def _open_children(self, entry: DeskEntry) -> list[DeskEntry]:
        return [c for c in (self._entries[k] for k in entry.children) if c.is_open]

    def _queue(self, write: Write) -> None:
        if self.store is not None:
            self.store.put(write)

    def _add(self, entry: DeskEntry) -> None:
        self._entries[entry.key] = entry
        self._tell(EntryAdded(entry))

    def _set(self, after: DeskEntry) -> None:
        before = self._entries[after.key]
        if before == after:
            return
        self._entries[after.key] = after
        self._tell(EntryChanged(before, after))
        if before.is_open and not after.is_open and after.parent is None:
            self._resolved[after.key] = None
            self._prune()

    def _prune(self) -> None:
        """Forget the longest-resolved top-level incidents beyond `keep_resolved`, children with their parent."""
        while len(self._resolved) > self.keep_resolved:
            key = next(iter(self._resolved))
            del self._resolved[key]
            entry = self._entries.get(key)
            if entry is None or entry.parent is not None or entry.is_open:
                continue  # grouped under a parent since: it leaves with the parent
            if any(c in self._entries and self._entries[c].is_open for c in entry.children):
                continue
            for k in (*entry.children, key):
                if k in self._entries:
                    self._tell(EntryRemoved(self._entries[k]))  # told while still readable, as Qt models need
                    del self._entries[k]

    def _tell(self, news: DeskNews) -> None:
        for listener in list(self._listeners):
            listener(news)

    def _on_hub(self, news: HubNews) -> None:
        if isinstance(news, Graded):
            self._follow_conditions()
        elif isinstance(news, IncidentOpened):
            if news.key not in self._entries:
                holds = self.hub.tracker.holds(news.key)
                self._add(DeskEntry(news.key, news.incident, condition_holds=holds, reopens=news.reopens))
        elif isinstance(news, ParentOpened):
            if news.key not in self._entries:
                holds = self.hub.tracker.holds(news.key)
                self._add(
                    DeskEntry(
                        news.key,
                        news.incident,
                        group_by=news.group_by,
                        condition_holds=holds,
                        reopens=news.reopens,
                    )
                )
        elif isinstance(news, IncidentGrouped):
            child, parent = self._entries.get(news.key), self._entries.get(news.parent)
            if child is None or parent is None or child.parent == news.parent:
                return
            # the child leaves the top level first, then the parent lists it: views can follow both steps
            self._set(replace(child, parent=news.parent))
            parent = replace(parent, children=(*parent.children, news.key))
            if parent.is_open:
                parent = replace(parent, condition_holds=self.hub.tracker.holds(parent.key))
            self._set(parent)
        elif isinstance(news, IncidentResolved):
            entry = self._entries.get(news.key)
            if entry is not None and entry.is_open:  # a manual resolve keeps its own time
                self._set(replace(entry, incident=replace(entry.incident, resolved_at=news.at)))

    def _follow_conditions(self) -> None:
        """After a grading: entries whose condition began or stopped clearing (and their parents) say so."""
        tracker = self.hub.tracker
        clearing = tracker.clearing()
        changed, self._clearing = clearing ^ self._clearing, clearing
        keys = set(changed)
        for key in changed:
            entry = self._entries.get(key)
            if entry is not None and entry.parent is not None:
                keys.add(entry.parent)
        for key in sorted(keys):
            entry = self._entries.get(key)
            if entry is not None and entry.is_open:
                self._set(replace(entry, condition_holds=tracker.holds(key)))


def newest_first(entry: DeskEntry) -> tuple[float, int]:
    """Sort key: the latest opening time first; among equal times the later key first."""
    return (-entry.incident.opened_at.timestamp(), -entry.key)


class ResolveRefused(ValueError):
    """A manual resolve of an incident whose condition still holds, without a cause or a fix."""

    def __init__(self, entry: DeskEntry, missing: tuple[str, ...]) -> None:
        i = entry.incident
        super().__init__(
            f"incident {entry.key} ({i.kind.value} at {i.site}) still holds: resolving it by hand needs "
            f"{' and '.join(f'a {m}' for m in missing)}"
        )
        self.key = entry.key
        self.missing = missing


def missing_for_resolve(entry: DeskEntry, cause: str | None, fix: str | None) -> tuple[str, ...]:
    """What a manual resolve of `entry` still lacks: ("cause", "fix"), one of them, or () when it may go ahead.

    Only an incident whose condition still holds needs them; a cause or fix entered before counts (None: keep it).
    """
    if not entry.condition_holds:
        return ()
    given = {
        "cause": entry.incident.cause if cause is None else cause,
        "fix": entry.incident.fix if fix is None else fix,
    }
    return tuple(name for name, text in given.items() if not text.strip())


def _audit(
    entry: DeskEntry, by: str, at: datetime, cause: str | None, fix: str | None, held: bool, count: int
) -> CommandRecord:
    """The audit record of a manual resolve: who, when, which incident, whether it still held, cause and fix."""
    i = entry.incident
    cause = i.cause if cause is None else cause
    fix = i.fix if fix is None else fix
    opened = i.opened_at.astimezone(UTC).isoformat()
    state = "its condition still held" if held else "its condition had cleared"
    return CommandRecord(
        actor=by,
        action=RESOLVE_ACTION,
        target=i.site,
        sent_at=at,
        result=CommandResult.OK,
        detail=f"{i.kind.value} opened {opened}, resolved by hand; {state}; cause: {cause}; fix: {fix}",
        args={
            "kind": i.kind.value,
            "opened_at": opened,
            "condition_held": held,
            "cause": cause,
            "fix": fix,
            "incidents": count,
        },
    )


def _group_by(incident: Incident) -> GroupBy | None:
    try:
        return GroupBy(incident.detail)
    except ValueError:
        return None


# --- the expected restore time ----------------------------------------------------------------------------


class EtaProblem(enum.Enum):
    UNPARSABLE = "unparsable"
    PAST = "past"


class EtaError(ValueError):
    def __init__(self, problem: EtaProblem, text: str) -> None:
        super().__init__(f"{problem.value}: {text!r}")
        self.problem = problem
        self.text = text


_CLOCK = re.compile(r"^(\d{1,2})[:hH.](\d{2})$")
_DATED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\s+(\d{1,2})[:hH.](\d{2})$")
_IN = re.compile(r"^\+\s*(\d{1,4})\s*(?:m|min|ph|phút)?$", re.IGNORECASE)
NEXT_DAY_WINDOW = timedelta(hours=12)
"""A bare "HH:MM" already past today means tomorrow only when that is this close (around midnight)."""


def parse_eta(text: str, now: datetime) -> datetime:
    """The expected restore time an operator typed, as an aware UTC-comparable datetime (local time zone).

    Accepts "HH:MM" (today; just after midnight tomorrow when that is within 12 hours), "+N" minutes from now,
    "DD/MM HH:MM" (this year) and "DD/MM/YYYY HH:MM". Raises `EtaError` when it cannot read the text or the
    time is not after `now`.
    """
    s = " ".join(text.strip().split())
    local_now = now.astimezone(LOCAL_TZ)
    eta: datetime | None = None
    try:
        if m := _IN.match(s):
            eta = local_now + timedelta(minutes=int(m.group(1)))
        elif m := _CLOCK.match(s):
            eta = local_now.replace(hour=int(m.group(1)), minute=int(m.group(2)), second=0, microsecond=0)
            if eta <= local_now and eta + timedelta(days=1) - local_now <= NEXT_DAY_WINDOW:
                eta += timedelta(days=1)
        elif m := _DATED.match(s):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3) or local_now.year)
            eta = datetime(year, month, day, int(m.group(4)), int(m.group(5)), tzinfo=LOCAL_TZ)
    except ValueError:  # 25:00, 31/02 …
        eta = None
    if eta is None:
        raise EtaError(EtaProblem.UNPARSABLE, text)
    if eta <= local_now:
        raise EtaError(EtaProblem.PAST, text)
    return eta


def _target(entry: DeskEntry) -> str:
    return f"incident {entry.key} ({entry.incident.kind.value} at {entry.incident.site})"


class ActingDesk:
    """An `IncidentDesk` as one person acts on it: reads pass through, actions go as `actor` (the `by` the
    window's panel passes, a name, is not trusted)."""

    def __init__(self, desk: IncidentDesk, actor: Actor) -> None:
        self.desk = desk
        self.actor = actor

    @property
    def keep_resolved(self) -> int:
        return self.desk.keep_resolved

    def entry(self, key: int) -> DeskEntry | None:
        return self.desk.entry(key)

    def entries(self) -> list[DeskEntry]:
        return self.desk.entries()

    def roots(self) -> list[DeskEntry]:
        return self.desk.roots()

    def children(self, key: int) -> list[DeskEntry]:
        return self.desk.children(key)

    def alarming(self) -> list[DeskEntry]:
        return self.desk.alarming()

    def open_count(self) -> int:
        return self.desk.open_count()

    def site(self, key: str) -> Site | None:
        return self.desk.site(key)

    def subscribe(self, listener: DeskListener) -> Callable[[], None]:
        return self.desk.subscribe(listener)

    def acknowledge(self, key: int, by: str, at: datetime) -> bool:
        return self.desk.acknowledge(key, self.actor, at)

    def annotate(
        self,
        key: int,
        cause: str | None = None,
        fix: str | None = None,
        eta: datetime | None = None,
        *,
        clear_eta: bool = False,
    ) -> None:
        self.desk.annotate(key, cause, fix, eta, by=self.actor, clear_eta=clear_eta)

    def resolve(
        self, key: int, by: str, at: datetime, cause: str | None = None, fix: str | None = None
    ) -> bool:
        return self.desk.resolve(key, self.actor, at, cause, fix)

    def reopen(self, key: int, by: str, at: datetime) -> bool:
        return self.desk.reopen(key, self.actor, at)
