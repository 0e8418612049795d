"""The incident desk: acknowledgements, causes, restore times and manual resolves, kept and written to a real log."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import orjson
import pytest
from sqlalchemy.orm import Session

import main as cli
from console.access import AuditResult, AuditTrail, Guard, Permission, PermissionDenied, Role
from console.domain import LOCAL_TZ, CommandRecord, CommandResult, GroupBy, Incident, Severity
from console.incidents.book import IncidentBook
from console.incidents.desk import (
    REOPEN_ACTION,
    RESOLVE_ACTION,
    EntryAdded,
    EntryChanged,
    EntryRemoved,
    EtaError,
    EtaProblem,
    IncidentDesk,
    ResolveRefused,
    parse_eta,
)
from console.live.hub import Hub
from console.live.rules import IncidentRules
from db import records
from db.audit import AuditBook
from db.engine import open_database
from db.writer import Store
from tests.actors import operator, with_roles

from .media_rig import at, joined, left, registry, row, stats


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    store = Store(engine, interval=0.05)
    try:
        yield store
    finally:
        assert store.close()
        engine.dispose()


Lan = operator("Lan")
Minh = operator("Minh")
Hoa = with_roles("Hoa", Role.SUPERVISOR)


def logged(store: Store) -> list[Incident]:
    assert store.flush()
    with Session(store.engine) as session:
        return records.list_incidents(session)


def lose(hub: Hub, t: float, n: int, district: str = "A") -> None:
    """Sites X.<district>.0 … n-1 join at 0 and drop at t (a second apart)."""
    for i in range(n):
        hub.feed(joined(0, f"u{district}{i}", f"Xã {district}{i}"))
    for i in range(n):
        hub.feed(left(t + i, f"u{district}{i}", f"Xã {district}{i}"))


def test_the_desk_lists_newest_first_and_writes_what_people_decide(store: Store) -> None:
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store)
    news: list[object] = []
    desk.subscribe(news.append)
    lose(hub, 30, 1, "A")
    lose(hub, 40, 1, "B")
    first, second = sorted(hub.incidents)
    assert [e.key for e in desk.entries()] == [second, first]
    assert all(isinstance(n, EntryAdded) for n in news)
    assert [e.key for e in desk.alarming()] == [second, first]

    assert desk.acknowledge(first, Lan, at(45))
    assert not desk.acknowledge(first, Minh, at(46))  # the first acknowledgement stands
    eta = at(600)
    desk.annotate(first, cause="Đứt cáp quang", eta=eta, by=Lan)
    desk.annotate(first, fix="VNPT đang hàn nối", by=Lan)
    entry = desk.entry(first)
    assert entry is not None and not entry.alarming
    assert (entry.incident.acknowledged_by, entry.incident.cause, entry.incident.fix, entry.incident.eta) == (
        "Lan",
        "Đứt cáp quang",
        "VNPT đang hàn nối",
        eta,
    )
    assert isinstance(news[-1], EntryChanged)

    rows = {i.site: i for i in logged(store)}
    row = rows["X.A.0"]
    assert (row.acknowledged_by, row.acknowledged_at) == ("Lan", at(45))
    assert (row.cause, row.fix, row.eta) == ("Đứt cáp quang", "VNPT đang hàn nối", eta)
    assert rows["X.B.0"].acknowledged_at is None

    desk.annotate(first, clear_eta=True, by=Lan)
    assert logged(store)[0].eta is None


def test_a_write_before_the_opening_commits_finds_its_row_at_commit_time(store: Store) -> None:
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store)
    gate = threading.Event()
    store.call(lambda _session: gate.wait(10))  # hold the writer inside a batch
    lose(hub, 30, 1)
    [key] = hub.incidents
    assert store.incident_id(key) is None
    desk.acknowledge(key, Lan, at(31))
    desk.resolve(key, Lan, at(50), cause="Mất điện", fix="Chạy máy phát")
    gate.set()
    [row] = logged(store)
    assert store.incident_id(key) == row.id
    assert (row.acknowledged_by, row.resolved_at, row.cause, row.fix) == (
        "Lan",
        at(50),
        "Mất điện",
        "Chạy máy phát",
    )


def test_a_manual_resolve_keeps_its_time_when_the_rules_resolve_later(store: Store) -> None:
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store)
    lose(hub, 30, 1)
    [key] = hub.incidents
    assert desk.resolve(key, Minh, at(40), cause="Mất điện", fix="Chạy máy phát")
    entry = desk.entry(key)
    assert entry is not None and not entry.is_open and entry.resolved_by == "Minh"
    assert entry.incident.acknowledged_by == "Minh"  # resolving acknowledges an unseen incident
    assert not desk.resolve(key, Lan, at(41))
    hub.feed(joined(90, "again", "Xã A0"))  # the site is back: the tracker resolves on its own
    entry = desk.entry(key)
    assert entry is not None and entry.incident.resolved_at == at(40)
    [row] = logged(store)
    assert row.resolved_at == at(40)


def test_a_shared_fault_groups_its_sites_and_passes_decisions_on(store: Store) -> None:
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store)
    lose(hub, 30, 4)
    [parent] = [e for e in desk.entries() if e.is_parent]
    assert parent.group_by is GroupBy.DISTRICT and parent.incident.site == "H.A"
    assert len(parent.children) == 4
    assert [e.key for e in desk.roots()] == [parent.key]
    assert {c.incident.site for c in desk.children(parent.key)} == {f"X.A.{i}" for i in range(4)}

    desk.acknowledge(parent.key, Lan, at(40))
    desk.annotate(parent.key, cause="Mất điện trạm VNPT", eta=at(900), by=Lan)
    assert all(c.acknowledged and c.incident.cause == "Mất điện trạm VNPT" for c in desk.children(parent.key))
    desk.resolve(parent.key, Lan, at(60), fix="Chạy máy phát")  # the cause was given before
    assert not any(c.is_open for c in desk.children(parent.key))
    rows = logged(store)
    assert len(rows) == 5
    assert all(r.resolved_at == at(60) and r.cause == "Mất điện trạm VNPT" and r.eta == at(900) for r in rows)
    children = [r for r in rows if r.site != "H.A"]
    [parent_row] = [r for r in rows if r.site == "H.A"]
    assert all(r.parent_id == parent_row.id for r in children)


def test_a_desk_started_late_picks_up_what_is_open() -> None:
    hub = Hub(registry())
    lose(hub, 30, 3)
    hub.feed(joined(0, "b", "Xã B0"))
    desk = IncidentDesk(hub)
    [root] = desk.roots()
    assert root.is_parent and root.group_by is GroupBy.DISTRICT and len(root.children) == 3
    assert all(e.incident.severity is Severity.CRITICAL for e in desk.entries())
    with pytest.raises(KeyError):
        desk.acknowledge(999, Lan, at(1))
    desk.detach()
    hub.feed(left(50, "b", "Xã B0"))
    assert len(desk.entries()) == 4  # no longer listening


def test_the_desk_keeps_the_latest_resolved_and_forgets_older_ones_but_never_an_open_one(
    store: Store,
) -> None:
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store, keep_resolved=2)
    news: list[object] = []
    desk.subscribe(news.append)
    lose(hub, 30, 4, "A")  # a shared fault: a parent and its four children
    for t, (uuid, name) in enumerate((("b", "Xã B0"), ("c", "Xã C0"), ("d", "Xã B3")), start=1):
        hub.feed(joined(0, uuid, name))
        hub.feed(left(300 * t, uuid, name))  # far apart: three incidents of their own
    oldest, middle, newest = (e.key for e in reversed(desk.roots()) if not e.is_parent)
    [parent] = [e for e in desk.entries() if e.is_parent]
    why = {"cause": "Mất điện", "fix": "Chạy máy phát"}
    desk.resolve(parent.key, Lan, at(50), **why)  # resolved first: longest resolved
    desk.resolve(oldest, Lan, at(51), **why)
    assert not any(isinstance(n, EntryRemoved) for n in news)
    desk.resolve(middle, Lan, at(52), **why)

    removed = [n.entry.key for n in news if isinstance(n, EntryRemoved)]
    assert removed == [*parent.children, parent.key]  # the children leave with their parent
    assert {e.key for e in desk.entries()} == {oldest, middle, newest}
    assert desk.entry(newest) is not None and desk.entry(newest).is_open  # type: ignore[union-attr]
    assert desk.open_count() == 1
    assert len(logged(store)) == 8  # the log keeps every incident


# --- manual resolves follow the truth ------------------------------------------------------------------------

REOPEN = IncidentRules().reopen_s


def commands(store: Store) -> list[CommandRecord]:
    assert store.flush()
    with Session(store.engine) as session:
        return records.list_commands(session)


def test_resolving_a_site_still_lost_needs_a_cause_and_a_fix_is_audited_and_reopens_linked(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store)
    lose(hub, 30, 1)
    [key] = hub.incidents
    entry = desk.entry(key)
    assert entry is not None and entry.condition_holds

    with pytest.raises(ResolveRefused) as refused:
        desk.resolve(key, Minh, at(40))
    assert refused.value.missing == ("cause", "fix") and "still holds" in str(refused.value)
    with pytest.raises(ResolveRefused) as refused:
        desk.resolve(key, Minh, at(40), cause="Đứt cáp quang", fix="  ")
    assert refused.value.missing == ("fix",)
    assert desk.entry(key) == entry  # refused: nothing changed, nothing written
    assert logged(store)[0].resolved_at is None and commands(store) == []

    assert desk.resolve(key, Minh, at(40), cause="Đứt cáp quang", fix="VNPT hàn nối")
    [audit] = commands(store)
    assert (audit.actor, audit.action, audit.target, audit.sent_at, audit.result) == (
        "Minh",
        RESOLVE_ACTION,
        "X.A.0",
        at(40),
        CommandResult.OK,
    )
    assert "still held" in audit.detail and "Đứt cáp quang" in audit.detail and "VNPT hàn nối" in audit.detail
    assert audit.args["condition_held"] is True

    news: list[object] = []
    desk.subscribe(news.append)
    hub.tick(at(40 + REOPEN - 1))
    assert news == [] and len(desk.entries()) == 1  # within the hold: nothing yet
    hub.tick(at(40 + REOPEN))
    [added] = [n for n in news if isinstance(n, EntryAdded)]
    again = added.entry
    assert again.reopens == key and again.is_open and again.alarming and again.condition_holds
    assert again.incident.opened_at == at(40)

    old_row, new_row = logged(store)
    assert (old_row.resolved_at, old_row.cause, old_row.fix) == (at(40), "Đứt cáp quang", "VNPT hàn nối")
    assert new_row.reopens_id == old_row.id and new_row.resolved_at is None and old_row.reopens_id is None
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    assert cli.main(["export", "--db", url, "--what", "incidents", "--format", "json"]) == 0
    exported = orjson.loads(capsys.readouterr().out)
    assert [(r["id"], r["reopens_id"]) for r in exported] == [(old_row.id, None), (new_row.id, old_row.id)]


def test_a_resolve_once_the_sound_is_back_needs_nothing_and_nothing_reopens(store: Store) -> None:
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store)
    changed: list[EntryChanged] = []
    desk.subscribe(lambda n: changed.append(n) if isinstance(n, EntryChanged) else None)

    def second(t: int, audio: float) -> None:
        hub.feed(stats(t, {"u1": row(audio_bitrate=audio)}))
        hub.tick(at(t))

    hub.feed(joined(0, "u1", "Xã A0"))
    for t in range(1, 40):
        second(t, 64.0 if t < 10 else 0.0)
    [entry] = desk.entries()
    assert entry.condition_holds
    second(40, 64.0)  # sound back: the rules wait a few seconds before they resolve
    entry = desk.entry(entry.key)  # type: ignore[assignment]
    assert entry is not None and not entry.condition_holds and entry.is_open
    assert [c.after.condition_holds for c in changed] == [False]

    assert desk.resolve(entry.key, Lan, at(41))  # no cause, no fix: the condition has cleared
    for t in range(41, 41 + int(REOPEN) + 5):
        second(t, 64.0)
    assert [e.key for e in desk.entries()] == [entry.key]
    [row_] = logged(store)
    assert row_.resolved_at == at(41)
    [audit] = commands(store)
    assert audit.args["condition_held"] is False and "had cleared" in audit.detail


def test_the_window_book_refuses_what_the_desk_would_refuse_without_sending_it() -> None:
    hub = Hub(registry())
    desk = IncidentDesk(hub)
    lose(hub, 30, 1)
    [key] = hub.incidents
    sent: list[tuple[int, str | None, str | None]] = []

    class Actions:
        def acknowledge(self, key: int, by: str, at: datetime) -> None: ...

        def annotate(
            self, key: int, cause: str | None, fix: str | None, eta: datetime | None, clear_eta: bool
        ) -> None: ...

        def resolve(self, key: int, by: str, at: datetime, cause: str | None, fix: str | None) -> None:
            sent.append((key, cause, fix))

        def reopen(self, key: int, by: str, at: datetime) -> None: ...

    book = IncidentBook(Actions(), registry(), desk.entries())
    with pytest.raises(ResolveRefused):
        book.resolve(key, "Lan", at(40), cause="Mất điện")
    assert sent == []
    desk.annotate(key, fix="Chạy máy phát", by=Lan)  # entered before: it counts
    book.apply(EntryChanged(book.entry(key), desk.entry(key)))  # type: ignore[arg-type]
    assert book.resolve(key, "Lan", at(40), cause="Mất điện")
    assert sent == [(key, "Mất điện", None)]


# --- the expected restore time ----------------------------------------------------------------------------

NOW = at(0)  # 08:00 in Asia/Ho_Chi_Minh


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("08:30", (2025, 3, 1, 8, 30)),
        (" 8h45 ", (2025, 3, 1, 8, 45)),
        ("+20", (2025, 3, 1, 8, 20)),
        ("+ 90 phút", (2025, 3, 1, 9, 30)),
        ("02/03 07:00", (2025, 3, 2, 7, 0)),
        ("2/3/2025 7.00", (2025, 3, 2, 7, 0)),
    ],
)
def test_eta_is_read_in_local_time(text: str, local: tuple[int, int, int, int, int]) -> None:
    eta = parse_eta(text, NOW)
    assert eta.astimezone(LOCAL_TZ).timetuple()[:5] == local


def test_just_after_midnight_means_tomorrow() -> None:
    late = NOW.astimezone(LOCAL_TZ).replace(hour=23, minute=50)
    eta = parse_eta("00:20", late)
    assert eta - late == timedelta(minutes=30)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("07:59", EtaProblem.PAST),
        ("08:00", EtaProblem.PAST),
        ("28/02 09:00", EtaProblem.PAST),
        ("soon", EtaProblem.UNPARSABLE),
        ("25:00", EtaProblem.UNPARSABLE),
        ("31/02 10:00", EtaProblem.UNPARSABLE),
        ("", EtaProblem.UNPARSABLE),
    ],
)
def test_a_bad_eta_says_why(text: str, problem: EtaProblem) -> None:
    with pytest.raises(EtaError) as caught:
        parse_eta(text, NOW)
    assert caught.value.problem is problem


# --- a supervisor reopens ----------------------------------------------------------------------------------------


def test_a_supervisor_reopens_a_resolved_incident_audited_and_logged_an_operator_may_not(
    store: Store,
) -> None:
    trail = AuditTrail(AuditBook(store.engine), bytes(range(32)), lambda: at(50))
    guard = Guard(trail)
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store, guard=guard)
    lose(hub, 30, 1)
    [key] = hub.incidents
    assert desk.resolve(key, Lan, at(40), cause="Đứt cáp quang", fix="VNPT hàn nối")

    with pytest.raises(PermissionDenied, match="supervisor"):
        desk.reopen(key, Lan, at(50))
    entry = desk.entry(key)
    assert entry is not None and not entry.is_open  # refused: nothing changed

    assert desk.reopen(key, Hoa, at(50))
    entry = desk.entry(key)
    assert entry is not None and entry.is_open and entry.resolved_by == "" and entry.condition_holds
    assert entry.incident.cause == "Đứt cáp quang"  # what people learnt stays
    assert not desk.reopen(key, Hoa, at(51))  # open already

    [row] = logged(store)
    assert row.resolved_at is None
    assert [(c.actor, c.action, c.target) for c in commands(store)] == [
        ("Lan", RESOLVE_ACTION, "X.A.0"),
        ("Hoa", REOPEN_ACTION, "X.A.0"),
    ]
    assert guard.flush()
    audited = [(r.entry.actor, r.entry.action, r.entry.result) for r in trail.records()]
    assert audited[-2:] == [
        ("Lan", Permission.INCIDENT_REOPEN.value, AuditResult.REFUSED),
        ("Hoa", Permission.INCIDENT_REOPEN.value, AuditResult.OK),
    ]
    assert trail.verify().intact

    news: list[object] = []
    desk.subscribe(news.append)
    hub.tick(at(40 + REOPEN))  # reopened by a person: the rules open no second incident for it
    assert not [n for n in news if isinstance(n, EntryAdded)]
    hub.feed(joined(200, "again", "Xã A0"))  # the site is back: the rules resolve it this time
    entry = desk.entry(key)
    assert entry is not None and entry.incident.resolved_at is not None and entry.resolved_by == ""
    [row] = logged(store)
    assert row.resolved_at == entry.incident.resolved_at


def test_the_window_book_sends_a_reopen_only_for_a_resolved_incident() -> None:
    sent: list[tuple[str, int]] = []

    class Actions:
        def acknowledge(self, key: int, by: str, at: datetime) -> None: ...

        def annotate(
            self, key: int, cause: str | None, fix: str | None, eta: datetime | None, clear_eta: bool
        ) -> None: ...

        def resolve(self, key: int, by: str, at: datetime, cause: str | None, fix: str | None) -> None: ...

        def reopen(self, key: int, by: str, at: datetime) -> None:
            sent.append(("reopen", key))

    hub = Hub(registry())
    desk = IncidentDesk(hub)
    lose(hub, 30, 1)
    [key] = hub.incidents
    book = IncidentBook(Actions(), entries=desk.entries())
    assert not book.reopen(key, "Hoa", at(50)) and sent == []  # open: nothing to reopen
    desk.subscribe(book.apply)
    desk.resolve(key, Lan, at(40), cause="Đứt cáp", fix="Hàn nối")
    assert book.reopen(key, "Hoa", at(50)) and sent == [("reopen", key)]
