"""The configuration file: every key documented, every mistake refused with its name and its line."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from pathlib import Path

import pytest

from console.floor.control import FloorPolicy
from console.mcu.dialects import DIALECTS
from console.runtime.config import (
    MCU_SCHEMES,
    Config,
    ConfigError,
    FloorConfig,
    default_config_path,
    key_lines,
    keys,
    load_config,
    mcu_password,
    override,
    sections,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "config.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def refused(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, required=True)
    message = str(caught.value)
    assert "\n" not in message
    return message.removeprefix(f"{path}:")


def test_the_example_file_loads_and_holds_every_default() -> None:
    config = load_config(EXAMPLE, required=True)
    assert config == dataclasses.replace(Config(), source=EXAMPLE)


def test_every_key_is_in_the_example_file_and_the_readme() -> None:
    example = EXAMPLE.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"^\[(\w+)\]\n(.*?)(?=^\[|\Z)", example, re.M | re.S))
    assert list(blocks) == list(sections())
    for name, section in sections().items():
        for key in keys(section):
            assert re.search(rf"^(# )?{key} = ", blocks[name], re.M), f"{name}.{key} not in the example"
            assert f"| `{name}.{key}` |" in readme, f"{name}.{key} not in the README's table"


def test_the_mcu_schemes_checked_are_the_dialects_known() -> None:
    assert set(MCU_SCHEMES) == set(DIALECTS)


def test_a_missing_default_file_means_every_default(tmp_path: Path) -> None:
    assert not default_config_path().exists()  # the suite's per-user directories are empty
    assert load_config() == Config()


def test_a_missing_named_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no configuration file at .*nowhere\.toml"):
        load_config(tmp_path / "nowhere.toml", required=True)


def test_values_are_read_in_their_types(tmp_path: Path) -> None:
    secret = tmp_path / "mcu-secret"
    secret.write_text("s3cret\nignored\n", encoding="utf-8")
    path = write(
        tmp_path,
        """
[mcu]
url = "pexip+https://mcu.example.vn:443"
user = "ops"
password_file = "mcu-secret"   # relative to the file
page_limit = 200

[ui]
language = "en"

[health]
loss_red = 8                   # a whole number is a number
nominal_kbps = 2048.0

[incidents]
storm_min = 5

[floor]
moderated = false
max_speaking_s = 120
warn_before_s = 15

