"""The report's text, tables and charts in their order, written through a `Writer` (the docx and the pdf each
have one), so that both documents say the same thing under the same sections.

Pure. What the log cannot say is a placeholder part ("placeholder", "[…]") the writers mark (highlighted), for the
supervisor to write before signing; nothing is invented.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from console.domain.clock import LOCAL_TZ
from console.reports.figures import UNKNOWN, Figures
from console.reports.labels import KIND, SEVERITY, TIER, label
from console.reports.period import Period

if TYPE_CHECKING:  # the charts' library is loaded only when a document is drawn
    from console.reports.charts import Chart

Part = str | tuple[str, str]  # text, or ("placeholder", text) for a marked placeholder
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"


@dataclass(frozen=True, slots=True)
class Heading:
    """What the document's heading and signer block say; None leaves a placeholder."""

    agency: str | None = None
    parent_agency: str | None = None
    number: str | None = None  # "12/BC-SKHCN"
    place: str | None = None
    signer: str | None = None
    signer_title: str | None = None


class Writer(Protocol):
    def heading(self, text: str) -> None: ...
    def body(self, parts: Sequence[Part]) -> None: ...
    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None: ...
    def chart(self, chart: Chart, caption: str) -> None: ...


def ph(text: str) -> tuple[str, str]:
    return ("placeholder", f"[{text}]")


def vn_number(value: float, digits: int = 1) -> str:
    """A number as Vietnamese writes it: "1.234,5"."""
    text = f"{value:,.{digits}f}" if digits else f"{round(value):,}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else vn_number(seconds / 60, 1)


def _share(value: float | None) -> str:
    return "—" if value is None else vn_number(value * 100, 1) + "%"


def subject(period: Period) -> str:
    what = "hệ thống hội nghị truyền hình trực tuyến"
    first, last = period.first, period.last
    if period.yearly:
        return f"Đánh giá chất lượng, hiệu quả {what} năm {first.year}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 6, 30):
        return f"Kết quả vận hành {what} 6 tháng đầu năm {first.year}"
    if (first.month, first.day, last.month, last.day) == (7, 1, 12, 31):
        return f"Kết quả vận hành {what} 6 tháng cuối năm {first.year}"
    return f"Kết quả vận hành {what} từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y}"


