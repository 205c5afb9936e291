"""A blank form attached as an appendix is recognised by its title in every format, so it is held back
unless a form is asked for.

A trial quoted an appendix "PHỤ LỤC: MẪU BIÊN BẢN ..." (a blank minutes form) first: only a "Mẫu số N"
heading or three fill-in blanks marked a form, and the appendix was labelled "Phụ lục" alone. Its label
now keeps the form's title ("Phụ lục. MẪU BIÊN BẢN ..."), whether the title follows "PHỤ LỤC" on its
line or on the next one, and such a label marks a form (``retrieve.prefer.is_form``). The guide is
written here as text, Markdown and Word, indexed for real and asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

BODY = [
    "ĐẢNG ỦY XÃ PHÚ LỄ",
    "Số: 31-HD/ĐU",
    "Phú Lễ, ngày 05 tháng 11 năm 2026",
    "HƯỚNG DẪN",
    "kiểm điểm, đánh giá, xếp loại đảng viên năm 2026",
    "I. YÊU CẦU",
    "1. Việc kiểm điểm, đánh giá, xếp loại đảng viên phải khách quan, công khai, dân chủ.",
    "II. CÁCH THỨC THỰC HIỆN",
    "1. Chi bộ tổ chức họp kiểm điểm đảng viên trong tháng 12/2026; đảng viên tự nhận mức xếp loại, chi bộ "
    "thảo luận và biểu quyết.",
    "2. Chi ủy tổng hợp kết quả xếp loại đảng viên, báo cáo Đảng ủy xã trước ngày 20/12/2026.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Nguyễn Văn Lộc",
]
FORM_TITLE = "MẪU BIÊN BẢN HỌP CHI BỘ KIỂM ĐIỂM, XẾP LOẠI ĐẢNG VIÊN"
FORM = [
    "Hôm nay, vào lúc giờ, ngày tháng năm 2026, Chi bộ tổ chức họp kiểm điểm, đánh giá, xếp loại đảng viên.",
    "Chủ trì: đồng chí Bí thư chi bộ. Thư ký: đồng chí Chi ủy viên.",
    "Biên bản kết thúc vào lúc giờ cùng ngày.",
]


@pytest.fixture(scope="module", params=["txt", "md", "docx"])
def guide(request, tmp_path_factory, embedder):
    fmt = request.param
    root = tmp_path_factory.mktemp(f"form-{fmt}")
    # The form's title on the appendix's line (text, Markdown) or on the line under "PHỤ LỤC" (Word).
    title = [f"PHỤ LỤC: {FORM_TITLE}"] if fmt != "docx" else ["PHỤ LỤC", FORM_TITLE]
    lines = BODY + title + FORM
    text = lines if fmt == "docx" else "\n\n".join(lines) + "\n"
    return assistant_over(root, embedder, {f"hd.{fmt}": text})


def test_the_guide_is_quoted_before_the_blank_form(guide) -> None:
    answer = guide.ask("Chi bộ họp kiểm điểm, xếp loại đảng viên như thế nào?")
    assert answer.citations, answer.text
    first = answer.citations[0]
    assert first.section.startswith("II. CÁCH THỨC THỰC HIỆN"), answer.text
    forms = [c.section for c in answer.citations if "Hôm nay" in c.quote or "MẪU" in c.quote]
    assert all(s == f"Phụ lục. {FORM_TITLE}" for s in forms), forms


def test_the_form_answers_when_asked_for(guide) -> None:
    answer = guide.ask("Mẫu biên bản họp chi bộ kiểm điểm đảng viên ghi những gì?")
    assert answer.citations, answer.text
    assert answer.citations[0].section == f"Phụ lục. {FORM_TITLE}", answer.text
