"""The MCU path end to end: decoding a national poll, how fast a dropped link becomes an incident, monitor CPU.

    python -m tests.bench bench_mcu

ingest_national
    The bytes of one full poll of the 3,500-site national scenario (conference list, participant list and
    media-stream pages, as the simulator serves them to the driver's own requests) go through the driver's decode
    path (`parse_page` per page, `PexipDriver._apply_poll` → `MediaStats`) and `Telemetry.ingest`. Floor: bare
    `orjson.loads` of the same pages. Steady state: the participants are already known from an earlier poll.
detect_latency_poll_s / detect_latency_sse_s
    `world.drop(site)` → the `IncidentOpened(link_down)` reaching a listener of a Hub that follows the real
    PexipDriver against the simulator (normal, 150 sites); median of several drops at random poll phases. The
    driver has no switch to turn its event stream off, so the polling-only run stalls the stream with the
    simulator's `stall_events` fault (the stream stays connected and silent; the 1 Hz poll sees the leave).
monitor_cpu_share_national
    `main.py sim --scenario national` and `main.py monitor --duration 30` as two processes; the monitor's CPU time
    (user + sys, all threads) over wall time, counted from the moment it starts watching (start-up — imports,
    schema, the demo network — excluded; the whole-lifetime share is printed beside it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import queue
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import orjson

from console.domain import IncidentKind, IncidentOpened, IncidentResolved, MediaStats, ParticipantJoined
from console.live.hub import Hub
from console.live.telemetry import SiteDirectory, Telemetry
from console.mcu.pexip.driver import PAGE_LIMIT, STATUS, PexipDriver
from console.mcu.pexip.wire import parse_page
from console.sim import SimServer
from console.sim.faults import FaultKind
from tests.bench.figures import Figure, paired_ms

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "bench-secret"
DROPS = 5
MONITOR_SECONDS = 30.0


# --- ingest_national ---------------------------------------------------------------------------------


def _walk(client: httpx.Client, path: str, params: dict[str, str | int]) -> list[bytes]:
    """Every page of a Tastypie list, requested as the driver requests it."""
    pages: list[bytes] = []
    r = client.get(path, params={**params, "limit": PAGE_LIMIT})
    while True:
        r.raise_for_status()
        pages.append(r.content)
        nxt = orjson.loads(r.content)["meta"]["next"]
        if not nxt:
            return pages
        r = client.get(nxt)


def capture_national() -> tuple[list[bytes], list[bytes], list[bytes], SimServer]:
    """(conference pages, participant pages, stream pages) of one national poll, and the stopped server."""
    sim = SimServer(scenario="national", seed=1, password=PASSWORD, paused=True)
    with sim, httpx.Client(base_url=sim.url, auth=("admin", PASSWORD), timeout=60.0) as client:
        conf = _walk(client, f"{STATUS}/conference/", {})
        name = orjson.loads(conf[0])["objects"][0]["name"]
        parts = _walk(client, f"{STATUS}/participant/", {"conference": name})
        streams = _walk(client, f"{STATUS}/participant_media_stream/", {})
    return conf, parts, streams, sim


def ingest_national() -> Figure:
    conf, parts, streams, sim = capture_national()
    every = conf + parts + streams
    name = parse_page(conf[0])[0][0]["name"]
    telemetry = Telemetry(SiteDirectory(sim.world.sites))
    driver = PexipDriver("http://127.0.0.1:9", "admin", PASSWORD)

    def poll() -> int:
        names = [o["name"] for o in parse_page(conf[0])[0]]  # as _poll_once reads the conference list
        participants: list[Any] = []
        for page in parts:
            participants.extend(parse_page(page)[0])
        objects: list[Any] = []
        for page in streams:
            objects.extend(parse_page(page)[0])
        written = 0
        for event in driver._apply_poll(time.monotonic(), names, [participants], objects):
            if isinstance(event, MediaStats):
                written += telemetry.ingest(event)
            else:
                telemetry.feed(event)
        return written

    def floor() -> None:
        for page in every:
            orjson.loads(page)

    # the first poll joins everyone; later polls are the steady state measured
    first = driver._apply_poll(time.monotonic(), [name], [parse_page(parts[0])[0]], [])
    for event in first:
        telemetry.feed(event)
    joined = sum(isinstance(e, ParticipantJoined) for e in first)
    written = poll()
    n_streams = sum(len(parse_page(p)[0]) for p in streams)
    size = sum(len(p) for p in every)
    print(
        f"  ingest_national: {joined} participants, {n_streams} streams in {len(streams)} page(s), "
        f"{size / 1e6:.1f} MB; {written} telemetry rows per poll",
        flush=True,
    )
    if written < 3500:
        raise RuntimeError(f"only {written} rows reached the telemetry")
    ours, bare = paired_ms(poll, floor, repeats=15)
    return Figure(ours, "ms", bare)


# --- detect_latency_* --------------------------------------------------------------------------------


async def _detect(stream: bool, drops: int = DROPS, seed: int = 3) -> list[float]:
    """Seconds from `world.drop` to the hub's IncidentOpened(link_down), one per drop."""
    rng = random.Random(seed)
    with SimServer(sites=150, scenario="normal", seed=seed, password=PASSWORD, keepalive=1.0) as sim:
        if not stream:
            sim.faults.add(FaultKind.STALL_EVENTS, None, "/api/client/")
        hub = Hub(sim.world.sites)
        driver = PexipDriver(sim.url, "admin", PASSWORD, poll_interval=1.0)
        opened: dict[str, float] = {}
        resolved: set[str] = set()
        changed = asyncio.Event()

        def listen(news: object) -> None:
            if isinstance(news, IncidentOpened) and news.incident.kind is IncidentKind.LINK_DOWN:
                opened.setdefault(news.incident.site, time.perf_counter())
                changed.set()
            elif isinstance(news, IncidentResolved):
                resolved.add(str(news.key))
                changed.set()

        hub.listeners.append(listen)
        stop = asyncio.Event()
        running = asyncio.create_task(hub.run(driver, stop))

        async def until(cond: Any, timeout: float, what: str) -> None:
            deadline = time.monotonic() + timeout
            while not cond():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise RuntimeError(f"timed out waiting for {what}")
                changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), min(left, 0.1))

        try:
            await until(lambda: len(hub.participants) >= 150, 30.0, "the first poll")
            await until(lambda: bool(sim.app._streams), 30.0, "the event stream")
            await asyncio.sleep(1.5)  # the stream's snapshot is read and the poll rhythm settled
            samples: list[float] = []
            for k in range(drops):
                i = 10 + 13 * k
                code = sim.world.sites[i].code
                await asyncio.sleep(rng.uniform(0.0, 1.0))  # a random phase of the 1 Hz poll
                start = time.perf_counter()
                sim.world.drop(i)
                await until(lambda c=code: c in opened, 15.0, f"link_down at {code}")
                samples.append(opened[code] - start)
                before = len(resolved)
                sim.world.restore(i)
                await until(lambda b=before: len(resolved) > b, 15.0, f"{code} back")
            return samples
        finally:
            stop.set()
            await running


