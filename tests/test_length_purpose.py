"""A length of time asked for an act ("có bao lâu để kiến nghị?") is the length written for that act: the
same quote's length for another act ("không đóng hội phí sáu tháng liên tục") is no first line (a wrong
"Số liệu: ba tháng" of this kind). Real index over a rule written here as TXT and DOCX, through
``Assistant``."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

RULE = [
    "HỘI CỰU CHIẾN BINH TỈNH TÂN PHONG",
    "Số: 12-QĐ/CCB",
    "Tân Phong, ngày 10 tháng 3 năm 2031",
    "QUY ĐỊNH",
    "Về xóa tên hội viên và giải quyết kiến nghị",
    "Điều 1. Xóa tên hội viên",
    "Chi hội xem xét, đề nghị Ban Chấp hành Hội cấp xã quyết định xóa tên trong danh sách hội viên đối với "
    "các trường hợp sau: hội viên bỏ sinh hoạt hoặc không đóng hội phí sáu tháng liên tục mà không có lý do "
    "chính đáng.",
    "Điều 2. Kiến nghị về việc xóa tên",
    "1. Trong thời hạn 15 ngày làm việc kể từ ngày nhận được quyết định xóa tên, hội viên có quyền kiến "
    "nghị với Ban Thường vụ Hội cấp huyện.",
    "2. Không giải quyết kiến nghị quá thời hạn 15 ngày làm việc kể từ ngày hội viên nhận được quyết định "
    "xóa tên.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Hòa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def rule(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "QD12", RULE)


def test_the_length_of_another_act_is_no_first_line(rule):
    answer = rule.ask("Bị chi hội xóa tên khỏi danh sách hội viên thì có bao lâu để kiến nghị?")
    assert "sáu tháng" not in answer.text.split("\n")[0], answer.text


def test_the_length_written_for_the_act_asked_is_the_first_line(rule):
    answer = rule.ask("Hội viên có mấy ngày làm việc để kiến nghị về việc xóa tên?")
    assert answer.text.startswith("Số liệu: 15 ngày làm việc"), answer.text
