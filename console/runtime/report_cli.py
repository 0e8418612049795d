"""`python main.py report`: the 6-month and yearly reports from the log, as JSON, an Excel workbook, a docx
document or the same document as pdf.

The rows come from `db.report_reads`, the figures from `console.reports.figures`, the files from
`console.reports.report_json` / `report_xlsx` / `report_docx`. Exit 0 written; 2 a usage mistake (a bad period, xlsx without
--out; nothing opened); 1 the log cannot be read (a log that does not exist is never created) or the file
cannot be written.

A report written to a file (`--out`) is recorded in the log's audit trail through the Guard, as the window's
Reports dialog records it (`report.export`, target "report <period>", by the operating-system user, who holds
every role): the window's reminder of that period then goes away (`db.report_reads.produced_periods`). The chain
is checked before the file is written, so that a report is never produced unaudited; a report to the standard
output is a look, not a produced report, and is not recorded.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.access import ChainBroken, KeyFileError, Permission
from console.access.guard import Guard
from console.domain.access import Actor
from console.domain.clock import utcnow
from console.readiness.model import ReadinessRules
from console.records import ReportLog
from console.reports.document import Heading
from console.reports.figures import compute
from console.reports.period import Period, PeriodError, parse_period
from console.reports.report_docx import render_docx
from console.reports.report_json import render_json
from console.reports.report_pdf import render_pdf
from console.reports.report_xlsx import render_xlsx
from console.runtime.access_cli import cli_actor
from console.runtime.address import check_log
from console.runtime.args import UsageError
from console.runtime.build import Access, access_over, connect_url
from console.runtime.cli import config_from_args
from console.runtime.output import write_stdout
from db.engine import open_database
from db.files import DatabaseOpenError
from db.report_reads import REPORT_TARGET, read_report_log

EXIT_OK = 0
EXIT_FAIL = 1


def _fail(message: str) -> int:
    print(f"bridgewall report: {message}", file=sys.stderr)
    return EXIT_FAIL


def main(args: argparse.Namespace) -> int:
    try:
        period = parse_period(args.period)
    except PeriodError as exc:
        raise UsageError(f"--period: {exc}") from None
    if args.format != "json" and args.out is None:
        raise UsageError(f"--format {args.format} needs --out FILE")
    config = config_from_args(args)
    check_log(config)
    try:
        engine = open_database(connect_url(config, create=False), create=False)
    except DatabaseOpenError as exc:
        return _fail(str(exc))
    target = REPORT_TARGET + period.label
    audit: tuple[Guard, Actor] | None = None
    try:
        if args.out is not None:
            try:
                access = access_over(config, engine)
                audit = _guard(args, access, target)
            except (KeyFileError, ChainBroken) as exc:
                return _fail(f"cannot audit the report: {exc}")
        with Session(engine) as session:
            log = read_report_log(session, period.start, period.end)
        rules = config.register.rules().lead_time, config.readiness.rules()
        return _write(args, period, rules, log, audit, target)
    except SQLAlchemyError as exc:
        return _fail(f"cannot read the log: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
    finally:
        engine.dispose()


def _guard(args: argparse.Namespace, access: Access, target: str) -> tuple[Guard, Actor]:
    """Who makes the report (the OS user; `--as NAME` where given) once the Guard lets them, the chain checked."""
    actor = cli_actor(args, access, Permission.REPORT_EXPORT.value, target)
    guard = Guard(access.trail)
    guard.require(actor, Permission.REPORT_EXPORT, target)
    access.trail.ready()
    return guard, actor


def _write(
    args: argparse.Namespace,
    period: Period,
    rules: tuple[timedelta, ReadinessRules],
    log: ReportLog,
    audit: tuple[Guard, Actor] | None,
    target: str,
) -> int:
    now = utcnow()
    figures = compute(log, now=now, lead_time=rules[0], readiness=rules[1])
    if args.format == "json":
        data = render_json(figures, period)
    elif args.format == "xlsx":
        data = render_xlsx(figures, period)
    else:
        heading = Heading(
            agency=args.agency,
            parent_agency=args.parent_agency,
            number=args.number,
            place=args.place,
            signer=args.signer,
            signer_title=args.signer_title,
        )
        render = render_pdf if args.format == "pdf" else render_docx
        data = render(figures, period, heading, issued=now)
    if args.out is None or audit is None:  # no file: no audit (see the module's doc)
        write_stdout(data)
        return EXIT_OK
    try:
        Path(args.out).write_bytes(data)
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
    guard, actor = audit
    guard.record(actor, Permission.REPORT_EXPORT.value, target, detail=f"{args.format} {args.out}")
    if not guard.close():
        return _fail(f"wrote {args.out} but could not record it in the audit trail in time")
    return EXIT_OK
