"""The wall's absent tiles: the expected sites of a registered meeting under way that have not joined, never mixed
with lost ones; and "call all absent" dialling each of them through the command dispatcher."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import numpy as np

from console.access import Actor, Guard, PermissionDenied, Role
from console.commands.dispatcher import CommandDispatcher
from console.domain import Participant, ParticipantJoined, ParticipantLeft
from console.live.hub import ExpectedMeeting, Hub
from console.live.wall import SortMode, TileFlag, WallFeed, arrange
from console.mcu.pexip.driver import PexipDriver
from console.runtime.meeting_live import call_absent
from console.sim import SimServer
from console.sim.world import World
from tests.db.conftest import small_network

NOW = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
HOST, DISTRICT, X1, X2 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG", "DB.X.CHIENGDONG"


def join(hub: Hub, uuid: str, name: str, at: datetime) -> None:
    hub.feed(ParticipantJoined(at, Participant(uuid, name, "giaoban")))


def test_expected_sites_not_joined_are_absent_tiles_and_a_dropped_one_is_lost_not_absent() -> None:
    sites = small_network()
    names = {s.code: s.name for s in sites}
    hub = Hub(sites, clock=lambda: NOW)
    join(hub, "h", names[HOST], NOW)
    join(hub, "d", names[DISTRICT], NOW)
    hub.feed(ParticipantLeft(NOW + timedelta(seconds=5), "giaoban", "d", names[DISTRICT]))  # dropped: lost
    feed = WallFeed(hub)
    feed.update(hub.tick(NOW + timedelta(seconds=6)))
    assert not (feed.data.flags & TileFlag.ABSENT).any()  # no registered meeting: nobody is expected

    hub.expected = (ExpectedMeeting(7, "Giao ban", "giaoban", (HOST, DISTRICT, X1, X2), NOW),)
    assert feed.update(hub.tick(NOW + timedelta(seconds=7))) is True  # two new tiles
    keys = feed.keys
    flags = {key: TileFlag(int(feed.data.flags[row])) for row, key in enumerate(keys)}
    assert set(keys) == {HOST, DISTRICT, X1, X2}
    assert TileFlag.ABSENT in flags[X1] and TileFlag.ABSENT in flags[X2]
    assert TileFlag.LOST in flags[DISTRICT] and TileFlag.ABSENT not in flags[DISTRICT]
    assert TileFlag.ABSENT not in flags[HOST] and TileFlag.CONNECTED in flags[HOST]
    assert [feed.data.index.names[keys.index(c)] for c in (X1, X2)] == [names[X1], names[X2]]

    order = arrange(feed.data.index, feed.data.health, feed.data.flags, SortMode.PROBLEMS, grouped=False)
    shown = [keys[i] for i in order[0].members.tolist()]
    assert shown[0] == DISTRICT and set(shown[1:3]) == {X1, X2} and shown[3] == HOST  # lost, absent, the rest

    join(hub, "x1", names[X1], NOW + timedelta(seconds=8))  # joins: no longer absent
    feed.update(hub.tick(NOW + timedelta(seconds=9)))
    flags = {key: TileFlag(int(feed.data.flags[row])) for row, key in enumerate(feed.keys)}
    assert TileFlag.ABSENT not in flags[X1] and TileFlag.ABSENT in flags[X2]
    assert int(np.count_nonzero(feed.data.flags & TileFlag.ABSENT)) == 1


def test_call_all_absent_dials_each_absent_site_into_the_meeting() -> None:
    codes = [s.code for s in World(8, "normal", seed=5).sites]
    away = codes[5:8]
    world = World(8, "normal", seed=5, absent=away)
    hub = Hub(world.sites)
    operator = Actor("an", frozenset({Role.OPERATOR}))
    viewer = Actor("bao", frozenset({Role.TECHNICIAN}))  # no right to dial

    async def run() -> tuple[int, int, bool]:
        with SimServer(world=world, password="pw", paused=True) as sim:
            driver = PexipDriver(sim.url, sim.user, sim.password, poll_interval=0.2, timeout=30.0)
            await driver.connect()
            try:
                joined = 0
                async for event in driver.events():  # the hub sees who is in the meeting
                    hub.feed(event)
                    joined += isinstance(event, ParticipantJoined)
                    if joined == len(codes) - len(away):
                        break
                hub.expected = (ExpectedMeeting(1, "Họp", "giaoban", tuple(codes), NOW),)
                assert [code for code, _m in hub.absent_sites()] == away
                commands = CommandDispatcher(driver, None, operator, guard=Guard(None))
                refused = False
                try:
                    await call_absent(hub, commands, viewer)
                except PermissionDenied:
                    refused = True
                outcome = await call_absent(hub, commands, operator)
                return outcome.dialled, outcome.failed, refused
            finally:
                await driver.close()

    dialled, failed, refused = asyncio.run(asyncio.wait_for(run(), 60))
    assert refused is True
    assert (dialled, failed) == (3, 0)
    assert all(world.connected[world.resolve(code)] for code in away)  # the MCU called them in
