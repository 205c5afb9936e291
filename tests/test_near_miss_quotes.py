"""Near misses answered by quotes alone, and a unit written as a pair. Real index over a plan written here
as DOCX and TXT, through ``Assistant``:

- a figure asked for another year than the one the quoted plan is about ("năm 2032" of a plan "năm 2031"
  that writes 2032 only in a deadline and inside the period of its basis) is no answer: its target is
  that year's;
- a duty shared by the mass organisations of the commune ("Ủy ban MTTQ xã và các đoàn thể ...") is no duty
  of the district Women's Union asked;
- "bao nhiêu tin bài?" is answered by "15 tin, bài" (the unit's two words with a comma between them).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

PLAN = [
    "ĐẢNG ỦY XÃ HÒA LỘC",
    "Số: 41-KH/ĐU",
    "Hòa Lộc, ngày 05 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Vận động ủng hộ Quỹ Vì người nghèo năm 2031",
    "Căn cứ Chương trình số 05-CTr/ĐU về giảm nghèo bền vững giai đoạn 2031 - 2035, Đảng ủy xã ban hành kế "
    "hoạch như sau.",
    "I. CHỈ TIÊU",
    "1. Toàn xã vận động ủng hộ Quỹ Vì người nghèo đạt 1,2 tỷ đồng trở lên.",
    "2. Xây mới 12 căn nhà Đại đoàn kết cho hộ nghèo.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ủy ban MTTQ xã và các đoàn thể chính trị - xã hội tuyên truyền nội dung vận động đến đoàn viên, "
    "hội viên và nhân dân.",
    "2. Đài Truyền thanh xã mở chuyên mục về cuộc vận động; mỗi tháng đăng, phát tối thiểu 15 tin, bài.",
    "3. Ban Thường trực Ủy ban MTTQ xã tổng hợp kết quả, báo cáo Đảng ủy trước ngày 15/01/2032.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Trần Văn Lâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH41", PLAN)


def test_a_target_asked_for_another_year_abstains(plan):
    answer = plan.ask("Chỉ tiêu vận động Quỹ Vì người nghèo năm 2032 của xã Hòa Lộc là bao nhiêu?")
    assert answer.abstained, answer.text
    assert answer.evidence.reason == "year_not_found"


def test_the_target_of_the_year_asked_is_answered(plan):
    answer = plan.ask("Chỉ tiêu vận động Quỹ Vì người nghèo năm 2031 của xã Hòa Lộc là bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "1,2 tỷ đồng" in answer.text


def test_the_communes_collective_duty_is_no_duty_of_the_district_body(plan):
    answer = plan.ask("Hội Liên hiệp Phụ nữ huyện có nhiệm vụ gì trong cuộc vận động Quỹ Vì người nghèo?")
    assert answer.abstained, answer.text


def test_the_communes_collective_duty_answers_the_commune_body(plan):
    answer = plan.ask("Hội Liên hiệp Phụ nữ xã có nhiệm vụ gì trong cuộc vận động Quỹ Vì người nghèo?")
    assert not answer.abstained, answer.text
    assert "các đoàn thể chính trị - xã hội tuyên truyền" in answer.text


def test_a_unit_of_two_words_written_with_a_comma_counts(plan):
    answer = plan.ask("Đài Truyền thanh xã phải đăng phát ít nhất bao nhiêu tin bài mỗi tháng?")
    assert not answer.abstained, answer.text
    assert "15 tin, bài" in answer.text
