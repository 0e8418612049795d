"""The live rules' settings: the health grading's thresholds and the incident rules' timings.

What the configuration sets (`console.runtime.config`), apart from the rules themselves: loading it loads no numpy,
so a process reading its configuration (the window's, before its first paint) does not wait for the arrays.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Grading thresholds and the time constants of the grading.

    Bitrate is graded on `rx_bitrate` (what the MCU receives from the site) against an expected rate, taken in this
    order: the per-site rate given to `HealthGrader.set_expected` (e.g. the negotiated bandwidth), else
    `nominal_kbps` when set, else the site's own recent peak — the running maximum of its window mean, decaying
    with a half-life of `reference_half_life_s` — so a site that drops to a fraction of what it was sending turns
    amber/red, while a site that never sent more is not condemned. A window mean at or below `zero_kbps` is red.
    """

    loss_amber: float = 1.0  # %: green below, amber from here up to loss_red inclusive
    loss_red: float = 5.0  # %: red above
    jitter_amber: float = 30.0  # ms: green up to and including, amber above
    jitter_red: float = 50.0  # ms: red above
    bitrate_green_ratio: float = 0.7  # green at or above this share of the expected rate
    bitrate_red_ratio: float = 0.3  # red below this share (amber in between)
    nominal_kbps: float | None = None
    reference_half_life_s: float = 600.0
    zero_kbps: float = 1.0  # "no media": a bitrate at or below this
    zero_fps: float = 0.5  # "no picture": a frame rate at or below this
    window_s: float = 5.0  # samples in (now - window_s, now] are averaged
    hold_s: float = 10.0  # a grade improves only after the metric stayed better this long


@dataclass(frozen=True, slots=True)
class IncidentRules:
    no_media_s: float = 10.0  # no sound / no picture this long before the incident opens
    no_media_clear_s: float = 5.0  # sound / picture back this long before it resolves
    degraded_s: float = 10.0  # a RED loss / jitter / bitrate grade this long before the incident opens
    degraded_clear_s: float = 0.0  # the grade's own hysteresis already holds an improvement back
    storm_window_s: float = 10.0  # incidents opening this close together may share a fault
    storm_min: int = 3  # how many make a shared fault
    mcu_fault_s: float = 15.0  # the MCU answering with errors this long before its incident opens
    reopen_s: float = (
        30.0  # a condition still there this long after a manual resolve: a linked incident opens
    )
