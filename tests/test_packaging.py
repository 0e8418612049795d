"""The console as a package: the committed catalogues agree with their sources, the wheel carries every resource,
and an installed copy runs from any directory in Vietnamese."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
NOT_PACKAGED = shutil.ignore_patterns(
    ".git", ".venv", "tests", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".*_cache", ".hypothesis"
)


def tool(name: str) -> str:
    path = BIN / name
    assert path.exists(), f"{name} is not installed next to {sys.executable}"
    return str(path)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element of every message of a .ts file."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(context.findtext("name") or "", message.findtext("source") or "")] = translation
    return found


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_each_committed_catalogue_is_built_from_its_source(ts: Path, tmp_path: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run `make translations` and commit it"
    built = tmp_path / qm.name
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], check=True, timeout=60)
    assert built.read_bytes() == qm.read_bytes(), f"{qm.name} is out of date: run `make translations`"


def test_every_string_of_the_interface_has_its_vietnamese(tmp_path: Path) -> None:
    committed = TRANSLATIONS / "bridgewall_vi.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in (ROOT / "widgets").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        timeout=120,
    )
    now, before = messages(fresh), messages(committed)
    assert sorted(set(now) - set(before)) == [], "new strings: run `make strings` and translate them"
    assert sorted(set(before) - set(now)) == [], "strings no longer used: run `make strings`"
    untranslated = [
        key
        for key, t in now.items()
        if t.get("type") == "unfinished"
        or not ((t.text or "").strip() or (len(t) and all((form.text or "").strip() for form in t)))
    ]
    assert untranslated == []


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip install .` would build, from a copy of the tree (the build writes next to its sources)."""
    work = tmp_path_factory.mktemp("wheel")
    tree = work / "bridgewall"
    shutil.copytree(ROOT, tree, ignore=NOT_PACKAGED)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(work / "dist"), str(tree)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    [built] = (work / "dist").glob("bridgewall-*.whl")
    return built


def test_the_wheel_carries_the_console_and_its_resources(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        [entry_points] = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        scripts = archive.read(entry_points).decode()
    for needed in (
        "main.py",
        "resources/__init__.py",
        "resources/translations/bridgewall_vi.qm",
        "resources/translations/bridgewall_en.qm",
        "resources/translations/qtbase_vi.qm",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/LICENSE-DejaVu.txt",
        "resources/network/dien_bien.json",
        "widgets/theme.py",
        "widgets/text.py",
        "db/migrations/versions/0001_initial.py",
    ):
        assert needed in names
    assert "bridgewall = main:main" in scripts
    assert not any(n.endswith((".ts", ".qss")) for n in names)


def test_an_installed_copy_runs_from_anywhere_in_vietnamese(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "QT_QPA_PLATFORM": "offscreen",
        "LC_ALL": "C",
        "LANG": "C",
    }
    probe = """
import json
import resources
from PySide6.QtWidgets import QMessageBox
from console.registry import load_network
from widgets.shell.app import create_application
from widgets.shell.main_window import MainWindow
app = create_application(None)
box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
print(json.dumps({
    "resources": resources.__file__,
    "title": MainWindow(database="db", remember_layout=False).windowTitle(),
    "no": box.button(QMessageBox.StandardButton.No).text(),
    "sites": len(load_network()),
}))
"""
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(shown["resources"]).is_relative_to(target)  # the installed copy, not the source tree
    assert "Trung tâm điều khiển" in shown["title"]
    assert shown["no"].replace("&", "") == "Không"
    assert shown["sites"] == 59  # Điện Biên: the Government's host site, 13 province-level sites, 45 communes
    script = target / "bin" / "bridgewall"
    helped = subprocess.run(
        [sys.executable, str(script), "--help"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert helped.returncode == 0 and "usage: bridgewall" in helped.stdout
