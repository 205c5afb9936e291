"""A question naming "cùng kỳ năm 2030" on its own asks that period's figure (trial 32 p35): a report
writing 2030 only as a comparison base ("so với cùng kỳ năm 2030") gives none, so the assistant abstains;
a report writing 2030's own figure answers, and "so với cùng kỳ năm 2030" in a question stays a base. One
document written here (DOCX and TXT by the fixture's param), asked through ``Assistant``."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

BASE_ONLY = [
    "HUYỆN ỦY TÂN PHÚ",
    "BAN DÂN VẬN",
    "Số: 31-BC/BDVHU",
    "Tân Phú, ngày 04 tháng 7 năm 2031",
    "BÁO CÁO",
    "Sơ kết công tác dân vận 6 tháng đầu năm 2031",
    "I. KẾT QUẢ",
    "1. Sáu tháng đầu năm 2031, toàn huyện làm mới 22 km đường giao thông nông thôn.",
    "2. So với cùng kỳ năm 2030, số mô hình Dân vận khéo được công nhận tăng 6 mô hình.",
    "K/T TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "Đỗ Thị Hạnh",
]

WITH_2030 = [
    *BASE_ONLY[:8],
    "2. Sáu tháng đầu năm 2030, toàn huyện làm mới 18 km đường giao thông nông thôn.",
    *BASE_ONLY[9:],
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def base_only(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "BC31", BASE_ONLY)


@pytest.fixture(scope="module", params=["docx", "txt"])
def with_2030(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "BC31b", WITH_2030)


def test_same_period_of_a_base_year_is_not_answered(base_only):
    answer = base_only.ask("Cùng kỳ năm 2030 làm mới được bao nhiêu km đường giao thông nông thôn?")
    assert answer.abstained, answer.text


def test_a_base_year_in_a_comparison_question_is_still_a_base(base_only):
    answer = base_only.ask("So với cùng kỳ năm 2030, số mô hình Dân vận khéo được công nhận tăng bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "6 mô hình" in answer.text.split("[1]")[0]


def test_same_period_written_for_its_year_is_answered(with_2030):
    answer = with_2030.ask("Cùng kỳ năm 2030 làm mới được bao nhiêu km đường giao thông nông thôn?")
    assert not answer.abstained, answer.text
    assert "18 km" in answer.text.split("[1]")[0], answer.text
