"""Roles enforced in the core: a command through the real runtime and dispatcher against the simulator, refused
for a person without the right (the missing role named, the refusal audited, nothing sent), done for one with it
(audited with its result); the floor and incident desks likewise."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from console.access import Actor, AuditResult, Permission, PermissionDenied, Role
from console.domain import CommandResult, RequestSource
from console.runtime.build import Runtime, build
from console.runtime.config import Config, override
from console.sim import SimServer
from tests.actors import operator, with_roles

PASSWORD = "enforced-test-secret"
WAIT_S = 20.0
SUPERVISOR = with_roles("Lan", Role.SUPERVISOR, Role.TECHNICIAN)  # no operator role
OPERATOR = operator("Minh")


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=12, scenario="normal", seed=3, password=PASSWORD, paused=True) as server:
        yield server


@pytest.fixture
def runtime(sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    config = override(Config(), "log.url", f"sqlite:///{tmp_path / 'log.sqlite3'}", "--db")
    config = override(config, "mcu.url", f"pexip+{sim.url}", "--mcu")
    config = dataclasses.replace(config, demo=dataclasses.replace(config.demo, enabled=True))
    rt = build(config, cameras=False)
    try:
        yield rt
    finally:
        rt.close()


async def until(condition: Callable[[], object], what: str) -> None:
    deadline = asyncio.get_running_loop().time() + WAIT_S
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def entries(rt: Runtime, actor: str) -> list[tuple[str, str, str, str]]:
    assert rt.guard.flush() and rt.access is not None
    return [
        (r.entry.actor_kind, r.entry.action, r.entry.target, r.entry.result)
        for r in rt.access.trail.records()
        if r.entry.actor == actor
    ]


def test_a_command_without_the_role_is_refused_naming_it_and_audited(
    sim: SimServer, runtime: Runtime
) -> None:
    n = 3
    uuid = sim.world.uuids[n]

    async def main() -> None:
        driver = await runtime.attach()
        stop = asyncio.Event()
        task = asyncio.create_task(runtime.hub.run(driver, stop, tick_interval=0.5))
        try:
            await until(lambda: uuid in runtime.hub.participants, "the site in the roster")
            p = runtime.hub.participants[uuid]
            commands = runtime.commands
            assert commands is not None
            runtime.act_as(SUPERVISOR)  # signed in: a supervisor and technician, not an operator
            with pytest.raises(PermissionDenied) as refused:
                commands.mute_audio(p.conference, uuid, "Site 3", True)
            assert refused.value.needed == (Role.OPERATOR,)
            assert "needs the operator role" in str(refused.value) and "Lan" in str(refused.value)
            assert commands.in_flight() == [] and not sim.world.muted[n]  # nothing queued, nothing sent

            runtime.act_as(OPERATOR)
            done = await commands.mute_audio(p.conference, uuid, "Site 3", True).wait()
            assert done.state is CommandResult.OK and done.actor == "Minh"
            await until(lambda: sim.world.muted[n], "the simulator sees the mute")
        finally:
            stop.set()
            await task

    asyncio.run(main())
    signed_in = "signed-in"
    assert entries(runtime, "Lan") == [
        (signed_in, Permission.COMMAND_MUTE.value, "Site 3", AuditResult.REFUSED)
    ]
    assert entries(runtime, "Minh") == [(signed_in, "command.mute_audio", "Site 3", AuditResult.OK)]
    assert runtime.access is not None and runtime.access.trail.verify().intact


def test_the_floor_and_incident_desks_refuse_without_the_role(sim: SimServer, runtime: Runtime) -> None:
    code = sim.world.sites[5].code

    async def main() -> None:
        driver = await runtime.attach()
        stop = asyncio.Event()
        task = asyncio.create_task(runtime.hub.run(driver, stop, tick_interval=0.5))
        try:
            await until(lambda: len(runtime.hub.participants) == 12, "every site in the roster")
            with pytest.raises(PermissionDenied, match="needs the operator role"):
                runtime.floor.add_request(code, actor=SUPERVISOR, source=RequestSource.PHONE)
            assert runtime.floor.view().waiting() == ()  # nothing filed
            report = runtime.floor.add_request(code, actor=OPERATOR, source=RequestSource.PHONE)
            assert report.ok, report
        finally:
            stop.set()
            await task

    asyncio.run(main())
    assert entries(runtime, "Lan") == [
        ("signed-in", Permission.FLOOR_QUEUE.value, f"add {code}", AuditResult.REFUSED)
    ]
    assert entries(runtime, "Minh") == [("signed-in", "floor.add", code, AuditResult.OK)]


def test_the_monitor_service_account_may_keep_the_log_and_nothing_else(runtime: Runtime) -> None:
    monitor = Actor.service("monitor")
    runtime.guard.require(monitor, Permission.LOG_RECORD, "mcu")  # allowed: returns
    with pytest.raises(PermissionDenied, match="the monitor service account may not mute"):
        runtime.guard.require(monitor, Permission.COMMAND_MUTE, "Site 1")
    assert entries(runtime, "monitor") == [
        ("service", Permission.COMMAND_MUTE.value, "Site 1", AuditResult.REFUSED)
    ]
