"""`python main.py sites …`: the site registry from the command line.

    sites import FILE [--format csv|json] [--by NAME] [--as NAME]   all or nothing; a refused file changes nothing;
                                                          needs the technician role (checked, audited)
    sites export [--format json|csv] [--out FILE]         what import reads back unchanged
    sites list [--format text|json] [--group-by FIELD]
    sites history CODE [--format text|json]               the changes kept for a site, oldest first

Each takes `--db URL` (or `--config FILE`, or `--demo` for the demo's log) as `export` does. Exit status: 0 done;
1 refused (a bad file, with its line and column; an unknown site; a log that cannot be opened or written), one line
on stderr; 2 a mistake on the command line, before anything is opened.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.access import ChainBroken, KeyFileError, Permission
from console.access import Refused as AccessRefused
from console.domain import LOCAL_TZ, GroupField, Site, SiteChange, utcnow
from console.registry import Grouping, RegistryFileError, read_registry, render_csv, render_json, site_record
from console.runtime.access_cli import cli_actor
from console.runtime.address import check_log
from console.runtime.args import UsageError
from console.runtime.build import access_over, connect_url
from console.runtime.cli import config_from_args
from console.runtime.output import error_line, write_stdout
from db.engine import open_database
from db.files import DatabaseOpenError
from db.sites import load_sites, save_sites, site_history

EXIT_OK = 0
EXIT_REFUSED = 1
ACTOR_MAX = 128


class Refused(Exception):
    """The action is refused: one line for stderr, exit status 1."""


def actor(args: argparse.Namespace) -> str:
    """Who makes the change: `--by NAME`, else the operating system's user."""
    name = getattr(args, "by", None)
    if name is None:
        try:
            name = getpass.getuser()
        except (OSError, KeyError, ImportError):
            name = "unknown"
    name = name.strip()
    if len(name) > ACTOR_MAX:
        raise UsageError(f"--by: at most {ACTOR_MAX} characters")
    return name


def _input_file(args: argparse.Namespace) -> Path:
    path = Path(args.file)
    if not path.exists():
        raise UsageError(f"no file {path}")
    if path.is_dir():
        raise UsageError(f"{path} is a directory, not a registry file")
    return path


def _output_file(args: argparse.Namespace) -> Path | None:
    if args.out is None:
        return None
    path = Path(args.out)
    if path.is_dir():
        raise UsageError(f"--out: {path} is a directory")
    if not path.resolve().parent.is_dir():
        raise UsageError(f"--out: the directory {path.resolve().parent} does not exist")
    return path


