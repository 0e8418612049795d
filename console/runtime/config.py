"""The console's configuration: one TOML file (stdlib `tomllib`) read into frozen dataclasses and checked whole.

    config = load_config(path)                  # ConfigError (a UsageError) names the key and the file's line
    config = override(config, "mcu.url", "pexip+https://mcu:443", "--mcu")   # the command line, checked alike

Every table of the file is a section (`[mcu]`, `[log]`, `[ui]`, `[health]`, `[incidents]`, `[floor]`, `[register]`,
`[readiness]`, `[access]`, `[audit]`, `[demo]`);
every key is a field of the section's dataclass. An unknown section or key, a value of the wrong type and a value
out of range are refused, with the key's dotted name and its line. A key left out keeps its default; a key that
may be "none" (`X | None`) is given by leaving it out. The default file is `config.toml` in the per-user config
directory (`default_config_path()`); a missing default file means every default.

Adding a section (meeting rules, readiness deadlines, accounts …) is one place: a frozen dataclass whose fields
are its keys — typed `str`, `int`, `float`, `bool`, `Path`, `Literal[...]` or `X | None` — and a field of that type
on `Config`. A field's metadata may hold `check` (value → what is wrong with it, or None) and `file=False` (set
only by the command line); cross-key rules go in `SECTION_CHECKS`. Document the keys in
`resources/config.example.toml` and the README's table (a test holds both to the dataclasses).
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import tomllib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import platformdirs

from console.floor.control import FloorPolicy
from console.live.rules import IncidentRules, Thresholds
from console.readiness.model import ReadinessRules
from console.register.rules import RegisterRules
from console.runtime.args import MAX_SITES, UsageError

if TYPE_CHECKING:
    from console.access.passwords import AccessPolicy

APP_NAME = "bridgewall"
CONFIG_FILENAME = "config.toml"
MCU_SCHEMES = ("pexip+http", "pexip+https")  # console.mcu.dialects.DIALECTS (a test keeps them equal)
LOG_SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")
MAX_PAGE_LIMIT = 10_000

Check = Callable[[Any], str | None]


class ConfigError(UsageError):
    """The configuration file (or a command-line value standing for one of its keys) is refused."""


def default_config_path() -> Path:
    """`config.toml` in the per-user config directory (on Linux `~/.config/bridgewall/config.toml`)."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / CONFIG_FILENAME


# --- value checks -----------------------------------------------------------------------------------------
def at_least(low: float) -> Check:
    return lambda v: None if v >= low else f"must be at least {low:g}, not {v!r}"


def more_than(low: float) -> Check:
    return lambda v: None if v > low else f"must be more than {low:g}, not {v!r}"


def between(low: float, high: float) -> Check:
    return lambda v: None if low <= v <= high else f"must be {low:g}–{high:g}, not {v!r}"


def not_empty(v: str) -> str | None:
    return None if v.strip() else "may not be empty"


def env_name(v: str) -> str | None:
    ok = re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", v)
    return None if ok else f"not an environment variable name: {v!r}"


def readable_file(v: Path) -> str | None:
    if not v.exists():
        return f"no such file: {v}"
    if not v.is_file():
        return f"not a file: {v}"
    try:
        with v.open("rb"):
            pass
    except OSError as exc:
        return f"cannot read {v}: {exc.strerror or exc}"
    return None


def mcu_url_problem(url: str) -> str | None:
    """What is wrong with an MCU address, or None: `pexip+http[s]://HOST[:PORT]`, no path, no credentials."""
    from urllib.parse import urlsplit

    expected = " or ".join(f"{s}://HOST:PORT" for s in MCU_SCHEMES)
    scheme, sep, _rest = url.partition("://")
    if not sep or scheme.lower() not in MCU_SCHEMES:
        return f"unsupported MCU address {_shown(url)!r}: expected {expected}"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"bad MCU address {_shown(url)!r}: {exc}"
    if parts.username is not None or parts.password is not None:
        return "the MCU address may not hold a user or password: use the user and password settings"
    if not parts.hostname:
        return f"bad MCU address {url!r}: no host (expected {expected})"
    if port == 0:
        return f"bad MCU address {url!r}: a port is 1–65535"
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        return f"bad MCU address {url!r}: expected {expected}, with nothing after the port"
    return None


