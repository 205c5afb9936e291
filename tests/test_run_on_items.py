"""Items and closing lines glued to the wrong part, in every format (trial parse21):

- a sentence about the whole document after the last numbered item ("Hướng dẫn này thay thế Hướng dẫn số
  ...", "Kế hoạch này có hiệu lực từ ngày ký.", "Các cấp ủy ... căn cứ Hướng dẫn này tổ chức thực hiện")
  is the closing part ("Phần kết"), not the last item's text; under an article ("Điều 4. Hiệu lực thi
  hành") it stays the article's;
- "Điều N." written inside the previous paragraph (a .doc read as text, a hard-wrapped file) opens the
  article; a lettered item or a bullet run into the previous item is an item of its own, also in a PDF
  whose item lines end without a stop;
- a line without a pipe under a Markdown table's total row is the paragraph after the table, not a row.

Real files written here (text, Markdown, python-docx, HTML, fpdf2 PDF), indexed for real and read back
through ``Retriever.search`` (each chunk's section path and text).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.conftest import assistant_over, dejavu_page, write_docx

HEAD = ["TỈNH ỦY KON TUM", "BAN TUYÊN GIÁO", "Số 15-HD/BTGTU", "Kon Tum, ngày 12 tháng 3 năm 2031",
        "HƯỚNG DẪN", "tuyên truyền kỷ niệm ngày thành lập Đảng"]
SIGN = ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Hùng"]
REPLACED = "Hướng dẫn này thay thế Hướng dẫn số 08-HD/BTGTU ngày 02/02/2029 của Ban Tuyên giáo Tỉnh ủy."
GUIDE = HEAD + [
    "I. NỘI DUNG TUYÊN TRUYỀN", "Lịch sử vẻ vang của Đảng qua các thời kỳ.", "II. TỔ CHỨC THỰC HIỆN",
    "1. Các huyện ủy, thành ủy chỉ đạo tổ chức tuyên truyền sâu rộng.",
    "2. Ban Tuyên giáo Tỉnh ủy:",
    "- Theo dõi, tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy trước ngày 30/4/2031.",
    "- Phối hợp với Báo Kon Tum mở chuyên mục tuyên truyền.",
    REPLACED,
    "Các cấp ủy, tổ chức đảng căn cứ Hướng dẫn này tổ chức thực hiện phù hợp với tình hình địa phương.",
] + SIGN
# the same closing glued onto the last item's paragraph (a PDF or hard-wrapped text lost the break)
GLUED = HEAD + [
    "1. Mục đích, yêu cầu", "Nâng cao nhận thức của cán bộ, đảng viên.", "2. Nhiệm vụ",
    "a) Đảng ủy các xã tổ chức hội nghị quán triệt trong tháng 4/2031.",
    "b) Hội Nông dân tỉnh tuyên truyền đến hội viên. Kế hoạch này có hiệu lực từ ngày ký.",
] + SIGN
RULES = ["ĐẢNG ỦY XÃ ĐĂK LA", "Số 25-QĐ/ĐU", "Đăk La, ngày 10 tháng 5 năm 2031", "QUY ĐỊNH",
         "về chế độ làm việc của Đảng ủy xã"]
ARTICLES = [
    "Điều 1. Phạm vi điều chỉnh", "Quy định này quy định chế độ làm việc, sinh hoạt của Đảng ủy xã.",
    "Điều 2. Chế độ sinh hoạt", "Đảng ủy sinh hoạt thường kỳ mỗi tháng một lần vào ngày 05 hằng tháng.",
    "Điều 3. Trách nhiệm của Văn phòng",
    "Văn phòng Đảng ủy chuẩn bị tài liệu chậm nhất 03 ngày trước kỳ họp.",
    "Điều 4. Hiệu lực thi hành", "Quy định này có hiệu lực từ ngày ký.",
]
# each article's title written at the end of the previous article's paragraph
RULES_GLUED = RULES + [ARTICLES[0]] + [f"{ARTICLES[i]} {ARTICLES[i + 1]}" for i in (1, 3, 5)] + [
    ARTICLES[7]] + ["T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Minh"]
LETTERS = HEAD + [
    "I. NHIỆM VỤ", "1. Tuyên truyền",
    "a) Đảng ủy các xã tổ chức hội nghị quán triệt trong tháng 4/2031; b) Đoàn Thanh niên tổ chức hoạt động"
    " tình nguyện trước ngày 30/5/2031; c) Hội Cựu chiến binh tuyên truyền đến hội viên.",
    "- Ban Dân vận theo dõi việc thực hiện. - Mặt trận Tổ quốc tỉnh giám sát kết quả thực hiện.",
    "2. Kiểm tra",
    "Ban Tuyên giáo kiểm tra theo điểm b) khoản 2 Điều 5 Quy định số 09 và Ban Kinh tế - Xã hội.",
    "a) Các chi bộ thực hiện theo điểm b) Khoản 2 Điều 3 Quy định số 09.",
] + SIGN


def _html(lines: list[str]) -> str:
    return "<html><body>" + "".join(f"<p>{x}</p>" for x in lines) + "</body></html>"


def _pdf(path: Path, lines: list[str], tight: bool = False) -> Path:
    """fpdf2 lines wrapped at 95 characters; ``tight``: no paragraph spacing (items read line by line)."""
    pdf = dejavu_page(10)
    y = 50.0
    for line in lines:
        for piece in textwrap.wrap(line, 95):
            pdf.text(60, y, piece)
            y += 13
        y += 0 if tight else 11
    pdf.output(str(path))
    return path


def _chunks(tmp: Path, embedder, name: str, made) -> list:
    """Every chunk of the one document indexed from ``made`` (a text, docx lines or a file)."""
    from assistant.retrieve import Retriever

    a = assistant_over(tmp, embedder, {name: made})
    hits = Retriever(a.settings, embedder=embedder).search("Ban Tuyên giáo Đảng ủy hiệu lực thực hiện", k=60)
    return [h.chunk for h in hits]


def _holding(chunks, text: str):
    found = [c for c in chunks if text in c.text]
    assert found, [c.text for c in chunks]
    return found


FORMATS = ["txt", "docx", "html", "pdf"]


def _made(fmt: str, lines: list[str], tmp: Path):
    if fmt == "txt":
        return "\n\n".join(lines) + "\n"
    if fmt == "docx":
        return write_docx(tmp / "src.docx", lines)
    if fmt == "html":
        return _html(lines)
    return _pdf(tmp / "src.pdf", lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_whole_document_sentences_after_the_last_item_close_it(fmt, tmp_path, embedder):
    chunks = _chunks(tmp_path, embedder, f"hd.{fmt}", _made(fmt, GUIDE, tmp_path))
    for c in _holding(chunks, "thay thế Hướng dẫn số 08-HD/BTGTU"):
        assert c.section_path[:1] == ["Phần kết"], c.section_path
        assert "Phối hợp với Báo Kon Tum" not in c.text
    for c in _holding(chunks, "Phối hợp với Báo Kon Tum"):
        assert "thay thế" not in c.text and "căn cứ Hướng dẫn này" not in c.text


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_effect_sentence_glued_to_the_last_item_is_cut_off(fmt, tmp_path, embedder):
    chunks = _chunks(tmp_path, embedder, f"kh.{fmt}", _made(fmt, GLUED, tmp_path))
    for c in _holding(chunks, "có hiệu lực từ ngày ký"):
        assert c.section_path[:1] == ["Phần kết"], c.section_path
        assert "Hội Nông dân" not in c.text


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_effect_sentence_under_an_article_stays_the_articles(fmt, tmp_path, embedder):
    lines = RULES + ARTICLES + ["T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Minh"]
    chunks = _chunks(tmp_path, embedder, f"qd.{fmt}", _made(fmt, lines, tmp_path))
    for c in _holding(chunks, "có hiệu lực từ ngày ký"):
        assert c.section_path[:1] == ["Điều 4. Hiệu lực thi hành"], c.section_path


def test_replacement_sentence_after_an_articles_clauses_stays_the_articles(tmp_path, embedder):
    lines = RULES + ARTICLES[:6] + [
        "Điều 4. Hiệu lực thi hành", "1. Quy định này có hiệu lực từ ngày ký.",
        "2. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện.",
        "Quy định này thay thế Quy định số 10-QĐ/ĐU ngày 05/01/2028 của Đảng ủy xã.",
        "T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Minh"]
    chunks = _chunks(tmp_path, embedder, "qd.txt", "\n\n".join(lines) + "\n")
    for c in _holding(chunks, "thay thế Quy định số 10-QĐ/ĐU"):
        assert c.section_path[:1] == ["Điều 4. Hiệu lực thi hành"], c.section_path


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_article_written_inside_the_previous_paragraph_opens_its_article(fmt, tmp_path, embedder):
    chunks = _chunks(tmp_path, embedder, f"qd.{fmt}", _made(fmt, RULES_GLUED, tmp_path))
    for c in _holding(chunks, "chậm nhất 03 ngày trước kỳ họp"):
        assert c.section_path[:1] == ["Điều 3. Trách nhiệm của Văn phòng"], c.section_path
    for c in _holding(chunks, "mỗi tháng một lần"):
        assert c.section_path[:1] == ["Điều 2. Chế độ sinh hoạt"], c.section_path
        assert "Văn phòng Đảng ủy chuẩn bị" not in c.text


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_lettered_items_and_bullets_run_together_are_items_of_their_own(fmt, tmp_path, embedder):
    chunks = _chunks(tmp_path, embedder, f"hd.{fmt}", _made(fmt, LETTERS, tmp_path))
    for c in _holding(chunks, "Đoàn Thanh niên tổ chức"):
        assert c.section_path[-1] == "b)", c.section_path
        assert "Đảng ủy các xã" not in c.text and "Hội Cựu chiến binh" not in c.text
    assert any(c.section_path[-1] == "c)" for c in _holding(chunks, "Hội Cựu chiến binh"))
    # a label quoted in prose, a name with " - ": no item
    for c in _holding(chunks, "theo điểm b) khoản 2"):
        assert "Ban Kinh tế - Xã hội" in c.text and c.section_path[-1] == "2. Kiểm tra", c.section_path
    assert all("Khoản 2 Điều 3" in c.text for c in _holding(chunks, "Các chi bộ thực hiện theo điểm"))


def test_pdf_items_without_stops_are_not_run_together(tmp_path, embedder):
    """Items whose only line is full and ends with no stop: the next label at a line's start opens the
    next item (letters, bullets, the next number)."""
    pre = ("Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy về tuyên truyền kỷ niệm ngày thành lập "
           "Đảng, Ban Tuyên giáo Tỉnh ủy hướng dẫn các cấp ủy, tổ chức đảng triển khai thực hiện một số nội "
           "dung cụ thể nhằm nâng cao nhận thức của cán bộ, đảng viên và nhân dân về truyền thống như sau:")
    item = "tổ chức quán triệt, tuyên truyền sâu rộng đến cán bộ, đảng viên và nhân dân"  # lines of 91-94
    lines = HEAD + [pre, "I. NHIỆM VỤ", "1. Tuyên truyền", f"a) Đảng ủy các xã {item}",
                    f"b) Đoàn Thanh niên {item}", f"c) Hội Nông dân {item}", "2. Kiểm tra, giám sát:",
                    "- Ban Dân vận Tỉnh ủy theo dõi, đôn đốc việc tổ chức quán triệt ở các xã, thị trấn"
                    " và cơ sở",
                    "- Mặt trận Tổ quốc tỉnh giám sát việc tổ chức quán triệt ở các xã, thị trấn và cơ"
                    " sở đảng",
                    "3. Chế độ báo cáo", "Ban Tuyên giáo tổng hợp kết quả trước ngày 15/6/2031."] + SIGN
    chunks = _chunks(tmp_path, embedder, "hd.pdf", _pdf(tmp_path / "src.pdf", lines, tight=True))
    for c in _holding(chunks, "Đoàn Thanh niên"):
        assert c.section_path[-1].startswith("b)"), c.section_path
        assert "Đảng ủy các xã" not in c.text and "Hội Nông dân" not in c.text
    for c in _holding(chunks, "Mặt trận Tổ quốc tỉnh giám sát"):
        assert c.text.startswith("- Mặt trận") or "\n- Mặt trận" in c.text, c.text  # a bullet of its own
    for c in _holding(chunks, "Ban Tuyên giáo tổng hợp kết quả"):
        assert c.section_path[-1] == "3. Chế độ báo cáo", c.section_path


@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_paragraph_right_under_a_markdown_table_is_no_row(suffix, tmp_path, embedder):
    text = "\n".join([
        "KẾ HOẠCH", "phân bổ kinh phí tuyên truyền năm 2031", "", "I. KINH PHÍ", "",
        "1. Phân bổ cho các đơn vị như sau:", "",
        "| STT | Đơn vị | Kinh phí (triệu đồng) |", "|---|---|---|", "| 1 | Huyện ủy Đăk Hà | 120 |",
        "| 2 | Huyện ủy Sa Thầy | 80 |", "| | Tổng cộng | 200 |",
        "Kinh phí được Văn phòng Tỉnh ủy cấp trong quý II/2031.", "",
        "2. Ban Tổ chức theo dõi việc sử dụng kinh phí.", "",
    ])
    chunks = _chunks(tmp_path, embedder, f"kh.{suffix}", text)
    found = _holding(chunks, "Kinh phí được Văn phòng Tỉnh ủy cấp trong quý II/2031.")
    assert not any("Tổng cộng | 200 | Kinh phí" in c.text or "200 | Kinh phí được" in c.text for c in found)
    assert any("Tổng cộng" in c.text for c in chunks)
