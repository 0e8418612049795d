"""A wall's worth of sites with plausible live series, built without an MCU (for widget tests and benchmarks)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from console.domain import GroupField, Health
from console.live.wall import SERIES_NAMES, SiteIndex, TileFlag, WallData
from console.registry import Grouping, load_network

LEVELS = {"loss": 2.0, "jitter": 25.0, "audio": 40.0, "video": 1200.0, "fps": 28.0}


def synthetic_wall(
    n: int, seconds: int = 900, seed: int = 1
) -> tuple[WallData, dict[str, npt.NDArray[np.float32]]]:
    """`n` healthy, connected sites named after the demo network (repeated past its size), and their series; grouped
    by cluster, as the wall groups them by default."""
    sites = load_network()
    picks = [sites[i % len(sites)] for i in range(n)]
    names = [s.name if i < len(sites) else f"{s.name} ({i // len(sites)})" for i, s in enumerate(picks)]
    grouping = Grouping(sites, GroupField.CLUSTER)
    groups = [grouping.key(s) for s in picks]
    rng = np.random.default_rng(seed)
    store = {k: (LEVELS[k] * (0.8 + 0.4 * rng.random((n, seconds)))).astype(np.float32) for k in SERIES_NAMES}

    def read(rows: npt.NDArray[np.int64], seconds: int) -> dict[str, npt.NDArray[np.float32]]:
        return {k: v[rows, -seconds:] for k, v in store.items()}

    data = WallData(SiteIndex.build(names, [s.tier for s in picks], groups, grouping.titles(groups)), read)
    data.health[:] = Health.GREEN
    data.parts[:] = Health.GREEN
    data.flags[:] = TileFlag.CONNECTED
    data.age[:] = 0.5
    return data, store