def log_url_problem(url: str) -> str | None:
    """What is wrong with a log address at a glance (its scheme), or None; the file itself is checked later."""
    scheme, sep, _rest = url.partition("://")
    if not sep or scheme.lower() not in LOG_SCHEMES:
        return f"unsupported log URL {_shown(url)!r}: expected sqlite:///FILE or postgresql+psycopg://USER@HOST/DB"
    return None


def masked(url: str) -> str:
    """`url` as it may be shown (messages, logs, the window): any password replaced by `***`.

    Reads the text itself rather than trusting a URL parser, so a password with an unescaped `@` or `/` is hidden
    whole, and a URL no parser accepts is masked too.
    """
    scheme, sep, rest = url.partition("://")
    at = rest.rfind("@")
    if not sep or at < 0:
        return url
    user, colon, _password = rest[:at].partition(":")
    if not colon or "/" in user:  # no password; or a path (sqlite:////dir/a:b@c) rather than user:password
        return url
    return f"{scheme}://{user}:***{rest[at:]}"


_shown = masked


def scenario_problem(name: str) -> str | None:
    from console.sim.world import SCENARIOS  # the simulator's own list; loaded only when a file names one

    return None if name in SCENARIOS else f"unknown scenario {name!r}; known: {', '.join(SCENARIOS)}"


# --- the sections ------------------------------------------------------------------------------------------
def _meta(check: Check | None = None, *, option: str | None = None) -> dict[str, Any]:
    """A key's metadata: its check; with `option`, a value only that command-line option sets (not the file)."""
    meta: dict[str, Any] = {"file": option is None}
    if check is not None:
        meta["check"] = check
    if option is not None:
        meta["option"] = option
    return meta


@dataclass(frozen=True, slots=True)
class McuConfig:
    """The MCU the console attaches to; without `url` (and without `--demo`) the console runs on the log alone."""

    url: str | None = field(default=None, metadata=_meta(mcu_url_problem))
    user: str = field(default="admin", metadata=_meta(not_empty))
    password_env: str = field(
        default="MCU_PASSWORD", metadata=_meta(env_name)
    )  # the environment variable holding the password
    password_file: Path | None = field(
        default=None, metadata=_meta(readable_file)
    )  # or a file holding it (wins over password_env)
    ca_bundle: Path | None = field(
        default=None, metadata=_meta(readable_file)
    )  # trust this CA for the MCU's TLS certificate
    conference: str | None = field(
        default=None, metadata=_meta(not_empty)
    )  # follow only this conference (default: every active one)
    page_limit: int | None = field(
        default=None, metadata=_meta(between(1, MAX_PAGE_LIMIT))
    )  # status objects per page


@dataclass(frozen=True, slots=True)
class LogConfig:
    """Where the log is kept; without `url` a SQLite file in the per-user data directory."""

    url: str | None = field(default=None, metadata=_meta(log_url_problem))
    password_env: str | None = field(
        default=None, metadata=_meta(env_name)
    )  # for a PostgreSQL URL written without its password
    password_file: Path | None = field(default=None, metadata=_meta(readable_file))


@dataclass(frozen=True, slots=True)
class UiConfig:
    language: Literal["vi", "en"] = "vi"


@dataclass(frozen=True, slots=True)
class FloorConfig:
    """The floor policy (console.floor.control.FloorPolicy) in seconds, and the layouts of a grant."""

    moderated: bool = True
    auto_advance: bool = False
    max_queue: int | None = field(default=None, metadata=_meta(at_least(1)))
    max_speaking_s: float | None = field(default=None, metadata=_meta(more_than(0)))
    warn_before_s: float = 30.0
    speaker_layout: str | None = field(
        default=None, metadata=_meta(not_empty)
    )  # None: spotlight the speaker instead
    usual_layout: str | None = field(
        default=None, metadata=_meta(not_empty)
    )  # restored after the speaker layout

    def policy(self) -> FloorPolicy:
        return FloorPolicy(
            moderated=self.moderated,
            auto_advance=self.auto_advance,
            max_queue=self.max_queue,
            max_speaking=None if self.max_speaking_s is None else timedelta(seconds=self.max_speaking_s),
            warn_before=timedelta(seconds=self.warn_before_s),
        )


