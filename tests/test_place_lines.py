"""A question asking only where ("... tổ chức ở đâu?", "... ở địa phương nào?") gets the place the first
quote writes as its first line, "Địa điểm: ..." (library dev lib-rw10-03, lib-rw03-06 had none), from a
labelled field ("Địa điểm: Tại Trường ...") or after "tại" ("... tại xã Tân Lập, huyện Kim Sơn vào ngày
..."), ending where the sentence goes on with its time (trial 33 q24: "xã Vân Khê vào sáng ngày 16 tháng 11
năm 203" was printed). An event the document does not hold, another round of it ("lần thứ VI" of "lần thứ
V") or another grade ("cấp huyện" of "cấp tỉnh") gets no place line (trial 35 p36, n04). A plan written
here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGỌC LAM",
    "Số: 77-KH/TĐTN",
    "Ngọc Lam, ngày 12 tháng 5 năm 2041",
    "KẾ HOẠCH",
    "Chiến dịch thanh niên tình nguyện hè năm 2041",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát huy vai trò xung kích của đoàn viên, thanh niên trong xây dựng nông thôn mới.",
    "II. CÁC HOẠT ĐỘNG CHÍNH",
    "1. Ban Thường vụ Tỉnh đoàn tổ chức Lễ ra quân cấp tỉnh tại xã Tân Lập, huyện Kim Sơn vào sáng ngày"
    " 05 tháng 6 năm 2041.",
    "2. Hội nghị tổng kết chiến dịch:",
    "Thời gian: 14 giờ 00, ngày 25 tháng 8 năm 2041.",
    "Địa điểm: Tại Hội trường Tỉnh đoàn, số 12 đường Trần Phú, thành phố Ngọc Lam.",
    "3. Hội nghị biểu dương thanh niên tiêu biểu lần thứ V tổ chức tại Nhà văn hóa tỉnh vào tháng 9"
    " năm 2041.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các huyện đoàn báo cáo kết quả về Ban Phong trào Tỉnh đoàn trước ngày 20 tháng 8 năm 2041.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Hà Minh Quân",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-77-TDTN", LINES)


def test_a_place_after_tai_is_the_first_line_without_the_time(plan) -> None:
    answer = plan.ask("Lễ ra quân cấp tỉnh của Tỉnh đoàn tổ chức ở địa phương nào?")
    line = first_line(answer)
    assert line.startswith("Địa điểm: xã Tân Lập, huyện Kim Sơn"), answer.text
    assert "vào" not in line and "2041" not in line, answer.text


def test_a_labelled_place_field_is_the_first_line(plan) -> None:
    answer = plan.ask("Hội nghị tổng kết chiến dịch hè họp ở đâu?")
    assert first_line(answer).startswith("Địa điểm: Hội trường Tỉnh đoàn"), answer.text


def test_an_event_the_plan_does_not_hold_gets_no_place_line(plan) -> None:
    answer = plan.ask("Hội thao bóng chuyền nữ của thanh niên công nhân tổ chức ở đâu?")
    assert not first_line(answer).startswith("Địa điểm"), answer.text


def test_another_event_of_the_plan_gets_no_place_line(plan) -> None:
    answer = plan.ask("Hội nghị sơ kết chiến dịch hè của Tỉnh đoàn họp ở đâu?")
    assert "Hội trường Tỉnh đoàn" not in first_line(answer), answer.text


def test_another_round_gets_no_place_line(plan) -> None:
    answer = plan.ask("Hội nghị biểu dương thanh niên tiêu biểu lần thứ VI tổ chức ở đâu?")
    assert "Nhà văn hóa tỉnh" not in first_line(answer), answer.text


def test_the_round_asked_gets_its_place(plan) -> None:
    answer = plan.ask("Hội nghị biểu dương thanh niên tiêu biểu lần thứ V tổ chức ở đâu?")
    assert first_line(answer).startswith("Địa điểm: Nhà văn hóa tỉnh"), answer.text


def test_another_grade_gets_no_place_line(plan) -> None:
    answer = plan.ask("Lễ ra quân cấp huyện của chiến dịch hè tổ chức ở đâu?")
    assert "Tân Lập" not in first_line(answer), answer.text
