"""A date that governs an issuing act is no day of the event the issued document is about, through
``Assistant.ask`` on documents written here as DOCX and TXT.

"Ngày 22/4/2049, Ban Thường vụ Huyện đoàn ban hành Kế hoạch ... về tổ chức Lễ ra quân ..." then "Lễ ra
quân ... diễn ra vào ngày 30/5/2049": "Lễ ra quân ... tổ chức vào hôm nào?" was answered with the day the
plan was issued (its sentence names the ceremony and "tổ chức" as the question does). A date fronting a
clause that issues, signs or approves a document ("ban hành", "ký Quyết định", "phê duyệt Kế hoạch"), or
written after that verb ("được ban hành ngày ..."), is the document's day; the event's own date answers,
or no first line.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

CEREMONY = [
    "HUYỆN ĐOÀN ĐỒNG XUÂN",
    "Số: 44-TB/HĐTN",
    "Đồng Xuân, ngày 05 tháng 5 năm 2049",
    "THÔNG BÁO",
    "Kết quả chuẩn bị Lễ ra quân Chiến dịch Mùa hè xanh năm 2049",
    "Ngày 22/4/2049, Ban Thường vụ Huyện đoàn ban hành Kế hoạch số 15-KH/HĐTN về tổ chức Lễ ra quân Chiến "
    "dịch Mùa hè xanh năm 2049.",
    "Lễ ra quân Chiến dịch Mùa hè xanh năm 2049 diễn ra vào ngày 30/5/2049 tại Quảng trường huyện Đồng Xuân.",
    "Các cơ sở Đoàn đăng ký số lượng đoàn viên tham gia về Văn phòng Huyện đoàn.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Trần Thị Mai",
]

CONTEST = [
    "TỈNH ĐOÀN PHÚ YÊN",
    "Số: 61-TB/TĐTN",
    "Tuy Hòa, ngày 20 tháng 3 năm 2049",
    "THÔNG BÁO",
    "Về việc tổ chức Hội thi Tin học trẻ tỉnh Phú Yên năm 2049",
    "Vào ngày 03 tháng 3 năm 2049, Ban Thường vụ Tỉnh đoàn đã phê duyệt Kế hoạch tổ chức Hội thi Tin học "
    "trẻ tỉnh Phú Yên năm 2049.",
    "Vòng chung kết Hội thi được tổ chức trong hai ngày 17 và 18/4/2049 tại Trường Đại học Phú Yên.",
    "Các huyện, thị, thành Đoàn gửi danh sách thí sinh về Ban Phong trào Tỉnh đoàn.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lê Văn Tâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def ceremony(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "ceremony", {"TB44_LeRaQuan": CEREMONY})


@pytest.fixture(scope="module", params=["docx", "txt"])
def contest(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "contest", {"TB61_HoiThi": CONTEST})


@pytest.mark.parametrize(
    "question",
    [
        "Lễ ra quân Mùa hè xanh tổ chức vào hôm nào?",
        "Lễ ra quân Chiến dịch Mùa hè xanh năm 2049 diễn ra ngày nào?",
    ],
)
def test_plan_issue_date_is_not_the_ceremony_day(ceremony, question):
    line = first_line(ceremony.ask(question))
    assert "22/4/2049" not in line, line


def test_ceremony_day_still_answers(ceremony):
    answer = ceremony.ask("Lễ ra quân Chiến dịch Mùa hè xanh năm 2049 diễn ra ngày nào?")
    assert "30/5/2049" in first_line(answer), answer.text


def test_plan_approval_date_is_not_the_contest_day(contest):
    line = first_line(contest.ask("Hội thi Tin học trẻ tỉnh Phú Yên năm 2049 tổ chức vào ngày nào?"))
    assert "03 tháng 3" not in line and "3/3/2049" not in line, line
