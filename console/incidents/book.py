"""The incident desk as the window sees it: a copy kept from the desk's news, and actions sent as requests.

`IncidentBook` answers what the incident panel reads (`entry`, `roots`, `children`, `alarming`, `open_count`)
from the `DeskEntry`s the desk published, and sends the operator's actions through `send` (to the session,
where the real `IncidentDesk` runs). The changed entries come back as news and reach the panel through
`subscribe`, exactly as the desk's own listeners get them. Both satisfy `IncidentSource`. A manual resolve the
desk would refuse (its condition still holds, no cause or fix) raises `ResolveRefused` here too, before sending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Protocol

from console.domain import Site
from console.incidents.desk import (
    DeskEntry,
    DeskListener,
    DeskNews,
    EntryAdded,
    EntryChanged,
    EntryRemoved,
    ResolveRefused,
    missing_for_resolve,
    newest_first,
)


class IncidentSource(Protocol):
    """What the incident panel reads and does: the desk itself, or a book kept from its news."""

    @property
    def keep_resolved(self) -> int: ...

    def entry(self, key: int) -> DeskEntry | None: ...

    def roots(self) -> list[DeskEntry]: ...

    def children(self, key: int) -> list[DeskEntry]: ...

    def alarming(self) -> list[DeskEntry]: ...

    def open_count(self) -> int: ...

    def site(self, key: str) -> Site | None: ...

    def subscribe(self, listener: DeskListener) -> Callable[[], None]: ...

    def acknowledge(self, key: int, by: str, at: datetime) -> bool: ...

    def annotate(
        self,
        key: int,
        cause: str | None = None,
        fix: str | None = None,
        eta: datetime | None = None,
        *,
        clear_eta: bool = False,
    ) -> None: ...

    def resolve(
        self, key: int, by: str, at: datetime, cause: str | None = None, fix: str | None = None
    ) -> bool:
        """Close by hand; raises `ResolveRefused` when the condition still holds and a cause or fix is missing."""
        ...

    def reopen(self, key: int, by: str, at: datetime) -> bool:
        """Open a resolved incident again (a supervisor's right); False when it is open."""
        ...


class IncidentActions(Protocol):
    """Where the book sends the operator's actions (the session's incident desk, through the bridge)."""

    def acknowledge(self, key: int, by: str, at: datetime) -> None: ...

    def annotate(
        self, key: int, cause: str | None, fix: str | None, eta: datetime | None, clear_eta: bool
    ) -> None: ...

    def resolve(self, key: int, by: str, at: datetime, cause: str | None, fix: str | None) -> None: ...

    def reopen(self, key: int, by: str, at: datetime) -> None: ...


class IncidentBook:
    def __init__(
        self,
        actions: IncidentActions,
        sites: Iterable[Site] = (),
        entries: Iterable[DeskEntry] = (),
        keep_resolved: int = 200,
    ) -> None:
        self.actions = actions
        self.keep_resolved = keep_resolved
        self._sites = {s.code: s for s in sites}
        self._entries: dict[int, DeskEntry] = {e.key: e for e in entries}
        self._listeners: list[DeskListener] = []

    # --- reading -----------------------------------------------------------------------------------------
    def entry(self, key: int) -> DeskEntry | None:
        return self._entries.get(key)

    def entries(self) -> list[DeskEntry]:
        return sorted(self._entries.values(), key=newest_first)

    def roots(self) -> list[DeskEntry]:
        return [e for e in self.entries() if e.parent is None]

    def children(self, key: int) -> list[DeskEntry]:
        entry = self._entries.get(key)
        if entry is None:
            return []
        return sorted((self._entries[c] for c in entry.children if c in self._entries), key=newest_first)

    def alarming(self) -> list[DeskEntry]:
        return sorted((e for e in self._entries.values() if e.alarming), key=newest_first)

    def open_count(self) -> int:
        return sum(1 for e in self._entries.values() if e.is_open)

    def site(self, key: str) -> Site | None:
        return self._sites.get(key)

    def set_sites(self, sites: Iterable[Site]) -> None:
        """The registry was saved: site names are the stored ones from now on."""
        self._sites = {s.code: s for s in sites}

    def subscribe(self, listener: DeskListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    # --- the desk's news ---------------------------------------------------------------------------------
    def apply(self, news: DeskNews) -> None:
        """Take one piece of the desk's news and pass it on to the listeners."""
        if isinstance(news, EntryAdded | EntryChanged):
            entry = news.entry if isinstance(news, EntryAdded) else news.after
            self._entries[entry.key] = entry
        for listener in list(self._listeners):
            listener(news)
        if isinstance(news, EntryRemoved):  # told while still readable, as Qt models need
            self._entries.pop(news.entry.key, None)

    # --- actions: sent, and seen done when the desk's news comes back ------------------------------------
    def acknowledge(self, key: int, by: str, at: datetime) -> bool:
        entry = self._entries.get(key)
        if entry is None:
            raise KeyError(f"no incident with key {key}")
        todo = [e for e in (entry, *self._open_children(entry)) if not e.acknowledged]
        if todo:
            self.actions.acknowledge(key, by, at)
        return bool(todo)

    def annotate(
        self,
        key: int,
        cause: str | None = None,
        fix: str | None = None,
        eta: datetime | None = None,
        *,
        clear_eta: bool = False,
    ) -> None:
        if key not in self._entries:
            raise KeyError(f"no incident with key {key}")
        if clear_eta and eta is not None:
            raise ValueError("give an eta or clear it, not both")
        self.actions.annotate(key, cause, fix, eta, clear_eta)

    def resolve(
        self, key: int, by: str, at: datetime, cause: str | None = None, fix: str | None = None
    ) -> bool:
        entry = self._entries.get(key)
        if entry is None:
            raise KeyError(f"no incident with key {key}")
        if not entry.is_open:
            return False
        missing = missing_for_resolve(entry, cause, fix)
        if missing:  # the desk would refuse it as well
            raise ResolveRefused(entry, missing)
        self.actions.resolve(key, by, at, cause, fix)
        return True

    def reopen(self, key: int, by: str, at: datetime) -> bool:
        entry = self._entries.get(key)
        if entry is None:
            raise KeyError(f"no incident with key {key}")
        if entry.is_open:
            return False
        self.actions.reopen(key, by, at)
        return True

    def _open_children(self, entry: DeskEntry) -> list[DeskEntry]:
        return [c for c in (self._entries.get(k) for k in entry.children) if c is not None and c.is_open]


__all__ = ["IncidentActions", "IncidentBook", "IncidentSource"]
