"""The command dispatcher: every operator action and every floor-control step that reaches the MCU goes here.

    dispatcher = CommandDispatcher(driver, recorder, actor="operator1")
    command = dispatcher.mute_audio("giaoban", uuid, "UBND Tuần Giáo", True)   # returns at once, PENDING
    command.add_listener(show)                                               # PENDING now, then the end
    await command.wait()                                                     # OK / ERROR / TIMEOUT / UNREACHABLE

Order
    Commands to one target (a lane; by default the `target` string) run one after another in the order they were
    submitted; different lanes run concurrently, at most `concurrency` commands on the wire at once.

Time limits
    `timeout` bounds each of the two phases of a command: waiting for its turn (behind earlier commands to the
    same target, or for a free slot) and the MCU's answer once it is sent. A command still waiting when its time
    is up ends TIMEOUT without being sent, so nothing waits forever and nothing is sent long after the operator
    gave up on it; the commands behind it keep their order.

Results
    McuError code "unreachable" → UNREACHABLE, "timeout" or no answer in time → TIMEOUT, any other failure →
    ERROR with the MCU's (or the driver's) message as `detail`: one line, credentials and tokens masked.
    `rtt_ms` is the time from sending to the answer (or to giving up); None when the command was never sent.

Audit
    With a recorder (`console.records.Recorder`), each command is logged when submitted (`CommandLogged`: a
    PENDING row with who, what, target, args, when) and finished when it ends (`CommandFinished`: result, detail,
    round-trip time), both under the command's key; the recorder finishes the row the first write made. If the
    first write was lost, the second logs the complete record.

Capabilities
    The driver's dialect declares what it can do (`McuDriver.capabilities`). A command it does not declare is
    refused at submit: it ends ERROR at once, never sent, with the detail "not sent: this MCU's dialect (…)
    cannot …", and is audited like any other command (`refused` is True).

Listeners
    `Command.add_listener(fn)` calls `fn(command)` at once with the current state and then on every change:
    when it is sent (`started` turns True, the state still PENDING) and when it ends (the final state).
    `CommandDispatcher.listeners` hear every command of the dispatcher, from its PENDING at submit on.
    A listener that raises is logged and does not disturb the others.

Everything runs on the caller's asyncio loop (the Qt loop under qasync); `submit` must be called from it.
"""

from __future__ import annotations

import asyncio
import enum
import itertools
import logging
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from console.domain import Axis, Capability, CommandRecord, CommandResult, McuError, utcnow
from console.domain.logtext import loggable
from console.mcu.driver import McuDriver, cannot
from console.records import CommandFinished, CommandLogged, Recorder, new_key

log = logging.getLogger("bridgewall.commands")

DETAIL_LIMIT = 300
_ACTOR_LIMIT = 128  # the audit table's column widths
_NAME_LIMIT = 255

Listener = Callable[["Command"], None]


class Action(enum.StrEnum):
    """What the typed helpers send; stored as the audit's `action` (widgets translate it)."""

    MUTE_AUDIO = "mute_audio"
    UNMUTE_AUDIO = "unmute_audio"
    MUTE_VIDEO = "mute_video"
    UNMUTE_VIDEO = "unmute_video"
    DISCONNECT = "disconnect"
    DIAL = "dial"
    LOCK = "lock"
    UNLOCK = "unlock"
    TRANSFORM_LAYOUT = "transform_layout"
    LOWER_HAND = "lower_hand"
    LOWER_ALL_HANDS = "lower_all_hands"
    SPOTLIGHT_ON = "spotlight_on"
    SPOTLIGHT_OFF = "spotlight_off"
    CAMERA_MOVE = "camera_move"


