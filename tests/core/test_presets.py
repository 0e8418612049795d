"""Presets in the core: layout compositions, the bar's order, applying a preset through the dispatcher, and a
site's camera presets stored, recalled and reviewed against a real simulated camera over UDP."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import Engine

from console.camera.control import Move, PresetError, ViscaControl
from console.camera.drift import Tolerance
from console.camera.visca import ViscaCamera, ViscaError
from console.commands.dispatcher import CommandDispatcher
from console.domain import Capability, CommandResult, LayoutPreset, Participant, Position, Site, Tier
from console.presets.camera import FeccControl, SitePresets, camera_control_for
from console.presets.layouts import (
    apply_layout_preset,
    bar_presets,
    is_adaptive,
    layout_capacity,
    layout_cells,
    watch_commands,
)
from console.sim.camera import SimulatedCamera
from console.sim.cameras import CameraFleet
from db.engine import open_database, session_factory
from db.presets import PresetBook
from db.sites import save_network

T = TypeVar("T")
SITE = "DB.H.TUANGIAO.UBND"
WHEN = datetime(2025, 3, 1, 1, 0, tzinfo=UTC)


# --- layouts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "cells", "mains"),
    [
        ("1:0", 1, 1),
        ("1:7", 8, 1),
        ("1:21", 22, 1),
        ("2:21", 23, 2),
        ("1:33", 34, 1),
        ("4:0", 4, 0),
        ("9:0", 9, 0),
        ("16:0", 16, 0),
        ("25:0", 25, 0),
        ("5:7", 12, 5),
    ],
)
def test_layout_compositions(key: str, cells: int, mains: int) -> None:
    shape = layout_cells(key)
    assert len(shape) == cells
    assert sum(c.main for c in shape) == mains
    assert layout_capacity(key) == cells
    for c in shape:  # inside the screen, no picture overlaps another
        assert c.x >= 0 and c.y >= 0 and c.x + c.w <= 1 + 1e-9 and c.y + c.h <= 1 + 1e-9
    for i, a in enumerate(shape):
        for b in shape[i + 1 :]:
            overlap_w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
            overlap_h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
            assert overlap_w <= 1e-9 or overlap_h <= 1e-9


def test_grid_and_one_plus_seven_shapes() -> None:
    grid = layout_cells("4:0")
    assert {(round(c.x, 2), round(c.y, 2), round(c.w, 2)) for c in grid} == {
        (0.0, 0.0, 0.5),
        (0.5, 0.0, 0.5),
        (0.0, 0.5, 0.5),
        (0.5, 0.5, 0.5),
    }
    one_seven = layout_cells("1:7")
    main = one_seven[0]
    assert main.main and main.w * main.h > 7 * one_seven[1].w * one_seven[1].h  # the large one is larger
    assert all(c.y >= main.y + main.h - 1e-9 for c in one_seven[1:])  # the small ones sit below it


def test_adaptive_and_unknown_layouts() -> None:
    assert is_adaptive("ac") and is_adaptive("ac_presentation_in_mix") and not is_adaptive("1:7")
    assert layout_cells("ac_presentation_in_mix") and layout_capacity("ac") is None
    assert layout_cells("teams") == () and layout_cells("0:4") == () and layout_cells("1:x") == ()


def test_bar_order_named_first_then_the_mcus_list() -> None:
    named = [LayoutPreset("4:0", "Thảo luận", ordinal=2), LayoutPreset("1:7", "Khai mạc", ordinal=1)]
    buttons = bar_presets(["1:0", "1:7", "1:7", "ac"], named)
    assert [b.key for b in buttons] == [
        "preset:Khai mạc",
        "preset:Thảo luận",
        "layout:1:0",
        "layout:1:7",
        "layout:ac",
    ]


# --- applying a preset through the dispatcher ----------------------------------------------------------------


class RecordingDriver:
    """Only what the dispatcher calls; `fail` names actions the MCU refuses."""

    dialect = "recording"
    capabilities = frozenset({Capability.LAYOUT, Capability.SPOTLIGHT})

    def __init__(self, fail: set[str] | None = None) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.fail = fail or set()

    async def transform_layout(self, conference: str, layout: str) -> None:
        self.calls.append(("layout", conference, layout))
        if "layout" in self.fail:
            from console.domain import McuError

            raise McuError("refused", "layout not allowed")

    async def spotlight(self, conference: str, uuid: str, on: bool) -> None:
        self.calls.append(("spotlight", uuid, on))


def person(uuid: str, name: str, spotlight: bool = False) -> Participant:
    return Participant(uuid=uuid, display_name=name, conference="giaoban", spotlight=spotlight)


def test_named_preset_sets_layout_and_exactly_its_spotlights() -> None:
    async def body() -> None:
        driver = RecordingDriver()
        dispatcher = CommandDispatcher(driver, None, "op")  # type: ignore[arg-type]
        people = [person("u1", "A"), person("u2", "B", spotlight=True), person("u3", "C", spotlight=True)]
        reports: list[tuple[CommandResult, str]] = []
        applied = apply_layout_preset(
            dispatcher, "giaoban", LayoutPreset("1:7", "Khai mạc", ("C", "A", "Z")), people
        )
        watch_commands(applied.commands, lambda s, d: reports.append((s, d)))
        await dispatcher.drain()
        assert applied.missing == ("Z",)
        assert ("layout", "giaoban", "1:7") in driver.calls
        assert ("spotlight", "u2", False) in driver.calls and ("spotlight", "u1", True) in driver.calls
        assert not any(c[:2] == ("spotlight", "u3") for c in driver.calls)  # already in place
        assert reports == [(CommandResult.PENDING, ""), (CommandResult.OK, "")]

        plain = apply_layout_preset(dispatcher, "giaoban", LayoutPreset("4:0"), people)
        await dispatcher.drain()
        assert len(plain.commands) == 1 and driver.calls[-1] == ("layout", "giaoban", "4:0")

    asyncio.run(body())


def test_a_refused_layout_reports_the_error() -> None:
    async def body() -> None:
        dispatcher = CommandDispatcher(RecordingDriver({"layout"}), None, "op")  # type: ignore[arg-type]
        reports: list[tuple[CommandResult, str]] = []
        applied = apply_layout_preset(dispatcher, "giaoban", LayoutPreset("9:0"))
        watch_commands(applied.commands, lambda s, d: reports.append((s, d)))
        await dispatcher.drain()
        assert reports[-1] == (CommandResult.ERROR, "layout not allowed")

    asyncio.run(body())


# --- camera presets against a simulated camera --------------------------------------------------------------


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = open_database(f"sqlite:///{tmp_path}/x.sqlite3")
    with session_factory(eng)() as session:
        save_network(
            session,
            [
                Site(
                    SITE,
                    "UBND huyện Tuần Giáo",
                    Tier.DISTRICT,
                    None,
                    "UBND huyện",
                    "Hội trường",
                    "10.20.1.10",
                )
            ],
        )
        session.commit()
    yield eng
    eng.dispose()


def with_camera(
    engine: Engine, body: Callable[[SimulatedCamera, SitePresets], Awaitable[None]], **camera: Any
) -> None:
    async def main() -> None:
        async with SimulatedCamera(move_time=0.02, **camera) as sim:
            control = ViscaControl(ViscaCamera("127.0.0.1", sim.port, timeout=0.2, retries=1))
            presets = SitePresets(
                SITE, control, PresetBook(engine), "Quàng Văn Dũng", clock=lambda: WHEN, settle_interval=0.01
            )
            try:
                await presets.load()
                await body(sim, presets)
            finally:
                await presets.close()

    asyncio.run(main())


async def jog(
    presets: SitePresets, sim: SimulatedCamera, move: Move, until: Callable[[Position], bool]
) -> None:
    """Jog until the simulated camera's position satisfies `until` (bounded), then stop."""
    await presets.start(move, 8)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5
    while not until(sim.position):
        assert loop.time() < deadline, "the camera did not move"
        await asyncio.sleep(0.005)
    await presets.stop()


