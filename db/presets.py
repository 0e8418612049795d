"""Camera presets per site and the control center's layout presets.

Plain functions taking a `Session` (nothing here commits: the caller owns the transaction), and `PresetBook`,
which gives each call its own session and commit for callers that run one action at a time off the event loop:
it implements `console.records.PresetBook` (`console.presets.camera.SitePresets` works through it). Reads return
the frozen dataclasses of `console.domain`, never rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console import records as core
from console.domain import CameraPreset, LayoutPreset
from db.engine import session_factory
from db.models import CameraPresetRow, LayoutPresetRow, SiteRow
from db.records import RecordNotFound

T = TypeVar("T")


# --- camera presets ---------------------------------------------------------------------------------------------


def _site_id(session: Session, site: str) -> int:
    site_id = session.scalar(select(SiteRow.id).where(SiteRow.code == site))
    if site_id is None:
        raise RecordNotFound(f"no site with code {site}")
    return site_id


def _to_camera(row: CameraPresetRow, site: str) -> CameraPreset:
    return CameraPreset(
        site=site,
        slot=row.slot,
        name=row.name,
        pan=row.pan,
        tilt=row.tilt,
        zoom=row.zoom,
        seat=row.seat_chart,
        calibrated_by=row.calibrated_by,
        calibrated_at=row.calibrated_at,
        speaker=row.speaker,
        id=row.id,
    )


def _camera_row(session: Session, site: str, slot: int) -> CameraPresetRow | None:
    return session.scalar(
        select(CameraPresetRow).where(
            CameraPresetRow.site_id == _site_id(session, site), CameraPresetRow.slot == slot
        )
    )


def save_camera_preset(session: Session, preset: CameraPreset) -> CameraPreset:
    """Insert or replace the preset in (site, slot); returns it as stored. The site must be in the registry.

    With `preset.speaker` set, the site's other presets stop being its speaker preset.
    """
    site_id = _site_id(session, preset.site)
    row = session.scalar(
        select(CameraPresetRow).where(CameraPresetRow.site_id == site_id, CameraPresetRow.slot == preset.slot)
    )
    if row is None:
        row = CameraPresetRow(site_id=site_id, slot=preset.slot)
        session.add(row)
    row.name = preset.name
    row.pan, row.tilt, row.zoom = preset.pan, preset.tilt, preset.zoom
    row.seat_chart = preset.seat
    row.calibrated_by = preset.calibrated_by
    row.calibrated_at = preset.calibrated_at
    row.speaker = preset.speaker
    session.flush()
    if preset.speaker:
        _clear_speaker(session, site_id, keep=row.id)
    return _to_camera(row, preset.site)


def camera_presets(session: Session, site: str) -> list[CameraPreset]:
    """A site's presets by slot ([] for a site with none; RecordNotFound for an unknown site)."""
    site_id = _site_id(session, site)
    rows = session.scalars(
        select(CameraPresetRow).where(CameraPresetRow.site_id == site_id).order_by(CameraPresetRow.slot)
    )
    return [_to_camera(r, site) for r in rows]


def camera_preset(session: Session, site: str, slot: int) -> CameraPreset | None:
    row = _camera_row(session, site, slot)
    return None if row is None else _to_camera(row, site)


def rename_camera_preset(
    session: Session, site: str, slot: int, name: str, seat: str | None = None
) -> CameraPreset:
    """Change a preset's name (and seat-chart position unless None); its position is the camera's, untouched."""
    row = _camera_row(session, site, slot)
    if row is None:
        raise RecordNotFound(f"no camera preset {slot} for site {site}")
    row.name = name
    if seat is not None:
        row.seat_chart = seat
    session.flush()
    return _to_camera(row, site)


def delete_camera_preset(session: Session, site: str, slot: int) -> bool:
    row = _camera_row(session, site, slot)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def _clear_speaker(session: Session, site_id: int, keep: int | None = None) -> None:
    for row in session.scalars(
        select(CameraPresetRow).where(CameraPresetRow.site_id == site_id, CameraPresetRow.speaker.is_(True))
    ):
        if row.id != keep:
            row.speaker = False
    session.flush()


