"""A time limit counted back from the event it precedes, the count written after the event ("trước ngày bầu
cử 10 ngày", "trước ngày khai mạc đại hội 07 ngày"): the clause's first line states it, as it does "chậm
nhất 20 ngày trước ngày bầu cử" (library dev lib-lmtcd-06, issue 11: the limit was no deadline at all and
the answer had no first line). A calendar day after "trước ngày" stays a date. Written as Word paragraphs
and plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA PHÚ",
    "Số: 22/KH-MTTQ",
    "Hòa Phú, ngày 05 tháng 01 năm 2050",
    "KẾ HOẠCH",
    "Giám sát công tác bầu cử năm 2050",
    "1. Ban Thường trực Ủy ban MTTQ xã tiếp nhận đơn thư liên quan đến người ứng cử, chuyển cơ quan có thẩm"
    " quyền giải quyết (ngừng xem xét đơn thư về người ứng cử trước ngày bầu cử 10 ngày).",
    "2. Các Ban Công tác Mặt trận gửi danh sách đại biểu dự hội nghị cử tri về Ủy ban MTTQ xã trước ngày khai"
    " mạc hội nghị 07 ngày.",
    "3. Các tổ giám sát báo cáo kết quả giám sát về Ban Thường trực trước ngày 20/3/2050.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-22", PLAN)


@pytest.mark.parametrize(
    ("question", "limit"),
    [
        ("Mặt trận xã Hòa Phú ngừng xem xét đơn thư về người ứng cử khi nào?", "10 ngày"),
        (
            "Các Ban Công tác Mặt trận phải gửi danh sách đại biểu dự hội nghị cử tri trước khi nào?",
            "07 ngày",
        ),
        (
            "When must the Hoa Phu Front stop reviewing petitions about candidates before election day?",
            "10 ngày",
        ),
    ],
)
def test_a_count_back_limit_is_the_first_line(assistant, question, limit) -> None:
    answer = assistant.ask(question)
    assert limit in first_line(answer), answer.text


def test_a_calendar_day_stays_a_date(assistant) -> None:
    answer = assistant.ask("Các tổ giám sát báo cáo kết quả giám sát trước ngày nào?")
    assert "20/3/2050" in first_line(answer) or "20/03/2050" in first_line(answer), answer.text
