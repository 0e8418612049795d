"""The bundled MCU simulator speaking the Pexip Infinity dialect.

`SimServer` (server.py) serves a `World` (world.py) over HTTP with run-time switchable `Faults` (faults.py).
The server's web stack (starlette, uvicorn) loads only when one of these names is first used: the window imports
`console.sim.process` and `console.sim.cameras` and should not pay for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.sim.faults import Fault, FaultKind, Faults
    from console.sim.server import SimServer
    from console.sim.world import SCENARIOS, SimError, World

_WHERE = {
    "Fault": "faults",
    "FaultKind": "faults",
    "Faults": "faults",
    "SimServer": "server",
    "SCENARIOS": "world",
    "SimError": "world",
    "World": "world",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'console.sim' has no attribute {name!r}")
    return getattr(importlib.import_module(f"console.sim.{module}"), name)


__all__ = ["SCENARIOS", "Fault", "FaultKind", "Faults", "SimError", "SimServer", "World"]