@dataclass(frozen=True, slots=True)
class RegisterConfig:
    """The meeting register's rules (console.register.rules) and how a live conference is bound to a meeting."""

    lead_time_days: int = 2  # register at least this many days ahead (Bắc Kạn's draft: 3); emergencies exempt
    capacity_ports: int | None = field(
        default=None, metadata=_meta(at_least(1))
    )  # the MCU's ports; None: not checked
    attach_window_min: int = 30  # a conference within this many minutes of a meeting's time is that meeting
    # a conference empty this long has ended: its meeting row ends, and the next start is a new meeting
    empty_end_min: float = field(default=10.0, metadata=_meta(more_than(0)))

    def rules(self) -> RegisterRules:
        return RegisterRules(
            lead_time=timedelta(days=self.lead_time_days), capacity_ports=self.capacity_ports
        )

    @property
    def attach_window(self) -> timedelta:
        return timedelta(minutes=self.attach_window_min)

    @property
    def empty_end(self) -> timedelta:
        return timedelta(minutes=self.empty_end_min)


@dataclass(frozen=True, slots=True)
class ReadinessConfig:
    """A registered meeting's readiness deadlines and the automatic checks of its test runs (console.readiness)."""

    notify_before_h: float = field(default=24.0, metadata=_meta(more_than(0)))  # provider and power told
    first_run_half_day: bool = (
        False  # the first test run half a day ahead [000 §7.1b], not one day [002 §9.2]
    )
    second_run_before_min: float = field(default=60.0, metadata=_meta(more_than(0)))
    checks_before_min: float = field(default=30.0, metadata=_meta(more_than(0)))  # every site checked
    link_sustain_s: float = field(
        default=30.0, metadata=_meta(more_than(0))
    )  # loss and jitter green this long
    min_video_kbps: float = field(default=64.0, metadata=_meta(at_least(0)))  # picture: video bitrate above …
    min_fps: float = field(default=5.0, metadata=_meta(at_least(0)))  # … and frame rate above
    min_audio_kbps: float = field(default=1.0, metadata=_meta(at_least(0)))  # sound: audio bitrate above
    # a scheduled test run (opened by a running console) stays open this long from its scheduled time
    scheduled_run_min: float = field(default=30.0, metadata=_meta(more_than(0)))

    def rules(self) -> ReadinessRules:
        return ReadinessRules(
            notify_before=timedelta(hours=self.notify_before_h),
            first_run_before=timedelta(hours=12 if self.first_run_half_day else 24),
            second_run_before=timedelta(minutes=self.second_run_before_min),
            checks_before=timedelta(minutes=self.checks_before_min),
            link_sustain_s=self.link_sustain_s,
            min_video_kbps=self.min_video_kbps,
            min_fps=self.min_fps,
            min_audio_kbps=self.min_audio_kbps,
            scheduled_run=timedelta(minutes=self.scheduled_run_min),
        )


@dataclass(frozen=True, slots=True)
class AccessConfig:
    """Passwords and the lock-out after failed sign-ins (console.access.AccessPolicy)."""

    min_password_length: int = field(default=10, metadata=_meta(between(8, 1024)))
    max_failures: int = field(default=5, metadata=_meta(between(1, 1000)))  # failed sign-ins …
    failure_window_s: float = field(default=900.0, metadata=_meta(more_than(0)))  # … within this long …
    lockout_s: float = field(default=900.0, metadata=_meta(more_than(0)))  # … lock the account this long
    # the window locks after this many idle minutes for a supervisor or administrator (0: never); never for a
    # person holding the operator role (the operator's session stays until handed over)
    idle_lock_min: float = field(default=10.0, metadata=_meta(between(0, 24 * 60)))

    def policy(self) -> AccessPolicy:
        from console.access.passwords import AccessPolicy  # argon2 loads only for the commands that use it

        return AccessPolicy(
            min_password_length=self.min_password_length,
            max_failures=self.max_failures,
            failure_window=timedelta(seconds=self.failure_window_s),
            lockout=timedelta(seconds=self.lockout_s),
        )


@dataclass(frozen=True, slots=True)
class AuditConfig:
    """The audit trail's key file (see `audit_key_path`: BRIDGEWALL_AUDIT_KEY_FILE wins over `key_file`)."""

    key_file: Path | None = None  # default: audit.key in the per-user data directory


AUDIT_KEY_ENV = "BRIDGEWALL_AUDIT_KEY_FILE"  # console.access.keyfile.ENV_VAR (a test keeps them equal)
AUDIT_KEY_FILENAME = "audit.key"


