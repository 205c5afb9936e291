"""An event's period written with the month only at its end ("từ ngày 12 đến ngày 14 tháng 9 năm 2032") is
one time; "Đại hội phụ nữ huyện" names the congress, not a "Hội Phụ nữ" a passage must name; a figure keeps
its unit as written ("05 ngày làm việc"). Trial 29 kinds 5 and 6, q02 / p06. One document written in the
test, as DOCX and as TXT."""

from __future__ import annotations

import pytest

from assistant.obligations.deadlines import find_deadlines
from tests.conftest import assistant_as, first_line

RESOLUTION = [
    "HỘI LHPN TỈNH BẮC SƠN",
    "HỘI LHPN HUYỆN AN PHÚ",
    "Số 02-NQ/ĐH",
    "An Phú, ngày 14 tháng 9 năm 2032",
    "NGHỊ QUYẾT",
    "ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ HUYỆN AN PHÚ LẦN THỨ XVI",
    "1. Đại hội đại biểu Phụ nữ huyện An Phú lần thứ XVI, nhiệm kỳ 2032 - 2037 họp từ ngày 12 đến ngày 14 "
    "tháng 9 năm 2032 tại Nhà văn hóa huyện, với sự tham dự của 210 đại biểu chính thức.",
    "2. Chỉ tiêu nhiệm kỳ",
    "(1) Hỗ trợ 900 phụ nữ khởi nghiệp, phát triển kinh tế gia đình.",
    "(2) Thành lập mới 45 câu lạc bộ gia đình hạnh phúc.",
    "3. Ngân hàng Chính sách xã hội huyện giải ngân các khoản vay trong thời hạn 07 ngày làm việc kể từ ngày "
    "nhận đủ hồ sơ hợp lệ.",
    "T/M ĐOÀN CHỦ TỊCH ĐẠI HỘI",
    "Hà Thị Lan",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def resolution(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "NQ-02_DH-PN", RESOLUTION)


def test_a_day_range_with_the_month_at_its_end_is_one_period():
    found = find_deadlines("họp từ ngày 12 đến ngày 14 tháng 9 năm 2032 tại Nhà văn hóa")
    assert [(f.deadline.start, f.deadline.end) for f in found] == [("2032-09-12", "2032-09-14")]
    found = find_deadlines("diễn ra từ 12 - 14/9/2032.")
    assert [(f.deadline.start, f.deadline.end) for f in found] == [("2032-09-12", "2032-09-14")]
    assert find_deadlines("mỗi tổ từ 3 đến 5 người") == []


def test_when_the_congress_meets(resolution):
    for q in (
        "Đại hội phụ nữ huyện An Phú họp từ ngày nào đến ngày nào?",
        "Đại hội phụ nữ huyện An Phú lần thứ XVI tổ chức ở đâu và khi nào?",
    ):
        answer = resolution.ask(q)
        assert not answer.abstained, (q, answer.text)
        line = first_line(answer)
        assert line.startswith("Thời gian: từ ngày 12 đến ngày 14 tháng 9 năm 2032"), answer.text


def test_a_count_of_people_asked_with_an_act_after_the_noun(resolution):
    answer = resolution.ask(
        "Nghị quyết Đại hội phụ nữ huyện An Phú đặt chỉ tiêu hỗ trợ bao nhiêu phụ nữ khởi nghiệp?"
    )
    assert not answer.abstained, answer.text
    assert "900 phụ nữ" in first_line(answer), answer.text


def test_a_figure_keeps_its_unit_as_written(resolution):
    answer = resolution.ask(
        "Ngân hàng Chính sách xã hội huyện phải giải ngân khoản vay trong bao nhiêu ngày?"
    )
    assert first_line(answer).startswith("Số liệu: 07 ngày làm việc"), answer.text
