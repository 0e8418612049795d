"""`python main.py readiness ID`: a registered meeting's readiness on the command line.

    readiness ID [--format text|json]                 the checklist and, per expected site, each check
    readiness ID --test-run start|stop                open or close a test run (a running monitor or window
                                                      records the checks while it is open)
    readiness ID --pass SITE --check CHECK --note T   a technician passes a check by hand (kept, shown as manual)
    readiness ID --done notify_provider|notify_power  the provider or the power company was told
    readiness ID --estimate ISO --reason TEXT         an estimated real start (goes into `meeting notify`)
    readiness ID --close                              the closing check: who closed it, the sites still connected

Exit status: 0 done; 2 a mistake in the arguments; 1 a refusal (no such meeting, a missing role, a test run
already open or none open, a log that cannot be opened), one line on stderr. Every write goes through the audit
trail with the acting person (`--as NAME`, else the operating-system user).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.access import ChainBroken, Permission
from console.access import Refused as AccessRefused
from console.domain import LOCAL_TZ, utcnow
from console.domain.readiness import (
    MARKABLE,
    Check,
    CheckResult,
    Closing,
    EstimatedStart,
    Item,
    ItemDone,
    MeetingPlan,
    TestRun,
)
from console.readiness.model import (
    ChecklistEntry,
    ReadinessRules,
    SiteReadiness,
    checklist,
    checks_of,
    site_readiness,
)
from console.reports.export import parse_time
from console.runtime.args import UsageError
from console.runtime.cli import config_from_args
from console.runtime.config import Config
from console.runtime.meeting_cli import EXIT_OK, EXIT_REFUSED, Refused, _acting, _json, _Log, _open, _quiet
from console.runtime.output import error_line, write_stdout
from db.readiness import (
    RunState,
    add_estimate,
    add_results,
    close_meeting,
    closing,
    estimate,
    items_done,
    list_runs,
    mark_done,
    plan,
    results,
    start_run,
    stop_run,
)
from db.records import RecordNotFound


def _iso(at: datetime | None) -> str | None:
    return None if at is None else at.astimezone(LOCAL_TZ).isoformat()


def _local(at: datetime | None) -> str:
    return "–" if at is None else at.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M")


def readiness_of(session: Session, meeting_id: int, rules: ReadinessRules, now: datetime) -> dict[str, Any]:
    """A meeting's readiness as `readiness ID --format json` prints it."""
    p = plan(session, meeting_id)
    sites = site_readiness(p.sites, results(session, meeting_id), p.cameras)
    runs = list_runs(session, meeting_id)
    entries = checklist(p.start, rules, runs=runs, done=items_done(session, meeting_id), sites=sites, now=now)
    return shape(p, entries, sites, runs, estimate(session, meeting_id), closing(session, meeting_id))


def shape(
    p: MeetingPlan,
    entries: Sequence[ChecklistEntry],
    sites: Sequence[SiteReadiness],
    runs: Sequence[TestRun],
    estimated: EstimatedStart | None,
    closed: Closing | None,
) -> dict[str, Any]:
    return {
        "id": p.meeting_id,
        "title": p.title,
        "start": _iso(p.start),
        "estimated_start": None
        if estimated is None
        else {
            "start": _iso(estimated.start),
            "reason": estimated.reason,
            "by": estimated.by,
            "at": _iso(estimated.at),
        },
        "checklist": [
            {
                "item": e.item.value,
                "due": _iso(e.due),
                "state": e.state.value,
                "done_at": _iso(e.done_at),
                "by": e.by or None,
            }
            for e in entries
        ],
        "test_runs": [
            {
                "id": r.id,
                "started_at": _iso(r.started_at),
                "started_by": r.started_by,
                "stopped_at": _iso(r.stopped_at),
                "stopped_by": r.stopped_by or None,
                "scheduled": r.scheduled.value if r.scheduled is not None else None,
            }
            for r in runs
        ],
        "ready": bool(sites) and all(s.ready for s in sites),
        "sites": [
            {
                "code": s.code,
                "name": s.name,
                "ready": s.ready,
                "checks": [
                    {
                        "check": c.check.value,
                        "pass": c.passed,
                        "value": c.value,
                        "at": _iso(c.at),
                        "manual": c.manual,
                        "by": c.by or None,
                    }
                    for c in s.checks
                ],
            }
            for s in sites
        ],
        "closing": None
        if closed is None
        else {
            "by": closed.by,
            "at": _iso(closed.at),
            "all_disconnected": closed.all_disconnected,
            "automatic": closed.automatic,
            "still_connected": list(closed.still_connected),
        },
    }