def set_speaker_preset(session: Session, site: str, slot: int | None) -> None:
    """Make `slot` the site's only speaker preset; None leaves the site without one."""
    site_id = _site_id(session, site)
    keep: int | None = None
    if slot is not None:
        row = _camera_row(session, site, slot)
        if row is None:
            raise RecordNotFound(f"no camera preset {slot} for site {site}")
        row.speaker = True
        keep = row.id
    _clear_speaker(session, site_id, keep)


def speaker_preset(session: Session, site: str) -> CameraPreset | None:
    """The preset the floor control recalls when it grants `site` the floor."""
    row = session.scalar(
        select(CameraPresetRow)
        .where(CameraPresetRow.site_id == _site_id(session, site), CameraPresetRow.speaker.is_(True))
        .order_by(CameraPresetRow.slot)
    )
    return None if row is None else _to_camera(row, site)


# --- layout presets ---------------------------------------------------------------------------------------------


def _to_layout(row: LayoutPresetRow) -> LayoutPreset:
    return LayoutPreset(
        layout=row.layout,
        name=row.name,
        sites=tuple(row.pinned_sites or ()),
        overlay=row.overlay,
        ordinal=row.ordinal,
        id=row.id,
    )


def save_layout_preset(session: Session, preset: LayoutPreset) -> LayoutPreset:
    """Insert (no id) or update (id) a named layout preset; names are unique. Returns it as stored."""
    if preset.plain:
        raise ValueError("a layout preset needs a name")
    if preset.id is None:
        row = LayoutPresetRow()
        session.add(row)
    else:
        found = session.get(LayoutPresetRow, preset.id)
        if found is None:
            raise RecordNotFound(f"no layout preset with id {preset.id}")
        row = found
    row.name = preset.name
    row.layout = preset.layout
    row.pinned_sites = list(preset.sites)
    row.overlay = preset.overlay
    row.ordinal = preset.ordinal
    session.flush()
    return _to_layout(row)


def layout_presets(session: Session) -> list[LayoutPreset]:
    """Every named layout preset in the bar's order (ordinal, then name)."""
    rows = session.scalars(select(LayoutPresetRow).order_by(LayoutPresetRow.ordinal, LayoutPresetRow.name))
    return [_to_layout(r) for r in rows]


def delete_layout_preset(session: Session, preset_id: int) -> bool:
    row = session.get(LayoutPresetRow, preset_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


# --- one action, one transaction --------------------------------------------------------------------------------


class PresetBook(core.PresetBook):
    """The functions above on `engine`, each in its own session and committed (blocking: run off the loop)."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = session_factory(engine)

    def _run(self, work: Callable[[Session], T]) -> T:
        with self._sessions() as session:
            result = work(session)
            session.commit()
            return result

    def camera_presets(self, site: str) -> list[CameraPreset]:
        return self._run(lambda s: camera_presets(s, site))

    def save_camera_preset(self, preset: CameraPreset) -> CameraPreset:
        return self._run(lambda s: save_camera_preset(s, preset))

    def rename_camera_preset(self, site: str, slot: int, name: str, seat: str | None) -> CameraPreset:
        return self._run(lambda s: rename_camera_preset(s, site, slot, name, seat))

    def delete_camera_preset(self, site: str, slot: int) -> bool:
        return self._run(lambda s: delete_camera_preset(s, site, slot))

    def set_speaker_preset(self, site: str, slot: int | None) -> None:
        self._run(lambda s: set_speaker_preset(s, site, slot))

    def speaker_preset(self, site: str) -> CameraPreset | None:
        return self._run(lambda s: speaker_preset(s, site))

    def layout_presets(self) -> list[LayoutPreset]:
        return self._run(layout_presets)

    def save_layout_preset(self, preset: LayoutPreset) -> LayoutPreset:
        return self._run(lambda s: save_layout_preset(s, preset))

    def delete_layout_preset(self, preset_id: int) -> bool:
        return self._run(lambda s: delete_layout_preset(s, preset_id))
