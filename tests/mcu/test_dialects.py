"""The dialect registry: each dialect's driver class and the capabilities it declares, known without connecting."""

from __future__ import annotations

import pytest

from console.domain import Capability
from console.mcu.dialects import DIALECTS, REGISTRY, dialect_of, driver_from_url
from console.mcu.driver import CAPABILITY_METHODS, McuDriver
from console.mcu.pexip.driver import PexipDriver


def test_pexip_declares_every_command_it_speaks() -> None:
    pexip = dialect_of("pexip+https://mcu.example:443")
    assert pexip is REGISTRY["pexip"] and pexip.driver_class() is PexipDriver
    assert pexip.capabilities == {
        Capability.MUTE_AUDIO,
        Capability.MUTE_VIDEO,
        Capability.DISCONNECT,
        Capability.DIAL,
        Capability.LOCK,
        Capability.LAYOUT,
        Capability.LOWER_HAND,
        Capability.SPOTLIGHT,
        Capability.FECC,
    }
    for capability in pexip.capabilities:  # each declared capability is the driver's own code
        for method in CAPABILITY_METHODS[capability]:
            assert getattr(PexipDriver, method) is not getattr(McuDriver, method), method


def test_every_scheme_names_a_registered_dialect_whose_driver_says_so() -> None:
    for scheme, name in DIALECTS.items():
        dialect = dialect_of(f"{scheme}://mcu:443")
        assert dialect.name == name and dialect.driver_class().dialect == name


def test_the_capabilities_are_read_without_connecting() -> None:
    driver = driver_from_url("pexip+http://127.0.0.1:9", "admin", password="x")  # nothing listens there
    assert driver.capabilities == REGISTRY["pexip"].capabilities and not driver.ever_connected


def test_an_unknown_address_is_refused_without_its_password() -> None:
    with pytest.raises(ValueError) as refused:
        dialect_of("zoom+https://admin:hunter2@mcu:443")
    assert "hunter2" not in str(refused.value) and "pexip+https://HOST:PORT" in str(refused.value)


def test_a_dialect_cannot_declare_what_it_does_not_implement() -> None:
    with pytest.raises(TypeError, match="declares capabilities without their methods: transform_layout"):

        class Boastful(McuDriver):
            capabilities = frozenset({Capability.LAYOUT})

            async def available_layouts(self, conference: str) -> list[str]:
                return []