def test_store_keeps_the_position_the_camera_reports(engine: Engine) -> None:
    async def body(sim: SimulatedCamera, presets: SitePresets) -> None:
        await jog(presets, sim, Move.RIGHT, lambda p: p.pan > 200)
        stored = await presets.store(2, " Chủ tọa ", "Bàn chủ tọa")
        here = sim.position
        assert (stored.pan, stored.tilt, stored.zoom) == (here.pan, here.tilt, here.zoom)
        assert stored.pan > 200 and sim.presets[2] == here  # the camera holds the same framing
        assert (stored.name, stored.seat, stored.calibrated_by, stored.calibrated_at) == (
            "Chủ tọa",
            "Bàn chủ tọa",
            "Quàng Văn Dũng",
            WHEN,
        )
        assert PresetBook(engine).camera_presets(SITE) == [stored]

        await jog(presets, sim, Move.LEFT, lambda p: p.pan < -100)
        recalled = await presets.recall(2)
        assert recalled.position == here and recalled.drift is None and sim.position == here

    with_camera(engine, body)


def test_a_silent_camera_stores_nothing(engine: Engine) -> None:
    async def body(sim: SimulatedCamera, presets: SitePresets) -> None:
        sim.silent = True
        with pytest.raises(ViscaError) as failure:
            await presets.store(3, "Toàn cảnh")
        assert failure.value.code == "timeout"
        assert presets.presets == [] and PresetBook(engine).camera_presets(SITE) == []
        assert 3 not in sim.presets

    with_camera(engine, body)


