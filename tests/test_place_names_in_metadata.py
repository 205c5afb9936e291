"""Place names in a document's metadata, in every format (trial 24):

- a cited document's issuer keeps its whole place, also when the place ends in a direction or position
  word after a long name ("... Hội Nông dân huyện Phước Long" + "Bắc") or the name runs through a
  two-word unit ("... Hội Cựu chiến binh thị" + "trấn Tân Lập Thượng"): the issuer was cut to "huyện
  Vĩnh Thuận" from "huyện Vĩnh Thuận Đông";
- a letterhead's place in capitals in a minority language ("HUYỆN KRÔNG HÀ", "XÃ EA KNUÊ") is written
  syllable by syllable in title case ("xã Ea Knuê"), not kept as an acronym ("KRÔNG Hà"); acronyms
  ("LHPN", "QLDA") stay as printed.

Names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from assistant.parse.header import body_name
from tests.conftest import soffice_convert, write_pdf_lines

LEFT = ["HỘI NÔNG DÂN HUYỆN KBANG", "HỘI NÔNG DÂN XÃ EA KNUÊ", "Số: 31-KH/HND"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
RIGHT = [*MOTTO, "Ea Knuê, ngày 10 tháng 3 năm 2029"]
REF1 = "Ban Thường vụ Hội Nông dân huyện Phước Long Bắc"
REF2 = "Ban Chấp hành Hội Cựu chiến binh thị trấn Tân Lập Thượng"
BODY = [
    "KẾ HOẠCH",
    "Tổ chức hội thi nhà nông đua tài năm 2029",
    f"Thực hiện Kế hoạch số 45-KH/HND ngày 02/3/2029 của {REF1} về tổ chức hội thi nhà nông đua tài; "
    f"Hướng dẫn số 07-HD/CCB ngày 05/3/2029 của {REF2} về phối hợp tổ chức hội thi, Ban Thường vụ Hội "
    "Nông dân xã xây dựng kế hoạch như sau:",
    "1. Thời gian: ngày 20/4/2029 tại Hội trường xã.",
    "2. Các chi hội đăng ký đội thi trước ngày 10/4/2029.",
    "Nơi nhận:",
    "- Các chi hội;",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Y Bhiăr Niê",
]
LINES = LEFT + RIGHT + BODY
HTML = "<html><body>" + "".join(f"<p>{x}</p>" for x in LINES) + "</body></html>"
ISSUER = "Hội Nông dân xã Ea Knuê"


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _docx(path: Path, table: bool) -> Path:
    import docx

    d = docx.Document()
    if table:  # the letterhead as a two-cell table
        t = d.add_table(rows=1, cols=2)
        for cell, lines in zip(t.rows[0].cells, (LEFT, RIGHT), strict=True):
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
        rest = BODY
    else:
        rest = LINES
    for line in rest:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    return write_pdf_lines(path, LINES, width=90, left=60)


MAKERS = {
    "txt": lambda d: _write(d / "kh.txt", "\n".join(LINES)),
    "md": lambda d: _write(d / "kh.md", "\n\n".join(LINES)),
    "html": lambda d: _write(d / "kh.html", HTML),
    "docx": lambda d: _docx(d / "kh.docx", table=False),
    "docx-table": lambda d: _docx(d / "kh.docx", table=True),
    "doc": lambda d: soffice_convert(_docx(d / "kh.docx", table=True), "doc"),
    "pdf": lambda d: _pdf(d / "kh.pdf"),
    "pdf-from-word": lambda d: soffice_convert(_docx(d / "kh.docx", table=True), "pdf"),
}


@pytest.mark.parametrize("layout", list(MAKERS))
def test_places_are_whole_and_title_cased(tmp_path: Path, layout: str) -> None:
    path = MAKERS[layout](tmp_path)
    meta = parse(load_file(path), str(path)).meta
    assert meta.issuer == ISSUER, meta.issuer
    issuers = {r.number: r.issuer for r in meta.references}
    assert issuers.get("45-KH/HND") == REF1, issuers
    assert issuers.get("07-HD/CCB") == REF2, issuers


def test_acronyms_after_a_level_word_stay_as_printed() -> None:
    assert body_name("BAN QLDA HUYỆN KRÔNG BÚK") == "Ban QLDA huyện Krông Búk"
    assert body_name("HỘI LHPN XÃ CƯ M'GAR") == "Hội LHPN xã Cư M'Gar"
    assert body_name("ĐOÀN TNCS HỒ CHÍ MINH HUYỆN KBANG") == "Đoàn TNCS Hồ Chí Minh huyện Kbang"
