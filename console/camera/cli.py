"""`python main.py camera visca://HOST[:PORT] recall N | store N | position | reset-seq [--timeout S]`.

Prints the result in one line and exits 0; a camera failure prints one line on stderr and exits 1; a bad address or
a missing slot prints one line with the usage and exits 2.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import sys
from urllib.parse import urlsplit

from console.camera.visca import DEFAULT_PORT, ViscaCamera, ViscaError

USAGE = "usage: main.py camera visca://HOST[:PORT] {recall N | store N | position | reset-seq} [--timeout S]"
EXIT_OK, EXIT_CAMERA, EXIT_USAGE = 0, 1, 2


class UsageError(ValueError):
    pass


def parse_url(url: str) -> tuple[str, int]:
    """`visca://HOST[:PORT]` (IPv6 as `visca://[::1]:52381`) -> (host, port)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UsageError(f"bad camera address {url!r}: {exc}") from None
    if parts.scheme.lower() != "visca":
        raise UsageError(f"bad camera address {url!r}: expected visca://HOST[:PORT]")
    if not parts.hostname or parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise UsageError(f"bad camera address {url!r}: expected visca://HOST[:PORT]")
    if port == 0:
        raise UsageError(f"bad camera address {url!r}: a port is 1–65535")
    return parts.hostname, DEFAULT_PORT if port is None else port


async def run(host: str, port: int, action: str, slot: int | None, timeout: float) -> str:
    """Carry out one action and return the line to print; raises ViscaError."""
    async with ViscaCamera(host, port, timeout=timeout) as camera:
        if action == "recall":
            assert slot is not None
            await camera.recall_preset(slot)
            return f"preset {slot} recalled: {await camera.position()}"
        if action == "store":
            assert slot is not None
            await camera.store_preset(slot)
            return f"preset {slot} stored: {await camera.position()}"
        if action == "position":
            return str(await camera.position())
        if action == "reset-seq":
            await camera.reset_sequence()
            return "sequence number reset"
    raise UsageError(f"unknown action {action!r}")


def main(args: argparse.Namespace) -> int:
    action: str = args.action
    slot: int | None = args.slot
    timeout: float = args.timeout
    try:
        host, port = parse_url(args.url)
        if action in ("recall", "store") and slot is None:
            raise UsageError(f"{action} needs a preset slot number")
        if action not in ("recall", "store") and slot is not None:
            raise UsageError(f"{action} takes no slot number")
        if not (math.isfinite(timeout) and timeout > 0):
            raise UsageError("--timeout must be a positive number of seconds")
    except UsageError as exc:
        print(f"bridgewall camera: {exc} ({USAGE})", file=sys.stderr)  # one line
        return EXIT_USAGE

    camera_log = logging.getLogger("console.camera")
    saved_level = camera_log.level
    if not getattr(args, "verbose", False):
        camera_log.setLevel(logging.ERROR)  # resends and ignored datagrams stay out of the one-line answer
    try:
        line = asyncio.run(run(host, port, action, slot, timeout))
    except ViscaError as exc:
        label = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        message = str(exc) if label in str(exc) else f"camera {label}: {exc}"
        print(f"{message} [{exc.code}]", file=sys.stderr)
        return EXIT_CAMERA
    finally:
        camera_log.setLevel(saved_level)
    print(line)
    return EXIT_OK
