"""The site registry's files (JSON and CSV), their checks, and grouping sites by a chosen field.

JSON (UTF-8): {"province": str (optional, informative), "sites": [site, ...]} where a site is
    {"code", "name", "tier", "parent",                                  required ("parent": null at the top)
     "cluster", "district", "province", "agency", "room", "address",    optional text
     "camera": "host:port" | null (far-end camera control through the MCU),
     "technicians": [{"name", "unit", "position", "phone", "email", "side": "party" | "government"}],
     "provider": {"organisation", "name", "phone", "email"} | null,
     "power": {"organisation", "name", "phone", "email"} | null}.
CSV (UTF-8, with or without the BOM Excel writes; `,` or `;`): one row per site, the columns of `CSV_COLUMNS`
with the technicians as technician1_name … technician1_side, technician2_name …, and the contacts as
provider_organisation … power_email. `render_json`/`render_csv` write what `read_registry` reads back unchanged.

Reading is strict, and a refusal is one line naming the file, the line and the column (`RegistryFileError`): an
unknown column or key, a duplicate code, a parent that is neither in the file nor in the registry, a loop of
parents, a parent of a lower tier, an unknown tier or side, a camera that is not host:port, text that is not UTF-8
or was decoded with the wrong encoding on the way (mojibake such as "Ä‘iá»‡n" for "điện").
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import orjson

from console.domain import Contact, GroupField, Side, Site, Technician, Tier

# The bundled files (networks, translations, fonts) are the `resources` package's data, found through
# importlib.resources wherever the console is installed. A wheel installs them unpacked, so each is a real file
# that Qt can open by its path.
RESOURCES = Path(str(files("resources")))
DEMO_NETWORK = RESOURCES / "network" / "dien_bien.json"

CODE_MAX = 128
TEXT_MAX = 255
PHONE_MAX = 64
BOM = "\ufeff"

SITE_KEYS: tuple[str, ...] = (
    "code",
    "name",
    "tier",
    "parent",
    "cluster",
    "district",
    "province",
    "agency",
    "room",
    "address",
    "camera",
)
REQUIRED: tuple[str, ...] = ("code", "name", "tier", "parent")
TECHNICIAN_KEYS: tuple[str, ...] = ("name", "unit", "position", "phone", "email", "side")
CONTACT_KEYS: tuple[str, ...] = ("organisation", "name", "phone", "email")
CONTACTS: tuple[str, ...] = ("provider", "power")
JSON_SITE_KEYS = frozenset((*SITE_KEYS, "technicians", *CONTACTS))
CSV_CONTACT_COLUMNS: tuple[str, ...] = tuple(f"{c}_{k}" for c in CONTACTS for k in CONTACT_KEYS)
TECHNICIAN_COLUMN = re.compile(r"technician([1-9][0-9]?)_(" + "|".join(TECHNICIAN_KEYS) + r")")
CSV_TECHNICIANS_MIN = 2  # columns written for at least this many technicians (a party and a government one)


def csv_columns(technicians: int = CSV_TECHNICIANS_MIN) -> tuple[str, ...]:
    """The CSV header for `technicians` technician groups."""
    techs = tuple(f"technician{n}_{k}" for n in range(1, technicians + 1) for k in TECHNICIAN_KEYS)
    return (*SITE_KEYS, *techs, *CSV_CONTACT_COLUMNS)


CSV_COLUMNS = csv_columns()


class RegistryFileError(ValueError):
    """A registry file refused; `str()` is one line: 'FILE:LINE: COLUMN: what is wrong'."""

    def __init__(self, source: str, line: int | None, column: str | None, message: str) -> None:
        self.source, self.line, self.column, self.message = source, line, column, message
        where = source if line is None else f"{source}:{line}"
        super().__init__(f"{where}: {column}: {message}" if column else f"{where}: {message}")


NetworkFileError = RegistryFileError  # the name the simulator and older callers know


@dataclass(frozen=True, slots=True)
class Entry:
    """A site read from a file and the line it starts on."""

    site: Site
    line: int
    key_lines: Mapping[str, int] = field(
        default_factory=dict
    )  # JSON: the line of the site's "code", "parent"

    def line_of(self, column: str) -> int:
        return self.key_lines.get(column, self.line)


# --- text checks ----------------------------------------------------------------------------------------------
_CP1252 = {ch: b for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", "ignore"))}
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def mojibake(text: str) -> str | None:
    """The garbled part of `text` when it is UTF-8 read as Windows-1252 or Latin-1 ("Ä‘iá»‡n" for "điện"), else None.

    Proper Vietnamese never qualifies: its marked letters outside Latin-1 (đ, ơ, ư, ạ …) break the run, and a
    Latin-1 letter (à, é, ô …) is not followed by the bytes UTF-8 continues a character with.
    """
    raw = bytearray()
    spans: list[int] = []  # index in `text` of each byte
    for i, ch in enumerate(text):
        code = ord(ch)
        if code < 0x100:
            raw.append(code)
        elif ch in _CP1252:
            raw.append(_CP1252[ch])
        else:
            raw.append(0)  # a character no wrong decoding makes: breaks any sequence
        spans.append(i)
    match = _UTF8_SEQUENCE.search(bytes(raw))
    if match is None:
        return None
    start = spans[match.start()]
    end = start
    while end < len(text) and (ord(text[end]) < 0x100 or text[end] in _CP1252) and text[end] != " ":
        end += 1
    while (
        start > 0 and text[start - 1] != " " and (ord(text[start - 1]) < 0x100 or text[start - 1] in _CP1252)
    ):
        start -= 1
    return text[start:end]


_HOST_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


def check_camera(text: str) -> str | None:
    """Why `text` is not a camera address "host:port" (IPv6 in brackets), or None when it is one."""
    host, sep, port = text.rpartition(":")
    if not sep or not host:
        return f"{text!r} is not host:port (e.g. 10.215.1.21:52381)"
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        return f"{text!r}: the port is 1–65535, not {port!r}"
    if host.startswith("[") and host.endswith("]"):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return f"{text!r}: {host} is not an IPv6 address"
        return None
    if ":" in host:
        return f"{text!r} is not host:port (write an IPv6 address in brackets: [fd00::21]:52381)"
    if len(host) > 253 or not all(_HOST_LABEL.fullmatch(label) for label in host.split(".")):
        return f"{text!r}: {host!r} is not a host name or an IP address"
    return None


# --- building a site from a file's fields ---------------------------------------------------------------------
class _Refused(Exception):
    """A field refused: the column and why (the caller adds the file and the line)."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column, self.message = column, message


