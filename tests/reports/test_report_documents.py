"""The documents as a reader opens them, on the known log (tests/reports/conftest.py): the docx with python-docx,
the pdf with pypdf, the workbook with openpyxl — the same figures as the JSON, the charts under their sections, and
the series behind the charts with their known answers."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import openpyxl
import orjson
import pypdf
import pytest
from docx.shared import Mm
from PIL import Image
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import main as cli
from console.reports import series
from console.reports.figures import compute
from console.reports.period import parse_period
from db.engine import open_database
from db.report_reads import read_report_log
from tests.reports.conftest import AFTER, fill

CAPTIONS = (
    "Biểu đồ 1. Số cuộc họp theo tháng",
    "Biểu đồ 2. Số sự cố theo tháng và loại sự cố",
    "Biểu đồ 3. Thời gian khắc phục trung bình theo loại sự cố",
    "Biểu đồ 4. Các điểm cầu có nhiều sự cố nhất",
    "Biểu đồ 5. Tỷ lệ thời gian kết nối theo chất lượng, theo cụm",
)
HEADING = (
    "--agency",
    "Sở Khoa học và Công nghệ",
    "--number",
    "12/BC-SKHCN",
    "--signer",
    "Nguyễn Văn An",
    "--signer-title",
    "Giám đốc",
)


@pytest.fixture
def url(tmp_path: Path) -> str:
    address = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine: Engine = open_database(address)
    try:
        fill(engine)
    finally:
        engine.dispose()
    return address


def make(capsys: pytest.CaptureFixture[str], url: str, fmt: str, out: Path | None = None) -> str:
    extra = ["--out", str(out)] if out is not None else []
    code = cli.main(["report", "--db", url, "--period", "2025-H2", "--format", fmt, *extra, *HEADING])
    got, err = capsys.readouterr()
    assert (code, err) == (0, "")
    return got


def test_the_docx_holds_the_json_figures_and_the_charts_under_their_sections(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = orjson.loads(make(capsys, url, "json"))
    make(capsys, url, "docx", tmp_path / "r.docx")
    d = docx.Document(str(tmp_path / "r.docx"))
    section = d.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4 (in whole twips)
    texts = [p.text for p in d.paragraphs]
    order = [t for t in texts if t[:4] in ("II. ", "III.", "IV. ") or t.startswith("Biểu đồ")]
    assert order == [
        "II. KẾT QUẢ TỔ CHỨC CÁC CUỘC HỌP",
        CAPTIONS[0],
        "III. CHẤT LƯỢNG KỸ THUẬT VÀ SỰ CỐ",
        *CAPTIONS[1:],
        "IV. HẠN CHẾ VÀ NGUYÊN NHÂN",
    ]
    pictures = d.inline_shapes
    assert len(pictures) == len(CAPTIONS)
    for shape in pictures:  # 16 cm wide: the text width, never past the margins
        assert shape.width == pytest.approx(Mm(160), rel=0.01)
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in d.tables}
    kinds = tables[
        "Loại sự cố", "Số sự cố", "Tổng thời gian khắc phục (phút)", "Thời gian khắc phục TB (phút)"
    ]
    counts = {r.cells[0].text: int(r.cells[1].text) for r in kinds.rows[1:]}
    by_kind = figures["incidents"]["by_kind"]
    assert (
        sorted(counts.values()) == sorted(by_kind.values())
        and sum(counts.values()) == figures["incidents"]["total"]
    )
    mttr = {r.cells[0].text: r.cells[3].text for r in kinds.rows[1:]}
    assert mttr["Mất kết nối"] == f"{figures['incidents']['mttr_s']['link_down'] / 60:.1f}".replace(".", ",")
    body = "\n".join(texts)
    assert f"đã tổ chức {figures['meetings']['held']} cuộc họp" in body
    assert (
        f"mời {figures['attendance']['expected']} lượt điểm cầu; {figures['attendance']['attended']} lượt"
        in body
    )


def test_the_pdf_is_the_same_document_on_a4_with_its_charts(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make(capsys, url, "pdf", tmp_path / "r.pdf")
    reader = pypdf.PdfReader(tmp_path / "r.pdf")
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert (
            round(float(page.mediabox.width) * 25.4 / 72),
            round(float(page.mediabox.height) * 25.4 / 72),
        ) == (
            210,
            297,
        )
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    for needed in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "Số: 12/BC-SKHCN",
        "BÁO CÁO",
        "I. HẠ TẦNG VÀ CÁC ĐIỂM CẦU",
        "VI. KIẾN NGHỊ, ĐỀ XUẤT",
        "Mất kết nối 2 25,0 12,5",  # the same row as the docx's table
        "Nơi nhận:",
        "GIÁM ĐỐC",
        "Nguyễn Văn An",
        "[Cơ quan nhận]",
        *CAPTIONS,
    ):
        assert needed in text, needed
    assert pages[1].splitlines()[0].strip() == "2"  # a page number from page 2 on, none on page 1
    assert not pages[0].splitlines()[0].strip().isdigit()
    images = [i for p in reader.pages for i in p.images]
    assert len(images) == len(CAPTIONS)
    fonts: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts |= {str(f.get_object()["/BaseFont"]) for f in (resources.get("/Font") or {}).values()}
    assert fonts and all("DejaVuSerif" in f for f in fonts)  # embedded, every Vietnamese mark


def test_the_workbook_has_the_charts_on_a_sheet_of_their_own(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make(capsys, url, "xlsx", tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Biểu đồ"]
    captions = [c.value for c in ws["A"] if c.value]
    assert captions == list(CAPTIONS)
    assert len(ws._images) == len(CAPTIONS)


def test_the_series_behind_the_charts(url: str) -> None:
    engine = open_database(url, create=False)
    try:
        with Session(engine) as s:
            period = parse_period("2025-H2")
            f = compute(read_report_log(s, period.start, period.end), now=AFTER)
    finally:
        engine.dispose()
    got = series.chart_series(f)
    assert got.months == ("2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12")
    # held: the MCU-only meeting in August, the quarterly one in September, the emergency in November
    assert got.meetings_per_month == (0, 1, 1, 0, 1, 0)
    # two link-downs in September (X1 and the district), packet loss in November, the power cut at 23:00 local
    # on 31 December (16:00 UTC) in December
    assert dict(zip(got.kinds, got.incidents_per_month, strict=True)) == {
        "link_down": (0, 0, 2, 0, 0, 0),
        "packet_loss": (0, 0, 0, 0, 1, 0),
        "power": (0, 0, 0, 0, 0, 1),
    }
    assert dict(got.mttr_s) == {"packet_loss": 1800.0, "link_down": 750.0}
    assert [x.code for x in got.worst_sites] == [x.code for x in f.most_trouble]
    for q in got.quality:
        assert q.green + q.amber + q.red == pytest.approx(1.0, abs=1e-3)


def test_a_period_with_nothing_recorded_draws_no_empty_chart(url: str) -> None:
    from console.reports.charts import charts

    engine = open_database(url, create=False)
    try:
        with Session(engine) as s:
            period = parse_period("2024-H1")  # before anything in the log
            f = compute(read_report_log(s, period.start, period.end), now=AFTER)
    finally:
        engine.dispose()
    assert f.meetings.held == 0 and f.incidents.total == 0
    assert charts(f) == {}


def test_every_chart_is_a_png_a_printer_can_read(url: str) -> None:
    from console.reports.charts import charts

    engine = open_database(url, create=False)
    try:
        with Session(engine) as s:
            period = parse_period("2025-H2")
            f = compute(read_report_log(s, period.start, period.end), now=AFTER)
    finally:
        engine.dispose()
    drawn = charts(f)
    assert list(drawn) == [
        "meetings_per_month",
        "incidents_per_month",
        "mttr_by_kind",
        "worst_sites",
        "quality_by_cluster",
    ]
    for chart in drawn.values():
        image = Image.open(io.BytesIO(chart.png))
        assert image.format == "PNG" and image.width >= 945  # 150 dpi or more at 16 cm wide
        r, g, b = image.convert("RGB").split()
        assert r.tobytes() == g.tobytes() == b.tobytes(), chart.key  # grey only: the same in black and white
