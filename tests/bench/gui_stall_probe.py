"""Child process of bench_gui: the real console on the national scenario; prints p99 and max stall in ms, then
the median time from a double-click on a tile to its detail showing the site's data (switch latency, ms).

The session runs in its own process, as the console runs it. The measured time starts when the window first
shows the graded nation (the wall painted it), and lasts `seconds`: loading the nation and building the window
are start-up (first_paint_s), not ingestion. With BENCH_TRACE=1 each stall over 40 ms is printed with its time,
start-up ones marked as such. `--switches N` opens N site details after the measured time (0: none).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from console.runtime.options import SessionOptions
from widgets.shell.app import create_application
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

TICK_MS = 10
NATION = 3000  # sites: the national scenario has arrived


def main(seconds: float, switches: int) -> None:
    import qasync

    app = create_application("vi")
    panel = WallPanel()
    window = MainWindow(database="bench", wall=panel, remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    live = LiveConsole(
        window, panel, SessionOptions(sites=3500, scenario="national", seed=1, demo=True), child=True
    )
    gaps: list[float] = []
    switched: list[float] = []
    started = time.perf_counter()
    last = [0.0]
    since: list[float] = []  # when the window first showed the nation: the measured time starts there
    measured = asyncio.Event()

    def tick() -> None:
        now = time.perf_counter()
        late = max(0.0, (now - last[0]) * 1000.0 - TICK_MS) if last[0] else 0.0
        last[0] = now
        data, wall = panel.wall.data, panel.wall
        shown = data is not None and len(data.index.names) >= NATION and wall.painted_version == data.version
        if late > 40 and os.environ.get("BENCH_TRACE"):
            when = f"at {now - started:.2f} s" if since else "in start-up, not measured"
            print(f"stall {late:.0f} ms {when}", file=sys.stderr)
        if since:
            gaps.append(late)
            if now - since[0] >= seconds:
                timer.stop()
                measured.set()
        elif shown:
            since.append(now)  # the gaps count from the next tick on

    async def then_switch() -> None:
        from widgets.site.detail import SiteDetail

        await measured.wait()
        wall = panel.wall
        for k in range(switches):
            rows = wall.visible_rows()
            row = rows[(7 * k) % len(rows)]
            rect = wall.tile_rect(row)
            assert rect is not None
            key = live.site_key(row)
            start = time.perf_counter()
            QTest.mouseDClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            shown = 0.0
            while True:  # one detail, pointed at each site opened: shown when it has this site's data
                details = [d for d in window.findChildren(SiteDetail) if d.key == key and d.isVisible()]
                if details and not shown:
                    shown = time.perf_counter() - start
                if details and details[0].frame is not None:
                    break
                await asyncio.sleep(0.001)
            if os.environ.get("BENCH_TRACE"):
                print(f"switch: detail shown after {shown * 1000:.0f} ms", file=sys.stderr)
            await asyncio.sleep(0)  # the frame painted on the next round of the loop
            switched.append((time.perf_counter() - start) * 1000.0)
            details[0].window().close()
            await asyncio.sleep(0.5)
        window.close()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()

    QTimer.singleShot(int(seconds * 1000) + 150_000, window.close)  # never hang if the data never comes
    with loop:
        task = loop.create_task(then_switch())
        loop.run_until_complete(live.run(app))
        task.cancel()
    if not gaps:
        raise SystemExit("no data arrived from the national scenario")
    if switched:
        print("switches ms: " + ", ".join(f"{s:.1f}" for s in switched), file=sys.stderr)
    switch = statistics.median(switched) if switched else float("nan")
    print(f"{np.percentile(gaps, 99):.3f} {max(gaps):.3f} {switch:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("seconds", type=float)
    parser.add_argument("--switches", type=int, default=0)
    arguments = parser.parse_args()
    main(arguments.seconds, arguments.switches)