def _text(value: Any, column: str, limit: int = TEXT_MAX) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Refused(column, f"expected text, not {json.dumps(value, ensure_ascii=False)}")
    text: str = value.strip()
    if _CONTROL.search(text):
        raise _Refused(column, f"a control character in {text!r}")
    garbled = mojibake(text)
    if garbled is not None:
        raise _Refused(
            column,
            f"mojibake {garbled!r}: the text was decoded with the wrong encoding; save the file as UTF-8",
        )
    if len(text) > limit:
        raise _Refused(column, f"longer than {limit} characters")
    return text


def _columns(prefix: str, separator: str) -> Callable[[str], str]:
    """How a file names a field of a technician or a contact: 'technicians[2].side', 'provider_phone'."""
    return lambda key: f"{prefix}{separator}{key}"


def _technician(raw: Mapping[str, Any], col: Callable[[str], str]) -> Technician | None:
    values = {k: _text(raw.get(k), col(k), PHONE_MAX if k == "phone" else TEXT_MAX) for k in TECHNICIAN_KEYS}
    if not any(values.values()):
        return None
    if not values["name"]:
        given = next(k for k in TECHNICIAN_KEYS if values[k])
        raise _Refused(col("name"), f"a technician without a name ({col(given)} is given)")
    side = values["side"].lower() or Side.GOVERNMENT.value
    try:
        side_value = Side(side)
    except ValueError:
        raise _Refused(col("side"), f"unknown side {values['side']!r} (party or government)") from None
    return Technician(
        values["name"], values["unit"], values["position"], values["phone"], values["email"], side_value
    )


def _contact(raw: Mapping[str, Any] | None, col: Callable[[str], str]) -> Contact | None:
    if raw is None:
        return None
    values = {k: _text(raw.get(k), col(k), PHONE_MAX if k == "phone" else TEXT_MAX) for k in CONTACT_KEYS}
    if not any(values.values()):
        return None
    return Contact(values["organisation"], values["name"], values["phone"], values["email"])


