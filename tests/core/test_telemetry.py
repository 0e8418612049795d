"""Ring buffers, slots, staleness and health grading."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain import ActiveSpeakers, Health, MediaStats
from console.live.rules import Thresholds
from console.live.telemetry import (
    GRADED,
    HealthGrader,
    Metric,
    SiteDirectory,
    Telemetry,
    grade_bitrate,
    grade_jitter,
    grade_loss,
)

from .media_rig import CONF, at, joined, left, registry, row, stats

G, A, R, U = Health.GREEN, Health.AMBER, Health.RED, Health.UNKNOWN


def make(capacity: int = 5, sites: int = 4) -> Telemetry:
    return Telemetry(SiteDirectory(registry()), capacity=capacity, sites=sites)


# --- ring buffers ---------------------------------------------------------------------------------


def test_ring_wraps_and_reads_oldest_first() -> None:
    tel = make(capacity=5)
    tel.feed(joined(0, "u1", "Xã A0"))
    for t in range(8):
        tel.feed(stats(t, {"u1": row(rx_loss=float(t))}))
    times, values = tel.series("X.A.0", Metric.RX_LOSS, seconds=100)
    assert values.tolist() == [3, 4, 5, 6, 7]
    assert times.tolist() == [at(t).timestamp() for t in range(3, 8)]
    assert values.flags.c_contiguous and times.flags.c_contiguous
    values[:] = -1  # a copy: the buffer is untouched
    assert tel.series("X.A.0", Metric.RX_LOSS, seconds=100)[1].tolist() == [3, 4, 5, 6, 7]
    # the last N seconds only, measured back from `now` (or from the latest sample)
    assert tel.series("X.A.0", Metric.RX_LOSS, seconds=2)[1].tolist() == [6, 7]
    assert tel.series("X.A.0", Metric.RX_LOSS, seconds=3, now=at(6))[1].tolist() == [4, 5, 6]


def test_recent_many_sites_right_aligned_with_nan_padding() -> None:
    tel = make(capacity=5)
    tel.feed(joined(0, "u1", "Xã A0"))
    tel.feed(joined(0, "u2", "Xã A1"))
    for t in range(7):
        tel.feed(stats(t, {"u1": row(rx_jitter=float(t))}))
    for t in range(5, 7):
        tel.feed(stats(t, {"u2": row(rx_jitter=100.0 + t)}))
    slots = tel.slots(["X.A.0", "X.A.1", "nowhere"])
    assert slots[2] == -1
    out = tel.recent(Metric.RX_JITTER, slots, 4)
    assert out.shape == (3, 4)
    assert out[0].tolist() == [3, 4, 5, 6]
    assert np.isnan(out[1, :2]).all() and out[1, 2:].tolist() == [105, 106]
    assert np.isnan(out[2]).all()
    since = tel.recent(Metric.RX_JITTER, slots[:1], 5, since=at(4))
    assert np.isnan(since[0, :3]).all() and since[0, 3:].tolist() == [5, 6]
    with pytest.raises(ValueError):
        tel.recent(Metric.RX_JITTER, slots, 6)


def test_slot_reused_when_a_site_rejoins_and_history_continues() -> None:
    tel = make(capacity=10)
    tel.feed(joined(0, "u1", "Xã A0", "sip:10.0.1.20"))
    tel.feed(stats(1, {"u1": row(rx_bitrate=1.0)}))
    first = tel.slot("X.A.0")
    tel.feed(left(2, "u1", "Xã A0"))
    assert not tel.connected()[first]
    tel.feed(joined(3, "u9", "Xã A0", "sip:10.0.1.20"))  # a new call: new uuid, same site
    tel.feed(stats(4, {"u9": row(rx_bitrate=2.0)}))
    assert tel.slot("X.A.0") == first
    assert tel.connected()[first]
    assert tel.series("X.A.0", Metric.RX_BITRATE, 10)[1].tolist() == [1.0, 2.0]
    assert tel.keys == ("X.A.0",)


def test_unknown_participant_keyed_by_display_name_and_slots_grow() -> None:
    tel = make(sites=2)
    names = ["Khách mời 1", "Khách mời 2", "Khách mời 3", "Xã B2"]
    for i, name in enumerate(names):
        tel.feed(joined(0, f"u{i}", name))
    tel.feed(stats(1, {f"u{i}": row(rx_loss=float(i)) for i in range(4)}))
    assert tel.keys == ("Khách mời 1", "Khách mời 2", "Khách mời 3", "X.B.2")
    assert tel.latest(Metric.RX_LOSS).tolist() == [0, 1, 2, 3]


def test_staleness_age() -> None:
    tel = make()
    tel.feed(joined(0, "u1", "Xã A0"))
    tel.feed(joined(0, "u2", "Xã A1"))
    assert tel.age("X.A.0", at(5)) == math.inf
    tel.feed(stats(10, {"u1": row(), "u2": row()}))
    tel.feed(stats(11, {"u1": row()}))
    assert tel.age("X.A.0", at(14)) == pytest.approx(3.0)
    assert tel.age("X.A.1", at(14)) == pytest.approx(4.0)
    assert tel.age("nowhere", at(14)) == math.inf
    assert tel.ages(at(14)).tolist() == pytest.approx([3.0, 4.0])
    assert tel.stale(at(14), max_age_s=3.5).tolist() == [False, True]


def test_ingest_skips_unjoined_uuids_and_refreshes_its_index_cache() -> None:
    tel = make()
    tel.feed(joined(0, "u1", "Xã A0"))
    uuids = ["u1", "u2"]  # u2 has not joined yet: its row is skipped
    values = np.array([row(rx_loss=1.0), row(rx_loss=2.0)])
    assert tel.ingest(MediaStats(at(1), CONF, uuids, values)) == 1
    assert tel.ingest(MediaStats(at(2), CONF, uuids, values)) == 1  # cached index
    tel.feed(joined(3, "u2", "Xã A1"))
    assert tel.ingest(MediaStats(at(4), CONF, uuids, values)) == 2  # the join invalidated the cache
    assert tel.latest_values("X.A.1")[Metric.RX_LOSS] == 2.0
    assert np.isnan(tel.latest_values("nowhere")).all()
    with pytest.raises(ValueError):
        tel.ingest(MediaStats(at(5), CONF, uuids, values[:, :3]))


def test_site_connected_twice_writes_one_sample_per_poll() -> None:
    tel = make()
    tel.feed(joined(0, "u1", "Xã A0"))
    tel.feed(joined(0, "u2", "Xã A0"))
    tel.feed(stats(1, {"u1": row(rx_loss=1.0), "u2": row(rx_loss=2.0)}))
    assert tel.series("X.A.0", Metric.RX_LOSS, 10)[1].tolist() == [2.0]
    tel.feed(left(2, "u1", "Xã A0"))
    assert tel.connected()[tel.slots(["X.A.0"])[0]]


def test_speaking_column_follows_active_speakers() -> None:
    tel = make()
    tel.feed(joined(0, "u1", "Xã A0"))
    tel.feed(joined(0, "u2", "Xã A1"))
    tel.feed(ActiveSpeakers(at(1), CONF, ("u2",)))
    tel.feed(stats(1, {"u1": row(), "u2": row()}))
    tel.feed(ActiveSpeakers(at(2), CONF, ("u1", "ghost")))
    tel.feed(stats(2, {"u1": row(), "u2": row()}))
    assert tel.series("X.A.0", Metric.SPEAKING, 10)[1].tolist() == [0.0, 1.0]
    assert tel.series("X.A.1", Metric.SPEAKING, 10)[1].tolist() == [1.0, 0.0]


def test_directory_matches_address_then_name_else_display_name() -> None:
    d = SiteDirectory(registry())
    assert d("Phòng 1", "sip:ubnd@10.0.1.21:5060") == "X.A.1"
    assert d("Phòng 1", "h323:10.0.2.22") == "X.B.2"
    assert d("  xã   a3 ", "") == "X.A.3"
    assert d("X.C.4", "") == "X.C.4"
    assert d("Khách mời", "sip:guest@203.0.113.9") == "Khách mời"
    assert d.site("X.A.1") is not None and d.site("Khách mời") is None


# --- grading thresholds ---------------------------------------------------------------------------


def test_loss_thresholds() -> None:
    values = [0.0, 0.99, 1.0, 3.0, 5.0, 5.01, 100.0, math.nan]
    assert grade_loss(values).tolist() == [G, G, A, A, A, R, R, U]


def test_jitter_thresholds() -> None:
    values = [0.0, 30.0, 30.01, 50.0, 50.01, math.nan]
    assert grade_jitter(values).tolist() == [G, G, A, A, R, U]


def test_bitrate_thresholds() -> None:
    values = [1000.0, 700.0, 699.0, 300.0, 299.0, 0.0, 0.5, math.nan]
    assert grade_bitrate(values, 1000.0).tolist() == [G, G, A, A, R, R, R, U]
    assert grade_bitrate([50.0, 0.0], math.nan).tolist() == [G, R]  # no expected rate: only ~0 is red


def test_custom_thresholds_apply() -> None:
    th = Thresholds(loss_amber=2.0, loss_red=3.0)
    assert grade_loss([1.9, 2.0, 3.0, 3.1], th).tolist() == [G, A, A, R]


# --- the grader -----------------------------------------------------------------------------------


def grader_with(n_sites: int, thresholds: Thresholds | None = None) -> tuple[Telemetry, HealthGrader]:
    tel = Telemetry(capacity=60, sites=8)
    for i in range(n_sites):
        tel.feed(joined(0, f"u{i}", f"site{i}"))
    return tel, HealthGrader(tel, thresholds or Thresholds())


def test_unknown_without_data_and_again_when_data_goes_stale() -> None:
    assert grader_with(0)[1].grade(at(0)).overall.shape == (0,)
    tel, grader = grader_with(1)
    report = grader.grade(at(0))
    assert report.overall.tolist() == [U] and report.health("site0") == (U, None)
    for t in range(1, 4):
        tel.feed(stats(t, {"u0": row()}))
    assert grader.grade(at(3)).health("site0") == (G, Metric.RX_LOSS)
    assert grader.grade(at(7)).overall.tolist() == [G]  # sample at 3 still inside (2, 7]
    assert grader.grade(at(8)).overall.tolist() == [U]  # window (3, 8] is empty
    assert grader.grade(at(8)).age.tolist() == [5.0]


def test_worst_metric_is_reported() -> None:
    tel, grader = grader_with(3)
    tel.feed(stats(1, {"u0": row(tx_jitter=70.0), "u1": row(rx_loss=2.0, rx_jitter=40.0), "u2": row()}))
    report = grader.grade(at(1))
    assert report.health("site0") == (R, Metric.TX_JITTER)
    assert report.health("site1") == (A, Metric.RX_LOSS)
    assert report.grade("site1", Metric.RX_JITTER) == A
    assert report.health("site2") == (G, Metric.RX_LOSS)
    assert report.health("nowhere") == (U, None)


def test_window_mean_then_hysteresis_on_the_way_back() -> None:
    tel, grader = grader_with(1)
    shown: dict[int, Health] = {}
    for t in range(1, 60):
        loss = 8.0 if 10 <= t < 20 else 0.0
        tel.feed(stats(t, {"u0": row(rx_loss=loss)}))
        shown[t] = grader.grade(at(t)).grade("site0", Metric.RX_LOSS)
    # window means over 5 samples: t=10 1.6, 11 3.2, 12 4.8 (amber), 13 6.4 (red): worsening shows at once
    assert [shown[t] for t in (9, 10, 12, 13)] == [G, A, A, R]
    # loss stops at 20: the raw grade leaves red at 21 (4.8 %) and is green from 24; red stays shown until
    # 10 s after the last red window (20), then amber until 10 s after the last amber one (23)
    assert all(shown[t] == R for t in range(13, 30))
    assert [shown[t] for t in (30, 32, 33)] == [A, A, G]


def test_flapping_value_does_not_flap_the_grade() -> None:
    tel, grader = grader_with(1)
    raw_grader = HealthGrader(tel, Thresholds(hold_s=0.0))
    shown, raw = [], []
    for t in range(1, 121):
        loss = 9.0 if (t // 4) % 2 else 0.0  # 4 s bad, 4 s good, for two minutes
        tel.feed(stats(t, {"u0": row(rx_loss=loss)}))
        shown.append(grader.grade(at(t)).grade("site0", Metric.RX_LOSS))
        raw.append(raw_grader.grade(at(t)).grade("site0", Metric.RX_LOSS))

    def changes(xs: list[Health]) -> int:
        return sum(a != b for a, b in itertools.pairwise(xs))

    assert changes(raw) > 20
    assert changes(shown) <= 2
    assert shown[-1] == R


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.lists(st.floats(0, 30, allow_nan=False), max_size=25),
    value=st.floats(0, 30, allow_nan=False),
    metric=st.sampled_from([Metric.RX_LOSS, Metric.TX_LOSS, Metric.RX_JITTER, Metric.TX_JITTER]),
)
def test_constant_value_converges_to_its_grade(prefix: list[float], value: float, metric: Metric) -> None:
    scale = 1.0 if metric in (Metric.RX_LOSS, Metric.TX_LOSS) else 3.0  # jitter: 0–90 ms
    th = Thresholds()
    tel, grader = grader_with(1, th)
    series = [v * scale for v in prefix] + [value * scale] * int(th.window_s + th.hold_s + 1)
    for t, v in enumerate(series, start=1):
        tel.feed(stats(t, {"u0": row(**{metric.name.lower(): v})}))
        report = grader.grade(at(t))
    stored = np.float32(value * scale)
    expected = grade_loss([stored]) if metric in (Metric.RX_LOSS, Metric.TX_LOSS) else grade_jitter([stored])
    assert report.grade("site0", metric) == Health(int(expected[0]))


def test_bitrate_graded_against_nominal_or_per_site_rate() -> None:
    tel, grader = grader_with(3, Thresholds(nominal_kbps=2000.0))
    grader.set_expected("site2", 500.0)
    tel.feed(
        stats(1, {"u0": row(rx_bitrate=1500.0), "u1": row(rx_bitrate=500.0), "u2": row(rx_bitrate=400.0)})
    )
    report = grader.grade(at(1))
    assert [report.grade(f"site{i}", Metric.RX_BITRATE) for i in range(3)] == [G, R, G]
    assert report.expected_kbps.tolist() == [2000.0, 2000.0, 500.0]


def test_bitrate_reference_is_the_sites_recent_peak() -> None:
    tel, grader = grader_with(1)
    for t in range(1, 31):
        tel.feed(stats(t, {"u0": row(rx_bitrate=2000.0)}))
        report = grader.grade(at(t))
    assert report.grade("site0", Metric.RX_BITRATE) == G
    for t in range(31, 41):
        tel.feed(stats(t, {"u0": row(rx_bitrate=400.0)}))  # a fifth of what it was sending
        report = grader.grade(at(t))
    assert report.grade("site0", Metric.RX_BITRATE) == R
    assert 1900.0 < report.expected_kbps[0] <= 2000.0


def test_video_muted_site_is_not_graded_on_bitrate() -> None:
    tel, grader = grader_with(1, Thresholds(nominal_kbps=2000.0))
    tel.feed(joined(0, "u0", "site0", video_muted=True))  # duplicate join refreshes the flags
    tel.feed(stats(1, {"u0": row(rx_bitrate=64.0)}))
    report = grader.grade(at(1))
    assert report.grade("site0", Metric.RX_BITRATE) == U
    assert report.health("site0") == (G, Metric.RX_LOSS)


def test_no_media_flags_over_the_window() -> None:
    tel, grader = grader_with(3)
    for t in range(1, 6):
        tel.feed(
            stats(
                t,
                {
                    "u0": row(audio_bitrate=0.0 if t > 1 else 64.0),
                    "u1": row(rx_fps=0.0),
                    "u2": row(video_bitrate=math.nan, rx_fps=math.nan),
                },
            )
        )
    report = grader.grade(at(5))
    assert report.silent.tolist() == [False, False, False]  # u0 had sound at t=1, inside (0, 5]
    assert report.blank.tolist() == [False, True, False]
    assert report.video_known.tolist() == [True, True, False]
    assert grader.grade(at(6)).silent.tolist() == [True, False, False]  # window (1, 6]: all silent


def test_vectorised_over_many_sites() -> None:
    n = 3500
    tel = Telemetry(capacity=30, sites=n)
    for i in range(n):
        tel.feed(joined(0, f"u{i}", f"s{i}"))
    grader = HealthGrader(tel)
    losses = np.array([0.0, 3.0, 9.0])[np.arange(n) % 3]
    uuids = [f"u{i}" for i in range(n)]
    base = np.array(row(), dtype=np.float64)
    for t in range(1, 6):
        values = np.tile(base, (n, 1))
        values[:, 0] = losses
        tel.feed(MediaStats(at(t), CONF, uuids, values))
    report = grader.grade(at(5))
    assert report.overall.tolist() == [[G, A, R][i % 3] for i in range(n)]
    assert set(report.worst.tolist()) == {int(Metric.RX_LOSS)}
    assert report.grades.shape == (n, len(GRADED))
