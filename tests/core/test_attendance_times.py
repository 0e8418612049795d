"""A join is dated by the MCU's connect time when the MCU says the site connected before the console saw it, but
never so that a site's spans in one run overlap: the MCU gives whole seconds, the leave was seen with fractions."""

from __future__ import annotations

from dataclasses import replace

from console.domain import AttendanceJoined, ParticipantJoined
from console.live.hub import Hub, HubNews

from .media_rig import at, joined, left, registry


def _joins(news: list[HubNews]) -> list[AttendanceJoined]:
    return [n for n in news if isinstance(n, AttendanceJoined)]


def _join(t: float, uuid: str, name: str, connected: float) -> ParticipantJoined:
    event = joined(t, uuid, name)
    return replace(event, participant=replace(event.participant, connect_time=at(connected)))


def _rejoined(t: float, connected: float) -> list[AttendanceJoined]:
    """The joins heard when Xã A0 joins at 0, leaves at 10.6 and joins again at `t`, the MCU dating that
    connection at `connected`."""
    hub = Hub(registry())
    heard: list[HubNews] = []
    hub.listeners.append(heard.append)
    hub.feed(_join(0, "u1", "Xã A0", connected=0))
    hub.feed(left(10.6, "u1", "Xã A0"))
    hub.feed(_join(t, "u2", "Xã A0", connected=connected))
    return _joins(heard)


def test_a_rejoin_is_never_dated_before_the_leave_that_ended_the_last_span() -> None:
    first, again = _rejoined(12, connected=10)  # the MCU's whole second, before the leave at 10.6
    assert first.at == at(0)
    assert again.at == at(10.6)  # not 10: the two spans do not overlap


def test_a_connect_time_after_the_last_leave_is_the_mcus() -> None:
    assert _rejoined(15, connected=11)[1].at == at(11)
