"""The driver interface every MCU dialect implements, with the set of capabilities each dialect declares.

A dialect's driver class declares `dialect` (its name in `console.mcu.dialects.REGISTRY`) and `capabilities`
(what it can be asked to do), both class attributes, so they are known before anything connects. A command
method whose capability the dialect does not declare need not be written: the base raises
McuError("unsupported"). A class that declares a capability must implement its methods (checked when the
class is made).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Mapping
from typing import Any, ClassVar

from console.domain import Axis, Capability, McuError, McuEvent

# The driver methods each capability stands for.
CAPABILITY_METHODS: Mapping[Capability, tuple[str, ...]] = {
    Capability.MUTE_AUDIO: ("mute_audio",),
    Capability.MUTE_VIDEO: ("mute_video",),
    Capability.DISCONNECT: ("disconnect",),
    Capability.DIAL: ("dial",),
    Capability.LOCK: ("lock",),
    Capability.LAYOUT: ("transform_layout", "available_layouts"),
    Capability.LOWER_HAND: ("lower_hand", "lower_all_hands"),
    Capability.SPOTLIGHT: ("spotlight",),
    Capability.FECC: ("camera_move",),
}

# What a capability lets the operator do, in the words of a refusal ("this MCU's dialect cannot …").
CAPABILITY_TEXT: Mapping[Capability, str] = {
    Capability.MUTE_AUDIO: "mute or unmute a site's audio",
    Capability.MUTE_VIDEO: "mute or unmute a site's video",
    Capability.DISCONNECT: "disconnect a site",
    Capability.DIAL: "dial a site",
    Capability.LOCK: "lock or unlock a conference",
    Capability.LAYOUT: "change the conference layout",
    Capability.LOWER_HAND: "lower raised hands",
    Capability.SPOTLIGHT: "spotlight a site",
    Capability.FECC: "move a site's camera (far-end camera control)",
}


def cannot(dialect: str, capability: Capability) -> str:
    """The refusal of a command the dialect does not declare, one line."""
    name = f" ({dialect})" if dialect else ""
    return f"this MCU's dialect{name} cannot {CAPABILITY_TEXT[capability]}"


class McuDriver(ABC):
    """One MCU. `events()` yields until `close()`; commands raise McuError on failure."""

    dialect: ClassVar[str] = ""  # the dialect's name in the registry
    capabilities: ClassVar[frozenset[Capability]] = frozenset()  # what this dialect can be asked to do

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        missing = [
            name
            for capability in cls.capabilities
            for name in CAPABILITY_METHODS[capability]
            if getattr(cls, name) is getattr(McuDriver, name)
        ]
        if missing:
            raise TypeError(
                f"{cls.__name__} declares capabilities without their methods: {', '.join(missing)}"
            )

    def can(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def _unsupported(self, capability: Capability) -> McuError:
        return McuError("unsupported", cannot(self.dialect, capability))

    @property
    def ever_connected(self) -> bool:
        """True once the MCU answered properly (the console logged in); never False again afterwards."""
        return False

    @property
    def login_refused(self) -> bool:
        """True while the MCU refuses the console's credentials (401 / 403) and it never logged in."""
        return False

    @abstractmethod
    async def connect(self) -> None: ...

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    def events(self) -> AsyncIterator[McuEvent]: ...

    @abstractmethod
    async def conferences(self) -> list[str]: ...

    # --- commands: each belongs to a capability (CAPABILITY_METHODS) ------------------------------------

    async def mute_audio(self, conference: str, uuid: str, muted: bool) -> None:
        raise self._unsupported(Capability.MUTE_AUDIO)

    async def mute_video(self, conference: str, uuid: str, muted: bool) -> None:
        raise self._unsupported(Capability.MUTE_VIDEO)

    async def disconnect(self, conference: str, uuid: str) -> None:
        raise self._unsupported(Capability.DISCONNECT)

    async def dial(self, conference: str, destination: str, display_name: str = "") -> None:
        raise self._unsupported(Capability.DIAL)

    async def lock(self, conference: str, locked: bool) -> None:
        raise self._unsupported(Capability.LOCK)

    async def transform_layout(self, conference: str, layout: str) -> None:
        raise self._unsupported(Capability.LAYOUT)

    async def available_layouts(self, conference: str) -> list[str]:
        raise self._unsupported(Capability.LAYOUT)

    async def lower_hand(self, conference: str, uuid: str) -> None:
        raise self._unsupported(Capability.LOWER_HAND)

    async def lower_all_hands(self, conference: str) -> None:
        raise self._unsupported(Capability.LOWER_HAND)

    async def spotlight(self, conference: str, uuid: str, on: bool) -> None:
        raise self._unsupported(Capability.SPOTLIGHT)

    async def camera_move(
        self, conference: str, uuid: str, axis: Axis, direction: str, timeout_ms: int
    ) -> None:
        raise self._unsupported(Capability.FECC)
