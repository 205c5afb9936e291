"""A "not stated" first line ("Văn bản không nêu thời hạn cho việc này") is never written from a heading, nor
when a quoted sentence of the asked event states its time (issue 11: a confident wrong first line is the
worst output). Real index over a plan written here, as DOCX and as TXT.

Library, session 25: "Hạn chót tổ chức hội nghị hiệp thương lần thứ nhất là khi nào?" was answered "Văn bản
không nêu thời hạn cho việc này. [1]" citing the section heading "TỔ CHỨC HỘI NGHỊ HIỆP THƯƠNG LẦN THỨ NHẤT
...", while the quotes under it said the meeting "được tổ chức trong khoảng thời gian từ ngày ... đến ngày
...". The heading (a verb in capitals) was read as the governing clause that sets no time. Now a heading is
never that clause (``absent_guard``), and "hạn chót" of an event held over a period is its last day.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

PLAN = [
    "HỘI CỰU CHIẾN BINH XÃ AN HÒA",
    "Số 07-KH/CCB",
    "An Hòa, ngày 10 tháng 11 năm 2030",
    "KẾ HOẠCH",
    "Tổng kết công tác Hội và phong trào thi đua năm 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Đánh giá kết quả thực hiện nhiệm vụ năm 2030, đề ra phương hướng nhiệm vụ năm 2031.",
    "II. TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC HỘI VÀ BIỂU DƯƠNG HỘI VIÊN TIÊU BIỂU",
    "Hội nghị tổng kết ở các chi hội được tổ chức trong khoảng thời gian từ ngày 04 tháng 01 năm 2031 đến "
    "ngày 18 tháng 01 năm 2031 do Chi hội trưởng triệu tập và chủ trì.",
    "Thành phần dự hội nghị gồm toàn thể hội viên của chi hội và đại diện cấp ủy chi bộ thôn.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Hội tổng hợp kết quả tổng kết của các chi hội, báo cáo Ban Thường vụ.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH07", PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "Hạn chót tổ chức hội nghị tổng kết công tác Hội là khi nào?",
        "Chậm nhất ngày nào phải tổ chức xong hội nghị tổng kết công tác Hội?",
    ],
)
def test_a_heading_is_never_the_clause_said_to_set_no_time(assistant, question):
    answer = assistant.ask(question)
    first = answer.text.split("\n", 1)[0]
    assert not answer.fact_absent and "không nêu" not in first, answer.text
    # a first line, if any, is the period's last day, never its first
    assert "04 tháng 01" not in first, answer.text
    assert "18 tháng 01 năm 2031" in answer.text, answer.text


def test_the_whole_period_still_answers_when_it_is_asked(assistant):
    answer = assistant.ask("Hội nghị tổng kết ở các chi hội được tổ chức trong khoảng thời gian nào?")
    assert not answer.fact_absent, answer.text
    assert "04 tháng 01 năm 2031" in answer.text and "18 tháng 01 năm 2031" in answer.text, answer.text


DUTY_PLAN = [
    "HỘI CỰU CHIẾN BINH XÃ AN HÒA",
    "Số 08-KH/CCB",
    "An Hòa, ngày 12 tháng 11 năm 2030",
    "KẾ HOẠCH",
    "Tổng kết công tác Hội năm 2030",
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường vụ Hội chỉ đạo các chi hội tổ chức hội nghị tổng kết công tác Hội năm 2030.",
    "2. Hội nghị tổng kết công tác Hội của các chi hội được tổ chức trong khoảng thời gian từ ngày 04 "
    "tháng 01 năm 2031 đến ngày 18 tháng 01 năm 2031.",
    "3. Văn phòng Hội tổng hợp kết quả, báo cáo Ban Thường vụ.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def duty_plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH08", DUTY_PLAN)


def test_the_latest_day_of_an_event_held_over_a_period_is_its_end(duty_plan):
    # "hạn chót" asks the latest day: the period's end, not the whole period read as a limit
    answer = duty_plan.ask("Hạn chót các chi hội tổ chức hội nghị tổng kết công tác Hội là khi nào?")
    first = answer.text.split("\n", 1)[0]
    assert not answer.fact_absent and "không nêu" not in first, answer.text
    assert "04 tháng 01" not in first, answer.text
    assert "18 tháng 01 năm 2031" in first, answer.text
