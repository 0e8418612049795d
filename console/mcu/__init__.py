"""MCU drivers behind one interface (`console.mcu.base`); `driver_from_url` picks the dialect by URL scheme."""

from __future__ import annotations

from typing import Any

from console.mcu.base import McuDriver


def driver_from_url(
    url: str,
    user: str,
    password: str | None = None,
    ca_bundle: str | None = None,
    conference: str | None = None,
    poll_interval: float = 1.0,
    timeout: float = 5.0,
    **options: Any,
) -> McuDriver:
    """A driver for `pexip+http://HOST:PORT` / `pexip+https://HOST:PORT`; the password defaults to $MCU_PASSWORD."""
    if url.startswith(("pexip+http://", "pexip+https://")):
        from console.mcu import pexip

        return pexip.driver_from_url(
            url, user, password, ca_bundle, conference, poll_interval, timeout, **options
        )
    raise ValueError("unknown MCU address: expected pexip+http://HOST:PORT or pexip+https://HOST:PORT")


__all__ = ["driver_from_url"]
