"""From the command line to a checked Config: the file (`--config`, else the per-user default), the demo profile
(`--demo`) and the options that stand for config keys (`--db`, `--mcu`, `--lang` …), each checked as the file's
key would be. Raises UsageError (one line, exit status 2) before anything is opened.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from console.runtime.config import Config, LogConfig, McuConfig, load_config, override

# option → (attribute on the parsed arguments, the config key it overrides)
OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("--db", "db", "log.url"),
    ("--mcu", "mcu", "mcu.url"),
    ("--mcu-user", "mcu_user", "mcu.user"),
    ("--ca-bundle", "ca_bundle", "mcu.ca_bundle"),
    ("--conference", "conference", "mcu.conference"),
    ("--lang", "lang", "ui.language"),
    ("--sites", "sites", "demo.sites"),
    ("--scenario", "scenario", "demo.scenario"),
    ("--seed", "seed", "demo.seed"),
)


def config_from_args(args: argparse.Namespace) -> Config:
    """The configuration this run uses.

    `--demo` is a profile of its own: the file's MCU and log are left aside (the demo never writes to the
    configured log nor talks to the configured MCU); `--db` and `--mcu` given with it still apply.
    """
    named = getattr(args, "config", None)
    config = load_config(Path(named) if named is not None else None, required=named is not None)
    if getattr(args, "demo", False):
        config = dataclasses.replace(
            config, mcu=McuConfig(), log=LogConfig(), demo=dataclasses.replace(config.demo, enabled=True)
        )
    for option, attribute, key in OPTIONS:
        value = getattr(args, attribute, None)
        if value is not None:
            config = override(config, key, value, option)
    return config
