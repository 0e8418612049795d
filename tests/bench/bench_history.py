"""history_incidents_year / history_attendance_year: opening the history view's incidents and attendance tabs on a
year of a 150-site province's log, against the raw SELECT of the same rows.

The log (a real SQLite file) holds a year of one province: 150 sites in five clusters, a registered meeting every
working day (250) with every site expected and most attending (about 36 000 spans, some late, some dropped and
back), 3 000 incidents with cause and fix, 12 000 commands. Opening a tab is what the window waits for: the
session's read and its figures (`HistoryReader.rows`), then the model taking the rows and showing its first page.
The floor is `SELECT *` of the same incident rows, or of the attendance spans of the same meetings, read into
tuples: the ratio is what the report's definitions, the registry lookups and the first page cost on top of
reading the rows at all. `*_search` is the first search over every row of the tab, on the window's thread.
"""

from __future__ import annotations

import random
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from console.domain import LOCAL_TZ, IncidentKind, Severity, Site, Tier
from console.domain.register import Booking, MeetingState
from console.runtime.bridge import HistoryQuery
from console.runtime.history import HistoryKind, HistoryReader
from db.engine import open_database
from db.models import AttendanceRow, CommandRow, IncidentRow
from db.register import add_bookings
from db.sites import save_network
from tests.bench.figures import Figure, median_ms, paired_ms
from widgets.history.model import HistoryFilter, HistoryModel
from widgets.shell.app import create_application

SITES = 150
YEAR = 2025
START = datetime(YEAR - 1, 12, 31, 17, tzinfo=UTC)  # 1 January, local midnight
END = datetime(YEAR, 12, 31, 17, tzinfo=UTC)
NOW = END + timedelta(days=10)


def province() -> list[Site]:
    top = Site(
        "P.UBND",
        "UBND tỉnh Điện Biên",
        Tier.PROVINCE,
        None,
        "UBND tỉnh",
        "",
        "10.0.0.1",
        province="Điện Biên",
    )
    sites = [top]
    for i in range(1, SITES):
        cluster = f"Cụm {i % 5 + 1}"
        tier = Tier.DISTRICT if i < 11 else Tier.COMMUNE
        parent = "P.UBND" if tier is Tier.DISTRICT else f"H.{i % 10 + 1:02d}"
        code = f"H.{i:02d}" if tier is Tier.DISTRICT else f"X.{i:03d}"
        name = f"UBND huyện số {i}" if tier is Tier.DISTRICT else f"UBND xã Mường {i}"
        sites.append(
            Site(
                code,
                name,
                tier,
                parent,
                f"UBND {name}",
                "",
                f"10.0.{i // 250}.{i % 250 + 2}",
                cluster=cluster,
                province="Điện Biên",
            )
        )
    return sites


