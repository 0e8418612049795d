"""`python main.py sites …`: a registry file imported, exported and imported again unchanged, as separate processes;
every kind of bad file refused with one line naming its line, and nothing written; usage mistakes exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import main
from console.registry import load_network

ROOT = Path(__file__).resolve().parents[2]
HEADER = "code,name,tier,parent,cluster,camera,technician1_name,technician1_side"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def warnings_aside(stderr: str) -> list[str]:
    """stderr without the log lines of the schema upgrade."""
    return [line for line in stderr.splitlines() if " INFO " not in line]


def test_an_independent_file_survives_import_and_export_round_trips(tmp_path: Path) -> None:
    """A registry made outside the project: Vietnamese marks, every tier, parents, cameras and technicians."""
    db = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    source = tmp_path / "registry.json"
    doc: dict[str, list[dict[str, Any]]] = {
        "sites": [
            {"code": "TW", "name": "Văn phòng Chính phủ", "tier": "central", "parent": None},
            {"code": "LC.UBND", "name": "UBND tỉnh Lai Châu", "tier": "province", "parent": "TW",
             "province": "Lai Châu", "camera": "10.213.1.12:52381"},
            {"code": "LC.H.SINHO", "name": "Huyện Sìn Hồ (cũ)", "tier": "district", "parent": "LC.UBND"},
            {"code": "LC.X.PATAN", "name": "Xã Pa Tần", "tier": "commune", "parent": "LC.UBND",
             "cluster": "Cụm Sìn Hồ", "district": "LC.H.SINHO", "camera": "[fd00::7]:52381",
             "technicians": [
                 {"name": "Giàng A Páo", "unit": "Văn phòng Đảng ủy xã Pa Tần", "position": "Chuyên viên",
                  "phone": "0912 111 222", "email": "paoga@laichau.gov.vn", "side": "party"},
                 {"name": "Lò Thị Ín", "unit": "UBND xã Pa Tần", "position": "Công chức",
                  "phone": "0912 333 444", "email": "inlt@laichau.gov.vn", "side": "government"},
             ],
             "provider": {"organisation": "VNPT Lai Châu", "name": "Tòng Văn Ơn", "phone": "0213 3876 543",
                          "email": ""}},
        ]
    }  # fmt: skip
    source.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")

    first = run("sites", "import", str(source), "--db", db, "--by", "kiểm thử", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "4 added, 0 updated, 0 unchanged" in first.stdout

    exported = run("sites", "export", "--db", db, "--out", "out.json", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    for given, written in zip(doc["sites"], out["sites"], strict=True):
        assert {key: written[key] for key in given} == given  # codes, marks, tiers, parents, cameras, people

    again = run("sites", "import", "out.json", "--db", db, cwd=tmp_path)
    assert again.returncode == 0 and "0 added, 0 updated, 4 unchanged" in again.stdout
    as_csv = run("sites", "export", "--db", db, "--format", "csv", "--out", "out.csv", cwd=tmp_path)
    assert as_csv.returncode == 0, as_csv.stderr
    from_csv = run("sites", "import", "out.csv", "--db", db, cwd=tmp_path)
    assert from_csv.returncode == 0 and "4 unchanged" in from_csv.stdout
    to_stdout = run("sites", "export", "--db", db, cwd=tmp_path)
    assert to_stdout.stdout.encode("utf-8") == (tmp_path / "out.json").read_bytes()  # nothing moved

    # a technician replaced in a spreadsheet: the change is kept with who made it
    edited = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").replace("Giàng A Páo", "Sùng A Dế")
    (tmp_path / "edited.csv").write_text(edited, encoding="utf-8-sig")
    changed = run("sites", "import", "edited.csv", "--db", db, "--by", "Trần Thị Bình", cwd=tmp_path)
    assert changed.returncode == 0 and "1 updated, 3 unchanged" in changed.stdout
    history = run("sites", "history", "LC.X.PATAN", "--db", db, "--format", "json", cwd=tmp_path)
    entries = json.loads(history.stdout)
    assert [(e["actor"], e["field"]) for e in entries] == [
        ("kiểm thử", "site"),
        ("Trần Thị Bình", "technician 1"),
    ]
    assert entries[1]["old"].startswith("Giàng A Páo") and entries[1]["new"].startswith("Sùng A Dế")
    text = run("sites", "history", "LC.X.PATAN", "--db", db, cwd=tmp_path).stdout
    assert "Trần Thị Bình: technician 1: Giàng A Páo" in text and "→ Sùng A Dế" in text

    listed = run("sites", "list", "--db", db, "--group-by", "province", cwd=tmp_path)
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[0] == "(no province) — 1" and "Lai Châu — 3" in listed.stdout


# --- in process: each refusal, and nothing written ------------------------------------------------------------
def sites_cli(*args: str) -> int:
    return main.main(["sites", *args])


@pytest.fixture
def registry(tmp_path: Path) -> str:
    """A log holding the demo network."""
    db = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    demo = Path(load_network.__defaults__[0])  # type: ignore[index]
    assert sites_cli("import", str(demo), "--db", db) == 0
    return db


@pytest.mark.parametrize(
    ("body", "where", "words"),
    [
        (f"{HEADER},fax\nX1,Xã Một,commune,,,,,,\n", ":1: fax: unknown column", ""),
        (f"{HEADER}\nX1,Xã Một,commune,T.UBND,,,,\nX1,Xã Hai,commune,T.UBND,,,,\n", ":3: code:", "duplicate"),
        (
            f"{HEADER}\nX1,Xã Một,commune,T.NOWHERE,,,,\n",
            ":2: parent:",
            "neither in the file nor in the registry",
        ),
        (f"{HEADER}\nX1,Xã Một,commune,X2,,,,\nX2,Xã Hai,commune,X1,,,,\n", ":2: parent:", "loop"),
        (f"{HEADER}\nX1,Xã Một,huyện,T.UBND,,,,\n", ":2: tier:", "unknown tier"),
        (f"{HEADER}\nX1,Xã Một,commune,T.UBND,,10.215.9.9,,\n", ":2: camera:", "not host:port"),
        (f"{HEADER}\nX1,Xã Ä‘iá»‡n,commune,T.UBND,,,,\n", ":2: name:", "mojibake"),
        (
            f"{HEADER}\nX.MUONGNHE,Xã Mường Nhé,commune,T.UBND,,,Lò Văn A,both\n",
            ":2: technician1_side:",
            "side",
        ),
    ],
)
def test_a_bad_file_is_refused_whole_with_one_line(
    tmp_path: Path, registry: str, capsys: pytest.CaptureFixture[str], body: str, where: str, words: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(body, encoding="utf-8")
    before = _export(registry, capsys)
    assert sites_cli("import", str(path), "--db", registry) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("bridgewall sites import: refused, nothing imported: ") and f"bad.csv{where}" in err
    assert words in err
    assert _export(registry, capsys) == before


def test_a_good_row_before_a_bad_one_is_not_imported(
    tmp_path: Path, registry: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "half.csv"
    path.write_text(
        f"{HEADER}\nX.MUONGNHE,Xã Mường Nhé (đổi tên),commune,T.UBND,,,,\nX.NEW,Xã Mới,commune,T.UBND,,bad,,\n",
        encoding="utf-8",
    )
    before = _export(registry, capsys)
    assert sites_cli("import", str(path), "--db", registry, "--by", "x") == 1
    assert "half.csv:3: camera:" in capsys.readouterr().err
    assert _export(registry, capsys) == before
    assert sites_cli("history", "X.MUONGNHE", "--db", registry) == 0
    assert capsys.readouterr().out.count("\n") == 1  # only its addition


def _export(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert sites_cli("export", "--db", db) == 0
    return capsys.readouterr().out


def test_mistakes_on_the_command_line_exit_2_before_anything_is_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'never.sqlite3'}"
    assert sites_cli("import", str(tmp_path / "missing.csv"), "--db", db) == 2
    assert "no file" in capsys.readouterr().err
    assert sites_cli("import", str(tmp_path), "--db", db) == 2
    assert "is a directory" in capsys.readouterr().err
    assert sites_cli("export", "--db", db, "--out", str(tmp_path / "no" / "such" / "dir.json")) == 2
    assert "does not exist" in capsys.readouterr().err
    for argv in (["sites"], ["sites", "export", "--format", "xml"], ["sites", "list", "--group-by", "x"]):
        with pytest.raises(SystemExit) as exit_info:
            main.main(argv)
        assert exit_info.value.code == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not (tmp_path / "never.sqlite3").exists()


def test_unknown_site_and_missing_log_are_refused(
    tmp_path: Path, registry: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sites_cli("history", "NO.SUCH", "--db", registry) == 1
    assert capsys.readouterr().err.strip() == "bridgewall sites history: no site 'NO.SUCH' in the registry"
    missing = f"sqlite:///{tmp_path / 'missing.sqlite3'}"
    assert sites_cli("list", "--db", missing) == 1
    assert "no database" in capsys.readouterr().err
    assert not (tmp_path / "missing.sqlite3").exists()


@pytest.mark.parametrize("action", ["import", "export", "list", "history"])
def test_every_action_has_help_and_takes_db(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main.main(["sites", action, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: bridgewall sites {action}" in out and "--db URL" in out


def test_list_groups_the_demo_by_cluster(registry: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert sites_cli("list", "--db", registry) == 0
    out = capsys.readouterr().out
    headers = [line for line in out.splitlines() if not line.startswith("  ")]
    assert headers[0] == "(no cluster) — 14"
    assert "Cụm Mường Nhé — 5" in headers and len(headers) == 11
    assert sites_cli("list", "--db", registry, "--format", "json") == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 59 and {r["group"] for r in records if r["tier"] == "commune"} >= {"Cụm Tuần Giáo"}


JSON_GOOD = {"code": "X.NEW", "name": "Xã Mới", "tier": "commune", "parent": "T.UBND"}


@pytest.mark.parametrize(
    ("site", "written", "words"),
    [
        ({**JSON_GOOD, "fax": "1"}, '"fax"', "fax: unknown key"),
        ({**JSON_GOOD, "code": "X.MUONGNHE"}, '"X.MUONGNHE"', "code: duplicate"),
        ({**JSON_GOOD, "parent": "T.NOWHERE"}, '"T.NOWHERE"', "parent: 'T.NOWHERE' is neither"),
        ({**JSON_GOOD, "parent": "X.NEW"}, '"parent": "X.NEW"', "parent: the parents make a loop"),
        ({**JSON_GOOD, "tier": "xã"}, '"xã"', "tier: unknown tier"),
        ({**JSON_GOOD, "camera": "10.215.9.9"}, '"10.215.9.9"', "camera: '10.215.9.9' is not host:port"),
        ({**JSON_GOOD, "name": "Xã Äiá»‡n BiÃªn"}, '"Xã Äiá»‡n', "name: mojibake"),
    ],
)
def test_a_bad_json_file_is_refused_at_the_line_of_the_key(
    tmp_path: Path,
    registry: str,
    capsys: pytest.CaptureFixture[str],
    site: dict[str, str],
    written: str,
    words: str,
) -> None:
    sites = [{**JSON_GOOD, "code": "X.MUONGNHE", "name": "Xã Mường Nhé"}, site]  # a good site first
    path = tmp_path / "bad.json"
    text = json.dumps({"sites": sites}, indent=2, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    line = max(n for n, row in enumerate(text.splitlines(), 1) if written in row)
    before = _export(registry, capsys)
    assert sites_cli("import", str(path), "--db", registry) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"bad.json:{line}: {words}" in err, err
    assert _export(registry, capsys) == before


def test_an_excel_csv_with_a_bom_and_semicolons_is_imported(
    tmp_path: Path, registry: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "excel.csv"
    rows = [
        "code;name;tier;parent;cluster;camera;technician1_name;technician1_side;power_organisation;power_phone",
        "X.PHIENG;Xã Phiêng Khoài;commune;T.UBND;Cụm Yên Châu;10.222.12.30:52381;Sồng A Lử;party;Điện lực;0212 3",
    ]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8") + b"\r\n")
    assert sites_cli("import", str(path), "--db", registry, "--by", "kiểm thử") == 0
    assert "1 site — 1 added, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert sites_cli("export", "--db", registry) == 0
    [site] = [s for s in json.loads(capsys.readouterr().out)["sites"] if s["code"] == "X.PHIENG"]
    assert (site["name"], site["cluster"], site["camera"]) == (
        "Xã Phiêng Khoài",
        "Cụm Yên Châu",
        "10.222.12.30:52381",
    )
    assert site["technicians"][0]["name"] == "Sồng A Lử" and site["technicians"][0]["side"] == "party"
    assert site["power"]["organisation"] == "Điện lực"
    assert sites_cli("import", str(path), "--db", registry) == 0
    assert "0 added, 0 updated, 1 unchanged" in capsys.readouterr().out
