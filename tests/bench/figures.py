"""How a benchmark reports: a named figure with its unit and, where it has one, a floor measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    unit: str
    floor: float | None = None

    @property
    def ratio(self) -> float | None:
        return None if not self.floor else self.value / self.floor

    def as_json(self) -> dict[str, float | str | None]:
        ratio = self.ratio
        return {
            "value": round(self.value, 6),
            "unit": self.unit,
            "floor": None if self.floor is None else round(self.floor, 6),
            "ratio": None if ratio is None else round(ratio, 3),
        }


def median_ms(action: Callable[[], object], repeats: int = 15, warmup: int = 2) -> float:
    """Median wall-clock milliseconds of `action` over `repeats` runs after `warmup` unmeasured ones."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples)


def paired_ms(
    ours: Callable[[], object], floor: Callable[[], object], repeats: int = 15
) -> tuple[float, float]:
    """Medians of two actions measured alternately, so machine noise falls on both alike."""
    for _ in range(2):
        ours()
        floor()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeats):
        for action, samples in ((ours, a), (floor, b)):
            start = time.perf_counter()
            action()
            samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(a), statistics.median(b)
