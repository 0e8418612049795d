"""The bundled MCU simulator speaking the Pexip Infinity dialect.

`SimServer` (server.py) serves a `World` (world.py) over HTTP with run-time switchable `Faults` (faults.py).
"""

from console.sim.faults import Fault, FaultKind, Faults
from console.sim.server import SimServer
from console.sim.world import SCENARIOS, SimError, World

__all__ = ["SCENARIOS", "Fault", "FaultKind", "Faults", "SimError", "SimServer", "World"]
