"""What the command line checks before anything is opened: the usage error and the argument types.

Kept to the standard library: `main.py` builds its parser from these for every subcommand, `export` and `camera`
included, and none of them should wait for numpy or SQLAlchemy to load just to be told a port is out of range.
A `UsageError` raised by a handler is printed by `main.py` as one line and the exit status is 2.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

EXIT_USAGE = 2
MAX_PORT = 65535
MAX_SITES = 20_000  # the most sites a simulated network has (a national meeting is about 3,500)


class UsageError(ValueError):
    """A command-line or configuration mistake: one line, exit status 2, nothing opened or created."""


def _number(text: str, kind: type[int] | type[float]) -> int | float:
    try:
        value = kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a {'whole number' if kind is int else 'number'}, not {text!r}"
        ) from None
    if isinstance(value, float) and not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite number, not {text!r}")
    return value


def port(text: str) -> int:
    """A TCP/UDP port, 1–65535."""
    value = int(_number(text, int))
    if not 1 <= value <= MAX_PORT:
        raise argparse.ArgumentTypeError(f"a port is 1–{MAX_PORT}, not {value}")
    return value


def listen_port(text: str) -> int:
    """A port to listen on, 1–65535, or 0 for any free one."""
    value = int(_number(text, int))
    if not 0 <= value <= MAX_PORT:
        raise argparse.ArgumentTypeError(f"a port is 1–{MAX_PORT} (or 0: any free port), not {value}")
    return value


def count(text: str) -> int:
    """A whole number of things, at least 1."""
    value = int(_number(text, int))
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def sites(text: str) -> int:
    """How many sites a simulated network has: 1–MAX_SITES."""
    value = int(_number(text, int))
    if not 1 <= value <= MAX_SITES:
        raise argparse.ArgumentTypeError(f"must be 1–{MAX_SITES}, not {value}")
    return value


def preset_slot(text: str) -> int:
    """A camera preset slot: what VISCA can encode (the camera may hold fewer; it says so)."""
    from console.camera.visca import HIGHEST_ENCODABLE_SLOT

    value = int(_number(text, int))
    if not 0 <= value <= HIGHEST_ENCODABLE_SLOT:
        raise argparse.ArgumentTypeError(f"a preset slot is 0–{HIGHEST_ENCODABLE_SLOT}, not {value}")
    return value


def whole(text: str) -> int:
    """Any whole number of 0 or more (a seed, a slot)."""
    value = int(_number(text, int))
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def seconds(text: str) -> float:
    """A duration in seconds, more than 0."""
    value = float(_number(text, float))
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, not {text}")
    return value


def non_negative_seconds(text: str) -> float:
    """A wait in seconds, 0 or more."""
    value = float(_number(text, float))
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 seconds or more, not {text}")
    return value


def text(what: str) -> Callable[[str], str]:
    """A piece of text that may not be empty (a user name, a conference alias)."""

    def check(value: str) -> str:
        if not value.strip():
            raise argparse.ArgumentTypeError(f"{what} may not be empty")
        return value

    check.__name__ = what
    return check


def scenario(name: str) -> str:
    """One of the simulator's scenarios (its own list, loaded only when a scenario is named)."""
    from console.sim.world import SCENARIOS

    if name not in SCENARIOS:
        raise argparse.ArgumentTypeError(f"unknown scenario {name!r}; known: {', '.join(SCENARIOS)}")
    return name
