"""An event moved to a new time with the time it replaces written after it, through ``Assistant.ask`` on
documents written here as DOCX and TXT.

"Hội nghị sơ kết ... được chuyển sang 8 giờ 00 ngày 18/6/2041, thay cho ngày 11/6/2041 như Kế hoạch số
20-KH/HND", "Hội thi ... dời sang ngày ... thay vì ngày ...", "Lễ ... được lùi đến ngày ... (thay cho ngày
...)": the event takes place at the new time. The change was not read (no time noun after "chuyển"; the
replaced time after "thay cho" unread), so the event's name ("6 tháng đầu năm 2041") or the replaced day
answered. The replaced time is no event time (``event_times``), and the change is an amendment of the plan
it cites (``obligations.amendments``), whose old day it then replaces.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

NOTICE = [
    "HỘI NÔNG DÂN HUYỆN THANH SƠN",
    "Số: 09-TB/HND",
    "Thanh Sơn, ngày 03 tháng 6 năm 2041",
    "THÔNG BÁO",
    "Về việc thay đổi thời gian tổ chức Hội nghị sơ kết 6 tháng đầu năm 2041",
    "Do trùng lịch công tác của Thường trực Huyện ủy, Ban Thường vụ Hội Nông dân huyện thông báo:",
    "Hội nghị sơ kết công tác Hội 6 tháng đầu năm 2041 được chuyển sang 8 giờ 00 ngày 18/6/2041, thay cho "
    "ngày 11/6/2041 như Kế hoạch số 20-KH/HND.",
    "Thành phần: Ủy viên Ban Chấp hành Hội Nông dân huyện, Chủ tịch Hội Nông dân các xã.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đỗ Văn Thành",
]

PLAN = [
    "HUYỆN ĐOÀN KRÔNG BÚK",
    "Số: 31-KH/HĐTN",
    "Krông Búk, ngày 10 tháng 5 năm 2041",
    "KẾ HOẠCH",
    "Tổ chức Hội thi Thủ lĩnh Chi đoàn giỏi năm 2041",
    "1. Hội thi Thủ lĩnh Chi đoàn giỏi năm 2041 tổ chức vào ngày 26/6/2041 tại Hội trường Huyện ủy.",
    "2. Các cơ sở Đoàn gửi danh sách thí sinh về Văn phòng Huyện đoàn trước ngày 15/6/2041.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Nguyễn Văn Nam",
]

CHANGE = [
    "HUYỆN ĐOÀN KRÔNG BÚK",
    "Số: 40-TB/HĐTN",
    "Krông Búk, ngày 18 tháng 6 năm 2041",
    "THÔNG BÁO",
    "Điều chỉnh Kế hoạch số 31-KH/HĐTN",
    "Do thời tiết mưa bão, Hội thi Thủ lĩnh Chi đoàn giỏi năm 2041 dời sang ngày 03/7/2041 thay vì ngày "
    "26/6/2041 như Kế hoạch số 31-KH/HĐTN; các nội dung khác giữ nguyên.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Nguyễn Văn Nam",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def notice(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "notice", {"TB09_DoiHoiNghi": NOTICE})


@pytest.fixture(scope="module", params=["docx", "txt"])
def contest(request, tmp_path_factory, embedder):
    docs = {"KH31_HoiThi": PLAN, "TB40_DieuChinh": CHANGE}
    return library_as(request.param, tmp_path_factory, embedder, "contest", docs)


def _time_said(line: str) -> str:
    """The time a first line gives, before any "(đã điều chỉnh từ ...)" note."""
    return line.split("(", 1)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị sơ kết 6 tháng đầu năm 2041 của Hội Nông dân huyện tổ chức vào ngày nào?",
        "Hội nghị sơ kết công tác Hội 6 tháng đầu năm diễn ra khi nào?",
    ],
)
def test_moved_meeting_takes_the_new_time(notice, question):
    answer = notice.ask(question)
    said = _time_said(first_line(answer))
    assert "18/6/2041" in said, answer.text
    assert "11/6/2041" not in said and "6 tháng đầu năm" not in said, answer.text


def test_moved_contest_takes_the_new_day_over_the_plan(contest):
    answer = contest.ask("Ngày tổ chức Hội thi Thủ lĩnh Chi đoàn giỏi là ngày nào?")
    said = _time_said(first_line(answer))
    # the plan's day was replaced by the notice's "dời sang ... thay vì ...": the new one, never the old one
    assert "03/7/2041" in said and "26/6/2041" not in said, answer.text