def test_a_camera_that_refuses_stores_nothing(engine: Engine) -> None:
    async def body(sim: SimulatedCamera, presets: SitePresets) -> None:
        sim.not_executable = True
        with pytest.raises(ViscaError) as failure:
            await presets.store(1, "Toàn cảnh")
        assert failure.value.code == "not_executable"
        assert PresetBook(engine).camera_presets(SITE) == []

    with_camera(engine, body)


def test_verify_finds_a_drifted_preset_and_compare_shows_differences(engine: Engine) -> None:
    async def body(sim: SimulatedCamera, presets: SitePresets) -> None:
        await presets.store(1, "Toàn cảnh")
        await jog(presets, sim, Move.UP, lambda p: p.tilt > 100)
        await presets.store(2, "Chủ tọa")
        assert await presets.verify(Tolerance(2, 2, 2)) == []

        sim.drift = (120, 0, 0)  # knocked: every recall lands 120 to the right
        drifts = await presets.verify(Tolerance(50, 50, 50))
        assert [(d.slot, d.pan_error, d.axes) for d in drifts] == [(1, 120, ("pan",)), (2, 120, ("pan",))]
        assert await presets.verify(Tolerance(200, 200, 200)) == []  # a wide tolerance accepts it

        current, differences = await presets.compare()
        assert current == sim.position
        assert [d.preset.slot for d in differences] == [1, 2]
        assert differences[1].pan == 120 and differences[1].within(Tolerance(200, 0, 0))
        assert not differences[1].within(Tolerance(100, 0, 0))
        recalled = await presets.recall(1)
        assert recalled.drift is not None and recalled.drift.pan_error == 120

    with_camera(engine, body)


def test_rename_speaker_and_delete_touch_only_the_book(engine: Engine) -> None:
    async def body(sim: SimulatedCamera, presets: SitePresets) -> None:
        await presets.store(1, "Toàn cảnh")
        await presets.store(2, "Chủ tọa")
        sent = len(sim.received)
        await presets.rename(2, "Chủ trì", "Bàn giữa")
        await presets.set_speaker(2)
        assert len(sim.received) == sent  # nothing went to the camera
        book = PresetBook(engine)
        assert [(p.name, p.speaker) for p in book.camera_presets(SITE)] == [
            ("Toàn cảnh", False),
            ("Chủ trì", True),
        ]
        await presets.store(2, "Chủ trì")  # storing again keeps it the speaker preset
        assert book.camera_presets(SITE)[1].speaker
        recalled = await presets.recall_speaker()
        assert recalled is not None and recalled.slot == 2
        await presets.delete(1)
        with pytest.raises(PresetError) as failure:
            await presets.rename(1, "x")
        assert failure.value.code == "not_stored"
        assert [p.slot for p in book.camera_presets(SITE)] == [2]

    with_camera(engine, body)


