"""A procedure's steps ("Bước 1: ...", "Bước 2: ...") are quoted whole, as a lettered list is (trial 17: the
answer gave the lead-in and Bước 1 only, dropping later steps and their deadlines). Real index over a
directive written here as HTML and as .docx paragraphs, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

STEPS = [
    "Bước 1: Hộ gia đình đăng ký với trưởng thôn trước ngày đốt ít nhất 03 ngày.",
    "Bước 2: Trưởng thôn tổng hợp, báo cáo cán bộ kiểm lâm địa bàn trong ngày.",
    "Bước 3: Kiểm lâm địa bàn kiểm tra hiện trường, hướng dẫn làm đường băng cản lửa.",
    "Bước 4: Hộ gia đình đốt trong khung giờ từ 06 giờ đến 10 giờ sáng, trông coi đến khi lửa tắt hẳn.",
]

HTML = (
    """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chỉ thị</title></head><body>
<div class="content"><p>ĐẢNG ỦY XÃ HÒA SƠN</p><p>Số: 21-CT/ĐU</p><p>Hòa Sơn, ngày 05 tháng 11 năm 2030</p>
<h2>CHỈ THỊ</h2><p>Về tăng cường phòng cháy rừng mùa khô 2030 - 2031</p>
<h3>II. NHIỆM VỤ, GIẢI PHÁP</h3><p>1. Các chi bộ thôn quán triệt Chỉ thị này đến từng đảng viên.</p>
<p>2. Các bước đăng ký đốt thực bì:</p>"""
    + "".join(f"<p>{s}</p>" for s in STEPS)
    + """<p>3. Ủy ban nhân dân xã kiểm tra việc thực hiện.</p>
<p>T/M ĐẢNG ỦY</p><p>BÍ THƯ</p><p>Lò Văn Hùng</p></div></body></html>"""
)

DOCX = [
    "HỘI NÔNG DÂN XÃ TÂN LẬP",
    "Số: 33-HD/HND",
    "Tân Lập, ngày 02 tháng 12 năm 2030",
    "HƯỚNG DẪN",
    "Thủ tục vay vốn Quỹ Hỗ trợ nông dân",
    "I. ĐIỀU KIỆN VÀ THỦ TỤC",
    "1. Điều kiện để hội viên được vay vốn Quỹ Hỗ trợ nông dân:",
    "a) Là hội viên sinh hoạt thường xuyên tại chi hội ít nhất 12 tháng;",
    "b) Có phương án sản xuất được chi hội xác nhận.",
    "2. Thủ tục vay vốn gồm các bước sau:",
    "Bước 1: Hội viên nộp đơn đề nghị vay vốn kèm phương án sản xuất cho chi hội trưởng.",
    "Bước 2: Chi hội họp bình xét, gửi danh sách về Hội Nông dân xã trong 05 ngày làm việc.",
    "Bước 3: Hội Nông dân xã thẩm định, trình Hội Nông dân huyện phê duyệt.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hà Văn Lợi",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("steps"), embedder, {"CT21.html": HTML, "HD33.docx": DOCX}
    )


def test_every_step_is_quoted(assistant):
    answer = assistant.ask("Các bước đăng ký đốt thực bì ở xã Hòa Sơn như thế nào?")
    assert not answer.abstained, answer.text
    for step in ("Bước 1", "Bước 2", "Bước 3", "Bước 4"):
        assert step in answer.text, answer.text
    assert "10 giờ sáng" in answer.text


def test_every_step_of_a_docx_procedure_is_quoted(assistant):
    answer = assistant.ask("Thủ tục vay vốn Quỹ Hỗ trợ nông dân ở xã Tân Lập gồm những bước nào?")
    assert not answer.abstained, answer.text
    for step in ("Bước 1", "Bước 2", "Bước 3"):
        assert step in answer.text, answer.text
    assert "05 ngày làm việc" in answer.text


def test_a_question_asking_the_steps_quotes_them_before_the_conditions(assistant):
    # the guide writes conditions next to the steps; "gồm những bước nào?" asks the steps (``asked_field``)
    answer = assistant.ask("Thủ tục vay vốn Quỹ Hỗ trợ nông dân ở xã Tân Lập gồm những bước nào?")
    quotes = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert quotes and "Bước 1" in quotes[0], answer.text
