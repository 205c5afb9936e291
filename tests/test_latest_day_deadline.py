""""... muộn nhất / trễ nhất là hôm nào?" asks a deadline, not when an event is held: it was read as an
event question and answered "Thời gian: Từ ngày 05/02/2026 - 08/02/2026" from a schedule row that sends
nothing (library2 dev l2-mttq-03). The sentence opening with the act ("Báo cáo về ... về Ban Thường trực
... tỉnh chậm nhất ngày ...") holds the time of the report asked, however long its object. Written as
Word paragraphs and as plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG",
    "Số: 19/HD-MTTQ-BTT",
    "Hà Giang, ngày 10 tháng 3 năm 2047",
    "HƯỚNG DẪN",
    "Về việc Mặt trận xã tham gia tổ chức lấy ý kiến cử tri",
    "1. Từ ngày 02/4/2047 - 06/4/2047: Ban Thường trực Ủy ban MTTQ xã trao đổi với các cơ quan có người ứng"
    " cử, thống nhất thời gian và tổ chức hội nghị thôn để lấy ý kiến nhận xét của cử tri nơi cư trú đối với"
    " người ứng cử.",
    "2. Sau hội nghị tiếp xúc cử tri, Ban Thường trực Ủy ban MTTQ xã lập báo cáo tình hình tiếp xúc cử tri"
    " gửi đến Ủy ban bầu cử cùng cấp và Ban Thường trực Ủy ban MTTQ tỉnh.",
    "3. Báo cáo về kết quả tổ chức hội nghị lấy ý kiến nhận xét của cử tri nơi cư trú đối với người ứng cử"
    " đại biểu Hội đồng nhân dân về Ban Thường trực Ủy ban MTTQ tỉnh chậm nhất ngày 12/4/2047.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD-19", LINES)


@pytest.mark.parametrize(
    "question",
    [
        "Xã phải nộp lên Mặt trận tỉnh bản báo cáo về các cuộc họp cử tri nơi ở để nhận xét người ứng cử"
        " trễ nhất là hôm nào?",
        "Báo cáo kết quả lấy ý kiến cử tri nơi cư trú về người ứng cử, xã gửi Mặt trận tỉnh muộn nhất là"
        " hôm nào?",
    ],
)
def test_latest_day_is_the_reports_deadline(library, question) -> None:
    answer = library.ask(question)
    line = first_line(answer)
    assert "06/4/2047" not in line and "02/4/2047" not in line, answer.text
    assert "12/4/2047" in line, answer.text
