from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("command", sorted(main.HANDLERS))
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main.main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: bridgewall " + command in capsys.readouterr().out


@pytest.mark.parametrize("command", ["gui", "monitor", "sim"])
def test_help_names_every_scenario_of_the_simulator(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    from console.sim.world import SCENARIOS

    with pytest.raises(SystemExit):
        main.main([command, "--help"])
    text = capsys.readouterr().out
    assert all(name in text for name in SCENARIOS)


def test_a_command_not_built_exits_2_with_a_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(main.HANDLERS, "report", "console.not_a_module_yet:main")
    assert main.main(["report", "--period", "2026"]) == main.NOT_BUILT
    assert "'report' is not built yet" in capsys.readouterr().err


def test_screenshot_writes_a_png_of_the_window(tmp_path: Path) -> None:
    png = tmp_path / "s.png"
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "gui",
            "--demo",
            "--screenshot",
            str(png),
            "--after",
            "0.5",
            "--lang",
            "vi",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=50,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    header = png.read_bytes()[:8]
    assert header == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (1600, 1000)
