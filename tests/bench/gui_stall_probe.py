"""Child process of bench_gui: the real console on the national scenario; prints p99 and max stall in ms.

The measured time starts when the window first shows the graded nation (the wall painted it), and lasts
`seconds`: loading the nation and building the window are start-up (first_paint_s), not ingestion.
With BENCH_TRACE=1 each stall over 40 ms is printed with its time, start-up ones marked as such.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time

import numpy as np
from PySide6.QtCore import QTimer

from console.live.hub import Graded, HubNews
from console.runtime.session import SessionOptions
from widgets.shell.app import GUI_SWITCH_INTERVAL_S, create_application
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

TICK_MS = 10
NATION = 3000  # sites: the national scenario has arrived


def main(seconds: float) -> None:
    import qasync

    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # as the console does
    app = create_application("vi")
    panel = WallPanel()
    window = MainWindow(database="bench", wall=panel, remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    live = LiveConsole(window, panel, SessionOptions(sites=3500, scenario="national", seed=1, demo=True))
    gaps: list[float] = []
    started = time.perf_counter()
    last = [0.0]
    graded: list[bool] = []  # the hub graded the whole nation once; appended by the session's thread
    since: list[float] = []  # when the window first showed the nation: the measured time starts there

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
                window.close()
        elif graded and shown:
            since.append(now)  # the gaps count from the next tick on

    def on_news(news: HubNews) -> None:
        """Runs on the session's thread: it only notes that the nation is graded; the window's timer does the rest."""
        if isinstance(news, Graded) and not graded and len(news.report.keys) >= NATION:
            graded.append(True)

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()

    async def attach_listener() -> None:
        while live.session.hub is None:
            await asyncio.sleep(0.05)
        live.session.hub.listeners.append(on_news)

    QTimer.singleShot(int(seconds * 1000) + 90_000, window.close)  # never hang if the data never comes
    with loop:
        loop.create_task(attach_listener())
        loop.run_until_complete(live.run(app))
    if not gaps:
        raise SystemExit("no data arrived from the national scenario")
    print(f"{np.percentile(gaps, 99):.3f} {max(gaps):.3f}")


if __name__ == "__main__":
    main(float(sys.argv[1]))