# The capability each action needs of the MCU's dialect.
NEEDS: dict[str, Capability] = {
    Action.MUTE_AUDIO: Capability.MUTE_AUDIO,
    Action.UNMUTE_AUDIO: Capability.MUTE_AUDIO,
    Action.MUTE_VIDEO: Capability.MUTE_VIDEO,
    Action.UNMUTE_VIDEO: Capability.MUTE_VIDEO,
    Action.DISCONNECT: Capability.DISCONNECT,
    Action.DIAL: Capability.DIAL,
    Action.LOCK: Capability.LOCK,
    Action.UNLOCK: Capability.LOCK,
    Action.TRANSFORM_LAYOUT: Capability.LAYOUT,
    Action.LOWER_HAND: Capability.LOWER_HAND,
    Action.LOWER_ALL_HANDS: Capability.LOWER_HAND,
    Action.SPOTLIGHT_ON: Capability.SPOTLIGHT,
    Action.SPOTLIGHT_OFF: Capability.SPOTLIGHT,
    Action.CAMERA_MOVE: Capability.FECC,
}

_RESULT_OF_CODE = {"unreachable": CommandResult.UNREACHABLE, "timeout": CommandResult.TIMEOUT}

_SECRETS = (  # applied in this order
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/\s@]+@"), r"\1***@"),  # user:password@ in an address
    (re.compile(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{6,}"), r"\1 ***"),
    (
        re.compile(r"(?i)\b(token|password|passwd|pwd|secret|pin|authorization)(\s*[=:]\s*)[^\s&,;\"']+"),
        r"\1\2***",
    ),
)


def one_line(text: str, limit: int = DETAIL_LIMIT) -> str:
    """`text` on one line, at most `limit` characters, with credentials and tokens masked."""
    text = " ".join(text.split())
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(eq=False)
class Command:
    """One command: a handle returned at once by the dispatcher, updated as the command runs."""

    id: int  # local, in submission order
    action: str
    target: str
    actor: str
    args: dict[str, object]
    sent_at: datetime  # when it was submitted (UTC)
    timeout: float
    lane: str
    done: asyncio.Future[Command]  # resolves (never fails) with this command when it ends
    state: CommandResult = CommandResult.PENDING
    detail: str = ""
    rtt_ms: float | None = None
    started: bool = False  # on the wire (or given to the driver); False while waiting for its turn
    refused: bool = False  # not sent: the MCU's dialect does not declare what the command needs
    _listeners: list[Listener] = field(default_factory=list, repr=False)
    _driver_call: Callable[[], Awaitable[None]] | None = field(default=None, repr=False)
    _for_slot: bool = field(default=False, repr=False)  # its lane's turn came; waiting for a free slot
    _audit_key: int = field(default_factory=new_key, repr=False)  # the command's key in the log
    _recorder: Recorder | None = field(default=None, repr=False)

    @property
    def finished(self) -> bool:
        return self.state is not CommandResult.PENDING

    @property
    def ok(self) -> bool:
        return self.state is CommandResult.OK

    @property
    def audit_id(self) -> int | None:
        """The audit row's id once the log has it (None without a recorder, or before)."""
        return None if self._recorder is None else self._recorder.command_id(self._audit_key)

    async def wait(self) -> Command:
        """Wait until the command ends; returns it (check `state`)."""
        return await asyncio.shield(self.done)

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(self)` now and on every later change; returns a function that removes it."""
        self._listeners.append(listener)
        _call(listener, self)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def record(self) -> CommandRecord:
        """The command as audited."""
        return CommandRecord(
            actor=self.actor[:_ACTOR_LIMIT],
            action=self.action[:_ACTOR_LIMIT],
            target=self.target[:_NAME_LIMIT],
            sent_at=self.sent_at,
            result=self.state,
            detail=self.detail,
            rtt_ms=self.rtt_ms,
            args=dict(self.args),
            id=self.audit_id,
        )


def _call(listener: Listener, command: Command) -> None:
    try:
        listener(command)
    except Exception:
        log.exception("a command listener failed (command %d, %s)", command.id, command.action)


@dataclass(slots=True)
class _Lane:
    waiting: deque[Command] = field(default_factory=deque)
    task: asyncio.Task[None] | None = None


class CommandDispatcher:
    """Sends commands to one MCU: ordered per target, concurrent across targets, time-limited and audited."""

    def __init__(
        self,
        driver: McuDriver,
        store: Recorder | None,
        actor: str,
        *,
        timeout: float = 5.0,
        clock: Callable[[], datetime] = utcnow,
        concurrency: int = 32,
    ) -> None:
        if not timeout > 0:
            raise ValueError("timeout must be > 0 seconds")
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.driver = driver
        self.store = store
        self.actor = actor
        self.timeout = timeout
        self.clock = clock
        self.listeners: list[Listener] = []
        self._concurrency = concurrency
        self._slots: asyncio.Semaphore | None = None  # made on first use, on the running loop
        self._ids = itertools.count(1)
        self._lanes: dict[str, _Lane] = {}
        self._timers: dict[int, asyncio.TimerHandle] = {}
        self._unfinished: dict[int, Command] = {}
        self._closed = False

    # --- submitting ---------------------------------------------------------------------------------

    def submit(
        self,
        action: str,
        target: str,
        call: Callable[[], Awaitable[None]],
        args: Mapping[str, object] | None = None,
        *,
        lane: str | None = None,
        timeout: float | None = None,
        needs: Capability | None = None,
    ) -> Command:
        """Queue `call` (one driver call) as a command to `target`; returns its handle at once, PENDING.

        `lane` orders commands (default: `target`); `timeout` overrides the dispatcher's for this command.
        `args` are stored in the audit and must be JSON values. `needs` is the capability the call needs of
        the dialect (default: the one `action` needs, `NEEDS`); a dialect without it refuses the command.
        """
        loop = asyncio.get_running_loop()
        limit = self.timeout if timeout is None else timeout
        if not limit > 0:
            raise ValueError("timeout must be > 0 seconds")
        command = Command(
            id=next(self._ids),
            action=str(action),
            target=target,
            actor=self.actor,
            args=dict(args or {}),
            sent_at=self.clock(),
            timeout=limit,
            lane=target if lane is None else lane,
            done=loop.create_future(),
            _driver_call=call,
            _recorder=self.store,
        )
        command._listeners.extend(self.listeners)
        self._audit_submitted(command)
        self._notify(command)
        needed = needs if needs is not None else NEEDS.get(command.action)
        if needed is not None and not self.can(needed):
            command.refused = True
            command._driver_call = None
            self._finish(command, CommandResult.ERROR, "not sent: " + cannot(self.driver.dialect, needed))
            return command
        if self._closed:
            self._finish(command, CommandResult.ERROR, "not sent: the command dispatcher is closed")
            return command
        self._unfinished[command.id] = command
        self._timers[command.id] = loop.call_later(limit, self._expire, command)
        lane_ = self._lanes.get(command.lane)
        if lane_ is None:
            lane_ = self._lanes[command.lane] = _Lane()
        lane_.waiting.append(command)
        if lane_.task is None:
            lane_.task = loop.create_task(
                self._run_lane(command.lane, lane_), name=f"commands:{command.lane}"
            )
        return command

    # --- typed helpers --------------------------------------------------------------------------------

    def mute_audio(self, conference: str, uuid: str, target_name: str, muted: bool) -> Command:
        return self.submit(
            Action.MUTE_AUDIO if muted else Action.UNMUTE_AUDIO,
            target_name or uuid,
            lambda: self.driver.mute_audio(conference, uuid, muted),
            {"conference": conference, "uuid": uuid, "muted": muted},
        )

    def mute_video(self, conference: str, uuid: str, target_name: str, muted: bool) -> Command:
        return self.submit(
            Action.MUTE_VIDEO if muted else Action.UNMUTE_VIDEO,
            target_name or uuid,
            lambda: self.driver.mute_video(conference, uuid, muted),
            {"conference": conference, "uuid": uuid, "muted": muted},
        )

    def disconnect(self, conference: str, uuid: str, target_name: str) -> Command:
        return self.submit(
            Action.DISCONNECT,
            target_name or uuid,
            lambda: self.driver.disconnect(conference, uuid),
            {"conference": conference, "uuid": uuid},
        )

    def dial(self, conference: str, destination: str, display_name: str = "") -> Command:
        return self.submit(
            Action.DIAL,
            display_name or destination,
            lambda: self.driver.dial(conference, destination, display_name),
            {"conference": conference, "destination": destination, "display_name": display_name},
        )

    def lock(self, conference: str, locked: bool) -> Command:
        return self.submit(
            Action.LOCK if locked else Action.UNLOCK,
            conference,
            lambda: self.driver.lock(conference, locked),
            {"conference": conference, "locked": locked},
        )

    def transform_layout(self, conference: str, layout: str) -> Command:
        return self.submit(
            Action.TRANSFORM_LAYOUT,
            conference,
            lambda: self.driver.transform_layout(conference, layout),
            {"conference": conference, "layout": layout},
        )

    def lower_hand(self, conference: str, uuid: str, target_name: str) -> Command:
        return self.submit(
            Action.LOWER_HAND,
            target_name or uuid,
            lambda: self.driver.lower_hand(conference, uuid),
            {"conference": conference, "uuid": uuid},
        )

    def lower_all_hands(self, conference: str) -> Command:
        return self.submit(
            Action.LOWER_ALL_HANDS,
            conference,
            lambda: self.driver.lower_all_hands(conference),
            {"conference": conference},
        )

    def spotlight(self, conference: str, uuid: str, target_name: str, on: bool) -> Command:
        return self.submit(
            Action.SPOTLIGHT_ON if on else Action.SPOTLIGHT_OFF,
            target_name or uuid,
            lambda: self.driver.spotlight(conference, uuid, on),
            {"conference": conference, "uuid": uuid, "on": on},
        )

    def camera_move(
        self,
        conference: str,
        uuid: str,
        target_name: str,
        axis: Axis,
        direction: str,
        timeout_ms: int = 1000,
    ) -> Command:
        return self.submit(
            Action.CAMERA_MOVE,
            target_name or uuid,
            lambda: self.driver.camera_move(conference, uuid, axis, direction, timeout_ms),
            {
                "conference": conference,
                "uuid": uuid,
                "axis": str(axis),
                "direction": direction,
                "timeout_ms": timeout_ms,
            },
        )

    # --- state --------------------------------------------------------------------------------------

    @property
    def capabilities(self) -> frozenset[Capability]:
        """What the MCU's dialect declares it can do; commands needing anything else are refused."""
        return self.driver.capabilities

    def can(self, capability: Capability) -> bool:
        return capability in self.driver.capabilities

    @property
    def closed(self) -> bool:
        return self._closed

    def in_flight(self) -> list[Command]:
        """Commands not finished yet (waiting or on the wire), in submission order."""
        return list(self._unfinished.values())

    async def drain(self) -> None:
        """Wait until every command submitted so far has ended."""
        pending = [c.done for c in self._unfinished.values()]
        if pending:
            await asyncio.gather(*(asyncio.shield(f) for f in pending))
        tasks = [lane.task for lane in self._lanes.values() if lane.task is not None]
        if tasks:
            await asyncio.wait(tasks)

    async def close(self, *, cancel: bool = False) -> None:
        """Refuse new commands, then wait for those in flight (or, with `cancel`, end them as ERROR now).

        The driver is not closed: it belongs to the caller.
        """
        self._closed = True
        if cancel:
            for lane in list(self._lanes.values()):
                if lane.task is not None:
                    lane.task.cancel()
            for command in list(self._unfinished.values()):
                self._finish(command, CommandResult.ERROR, "cancelled: the console is closing")
        await self.drain()

    # --- running ------------------------------------------------------------------------------------

    async def _run_lane(self, key: str, lane: _Lane) -> None:
        try:
            while lane.waiting:
                command = lane.waiting.popleft()
                if not command.finished:
                    await self._run(command)
        except asyncio.CancelledError:
            for command in lane.waiting:
                self._finish(command, CommandResult.ERROR, "cancelled: the console is closing")
            lane.waiting.clear()
            raise
        finally:
            lane.task = None
            if self._lanes.get(key) is lane and not lane.waiting:
                del self._lanes[key]

    async def _run(self, command: Command) -> None:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._concurrency)
        slots = self._slots
        timer = self._timers.get(command.id)
        deadline = timer.when() if timer is not None else asyncio.get_running_loop().time()
        command._for_slot = True
        try:
            async with asyncio.timeout_at(deadline):
                await slots.acquire()
        except TimeoutError:
            self._expire(command)
            return
        try:
            if command.finished:  # expired while the slot came free
                return
            self._cancel_timer(command)
            command.started = True
            self._notify(command)
            started = time.perf_counter()
            result, detail = await self._send(command)
            if not command.finished:
                command.rtt_ms = round((time.perf_counter() - started) * 1000.0, 3)
                self._finish(command, result, detail)
        except asyncio.CancelledError:
            if not command.finished:
                self._finish(command, CommandResult.ERROR, "cancelled: the console is closing")
            raise
        finally:
            slots.release()

    @staticmethod
    async def _send(command: Command) -> tuple[CommandResult, str]:
        call, command._driver_call = command._driver_call, None  # sent once; drop the reference when done
        if call is None:
            return CommandResult.ERROR, "nothing to send"
        try:
            async with asyncio.timeout(command.timeout):
                await call()
        except TimeoutError:  # our limit, or the driver's own
            return CommandResult.TIMEOUT, f"no answer from the MCU within {command.timeout:g} s"
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if not isinstance(exc, McuError):
                log.exception(
                    "command %s to %s failed unexpectedly", command.action, loggable(command.target)
                )
            return result_of(exc)
        return CommandResult.OK, ""

    def _expire(self, command: Command) -> None:
        """The command's time to wait for its turn is up: it ends TIMEOUT without being sent."""
        if command.finished or command.started:
            return
        if command._for_slot:
            why = f"all {self._concurrency} command slots to the MCU are busy"
        else:
            why = f"earlier commands to {command.target} have not ended"
        self._finish(
            command, CommandResult.TIMEOUT, f"not sent: still waiting after {command.timeout:g} s ({why})"
        )

    def _cancel_timer(self, command: Command) -> None:
        timer = self._timers.pop(command.id, None)
        if timer is not None:
            timer.cancel()

    def _finish(self, command: Command, result: CommandResult, detail: str) -> None:
        if command.finished:
            return
        self._cancel_timer(command)
        self._unfinished.pop(command.id, None)
        command.state = result
        command.detail = one_line(detail)
        if not command.done.done():
            command.done.set_result(command)
        self._audit_finished(command)
        self._notify(command)
        level = logging.INFO if result is CommandResult.OK else logging.WARNING
        log.log(
            level,
            "%s %s by %s: %s%s",
            command.action,
            loggable(command.target),
            command.actor,
            result.value,
            f" ({loggable(command.detail)})" if command.detail else "",
        )

    @staticmethod
    def _notify(command: Command) -> None:
        for listener in list(command._listeners):
            _call(listener, command)

    # --- audit --------------------------------------------------------------------------------------

    def _audit_submitted(self, command: Command) -> None:
        if self.store is not None:
            self.store.put(CommandLogged(command._audit_key, command.record()))

    def _audit_finished(self, command: Command) -> None:
        if self.store is not None:
            self.store.put(CommandFinished(command._audit_key, command.record()))


def result_of(exc: BaseException) -> tuple[CommandResult, str]:
    """The result and detail of a driver call that raised `exc`."""
    if isinstance(exc, McuError):
        return _RESULT_OF_CODE.get(exc.code, CommandResult.ERROR), str(exc) or exc.code
    if isinstance(exc, TimeoutError):
        return CommandResult.TIMEOUT, str(exc) or "no answer from the MCU in time"
    text = str(exc)
    return CommandResult.ERROR, f"{type(exc).__name__}: {text}" if text else type(exc).__name__


__all__ = ["NEEDS", "Action", "Command", "CommandDispatcher", "one_line", "result_of"]