def fill_year(engine: Engine, seed: int = 7) -> None:
    rng = random.Random(seed)
    sites = province()
    codes = [s.code for s in sites]
    with Session(engine) as s:
        save_network(s, sites)
        days = [START + timedelta(days=d, hours=8) for d in range(365)]  # 08:00 in Hà Nội
        working = [d for d in days if d.astimezone(LOCAL_TZ).weekday() < 5][:250]
        ids = add_bookings(
            s,
            [
                Booking(
                    f"Giao ban ngày {d.astimezone(LOCAL_TZ):%d/%m}",
                    "UBND tỉnh",
                    "P.UBND",
                    d,
                    d + timedelta(hours=2),
                    tuple(codes[1:]),
                    conference="giaoban",
                    registered_at=d - timedelta(days=3),
                    registered_by="ops",
                    state=MeetingState.HELD,
                )
                for d in working
            ],
        )
        spans = []
        for meeting, d in zip(ids, working, strict=True):
            for code in codes:
                r = rng.random()
                if r < 0.04:
                    continue  # absent
                late = timedelta(minutes=rng.randint(10, 40)) if r < 0.12 else timedelta(0)
                joined = d + late
                if r > 0.97:  # dropped and back
                    spans.append(
                        {
                            "meeting_id": meeting,
                            "site": code,
                            "joined_at": joined,
                            "left_at": d + timedelta(minutes=50),
                        }
                    )
                    joined = d + timedelta(minutes=55)
                spans.append(
                    {
                        "meeting_id": meeting,
                        "site": code,
                        "joined_at": joined,
                        "left_at": d + timedelta(hours=2),
                    }
                )
        s.execute(insert(AttendanceRow), spans)
        kinds, severities = list(IncidentKind), list(Severity)
        incidents = []
        for _ in range(3000):
            opened = START + timedelta(seconds=rng.randint(0, 364 * 86400))
            incidents.append(
                {
                    "site": rng.choice(codes),
                    "kind": rng.choice(kinds),
                    "severity": rng.choice(severities),
                    "opened_at": opened,
                    "resolved_at": opened + timedelta(minutes=rng.randint(1, 240)),
                    "cause": "Đứt cáp quang",
                    "fix": "Nhà mạng hàn lại cáp",
                }
            )
        s.execute(insert(IncidentRow), incidents)
        s.execute(
            insert(CommandRow),
            [
                {
                    "actor": "lan",
                    "action": "mute_audio",
                    "target": rng.choice(codes),
                    "args": {},
                    "sent_at": START + timedelta(seconds=rng.randint(0, 364 * 86400)),
                    "result": "ok",
                    "detail": "",
                    "rtt_ms": 40.0,
                }
                for _ in range(12000)
            ],
        )
        s.commit()


def run() -> dict[str, Figure]:
    create_application("vi")
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(f"sqlite:///{Path(tmp) / 'year.sqlite3'}")
        try:
            fill_year(engine)
            reader = HistoryReader(engine, now=lambda: NOW)
            figures: dict[str, Figure] = {}
            raw = {
                HistoryKind.INCIDENTS: text(
                    "SELECT * FROM incidents WHERE opened_at < :end AND (resolved_at IS NULL OR resolved_at > :start)"
                ),
                HistoryKind.ATTENDANCE: text(
                    "SELECT a.* FROM attendance a JOIN meetings m ON a.meeting_id = m.id "
                    "WHERE m.start_at >= :start AND m.start_at < :end"
                ),
            }
            for kind, name in (
                (HistoryKind.INCIDENTS, "history_incidents_year"),
                (HistoryKind.ATTENDANCE, "history_attendance_year"),
            ):
                model = HistoryModel(kind)
                rows_seen: list[int] = []

                def open_tab(
                    kind: HistoryKind = kind, model: HistoryModel = model, seen: list[int] = rows_seen
                ) -> None:
                    found = reader.rows(HistoryQuery(kind.value, START, END))
                    model.set_rows(found.rows)
                    seen.append(len(found.rows))

                def floor(kind: HistoryKind = kind) -> None:
                    with engine.connect() as c:
                        list(map(tuple, c.execute(raw[kind], {"start": START, "end": END})))

                ours, base = paired_ms(open_tab, floor, repeats=5)
                figures[name] = Figure(ours, "ms", base)
                figures[f"{name}_rows"] = Figure(float(rows_seen[-1]), "rows")
                # the window's own work on that tab: the first search over every row (no floor)
                proxy = HistoryFilter()
                proxy.setSourceModel(model)

                def search(proxy: HistoryFilter = proxy, model: HistoryModel = model) -> None:
                    model.set_rows(tuple(model.all_rows()))
                    proxy.set_search("muong 12")
                    proxy.set_search("")

                figures[f"{name}_search"] = Figure(median_ms(search, repeats=5, warmup=1), "ms")
            return figures
        finally:
            engine.dispose()


if __name__ == "__main__":
    for key, figure in run().items():
        print(key, figure.as_json())
