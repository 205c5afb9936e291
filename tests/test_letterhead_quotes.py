"""A letterhead's number and its place and date sit in different cells or columns, so a quote never joins
them (trial 24: "Số 41-TB/ĐU Phú Lâm Đông, ngày 08 tháng 9 năm 2027" was quoted as one passage from a PDF
whose letterhead had them in two columns; no such text is contiguous in the source). The number line is a
whole field, quoted on its own (the line a question asking the number quotes); the place and date are
quoted on their own. In every format, through ``Assistant.ask``. Names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over, soffice_convert

LEFT = ["ỦY BAN NHÂN DÂN HUYỆN TÂN LỘC", "ỦY BAN NHÂN DÂN XÃ LỘC HÒA", "Số: 58/KH-UBND"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
RIGHT = [*MOTTO, "Lộc Hòa, ngày 06 tháng 3 năm 2029"]
BODY = [
    "KẾ HOẠCH",
    "Tổ chức Ngày hội đọc sách năm 2029",
    "Thực hiện chỉ đạo của Ủy ban nhân dân huyện, Ủy ban nhân dân xã xây dựng kế hoạch như sau:",
    "1. Thời gian: ngày 21/4/2029 tại Nhà văn hóa xã.",
    "2. Công chức Văn hóa - Xã hội xã chủ trì chuẩn bị nội dung, báo cáo kết quả trước ngày 30/4/2029.",
    "Nơi nhận:",
    "- UBND huyện (b/c);",
    "- Lưu VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Hà Minh Khôi",
]
NUMBER, DATE = LEFT[-1], RIGHT[-1]
QUESTIONS = ("Kế hoạch số 58/KH-UBND ban hành ngày nào?", "Kế hoạch Ngày hội đọc sách số mấy, ngày nào?")


def _docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (LEFT, RIGHT), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for line in BODY:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _spaced() -> str:
    rows = [f"{a:<44}{b}" for a, b in zip(LEFT, RIGHT, strict=True)]
    return "\n".join(rows + [""] + BODY)


def _html() -> str:
    cells = "".join("<td>" + "".join(f"<p>{x}</p>" for x in side) + "</td>" for side in (LEFT, RIGHT))
    body = "".join(f"<p>{x}</p>" for x in BODY)
    return f"<html><body><table><tr>{cells}</tr></table>{body}</body></html>"


def _md() -> str:
    row = "| " + "<br>".join(LEFT) + " | " + "<br>".join(RIGHT) + " |\n|---|---|\n"
    return row + "\n" + "\n\n".join(BODY)


MAKERS = {
    "txt": lambda d: _write(d / "kh.txt", _spaced()),
    "md": lambda d: _write(d / "kh.md", _md()),
    "html": lambda d: _write(d / "kh.html", _html()),
    "docx": lambda d: _docx(d / "kh.docx"),
    "doc": lambda d: soffice_convert(_docx(d / "kh.docx"), "doc"),
    "pdf": lambda d: soffice_convert(_docx(d / "kh.docx"), "pdf"),
}


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("layout", list(MAKERS))
def test_number_and_date_are_never_one_quote(tmp_path: Path, embedder, layout: str) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "run").mkdir()
    made = MAKERS[layout](tmp_path / "src")
    a = assistant_over(tmp_path / "run", embedder, {made.name: made})
    for question in QUESTIONS:
        answer = a.ask(question)
        quotes = [c.quote or c.text for c in answer.citations]
        assert not any("58/KH-UBND" in q and "ngày 06 tháng 3" in q for q in quotes), quotes
    answer = a.ask("Kế hoạch số 58/KH-UBND ban hành ngày nào?")
    assert any(DATE in (c.quote or c.text) for c in answer.citations), answer.text


@pytest.mark.parametrize("layout", ["docx", "txt"])
def test_the_number_asked_is_quoted_from_its_own_line(tmp_path: Path, embedder, layout: str) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "run").mkdir()
    made = MAKERS[layout](tmp_path / "src")
    a = assistant_over(tmp_path / "run", embedder, {made.name: made})
    answer = a.ask("Kế hoạch Ngày hội đọc sách năm 2029 có số hiệu là gì?")
    assert any((c.quote or c.text) == NUMBER for c in answer.citations), answer.text
