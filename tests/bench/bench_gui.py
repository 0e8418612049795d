"""The console as the operator runs it.

first_paint_s      launch of `main.py gui` on the demo network → the wall's first painted tiles (median of 3).
gui_stall_p99_ms   stalls of the GUI thread (lateness of a 10 ms timer) while the wall follows the national
gui_stall_max_ms   scenario (3,500 sites) through the real driver, for BENCH_STALL_SECONDS (default 60).
rss_mb_3500        resident memory of a console holding 3,500 sites with 15 minutes of history, wall painted.
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


def _env(home: str) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": home,
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CONFIG_HOME": f"{home}/config",
    }


def first_paint_s() -> float:
    samples = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as home:
            start = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "main.py", "gui", "--demo", "--lang", "vi"],
                cwd=ROOT,
                env=_env(home),
                stderr=subprocess.PIPE,
                text=True,
            )
            assert process.stderr is not None
            try:
                for line in process.stderr:
                    if "first tiles painted" in line:
                        samples.append(time.perf_counter() - start)
                        break
                else:
                    raise RuntimeError("the console exited before painting the wall")
            finally:
                process.terminate()
                process.wait(timeout=30)
    return statistics.median(samples)


def gui_stall_ms(seconds: float) -> tuple[float, float]:
    """Run in a child process so the national simulator and the GUI don't share this interpreter's state."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.gui_stall_probe", str(seconds)],
        cwd=ROOT,
        env=_env(tempfile.mkdtemp()),
        capture_output=True,
        text=True,
        timeout=seconds + 120,
        check=True,
    )
    p99, worst = (float(v) for v in done.stdout.split()[-2:])
    return p99, worst


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
    p99, worst = gui_stall_ms(seconds)
    return {
        "first_paint_s": Figure(first_paint_s(), "s"),
        "gui_stall_p99_ms": Figure(p99, "ms"),
        "gui_stall_max_ms": Figure(worst, "ms"),
        "rss_mb_3500": Figure(rss_mb(), "MB"),
    }