def text(data: Mapping[str, Any]) -> str:
    """`readiness ID --format text`: the same facts for people, failing sites first."""
    lines = [
        f"Meeting {data['id']}: {data['title']} — starts {_local(datetime.fromisoformat(data['start']))}"
    ]
    est = data["estimated_start"]
    if est is not None:
        lines.append(
            f"  Estimated real start: {_local(datetime.fromisoformat(est['start']))} ({est['reason']}, {est['by']})"
        )
    lines.append("  Checklist:")
    for e in data["checklist"]:
        done = f" at {_local(datetime.fromisoformat(e['done_at']))}" if e["done_at"] else ""
        by = f" by {e['by']}" if e["by"] else ""
        lines.append(
            f"    {e['state']:<6} {e['item']:<16} due {_local(datetime.fromisoformat(e['due']))}{done}{by}"
        )
    sites = sorted(data["sites"], key=lambda s: (s["ready"], s["code"]))
    ready = sum(1 for s in sites if s["ready"])
    lines.append(f"  Sites: {ready} of {len(sites)} ready")
    for s in sites:
        lines.append(f"    {'✓' if s['ready'] else '✗'} {s['name']} ({s['code']})")
        for c in s["checks"]:
            mark = "pass" if c["pass"] else "FAIL"
            value = c["value"] if c["value"] is not None else "not checked"
            manual = f" (manual, {c['by']})" if c["manual"] else ""
            at = f" at {_local(datetime.fromisoformat(c['at']))}" if c["at"] else ""
            lines.append(f"        {mark} {c['check']:<9} {value}{at}{manual}")
    closed = data["closing"]
    if closed is not None:
        left = (
            "every site disconnected"
            if closed["all_disconnected"]
            else f"still connected: {', '.join(closed['still_connected'])}"
        )
        how = " (automatic)" if closed["automatic"] else ""
        lines.append(
            f"  Closed by {closed['by']}{how} at {_local(datetime.fromisoformat(closed['at']))}: {left}"
        )
    return "\n".join(lines) + "\n"


# --- actions ------------------------------------------------------------------------------------------------
RIGHTS = {
    "--test-run": Permission.READINESS_TEST_RUN,
    "--pass": Permission.READINESS_MANUAL_PASS,
    "--done": Permission.READINESS_TEST_RUN,
    "--estimate": Permission.READINESS_ESTIMATE,
    "--close": Permission.READINESS_TEST_RUN,
}


