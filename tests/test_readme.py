"""Every command in README.md's `sh` blocks runs and exits 0.

Each block is run as one bash script (`set -e`, so every command must exit 0), in an empty directory, with the
per-user directories of the suite, after these substitutions — the commands are otherwise run as written:

- `python main.py` is this interpreter running the project's `main.py`; `make` runs in the project's directory;
  `resources/` is the project's.
- `make run` gets `ARGS="--screenshot … --after 1"` and any other `gui` without `--screenshot` gets
  `--screenshot … --after 1` (a window stays open until someone closes it); `make test` gets
  `PYTEST_ARGS="<a few quick test files>"` (the whole suite inside the suite would run for ever).
- `monitor … --duration 3600` runs 5 s.
- Port 8443 is a free port (other test runs may hold 8443).
- `mcu.example:443` is the simulator over TLS on a free loopback port (`localhost:PORT`), `mcu-ca.pem` the
  certificate it serves (tests/mcu/data/selfsigned.pem), and the `read` of the MCU password reads its password.
- `visca://192.0.2.10` is a simulated VISCA camera on a free loopback port.

Background commands (`… &`) must have ended with exit status 0 by the end of their block (`kill %1` in the README
stops the simulator, which exits 0 on SIGTERM).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from console.sim.cameras import CameraFleet
from console.sim.server import SimServer

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CERT, KEY = (
    ROOT / "tests" / "mcu" / "data" / "selfsigned.pem",
    ROOT / "tests" / "mcu" / "data" / "selfsigned.key",
)
TLS_PASSWORD = "readme-tls-pw"
INNER_TESTS = "tests/runtime/test_config.py tests/runtime/test_export_csv.py"  # what `make test` runs here
BLOCK_TIMEOUT_S = 400


@dataclass(frozen=True)
class Block:
    line: int  # where it starts in README.md
    commands: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"README.md:{self.line}"


def sh_blocks(text: str) -> list[Block]:
    """The README's fenced `sh` (or `bash`, `shell`) blocks, as their command lines (comment-only lines left out)."""
    blocks = []
    for match in re.finditer(r"^```(?:sh|bash|shell)\n(.*?)^```", text, re.M | re.S):
        line = text.count("\n", 0, match.start()) + 2
        commands = tuple(
            c for c in match.group(1).splitlines() if c.strip() and not c.lstrip().startswith("#")
        )
        blocks.append(Block(line, commands))
    return blocks


BLOCKS = sh_blocks(README.read_text(encoding="utf-8"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def split_comment(command: str) -> tuple[str, str]:
    """The command and its trailing `# comment` (a `#` after whitespace, outside quotes)."""
    quote = ""
    for i, ch in enumerate(command):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and i > 0 and command[i - 1].isspace():
            return command[:i].rstrip(), command[i:]
    return command.rstrip(), ""


class Substitutions:
    """The README's placeholders made real, each started only when a block needs it."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.port = free_port()
        self._tls: SimServer | None = None
        self._camera: CameraFleet | None = None
        self.stdin = ""
        self.shots = 0

    def tls(self) -> SimServer:
        if self._tls is None:
            self._tls = SimServer(
                sites=8,
                scenario="normal",
                seed=4,
                password=TLS_PASSWORD,
                ssl_certfile=str(CERT),
                ssl_keyfile=str(KEY),
            ).__enter__()
        return self._tls

    def camera(self) -> str:
        if self._camera is None:
            self._camera = CameraFleet(["readme"]).start_in_thread()
        return self._camera.address("readme")

    def close(self) -> None:
        if self._tls is not None:
            self._tls.__exit__(None, None, None)
        if self._camera is not None:
            self._camera.stop_thread()

    def screenshot(self) -> str:
        self.shots += 1
        return f"--screenshot {self.tmp / f'shot-{self.shots}.png'} --after 1"

    def apply(self, command: str) -> str:
        code, _comment = split_comment(command)
        code = code.replace("python main.py", f"{sys.executable} {ROOT / 'main.py'}")
        code = re.sub(r"(^|\s)resources/", rf"\g<1>{ROOT}/resources/", code)
        if re.match(r"make run\b", code):
            code += f' ARGS="{self.screenshot()}"'
        elif re.match(r"make test\b", code):
            code += f' PYTEST_ARGS="{INNER_TESTS}"'
        code = re.sub(r"^make\b", f"make -C {ROOT}", code)
        code = code.replace("--duration 3600", "--duration 5")
        code = re.sub(r"\b8443\b", str(self.port), code)
        if "mcu.example" in code:
            code = code.replace("mcu.example:443", f"localhost:{self.tls().port}")
        code = code.replace("mcu-ca.pem", str(CERT))
        if code.startswith("read ") and "MCU_PASSWORD" in code:
            self.stdin += TLS_PASSWORD + "\n"
        if "visca://192.0.2.10" in code:
            code = code.replace("visca://192.0.2.10", self.camera())
        if " gui" in code and "--screenshot" not in code and "make -C" not in code:
            background = code.endswith("&")
            code = code.rstrip("& ") + " " + self.screenshot() + (" &" if background else "")
        return code


@pytest.fixture
def subs(tmp_path: Path) -> Iterator[Substitutions]:
    made = Substitutions(tmp_path)
    try:
        yield made
    finally:
        made.close()


def test_the_readme_has_the_blocks_this_test_knows() -> None:
    commands = [c for block in BLOCKS for c in block.commands]
    assert commands[:2] == [c for c in commands if c.startswith("make ")]  # the two commands come first
    assert any("monitor --demo" in c and "--duration" in c for c in commands)
    assert any(c.startswith("python main.py sim ") and split_comment(c)[0].endswith("&") for c in commands)
    assert all(
        c.startswith(("make ", "python main.py ", "MCU_PASSWORD=", "kill %", "read ")) for c in commands
    ), "a README command this test does not know how to run"


@pytest.mark.timeout(BLOCK_TIMEOUT_S + 60)
@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_every_readme_command_runs_and_exits_0(block: Block, subs: Substitutions, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    lines = [subs.apply(c) for c in block.commands]
    script = "\n".join(
        [
            "set -e",
            *lines,
            # every background job of the block has ended, with exit status 0
            'for job in $(jobs -p); do wait "$job"; done',
        ]
    )
    env = {k: v for k, v in os.environ.items() if k not in ("MCU_PASSWORD", "PGPASSWORD")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=work,
        input=subs.stdin,
        capture_output=True,
        text=True,
        timeout=BLOCK_TIMEOUT_S,
        env=env,
    )
    assert done.returncode == 0, (
        f"{block.name}\n{script}\n--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-6000:]}"
    )
    assert "Traceback" not in done.stderr, done.stderr
    for n in range(1, subs.shots + 1):  # every window that was opened was rendered
        assert (tmp_path / f"shot-{n}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if any("monitor --demo --duration" in c for c in block.commands):
        # the demo was watched and recorded: the export that follows lists the sites that joined
        uuid = re.compile(r",[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},")
        attendance = [row for row in done.stdout.splitlines() if uuid.search(row)]
        assert len(attendance) >= 100, done.stdout[-3000:]
    if any(" sim " in c for c in block.commands):
        assert f"listening on http://127.0.0.1:{subs.port}" in done.stdout
    if any("camera " in c for c in block.commands):
        assert "preset 3 stored" in done.stdout and "preset 3 recalled" in done.stdout
