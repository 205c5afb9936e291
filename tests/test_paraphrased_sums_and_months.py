"""Figures and times written otherwise than asked (trials 36/37: wrongful abstentions and a wrongful answer).
Real index over two documents written here (.docx and .txt, a module fixture's param), asked through
``Assistant``.

- "mỗi người dân có thu nhập bao nhiêu một năm?" asks an income, a sum in đồng ("thu nhập bình quân đầu người
  đạt 71 triệu đồng/năm"): the income noun was no money noun, the quotes were not weighted by a sum and the
  goal sentence naming the year was quoted, then the amount check abstained (trial 37 a02);
- "báo cáo ... vào tháng 6 và tháng 12/2027": coordinated months with one year written after the last are
  each a time of that year; the deadline grammar read no month without its year and the question
  abstained (trial 37 d08; its English twin too);
- "Kinh phí ... là bao nhiêu?" where the document writes only a threshold on another thing's value
  ("công trình ... có giá trị từ 40 triệu đồng trở lên"): no budget is written, the answer abstains
  (trial 37 u05).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

RESOLUTION = [
    "ĐẢNG BỘ XÃ HÒA PHONG",
    "Số: 22-NQ/ĐU",
    "NGHỊ QUYẾT",
    "về phát triển kinh tế vườn đồi xã Hòa Phong giai đoạn 2027 - 2030",
    "I. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Phát triển kinh tế vườn đồi gắn với du lịch sinh thái, nâng cao thu nhập và đời sống Nhân dân; đến năm "
    "2030 xã Hòa Phong đạt chuẩn nông thôn mới kiểu mẫu.",
    "2. Mục tiêu cụ thể",
    "a) Thu nhập bình quân đầu người đạt 71 triệu đồng/năm.",
    "b) Tỷ lệ hộ nghèo giảm còn dưới 1,5%.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Đoàn Thanh niên xã tổ chức ra quân làm đường giao thông nông thôn; mỗi chi đoàn thực hiện ít nhất 01 "
    "công trình thanh niên có giá trị từ 40 triệu đồng trở lên.",
    "2. Hội Nông dân xã vận động hội viên chuyển đổi 25 ha vườn tạp sang trồng cây ăn quả.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Nghị quyết này, định kỳ báo cáo Ban Thường vụ "
    "Đảng ủy vào tháng 6 và tháng 12/2027.",
    "2. Các chi bộ xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Lê Văn Tâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def resolution(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "NQ22-DU", RESOLUTION)


def test_an_income_asked_in_other_words_is_answered_by_its_sum(resolution):
    answer = resolution.ask(
        "Đến 2030 xã Hòa Phong phấn đấu mỗi người dân có thu nhập khoảng bao nhiêu một năm?"
    )
    assert not answer.abstained
    assert "71 triệu" in answer.text


def test_coordinated_months_under_one_year_answer_when(resolution):
    answer = resolution.ask(
        "Khi nào Văn phòng Đảng ủy phải báo cáo Ban Thường vụ về thực hiện Nghị quyết 22?"
    )
    assert not answer.abstained
    assert "tháng 6 và tháng 12/2027" in answer.text


def test_a_threshold_on_another_things_value_is_no_budget(resolution):
    answer = resolution.ask(
        "Kinh phí ra quân làm đường giao thông nông thôn của Đoàn Thanh niên xã là bao nhiêu?"
    )
    assert answer.abstained or "40 triệu" not in answer.text
