"""A session's settings spelled flat: what the window hands the session's process when it starts it (light to
import, so the window starts that process before loading anything of its own)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from console.runtime.config import Config, override
from console.sim.process import SimulatorProcess


@dataclass(frozen=True, slots=True)
class SessionOptions:
    """A session's settings spelled flat, for callers that make one by hand (tests, benches); `to_config()` gives
    the typed form. `mcu_url` None: the demo's simulator with `demo`, else no MCU at all."""

    db_url: str | None = None
    mcu_url: str | None = None
    mcu_user: str = "admin"
    ca_bundle: str | None = None
    sites: int = 150
    scenario: str = "flaky"
    seed: int = 1
    operator: str = "operator"  # who the audit names for commands sent from this console
    demo: bool = False
    base: Config | None = None  # the configuration these were read from: its other sections apply too

    def to_config(self) -> Config:
        config = self.base or Config()
        config = dataclasses.replace(
            config,
            demo=dataclasses.replace(
                config.demo, enabled=self.demo, sites=self.sites, scenario=self.scenario, seed=self.seed
            ),
        )
        for key, value in (
            ("log.url", self.db_url),
            ("mcu.url", self.mcu_url),
            ("mcu.user", self.mcu_user),
            ("mcu.ca_bundle", self.ca_bundle),
        ):
            if value is not None:
                config = override(config, key, value, key)
        return config

    @classmethod
    def of(cls, config: Config, operator: str = "operator") -> SessionOptions:
        return cls(
            db_url=config.log.url,
            mcu_url=config.mcu.url,
            mcu_user=config.mcu.user,
            ca_bundle=str(config.mcu.ca_bundle) if config.mcu.ca_bundle is not None else None,
            sites=config.demo.sites,
            scenario=config.demo.scenario,
            seed=config.demo.seed,
            operator=operator,
            demo=config.demo.enabled,
            base=config,
        )


def start_simulator(config: Config, *, start: bool = True) -> SimulatorProcess | None:
    """The demo's simulator, when the demo runs without an MCU address; started at once (it loads meanwhile),
    or with `start=False` when its `start()` is called."""
    if not config.demo.enabled or config.mcu.url is not None:
        return None
    demo = config.demo
    return SimulatorProcess(demo.sites, demo.scenario, demo.seed, start=start)
