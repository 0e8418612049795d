"""`report --format xlsx`: every table of the report as a sheet of its own, then the rows behind them (meetings,
incidents, attendance), with XlsxWriter.

Pure: figures in, bytes out. Headers are Vietnamese; times are Excel dates in Asia/Ho_Chi_Minh time; counts,
hours, minutes and shares are numbers; every sheet has its header row frozen and an autofilter over its table.
A text cell that begins with =, +, -, @, a tab or a carriage return is written with a leading apostrophe, so that
no spreadsheet reads it as a formula (also when the sheet is saved again as CSV).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import xlsxwriter

from console.domain.clock import LOCAL_TZ
from console.reports.charts import Chart, charts
from console.reports.figures import UNKNOWN, Figures
from console.reports.labels import KIND, SEVERITY, STATUS, TIER, TIMELINESS, label
from console.reports.period import Period

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """`text`, with an apostrophe in front when a spreadsheet could take it for a formula."""
    return "'" + text if text.startswith(DANGEROUS) else text


def _local(value: datetime) -> datetime:
    return value.astimezone(LOCAL_TZ).replace(tzinfo=None)


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


@dataclass(frozen=True, slots=True)
class _Styled:
    value: Any
    fmt: Any


class _Book:
    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.wb = xlsxwriter.Workbook(self.buffer, {"in_memory": True, "strings_to_numbers": False})
        self.wb.set_properties({"title": "Báo cáo hệ thống hội nghị truyền hình trực tuyến"})
        self.head = self.wb.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#D9E1F2", "border": 1}
        )
        self.when = self.wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
        self.day = self.wb.add_format({"num_format": "dd/mm/yyyy"})
        self.share = self.wb.add_format({"num_format": "0.0%"})
        self.number = self.wb.add_format({"num_format": "0.0"})
        self.title = self.wb.add_format({"bold": True, "italic": True})

    def sheet(
        self,
        name: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        formats: dict[int, Any] | None = None,
    ) -> None:
        ws = self.wb.add_worksheet(name)
        formats = formats or {}
        for c, h in enumerate(headers):
            ws.write_string(0, c, h, self.head)
            ws.set_column(c, c, max(12, min(40, len(h) + 4)))
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                fmt = formats.get(c)
                if isinstance(value, _Styled):
                    value, fmt = value.value, value.fmt
                if value is None:
                    ws.write_blank(r, c, None, fmt)
                elif isinstance(value, bool):
                    ws.write_string(r, c, "Có" if value else "Không")
                elif isinstance(value, datetime):
                    ws.write_datetime(r, c, _local(value), fmt or self.when)
                elif isinstance(value, date):
                    ws.write_datetime(r, c, value, fmt or self.day)
                elif isinstance(value, int | float):
                    ws.write_number(r, c, value, fmt)
                else:
                    ws.write_string(r, c, neutralise(str(value)), fmt)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)

    def charts(self, charts: Sequence[Chart]) -> None:
        """The document's charts as pictures, one under another, on a sheet of their own."""
        ws = self.wb.add_worksheet("Biểu đồ")
        row = 0
        for n, c in enumerate(charts, start=1):
            ws.write_string(row, 0, f"Biểu đồ {n}. {c.caption}", self.title)
            ws.insert_image(
                row + 1,
                0,
                f"{c.key}.png",
                {"image_data": io.BytesIO(c.png), "x_scale": 0.45, "y_scale": 0.45},
            )
            height_px = int.from_bytes(c.png[20:24], "big") * 0.45  # the PNG's IHDR height
            row += 3 + int(height_px / 20)

    def close(self) -> bytes:
        self.wb.close()
        return self.buffer.getvalue()


