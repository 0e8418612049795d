"""The bundled simulator as its own process, for the demo network.

Kept apart from the session so the console can start it first thing, while its own modules still load.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading
from pathlib import Path

# The directory holding the `console` package: the child finds it whatever its working directory, whether the
# console runs from a checkout or is installed.
PACKAGE_ROOT = Path(__file__).resolve().parents[2]
USER = "admin"  # the simulator's management user (console.sim.server.DEFAULT_USER)


def _die_with_parent() -> None:
    """In the child: let the kernel stop the simulator if the console dies without closing it."""
    import ctypes
    import signal

    ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class SimulatorError(RuntimeError):
    """The simulator ended before it listened."""


def _python_path() -> str:
    inherited = os.environ.get("PYTHONPATH")
    return os.pathsep.join([str(PACKAGE_ROOT), inherited] if inherited else [str(PACKAGE_ROOT)])


class SimulatorProcess:
    """`python -m console.sim` on a free loopback port, for the demo network, with a password made for the run.

    Run as a module, not through `main.py`, so that it works where the console is installed as a package.
    `start=False` makes the handle (its user and password known) and leaves the process to `start()`.
    """

    def __init__(self, sites: int, scenario: str, seed: int, *, start: bool = True) -> None:
        self.user = USER
        self.password = secrets.token_urlsafe(16)
        self.url = ""
        self.process: subprocess.Popen[str] | None = None
        self._args = self.demo_args(sites, scenario, seed)
        self._lock = threading.Lock()
        self._started = threading.Event()  # started, or stopped before it was: `wait_ready` need not wait
        if start:
            self.start()

    def start(self) -> None:
        """Start the process, once. Call it from a thread that lasts as long as the console (the main thread):
        the kernel stops the simulator when the thread that started it ends."""
        with self._lock:
            if self._started.is_set():
                return
            self.process = subprocess.Popen(
                [sys.executable, "-m", "console.sim", "--host", "127.0.0.1", "--port", "0", *self._args],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env={**os.environ, "MCU_PASSWORD": self.password, "PYTHONPATH": _python_path()},
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
            self._started.set()

    @staticmethod
    def demo_args(sites: int, scenario: str, seed: int) -> list[str]:
        return ["--sites", str(sites), "--scenario", scenario, "--seed", str(seed)]

    def wait_ready(self) -> str:
        """Block until the simulator is started and says where it listens; its `http://` address."""
        self._started.wait()
        if self.process is None:
            raise SimulatorError("the simulator was stopped before it started")
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if "listening on " in line:
                self.url = line.split("listening on ", 1)[1].strip()
                return self.url
        raise SimulatorError(f"the simulator exited with code {self.process.wait()} before listening")

    def stop(self) -> None:
        with self._lock:
            self._started.set()  # never started now: a `wait_ready` waiting is told so
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
