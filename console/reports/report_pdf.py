"""`report --format pdf`: the report for reading on screen, with fpdf2: the same heading, sections, tables, charts,
signer block and "Nơi nhận" as the docx (`console.reports.document` writes both bodies).

Pure: figures in, bytes out. A4 portrait with the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm),
page numbers centred in the top margin from page 2 on. The font is DejaVu Serif, the TrueType files matplotlib
ships (every Vietnamese mark; Times New Roman is not ours to embed), 13 pt for the body: DejaVu Serif is wider than
Times, so 13 pt holds about as many words on a line as the docx's 14 pt. Placeholders for the supervisor are in
square brackets, italic and underlined (a PDF reader shows no Word highlight).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import matplotlib
from fpdf import FPDF, Align
from fpdf.fonts import FontFace

from console.reports.charts import Chart, charts
from console.reports.document import (
    QUOC_HIEU,
    RECIPIENTS,
    TIEU_NGU,
    Heading,
    Part,
    closing,
    number_parts,
    ph,
    place_date,
    subject,
    write_body,
)
from console.reports.figures import Figures
from console.reports.period import Period

FAMILY = "DejaVuSerif"
FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
TOP, BOTTOM, LEFT, RIGHT = 20.0, 20.0, 30.0, 15.0
TEXT_W = 210.0 - LEFT - RIGHT  # 165 mm
BODY = 13.0
MARKERS = ("**", "__", "--", "~~")


def _escape(text: str) -> str:
    """`text` with fpdf2's markdown markers taken literally."""
    text = text.replace("\\", "\\\\")
    for m in MARKERS:
        text = text.replace(m, "\\" + m)
    return text


def _md(parts: Sequence[Part]) -> str:
    """Parts as fpdf2 markdown: a placeholder italic and underlined."""
    return "".join(f"__--{_escape(p[1])}--__" if isinstance(p, tuple) else _escape(p) for p in parts)


class _Pdf(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_y(8)
            self.set_font(FAMILY, "", 13)
            self.cell(0, 6, str(self.page_no()), align=Align.C)
            self.set_y(TOP)


class _Writer:
    def __init__(self) -> None:
        pdf = _Pdf(orientation="portrait", unit="mm", format="A4")
        for style, name in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
            pdf.add_font(FAMILY, style, str(FONT_DIR / f"DejaVuSerif{name}.ttf"))
        pdf.set_margins(LEFT, TOP, RIGHT)
        pdf.set_auto_page_break(True, margin=BOTTOM)
        pdf.set_title("Báo cáo hệ thống hội nghị truyền hình trực tuyến")
        pdf.set_creator("Bridgewall")
        pdf.set_creation_date(datetime(2000, 1, 1))  # the same log makes the same file
        pdf.add_page()
        self.pdf = pdf

    def line_h(self, size: float) -> float:
        return size * 0.3528 * 1.3  # pt -> mm, 1.3 line spacing

    def centred(self, parts: Sequence[Part], x: float, w: float, size: float, style: str = "") -> None:
        self.pdf.set_font(FAMILY, style, size)
        self.pdf.set_x(x)
        self.pdf.multi_cell(w, self.line_h(size), _md(parts), align=Align.C, markdown=True, new_x="LMARGIN")

    def rule(self, x: float, w: float, length: float) -> None:
        y = self.pdf.get_y() + 1.2
        self.pdf.set_line_width(0.3)
        self.pdf.line(x + (w - length) / 2, y, x + (w + length) / 2, y)
        self.pdf.set_y(y + 1.2)

    # --- the Writer protocol ---------------------------------------------------------------------------------
    def heading(self, text: str) -> None:
        pdf = self.pdf
        if pdf.get_y() + 30 > pdf.h - BOTTOM:  # a heading is never the last line of a page
            pdf.add_page()
        pdf.set_font(FAMILY, "B", BODY)
        pdf.multi_cell(0, self.line_h(BODY), _escape(text), markdown=True, new_x="LMARGIN")
        pdf.ln(2)

    def body(self, parts: Sequence[Part]) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, "", BODY)
        with (
            pdf.text_columns(text_align="J", line_height=1.3) as cols,
            cols.paragraph(first_line_indent=12.7, bottom_margin=2.1) as par,
        ):
            for part in parts:
                if isinstance(part, tuple):
                    pdf.set_font(FAMILY, "IU", BODY)
                    par.write(part[1])
                    pdf.set_font(FAMILY, "", BODY)
                else:
                    par.write(part)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, "", BODY - 1.5)
        mm = [w * 10 for w in widths]
        scale = min(1.0, TEXT_W / sum(mm))
        align = ["LEFT", *["CENTER"] * (len(headers) - 1)]
        width = sum(mm) * scale
        pdf.set_x(LEFT + (TEXT_W - width) / 2)  # centred on the text, not on the page
        with pdf.table(
            col_widths=[w * scale for w in mm],
            width=width,
            align="LEFT",
            text_align=align,
            line_height=self.line_h(BODY - 1.5),
            headings_style=FontFace(emphasis="BOLD"),
            padding=(0.8, 1.2),
            first_row_as_headings=True,
        ) as t:
            head = t.row()
            for h in headers:
                head.cell(h, align="CENTER")
            for row in rows:
                r = t.row()
                for value in row:
                    r.cell(value)
            if not rows:
                t.row().cell("Không có", colspan=len(headers), align="CENTER")
        pdf.ln(4)

    def chart(self, chart: Chart, caption: str) -> None:
        """The chart 150 mm wide, centred, its caption under it; both on one page."""
        pdf = self.pdf
        w = 150.0
        px_w, px_h = int.from_bytes(chart.png[16:20], "big"), int.from_bytes(chart.png[20:24], "big")  # IHDR
        h = w * px_h / px_w
        if pdf.get_y() + h + 12 > pdf.h - BOTTOM:
            pdf.add_page()
        pdf.image(io.BytesIO(chart.png), x=LEFT + (TEXT_W - w) / 2, y=pdf.get_y(), w=w, h=h)
        pdf.set_y(pdf.get_y() + h + 1)
        pdf.set_font(FAMILY, "I", BODY - 1)
        pdf.multi_cell(
            0, self.line_h(BODY - 1), _escape(caption), align=Align.C, markdown=True, new_x="LMARGIN"
        )
        pdf.ln(3)

    def bytes(self) -> bytes:
        # fontTools logs every glyph of the subset it embeds at INFO
        logging.getLogger("fontTools").setLevel(logging.WARNING)
        return bytes(self.pdf.output())


