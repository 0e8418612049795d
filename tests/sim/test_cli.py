"""`python main.py sim` as a real process: it says where it listens, answers, and exits 0 on SIGTERM."""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def _read_line(proc: subprocess.Popen[bytes], timeout: float) -> str:
    assert proc.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            raise AssertionError("the simulator printed nothing")
    return proc.stdout.readline().decode()


def test_sim_subcommand_serves_and_stops_on_sigterm() -> None:
    env = {**os.environ, "MCU_PASSWORD": "cli-secret"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "sim",
            "--port",
            "0",
            "--sites",
            "40",
            "--scenario",
            "flaky",
            "--seed",
            "3",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        line = _read_line(proc, timeout=30)
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:(\d+))\n", line)
        assert match, line
        url = match.group(1)
        with httpx.Client(base_url=url, timeout=10) as client:
            r = client.get("/api/admin/status/v1/participant/", auth=("admin", "cli-secret"))
            assert r.status_code == 200
            assert r.json()["meta"]["total_count"] == 40
            assert client.get("/api/admin/status/v1/participant/").status_code == 401
            token = client.post(
                "/api/client/v2/conferences/giaoban/request_token", json={"display_name": "t"}
            ).json()["result"]["token"]
            # an open event stream must not hold the shutdown up
            with client.stream(
                "GET", "/api/client/v2/conferences/giaoban/events", params={"token": token}
            ) as resp:
                assert next(resp.iter_lines()).startswith(("id:", "event:"))
                proc.send_signal(signal.SIGTERM)
                assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        proc.stderr.close()


def test_sim_subcommand_rejects_unknown_scenario() -> None:
    proc = subprocess.run(
        [sys.executable, "main.py", "sim", "--port", "0", "--scenario", "chaos"],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert b"chaos" in proc.stdout + proc.stderr
