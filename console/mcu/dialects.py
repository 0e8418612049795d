"""The MCU dialects the console speaks: name → driver class (with its declared capabilities) and URL schemes.

    dialect = dialect_of("pexip+https://mcu:443")       # REGISTRY["pexip"]; nothing connects
    Capability.FECC in dialect.capabilities             # read from the driver class
    driver = driver_from_url(url, user, password)        # that dialect's driver

A driver module is imported when its class is first asked for (`Dialect.driver_class`), not before.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from console.domain import Capability
from console.mcu.driver import McuDriver

log = logging.getLogger("bridgewall.mcu")
# URL scheme → dialect name (the configuration's MCU_SCHEMES are kept equal to these keys by a test).
DIALECTS = {"pexip+http": "pexip", "pexip+https": "pexip"}
IN_CLEAR_SCHEMES = ("pexip+http",)  # schemes that send the credentials unencrypted
IN_CLEAR = "the MCU's password travels unencrypted to %s: anyone on the path can read it; use pexip+https"


@dataclass(frozen=True, slots=True)
class Dialect:
    """One dialect: where its driver lives. `module` has the driver class and a `driver_from_url` factory."""

    name: str
    module: str
    driver: str  # the driver class's name in `module`

    def driver_class(self) -> type[McuDriver]:
        cls = getattr(importlib.import_module(self.module), self.driver)
        if not (isinstance(cls, type) and issubclass(cls, McuDriver)):
            raise TypeError(f"{self.module}.{self.driver} is not an MCU driver")
        return cls

    @property
    def capabilities(self) -> frozenset[Capability]:
        """What this dialect's driver declares it can do (read from the class: nothing connects)."""
        return self.driver_class().capabilities

    def make(self, url: str, user: str, password: str | None = None, **options: Any) -> McuDriver:
        factory = cast(Callable[..., McuDriver], importlib.import_module(self.module).driver_from_url)
        return factory(url, user, password, **options)


REGISTRY: dict[str, Dialect] = {
    "pexip": Dialect("pexip", "console.mcu.pexip.driver", "PexipDriver"),
}


def dialect_of(url: str) -> Dialect:
    """The dialect of an MCU address (`pexip+https://HOST:PORT`); ValueError for an unknown scheme."""
    name = DIALECTS.get(url.partition("://")[0].lower())  # the configuration accepts PEXIP+HTTPS:// too
    dialect = REGISTRY.get(name) if name is not None else None
    if dialect is None:
        known = ", ".join(f"{s}://HOST:PORT" for s in DIALECTS)
        raise ValueError(f"unknown MCU address: expected one of {known}")  # the URL may hold a password
    return dialect


def driver_from_url(
    url: str, user: str, password: str | None = None, *, warn_in_clear: bool = True, **options: Any
) -> McuDriver:
    """The driver for `url` (e.g. `pexip+https://HOST:PORT`); options go to that dialect's driver.

    A password sent over plain HTTP is warned about here, once per driver (one WARNING line), unless the caller
    says the link cannot be overheard (`warn_in_clear=False`: the demo's own simulator on loopback).
    """
    scheme, sep, rest = url.partition("://")
    scheme = scheme.lower()
    url = f"{scheme}{sep}{rest}"
    driver = dialect_of(url).make(url, user, password, **options)
    if warn_in_clear and password and scheme in IN_CLEAR_SCHEMES:
        log.warning(IN_CLEAR, url)
    return driver


__all__ = ["DIALECTS", "REGISTRY", "Dialect", "dialect_of", "driver_from_url"]
