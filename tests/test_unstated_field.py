"""The subject is well matched but the asked field is not written for it: no neighbour's value answers (issue
11: "no first line is better than a wrong one"). Real index over plans written here, as DOCX and as TXT.

Newcomer trial 47: "Hội Cựu chiến binh xã có bao nhiêu hội viên?" got "Số liệu: 85% hội viên" from "Phấn đấu
85% hội viên đạt danh hiệu ..." under "CHỈ TIÊU" (P1; u04 quoted it): a share of a unit counts a part, and
a target is not what the body has. "Hội nghị tổng kết ... tổ chức ở đâu?" quoted another event's venue
("Tổ chức Lễ phát động ... tại Hội trường ...") beside the conference dated only (u02). The documents and
wordings here are this test's own: a youth union's plan, its members, its launch and its review meeting.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, library_as

PLAN = [
    "ĐOÀN THANH NIÊN XÃ HÒA BÌNH",
    "Số 12-KH/ĐTN",
    "Hòa Bình, ngày 10 tháng 01 năm 2028",
    "KẾ HOẠCH",
    'Thực hiện phong trào "Thanh niên xung kích xây dựng nông thôn mới" năm 2028',
    "I. CHỈ TIÊU",
    '1. Phấn đấu 90% đoàn viên tham gia ít nhất một công trình "Thanh niên xung kích".',
    "2. Phấn đấu 70% chi đoàn đạt loại vững mạnh.",
    "II. CÁC GIAI ĐOẠN",
    "Giai đoạn 1 (tháng 3/2028): Tổ chức Lễ ra quân phong trào tại Sân vận động trung tâm xã vào ngày "
    "26/3/2028. Các chi đoàn đăng ký công trình về Ban Thường vụ Đoàn xã trước ngày 05/4/2028.",
    "Giai đoạn 2 (tháng 4 đến tháng 10/2028): Các chi đoàn triển khai công trình, phần việc thanh niên.",
    "Giai đoạn 3 (tháng 11/2028): Các chi đoàn tự đánh giá kết quả; Hội nghị sơ kết phong trào tổ chức "
    "trong tháng 11/2028.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Nguyễn Văn Hùng",
]

REPORT = [
    "ĐOÀN THANH NIÊN XÃ HÒA BÌNH",
    "Số 20-BC/ĐTN",
    "Hòa Bình, ngày 15 tháng 6 năm 2028",
    "BÁO CÁO",
    "Tình hình tổ chức cơ sở Đoàn 6 tháng đầu năm 2028",
    "I. TÌNH HÌNH TỔ CHỨC",
    "Đến ngày 10/6/2028, Đoàn Thanh niên xã có 436 đoàn viên, sinh hoạt tại 11 chi đoàn.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Nguyễn Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH12", PLAN)


@pytest.fixture(scope="module", params=["docx", "txt"])
def report(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "BC20", REPORT)


def _first(answer) -> str:
    return answer.text.split("\n", 1)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Đoàn Thanh niên xã Hòa Bình có bao nhiêu đoàn viên?",
        "Đoàn xã Hòa Bình hiện có tổng số bao nhiêu đoàn viên?",
        "How many members does the Hoa Binh commune Youth Union have?",
    ],
)
def test_a_share_or_target_is_no_count_of_the_whole(plan, question):
    answer = plan.ask(question)
    assert "%" not in _first(answer) and "Số liệu" not in _first(answer), answer.text
    assert answer.abstained or answer.fact_absent, answer.text


def test_the_whole_count_is_answered_where_written(report):
    answer = report.ask("Đoàn Thanh niên xã Hòa Bình có bao nhiêu đoàn viên?")
    assert not answer.abstained and "436 đoàn viên" in _first(answer), answer.text


def test_a_target_asked_as_a_target_is_still_answered(plan):
    answer = plan.ask(
        "Kế hoạch phấn đấu bao nhiêu phần trăm đoàn viên tham gia công trình thanh niên xung kích?"
    )
    assert not answer.abstained and "90%" in answer.text, answer.text


def test_another_events_place_is_not_the_asked_events(plan):
    answer = plan.ask("Hội nghị sơ kết phong trào Thanh niên xung kích xây dựng nông thôn mới tổ chức ở đâu?")
    assert "Sân vận động" not in _first(answer), answer.text
    assert answer.abstained or answer.fact_absent, answer.text


def test_the_events_own_place_is_answered(plan):
    answer = plan.ask("Lễ ra quân phong trào Thanh niên xung kích xây dựng nông thôn mới tổ chức ở đâu?")
    assert "Sân vận động trung tâm xã" in _first(answer), answer.text


NOTICE = [
    "ĐẢNG ỦY XÃ HÒA BÌNH",
    "Số 40-TB/ĐU",
    "Hòa Bình, ngày 02 tháng 3 năm 2028",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Đảng ủy xã tại cuộc họp ngày 28/02/2028",
    "1. Về Hội nghị sơ kết công tác dân vận quý I năm 2028",
    "Thống nhất tổ chức Hội nghị sơ kết công tác dân vận quý I năm 2028 vào 8 giờ 00 ngày 30/3/2028. "
    "Địa điểm: Nhà văn hóa thôn Đông Hòa.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lê Văn Tâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "L40", {"KH12": PLAN, "TB40": NOTICE})


def test_an_english_review_of_another_matter_gives_no_place(library):
    answer = library.ask("Where will the review conference of the youth volunteer movement be held?")
    assert "Nhà văn hóa" not in _first(answer) and "Sân vận động" not in _first(answer), answer.text


def test_an_english_review_of_its_own_matter_keeps_its_place(library):
    answer = library.ask("Where will the mass mobilisation review conference of the first quarter be held?")
    assert "Nhà văn hóa thôn Đông Hòa" in _first(answer), answer.text
