"""A follow-up asking another fact of the task a lead question named, through ``Assistant.ask`` with
history, on documents written here as DOCX and TXT.

"Việc xây dựng nhà tình nghĩa ... do ai chủ trì?" then "Bao nhiêu tiền?" (newcomer trial 44 q28): the
follow-up asks the amount of that task. It was rewritten with the previous document only ("Bao nhiêu tiền
(Kế hoạch ...)?"), a question with no subject, and abstained or could read another task's sum; the task is
carried (``answer.followup_task``).
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

PLAN = [
    "ĐẢNG ỦY XÃ HÒA AN",
    "Số: 41-KH/ĐU",
    "Hòa An, ngày 05 tháng 3 năm 2041",
    "KẾ HOẠCH",
    "Thực hiện công tác an sinh xã hội năm 2041",
    "1. Hội Cựu chiến binh xã chủ trì xây dựng 02 nhà tình nghĩa cho hội viên có hoàn cảnh khó khăn, "
    "kinh phí 120 triệu đồng, hoàn thành trước ngày 30/11/2041.",
    "2. Hội Liên hiệp Phụ nữ xã chủ trì mở lớp dạy nghề may công nghiệp cho 40 hội viên, kinh phí 35 triệu "
    "đồng, hoàn thành trong quý III/2041.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Võ Thanh Tâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "lead_task", {"KH41_AnSinh": PLAN})


@pytest.mark.parametrize(
    "history",
    [
        "Việc xây dựng nhà tình nghĩa cho hội viên có hoàn cảnh khó khăn do ai chủ trì?",
        "Nhiệm vụ xây dựng nhà tình nghĩa cho hội viên khó khăn thì đơn vị nào phụ trách?",
    ],
)
def test_amount_followup_keeps_the_task(plan, history):
    answer = plan.ask("Bao nhiêu tiền?", history=[history])
    line = first_line(answer)
    assert "120 triệu đồng" in line, answer.text
    assert "35 triệu" not in line, answer.text