def audit_key_path(config: Config, environ: Mapping[str, str] = os.environ) -> Path:
    """The audit key file: the environment's BRIDGEWALL_AUDIT_KEY_FILE, else `[audit] key_file`, else
    `audit.key` in the per-user data directory (beside the default log)."""
    named = environ.get(AUDIT_KEY_ENV, "").strip()
    if named:
        return Path(named).expanduser().absolute()
    if config.audit.key_file is not None:
        return config.audit.key_file
    return Path(platformdirs.user_data_dir(APP_NAME)) / AUDIT_KEY_FILENAME


@dataclass(frozen=True, slots=True)
class DemoConfig:
    """The demo profile's simulator; `enabled` only by `--demo`, never by the file."""

    sites: int = field(default=150, metadata=_meta(between(1, MAX_SITES)))
    scenario: str = field(default="flaky", metadata=_meta(scenario_problem))
    seed: int = 1
    enabled: bool = field(default=False, metadata=_meta(option="--demo"))


@dataclass(frozen=True, slots=True)
class Config:
    mcu: McuConfig = field(default_factory=McuConfig)
    log: LogConfig = field(default_factory=LogConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    health: Thresholds = field(default_factory=Thresholds)
    incidents: IncidentRules = field(default_factory=IncidentRules)
    floor: FloorConfig = field(default_factory=FloorConfig)
    register: RegisterConfig = field(default_factory=RegisterConfig)
    readiness: ReadinessConfig = field(default_factory=ReadinessConfig)
    access: AccessConfig = field(default_factory=AccessConfig)
    audit: AuditConfig = field(default_factory=AuditConfig)
    demo: DemoConfig = field(default_factory=DemoConfig)
    source: Path | None = field(default=None, metadata={"file": False})  # the file read, if any


# Checks on sections whose dataclasses live elsewhere (the core's own types, used as they are).
FIELD_CHECKS: dict[tuple[type, str], Check] = {
    (Thresholds, "bitrate_green_ratio"): between(0, 1),
    (Thresholds, "bitrate_red_ratio"): between(0, 1),
    (Thresholds, "nominal_kbps"): more_than(0),
    (Thresholds, "reference_half_life_s"): more_than(0),
    (Thresholds, "window_s"): more_than(0),
    (IncidentRules, "storm_min"): at_least(2),
}


Blame = list[tuple[str, str]]  # (key, what is wrong with it), most likely culprit first


def _order(low: str, high: str) -> Callable[[Any], Blame | None]:
    def check(section: Any) -> Blame | None:
        a, b = getattr(section, low), getattr(section, high)
        if a <= b:
            return None
        return [
            (high, f"must not be below {low} ({a:g}), not {b:g}"),
            (low, f"must not be above {high} ({b:g})"),
        ]

    return check


def _one_password(section: Any) -> Blame | None:
    if section.password_env is not None and section.password_file is not None:
        return [
            (k, "give password_env or password_file, not both") for k in ("password_file", "password_env")
        ]
    if (section.password_env or section.password_file) and re.search(r"://[^/@]*:[^/@]*@", section.url or ""):
        message = "the log URL holds a password: leave it out, or drop password_env and password_file"
        return [(k, message) for k in ("url", "password_env", "password_file")]
    return None


# Rules across keys of one section; the first key of the blame that the file gives is named, else the first.
SECTION_CHECKS: dict[type, list[Callable[[Any], Blame | None]]] = {
    Thresholds: [
        _order("loss_amber", "loss_red"),
        _order("jitter_amber", "jitter_red"),
        _order("bitrate_red_ratio", "bitrate_green_ratio"),
    ],
    LogConfig: [_one_password],
}


# --- reading ----------------------------------------------------------------------------------------------
def sections() -> dict[str, type]:
    """The file's sections: Config's fields that are read from the file, by name."""
    hints = typing.get_type_hints(Config)
    return {f.name: hints[f.name] for f in dataclasses.fields(Config) if f.metadata.get("file", True)}


def keys(section: type) -> dict[str, tuple[Any, dataclasses.Field[Any]]]:
    """A section's keys: name → (type, field), in declaration order."""
    hints = typing.get_type_hints(section)
    return {f.name: (hints[f.name], f) for f in dataclasses.fields(section) if f.metadata.get("file", True)}


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"


def convert(value: Any, hint: Any, base: Path) -> Any:
    """`value` as read from TOML (or the command line) in the key's type; raises ValueError with the reason."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        hint, origin = inner[0], typing.get_origin(inner[0])
    if origin is Literal:
        choices = typing.get_args(hint)
        if value not in choices or isinstance(value, bool):
            raise ValueError(f"expected one of {', '.join(map(repr, choices))}, not {_describe(value)}")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, not {_describe(value)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number, not {_describe(value)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"expected a number, not {_describe(value)}")
        if not math.isfinite(value):
            raise ValueError(f"expected a finite number, not {_describe(value)}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ValueError(f"expected a string, not {_describe(value)}")
        return value
    if hint is Path:
        if not isinstance(value, str | Path) or not str(value):
            raise ValueError(f"expected a file name, not {_describe(value)}")
        path = Path(value).expanduser()
        return path if path.is_absolute() else base / path
    raise TypeError(f"a configuration key of type {hint!r} is not supported")  # a programming error


def check_value(section: type, name: str, value: Any) -> str | None:
    """What is wrong with a converted value of `section.name`, or None."""
    if value is None:
        return None
    _hint, f = keys(section)[name]
    check: Check | None = f.metadata.get("check") or FIELD_CHECKS.get((section, name))
    if check is None and isinstance(value, int | float) and not isinstance(value, bool):
        check = at_least(0)  # a count, a threshold, a duration: never negative
    return check(value) if check is not None else None


class _Where:
    """Names a key and, for a file, its line."""

    def __init__(self, source: Path | None, text: str | None) -> None:
        self.source = source
        self.lines = key_lines(text) if text is not None else {}

    def error(self, path: tuple[str, ...], problem: str) -> ConfigError:
        dotted = ".".join(path)
        if self.source is None:
            return ConfigError(f"{dotted}: {problem}")
        line = self.line(path)
        at = f"{self.source}:{line}" if line is not None else str(self.source)
        return ConfigError(f"{at}: {dotted}: {problem}")

    def line(self, path: tuple[str, ...]) -> int | None:
        if path in self.lines:
            return self.lines[path]
        below = [n for p, n in self.lines.items() if p[: len(path)] == path]
        return min(below) if below else None


def _section(cls: type, table: Mapping[str, Any], name: str, where: _Where, base: Path) -> Any:
    known = keys(cls)
    values: dict[str, Any] = {}
    for key, raw in table.items():
        if key not in known:
            option = _cli_only(cls).get(key)
            problem = f"set only on the command line ({option})" if option else None
            raise where.error((name, key), problem or f"unknown key (known: {', '.join(known) or 'none'})")
        try:
            value = convert(raw, known[key][0], base)
        except ValueError as exc:
            raise where.error((name, key), str(exc)) from None
        problem = check_value(cls, key, value)
        if problem is not None:
            raise where.error((name, key), problem)
        values[key] = value
    made = _make(cls, values, name, where)
    for rule in SECTION_CHECKS.get(cls, ()):
        blame = rule(made)
        if blame is not None:
            key, message = next(((k, m) for k, m in blame if k in table), blame[0])
            raise where.error((name, key), message)
    return made


def _cli_only(cls: type) -> dict[str, str]:
    """Keys only the command line sets → the option that does."""
    return {
        f.name: f.metadata.get("option", "")
        for f in dataclasses.fields(cls)
        if not f.metadata.get("file", True)
    }


def _make(cls: type, values: dict[str, Any], name: str, where: _Where) -> Any:
    try:
        return cls(**values)
    except ValueError as exc:  # the dataclass's own check (e.g. FloorPolicy's)
        raise where.error((name,), str(exc)) from None


def from_document(doc: Mapping[str, Any], *, source: Path | None = None, text: str | None = None) -> Config:
    """A checked Config from a parsed TOML document; `text` (the file's) gives errors their line."""
    where = _Where(source, text)
    base = source.parent if source is not None else Path.cwd()
    known = sections()
    made: dict[str, Any] = {}
    for name, table in doc.items():
        if name not in known:
            raise where.error((name,), f"unknown section (known: {', '.join(known)})")
        if not isinstance(table, dict):
            raise where.error((name,), f"expected a table [{name}], not {_describe(table)}")
        made[name] = _section(known[name], table, name, where, base)
    config = Config(**made, source=source)
    try:
        config.floor.policy()
    except ValueError as exc:
        raise where.error(("floor",), str(exc)) from None
    return config


def load_config(path: Path | None = None, *, required: bool = False) -> Config:
    """Read and check the file at `path` (default: `default_config_path()`).

    A missing file is every default unless `required` (a file named on the command line): then it is an error.
    """
    path = path if path is not None else default_config_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if required:
            raise ConfigError(f"no configuration file at {path}") from None
        return Config()
    except IsADirectoryError:
        raise ConfigError(f"cannot read the configuration {path}: it is a directory") from None
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration {path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return from_document(doc, source=path, text=text)


def override(config: Config, dotted: str, value: Any, label: str) -> Config:
    """`config` with `section.key` set to `value` (from the command line), checked as the file's value would be.

    Errors name `label` (the option, e.g. `--mcu`).
    """
    name, _, key = dotted.partition(".")
    section = getattr(config, name)
    cls = type(section)
    hints = typing.get_type_hints(cls)
    try:
        converted = convert(value, hints[key], Path.cwd()) if value is not None else None
    except ValueError as exc:
        raise ConfigError(f"{label}: {exc}") from None
    problem = check_value(cls, key, converted) if key in keys(cls) else None
    if problem is not None:
        raise ConfigError(f"{label}: {problem}")
    changed = dataclasses.replace(section, **{key: converted})
    for rule in SECTION_CHECKS.get(cls, ()):
        blame = rule(changed)
        if blame is not None:
            message = next((m for k, m in blame if k == key), blame[0][1])
            raise ConfigError(f"{label}: {message}")
    return dataclasses.replace(config, **{name: changed})


def mcu_password(mcu: McuConfig, environ: Mapping[str, str] = os.environ) -> str:
    """The MCU's password: the file's first line when `password_file` is set, else the environment variable."""
    if mcu.password_file is not None:
        return _first_line(mcu.password_file)
    return environ.get(mcu.password_env, "")


def credentials_in_clear(config: Config, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether the MCU's password would travel unencrypted: a `pexip+http://` address and a password to send."""
    url = config.mcu.url
    if url is None or url.partition("://")[0].lower() != "pexip+http":
        return False
    try:
        return bool(mcu_password(config.mcu, environ))
    except ConfigError:  # an unreadable password file: said when the MCU is attached
        return False


def log_password(log: LogConfig, environ: Mapping[str, str] = os.environ) -> str | None:
    """The log's password from its file or environment variable, or None when neither is set."""
    if log.password_file is not None:
        return _first_line(log.password_file)
    if log.password_env is not None:
        return environ.get(log.password_env)
    return None


def _first_line(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the password file {path}: {exc}") from None
    return lines[0] if lines else ""


# --- where keys are in the file -----------------------------------------------------------------------------
_BARE = r"[A-Za-z0-9_-]+"
_PART = rf"(?:{_BARE}|\"(?:[^\"\\]|\\.)*\"|'[^']*')"
_DOTTED = rf"{_PART}(?:\s*\.\s*{_PART})*"
_HEADER = re.compile(rf"^\s*\[\[?\s*(?P<name>{_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(rf"^\s*(?P<key>{_DOTTED})\s*=(?P<value>.*)$")
_STRING = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in re.findall(_PART, dotted) if p.strip(" ."))


def _multiline_opener(value: str) -> str | None:
    """The delimiter of a multi-line string that `value` opens and does not close, if any."""
    for quote in ('"""', "'''"):
        if value.count(quote) % 2 == 1:
            return quote
    return None


def _depth(value: str) -> int:
    """How many brackets `value` leaves open (strings and comments aside): a list continued on later lines."""
    bare = _STRING.sub("", value).split("#", 1)[0]
    return bare.count("[") + bare.count("{") - bare.count("]") - bare.count("}")


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Each key's and table's full dotted path → its line (1-based), found by scanning the text.

    tomllib gives no positions; a TOML file tomllib accepted keeps one key per line outside multi-line strings
    and lists, which is all this has to follow.
    """
    found: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    lines: Iterator[tuple[int, str]] = enumerate(text.splitlines(), start=1)
    for number, line in lines:
        header = _HEADER.match(line)
        if header:
            table = _parts(header.group("name"))
            found.setdefault(table, number)
            continue
        match = _KEY.match(line)
        if not match:
            continue
        found.setdefault((*table, *_parts(match.group("key"))), number)
        value = match.group("value")
        quote = _multiline_opener(value)
        depth = _depth(value) if quote is None else 0
        while quote is not None or depth > 0:
            try:
                _n, more = next(lines)
            except StopIteration:
                break
            if quote is not None:
                if more.count(quote) % 2 == 1:
                    quote = None
                continue
            depth += _depth(more)
    return found
