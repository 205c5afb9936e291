"""A question asking how long and where something is sent ("... trong bao lâu và nộp về đâu?", "...
được chuyển cho ai giải quyết, trong bao lâu?", library dev lmtcd-01, hd02-04) gets the length on the
first line with the body the sentence sends it to ("Gửi đến: ..."), read after the same verb of sending in
the sentence the length is read from; "bao lâu và nộp về" is two questions, no two items of one figure.
A sentence sending to no named body gives no first line. One Kế hoạch written as DOCX and TXT.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "ỦY BAN MTTQ VIỆT NAM XÃ HÒA AN",
    "BAN THƯỜNG TRỰC",
    "Số: 21/KH-MTTQ",
    "Hòa An, ngày 03 tháng 3 năm 2041",
    "KẾ HOẠCH",
    "Tiếp nhận đơn thư và hồ sơ xét tặng danh hiệu Khu dân cư kiểu mẫu năm 2041",
    "I. TIẾP NHẬN ĐƠN THƯ",
    "1. Đối với kiến nghị về mức hỗ trợ làm đường giao thông nông thôn: Ban Thường trực hướng dẫn công dân "
    "hoặc chuyển đơn đến Phòng Kinh tế huyện Hòa Vang để giải quyết theo thẩm quyền (trong thời hạn 07 ngày "
    "kể từ ngày nhận đơn).",
    "2. Đơn thư nặc danh, không rõ địa chỉ thì không xem xét giải quyết.",
    "II. HỒ SƠ XÉT TẶNG",
    "1. Biên bản bình xét danh hiệu Khu dân cư kiểu mẫu của thôn phải nộp về Văn phòng Ủy ban MTTQ xã "
    "trong thời hạn 12 ngày làm việc kể từ ngày họp bình xét.",
    "3. Hồ sơ đề nghị khen thưởng của tổ chức đảng trực thuộc phải nộp trong thời hạn 09 ngày làm việc kể từ "
    "ngày phát động về Văn phòng Đảng ủy xã, Ủy ban nhân dân xã Hòa An.",
    "2. Ảnh tư liệu về đèn chiếu sáng đường thôn được lưu giữ tại nhà văn hóa thôn trong thời hạn 18 tháng.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các Ban công tác Mặt trận thôn triển khai thực hiện Kế hoạch này.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-21_MTTQ", LINES)


def test_length_and_where_it_is_sent(plan):
    answer = plan.ask("Biên bản bình xét danh hiệu Khu dân cư kiểu mẫu phải nộp trong bao lâu và nộp về đâu?")
    text = answer.text
    assert "12 ngày" in first_line(answer)
    assert "Gửi đến: Văn phòng Ủy ban MTTQ xã" in text.split("\n\n")[0]


def test_whom_it_is_sent_to_and_how_long(plan):
    answer = plan.ask(
        "Kiến nghị về mức hỗ trợ làm đường giao thông nông thôn được chuyển cho ai giải quyết, trong bao lâu?"
    )
    head = answer.text.split("\n\n")[0]
    assert "07 ngày" in head
    assert "Gửi đến: Phòng Kinh tế huyện Hòa Vang" in head


def test_a_unit_closing_the_clause_is_not_its_subject(plan):
    # "..., Ủy ban nhân dân xã Hòa An." closes the clause after the office it is sent to: no other body's figure
    answer = plan.ask("Hồ sơ đề nghị khen thưởng của tổ chức đảng trực thuộc phải nộp trong bao lâu?")
    assert "09 ngày" in first_line(answer)


def test_no_body_sent_to_no_line(plan):
    # the sentence keeps the photos somewhere, it sends them to no one: no line states half the answer
    answer = plan.ask("Ảnh tư liệu về đèn chiếu sáng đường thôn được lưu giữ trong bao lâu và gửi về đâu?")
    assert "Gửi đến" not in answer.text
    assert not answer.text.startswith("Số liệu")
