"""An amount asked of a thing the document states none for is said to be absent, not answered with the
only figure it has, another activity's (issue 11 item 5: "When that clause has no such fact, say so ...
instead of another clause's fact"). Real index over plans written here, as DOCX and as TXT.

Newcomer trial 43 u01: "Kinh phí xây dựng mô hình Tổ tiết kiệm xanh là bao nhiêu?" of a plan whose only
sum is the budget of its Ngày hội (its subject line names both activities, so the abstention check let
the sum through): no first line, and that sum was quoted first as if it answered. The
answer now says "Văn bản không nêu kinh phí cho việc này" (``Answer.fact_absent``), the asked model's own
passage first, the other activity's sum quoted after it.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

PLAN = [
    "HỘI NÔNG DÂN XÃ TÂN PHÚ",
    "Số 18-KH/HND",
    "Tân Phú, ngày 05 tháng 3 năm 2029",
    "KẾ HOẠCH",
    'Tổ chức Hội thi "Nhà nông trồng rau sạch" và xây dựng mô hình "Vườn rau dinh dưỡng" năm 2029',
    "I. NỘI DUNG",
    '1. Tổ chức Hội thi "Nhà nông trồng rau sạch"',
    "Hội thi tổ chức tại Hội trường UBND xã, mỗi chi hội cử 01 đội 05 thành viên dự thi.",
    '2. Xây dựng mô hình "Vườn rau dinh dưỡng"',
    "Xây dựng 06 Vườn rau dinh dưỡng ở 06 thôn, mỗi vườn do 10 hộ hội viên cùng chăm sóc; sản phẩm dùng "
    "cho bữa ăn của các gia đình và bán tại chợ xã.",
    "II. KINH PHÍ",
    'Kinh phí tổ chức Hội thi "Nhà nông trồng rau sạch": 30.000.000 đồng (Ba mươi triệu đồng), trong đó: '
    "ngân sách xã 10.000.000 đồng; vận động xã hội hóa 20.000.000 đồng.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Bình",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH18", PLAN)


def test_a_sum_of_another_activity_is_said_not_to_be_stated(assistant):
    answer = assistant.ask("Kinh phí xây dựng mô hình Vườn rau dinh dưỡng là bao nhiêu?")
    first, _, rest = answer.text.partition("\n")
    assert answer.fact_absent and not answer.abstained, answer.text
    assert "không nêu kinh phí" in first and "30.000.000" not in first, answer.text
    # the asked model's passage is quoted first, the other activity's sum only after it
    assert rest.find("Vườn rau dinh dưỡng ở 06 thôn") < rest.find("30.000.000"), answer.text


def test_the_activity_the_sum_is_for_is_answered(assistant):
    answer = assistant.ask('Kinh phí tổ chức Hội thi "Nhà nông trồng rau sạch" là bao nhiêu?')
    assert not answer.fact_absent and not answer.abstained, answer.text
    assert "30.000.000 đồng" in answer.text.split("\n", 1)[0], answer.text


WHOLE_PLAN = [
    "HỘI NÔNG DÂN XÃ TÂN PHÚ",
    "Số 19-KH/HND",
    "Tân Phú, ngày 06 tháng 3 năm 2029",
    "KẾ HOẠCH",
    "Xây dựng mô hình Vườn rau dinh dưỡng năm 2029",
    "I. NỘI DUNG",
    "Xây dựng 06 Vườn rau dinh dưỡng ở 06 thôn, mỗi vườn do 10 hộ hội viên cùng chăm sóc.",
    "II. KINH PHÍ",
    "Kinh phí thực hiện Kế hoạch: 24.000.000 đồng từ nguồn Quỹ Hỗ trợ nông dân xã.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Bình",
]


@pytest.fixture(scope="module")
def whole_plan(tmp_path_factory, embedder):
    return assistant_as("txt", tmp_path_factory, embedder, "KH19", WHOLE_PLAN)


def test_a_sum_of_the_whole_plan_is_never_said_to_be_absent(whole_plan):
    # the plan's own budget covers the model it is about: no "không nêu kinh phí"
    answer = whole_plan.ask("Kinh phí xây dựng mô hình Vườn rau dinh dưỡng là bao nhiêu?")
    assert not answer.fact_absent, answer.text
