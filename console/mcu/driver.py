"""The driver interface every MCU dialect implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator

from console.domain import Axis, McuEvent


class McuDriver(ABC):
    """One MCU. `events()` yields until `close()`; commands raise McuError on failure."""

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

    @abstractmethod
    async def mute_audio(self, conference: str, uuid: str, muted: bool) -> None: ...

    @abstractmethod
    async def mute_video(self, conference: str, uuid: str, muted: bool) -> None: ...

    @abstractmethod
    async def disconnect(self, conference: str, uuid: str) -> None: ...

    @abstractmethod
    async def dial(self, conference: str, destination: str, display_name: str = "") -> None: ...

    @abstractmethod
    async def lock(self, conference: str, locked: bool) -> None: ...

    @abstractmethod
    async def transform_layout(self, conference: str, layout: str) -> None: ...

    @abstractmethod
    async def available_layouts(self, conference: str) -> list[str]: ...

    @abstractmethod
    async def lower_hand(self, conference: str, uuid: str) -> None: ...

    @abstractmethod
    async def lower_all_hands(self, conference: str) -> None: ...

    @abstractmethod
    async def spotlight(self, conference: str, uuid: str, on: bool) -> None: ...

    @abstractmethod
    async def camera_move(
        self, conference: str, uuid: str, axis: Axis, direction: str, timeout_ms: int
    ) -> None: ...
