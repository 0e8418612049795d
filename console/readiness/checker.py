"""The automatic checks of a test run, from the live data the hub already has (telemetry and its 1 Hz grades).

    checker = SiteChecker(meeting_id, run_id, expected=("HN", "HP"), cameras={"HN"}, rules=rules)
    results = checker.observe(report, telemetry)      # on every graded tick while the run is open

Per expected site: connected (a participant of the site is joined); sound (an audio bitrate above
`min_audio_kbps`, or the site among the speakers, seen at least once during the run); picture (video bitrate and
frame rate above `min_video_kbps` and `min_fps` together, seen once); link (loss and jitter, both directions,
graded green without a break for `link_sustain_s`); camera (only where the site has a camera preset: its recall
read back, reported by `camera()`). Sound, picture and link stay passed once passed; connected follows the site.

`observe` returns only what is worth writing: a check's first result, a change of pass or fail, and a failing
check's new measured values at most every `refresh_s` seconds — a test run of a national network writes a few
rows per site, not one per second.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from console.domain import Health
from console.domain.readiness import Check, CheckResult
from console.live.telemetry import GRADED, HealthReport, Metric, Telemetry
from console.readiness.model import ReadinessRules, checks_of

_LINK_COLS = [GRADED.index(m) for m in (Metric.RX_LOSS, Metric.TX_LOSS, Metric.RX_JITTER, Metric.TX_JITTER)]


@dataclass(slots=True)
class _State:
    passed: bool = False
    value: str = ""
    written_at: float = -math.inf
    written: bool = False


def _num(x: float) -> str:
    return "–" if math.isnan(x) else f"{x:.1f}"


class SiteChecker:
    def __init__(
        self,
        meeting_id: int,
        run_id: int | None,
        expected: Sequence[str],
        rules: ReadinessRules,
        cameras: Iterable[str] = (),
        *,
        refresh_s: float = 10.0,
    ) -> None:
        self.meeting_id = meeting_id
        self.run_id = run_id
        self.expected = tuple(dict.fromkeys(expected))
        self.rules = rules
        self.cameras = frozenset(cameras)
        self.refresh_s = refresh_s
        self._state: dict[tuple[str, Check], _State] = {}
        self._green_since: dict[str, float] = {}
        self._audio_peak: dict[str, float] = {}
        self._camera: dict[str, tuple[bool, str]] = {}

    def camera(self, site: str, passed: bool, value: str) -> None:
        """The recall of the site's camera preset was read back (`passed`: it reached the stored position)."""
        self._camera[site] = (passed, value)

    def observe(self, report: HealthReport, telemetry: Telemetry) -> list[CheckResult]:
        t = report.at.timestamp()
        out: list[CheckResult] = []
        for code in self.expected:
            i = report.index(code)
            for check in checks_of(code in self.cameras):
                passed, value = self._measure(check, code, i, report, telemetry, t)
                result = self._update(code, check, passed, value, report.at, t)
                if result is not None:
                    out.append(result)
        return out

    def _update(
        self, code: str, check: Check, passed: bool, value: str, at: datetime, t: float
    ) -> CheckResult | None:
        state = self._state.setdefault((code, check), _State())
        latched = check in (Check.SOUND, Check.PICTURE, Check.LINK) and state.passed
        if latched:
            return None
        changed = passed != state.passed or not state.written
        refresh = not passed and value != state.value and t - state.written_at >= self.refresh_s
        state.passed, state.value = passed, value
        if not (changed or refresh):
            return None
        state.written, state.written_at = True, t
        return CheckResult(self.meeting_id, code, check, passed, value, at, run_id=self.run_id)

    def _measure(
        self, check: Check, code: str, i: int | None, report: HealthReport, tel: Telemetry, t: float
    ) -> tuple[bool, str]:
        rules = self.rules
        connected = i is not None and bool(report.connected[i])
        if check is Check.CONNECTED:
            if i is None:
                return False, "never joined"
            return connected, "connected" if connected else "disconnected"
        if check is Check.CAMERA:
            return self._camera.get(code, (False, "preset not recalled yet"))
        if not connected:
            return False, "not connected"
        latest = tel.latest_values(code)
        if check is Check.SOUND:
            audio = float(latest[Metric.AUDIO_BITRATE])
            speaking = float(latest[Metric.SPEAKING]) > 0
            peak = max(self._audio_peak.get(code, 0.0), 0.0 if math.isnan(audio) else audio)
            self._audio_peak[code] = peak
            if speaking:
                return True, f"speaking, audio {_num(audio)} kbps"
            return peak > rules.min_audio_kbps, f"audio {_num(peak)} kbps"
        if check is Check.PICTURE:
            kbps, fps = float(latest[Metric.VIDEO_BITRATE]), float(latest[Metric.RX_FPS])
            ok = kbps > rules.min_video_kbps and fps > rules.min_fps  # NaN compares false
            return ok, f"video {_num(kbps)} kbps, {_num(fps)} fps"
        assert i is not None
        grades = report.grades[i, _LINK_COLS]
        levels = report.levels[i, _LINK_COLS]
        loss = float(np.nanmax(levels[:2])) if not np.all(np.isnan(levels[:2])) else math.nan
        jitter = float(np.nanmax(levels[2:])) if not np.all(np.isnan(levels[2:])) else math.nan
        green = bool(np.all(grades == Health.GREEN))
        if not green:
            self._green_since.pop(code, None)
        since = self._green_since.setdefault(code, t) if green else t
        held = t - since
        value = f"loss {_num(loss)} %, jitter {_num(jitter)} ms"
        if green and held < rules.link_sustain_s:
            return False, f"{value}, green {held:.0f} s of {rules.link_sustain_s:.0f} s"
        return green, value