def _write(args: argparse.Namespace, config: Config, log: _Log, action: str, now: datetime) -> str:
    """Do the one action asked for (checked and audited as the acting person); returns the line to print."""
    target = f"meeting {args.id}"
    if action == "--pass" and (not args.check or not args.note):
        raise UsageError("--pass SITE needs --check CHECK and --note TEXT (why it passes)")
    if action == "--estimate":
        if not args.reason:
            raise UsageError("--estimate needs --reason TEXT")
        try:
            estimated = parse_time(args.estimate)
        except ValueError:
            raise UsageError(
                f"--estimate: not an ISO 8601 time: {args.estimate!r} (read as Asia/Ho_Chi_Minh)"
            ) from None
    with log.sessions() as session:
        plan(session, args.id)  # RecordNotFound before anyone is checked
    right = RIGHTS[action]
    who, trail = _acting(args, log, config, [right], target)
    detail = ""
    with log.sessions() as session, session.begin():
        if action == "--test-run":
            run = (start_run if args.test_run == "start" else stop_run)(session, args.id, who.name, now)
            detail = f"{args.test_run} test run {run.id}"
            line = f"test run {run.id} of meeting {args.id} {'started' if args.test_run == 'start' else 'stopped'}"
        elif action == "--pass":
            p = plan(session, args.id)
            if args.pass_site not in [c for c, _ in p.sites]:
                raise UsageError(f"--pass: {args.pass_site!r} is not an expected site of meeting {args.id}")
            check = Check(args.check)
            if check not in checks_of(args.pass_site in p.cameras):
                raise UsageError(f"--check camera: {args.pass_site} has no camera preset")
            detail = f"{args.pass_site} {check.value}: {args.note.strip()}"
            add_results(
                session,
                [
                    CheckResult(
                        args.id, args.pass_site, check, True, args.note.strip(), now, manual=True, by=who.name
                    )
                ],
            )
            line = f"{args.pass_site} {check.value} passed by hand by {who.name}"
        elif action == "--done":
            item = Item(args.done)
            mark_done(session, ItemDone(args.id, item, who.name, now, (args.note or "").strip()))
            detail = f"{item.value} done"
            line = f"{item.value} done by {who.name}"
        elif action == "--estimate":
            add_estimate(session, EstimatedStart(args.id, estimated, args.reason.strip(), who.name, now))
            detail = f"estimated start {estimated.isoformat()}: {args.reason.strip()}"
            line = f"estimated start of meeting {args.id}: {_local(estimated)}"
        else:  # --close
            closed = close_meeting(session, args.id, who.name, now, automatic=False)
            assert closed is not None  # a person's closing check is always recorded
            left = closed.still_connected
            detail = "closed: " + (", ".join(left) or "every site disconnected")
            line = f"meeting {args.id} closed by {who.name}: " + (
                "every site disconnected" if not left else f"still connected: {', '.join(left)}"
            )
    trail.record(who, right.value, target, detail=detail)
    return line


def _actions(args: argparse.Namespace) -> list[str]:
    asked = {
        "--test-run": args.test_run is not None,
        "--pass": args.pass_site is not None,
        "--done": args.done is not None,
        "--estimate": args.estimate is not None,
        "--close": args.close,
    }
    return [name for name, on in asked.items() if on]


def run(args: argparse.Namespace, config: Config) -> int:
    actions = _actions(args)
    if len(actions) > 1:
        raise UsageError(f"one action at a time, not {' and '.join(actions)}")
    if not actions and (args.check or args.note or args.reason):
        raise UsageError("--check, --note and --reason go with --pass, --done or --estimate")
    now = utcnow()
    log = _open(config)
    try:
        if actions:
            line = _write(args, config, log, actions[0], now)
            print(line)
            return EXIT_OK
        with log.sessions() as session:
            data = readiness_of(session, args.id, config.readiness.rules(), now)
    except RecordNotFound:
        raise Refused(EXIT_REFUSED, f"no meeting with id {args.id}") from None
    except RunState as exc:
        raise Refused(EXIT_REFUSED, str(exc)) from None
    finally:
        log.engine.dispose()
    with contextlib.suppress(BrokenPipeError):
        write_stdout(_json(data) if args.format == "json" else text(data).encode("utf-8"))
    return EXIT_OK


def main(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    try:
        with _quiet(getattr(args, "verbose", False)):
            return run(args, config)
    except Refused as refused:
        print(f"bridgewall readiness: {refused.message}", file=sys.stderr)
        return refused.code
    except (AccessRefused, ChainBroken) as exc:
        print(f"bridgewall readiness: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as exc:
        print(f"bridgewall readiness: cannot use the log: {error_line(exc)}", file=sys.stderr)
        return EXIT_REFUSED


CHECKS = tuple(c.value for c in Check)
ITEMS = tuple(i.value for i in MARKABLE)
