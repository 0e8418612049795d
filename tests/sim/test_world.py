"""The world in-process: determinism, scenarios, hooks, the synthetic network."""

from __future__ import annotations

from typing import Any

import httpx
import numpy as np
import pytest

from console.domain import Tier
from console.sim import World
from console.sim.server import SimServer
from console.sim.sites import build_sites
from console.sim.world import METRIC_FIELDS, NATIONAL_SITES, STORM_OFF, STORM_ON, STORM_START, SimError
from tests.sim.conftest import STATUS, walk

LOSS = (METRIC_FIELDS.index("rx_loss"), METRIC_FIELDS.index("tx_loss"))
JITTER = METRIC_FIELDS.index("rx_jitter")


def run(world: World, ticks: int) -> list[np.ndarray]:
    out = []
    for _ in range(ticks):
        world.tick()
        out.append(world.metrics())
    return out


@pytest.mark.parametrize("scenario", ["normal", "flaky", "storm"])
def test_same_seed_same_metrics(scenario: str) -> None:
    a, b = World(120, scenario, seed=42), World(120, scenario, seed=42)
    assert a.uuids == b.uuids
    for ma, mb in zip(run(a, 40), run(b, 40), strict=True):
        assert np.array_equal(ma, mb, equal_nan=True)
    assert a.uuids == b.uuids
    assert a.speakers == b.speakers
    assert np.array_equal(a.buzz > 0, b.buzz > 0)


def test_different_seeds_differ() -> None:
    a, b = World(120, "normal", seed=1), World(120, "normal", seed=2)
    differ = [not np.array_equal(ma, mb, equal_nan=True) for ma, mb in zip(run(a, 5), run(b, 5), strict=True)]
    assert all(differ)
    assert a.uuids != b.uuids


def test_normal_is_healthy() -> None:
    w = World(150, "normal", seed=3)
    for m in run(w, 60):
        live = m[~np.isnan(m[:, 0])]
        assert len(live) == 150
        assert (live[:, LOSS[0]] < 5).all() and (live[:, LOSS[1]] < 5).all()
        assert (live[:, JITTER] < 30).all()
        assert (live[:, METRIC_FIELDS.index("rx_video_kbps")] > 500).all()


def test_storm_degrades_exactly_one_district_together() -> None:
    w = World(150, "storm", seed=5)
    run(w, STORM_START - 1)
    assert w.storm_district is None
    assert not (w.metrics()[:, LOSS[0]] > 5).any()
    run(w, 1)
    district = w.storm_district
    assert district is not None
    members = set(w.district_sites(district))
    assert len(members) >= 2
    for m in run(w, 10):
        assert w.storm_district == district
        bad = set(np.flatnonzero((m[:, LOSS[0]] > 5) & (m[:, LOSS[1]] > 5) & (m[:, JITTER] > 50)).tolist())
        assert bad == members
        healthy = np.ones(w.n, dtype=bool)
        healthy[list(members)] = False
        assert (m[healthy, LOSS[0]] < 5).all()
    # it clears, then another district goes down
    run(w, STORM_ON - 10)
    assert w.storm_district is None
    assert not (w.metrics()[:, LOSS[0]] > 5).any()
    run(w, STORM_OFF)
    assert w.storm_district not in (None, district)


def test_flaky_links_drop_and_return_with_new_uuids() -> None:
    w = World(150, "flaky", seed=11)
    original = list(w.uuids)
    seen_down: set[int] = set()
    returned: set[int] = set()
    loss_bursts = jitter_storms = 0
    for _ in range(400):
        w.tick()
        m = w.metrics()
        down = set(np.flatnonzero(~w.connected).tolist())
        returned |= {i for i in seen_down - down if w.uuids[i] != original[i]}
        seen_down |= down
        loss_bursts += int((m[:, LOSS[0]] > 5).sum())
        jitter_storms += int((m[:, JITTER] > 50).sum())
    assert seen_down
    assert returned
    assert loss_bursts > 0
    assert jitter_storms > 0


def test_national_has_3500_sites_and_synthetic_communes() -> None:
    w = World(150, "national", seed=1)
    assert w.n == NATIONAL_SITES == 3500
    names = [s.name for s in w.sites]
    assert len(set(names)) == 3500
    assert len({s.code for s in w.sites}) == 3500
    synthetic = [s for s in w.sites if s.code.startswith("SIM.")]
    assert synthetic
    communes = [s for s in synthetic if s.tier is Tier.COMMUNE]
    assert all(s.name.startswith(("Xã ", "Phường ")) and s.name.endswith(f"({s.province})") for s in communes)
    assert all(s.cluster and s.province for s in communes)


def test_build_sites_is_deterministic_and_ordered() -> None:
    a, b = build_sites(900), build_sites(900)
    assert a == b
    seen: set[str] = set()
    for s in a:
        assert s.parent is None or s.parent in seen
        seen.add(s.code)
    assert build_sites(10) == a[:10]
    assert len(build_sites(20, base=[])) == 20


def test_national_over_http() -> None:
    server = SimServer(scenario="national", seed=1, password="pw", paused=True)
    with server, httpx.Client(base_url=server.url, auth=("admin", "pw"), timeout=30.0) as client:
        first = client.get(f"{STATUS}/participant/").json()
        assert first["meta"]["total_count"] == 3500
        streams = walk(client, f"{STATUS}/participant_media_stream/?limit=5000")
        assert len(streams) == 7000
        assert len({s["participant"] for s in streams}) == 3500


def test_hooks_in_process() -> None:
    w = World(20, "normal", seed=1)
    events: list[tuple[str, Any]] = []
    snapshot, unsubscribe = w.subscribe(lambda e: events.append((e.name, e.data)))

    def last() -> tuple[str, Any]:
        return events[-1]

    assert len(snapshot) == 20
    old = w.drop(3)
    assert last() == ("participant_delete", {"uuid": old})
    with pytest.raises(SimError):
        w.drop(3)
    new = w.restore(w.sites[3].code)
    assert new != old
    assert last()[0] == "participant_create"
    assert w.raise_hand(new, at=123.0) == 123.0
    assert last()[1]["buzz_time"] == 123.0
    w.set_speakers([5])
    assert last()[0] == "stage"
    w.paused = True
    w.advance(3)
    assert w.tick_count == 3
    w.set_metrics(4, jitter=99.0)
    w.advance(1)
    assert w.metrics()[4, JITTER] == 99.0
    with pytest.raises(SimError):
        w.set_metrics(4, bogus=1.0)
    with pytest.raises(SimError):
        w.resolve("nobody")
    unsubscribe()
    count = len(events)
    w.drop(6)
    assert len(events) == count


def test_unknown_scenario() -> None:
    with pytest.raises(ValueError):
        World(5, "chaos")
