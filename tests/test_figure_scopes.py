"""A figure line states the figure of what the question asks, not of a neighbour in scope (trial 33):
"Mỗi công trình thanh niên cấp xã được hỗ trợ bao nhiêu?" is not answered by the sum written for "cấp huyện"
(a wrong "Số liệu:" line, n07), and "Hội ... có bao nhiêu hội viên?" is not answered by the count of those
who attend an event ("thành phần gồm 120 hội viên và khách mời", n08), which answers a question about who
attends, nor by those an act reaches ("tặng quà 30 hội viên", p13); a price of one in a product ("35 suất x
300.000 đồng") is no total (p40). A plan written here,
as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "HỘI CỰU CHIẾN BINH XÃ HƯNG LỢI",
    "Số: 21/KH-CCB",
    "Hưng Lợi, ngày 02 tháng 3 năm 2041",
    "KẾ HOẠCH",
    "Tổ chức kỷ niệm 60 năm ngày thành lập Hội và phong trào thi đua năm 2041",
    "1. Lễ kỷ niệm: 8 giờ 00 ngày 06 tháng 12 năm 2041 tại Hội trường xã; thành phần gồm 140 hội viên"
    " và khách mời.",
    "2. Công trình thi đua: mỗi công trình của chi hội cấp thôn được hỗ trợ 5.000.000 đồng.",
    "3. Quà tặng hội viên từ 80 tuổi trở lên: 25 suất x 400.000 đồng.",
    "4. Dịp Tết, Ban Thường vụ Hội tặng quà 30 hội viên có hoàn cảnh khó khăn.",
    "5. Ban Thường vụ Hội tổng hợp kết quả, báo cáo Hội Cựu chiến binh huyện trước ngày 15/12/2041.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Lê Văn Tư",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-21-CCB", LINES)


def test_the_grade_asked_gets_its_figure(plan) -> None:
    answer = plan.ask("Mỗi công trình thi đua của chi hội cấp thôn được hỗ trợ bao nhiêu tiền?")
    assert "5.000.000 đồng" in first_line(answer), answer.text


def test_another_grade_gets_no_figure_line(plan) -> None:
    answer = plan.ask("Mỗi công trình thi đua cấp xã được hỗ trợ bao nhiêu tiền?")
    assert "5.000.000" not in first_line(answer), answer.text


def test_attendance_is_no_membership(plan) -> None:
    answer = plan.ask("Hội CCB xã có bao nhiêu hội viên?")
    assert "140" not in first_line(answer) and "30" not in first_line(answer), answer.text


def test_attendance_asked_gets_the_count(plan) -> None:
    answer = plan.ask("Lễ kỷ niệm 60 năm của Hội có bao nhiêu người tham dự?")
    assert "140" in first_line(answer), answer.text


def test_a_factor_of_a_product_is_no_total(plan) -> None:
    answer = plan.ask("Kinh phí quà tặng hội viên cao tuổi là bao nhiêu?")
    assert "400.000" not in first_line(answer), answer.text


def test_a_factor_of_a_product_is_the_price_of_one(plan) -> None:
    answer = plan.ask("Mỗi suất quà tặng hội viên từ 80 tuổi trị giá bao nhiêu tiền?")
    assert "400.000 đồng" in first_line(answer), answer.text
