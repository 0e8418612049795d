"""`python main.py camera ...` as a real subprocess against a simulated camera running in a thread."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from console.camera import cli
from console.domain import Position
from console.sim.camera import SimulatedCamera

REPO = Path(__file__).resolve().parents[2]


def bridgewall(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "camera", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def url(sim: SimulatedCamera) -> str:
    return f"visca://127.0.0.1:{sim.port}"


def test_position(threaded_sim: SimulatedCamera) -> None:
    done = bridgewall(url(threaded_sim), "position")
    assert (done.returncode, done.stdout, done.stderr) == (0, "pan=0 tilt=0 zoom=0\n", "")


def test_store_then_recall(threaded_sim: SimulatedCamera) -> None:
    done = bridgewall(url(threaded_sim), "store", "6")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "preset 6 stored: pan=0 tilt=0 zoom=0\n"
    assert threaded_sim.presets[6] == Position(0, 0, 0)

    threaded_sim.call_in_thread(lambda: threaded_sim.presets.__setitem__(6, Position(-300, 90, 1234)))
    done = bridgewall(url(threaded_sim), "recall", "6", "--timeout", "0.5")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "preset 6 recalled: pan=-300 tilt=90 zoom=1234\n"


def test_reset_seq(threaded_sim: SimulatedCamera) -> None:
    done = bridgewall(url(threaded_sim), "reset-seq")
    assert (done.returncode, done.stdout) == (0, "sequence number reset\n")
    assert [d[:2] for d in threaded_sim.received] == [b"\x02\x00", b"\x02\x00"]  # on connect, then on demand


def test_the_cameras_error_in_one_line_and_exit_1(threaded_sim: SimulatedCamera) -> None:
    def refuse() -> None:
        threaded_sim.not_executable = True

    threaded_sim.call_in_thread(refuse)
    done = bridgewall(url(threaded_sim), "recall", "3")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "not executable" in done.stderr and "[not_executable]" in done.stderr


def test_silent_camera_exit_1(threaded_sim: SimulatedCamera) -> None:
    def silence() -> None:
        threaded_sim.silent = True

    threaded_sim.call_in_thread(silence)
    done = bridgewall(url(threaded_sim), "position", "--timeout", "0.2")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "camera silent" in done.stderr


def test_slot_out_of_range_exit_1_and_nothing_sent(threaded_sim: SimulatedCamera) -> None:
    done = bridgewall(url(threaded_sim), "recall", "200")
    assert done.returncode == 1 and "[slot_out_of_range]" in done.stderr
    assert all(d[:2] == b"\x02\x00" for d in threaded_sim.received)  # only the RESET on connect


@pytest.mark.parametrize(
    "args",
    [
        ["http://127.0.0.1:52381", "position"],
        ["visca://", "position"],
        ["visca://127.0.0.1:99999", "position"],
        ["visca://127.0.0.1/path", "position"],
        ["visca://127.0.0.1", "recall"],
        ["visca://127.0.0.1", "store"],
        ["visca://127.0.0.1", "position", "3"],
        ["visca://127.0.0.1", "position", "--timeout", "0"],
    ],
)
def test_usage_errors_exit_2_without_touching_the_network(args: list[str]) -> None:
    done = bridgewall(*args)
    assert done.returncode == 2
    assert "usage:" in done.stderr


def test_parse_url() -> None:
    assert cli.parse_url("visca://10.0.0.5") == ("10.0.0.5", 52381)
    assert cli.parse_url("VISCA://cam-3.local:1259/") == ("cam-3.local", 1259)
    assert cli.parse_url("visca://[::1]:52381") == ("::1", 52381)


def test_main_in_process(threaded_sim: SimulatedCamera, capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(url=url(threaded_sim), action="position", slot=None, timeout=0.5, verbose=False)
    assert cli.main(args) == 0
    assert capsys.readouterr().out == "pan=0 tilt=0 zoom=0\n"
