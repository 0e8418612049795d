"""`report --format docx` read back as WordprocessingML (zip + XML, not the library that wrote it): the Nghị định
30/2020 page, margins and font, the Quốc hiệu and tiêu ngữ, the number, the tables with the log's figures, the
signer block, and placeholders where the log cannot say."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

import main as cli
from db.engine import open_database
from tests.reports.conftest import fill

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWIPS_PER_MM = 1440 / 25.4


@pytest.fixture
def url(tmp_path: Path) -> str:
    address = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine = open_database(address)
    try:
        fill(engine)
    finally:
        engine.dispose()
    return address


def docx(capsys: pytest.CaptureFixture[str], url: str, out: Path, *extra: str) -> ElementTree.Element:
    code = cli.main(
        ["report", "--db", url, "--period", "2025-H2", "--format", "docx", "--out", str(out), *extra]
    )
    assert (code, capsys.readouterr().err) == (0, "")
    with zipfile.ZipFile(out) as z:
        return ElementTree.fromstring(z.read("word/document.xml"))


def texts(root: ElementTree.Element) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


def tables(root: ElementTree.Element) -> list[list[list[str]]]:
    return [
        [
            ["".join(t.text or "" for t in c.iter(f"{W}t")) for c in row.iter(f"{W}tc")]
            for row in tbl.iter(f"{W}tr")
        ]
        for tbl in root.iter(f"{W}tbl")
    ]


def test_the_page_margins_and_font_follow_the_decree(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.docx"
    root = docx(capsys, url, out)
    size = next(root.iter(f"{W}pgSz"))
    assert (
        round(int(size.get(f"{W}w", 0)) / TWIPS_PER_MM),
        round(int(size.get(f"{W}h", 0)) / TWIPS_PER_MM),
    ) == (
        210,
        297,
    )
    margins = next(root.iter(f"{W}pgMar"))
    mm = {k: int(margins.get(f"{W}{k}", 0)) / TWIPS_PER_MM for k in ("top", "bottom", "left", "right")}
    assert 20 <= mm["top"] <= 25 and 20 <= mm["bottom"] <= 25
    assert 30 <= mm["left"] <= 35 and 15 <= mm["right"] <= 20
    with zipfile.ZipFile(out) as z:
        styles = ElementTree.fromstring(z.read("word/styles.xml"))
    normal = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    fonts = next(normal.iter(f"{W}rFonts"))
    assert fonts.get(f"{W}ascii") == fonts.get(f"{W}hAnsi") == "Times New Roman"
    size_pt = int(next(normal.iter(f"{W}sz")).get(f"{W}val", 0)) / 2
    assert 13 <= size_pt <= 14
    sizes = {int(s.get(f"{W}val", 0)) / 2 for s in root.iter(f"{W}sz")}
    assert sizes <= {11, 12, 13, 14}


def test_the_heading_figures_and_signer(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = docx(
        capsys,
        url,
        tmp_path / "r.docx",
        "--agency",
        "Sở Khoa học và Công nghệ",
        "--number",
        "12/BC-SKHCN",
        "--signer",
        "Nguyễn Văn An",
        "--signer-title",
        "Giám đốc",
    )
    lines = texts(root)
    for needed in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "Số: 12/BC-SKHCN",
        "BÁO CÁO",
        "Kết quả vận hành hệ thống hội nghị truyền hình trực tuyến 6 tháng cuối năm 2025",
        "Nơi nhận:",
        "GIÁM ĐỐC",
        "Nguyễn Văn An",
    ):
        assert needed in lines, needed
    assert any(line.startswith("[Địa danh], ngày ") for line in lines)
    body = "\n".join(lines)
    assert "đã tổ chức 3 cuộc họp" in body and "4,58 giờ" in body and "tỷ lệ tham dự 60,0%" in body
    by_head = {tuple(t[0][:2]): t for t in tables(root) if t and t[0]}
    assert by_head["Loại sự cố", "Số sự cố"][1] == ["Mất kết nối", "2", "25,0", "12,5"]
    assert by_head["Điểm cầu", "Số lần vắng"][1:] == [["UBND xã Chiềng Đông", "2", "2"]]
    worst = by_head["Điểm cầu", "Số sự cố"]
    assert [r[:3] for r in worst[1:]] == [
        ["UBND xã Quài Giang", "2", "45,0"],
        ["UBND xã Chiềng Đông", "1", "60,0"],
        ["UBND huyện Tuần Giáo", "1", "10,0"],
    ]
    # what the log cannot say is a marked placeholder, highlighted
    marked = [
        "".join(t.text or "" for t in r.iter(f"{W}t"))
        for r in root.iter(f"{W}r")
        if any(h.get(f"{W}val") == "yellow" for h in r.iter(f"{W}highlight"))
    ]
    assert "[Cơ quan nhận]" in marked and any("kiến nghị" in m for m in marked)
    assert "[TÊN CƠ QUAN BÁO CÁO]" not in marked  # given with --agency


def test_without_the_heading_options_they_are_placeholders(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = texts(docx(capsys, url, tmp_path / "r.docx"))
    assert "[TÊN CƠ QUAN BÁO CÁO]" in lines and "Số: […]/BC-[…]" in lines and "[Họ và tên]" in lines
