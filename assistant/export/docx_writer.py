"""DOCX export with python-docx: A4, headings, quotes, tables with a header row, page numbers in the footer."""

from __future__ import annotations

from pathlib import Path

from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from assistant.export.blocks import Block, Heading, Para, Quote, Table


def _page_number_footer(section) -> None:
    """"Trang N / M" in the footer, as Word fields (PAGE, NUMPAGES) so Word fills them in."""
    p = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Trang ")
    for i, code in enumerate(("PAGE", "NUMPAGES")):
        if i:
            p.add_run(" / ")
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), code)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        fld.append(run)
        p._p.append(fld)


def write_docx(blocks: list[Block], out: Path | str, title: str = "") -> Path:
    """Write ``blocks`` to ``out`` (.docx) and return the path. Font Times New Roman 13 pt (the size party
    documents use, Hướng dẫn 36-HD/VPTW), A4 with 2 cm margins."""
    out = Path(out)
    doc = DocxDocument()
    doc.core_properties.title = title
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    _page_number_footer(section)
    for b in blocks:
        if isinstance(b, Heading):
            doc.add_heading(b.text, level=min(b.level, 3))
        elif isinstance(b, Para):
            p = doc.add_paragraph()
            p.add_run(b.text).bold = b.bold
        elif isinstance(b, Quote):
            p = doc.add_paragraph(style="Quote" if "Quote" in [s.name for s in doc.styles] else None)
            p.add_run(f"“{b.text}”")
            src = doc.add_paragraph()
            r = src.add_run(f"— {b.source}")
            r.italic = True
            r.font.size = Pt(11)
        elif isinstance(b, Table):
            t = doc.add_table(rows=1, cols=len(b.header))
            t.style = "Table Grid"
            for i, h in enumerate(b.header):
                cell = t.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for row in b.rows:
                cells = t.add_row().cells
                for i, v in enumerate(row[: len(b.header)]):
                    cells[i].text = v or ""
            doc.add_paragraph()
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out
