"""MCU drivers behind one interface (`console.mcu.driver`); `driver_from_url` picks the dialect by URL scheme."""

from __future__ import annotations

import logging
from typing import Any

from console.mcu.driver import McuDriver

log = logging.getLogger("bridgewall.mcu")
DIALECTS = {"pexip+http": "pexip", "pexip+https": "pexip"}
IN_CLEAR_SCHEMES = ("pexip+http",)
IN_CLEAR = "the MCU's password travels unencrypted to %s: anyone on the path can read it; use pexip+https"


def driver_from_url(
    url: str, user: str, password: str | None = None, *, warn_in_clear: bool = True, **options: Any
) -> McuDriver:
    """The driver for `url` (e.g. `pexip+https://HOST:PORT`); options go to that dialect's driver.

    A password sent over plain HTTP is warned about here, once per driver (one WARNING line), unless the caller
    says the link cannot be overheard (`warn_in_clear=False`: the demo's own simulator on loopback).
    """
    scheme, sep, rest = url.partition("://")
    scheme = scheme.lower()  # the configuration accepts PEXIP+HTTPS:// as well
    url = f"{scheme}{sep}{rest}"
    if DIALECTS.get(scheme) == "pexip":
        from console.mcu.pexip import driver as pexip

        driver = pexip.driver_from_url(url, user, password, **options)
        if warn_in_clear and password and scheme in IN_CLEAR_SCHEMES:
            log.warning(IN_CLEAR, url)
        return driver
    known = ", ".join(f"{s}://HOST:PORT" for s in DIALECTS)
    raise ValueError(f"unknown MCU address: expected one of {known}")  # the URL may hold a password


__all__ = ["driver_from_url"]
