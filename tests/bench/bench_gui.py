"""The console as the operator runs it.

first_paint_s            launch of `main.py gui` on the demo network → the wall's first painted tiles (median of
                         3); its floor: launch of a bare PySide6 window → its first paint, measured alike.
window_paint_s           the same launches → the console's window first painted (before the MCU answers); the
                         same floor.
gui_stall_p99_ms         stalls of the GUI thread (lateness of a 10 ms timer) while the wall follows the national
gui_stall_max_ms         scenario (3,500 sites) through the real driver, for BENCH_STALL_SECONDS (default 60).
gui_stall_loaded_p99_ms  the same, while a CPU-bound process of the bench's own keeps one core busy throughout.
gui_stall_loaded_max_ms
switch_latency_ms        a double-click on a tile of the national wall → its detail showing the site's data
                         (median of SWITCHES).
rss_mb_3500              resident memory of a console holding 3,500 sites with 15 minutes of history, wall painted:
                         the window's process and the session's together.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.figures import Figure

ROOT = Path(__file__).resolve().parents[2]
SWITCHES = 7


def _env(home: str) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": home,
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CONFIG_HOME": f"{home}/config",
    }


def _launch_to_lines(command: list[str], markers: tuple[str, ...]) -> list[float]:
    """Median seconds, over 3 launches of `command`, until its stderr says each of `markers` (in that order)."""
    samples: list[list[float]] = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as home:
            start = time.perf_counter()
            process = subprocess.Popen(command, cwd=ROOT, env=_env(home), stderr=subprocess.PIPE, text=True)
            assert process.stderr is not None
            seen: list[float] = []
            try:
                for line in process.stderr:
                    if markers[len(seen)] in line:
                        seen.append(time.perf_counter() - start)
                        if len(seen) == len(markers):
                            break
                else:
                    raise RuntimeError(f"{command} exited before saying {markers[len(seen)]!r}")
            finally:
                process.terminate()
                process.wait(timeout=30)
                process.stderr.close()
            samples.append(seen)
    return [statistics.median(column) for column in zip(*samples, strict=True)]


def first_paint_s() -> tuple[Figure, Figure]:
    """first_paint_s and window_paint_s."""
    window, tiles = _launch_to_lines(
        [sys.executable, "main.py", "gui", "--demo", "--lang", "vi"],
        ("window: first painted", "first tiles painted"),
    )
    (bare,) = _launch_to_lines([sys.executable, "-m", "tests.bench.bare_window"], ("first paint",))
    return Figure(tiles, "s", bare), Figure(window, "s", bare)


def gui_stall_ms(seconds: float, *, loaded: bool = False, switches: int = 0) -> tuple[float, float, float]:
    """Run in a child process so the national simulator and the GUI don't share this interpreter's state.
    `loaded`: a CPU-bound process of the bench's own spins for the whole run."""
    burner = (
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL)
        if loaded
        else None
    )
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.bench.gui_stall_probe", str(seconds), "--switches", str(switches)],
            cwd=ROOT,
            env=_env(tempfile.mkdtemp()),
            capture_output=True,
            text=True,
            timeout=seconds + 240,
            check=True,
        )
    finally:
        if burner is not None:
            burner.kill()
            burner.wait(10)
    p99, worst, switch = (float(v) for v in done.stdout.split()[-3:])
    return p99, worst, switch


def rss_mb() -> float:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.rss_probe"],
        cwd=ROOT,
        env=_env(tempfile.mkdtemp()),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return float(done.stdout.split()[-1])


def run() -> dict[str, Figure]:
    seconds = float(os.environ.get("BENCH_STALL_SECONDS", "60"))
    p99, worst, switch = gui_stall_ms(seconds, switches=SWITCHES)
    loaded_p99, loaded_worst, _ = gui_stall_ms(seconds, loaded=True)
    tiles, window = first_paint_s()
    return {
        "first_paint_s": tiles,
        "window_paint_s": window,
        "gui_stall_p99_ms": Figure(p99, "ms"),
        "gui_stall_max_ms": Figure(worst, "ms"),
        "gui_stall_loaded_p99_ms": Figure(loaded_p99, "ms"),
        "gui_stall_loaded_max_ms": Figure(loaded_worst, "ms"),
        "switch_latency_ms": Figure(switch, "ms"),
        "rss_mb_3500": Figure(rss_mb(), "MB"),
    }