def _site(
    raw: Mapping[str, Any],
    technicians: Sequence[tuple[Mapping[str, Any], Callable[[str], str]]],
    contacts: Mapping[str, tuple[Mapping[str, Any] | None, Callable[[str], str]]],
    col: Callable[[str], str],
) -> Site:
    for key in REQUIRED:
        if key not in raw:
            raise _Refused(col(key), "missing")
    code = _text(raw["code"], col("code"), CODE_MAX)
    if not code:
        raise _Refused(col("code"), "empty: every site needs a code")
    if re.search(r"\s", code):
        raise _Refused(col("code"), f"{code!r}: a code has no spaces")
    name = _text(raw["name"], col("name"))
    if not name:
        raise _Refused(col("name"), "empty: every site needs a name")
    tier_text = _text(raw["tier"], col("tier")).lower()
    try:
        tier = Tier(tier_text)
    except ValueError:
        known = ", ".join(t.value for t in Tier)
        raise _Refused(col("tier"), f"unknown tier {tier_text!r} ({known})") from None
    parent = _text(raw["parent"], col("parent"), CODE_MAX) or None
    camera = _text(raw.get("camera"), col("camera"))
    if camera:
        why = check_camera(camera)
        if why is not None:
            raise _Refused(col("camera"), why)
    techs = tuple(t for t in (_technician(r, c) for r, c in technicians) if t is not None)
    return Site(
        code=code,
        name=name,
        tier=tier,
        parent=parent,
        agency=_text(raw.get("agency"), col("agency")),
        room=_text(raw.get("room"), col("room")),
        address=_text(raw.get("address"), col("address")),
        district=_text(raw.get("district"), col("district"), CODE_MAX) or None,
        technicians=techs,
        provider=_contact(*contacts["provider"]),
        power=_contact(*contacts["power"]),
        cluster=_text(raw.get("cluster"), col("cluster")),
        province=_text(raw.get("province"), col("province")),
        camera=camera,
    )


# --- JSON -----------------------------------------------------------------------------------------------------
def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def _site_offsets(text: str) -> list[int]:
    """Where each element of the top-level object's "sites" array starts (the text is valid JSON)."""
    decoder = json.JSONDecoder()
    i = _skip_ws(text, 0)
    if not text.startswith("{", i):
        return []
    i = _skip_ws(text, i + 1)
    while i < len(text) and text[i] != "}":
        key, i = decoder.raw_decode(text, i)
        i = _skip_ws(text, i) + 1  # the colon
        i = _skip_ws(text, i)
        if key == "sites" and text.startswith("[", i):
            offsets: list[int] = []
            i = _skip_ws(text, i + 1)
            while i < len(text) and text[i] != "]":
                offsets.append(i)
                _, i = decoder.raw_decode(text, i)
                i = _skip_ws(text, i)
                if text.startswith(",", i):
                    i = _skip_ws(text, i + 1)
            return offsets
        _, i = decoder.raw_decode(text, i)
        i = _skip_ws(text, i)
        if text.startswith(",", i):
            i = _skip_ws(text, i + 1)
    return []


_COLUMN_PATH = re.compile(r"([A-Za-z_]+)(?:\[([0-9]+)\])?(?:\.([A-Za-z_]+))?")


def _column_path(column: str) -> tuple[str | int, ...] | None:
    """'technicians[2].side' → ('technicians', 1, 'side'); 'provider.phone' → ('provider', 'phone')."""
    match = _COLUMN_PATH.fullmatch(column)
    if match is None:
        return None
    key, index, sub = match.groups()
    path: list[str | int] = [key]
    if index is not None:
        path.append(int(index) - 1)
    if sub is not None:
        path.append(sub)
    return tuple(path)


def _key_offset(text: str, start: int, path: tuple[str | int, ...]) -> int | None:
    """Where the key at `path` is written in the JSON value starting at `start` (valid JSON), or None."""
    stack: list[list[Any]] = []  # per open container: [is_object, key or index]
    i = start
    while i < len(text):
        ch = text[i]
        if ch == '"':
            end = i + 1
            while text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            after = _skip_ws(text, end + 1)
            if stack and stack[-1][0] and text.startswith(":", after):
                stack[-1][1] = json.loads(text[i : end + 1])
                if tuple(frame[1] for frame in stack) == path:
                    return i
            i = end + 1
            continue
        if ch in "{[":
            stack.append([ch == "{", None if ch == "{" else 0])
        elif ch in "}]":
            stack.pop()
            if not stack:
                return None
        elif ch == "," and stack and not stack[-1][0]:
            stack[-1][1] += 1
        i += 1
    return None


