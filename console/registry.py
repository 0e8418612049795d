"""The demo network: one real province's sites, read from `resources/network/`.

File format (JSON, UTF-8): {"province": str, "sites": [site, ...]} where a site is
{"code", "name", "tier", "parent", "district", "agency", "room", "address",
 "technicians": [{"name", "unit", "position", "phone", "email"}],
 "provider": {"organisation", "name", "phone", "email"} | null,
 "power": {"organisation", "name", "phone", "email"} | null}.
Parents come before their children.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

import orjson

from console.domain import Contact, Site, Technician, Tier

# The bundled files (networks, translations, fonts) are the `resources` package's data, found through
# importlib.resources wherever the console is installed. A wheel installs them unpacked, so each is a real file
# that Qt can open by its path.
RESOURCES = Path(str(files("resources")))
DEMO_NETWORK = RESOURCES / "network" / "dien_bien.json"


class NetworkFileError(ValueError):
    """The network file is unreadable or inconsistent; the message says where."""


def _contact(raw: dict[str, Any] | None) -> Contact | None:
    if not raw:
        return None
    return Contact(str(raw["organisation"]), str(raw["name"]), str(raw["phone"]), str(raw.get("email", "")))


def parse_site(raw: dict[str, Any]) -> Site:
    return Site(
        code=str(raw["code"]),
        name=str(raw["name"]),
        tier=Tier(raw["tier"]),
        parent=raw.get("parent"),
        district=raw.get("district"),
        agency=str(raw.get("agency", "")),
        room=str(raw.get("room", "")),
        address=str(raw.get("address", "")),
        technicians=tuple(
            Technician(
                str(t["name"]), str(t["unit"]), str(t["position"]), str(t["phone"]), str(t.get("email", ""))
            )
            for t in raw.get("technicians", ())
        ),
        provider=_contact(raw.get("provider")),
        power=_contact(raw.get("power")),
    )


def load_network(path: Path = DEMO_NETWORK) -> list[Site]:
    """Read and check a network file: unique codes, known parents listed before children."""
    try:
        doc = orjson.loads(path.read_bytes())
        raw_sites = doc["sites"]
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError) as exc:
        raise NetworkFileError(f"{path}: {exc}") from exc
    sites: list[Site] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_sites):
        try:
            site = parse_site(raw)
        except (KeyError, ValueError, TypeError) as exc:
            raise NetworkFileError(f"{path}: site #{i}: {exc!r}") from exc
        if site.code in seen:
            raise NetworkFileError(f"{path}: duplicate site code {site.code}")
        if site.parent is not None and site.parent not in seen:
            raise NetworkFileError(f"{path}: site {site.code} names unknown or later parent {site.parent}")
        seen.add(site.code)
        sites.append(site)
    return sites