def render_pdf(f: Figures, period: Period, heading: Heading, issued: datetime) -> bytes:
    w = _Writer()
    pdf = w.pdf

    # --- the heading block: agency and number | Quốc hiệu, tiêu ngữ, place and date ---------------------------
    # DejaVu Serif is wider than Times: the block takes 7 mm of the left margin, as the docx's heading table does
    left_x, left_w, right_x, right_w = LEFT - 9, 77.0, LEFT + 68, 97.0
    margin, pdf.c_margin = pdf.c_margin, 0.5
    y0 = pdf.get_y()
    parent = heading.parent_agency.upper() if heading.parent_agency else None
    agency = heading.agency.upper() if heading.agency else None
    w.centred([parent or ph("CƠ QUAN CHỦ QUẢN")], left_x, left_w, 12)
    w.centred([agency or ph("TÊN CƠ QUAN BÁO CÁO")], left_x, left_w, 11.5, "B")
    w.rule(left_x, left_w, 24)
    w.centred(number_parts(heading), left_x, left_w, 13)
    y_left = pdf.get_y()
    pdf.set_y(y0)
    w.centred([QUOC_HIEU], right_x, right_w, 11, "B")
    w.centred([TIEU_NGU], right_x, right_w, 13, "B")
    pdf.set_font(FAMILY, "B", 13)
    w.rule(right_x, right_w, pdf.get_string_width(TIEU_NGU))
    w.centred(place_date(heading, issued), right_x, right_w, 13, "I")
    pdf.set_y(max(y_left, pdf.get_y()) + 6)
    pdf.c_margin = margin

    w.centred(["BÁO CÁO"], LEFT, TEXT_W, 14, "B")
    w.centred([subject(period)], LEFT + 10, TEXT_W - 20, 14, "B")
    w.rule(LEFT, TEXT_W, 40)
    pdf.ln(4)

    write_body(w, f, period, heading, charts(f))
    w.body(closing(heading))

    # --- signer block: Nơi nhận | authority, title, name; kept on one page -----------------------------------
    if pdf.get_y() + 55 > pdf.h - BOTTOM:
        pdf.add_page()
    pdf.ln(2)
    y0 = pdf.get_y()
    pdf.set_font(FAMILY, "BI", 12)
    pdf.set_x(LEFT)
    pdf.cell(75, w.line_h(12), "Nơi nhận:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 11)
    for line in RECIPIENTS:
        pdf.set_x(LEFT)
        pdf.multi_cell(75, w.line_h(11), _md(line), markdown=True, new_x="LMARGIN")
    pdf.set_y(y0)
    sx, sw = LEFT + 80, TEXT_W - 80
    title = heading.signer_title.upper() if heading.signer_title else None
    w.centred([title or ph("QUYỀN HẠN, CHỨC VỤ NGƯỜI KÝ")], sx, sw, BODY, "B")
    w.centred([ph("Chữ ký, dấu")], sx, sw, BODY - 1)
    pdf.ln(22)
    w.centred([heading.signer or ph("Họ và tên")], sx, sw, BODY, "B")
    return w.bytes()