def render_xlsx(f: Figures, period: Period) -> bytes:
    b = _Book()
    m, a, i = f.meetings, f.attendance, f.incidents
    summary: list[tuple[str, Any]] = [
        ("Từ ngày", period.first),
        ("Đến ngày (hết ngày)", period.last),
        ("Số liệu tính đến", f.as_of),
        ("Cuộc họp đã tổ chức", m.held),
        ("Cuộc họp đăng ký nhưng không tổ chức", m.not_held),
        ("Cuộc họp đã hủy", m.cancelled),
        ("Cuộc họp chưa diễn ra", m.upcoming),
        ("Cuộc họp đột xuất, khẩn cấp", m.emergency),
        ("Cuộc họp không đăng ký", m.unregistered),
        ("Đăng ký đúng hạn", m.on_time),
        ("Đăng ký muộn", m.late),
        ("Tổng số giờ họp", m.hours),
        ("Lượt điểm cầu được mời", a.expected),
        ("Lượt điểm cầu tham dự", a.attended),
        ("Lượt điểm cầu vắng", a.absent),
        ("Tỷ lệ tham dự", _Styled(a.rate, b.share)),
        ("Tổng số sự cố", i.total),
        ("Sự cố chưa khắc phục cuối kỳ", i.open_at_end),
        ("Sự cố chung (nhiều điểm cầu)", i.shared_faults),
        ("Thời gian khắc phục trung bình (phút)", _minutes(i.mttr_all_s)),
    ]
    b.sheet("Tổng hợp", ["Chỉ tiêu", "Giá trị"], summary)
    b.wb.get_worksheet_by_name("Tổng hợp").set_column(0, 0, 42)

    b.sheet("Theo cấp chủ trì", ["Cấp chủ trì", "Số cuộc họp"], [(label(TIER, k), n) for k, n in m.by_tier])
    b.sheet(
        "Theo cơ quan chủ trì",
        ["Cơ quan chủ trì", "Số cuộc họp"],
        [("Không rõ" if k == UNKNOWN else k, n) for k, n in m.by_agency],
    )
    downtime, mttr = dict(i.downtime_s), dict(i.mttr_s)
    b.sheet(
        "Sự cố theo loại",
        ["Loại sự cố", "Số sự cố", "Tổng thời gian khắc phục (phút)", "Thời gian khắc phục TB (phút)"],
        [(label(KIND, k), n, _minutes(downtime.get(k, 0.0)), _minutes(mttr.get(k))) for k, n in i.by_kind],
        {2: b.number, 3: b.number},
    )
    b.sheet(
        "Sự cố theo mức độ",
        ["Mức độ", "Số sự cố"],
        [(label(SEVERITY, k), n) for k, n in i.by_severity],
    )
    b.sheet(
        "Điểm cầu",
        [
            "Mã điểm cầu",
            "Tên điểm cầu",
            "Cấp",
            "Cụm",
            "Số cuộc họp được mời",
            "Số cuộc họp tham dự",
            "Số lần vắng",
            "Số sự cố",
            "Thời gian gián đoạn (phút)",
            "Thời gian khắc phục TB (phút)",
            "Thời gian kết nối (giờ)",
            "Tỷ lệ tốt (xanh)",
            "Tỷ lệ trung bình (vàng)",
            "Tỷ lệ kém (đỏ)",
        ],
        [
            (
                x.code,
                x.name,
                label(TIER, x.tier),
                x.cluster,
                x.meetings_expected,
                x.meetings_attended,
                x.absences,
                x.incidents,
                _minutes(x.downtime_s),
                _minutes(x.mttr_s),
                round(x.connected_s / 3600, 2),
                x.share(x.green_s),
                x.share(x.amber_s),
                x.share(x.red_s),
            )
            for x in f.sites
        ],
        {8: b.number, 9: b.number, 11: b.share, 12: b.share, 13: b.share},
    )
    b.sheet(
        "Vắng nhiều nhất",
        ["Mã điểm cầu", "Tên điểm cầu", "Số lần vắng", "Số cuộc họp được mời"],
        [(x.code, x.name, x.absences, x.meetings_expected) for x in f.absent_most],
    )
    b.sheet(
        "Nhiều sự cố nhất",
        ["Mã điểm cầu", "Tên điểm cầu", "Số sự cố", "Thời gian gián đoạn (phút)", "Số lần vắng"],
        [(x.code, x.name, x.incidents, _minutes(x.downtime_s), x.absences) for x in f.most_trouble],
        {3: b.number},
    )
    r = f.readiness
    b.sheet(
        "Chuẩn bị",
        ["Chỉ tiêu chuẩn bị", "Số cuộc họp"],
        [
            ("Cuộc họp có đăng ký đã tổ chức", r.meetings),
            ("Đã vận hành thử lần 1", r.first_run),
            ("Vận hành thử lần 1 đúng hạn", r.first_run_on_time),
            ("Đã vận hành thử lần 2", r.second_run),
            ("Vận hành thử lần 2 đúng hạn", r.second_run_on_time),
            ("Tất cả điểm cầu sẵn sàng trước 30 phút", r.ready_by_t30),
            ("Tỷ lệ cuộc họp sẵn sàng trước 30 phút", _Styled(r.ready_rate, b.share)),
            ("Lượt điểm cầu được mời", r.sites_expected),
            ("Lượt điểm cầu sẵn sàng trước 30 phút", r.sites_ready),
        ],
    )
    b.wb.get_worksheet_by_name("Chuẩn bị").set_column(0, 0, 42)
    b.sheet(
        "Chưa sẵn sàng nhiều nhất",
        ["Mã điểm cầu", "Tên điểm cầu", "Số lần chưa sẵn sàng trước 30 phút", "Số cuộc họp được mời"],
        [(x.code, x.name, x.times, x.meetings_expected) for x in r.not_ready_most],
    )
    b.sheet(
        "DS chuẩn bị",
        [
            "Cuộc họp",
            "Tên cuộc họp",
            "Bắt đầu",
            "Vận hành thử lần 1 lúc",
            "Lần 1 đúng hạn",
            "Vận hành thử lần 2 lúc",
            "Lần 2 đúng hạn",
            "Điểm cầu được mời",
            "Điểm cầu sẵn sàng trước 30 phút",
            "Điểm cầu chưa sẵn sàng",
        ],
        [
            (
                x.meeting_id,
                x.title,
                x.start,
                x.first_run_at,
                x.first_run_on_time,
                x.second_run_at,
                x.second_run_on_time,
                x.sites_expected,
                x.sites_ready,
                ", ".join(x.not_ready),
            )
            for x in f.readiness_lines
        ],
        {2: b.when, 3: b.when, 5: b.when},
    )
    b.sheet(
        "DS cuộc họp",
        [
            "Mã",
            "Tên cuộc họp",
            "Tình trạng",
            "Cơ quan chủ trì",
            "Điểm cầu chủ trì",
            "Cấp chủ trì",
            "Bắt đầu (kế hoạch)",
            "Kết thúc (kế hoạch)",
            "Bắt đầu (thực tế)",
            "Kết thúc (thực tế)",
            "Thời điểm đăng ký",
            "Đột xuất",
            "Đăng ký",
            "Số giờ",
            "Điểm cầu được mời",
            "Điểm cầu tham dự",
        ],
        [
            (
                x.id,
                x.title,
                label(STATUS, x.status),
                x.host_agency,
                x.host_site,
                label(TIER, x.host_tier),
                x.start,
                x.end,
                x.actual_start,
                x.actual_end,
                x.registered_at,
                x.emergency,
                label(TIMELINESS, x.timeliness),
                round(x.hours, 2),
                x.expected,
                x.attended,
            )
            for x in f.meeting_lines
        ],
        {6: b.when, 7: b.when, 8: b.when, 9: b.when, 10: b.when},
    )
    b.sheet(
        "DS sự cố",
        [
            "Mã",
            "Mã điểm cầu",
            "Tên điểm cầu",
            "Loại sự cố",
            "Mức độ",
            "Phát sinh lúc",
            "Khắc phục lúc",
            "Thời gian khắc phục (phút)",
            "Chưa khắc phục cuối kỳ",
            "Nguyên nhân",
            "Cách khắc phục",
            "Cuộc họp",
        ],
        [
            (
                x.id,
                x.code,
                x.name,
                label(KIND, x.kind.value),
                label(SEVERITY, x.severity.value),
                x.opened_at,
                x.resolved_at,
                _minutes(x.restore_s),
                x.open_at_end,
                x.cause,
                x.fix,
                x.meeting_id,
            )
            for x in f.incident_lines
        ],
        {5: b.when, 6: b.when, 7: b.number},
    )
    b.sheet(
        "DS tham dự",
        [
            "Cuộc họp",
            "Tên cuộc họp",
            "Bắt đầu",
            "Mã điểm cầu",
            "Tên điểm cầu",
            "Tham dự",
            "Vào muộn",
            "Rời sớm",
            "Thời gian kết nối (phút)",
        ],
        [
            (
                x.meeting_id,
                x.title,
                x.start,
                x.code,
                x.name,
                x.attended,
                x.late,
                x.left_early,
                _minutes(x.connected_s),
            )
            for x in f.attendance_lines
        ],
        {2: b.when, 8: b.number},
    )
    b.charts(list(charts(f).values()))
    return b.close()
