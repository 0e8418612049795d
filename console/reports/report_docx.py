"""`report --format docx`: the report as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Appendix I),
with python-docx.

Pure: figures in, bytes out. A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman;
body 14 pt, justified, first-line indent 1.27 cm, 6 pt after each paragraph. The heading block: the parent agency
(capitals, 12 pt) and the agency (capitals, 12 pt bold, a short line under it), "Số: …/BC-…" on the left; the Quốc
hiệu (12 pt bold capitals, so that it holds on one line beside the agency) and the tiêu ngữ (14 pt bold, a line under it) and the place and date (14 pt italic)
on the right. Then "BÁO CÁO" and its subject, the six sections with the figures as tables, the signer block and
"Nơi nhận". Page numbers (13 pt) centred in the top margin from page 2 on.

What the log cannot say — the assessment, the causes, the tasks, the recommendations, the place, the addressees,
and the agency, number and signer when not given — is left as a placeholder in square brackets, highlighted, for
the supervisor to write before signing. Nothing is invented.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, Twips

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
    vn_number,
    write_body,
)
from console.reports.figures import Figures
from console.reports.period import Period

__all__ = ["Heading", "render_docx", "subject", "vn_number"]

FONT = "Times New Roman"
# what follows w:pBdr in a w:pPr (ECMA-376 CT_PPrBase): Word refuses a file with them out of order
AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else vn_number(seconds / 60, 1)


class _Doc:
    def __init__(self) -> None:
        self.doc = Document()
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        # 20, 20, 30 and 15 mm, rounded up to whole twips (Mm(15) would be 850 twips: 14.99 mm)
        section.top_margin, section.bottom_margin = Twips(1134), Twips(1134)
        section.left_margin, section.right_margin = Twips(1701), Twips(851)
        section.header_distance, section.footer_distance = Mm(10), Mm(10)
        for style_name in ("Normal", "Table Grid"):
            style = self.doc.styles[style_name]
            style.font.name = FONT
            rpr = style.element.get_or_add_rPr()
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = OxmlElement("w:rFonts")
                rpr.append(fonts)
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(attr), FONT)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(14)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.15

    # --- paragraphs ---------------------------------------------------------------------------------------
    def para(
        self,
        parts: Sequence[Part] = (),
        *,
        container: Any = None,
        align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY,
        size: float = 14,
        bold: bool = False,
        italic: bool = False,
        indent: bool = False,
        after: float = 6,
    ) -> Any:
        """A paragraph of runs; a part ("placeholder", text) is highlighted as text to write before signing."""
        target = container if container is not None else self.doc
        cell_paragraphs = getattr(container, "paragraphs", None) if container is not None else None
        if cell_paragraphs and len(cell_paragraphs) == 1 and not cell_paragraphs[0].runs:
            p = cell_paragraphs[0]  # a new cell's own empty paragraph
        else:
            p = target.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.27)
        for part in parts:
            placeholder = isinstance(part, tuple)
            text = part[1] if isinstance(part, tuple) else part
            run = p.add_run(text)
            run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
            if placeholder:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        return p

    def rule(self, container: Any, width_cm: float, cell_cm: float) -> None:
        """A centred line `width_cm` long in a cell `cell_cm` wide (a bottom border on an empty paragraph)."""
        p = container.add_paragraph()
        side = max(0.0, (cell_cm - width_cm) / 2)
        p.paragraph_format.left_indent, p.paragraph_format.right_indent = Cm(side), Cm(side)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(2)
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            bottom.set(qn(key), value)
        borders.append(bottom)
        p._p.get_or_add_pPr().insert_element_before(borders, *AFTER_PBDR)  # the schema's order

    def heading(self, text: str) -> None:
        self.para(
            [text], bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=6
        ).paragraph_format.keep_with_next = True

    def body(self, parts: Sequence[Part]) -> None:
        self.para(parts, indent=True)

    def chart(self, chart: Chart, caption: str) -> None:
        """The chart's image, 16 cm wide and centred, its caption under it (italic, 13 pt)."""
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        p.add_run().add_picture(io.BytesIO(chart.png), width=Cm(16))
        self.para([caption], size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        t = self.doc.add_table(rows=1, cols=len(headers))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            cell = t.rows[0].cells[i]
            self.para([h], container=cell, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        for row in rows:
            cells = t.add_row().cells
            for i, value in enumerate(row):
                align = WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.CENTER
                self.para([value], container=cells[i], size=13, align=align, after=0)
        if not rows:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            self.para(["Không có"], container=merged, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        _widths(t, widths)
        self.para([], after=6)

    def page_numbers(self) -> None:
        """PAGE in the top margin, centred, 13 pt; none on the first page."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        p = section.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run()
        run.font.size = Pt(13)
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind is not None:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            run._r.append(el)

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _widths(table: Any, widths: Sequence[float]) -> None:
    """Fixed column widths (cm), in the grid and in every cell: Word reads the cells, LibreOffice the grid."""
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
        for cell in table.columns[i].cells:
            cell.width = Cm(w)


def render_docx(f: Figures, period: Period, heading: Heading, issued: datetime) -> bytes:
    d = _Doc()
    d.page_numbers()

    # --- the heading block: agency and number | Quốc hiệu, tiêu ngữ, place and date ---------------------------
    left_cm, right_cm = 7.0, 9.5
    top = d.doc.add_table(rows=1, cols=2)
    top.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(top, (left_cm, right_cm))
    left, right = top.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    parent = heading.parent_agency.upper() if heading.parent_agency else None
    d.para([parent or ph("CƠ QUAN CHỦ QUẢN")], container=left, size=12, align=center, after=0)
    agency = heading.agency.upper() if heading.agency else None
    d.para([agency or ph("TÊN CƠ QUAN BÁO CÁO")], container=left, size=12, bold=True, align=center, after=0)
    d.rule(left, 2.2, left_cm)
    d.para(number_parts(heading), container=left, size=13, align=center, after=0)
    d.para([QUOC_HIEU], container=right, size=12, bold=True, align=center, after=0)
    d.para([TIEU_NGU], container=right, size=14, bold=True, align=center, after=0)
    d.rule(right, 6.2, right_cm)
    d.para(
        place_date(heading, issued),
        container=right,
        size=14,
        italic=True,
        align=center,
        after=0,
    )
    for cell in (left, right):  # the first paragraph of a new cell is empty: drop it
        first = cell.paragraphs[0]
        if not first.text and len(cell.paragraphs) > 1:
            first._p.getparent().remove(first._p)

    d.para([], after=6)
    d.para(["BÁO CÁO"], size=14, bold=True, align=center, after=0)
    d.para([subject(period)], size=14, bold=True, align=center, after=0)
    d.rule(d.doc, 4.0, 16.5)
    d.para([], after=0)

    write_body(d, f, period, heading, charts(f))
    d.para(closing(heading), indent=True).paragraph_format.keep_with_next = True

    # --- signer block: Nơi nhận | authority, title, name; on one page with the closing line -------------------
    sign = d.doc.add_table(rows=1, cols=2)
    _widths(sign, (8.0, 8.5))
    sign.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = sign.rows[0].cells
    d.para(
        ["Nơi nhận:"], container=left, size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=0
    )
    for line in RECIPIENTS:
        d.para(line, container=left, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    title = heading.signer_title.upper() if heading.signer_title else None
    d.para([title or ph("QUYỀN HẠN, CHỨC VỤ NGƯỜI KÝ")], container=right, bold=True, align=center, after=0)
    d.para([ph("Chữ ký, dấu")], container=right, italic=True, size=13, align=center, after=60)
    d.para([heading.signer or ph("Họ và tên")], container=right, bold=True, align=center, after=0)
    for cell in (left, right):
        first = cell.paragraphs[0]
        if not first.text and len(cell.paragraphs) > 1:
            first._p.getparent().remove(first._p)
    return d.bytes()
