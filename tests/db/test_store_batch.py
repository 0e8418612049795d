"""The store: a roll-call's joins as one statement, in order with the leaves between them; refused records are
left out, counted and told, the rest kept."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from console.domain import (
    AttendanceJoined,
    AttendanceLeft,
    CommandRecord,
    CommandResult,
    FloorRequest,
    FloorState,
    Incident,
    IncidentKind,
    IncidentOpened,
    Severity,
)
from console.records import (
    CommandFinished,
    CommandLogged,
    FloorRequestFiled,
    FloorRequestMoved,
    IncidentAcknowledged,
    IncidentEdited,
    new_key,
)
from db.records import list_attendance, list_commands, list_floor_requests, list_incidents, list_meetings
from db.writer import Store

from .conftest import at


def test_a_roll_call_and_the_leaves_among_it_are_all_kept_in_order(engine: Engine) -> None:
    store = Store(engine, interval=60)  # one batch: nothing commits before the flush
    joins = [AttendanceJoined(f"X.{i}", f"u{i}", at(i / 100), "giaoban") for i in range(300)]
    store.put(*joins[:200])
    store.put(AttendanceLeft("X.7", "u7", at(3), by_operator=True, conference="giaoban"))
    store.put(AttendanceJoined("X.7", "u7-again", at(4), "giaoban"))  # the site is back
    store.put(*joins[200:])
    assert store.close()

    with Session(engine) as session:
        spans = list_attendance(session)
        [meeting] = list_meetings(session)
    assert len(spans) == 301
    assert {s.meeting_id for s in spans} == {meeting.id}
    seven = [s for s in spans if s.site == "X.7"]
    assert [(s.participant_uuid, s.left_at, s.left_by_operator) for s in seven] == [
        ("u7", at(3), True),
        ("u7-again", None, False),
    ]
    assert sum(s.left_at is None for s in spans) == 300


def test_a_write_the_log_refuses_is_left_out_and_the_rest_of_its_batch_kept(engine: Engine) -> None:
    """One batch: each write finds the row a write before it made, also once the batch is written one by one."""
    store = Store(engine, interval=60)  # one batch: nothing commits before the flush
    heard: list[str | None] = []
    store.error_listeners.append(heard.append)
    lost: list[tuple[int, str]] = []
    store.lost_listeners.append(lambda count, reason: lost.append((count, reason)))
    incident = Incident("X.1", IncidentKind.LINK_DOWN, Severity.CRITICAL, at(1))
    floor, lost_floor = new_key(), new_key()
    muted, lost_command = new_key(), new_key()
    store.put(
        IncidentOpened(1, incident),
        IncidentAcknowledged(2, "Lan", at(2)),  # no incident 2: refused
        IncidentEdited(1, cause="Mất điện", eta=at(30), set_eta=True),
        FloorRequestFiled(floor, "giaoban", FloorRequest("X.1", FloorState.PENDING, 2, at(3)), "op"),
        FloorRequestMoved(floor, FloorState.ACCEPTED, at(4), "chair"),
        FloorRequestMoved(lost_floor, FloorState.GRANTED, at(5), "chair"),  # never filed: refused
        CommandLogged(muted, CommandRecord("op", "mute_audio", "X.1", at(6))),
        CommandFinished(
            muted, CommandRecord("op", "mute_audio", "X.1", at(6), CommandResult.OK, rtt_ms=12.0)
        ),
        # its PENDING row never came: the whole command is logged
        CommandFinished(lost_command, CommandRecord("op", "dial", "X.2", at(7), CommandResult.TIMEOUT)),
    )
    assert store.close()
    assert heard == []  # the log itself never stopped taking writes …
    # … but two records are not in it, and that is said: counted, with the first one's reason, told once a batch
    reason = "RecordNotFound: incident 2 was not written"
    assert (store.lost, store.lost_reason, lost) == (2, reason, [(2, reason)])
    assert store.error == f"2 record(s) could not be written: {reason}"

    with Session(engine) as session:
        [row] = list_incidents(session)
        [request] = list_floor_requests(session)
        commands = list_commands(session)
    assert (row.cause, row.eta, row.acknowledged_at) == ("Mất điện", at(30), None)
    assert store.incident_id(1) == row.id and store.incident_id(2) is None
    assert (request.site, request.state, request.priority) == ("X.1", FloorState.ACCEPTED, 2)
    assert [(c.action, c.result, c.rtt_ms) for c in commands] == [
        ("mute_audio", CommandResult.OK, 12.0),
        ("dial", CommandResult.TIMEOUT, None),
    ]
    assert store.command_id(muted) == commands[0].id and store.command_id(lost_command) == commands[1].id
