"""The national scenario: the registry of the 34 provinces and their 3,321 communes is the simulator's network, so
every site the MCU shows is a registry site, in a province, and the wall groups it by province or by cluster."""

from __future__ import annotations

import asyncio
from collections import Counter

import numpy as np

from console.domain import GroupField, ParticipantJoined, Tier
from console.live.hub import Hub
from console.live.wall import UNREGISTERED, SortMode, WallFeed, arrange
from console.mcu.pexip.driver import PexipDriver
from console.registry import Grouping, load_network
from console.sim import SimServer
from console.sim.sites import (
    COMMUNES_NATIONWIDE,
    NATIONAL_SITES,
    PROVINCES,
    national_registry,
    scenario_sites,
)


def test_the_registry_has_34_provinces_and_their_3321_communes() -> None:
    sites = national_registry()
    assert len(sites) == NATIONAL_SITES == 3500
    communes = [s for s in sites if s.tier is Tier.COMMUNE]
    assert len(communes) == COMMUNES_NATIONWIDE == 3321
    province = Grouping(sites, GroupField.PROVINCE)
    per_province = Counter(province.key(s) for s in communes)
    assert len(per_province) == len(PROVINCES) == 34
    assert per_province == {p.name: p.communes for p in PROVINCES}
    assert [s for s in sites if not province.key(s)] == [s for s in sites if s.tier is Tier.CENTRAL]
    assert sites[: len(load_network())] == load_network()  # Điện Biên for real, first
    for key in ("code", "name", "address"):
        assert len({getattr(s, key) for s in sites}) == len(sites), key
    seen: set[str] = set()
    for site in sites:
        assert site.parent is None or site.parent in seen, site.code
        seen.add(site.code)


def test_the_simulators_national_meeting_has_no_stranger_on_the_wall() -> None:
    registry = scenario_sites(150, "national")  # what --demo puts in the log for this scenario
    hub = Hub(registry)

    async def follow() -> None:
        with SimServer(scenario="national", seed=1, password="pw", paused=True) as sim:
            driver = PexipDriver(sim.url, sim.user, sim.password, poll_interval=0.2, timeout=30.0)
            await driver.connect()
            joined = 0
            try:
                async for event in driver.events():
                    hub.feed(event)
                    joined += isinstance(event, ParticipantJoined)
                    if joined == NATIONAL_SITES:
                        break
            finally:
                await driver.close()

    asyncio.run(asyncio.wait_for(follow(), 180))
    feed = WallFeed(hub)
    index = feed.data.index
    assert len(index) == NATIONAL_SITES
    assert UNREGISTERED not in set(index.groups)
    health = np.zeros(len(index), np.int8)
    flags = np.zeros(len(index), np.int32)
    by_cluster = arrange(index, health, flags, SortMode.NAME, grouped=True)
    assert (
        by_cluster[0].key == "" and len(by_cluster[0].members) == 1 + 13 + 5 * 33
    )  # central and province level
    assert {g.title for g in by_cluster} >= {"Cụm Mường Nhé", "Cụm Tuần Giáo"}

    feed.set_group_by(GroupField.PROVINCE)
    assert feed.update() is True  # the tiles are laid out again
    by_province = arrange(feed.data.index, health, flags, SortMode.NAME, grouped=True)
    titles = [g.title for g in by_province]
    assert titles[0] == "" and sorted(titles[1:]) == sorted(p.name for p in PROVINCES)
    assert sum(len(g.members) for g in by_province) == NATIONAL_SITES