def detect_latency() -> dict[str, Figure]:
    quiet = logging.getLogger("bridgewall")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # every drop is an incident the hub logs as a warning
    try:
        poll = asyncio.run(_detect(stream=False))
        sse = asyncio.run(_detect(stream=True))
    finally:
        quiet.setLevel(level)
    for label, samples in (("poll", poll), ("sse", sse)):
        print(f"  detect_latency_{label}_s samples: " + ", ".join(f"{s:.3f}" for s in samples), flush=True)
    return {
        "detect_latency_poll_s": Figure(statistics.median(poll), "s"),
        "detect_latency_sse_s": Figure(statistics.median(sse), "s"),
    }


# --- monitor_cpu_share_national ----------------------------------------------------------------------


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a live process, every thread, from /proc/<pid>/stat."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


class _Lines:
    """Lines of a child's pipe, read by a thread (a buffered pipe and select() do not mix)."""

    def __init__(self, stream: Any) -> None:
        self.lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self.seen: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: Any) -> None:
        for raw in stream:
            self.lines.put(raw.decode("utf-8", "replace"))
        self.lines.put(None)

    def until(self, pattern: str, timeout: float) -> str:
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if line is None:
                raise RuntimeError(f"no line matching {pattern!r}:\n{''.join(self.seen)[-2000:]}")
            self.seen.append(line)
            if regex.search(line):
                return line

    def rest(self, timeout: float) -> str:
        self._thread.join(timeout)
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return "".join(self.seen)
            if line is not None:
                self.seen.append(line)


def monitor_cpu_share(seconds: float = MONITOR_SECONDS, profile: str | None = None) -> Figure:
    env = {**os.environ, "MCU_PASSWORD": PASSWORD, "PYTHONUNBUFFERED": "1"}
    sim = subprocess.Popen(
        [sys.executable, "main.py", "sim", "--scenario", "national", "--port", "0"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        port = re.findall(r":(\d+)\s*$", _Lines(sim.stdout).until(r"^listening on ", 120.0))[0]
        with tempfile.TemporaryDirectory() as tmp:
            prefix = [sys.executable, "-m", "cProfile", "-o", profile] if profile else [sys.executable]
            started = time.perf_counter()
            mon = subprocess.Popen(
                [
                    *prefix,
                    "main.py",
                    "monitor",
                    "--demo",  # the demo network in the log, as the console has it
                    "--mcu",
                    f"pexip+http://127.0.0.1:{port}",
                    "--db",
                    f"sqlite:///{Path(tmp) / 'log.sqlite3'}",
                    "--duration",
                    str(seconds),
                ],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            lines = _Lines(mon.stderr)
            lines.until(r"bridgewall\.monitor: watching ", 120.0)
            watch_wall, watch_cpu = time.perf_counter(), _cpu_seconds(mon.pid)
            _, status, usage = os.wait4(mon.pid, 0)
            ended = time.perf_counter()
            mon.returncode = os.waitstatus_to_exitcode(status)
            text = lines.rest(30.0)
            assert mon.stderr is not None
            mon.stderr.close()
        if mon.returncode != 0:
            raise RuntimeError(f"the monitor exited {mon.returncode}:\n{text[-2000:]}")
        total_cpu = usage.ru_utime + usage.ru_stime
        share = (total_cpu - watch_cpu) / (ended - watch_wall)
        print(
            f"  monitor_cpu_share_national: {total_cpu - watch_cpu:.2f} s CPU over {ended - watch_wall:.1f} s "
            f"watching; whole lifetime {total_cpu:.2f} s over {ended - started:.1f} s = "
            f"{total_cpu / (ended - started):.3f}; {text.count('incident opened')} incident(s) opened",
            flush=True,
        )
        return Figure(share, "share")
    finally:
        sim.terminate()
        try:
            sim.wait(30)
        except subprocess.TimeoutExpired:
            sim.kill()
            sim.wait(10)
        if sim.stdout is not None:
            sim.stdout.close()


def run() -> dict[str, Figure]:
    figures = {"ingest_national": ingest_national()}
    figures.update(detect_latency())
    figures["monitor_cpu_share_national"] = monitor_cpu_share()
    return figures


if __name__ == "__main__":
    for figure_name, figure in run().items():
        print(figure_name, figure.as_json())