def parse_json(text: str, source: str) -> list[Entry]:
    """The sites of a registry JSON text, each with its line; RegistryFileError for anything wrong in it."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegistryFileError(
            source, exc.lineno, None, f"not JSON: {exc.msg} (column {exc.colno})"
        ) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("sites"), list):
        raise RegistryFileError(source, 1, None, 'expected an object with a "sites" list')
    unknown = sorted(set(doc) - {"sites", "province"})
    if unknown:
        raise RegistryFileError(source, 1, unknown[0], 'unknown key (the file has "sites" and "province")')
    offsets = _site_offsets(text)
    lines = [text.count("\n", 0, o) + 1 for o in offsets]
    entries: list[Entry] = []
    for n, raw in enumerate(doc["sites"]):
        line = lines[n] if n < len(lines) else None
        label = f"sites[{n + 1}]"
        try:
            if not isinstance(raw, dict):
                raise _Refused(label, "a site is an object")
            extra = sorted(set(raw) - JSON_SITE_KEYS)
            if extra:
                raise _Refused(extra[0], f"unknown key (a site has {', '.join(sorted(JSON_SITE_KEYS))})")
            techs = raw.get("technicians") or []
            if not isinstance(techs, list):
                raise _Refused("technicians", "expected a list of technicians")
            tech_fields: list[tuple[Mapping[str, Any], Callable[[str], str]]] = []
            for i, t in enumerate(techs, start=1):
                prefix = f"technicians[{i}]"
                if not isinstance(t, dict):
                    raise _Refused(prefix, "a technician is an object")
                bad = sorted(set(t) - set(TECHNICIAN_KEYS))
                if bad:
                    raise _Refused(
                        f"{prefix}.{bad[0]}", f"unknown key (a technician has {', '.join(TECHNICIAN_KEYS)})"
                    )
                tech_fields.append((t, _columns(prefix, ".")))
            contacts: dict[str, tuple[Mapping[str, Any] | None, Callable[[str], str]]] = {}
            for name in CONTACTS:
                c = raw.get(name)
                if c is not None and not isinstance(c, dict):
                    raise _Refused(name, "expected an object or null")
                if c is not None:
                    bad = sorted(set(c) - set(CONTACT_KEYS))
                    if bad:
                        raise _Refused(
                            f"{name}.{bad[0]}", f"unknown key (a contact has {', '.join(CONTACT_KEYS)})"
                        )
                contacts[name] = (c, _columns(name, "."))
            site = _site(raw, tech_fields, contacts, lambda k: k)
        except _Refused as exc:
            path = _column_path(exc.column)
            at = _key_offset(text, offsets[n], path) if path is not None and n < len(offsets) else None
            where = line if at is None else text.count("\n", 0, at) + 1  # the key's own line, when written
            raise RegistryFileError(source, where, exc.column, exc.message) from None
        key_lines = {}
        if n < len(offsets):
            for key in ("code", "parent"):
                at = _key_offset(text, offsets[n], (key,))
                if at is not None:
                    key_lines[key] = text.count("\n", 0, at) + 1
        entries.append(Entry(site, line or 0, key_lines))
    return entries


def site_record(site: Site) -> dict[str, Any]:
    """A site as the JSON file writes it (every key, in the documented order)."""
    return {
        "code": site.code,
        "name": site.name,
        "tier": site.tier.value,
        "parent": site.parent,
        "cluster": site.cluster,
        "district": site.district,
        "province": site.province,
        "agency": site.agency,
        "room": site.room,
        "address": site.address,
        "camera": site.camera or None,
        "technicians": [
            {
                "name": t.name,
                "unit": t.unit,
                "position": t.position,
                "phone": t.phone,
                "email": t.email,
                "side": t.side.value,
            }
            for t in site.technicians
        ],
        "provider": _contact_record(site.provider),
        "power": _contact_record(site.power),
    }


def _contact_record(c: Contact | None) -> dict[str, str] | None:
    if c is None:
        return None
    return {"organisation": c.organisation, "name": c.name, "phone": c.phone, "email": c.email}


def render_json(sites: Iterable[Site], province: str | None = None) -> bytes:
    doc: dict[str, Any] = {} if province is None else {"province": province}
    doc["sites"] = [site_record(s) for s in sites]
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"


# --- CSV ------------------------------------------------------------------------------------------------------
def _csv_column_kind(column: str) -> bool:
    return (
        column in SITE_KEYS
        or column in CSV_CONTACT_COLUMNS
        or TECHNICIAN_COLUMN.fullmatch(column) is not None
    )


def parse_csv(text: str, source: str) -> list[Entry]:
    """The sites of a registry CSV text, each with its line; RegistryFileError for anything wrong in it."""
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise RegistryFileError(source, 1, None, f"not CSV: {exc}") from None
    if header is None or not any(h.strip() for h in header):
        raise RegistryFileError(source, 1, None, "empty: the first line names the columns")
    columns = [h.strip() for h in header]
    seen: set[str] = set()
    for column in columns:
        if not _csv_column_kind(column):
            raise RegistryFileError(
                source, 1, column, "unknown column (see the README, Site registry, for the columns)"
            )
        if column in seen:
            raise RegistryFileError(source, 1, column, "the column is named twice")
        seen.add(column)
    for column in REQUIRED:
        if column not in seen:
            raise RegistryFileError(source, 1, column, "missing column")
    numbers = sorted({int(m.group(1)) for c in columns if (m := TECHNICIAN_COLUMN.fullmatch(c))})
    entries: list[Entry] = []
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            raise RegistryFileError(source, line, None, f"not CSV: {exc}") from None
        if row is None:
            break
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            raise RegistryFileError(
                source, start, None, f"{len(row)} fields, but the first line names {len(columns)} columns"
            )
        raw: dict[str, Any] = dict(zip(columns, row, strict=False))
        try:
            techs = [
                ({k: raw.get(f"technician{n}_{k}") for k in TECHNICIAN_KEYS}, _columns(f"technician{n}", "_"))
                for n in numbers
            ]
            contacts = {
                name: ({k: raw.get(f"{name}_{k}") for k in CONTACT_KEYS}, _columns(name, "_"))
                for name in CONTACTS
            }
            for key in REQUIRED:
                raw.setdefault(key, "")
            site = _site(raw, techs, contacts, lambda k: k)
        except _Refused as exc:
            raise RegistryFileError(source, start, exc.column, exc.message) from None
        entries.append(Entry(site, start))
    return entries


def render_csv(sites: Iterable[Site], *, bom: bool = True) -> bytes:
    """One row per site; starts with the BOM by default, so that Excel reads it as UTF-8 (and saves it back so)."""
    sites = list(sites)
    width = max([CSV_TECHNICIANS_MIN, *(len(s.technicians) for s in sites)])
    columns = csv_columns(width)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for site in sites:
        record = site_record(site)
        cells: dict[str, str] = {k: "" if record[k] is None else str(record[k]) for k in SITE_KEYS}
        for n, t in enumerate(record["technicians"], start=1):
            cells.update({f"technician{n}_{k}": v for k, v in t.items()})
        for name in CONTACTS:
            contact = record[name] or {}
            cells.update({f"{name}_{k}": contact.get(k, "") for k in CONTACT_KEYS})
        writer.writerow([cells.get(c, "") for c in columns])
    return ((BOM if bom else "") + buffer.getvalue()).encode("utf-8")


# --- files ----------------------------------------------------------------------------------------------------
def decode(data: bytes, source: str) -> str:
    """UTF-8 text, with or without a BOM; RegistryFileError naming the line of the first byte that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RegistryFileError(source, 1, None, "UTF-16 text: save the file as UTF-8 (in Excel: CSV UTF-8)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start : exc.start + 1].hex().upper()
        raise RegistryFileError(
            source, line, None, f"not UTF-8 (byte 0x{byte}): save the file as UTF-8 (in Excel: CSV UTF-8)"
        ) from None
    return text.removeprefix(BOM)


def guess_format(path: Path, text: str) -> str:
    """ "json" or "csv": by the file's extension, else by its first character."""
    suffix = path.suffix.lower()
    if suffix in (".json", ".csv"):
        return suffix[1:]
    return "json" if text.lstrip().startswith(("{", "[")) else "csv"


def parse(data: bytes, source: str, fmt: str | None = None, path: Path | None = None) -> list[Entry]:
    text = decode(data, source)
    kind = fmt or guess_format(path or Path(source), text)
    return parse_json(text, source) if kind == "json" else parse_csv(text, source)


def check_network(entries: Sequence[Entry], source: str, stored: Iterable[Site] = ()) -> None:
    """The checks across sites: unique codes, known parents, no loop of parents, no parent of a lower tier.

    `stored` is the registry the file goes into: a parent may be there, and the file's sites replace theirs.
    """
    first: dict[str, int] = {}
    for e in entries:
        if e.site.code in first:
            raise RegistryFileError(
                source,
                e.line_of("code"),
                "code",
                f"duplicate code {e.site.code!r} (first on line {first[e.site.code]})",
            )
        first[e.site.code] = e.line_of("code")
    parents: dict[str, str | None] = {s.code: s.parent for s in stored}
    tiers: dict[str, Tier] = {s.code: s.tier for s in stored}
    for e in entries:
        parents[e.site.code] = e.site.parent
        tiers[e.site.code] = e.site.tier
    for e in entries:
        parent = e.site.parent
        if parent is None:
            continue
        if parent not in parents:
            raise RegistryFileError(
                source,
                e.line_of("parent"),
                "parent",
                f"{parent!r} is neither in the file nor in the registry",
            )
        if tiers[parent].rank > e.site.tier.rank:
            raise RegistryFileError(
                source,
                e.line_of("parent"),
                "parent",
                f"{parent!r} is a {tiers[parent].value} site: a {e.site.tier.value} site cannot hang from it",
            )
    for e in entries:
        path = [e.site.code]
        node = e.site.parent
        while node is not None:
            if node in path:
                loop = " → ".join([*path[path.index(node) :], node])
                raise RegistryFileError(
                    source, e.line_of("parent"), "parent", f"the parents make a loop: {loop}"
                )
            path.append(node)
            node = parents.get(node)


def read_registry(path: Path, fmt: str | None = None, stored: Iterable[Site] = ()) -> list[Site]:
    """Read and check a registry file (JSON or CSV) going into a registry that holds `stored`."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegistryFileError(source, None, None, f"cannot read: {exc.strerror or exc}") from None
    entries = parse(data, source, fmt, path)
    check_network(entries, source, stored)
    return [e.site for e in entries]


def load_network(path: Path = DEMO_NETWORK) -> list[Site]:
    """Read and check a bundled network file (JSON): every parent in the file."""
    return read_registry(path, "json")


# --- grouping -------------------------------------------------------------------------------------------------
class Grouping:
    """Which group each site falls in when grouping by `field`, and each group's title.

    The key "" is the group of sites without a value (no cluster, no district …); `title()` of a district
    key is the district site's name when the registry has it. A site without a province belongs to its
    parent's.
    """

    def __init__(self, registry: Iterable[Site], field: GroupField = GroupField.CLUSTER) -> None:
        self.field = field
        self._by_code = {s.code: s for s in registry}
        self._provinces: dict[str, str] = {}

    def province_of(self, site: Site) -> str:
        chain: list[str] = []
        node: Site | None = site
        found = ""
        while node is not None:
            if node.code in self._provinces:
                found = self._provinces[node.code]
                break
            if node.province:
                found = node.province
                break
            if node.code in chain:  # a loop of parents (never saved): no province
                break
            chain.append(node.code)
            node = self._by_code.get(node.parent) if node.parent is not None else None
        for code in chain:
            self._provinces[code] = found
        return found

    def key(self, site: Site) -> str:
        f = self.field
        if f is GroupField.CLUSTER:
            return site.cluster
        if f is GroupField.DISTRICT:
            return site.district or (site.code if site.tier is Tier.DISTRICT else "")
        if f is GroupField.AGENCY:
            return site.agency
        if f is GroupField.TIER:
            return site.tier.value
        return self.province_of(site)

    def title(self, key: str) -> str:
        if self.field is GroupField.DISTRICT:
            district = self._by_code.get(key)
            if district is not None:
                return district.name
        return key

    def titles(self, keys: Iterable[str]) -> dict[str, str]:
        return {k: self.title(k) for k in set(keys)}
