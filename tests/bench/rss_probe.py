"""Child process of bench_gui: 3,500 sites with 15 minutes of 1 Hz history and a painted wall; prints RSS in MB.

As the console runs: the hub with its history in a session process of its own, the window in this one with the
wall it was sent through shared memory; the figure is the two processes' resident memory together. Each side
imports what its process does in the console (the session's side is started before this one loads Qt).
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection

from console.runtime.child import SERIES_SPAN  # light: nothing of the session's, nothing of Qt

SITES = 3500
SECONDS = 900


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    raise RuntimeError("no VmRSS")


def session_side(conn: Connection) -> None:
    """The session's process: the hub with 15 minutes of history, one wall frame written to shared memory. It
    loads the session's modules, not Qt's (as the console's session process does)."""
    import numpy as np

    from console.domain import STAT_FIELDS, MediaStats, Participant, ParticipantJoined
    from console.live.hub import Hub
    from console.live.wall import WallFeed
    from console.registry import load_network
    from console.runtime.bridge import WallFrame
    from console.runtime.frames import FrameWriter
    from console.runtime.port import freeze_frame, roster_of

    hub = Hub(load_network())
    start = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)
    uuids = [f"p-{i}" for i in range(SITES)]
    for i, uuid in enumerate(uuids):
        hub.feed(
            ParticipantJoined(
                start,
                Participant(uuid, f"Điểm cầu {i}", "giaoban", remote_address=f"10.9.{i // 250}.{i % 250}"),
            )
        )
    rng = np.random.default_rng(1)
    low = np.array([0.0, 0.0, 5.0, 5.0, 1000.0, 1000.0, 25.0, 40.0, 900.0])
    high = np.array([0.5, 0.5, 20.0, 20.0, 1500.0, 1500.0, 30.0, 64.0, 1400.0])
    assert len(low) == len(STAT_FIELDS)
    for t in range(SECONDS):
        at = start + timedelta(seconds=t)
        values = low + (high - low) * rng.random((SITES, len(STAT_FIELDS)))
        hub.feed(MediaStats(at, "giaoban", uuids, values))
        if t % 60 == 0 or t == SECONDS - 1:
            hub.tick(at)
    feed = WallFeed(hub)
    feed.update()
    writer = FrameWriter()
    frame = WallFrame(freeze_frame(feed, 120), True, roster_of(hub))
    conn.send(writer.write(frame, SERIES_SPAN, True))
    conn.recv()  # the window has painted it
    conn.send(rss_mb())
    conn.recv()
    writer.close()


def main() -> None:
    from console.runtime.frames import FrameReader
    from widgets.shell.app import create_application
    from widgets.wall.panel import WallPanel

    importlib.import_module("widgets.shell.live")  # what the console's window loads besides the wall

    app = create_application("vi")
    context = multiprocessing.get_context("spawn")
    mine, theirs = context.Pipe()
    session = context.Process(target=session_side, args=(theirs,), daemon=True)
    session.start()
    reader = FrameReader()
    frame = reader.read(mine.recv())
    panel = WallPanel()
    panel.resize(1600, 1000)
    panel.set_data(frame.data)
    panel.show()
    panel.wall.zoom_to_fit()
    panel.grab()
    app.processEvents()
    mine.send("painted")
    theirs_mb = float(mine.recv())
    ours = rss_mb()
    mine.send("done")
    session.join(30)
    reader.close()
    print(f"window {ours:.1f} MB + session {theirs_mb:.1f} MB", file=sys.stderr)
    print(f"{ours + theirs_mb:.1f}")


if __name__ == "__main__":
    main()