def test_fecc_is_jog_only(engine: Engine) -> None:
    async def body() -> None:
        driver = FeccDriver()
        dispatcher = CommandDispatcher(driver, None, "op")  # type: ignore[arg-type]
        control = FeccControl(dispatcher, "giaoban", "u1", SITE, pulse_ms=300)
        presets = SitePresets(SITE, control, PresetBook(engine), "tech")
        assert not presets.supports_presets
        await presets.start(Move.ZOOM_IN)
        await presets.stop()
        assert driver.moves == [("giaoban", "u1", "zoom", "in", 300)]
        for call in (
            lambda: presets.store(1, "x"),
            lambda: presets.recall(1),
            presets.verify,
            presets.compare,
        ):
            with pytest.raises(PresetError) as failure:
                await call()
            assert failure.value.code == "unsupported"
        driver.refuse = True
        with pytest.raises(PresetError) as failure:
            await presets.start(Move.LEFT)
        assert failure.value.code == "fecc_error"

    asyncio.run(body())


class FeccDriver:
    dialect = "fecc-only"
    capabilities = frozenset({Capability.FECC})

    def __init__(self) -> None:
        self.moves: list[tuple[str, str, str, str, int]] = []
        self.refuse = False

    async def camera_move(
        self, conference: str, uuid: str, axis: Any, direction: str, timeout_ms: int
    ) -> None:
        from console.domain import McuError

        if self.refuse:
            raise McuError("refused", "far end has no camera control")
        self.moves.append((conference, uuid, str(axis), direction, timeout_ms))


def test_camera_control_for_picks_visca_then_fecc() -> None:
    dispatcher = CommandDispatcher(FeccDriver(), None, "op")  # type: ignore[arg-type]
    visca = camera_control_for("A", {"A": "visca://127.0.0.1:5000"}, dispatcher, person("u", "A"))
    assert isinstance(visca, ViscaControl) and visca.label == "127.0.0.1:5000"
    fecc = camera_control_for("B", {}, dispatcher, person("u", "B"))
    assert isinstance(fecc, FeccControl) and not fecc.supports_presets
    assert camera_control_for("C", {}, dispatcher, None) is None
    with pytest.raises(ValueError):
        camera_control_for("A", {"A": "http://x"})


def test_no_far_end_camera_control_where_the_dialect_cannot_move_cameras() -> None:
    dispatcher = CommandDispatcher(RecordingDriver(), None, "op")  # type: ignore[arg-type]
    assert camera_control_for("B", {}, dispatcher, person("u", "B")) is None  # in the meeting, but no FECC
    visca = camera_control_for("A", {"A": "visca://127.0.0.1:5000"}, dispatcher, person("u", "A"))
    assert isinstance(visca, ViscaControl)  # its own address needs nothing of the MCU


# --- the demo fleet ----------------------------------------------------------------------------------------


def test_fleet_gives_each_site_a_camera_that_answers() -> None:
    fleet = CameraFleet(["A", "B", "C"], move_time=0.01).start_in_thread()
    try:
        addresses = fleet.addresses
        assert len(set(addresses.values())) == 3 and all(
            a.startswith("visca://127.0.0.1:") for a in addresses.values()
        )

        async def body() -> None:
            control = ViscaControl.from_url(addresses["B"], timeout=0.5)
            try:
                await control.camera.pan_tilt_absolute(300, -50)
                assert await control.position() == Position(300, -50, fleet.position("B").zoom)
                await control.store_preset(4)
            finally:
                await control.close()

        asyncio.run(body())
        assert fleet.position("B").pan == 300 and fleet.position("A").pan != 300
        assert 4 in fleet.camera("B").presets and 4 not in fleet.camera("A").presets
    finally:
        fleet.stop_thread()


def test_fleet_on_consecutive_ports() -> None:
    async def body() -> None:
        probe = SimulatedCamera()
        await probe.start()
        base = probe.port
        await probe.stop()  # a port that was free a moment ago
        await asyncio.sleep(0)  # one turn of the loop: the transport closes its socket on the next turn
        try:
            async with CameraFleet(["A", "B"], base_port=base) as fleet:
                assert [fleet.camera(s).port for s in ("A", "B")] == [base, base + 1]
                assert fleet.address("B") == f"visca://127.0.0.1:{base + 1}"
        except OSError:
            pytest.skip("the probed ports were taken in the meantime")

    asyncio.run(body())
