"""A letter's "V/v ..." subject wrapped in its narrow letterhead column onto a line that opens with a name
(trials 20 and 21: "V/v báo cáo số liệu Chiến dịch" / "Thanh niên tình nguyện hè 2027" kept only its first
line, and the second became the body's first words). The column ends where it ends, so the next line may
open with a capital: it carries the subject on when it is printed right under the V/v line (in the same
table cell, or outside any cell fitting the column's width and ending no sentence), in every format: a
text letterhead laid out with spaces (the V/v beside the date, or alone under the letterhead), Markdown,
a Word table cell of two paragraphs, Word paragraphs, a PDF whose V/v line shares its row with the date
or stands alone. A body sentence right under the V/v line stays the body. Names and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.parse import parse
from tests.conftest import dejavu_page

VV = ["V/v hướng dẫn lập hồ sơ xét tặng", "Giải thưởng Lương Định Của đợt 1 năm 2029"]
LEFT = ["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN HUYỆN VĨNH AN"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER, DATE = "Số: 61/CV-HND", "Vĩnh An, ngày 04 tháng 5 năm 2029"
BODY = [
    "Kính gửi: Ban Thường vụ Hội Nông dân các xã, thị trấn.",
    "Để chuẩn bị xét tặng, Ban Thường vụ Hội Nông dân huyện đề nghị các cơ sở Hội thực hiện như sau:",
    "1. Hội Nông dân các xã gửi hồ sơ về Văn phòng Hội Nông dân huyện trước ngày 30/5/2029.",
    "2. Văn phòng Hội Nông dân huyện tổng hợp, trình Ban Thường vụ xét chọn.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu VP.",
    "KT. BAN THƯỜNG VỤ",
    "PHÓ CHỦ TỊCH",
    "Đặng Văn Hiếu",
]
SUBJECT = " ".join(VV)


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


def _txt_beside_date(path: Path) -> Path:
    head = [
        f"{LEFT[0]}                  {MOTTO[0]}",
        f"{LEFT[1]}            {MOTTO[1]}",
        f"        {NUMBER}",
        f"{VV[0]}               {DATE}",
        VV[1],
    ]
    path.write_text("\n".join(head) + "\n\n" + "\n\n".join(BODY) + "\n", encoding="utf-8")
    return path


def _txt_under_letterhead(path: Path) -> Path:
    head = [
        f"{LEFT[1]}          {MOTTO[0]}",
        f"         ***                         {DATE}",
        f"   {NUMBER}",
        "",
        *VV,
    ]
    path.write_text("\n".join(head) + "\n\n" + "\n\n".join(BODY) + "\n", encoding="utf-8")
    return path


def _docx_cell(path: Path) -> Path:
    import docx

    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text = LEFT[1]
    table.cell(0, 1).text = MOTTO[0]
    table.cell(1, 0).text = NUMBER
    table.cell(1, 1).text = DATE
    table.cell(2, 0).text = VV[0]
    table.cell(2, 0).add_paragraph(VV[1])
    for line in BODY:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _docx_paragraphs(path: Path) -> Path:
    import docx

    d = docx.Document()
    for line in [LEFT[1], MOTTO[0], MOTTO[1], NUMBER, DATE, *VV, *BODY]:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _pdf(path: Path, beside: bool) -> Path:
    pdf = dejavu_page(11)
    pdf.text(60, 60, LEFT[1])
    pdf.text(320, 60, MOTTO[0])
    pdf.text(90, 76, NUMBER)
    pdf.text(340, 76, MOTTO[1])
    if beside:
        pdf.text(330, 92, DATE)
    else:
        pdf.text(330, 40, DATE)
    pdf.text(60, 92, VV[0])
    pdf.text(60, 106, VV[1])
    y = 140.0
    for line in BODY:
        pdf.text(60, y, line[:95])
        y += 24
    pdf.output(str(path))
    return path


MAKERS = {
    "txt-beside-date": lambda p: _txt_beside_date(p.with_suffix(".txt")),
    "txt-under-letterhead": lambda p: _txt_under_letterhead(p.with_suffix(".txt")),
    "md": lambda p: _txt_under_letterhead(p.with_suffix(".md")),
    "docx-cell": lambda p: _docx_cell(p.with_suffix(".docx")),
    "docx-paragraphs": lambda p: _docx_paragraphs(p.with_suffix(".docx")),
    "pdf-beside-date": lambda p: _pdf(p.with_suffix(".pdf"), beside=True),
    "pdf-alone": lambda p: _pdf(p.with_suffix(".pdf"), beside=False),
}


@pytest.mark.parametrize("layout", list(MAKERS))
def test_a_vv_line_wrapped_onto_a_name_is_one_subject(tmp_path: Path, layout: str) -> None:
    doc = _doc(MAKERS[layout](tmp_path / "cv61"))
    assert doc.meta.title == SUBJECT, doc.meta.title
    assert (doc.meta.number, doc.meta.date) == ("61/CV-HND", "2029-05-04")
    assert doc.meta.addressees == ["Ban Thường vụ Hội Nông dân các xã, thị trấn"]
    assert VV[1] not in doc.text, "the subject's second line is not the body's first words"
    assert doc.text.lstrip().startswith("Kính gửi:")


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_sentence_right_under_the_vv_line_is_the_body(tmp_path: Path, suffix: str) -> None:
    """A letter with no "Kính gửi:" whose first sentence follows the V/v line at once: a sentence (it ends
    with a full stop) or a line longer than the V/v column is the body, not the subject."""
    first = "Hội nghị sơ kết tổ chức vào ngày 20/5/2029."
    long_first = (
        "Ban Thường vụ Hội Nông dân huyện đề nghị các cơ sở Hội gửi hồ sơ trước ngày 30/5/2029 để tổng hợp"
    )
    for n, line in enumerate([first, long_first]):
        lines = [LEFT[1], MOTTO[0], NUMBER, DATE, VV[0], line, *BODY[2:]]
        path = tmp_path / f"cv{n}{suffix}"
        if suffix == ".docx":
            _docx_lines(path, lines)
        else:
            path.write_text("\n".join(lines[:5]) + "\n" + "\n\n".join(lines[5:]) + "\n", encoding="utf-8")
        doc = _doc(path)
        assert doc.meta.title == VV[0], doc.meta.title
        assert line in doc.text


def _docx_lines(path: Path, lines: list[str]) -> None:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))


def test_a_vv_subject_wrapped_over_three_lines_of_a_text_letter_is_whole(tmp_path: Path) -> None:
    """A text letter whose V/v subject runs over three lines, the last two joined by the reader into one
    paragraph longer than the V/v column, then "Kính gửi:" (trial 27): the whole subject is the title."""
    vv = [
        "V/v tuyên truyền Đại hội đại biểu",
        "Mặt trận Tổ quốc Việt Nam tỉnh",
        "lần thứ XVI, nhiệm kỳ 2029 - 2034",
    ]
    head = [
        f"   TỈNH ỦY TÂN PHONG                           {MOTTO[0]}",
        "   BAN TUYÊN GIÁO",
        "          *                               Tân Phong, ngày 14 tháng 8 năm 2029",
        "  Số 418-CV/BTGTU",
        *vv,
    ]
    body = ["Kính gửi:", "- Ban Tuyên giáo các huyện ủy;", "- Báo Tân Phong.", *BODY[2:4]]
    path = tmp_path / "cv418.txt"
    path.write_text("\n".join(head) + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    doc = _doc(path)
    assert doc.meta.title == " ".join(vv), doc.meta.title
    assert vv[2] not in doc.text