def _write_file(path: Path, data: bytes) -> None:
    """Replace `path` with `data` whole (a reader never sees half a file)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.resolve().parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _count(n: int) -> str:
    return f"{n} site" if n == 1 else f"{n} sites"


# --- the actions ----------------------------------------------------------------------------------------------
def do_import(args: argparse.Namespace, session: Session) -> int:
    path = Path(args.file)
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    try:
        access = access_over(config_from_args(args), engine)
    except KeyFileError as exc:
        raise Refused(str(exc)) from None
    acting = cli_actor(args, access, Permission.REGISTRY_EDIT.value, str(path))
    access.trail.require(acting, Permission.REGISTRY_EDIT, f"registry from {path.name}")
    who = actor(args) if getattr(args, "by", None) is not None else acting.name
    try:
        sites = read_registry(path, args.format, load_sites(session))
    except RegistryFileError as exc:
        raise Refused(f"refused, nothing imported: {exc}") from None
    try:
        summary = save_sites(session, sites, actor=who, at=utcnow())
        session.commit()
    except (LookupError, ValueError) as exc:  # the checks above make these impossible; kept as a refusal
        session.rollback()
        raise Refused(f"refused, nothing imported: {path}: {exc}") from None
    said = (
        f"{_count(len(sites))} — {len(summary.added)} added, {len(summary.updated)} updated, "
        f"{summary.unchanged} unchanged"
    )
    access.trail.record(acting, "registry.import", f"registry from {path.name}", detail=said)
    print(f"{path}: {said}")
    return EXIT_OK


def do_export(args: argparse.Namespace, session: Session) -> int:
    sites = load_sites(session)
    data = render_csv(sites) if args.format == "csv" else render_json(sites)
    out = _output_file(args)
    if out is None:
        with contextlib.suppress(BrokenPipeError):  # the reader (e.g. `head`) stopped early: not an error
            write_stdout(data)
        return EXIT_OK
    try:
        _write_file(out, data)
    except OSError as exc:
        raise Refused(f"cannot write {out}: {exc.strerror or exc}") from None
    print(f"{out}: {_count(len(sites))}", file=sys.stderr)
    return EXIT_OK


def _camera(site: Site) -> str:
    return site.camera or "MCU"


def list_text(sites: list[Site], field: GroupField) -> str:
    """A readable list: the groups in order, each with its sites (code, name, tier, address, camera, people)."""
    grouping = Grouping(sites, field)
    groups: dict[str, list[Site]] = {}
    for site in sites:
        groups.setdefault(grouping.key(site), []).append(site)
    width = max((len(s.code) for s in sites), default=4)
    name_width = min(max((len(s.name) for s in sites), default=4), 48)
    lines: list[str] = []
    for key in sorted(groups, key=lambda k: (k != "", grouping.title(k).casefold())):
        members = groups[key]
        title = grouping.title(key) or f"(no {field.value})"
        lines.append(f"{title} — {len(members)}")
        for s in members:
            techs = len(s.technicians)
            lines.append(
                f"  {s.code:<{width}}  {s.name:<{name_width}}  {s.tier.value:<8}  {s.address:<15}  "
                f"camera {_camera(s):<21}  {techs} technician{'s' if techs != 1 else ''}"
            )
    return "\n".join(lines) + ("\n" if lines else "")


def do_list(args: argparse.Namespace, session: Session) -> int:
    sites = load_sites(session)
    field = GroupField(args.group_by)
    if args.format == "json":
        grouping = Grouping(sites, field)
        records: list[dict[str, Any]] = [{**site_record(s), "group": grouping.key(s)} for s in sites]
        data = orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n"
    else:
        data = list_text(sites, field).encode("utf-8") if sites else b""
        if not sites:
            print("the registry has no sites", file=sys.stderr)
    with contextlib.suppress(BrokenPipeError):
        write_stdout(data)
    return EXIT_OK


def history_text(changes: list[SiteChange]) -> str:
    lines = []
    for c in changes:
        when = c.at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
        if c.field == "site":
            lines.append(f"{when}  {c.actor}: added as {c.new!r}")
        else:
            lines.append(f"{when}  {c.actor}: {c.field}: {c.old or '—'} → {c.new or '—'}")
    return "\n".join(lines) + ("\n" if lines else "")


def do_history(args: argparse.Namespace, session: Session) -> int:
    try:
        changes = site_history(session, args.code)
    except LookupError:
        raise Refused(f"no site {args.code!r} in the registry") from None
    if args.format == "json":
        data = orjson.dumps(
            [
                {
                    "site": c.site,
                    "at": c.at.isoformat(),
                    "actor": c.actor,
                    "field": c.field,
                    "old": c.old,
                    "new": c.new,
                }
                for c in changes
            ],
            option=orjson.OPT_INDENT_2,
        )
        write_stdout(data + b"\n")
        return EXIT_OK
    if not changes:
        print(f"{args.code}: no changes kept", file=sys.stderr)
    write_stdout(history_text(changes).encode("utf-8"))
    return EXIT_OK


ACTIONS = {"import": do_import, "export": do_export, "list": do_list, "history": do_history}


def main(args: argparse.Namespace) -> int:
    action = ACTIONS[args.action]
    config = config_from_args(args)
    check_log(config)
    writes = args.action == "import"
    if writes:
        _input_file(args)
        actor(args)
    elif args.action == "export":
        _output_file(args)
    try:
        engine = open_database(connect_url(config, create=writes), create=writes)
    except DatabaseOpenError as exc:
        print(f"bridgewall sites {args.action}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        with Session(engine) as session:
            return action(args, session)
    except (Refused, AccessRefused, ChainBroken) as exc:  # a missing role is audited, then said here
        print(f"bridgewall sites {args.action}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as exc:
        print(f"bridgewall sites {args.action}: the log: {error_line(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        engine.dispose()
