"""MCU drivers behind one interface (`console.mcu.driver`); `driver_from_url` picks the dialect by URL scheme."""

from __future__ import annotations

from typing import Any

from console.mcu.driver import McuDriver

DIALECTS = {"pexip+http": "pexip", "pexip+https": "pexip"}


def driver_from_url(url: str, user: str, password: str | None = None, **options: Any) -> McuDriver:
    """The driver for `url` (e.g. `pexip+https://HOST:PORT`); options go to that dialect's driver."""
    if DIALECTS.get(url.partition("://")[0]) == "pexip":
        from console.mcu.pexip import driver as pexip

        return pexip.driver_from_url(url, user, password, **options)
    known = ", ".join(f"{s}://HOST:PORT" for s in DIALECTS)
    raise ValueError(f"unknown MCU address: expected one of {known}")  # the URL may hold a password


__all__ = ["driver_from_url"]
