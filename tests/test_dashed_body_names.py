"""A dashed list of duties whose bodies are departments named with " - " inside their names ("- Ban Kinh tế -
Xã hội Hội Nông dân huyện: ...", "- Ban Tổ chức - Kiểm tra Huyện đoàn: ...") (trial 21: such an item was no
section of its own, so its text sat under the previous body's section and its duties were cited there).
A line that starts with "- " is an item; a " - " inside a name is part of the name: a department's name
ending in its registered body is that body's lead-in however long it is. In every format: text with and
without blank lines, Markdown, Word paragraphs, HTML list items and paragraphs, PDF. The obligations table
cites each duty under its own body and writes no lead-in colon into the task. Names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.obligations import extract_obligations
from assistant.parse import parse
from tests.conftest import write_docx, write_pdf_lines

HEAD = [
    "HUYỆN ĐOÀN VĨNH AN",
    "Số: 14-KH/HĐTN",
    "Vĩnh An, ngày 03 tháng 4 năm 2029",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội thanh niên khởi nghiệp năm 2029",
    "Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:",
    "1. Thời gian: ngày 15/5/2029 tại Nhà văn hóa huyện.",
    "2. Phân công thực hiện",
]
BODIES = [
    "Ban Phong trào Huyện đoàn",
    "Ban Tổ chức - Kiểm tra Huyện đoàn",
    "Ban Kinh tế - Xã hội Hội Nông dân huyện",
    "Văn phòng Huyện đoàn",
]
DUTIES = [
    "chủ trì xây dựng nội dung ngày hội; báo cáo Ban Thường vụ trước ngày 20/4/2029.",
    "phối hợp kiểm tra công tác chuẩn bị; đề xuất khen thưởng sau ngày hội.",
    "phối hợp giới thiệu các mô hình kinh tế của hội viên trước ngày 10/5/2029.",
    "bảo đảm kinh phí, hậu cần.",
]
ITEMS = [f"{b}: {d}" for b, d in zip(BODIES, DUTIES, strict=True)]
TAIL = ["Nơi nhận:", "- Thường trực Huyện ủy (b/c);", "- Lưu VP.", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Lý Hoa"]
LINES = HEAD + ["- " + x for x in ITEMS] + TAIL
MD_LIST = "\n".join("- " + x for x in ITEMS)  # a Markdown list: one item a line
HTML_LIST = "<ul>" + "".join(f"<li>{x}</li>" for x in ITEMS) + "</ul>"


def _html(items: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in HEAD)
    tail = "".join(f"<p>{line}</p>" for line in TAIL)
    return f"<html><body>{paras}{items}{tail}</body></html>"


def _pdf(path: Path) -> Path:
    return write_pdf_lines(path, LINES, width=60, left=50)


MAKERS = {
    "txt": lambda d: _write(d / "kh.txt", "\n\n".join(LINES)),
    "txt-no-blank-lines": lambda d: _write(d / "kh.txt", "\n".join(LINES)),
    "md": lambda d: _write(d / "kh.md", "\n\n".join(HEAD) + "\n\n" + MD_LIST + "\n\n" + "\n\n".join(TAIL)),
    "docx": lambda d: write_docx(d / "kh.docx", LINES),
    "html-list": lambda d: _write(d / "kh.html", _html(HTML_LIST)),
    "html-paragraphs": lambda d: _write(d / "kh.html", _html("".join(f"<p>- {x}</p>" for x in ITEMS))),
    "pdf": lambda d: _pdf(d / "kh.pdf"),
}


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


@pytest.mark.parametrize("layout", list(MAKERS))
def test_each_dashed_body_is_its_own_section_and_duty(tmp_path: Path, layout: str) -> None:
    doc = _doc(MAKERS[layout](tmp_path))
    for body, duty in zip(BODIES, DUTIES, strict=True):
        sec = next((s for s in doc.sections if s.path[-1:] == [body]), None)
        assert sec is not None, (body, [s.path for s in doc.sections])
        text = doc.text[sec.start : sec.end]
        assert duty in text
        assert not any(other in text for other in BODIES if other != body), text
    rows = extract_obligations(doc)
    for body, duty in zip(BODIES, DUTIES, strict=True):
        own = [r for r in rows if body in r.responsible + r.lead]
        assert own, (body, [(r.responsible, r.section) for r in rows])
        assert all(r.section.endswith(body) for r in own), [r.section for r in own]
        assert own[0].task.startswith(duty[:20].capitalize()), own[0].task


# A guide numbering its bodies' items, as a web page does ("2. Ban Tổ chức - Kiểm tra Huyện đoàn: ...; ...").
GUIDE_HTML = _html(
    "".join(
        f"<p>{n}. {b}: {d}</p>"
        for n, (b, d) in enumerate(zip(BODIES, DUTIES, strict=True), start=3)
    )
).replace("2. Phân công thực hiện", "2. Tổ chức thực hiện")


# One body given duties in two sentences of one item, each "...; ...", and more in the next item: the item
# is quoted whole, the next item apart.
WOMEN = "Hội Liên hiệp Phụ nữ xã Vĩnh Hòa"
REPEATED = [
    "HỘI LHPN HUYỆN VĨNH AN",
    "Số: 16-KH/HPN",
    "Vĩnh An, ngày 05 tháng 4 năm 2029",
    "KẾ HOẠCH",
    "Hưởng ứng Ngày Gia đình Việt Nam năm 2029",
    "1. Mục đích: phát huy giá trị gia đình truyền thống.",
    f"2. {WOMEN} tuyên truyền về giá trị gia đình; vận động hội viên đăng ký gia đình hạnh phúc. {WOMEN} "
    "tổ chức tọa đàm chuyên đề; tổng hợp kết quả đăng ký.",
    f"3. {WOMEN} phối hợp với Đoàn xã tổ chức ngày hội; báo cáo kết quả trước ngày 30/6/2029.",
    "Nơi nhận:",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lò Thị Hoa",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    from tests.conftest import assistant_over

    return assistant_over(
        tmp_path_factory.mktemp("dashed_bodies"),
        embedder,
        {
            "kh14.txt": "\n\n".join(LINES) + "\n",
            "hd15.html": GUIDE_HTML.replace("14-KH", "15-HD"),
            "kh16.txt": "\n\n".join(REPEATED) + "\n",
        },
    )


@pytest.mark.parametrize(
    "question",
    [
        "Ban Tổ chức - Kiểm tra Huyện đoàn có nhiệm vụ gì trong Kế hoạch 14-KH/HĐTN?",
        "ban to chuc kiem tra huyen doan co nhiem vu gi trong ke hoach 14-KH/HĐTN",
        "Ban Tổ chức - Kiểm tra Huyện đoàn có nhiệm vụ gì trong Hướng dẫn 15-HD/HĐTN?",
    ],
)
def test_a_bodys_item_is_quoted_to_its_end_across_its_semicolon(assistant, question: str) -> None:
    """ "Body: duty1; duty2.": both duties are the body's, so the quote goes on past the ";" (trial 21 q29
    quoted only "phối hợp kiểm tra ..." and dropped "đề xuất khen thưởng ...")."""
    answer = assistant.ask(question)
    quotes = [line for line in answer.text.split("\n") if line.startswith("- ")]
    assert quotes and "phối hợp kiểm tra công tác chuẩn bị" in quotes[0], answer.text
    assert "đề xuất khen thưởng sau ngày hội" in quotes[0], answer.text
    assert answer.citations[0].section.endswith(("Ban Tổ chức - Kiểm tra Huyện đoàn", "4.")), answer.citations


def test_the_duty_row_of_a_body_holds_all_its_clauses(tmp_path: Path) -> None:
    doc = _doc(_write(tmp_path / "kh.txt", "\n\n".join(LINES)))
    row = next(r for r in extract_obligations(doc) if r.responsible == [BODIES[1]])
    assert row.text.rstrip(".").endswith("đề xuất khen thưởng sau ngày hội"), row.text
    assert doc.text[row.start : row.end] == row.text


def test_a_bodys_item_of_two_sentences_is_quoted_whole_and_alone(assistant) -> None:
    """Each sentence of an item is a duty of its body to the sentence's end; the item's duties are quoted
    as one stretch of the item, never glued to the next item's."""
    answer = assistant.ask(f"{WOMEN} phải làm gì trong Kế hoạch 16-KH/HPN?")
    quotes = [line for line in answer.text.split("\n") if line.startswith("- ")]
    first = next(q for q in quotes if "tuyên truyền về giá trị gia đình" in q)
    assert "gia đình hạnh phúc" in first and "tổng hợp kết quả đăng ký" in first, answer.text
    assert "ngày hội" not in first, answer.text
    assert any("tổ chức ngày hội; báo cáo kết quả trước ngày 30/6/2029" in q for q in quotes), answer.text
