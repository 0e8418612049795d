"""Child process of bench_gui: the real console on the national scenario; prints p99 and max stall in ms."""

from __future__ import annotations

import asyncio
import os
import sys
import time

import numpy as np
from PySide6.QtCore import QTimer

from console.hub import Graded, HubNews
from console.session import SessionOptions
from widgets.app import GUI_SWITCH_INTERVAL_S, create_application
from widgets.live import LiveConsole
from widgets.main_window import MainWindow
from widgets.wall_panel import WallPanel

TICK_MS = 10


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
    live = LiveConsole(window, panel, SessionOptions(sites=3500, scenario="national", seed=1))
    gaps: list[float] = []
    started = time.perf_counter()
    last = [0.0]
    since: list[float] = []  # when the national data began to flow; appended by the session's thread

    def tick() -> None:
        now = time.perf_counter()
        if since and last[0]:
            gaps.append(max(0.0, (now - last[0]) * 1000.0 - TICK_MS))
            if gaps[-1] > 40 and os.environ.get("BENCH_TRACE"):
                print(f"stall {gaps[-1]:.0f} ms at {now - started:.2f} s", file=sys.stderr)
            if now - since[0] >= seconds:
                timer.stop()
                window.close()
        last[0] = now

    def on_news(news: HubNews) -> None:
        """Runs on the session's thread: it only notes the time, the window's timer does the rest."""
        if isinstance(news, Graded) and not since and len(news.report.keys) >= 3000:
            since.append(time.perf_counter())

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
