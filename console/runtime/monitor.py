"""`python main.py monitor`: watch an MCU with no window and keep the log — how the data center runs unattended.

Built by the same `build(config)` as the window. Exits 0 with everything committed on SIGINT, SIGTERM or at the
end of `--duration`, what the run opened closed at the stop time (`closed_by` stop); 1 when the log cannot be
opened or another process writes it (a SQLite log has one writer), when records could not be written ("N
record(s) could not be written: <first reason>"), or when the MCU refused the console's credentials for the whole
run (it could never log in); 2 on a bad argument or configuration, before the log is opened. `--demo` starts the
bundled simulator itself.

It runs as the `monitor` service account (`Actor.service(MONITOR)`): it may keep the log and nothing else, and
the audit trail names it for what it writes — the start and end of a watch, each incident it opens and closes.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from console.access import MONITOR, Actor, Permission
from console.domain import IncidentOpened, IncidentResolved, ParentOpened
from console.live.hub import HubNews
from console.mcu.driver import McuDriver
from console.runtime.address import check_log
from console.runtime.args import UsageError
from console.runtime.bridge import NO_MCU
from console.runtime.build import Runtime, build
from console.runtime.cli import config_from_args
from console.runtime.readiness_port import follower_for
from console.sim.process import SimulatorError
from db.files import DatabaseOpenError

log = logging.getLogger("bridgewall.monitor")


async def watch(runtime: Runtime, duration: float | None) -> McuDriver:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    driver = await runtime.attach()
    if duration is not None:  # counted from when the watching starts (the demo's simulator may take a while)
        loop.call_later(duration, stop.set)
    conference = runtime.config.mcu.conference
    demo = " (the demo's simulator)" if runtime.config.mcu.url is None else ""
    log.info("watching %s%s%s", runtime.mcu_url, demo, f" (conference {conference})" if conference else "")
    guard, actor = runtime.guard, runtime.actor
    guard.require(actor, Permission.LOG_RECORD, runtime.mcu_url)
    guard.record(
        actor, "monitor.start", runtime.mcu_url, detail=f"conference {conference}" if conference else ""
    )

    def audit(news: HubNews) -> None:  # the log's writes the service makes, as the audit names them
        if isinstance(news, IncidentOpened | ParentOpened):
            incident = news.incident
            guard.record(
                actor, "incident.open", f"incident {news.key} ({incident.kind.value} at {incident.site})"
            )
        elif isinstance(news, IncidentResolved):
            guard.record(actor, "incident.close", f"incident {news.key}")

    runtime.hub.listeners.append(audit)
    readiness = follower_for(runtime)  # records the checks of the log's open test runs
    runtime.hub.listeners.append(readiness.listen)
    following = asyncio.create_task(readiness.run(stop), name="readiness")
    try:
        await runtime.hub.run(driver, stop)
    finally:
        stop.set()
        await following
        open_now = len(runtime.hub.tracker.open_incidents())
        guard.record(actor, "monitor.stop", runtime.mcu_url, detail=f"{open_now} incident(s) still open")
    return driver


def main(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    if config.mcu.url is None and not config.demo.enabled:
        raise UsageError(NO_MCU)
    check_log(config)
    try:
        runtime = build(
            config,
            operator=MONITOR,
            control=False,
            cameras=False,
            program="monitor",
            actor=Actor.service(MONITOR),
        )
    except DatabaseOpenError as exc:
        print(f"bridgewall monitor: {exc}", file=sys.stderr)
        return 1
    ok = False
    try:
        driver = asyncio.run(watch(runtime, args.duration))
    except SimulatorError as exc:  # the demo's simulator did not start
        print(f"bridgewall monitor: {exc}", file=sys.stderr)
        return 1
    finally:
        ok = runtime.close()
        store = runtime.store
        if store.lost:  # never silent: the count and the first reason, one line
            print(
                f"bridgewall monitor: {store.lost} record(s) could not be written: {store.lost_reason}",
                file=sys.stderr,
            )
    if driver.login_refused:
        print(
            f"bridgewall monitor: the MCU at {runtime.mcu_url} refused the console's credentials; "
            "it never logged in (see the mcu_auth incident in the log)",
            file=sys.stderr,
        )
        return 1
    return 0 if ok else 1
