"""The Pexip driver against the bundled simulator (console.sim.server.SimServer) on a real socket."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import httpx
import numpy as np
import pytest

from console.domain import (
    STAT_FIELDS,
    HandRaised,
    LinkChanged,
    LinkState,
    McuEvent,
    MediaStats,
    ParticipantJoined,
    ParticipantLeft,
)
from console.mcu.pexip.driver import MAX_LINE, MAX_REPLY, PAGE_LIMIT, PexipDriver

server = pytest.importorskip("console.sim.server")
SimServer = server.SimServer
N = 12


def make(sim: Any, **kw: Any) -> PexipDriver:
    opts: dict[str, Any] = {"poll_interval": 0.1, "timeout": 1.0, "max_backoff": 0.3, "stall_timeout": 2.0}
    opts.update(kw)
    return PexipDriver(sim.url, sim.user, sim.password, **opts)


async def until(
    it: AsyncIterator[McuEvent], pred: Callable[[McuEvent], bool], seen: list[McuEvent] | None = None
) -> McuEvent:
    async for ev in it:
        if seen is not None:
            seen.append(ev)
        if pred(ev):
            return ev
    raise AssertionError("the event stream ended")


def link(state: LinkState) -> Callable[[McuEvent], bool]:
    return lambda e: isinstance(e, LinkChanged) and e.state is state


def full_stats(n: int) -> Callable[[McuEvent], bool]:
    return lambda e: isinstance(e, MediaStats) and len(e.uuids) == n


async def hook(sim: Any, method: str, path: str, body: Any = None) -> Any:
    async with httpx.AsyncClient(trust_env=False) as c:
        r = await c.request(method, sim.url + path, json=body)
        r.raise_for_status()
        return r.json() if r.content else None


def with_sim(body: Callable[[Any], Coroutine[Any, Any, None]], **kw: Any) -> None:
    kw.setdefault("keepalive", 0.2)  # keep-alives well inside the driver's stall limit
    with SimServer(sites=N, scenario="normal", seed=3, **kw) as sim:
        asyncio.run(body(sim))


def test_joins_stats_commands_drop_and_hand() -> None:
    async def body(sim: Any) -> None:
        drv = make(sim)
        await drv.connect()
        it = drv.events()
        seen: list[McuEvent] = []
        stats = await until(it, full_stats(N), seen)
        assert isinstance(stats, MediaStats)
        joined = {e.participant.uuid: e.participant for e in seen if isinstance(e, ParticipantJoined)}
        assert len(joined) == N and set(stats.uuids) == set(joined)
        assert stats.values.shape == (N, len(STAT_FIELDS))
        assert not np.isnan(stats.values[:, STAT_FIELDS.index("rx_bitrate")]).any()
        conf = stats.conference
        uuids = list(stats.uuids)

        # mute / unmute reach the simulated MCU
        i = sim.world.index_of_uuid(uuids[0])
        await drv.mute_audio(conf, uuids[0], True)
        assert bool(sim.world.muted[i])
        await drv.mute_audio(conf, uuids[0], False)
        assert not bool(sim.world.muted[i])

        # operator disconnect
        await drv.disconnect(conf, uuids[1])
        ev = await until(it, lambda e: isinstance(e, ParticipantLeft))
        assert isinstance(ev, ParticipantLeft) and (ev.uuid, ev.by_operator) == (uuids[1], True)

        # a site's link goes down in the simulator
        await hook(sim, "POST", f"/_sim/sites/{uuids[2]}/drop")
        ev = await until(it, lambda e: isinstance(e, ParticipantLeft))
        assert isinstance(ev, ParticipantLeft) and (ev.uuid, ev.by_operator) == (uuids[2], False)

        # a raised hand carries the server's time
        reply = await hook(sim, "POST", f"/_sim/sites/{uuids[3]}/hand", {"raised": True, "at": 1772352999.5})
        ev = await until(it, lambda e: isinstance(e, HandRaised))
        assert isinstance(ev, HandRaised) and ev.uuid == uuids[3]
        assert ev.buzz_time == reply["buzz_time"] == 1772352999.5
        await drv.lower_hand(conf, uuids[3])
        assert float(sim.world.buzz[sim.world.index_of_uuid(uuids[3])]) == 0.0
        await drv.close()

    with_sim(body)


# fault kind, extra fault options, the state it must cause
FAULTS = [
    ("http_5xx", {"status": 502}, LinkState.DEGRADED),
    ("http_401", {}, LinkState.DEGRADED),
    ("malformed_json", {"path_prefix": "/api/admin/"}, LinkState.DEGRADED),
    ("truncated_json", {"path_prefix": "/api/admin/"}, LinkState.DEGRADED),
    ("latency", {"delay_ms": 3000, "path_prefix": "/api/admin/"}, LinkState.UNREACHABLE),
    ("drop_connection", {"path_prefix": "/api/admin/"}, LinkState.UNREACHABLE),
    ("stall_events", {}, LinkState.DEGRADED),
    ("endless_line", {}, LinkState.DEGRADED),
]


@pytest.mark.parametrize(("kind", "options", "state"), FAULTS, ids=[f[0] for f in FAULTS])
def test_fault_sets_link_state_and_recovers(kind: str, options: dict[str, Any], state: LinkState) -> None:
    async def body(sim: Any) -> None:
        drv = make(sim, max_line=256 * 1024)
        if kind == "endless_line":  # it acts on new event-stream connections: break the first one
            await hook(sim, "POST", "/_sim/faults", {"kind": kind, **options})
        await drv.connect()
        it = drv.events()
        if kind != "endless_line":
            await until(it, link(LinkState.CONNECTED))
            await hook(sim, "POST", "/_sim/faults", {"kind": kind, **options})
        ev = await until(
            it,
            lambda e: (
                isinstance(e, LinkChanged) and e.state not in (LinkState.CONNECTED, LinkState.CONNECTING)
            ),
        )
        assert isinstance(ev, LinkChanged) and ev.state is state, ev
        assert ev.error and "\n" not in ev.error and sim.password not in ev.error
        await hook(sim, "DELETE", "/_sim/faults")
        await until(it, link(LinkState.CONNECTED))
        seen: list[McuEvent] = []
        await until(it, lambda e: isinstance(e, MediaStats), seen)
        await drv.close()

    with_sim(body)


@pytest.mark.parametrize("kind", ["absurd_values", "extra_fields", "missing_fields"])
def test_odd_data_keeps_the_link_up_and_values_sane(kind: str) -> None:
    async def body(sim: Any) -> None:
        drv = make(sim)
        await drv.connect()
        it = drv.events()
        await until(it, link(LinkState.CONNECTED))
        await hook(sim, "POST", "/_sim/faults", {"kind": kind})
        seen: list[McuEvent] = []
        for _ in range(3):
            await until(it, full_stats(N), seen)
        assert [e for e in seen if isinstance(e, LinkChanged)] == []
        assert not any(isinstance(e, ParticipantLeft) for e in seen)
        for e in seen:
            if isinstance(e, MediaStats):
                v = e.values
                finite = v[~np.isnan(v)]
                assert (finite >= 0).all() and (finite <= 1e7).all()
                loss = v[:, :2]
                assert (loss[~np.isnan(loss)] <= 100).all()
        await drv.close()

    with_sim(body)


def test_dead_server_is_unreachable_then_recovers() -> None:
    async def body(sim: Any) -> None:
        drv = make(sim)
        await drv.connect()
        it = drv.events()
        await until(it, link(LinkState.CONNECTED))
        port = sim.port
        await asyncio.to_thread(sim.stop)
        ev = await until(it, link(LinkState.UNREACHABLE))
        assert isinstance(ev, LinkChanged) and "no answer for" in ev.error
        with SimServer(sites=N, scenario="normal", seed=3, port=port, keepalive=0.2):
            await until(it, link(LinkState.CONNECTED))
        await drv.close()

    with_sim(body)


def test_the_default_caps_leave_ample_room_for_the_national_network() -> None:
    """3,500 sites: the largest reply the driver asks for and the longest event line, against its default caps."""
    with (
        SimServer(scenario="national", seed=1, password="pw", paused=True) as sim,
        httpx.Client(base_url=sim.url, auth=("admin", "pw"), timeout=60.0) as client,
    ):
        sizes: list[int] = []
        for path in ("participant/", "participant_media_stream/"):
            url: str | None = f"/api/admin/status/v1/{path}?limit={PAGE_LIMIT}"
            while url is not None:
                r = client.get(url)
                sizes.append(len(r.content))
                url = r.json()["meta"]["next"]
        assert len(sizes) == 3 and sum(sizes) > 5_000_000  # 3.6 MB of participants, 3.9 + 1.5 MB of streams
        assert max(sizes) * 10 < MAX_REPLY
        token = client.post(
            "/api/client/v2/conferences/giaoban/request_token", json={"display_name": "Bridgewall"}
        ).json()["result"]["token"]
        longest = 0
        with client.stream("GET", "/api/client/v2/conferences/giaoban/events", params={"token": token}) as r:
            for line in r.iter_lines():
                longest = max(longest, len(line.encode()))
                if line == "event: participant_sync_end":
                    break
        assert longest > 300 and longest * 100 < MAX_LINE  # one participant: well under a kilobyte
