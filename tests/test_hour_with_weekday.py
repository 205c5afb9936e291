"""An hour asked is given with its date, or no time line at all (trial 31 p43, q19, p63): "vào lúc 7 giờ 30
phút, Chủ nhật ngày 05 tháng 3 năm 2034" is one time, whose weekday between the hour and the date must not
cut the hour off (the first line was "Thời gian: ngày 05 tháng 3 năm 2034" for "... bắt đầu lúc mấy giờ?").
The weekday is written every way directives write it ("Chủ nhật", "thứ Bảy", "Thứ 7", "T7"), before the date
or with the hour after it, for an event's time and a deadline's; an event whose text writes only its day
gets no invented hour. A plan written here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from assistant.obligations.deadlines import find_deadlines
from tests.conftest import assistant_as, first_line

LINES = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ PHƯỚC AN",
    "Số: 09/KH-HPN",
    "Phước An, ngày 02 tháng 3 năm 2037",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động chào mừng Ngày Gia đình Việt Nam năm 2037",
    "I. NỘI DUNG HOẠT ĐỘNG",
    "1. Lễ ra quân Tuần lễ gia đình xanh được tổ chức vào lúc 14 giờ 00 phút, thứ Bảy ngày 18 tháng 4 năm "
    "2037, tại Nhà văn hóa ấp Bình Lợi.",
    "2. Hội thi nấu ăn ngon gia đình hạnh phúc diễn ra từ 7h30, T7, 25/4/2037 tại sân Trường Tiểu học Phước "
    "An.",
    "3. Ngày hội đạp xe vì môi trường xuất phát ngày 03/5/2037, lúc 6 giờ 00 tại cổng UBND xã.",
    "4. Buổi gặp mặt các gia đình văn hóa tiêu biểu được tổ chức ngày 28 tháng 6 năm 2037 tại Hội trường "
    "UBND xã Phước An.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Chi hội phụ nữ các ấp gửi danh sách đội thi nấu ăn về Văn phòng Hội LHPN xã trước 17 giờ 00, Thứ 6 "
    "ngày 10 tháng 4 năm 2037.",
    "2. Văn phòng Hội LHPN xã chuẩn bị khánh tiết cho các hoạt động.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Thị Mỹ Hạnh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-09-HPN", LINES)


@pytest.mark.parametrize(
    "question, hour, day",
    [
        ("Lễ ra quân Tuần lễ gia đình xanh bắt đầu lúc mấy giờ?", "14 giờ 00", "18 tháng 4 năm 2037"),
        ("Lễ ra quân Tuần lễ gia đình xanh tổ chức vào thời gian nào?", "14 giờ 00", "18 tháng 4 năm 2037"),
        ("Hội thi nấu ăn ngon gia đình hạnh phúc diễn ra lúc mấy giờ?", "7h30", "25/4/2037"),
        ("Ngày hội đạp xe vì môi trường xuất phát lúc mấy giờ?", "6 giờ 00", "03/5/2037"),
    ],
)
def test_an_hour_with_a_weekday_before_the_date_is_kept_with_it(plan, question, hour, day) -> None:
    line = first_line(plan.ask(question))
    assert line.startswith("Thời gian:"), line
    assert hour in line and day in line, line


def test_an_event_dated_without_an_hour_gets_no_hour_line(plan) -> None:
    # near miss: only the day is written; an hour asked gets no line naming the day as if it answered
    answer = plan.ask("Buổi gặp mặt các gia đình văn hóa tiêu biểu bắt đầu lúc mấy giờ?")
    line = first_line(answer)
    assert not line.startswith("Thời gian:"), answer.text
    assert "giờ" not in line, answer.text
    # asked its day, the same event is dated
    assert "28 tháng 6 năm 2037" in first_line(
        plan.ask("Buổi gặp mặt các gia đình văn hóa tiêu biểu tổ chức ngày nào?")
    )


def test_a_deadline_with_a_weekday_keeps_its_hour(plan) -> None:
    answer = plan.ask("Chi hội phụ nữ các ấp phải gửi danh sách đội thi nấu ăn trước mấy giờ, ngày nào?")
    line = first_line(answer)
    assert "17 giờ 00" in line and "10 tháng 4 năm 2037" in line, answer.text


@pytest.mark.parametrize(
    "text, end",
    [
        ("gửi về trước 17 giờ 00, thứ Sáu ngày 10/4/2037", "2037-04-10"),
        ("gửi về trước 17h00 Chủ nhật, ngày 12/4/2037", "2037-04-12"),
        ("gửi về trước 16 giờ T6 10/4/2037", "2037-04-10"),
    ],
)
def test_the_deadline_grammar_reads_the_weekday_between_hour_and_date(text, end) -> None:
    found = find_deadlines(text)
    assert found and found[0].deadline.end == end, found
    assert "giờ" in found[0].deadline.text or "h00" in found[0].deadline.text, found[0].deadline.text
