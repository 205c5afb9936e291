"""What a quote shows is the document's own layout, in every format (trial 18, layout faults):

- a data table's row is quoted as its cells, as written, joined by " | " (no column name written into it,
  no "2." made of the STT cell "2"); the column names stay in the header line and in what retrieval and
  the obligations table read, so "ai chủ trì ...?" still finds the row and names its lead;
- an item of an ordered list (an HTML ``<ol>``, Word's automatic numbering) that writes its own label
  ("Bước 4: ...", "a) ...") is not given the list's number a second time ("4. Bước 4: ...");
- the title block ends where the body's first heading starts ("Chương I", "Điều 1.", "I."), a note on how
  the document was issued ("(Ban hành kèm theo Quyết định số ...)") is text a reader can quote, not the
  subject, and a subject wrapped over two lines ("của Ban Thường vụ Huyện ủy" + "tại cuộc họp ngày ...")
  is read whole.

Documents are written here, parsed and indexed for real, asked through ``Assistant``.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from assistant.loaders import load_file
from assistant.pipeline import process_file
from tests.conftest import assistant_over, dejavu_page, first_line, write_paragraphs

HEADER = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
ROWS = [
    ["1", "Hội nghị sơ kết mô hình nuôi ong lấy mật", "Ban Thường vụ Hội Nông dân huyện",
     "Phòng Nông nghiệp huyện", "Tháng 7/2026"],
    ["2", "Tập huấn kỹ thuật nuôi ong cho hội viên", "Ban Kinh tế Hội Nông dân huyện",
     "Trạm Khuyến nông huyện", "Tháng 8/2026"],
    ["3", "Khảo sát nhu cầu vay vốn làm chuồng trại", "Văn phòng Hội Nông dân huyện", "",
     "Quý III/2026"],
]  # fmt: skip
ROW_2 = "2 | Tập huấn kỹ thuật nuôi ong cho hội viên | Ban Kinh tế Hội Nông dân huyện | Trạm Khuyến nông huyện | Tháng 8/2026"  # noqa: E501
ROW_3 = "3 | Khảo sát nhu cầu vay vốn làm chuồng trại | Văn phòng Hội Nông dân huyện | | Quý III/2026"
PLAN_TOP = ["HỘI NÔNG DÂN HUYỆN ĐÔNG SƠN", "Số: 31-KH/HND", "Đông Sơn, ngày 02 tháng 6 năm 2026",
            "KẾ HOẠCH", "Phát triển nghề nuôi ong năm 2026", "I. PHÂN CÔNG THỰC HIỆN"]  # fmt: skip
PLAN_END = "Các đơn vị được phân công triển khai thực hiện nghiêm túc Kế hoạch này."

STEPS = ["Bước 1: Hội viên nộp đơn cho Chi hội trưởng.", "Bước 2: Chi hội họp bình xét công khai.",
         "Bước 3: Hội cấp xã thẩm định tại hộ.",
         "Bước 4: Ban Thường vụ Hội huyện xét duyệt và ra quyết định.",
         "Lập danh sách hộ được vay gửi Ngân hàng."]  # fmt: skip


def _plan_docx(path: Path) -> Path:
    d = docx.Document()
    for line in PLAN_TOP:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for r, row in enumerate([HEADER, *ROWS]):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    d.add_paragraph(PLAN_END)
    d.save(str(path))
    return path


def _plan_html(path: Path) -> Path:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [HEADER, *ROWS])
    body = "".join(f"<p>{x}</p>" for x in PLAN_TOP) + f"<table>{rows}</table><p>{PLAN_END}</p>"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return path


def _plan_md(path: Path) -> Path:
    table = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    table += ["| " + " | ".join(r) + " |" for r in ROWS]
    path.write_text("\n\n".join(PLAN_TOP) + "\n\n" + "\n".join(table) + "\n\n" + PLAN_END + "\n", "utf-8")
    return path


FUND = [["STT", "Thôn", "Số hộ", "Kinh phí hỗ trợ (đồng)"], ["1", "Bàu Sen", "412", "5.000.000"],
        ["2", "Gò Mít", "285", "3.000.000"]]  # fmt: skip


def _fund_docx(path: Path) -> Path:
    """A plan whose sums are only in a table: the unit is in the column name, not in the cells."""
    d = docx.Document()
    for line in ["HỘI NÔNG DÂN XÃ AN PHÚ", "Số: 12-KH/HND", "An Phú, ngày 02 tháng 6 năm 2026", "KẾ HOẠCH",
                 "Hỗ trợ các thôn làm đường giao thông nông thôn năm 2026", "II. KINH PHÍ",
                 "Kinh phí hỗ trợ các thôn được phân bổ như sau:"]:  # fmt: skip
        d.add_paragraph(line)
    t = d.add_table(rows=len(FUND), cols=len(FUND[0]))
    for r, row in enumerate(FUND):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    d.add_paragraph("Các thôn sử dụng kinh phí đúng mục đích.")
    d.save(str(path))
    return path


def _guide_html(path: Path) -> Path:
    items = "".join(f"<li>{s}</li>" for s in STEPS)
    path.write_text(
        "<html><body><p>HỘI CỰU CHIẾN BINH HUYỆN ĐÔNG SƠN</p><p>Số: 09-HD/CCB</p><p>HƯỚNG DẪN</p>"
        "<p>Xét cho vay vốn Quỹ hội viên nuôi ong</p><p>1. Trình tự xét duyệt cho vay</p>"
        f"<ol>{items}</ol><p>2. Tổ chức thực hiện</p><p>Các chi hội triển khai hướng dẫn này.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    return path


def _guide_docx(path: Path) -> Path:
    d = docx.Document()
    for line in ["HỘI CỰU CHIẾN BINH HUYỆN ĐÔNG SƠN", "Số: 09-HD/CCB", "HƯỚNG DẪN", "Xét cho vay vốn Quỹ"]:
        d.add_paragraph(line)
    for step in STEPS:
        d.add_paragraph(step, style="List Number")  # Word numbers them 1., 2., ... on its own
    d.save(str(path))
    return path


def _centred(d, text: str, bold: bool = False) -> None:
    p = d.add_paragraph()
    p.add_run(text).bold = bold
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _rules_docx(path: Path) -> Path:
    """Rules issued with a decision: the decision's number only in the note under the subject, then the
    first chapter heading centred and bold like the title lines above it."""
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.paragraphs[0].text = "HỘI LHPN HUYỆN ĐÔNG SƠN"
    left.add_paragraph("BAN CHẤP HÀNH")
    right.paragraphs[0].text = "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"
    right.add_paragraph("Đông Sơn, ngày 20 tháng 01 năm 2026")
    _centred(d, "QUY CHẾ", bold=True)
    _centred(d, "Làm việc của Ban Chấp hành Hội Liên hiệp Phụ nữ huyện Đông Sơn khóa XX", bold=True)
    _centred(d, "(Ban hành kèm theo Quyết định số 12-QĐ/HPN ngày 20/01/2026 của Ban Chấp hành Hội huyện)")
    _centred(d, "Chương I", bold=True)
    _centred(d, "QUY ĐỊNH CHUNG", bold=True)
    d.add_paragraph("Điều 1. Phạm vi điều chỉnh").runs[0].bold = True
    d.add_paragraph("Quy chế này quy định chế độ làm việc của Ban Chấp hành Hội Liên hiệp Phụ nữ huyện.")
    d.add_paragraph("Điều 2. Chế độ họp").runs[0].bold = True
    d.add_paragraph("Ban Thường vụ họp thường kỳ 3 tháng một lần.")
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("quoted-layout")
    made = root / "made"
    made.mkdir()
    return assistant_over(
        root,
        embedder,
        {
            "KH31.docx": _plan_docx(made / "KH31.docx"),
            "HD09.html": _guide_html(made / "HD09.html"),
            "QC12.docx": _rules_docx(made / "QC12.docx"),
            "KH12.docx": _fund_docx(made / "KH12.docx"),
        },
    )


def _quotes(answer) -> list[str]:
    return re.findall(r"“([^”]*)”", answer.text)


@pytest.mark.parametrize(("make", "suffix"), [(_plan_docx, "docx"), (_plan_html, "html"), (_plan_md, "md")])
def test_a_table_row_is_its_cells_as_written(tmp_path: Path, make, suffix: str) -> None:
    doc = process_file(make(tmp_path / f"kh31.{suffix}")).document
    rows = [doc.text[p.start : p.end] for p in doc.paragraphs if "table-row" in p.style]
    assert rows[1:] == [ROW_2, ROW_3], rows  # an empty cell keeps its place: "| |"
    assert "Nội dung:" not in doc.text and "Đơn vị chủ trì:" not in doc.text


def test_a_row_is_quoted_verbatim_and_still_answers_who_leads(assistant) -> None:
    answer = assistant.ask("Ai chủ trì tập huấn kỹ thuật nuôi ong cho hội viên, phối hợp với ai?")
    assert first_line(answer).startswith(
        "Chủ trì: Ban Kinh tế Hội Nông dân huyện; phối hợp: Trạm Khuyến nông huyện"
    ), answer.text
    quotes = _quotes(answer)
    assert ROW_2 in quotes, answer.text
    assert not any(re.search(r"Nội dung:|Đơn vị chủ trì:|Thời gian:", q) for q in quotes), answer.text


def test_a_rows_deadline_is_read_from_its_column(assistant) -> None:
    answer = assistant.ask("Khi nào khảo sát nhu cầu vay vốn làm chuồng trại?")
    assert "Quý III/2026" in first_line(answer), answer.text
    assert ROW_3 in _quotes(answer), answer.text


def test_a_sum_in_a_table_is_read_under_its_column(assistant) -> None:
    # the unit is the column's ("Kinh phí hỗ trợ (đồng)"): the amount check and the figure reader read the
    # row with its column names, while the quote stays the cells
    answer = assistant.ask("Thôn Gò Mít được hỗ trợ bao nhiêu tiền?")
    assert not answer.abstained, answer.text
    assert "2 | Gò Mít | 285 | 3.000.000" in _quotes(answer), answer.text
    answer = assistant.ask("Thôn Bàu Sen có bao nhiêu hộ?")
    assert "412" in first_line(answer), answer.text
    assert "1 | Bàu Sen | 412 | 5.000.000" in _quotes(answer), answer.text


def test_an_ordered_item_with_its_own_label_is_not_numbered_again(tmp_path: Path, assistant) -> None:
    for path in (_guide_html(tmp_path / "hd.html"), _guide_docx(tmp_path / "hd.docx")):
        lines = [b.text for b in load_file(path).blocks]
        assert "Bước 4: Ban Thường vụ Hội huyện xét duyệt và ra quyết định." in lines, (path, lines)
        assert not any(re.match(r"\d+\.\s+Bước", x) for x in lines), (path, lines)
        # an item without a label of its own still gets the list's number
        assert "5. Lập danh sách hộ được vay gửi Ngân hàng." in lines, (path, lines)
    answer = assistant.ask("Trình tự xét duyệt cho vay vốn Quỹ gồm những bước nào?")
    assert "Bước 4: Ban Thường vụ Hội huyện xét duyệt" in answer.text, answer.text
    assert not re.search(r"\d\.\s+Bước", answer.text), answer.text


def test_the_title_block_ends_at_the_first_chapter(tmp_path: Path, assistant) -> None:
    doc = process_file(_rules_docx(tmp_path / "qc.docx")).document
    assert doc.meta.title == "Làm việc của Ban Chấp hành Hội Liên hiệp Phụ nữ huyện Đông Sơn khóa XX"
    assert ["Chương I. QUY ĐỊNH CHUNG", "Điều 2. Chế độ họp"] in [s.path for s in doc.sections]
    # The note naming the decision is text: a question about it quotes it.
    question = "Quy chế làm việc của Hội LHPN huyện Đông Sơn ban hành kèm theo quyết định số mấy?"
    answer = assistant.ask(question)
    assert any("Quyết định số 12-QĐ/HPN" in q for q in _quotes(answer)), answer.text


NOTICE = ["HUYỆN ỦY ĐÔNG SƠN", "Số 75-TB/HU", "Đông Sơn, ngày 10 tháng 6 năm 2026", "THÔNG BÁO KẾT LUẬN",
          "của Ban Thường vụ Huyện ủy", "tại cuộc họp ngày 08/6/2026",
          "Ngày 08/6/2026, Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí Bí thư Huyện ủy.",
          "1. Giao Ủy ban nhân dân huyện hoàn thành kế hoạch trước ngày 30/7/2026."]  # fmt: skip


def _notice_pdf(path: Path) -> Path:
    pdf = dejavu_page()
    y = 60.0
    for line in NOTICE:
        pdf.text(60, y, line)
        y += 24  # a paragraph's distance: each line a block of its own
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_subject_over_two_lines_is_read_whole(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"tb75.{fmt}"
    if fmt == "pdf":
        _notice_pdf(path)
    else:
        write_paragraphs(path, NOTICE)
    meta = process_file(path).document.meta
    assert (meta.doc_type, meta.number) == ("Thông báo kết luận", "75-TB/HU")
    # "tại cuộc họp ..." names the meeting, not a subject: whose conclusion it is stays with it
    assert meta.title == "của Ban Thường vụ Huyện ủy tại cuộc họp ngày 08/6/2026", meta.title
