"""`python -m console.sim`: the bundled Pexip-dialect MCU simulator on its own (what `bridgewall sim` runs).

The management user is "admin"; the password comes from MCU_PASSWORD, "bridgewall" when that is unset.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence


def _int(low: int, high: int | None = None) -> Callable[[str], int]:
    def check(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(
                f"must be {low}–{high if high is not None else '…'}, not {value}"
            )
        return value

    return check


def late_arrival(text: str) -> tuple[str, float]:
    """`--late CODE=SECONDS` (also `python main.py sim --late`)."""
    code, _, seconds = text.partition("=")
    try:
        delay = float(seconds)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected CODE=SECONDS, not {text!r}") from None
    if not code.strip() or not delay >= 0:
        raise argparse.ArgumentTypeError(f"expected CODE=SECONDS (seconds >= 0), not {text!r}")
    return code.strip(), delay


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m console.sim", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=_int(0, 65535), default=8443, help="port (default 8443; 0: any free)")
    parser.add_argument("--sites", type=_int(1), default=150, help="sites in the meeting (default 150)")
    parser.add_argument("--scenario", default="normal", help="normal | flaky | storm | national")
    parser.add_argument("--seed", type=_int(0), default=1, help="random seed (default 1)")
    parser.add_argument(
        "--absent",
        action="append",
        default=[],
        metavar="CODE[,CODE…]",
        help="sites that are not in the meeting and never join by themselves (repeatable)",
    )
    parser.add_argument(
        "--late",
        action="append",
        default=[],
        type=late_arrival,
        metavar="CODE=SECONDS",
        help="a site that joins this many seconds after the start (repeatable)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from console.sim.server import main as serve

    return serve(args)


if __name__ == "__main__":
    sys.exit(main())