[demo]
scenario = "storm"
""",
    )
    config = load_config(path)
    assert config.source == path
    assert config.mcu.url == "pexip+https://mcu.example.vn:443" and config.mcu.user == "ops"
    assert config.mcu.password_file == secret and mcu_password(config.mcu) == "s3cret"
    assert config.mcu.page_limit == 200 and config.ui.language == "en"
    assert config.health.loss_red == 8.0 and isinstance(config.health.loss_red, float)
    assert config.health.nominal_kbps == 2048.0 and config.health.loss_amber == 1.0
    assert config.incidents.storm_min == 5
    policy = config.floor.policy()
    assert policy.auto_accept and policy.max_speaking == timedelta(seconds=120)
    assert policy.warn_before == timedelta(seconds=15)
    assert config.demo.scenario == "storm" and not config.demo.enabled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[mcu]\nuser = 'a'\nuri = 'x'\n", "3: mcu.uri: unknown key (known: url, user,"),
        ("\n\n[meetings]\nlead_time = 3\n", "3: meetings: unknown section (known: mcu, log, ui,"),
        (
            "[health]\nloss_amber = 1.0\n\nloss_red = 'five'\n",
            "4: health.loss_red: expected a number, not 'five'",
        ),
        ("[floor]\nmoderated = 'yes'\n", "2: floor.moderated: expected true or false, not 'yes'"),
        ("[incidents]\nstorm_min = 2.5\n", "2: incidents.storm_min: expected a whole number, not 2.5"),
        ("[incidents]\nstorm_min = 1\n", "2: incidents.storm_min: must be at least 2, not 1"),
        ("[incidents]\nno_media_s = -1\n", "2: incidents.no_media_s: must be at least 0, not -1.0"),
        ("[health]\nloss_red = nan\n", "2: health.loss_red: expected a finite number, not nan"),
        ("[ui]\nlanguage = 'fr'\n", "2: ui.language: expected one of 'vi', 'en', not 'fr'"),
        ("[demo]\nsites = 0\n", "2: demo.sites: must be 1–20000, not 0"),
        ("[demo]\nscenario = 'chaos'\n", "2: demo.scenario: unknown scenario 'chaos'; known: normal, flaky"),
        ("[demo]\nenabled = true\n", "2: demo.enabled: set only on the command line (--demo)"),
        ("[mcu]\nurl = 'http://mcu:80'\n", "2: mcu.url: unsupported MCU address 'http://mcu:80'"),
        ("[mcu]\nurl = 'pexip+https://mcu:99999'\n", "2: mcu.url: bad MCU address"),
        ("[mcu]\nurl = 'pexip+https://u:pw@mcu:443'\n", "2: mcu.url: the MCU address may not hold a user"),
        ("[mcu]\npassword_env = 'MCU PASSWORD'\n", "2: mcu.password_env: not an environment variable name"),
        ("[mcu]\nca_bundle = 'missing.pem'\n", "2: mcu.ca_bundle: no such file: "),
        ("[log]\nurl = 'mysql://db/x'\n", "2: log.url: unsupported log URL 'mysql://db/x'"),
        (
            "[log]\npassword_env = 'PW'\npassword_file = 'config.toml'\n",
            "3: log.password_file: give password_env",
        ),
        (
            "[log]\nurl = 'postgresql+psycopg://u:pw@h/x'\npassword_env = 'PW'\n",
            "2: log.url: the log URL holds a password: leave it out",
        ),
        ("mcu = 'pexip+https://mcu:443'\n", "1: mcu: expected a table [mcu], not 'pexip+https://mcu:443'"),
        ("[floor]\nmax_queue = 0\n", "2: floor.max_queue: must be at least 1, not 0"),
    ],
)
def test_a_wrong_key_or_value_is_named_with_its_line(tmp_path: Path, text: str, expected: str) -> None:
    assert refused(tmp_path, text).startswith(expected)


def test_a_rule_across_keys_blames_the_key_the_file_gives(tmp_path: Path) -> None:
    # only loss_amber is given: it is the one out of order with loss_red's default (5.0)
    assert refused(tmp_path, "[health]\n\nloss_amber = 7.5\n").startswith(
        "3: health.loss_amber: must not be above loss_red (5)"
    )
    assert refused(tmp_path, "[health]\nloss_amber = 2.0\nloss_red = 1.5\n").startswith(
        "3: health.loss_red: must not be below loss_amber (2), not 1.5"
    )
    assert refused(tmp_path, "[health]\nbitrate_green_ratio = 0.2\n").startswith(
        "2: health.bitrate_green_ratio: must not be below bitrate_red_ratio (0.3), not 0.2"
    )


def test_lines_are_found_past_multiline_values_and_in_dotted_keys(tmp_path: Path) -> None:
    text = '''# a comment with key = value in it
title = """
[mcu]
url = "inside a string"
"""
[floor]
speaker_layout = "1:0"   # fine
notes = [
  "a = b",
  "c",
]
"health".loss_red = "x"
'''
    # the first mistake, in file order, is the top-level `title`: an unknown section
    assert refused(tmp_path, text).startswith("2: title: unknown section")
    lines = key_lines(text)
    assert lines[("floor",)] == 6 and lines[("floor", "speaker_layout")] == 7
    assert lines[("floor", "notes")] == 8
    assert lines[("floor", "health", "loss_red")] == 12
    assert ("mcu", "url") not in lines  # that was text inside a string
    assert refused(tmp_path, "[floor]\nnotes = [\n  1,\n]\nmax_queue = 'x'\n").startswith("2: floor.notes")
    assert refused(tmp_path, "health.loss_red = 'x'\n").startswith("1: health.loss_red: expected a number")
    assert refused(tmp_path, "[mcu]\n'user' = 3\n").startswith("2: mcu.user: expected a string, not 3")


def test_not_toml_is_refused_with_the_parsers_position(tmp_path: Path) -> None:
    message = refused(tmp_path, "[mcu]\nurl = \n")
    assert message.startswith(" not valid TOML: ") and "line 2" in message


def test_a_command_line_value_is_checked_like_the_files_and_named_by_its_option() -> None:
    config = override(Config(), "mcu.url", "pexip+http://127.0.0.1:8443", "--mcu")
    assert config.mcu.url == "pexip+http://127.0.0.1:8443"
    with pytest.raises(ConfigError, match=r"^--mcu: unsupported MCU address 'http://x'"):
        override(Config(), "mcu.url", "http://x", "--mcu")
    with pytest.raises(ConfigError, match=r"^--db: unsupported log URL"):
        override(Config(), "log.url", "/var/lib/log.sqlite3", "--db")
    with pytest.raises(ConfigError, match=r"^--sites: must be 1–20000, not 0"):
        override(Config(), "demo.sites", 0, "--sites")


def test_the_floor_sections_defaults_are_the_floor_policys_own() -> None:
    assert FloorConfig().policy() == FloorPolicy()
