"""`python main.py report`: the 6-month and yearly reports from the log, as JSON, an Excel workbook, a docx
document or the same document as pdf.

The rows come from `db.report_reads`, the figures from `console.reports.figures`, the files from
`console.reports.report_json` / `report_xlsx` / `report_docx`. Exit 0 written; 2 a usage mistake (a bad period, xlsx without
--out; nothing opened); 1 the log cannot be read (a log that does not exist is never created) or the file
cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.domain.clock import utcnow
from console.reports.document import Heading
from console.reports.figures import compute
from console.reports.period import PeriodError, parse_period
from console.reports.report_docx import render_docx
from console.reports.report_json import render_json
from console.reports.report_pdf import render_pdf
from console.reports.report_xlsx import render_xlsx
from console.runtime.args import UsageError
from console.runtime.build import check_log, connect_url
from console.runtime.cli import config_from_args
from console.runtime.output import write_stdout
from db.engine import DatabaseOpenError, open_database
from db.report_reads import read_report_log

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
    try:
        with Session(engine) as session:
            log = read_report_log(session, period.start, period.end)
    except SQLAlchemyError as exc:
        return _fail(f"cannot read the log: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
    finally:
        engine.dispose()
    now = utcnow()
    figures = compute(log, now=now, lead_time=config.register.rules().lead_time)
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
    if args.out is None:
        write_stdout(data)
        return EXIT_OK
    try:
        Path(args.out).write_bytes(data)
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
    return EXIT_OK
