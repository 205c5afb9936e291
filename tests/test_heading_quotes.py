"""A heading line is never quoted glued to the first item under it.

A trial on a newcomer's guides (.txt, .md, .pdf) quoted "III. QUY TRÌNH 1. Bước 1: ..." and "III. TỔ CHỨC
THỰC HIỆN 1. ...": the answer's sentence splitter carried a short line onto the next one (a bare label
"5.1." rightly joins its text), and a heading in capitals or numbered in Roman is short. A signing
capacity in capitals is still quoted with the name under it. The same guide is written here as text,
Markdown, Word and PDF, indexed for real and asked through ``Assistant``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEJAVU, assistant_over

GUIDE = [
    "ĐẢNG ỦY XÃ AN BÌNH",
    "Số 12-HD/ĐU",
    "HƯỚNG DẪN",
    "quy trình kết nạp đảng viên",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm chất lượng đảng viên mới trong các chi bộ.",
    "II. QUY TRÌNH",
    "1. Bước 1: Chi bộ tiếp nhận đơn xin vào Đảng của quần chúng và xem xét điều kiện.",
    "2. Bước 2: Đảng ủy xã thẩm định hồ sơ và đề nghị Huyện ủy ra quyết định kết nạp.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Đảng ủy theo dõi, đôn đốc các chi bộ thực hiện hướng dẫn này.",
    "2. Các chi bộ báo cáo kết quả về Đảng ủy trước ngày 15/12/2026.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Nguyễn Văn Lộc",
]


def _pdf(path: Path, lines: list[str]) -> None:
    from fpdf import FPDF

    if not DEJAVU.is_file():
        pytest.skip("DejaVu Sans (fonts-dejavu-core) not installed")
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


@pytest.fixture(scope="module", params=["txt", "md", "docx", "pdf"])
def guide(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"guide-{request.param}")
    if request.param == "pdf":
        (root / "src").mkdir()
        _pdf(root / "src" / "hd.pdf", GUIDE)
        return assistant_over(root, embedder, {"hd.pdf": root / "src" / "hd.pdf"})
    if request.param == "docx":
        return assistant_over(root, embedder, {"hd.docx": GUIDE})
    return assistant_over(root, embedder, {f"hd.{request.param}": "\n\n".join(GUIDE) + "\n"})


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("Bước 1 của quy trình kết nạp đảng viên là gì?", "1. Bước 1: Chi bộ tiếp nhận đơn"),
        ("Ai theo dõi, đôn đốc các chi bộ thực hiện hướng dẫn?", "1. Văn phòng Đảng ủy theo dõi"),
    ],
)
def test_heading_line_is_not_glued_to_the_first_item(guide, question: str, item: str) -> None:
    answer = guide.ask(question)
    quotes = [c.quote for c in answer.citations]
    assert any(q.startswith(item) for q in quotes), answer.text
    assert not any("QUY TRÌNH" in q or "TỔ CHỨC THỰC HIỆN" in q for q in quotes), answer.text


def test_signing_capacity_is_quoted_with_the_name(guide) -> None:
    answer = guide.ask("Ai ký hướng dẫn quy trình kết nạp đảng viên?")
    quotes = [c.quote for c in answer.citations]
    assert any("T/M ĐẢNG ỦY" in q and "Nguyễn Văn Lộc" in q for q in quotes), answer.text
