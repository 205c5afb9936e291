"""PDF export with fpdf2 and an embedded Unicode TrueType font (DejaVu Sans from Debian's
fonts-dejavu-core, which the project's set-up installs), so Vietnamese diacritics render and extract."""

from __future__ import annotations

import os
from pathlib import Path

from assistant.errors import ConfigError
from assistant.export.blocks import Block, Heading, Para, Quote, Table

_FONT_DIRS = [
    os.environ.get("ASSISTANT_PDF_FONT_DIR", ""),
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
]


def _font(name: str) -> Path:
    for d in _FONT_DIRS:
        if d and (Path(d) / name).is_file():
            return Path(d) / name
    raise ConfigError(
        f"Không tìm thấy phông chữ {name} để xuất PDF; cài gói fonts-dejavu-core (make setup) "
        "hoặc đặt ASSISTANT_PDF_FONT_DIR.",
        f"Font {name} for PDF export not found; install fonts-dejavu-core (make setup) or set "
        "ASSISTANT_PDF_FONT_DIR.",
    )


def write_pdf(blocks: list[Block], out: Path | str, title: str = "") -> Path:
    """Write ``blocks`` to ``out`` (.pdf, A4) with page numbers; raises ``ConfigError`` without the font."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class _Doc(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=9)
            self.cell(0, 8, f"Trang {self.page_no()} / {{nb}}", align="C")

    out = Path(out)
    pdf = _Doc(format="A4")
    pdf.set_title(title)
    pdf.add_font("DejaVu", "", str(_font("DejaVuSans.ttf")))
    pdf.add_font("DejaVu", "B", str(_font("DejaVuSans-Bold.ttf")))
    pdf.add_font("DejaVu", "I", str(_font("DejaVuSans-Oblique.ttf")))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        if isinstance(b, Heading):
            size = {0: 16, 1: 14, 2: 12}.get(b.level, 11)
            pdf.set_font("DejaVu", "B", size)
            pdf.ln(2)
            pdf.multi_cell(width, size * 0.5, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(b, Para):
            pdf.set_font("DejaVu", "B" if b.bold else "", 10.5)
            pdf.multi_cell(width, 5.5, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(b, Quote):
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(width - 6, 5.5, f"“{b.text}”", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "I", 9)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(width - 6, 5, f"— {b.source}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif isinstance(b, Table):
            pdf.set_font("DejaVu", "", 9)
            widths = b.widths or [1] * len(b.header)
            with pdf.table(
                col_widths=tuple(widths),
                headings_style=FontFace(emphasis="BOLD"),
                line_height=4.8,
                text_align="LEFT",
            ) as table:
                row = table.row()
                for h in b.header:
                    row.cell(h)
                for r in b.rows:
                    row = table.row()
                    for v in r[: len(b.header)]:
                        row.cell(v or "")
            pdf.ln(3)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out
