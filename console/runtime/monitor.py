"""`python main.py monitor`: watch an MCU with no window and keep the log — how the data center runs unattended.

Exits 0 with everything committed on SIGINT, SIGTERM or at the end of `--duration`; 1 when the log cannot
be opened; 2 on a bad MCU address.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from console.floor.desk import FloorDesk
from console.live.hub import Hub
from console.mcu.pexip.driver import driver_from_url
from console.runtime.session import open_log
from db.engine import DatabaseOpenError
from db.writer import Store

log = logging.getLogger("bridgewall.monitor")


async def watch(hub: Hub, args: argparse.Namespace) -> None:
    driver = driver_from_url(args.mcu, args.mcu_user, ca_bundle=args.ca_bundle, conference=args.conference)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    if args.duration is not None:
        loop.call_later(args.duration, stop.set)
    log.info("watching %s%s", args.mcu, f" (conference {args.conference})" if args.conference else "")
    await hub.run(driver, stop)


def main(args: argparse.Namespace) -> int:
    try:
        engine, sites = open_log(args.db)
    except DatabaseOpenError as exc:
        print(f"bridgewall monitor: {exc}", file=sys.stderr)
        return 1
    store = Store(engine)
    hub = Hub(sites, store=store)
    floor = FloorDesk(hub, store=store)  # raised hands become pending requests, lowered ones cancelled
    hub.floor = floor
    try:
        asyncio.run(watch(hub, args))
    except ValueError as exc:  # a bad --mcu address
        print(f"bridgewall monitor: {exc}", file=sys.stderr)
        return 2
    finally:
        floor.flush()  # hands raised in the last moments are filed too
        if not store.close(timeout=30.0):
            log.error("some records could not be written before exit: %s", store.error)
        engine.dispose()
    open_count = len(hub.tracker.open_incidents())
    log.info("stopped; %d incident(s) still open", open_count)
    return 0 if store.error is None else 1