def write_body(w: Writer, f: Figures, period: Period, heading: Heading, charts: Mapping[str, Chart]) -> None:
    """The opening paragraph, the six sections with their tables and charts, and the closing line."""
    numbered = 0

    def chart(key: str) -> None:
        nonlocal numbered
        c = charts.get(key)
        if c is not None:
            numbered += 1
            w.chart(c, f"Biểu đồ {numbered}. {c.caption}")

    m, a, i = f.meetings, f.attendance, f.incidents
    registry = [x for x in f.sites if x.tier != UNKNOWN]
    tiers: dict[str, int] = {}
    for x in registry:
        tiers[x.tier] = tiers.get(x.tier, 0) + 1
    w.body(
        [
            "Thực hiện ",
            ph("căn cứ, văn bản chỉ đạo"),
            ", ",
            heading.agency or ph("cơ quan"),
            " báo cáo kết quả vận hành hệ thống hội nghị truyền hình trực tuyến "
            f"từ ngày {period.first:%d/%m/%Y} đến ngày {period.last:%d/%m/%Y} như sau (số liệu từ nhật ký hệ "
            f"thống, tính đến {f.as_of.astimezone(LOCAL_TZ):%H:%M ngày %d/%m/%Y}):",
        ]
    )

    w.heading("I. HẠ TẦNG VÀ CÁC ĐIỂM CẦU")
    w.body([f"Hệ thống có {len(registry)} điểm cầu trong danh mục, theo cấp như sau:"])
    w.table(
        ["Cấp", "Số điểm cầu"],
        [(label(TIER, k), str(n)) for k, n in sorted(tiers.items(), key=lambda kv: -kv[1])],
        [9.0, 5.0],
    )

    w.heading("II. KẾT QUẢ TỔ CHỨC CÁC CUỘC HỌP")
    w.body(
        [
            f"Trong kỳ đã tổ chức {m.held} cuộc họp trực tuyến với tổng thời gian {vn_number(m.hours, 2)} giờ, "
            f"trong đó {m.emergency} cuộc họp đột xuất, khẩn cấp và {m.unregistered} cuộc họp không đăng ký trước. "
            f"Trong các cuộc họp có đăng ký, {m.on_time} cuộc đăng ký đúng thời hạn, {m.late} cuộc đăng ký muộn. "
            f"Có {m.not_held} cuộc họp đã đăng ký nhưng không tổ chức và {m.cancelled} cuộc họp bị hủy."
        ]
    )
    w.table(["Cấp chủ trì", "Số cuộc họp"], [(label(TIER, k), str(n)) for k, n in m.by_tier], [9.0, 5.0])
    w.table(
        ["Cơ quan chủ trì", "Số cuộc họp"],
        [("Không rõ" if k == UNKNOWN else k, str(n)) for k, n in m.by_agency],
        [11.0, 5.0],
    )
    chart("meetings_per_month")
    w.body(
        [
            f"Các cuộc họp có đăng ký mời {a.expected} lượt điểm cầu; {a.attended} lượt tham dự, {a.absent} lượt "
            f"vắng; tỷ lệ tham dự {_share(a.rate)}. Các điểm cầu vắng nhiều nhất:"
        ]
    )
    w.table(
        ["Điểm cầu", "Số lần vắng", "Số cuộc họp được mời"],
        [(x.name, str(x.absences), str(x.meetings_expected)) for x in f.absent_most],
        [8.0, 3.5, 4.5],
    )

    w.heading("III. CHẤT LƯỢNG KỸ THUẬT VÀ SỰ CỐ")
    w.body(
        [
            f"Trong kỳ ghi nhận {i.total} sự cố tại các điểm cầu ({i.shared_faults} sự cố chung ảnh hưởng nhiều "
            f"điểm cầu); {i.open_at_end} sự cố chưa khắc phục xong tại thời điểm cuối kỳ. Thời gian khắc phục trung "
            f"bình {_minutes(i.mttr_all_s)} phút."
        ]
    )
    downtime, mttr = dict(i.downtime_s), dict(i.mttr_s)
    w.table(
        ["Loại sự cố", "Số sự cố", "Tổng thời gian khắc phục (phút)", "Thời gian khắc phục TB (phút)"],
        [
            (label(KIND, k), str(n), _minutes(downtime.get(k, 0.0)), _minutes(mttr.get(k)))
            for k, n in i.by_kind
        ],
        [6.0, 2.5, 4.0, 4.0],
    )
    chart("incidents_per_month")
    chart("mttr_by_kind")
    w.table(["Mức độ", "Số sự cố"], [(label(SEVERITY, k), str(n)) for k, n in i.by_severity], [9.0, 5.0])
    w.body(
        [
            "Các điểm cầu có nhiều sự cố nhất, với tỷ lệ thời gian kết nối ở mức tốt / trung bình / kém (tính theo "
            "các sự cố đang mở trong thời gian kết nối):"
        ]
    )
    w.table(
        ["Điểm cầu", "Số sự cố", "Gián đoạn (phút)", "Vắng", "Tốt / TB / Kém"],
        [
            (
                x.name,
                str(x.incidents),
                _minutes(x.downtime_s),
                str(x.absences),
                " / ".join(_share(x.share(s)) for s in (x.green_s, x.amber_s, x.red_s)),
            )
            for x in f.most_trouble
        ],
        [5.5, 2.0, 3.0, 1.8, 4.2],
    )
    chart("worst_sites")
    chart("quality_by_cluster")
    r = f.readiness
    w.body(
        [
            f"Công tác chuẩn bị: trong {r.meetings} cuộc họp có đăng ký đã tổ chức, {r.first_run} cuộc họp đã vận hành "
            f"thử lần 1 ({r.first_run_on_time} cuộc đúng hạn), {r.second_run} cuộc họp đã vận hành thử lần 2 "
            f"({r.second_run_on_time} cuộc đúng hạn); {r.ready_by_t30} cuộc họp có tất cả các điểm cầu sẵn sàng "
            f"trước giờ họp 30 phút ({r.sites_ready}/{r.sites_expected} lượt điểm cầu sẵn sàng)."
        ]
    )
    w.table(
        ["Chỉ tiêu chuẩn bị", "Số cuộc họp"],
        [
            ("Cuộc họp có đăng ký đã tổ chức", str(r.meetings)),
            ("Đã vận hành thử lần 1 (đúng hạn)", f"{r.first_run} ({r.first_run_on_time})"),
            ("Đã vận hành thử lần 2 (đúng hạn)", f"{r.second_run} ({r.second_run_on_time})"),
            ("Tất cả điểm cầu sẵn sàng trước 30 phút", f"{r.ready_by_t30} ({_share(r.ready_rate)})"),
        ],
        [10.0, 6.0],
    )
    if r.not_ready_most:
        w.body(["Các điểm cầu chưa sẵn sàng trước giờ họp 30 phút nhiều lần nhất:"])
        w.table(
            ["Điểm cầu", "Số lần chưa sẵn sàng", "Số cuộc họp được mời"],
            [(x.name, str(x.times), str(x.meetings_expected)) for x in r.not_ready_most],
            [8.0, 4.0, 4.0],
        )

    w.heading("IV. HẠN CHẾ VÀ NGUYÊN NHÂN")
    w.body([ph("Người lập báo cáo nêu các hạn chế và nguyên nhân trước khi trình ký")])
    w.heading("V. NHIỆM VỤ KỲ TỚI")
    w.body([ph("Người lập báo cáo nêu nhiệm vụ, giải pháp kỳ tới trước khi trình ký")])
    w.heading("VI. KIẾN NGHỊ, ĐỀ XUẤT")
    w.body([ph("Người lập báo cáo nêu kiến nghị, đề xuất trước khi trình ký")])


def closing(heading: Heading) -> list[Part]:
    return [
        "Trên đây là báo cáo kết quả vận hành hệ thống hội nghị truyền hình trực tuyến của ",
        heading.agency or ph("cơ quan"),
        "./.",
    ]


def place_date(heading: Heading, day: datetime) -> list[Part]:
    local = day.astimezone(LOCAL_TZ)
    return [
        heading.place or ph("Địa danh"),
        f", ngày {local.day:02d} tháng {local.month:02d} năm {local.year}",
    ]


def number_parts(heading: Heading) -> list[Part]:
    return ["Số: ", heading.number] if heading.number else ["Số: ", ph("…"), "/BC-", ph("…")]


RECIPIENTS: list[list[Part]] = [["- ", ph("Cơ quan nhận"), ";"], ["- Lưu: VT, ", ph("đơn vị soạn thảo"), "."]]
