"""An event's planned time and place and their move written in one sentence, through ``Assistant.ask`` on
documents written here as DOCX and TXT.

"Lễ phát động ..., dự kiến tổ chức ngày OLD tại PLACE A, nay được dời sang HOUR ngày NEW, địa điểm chuyển
về PLACE B": the time and place in force are the moved ones. The planned place after "tại" was the place
line (a superseded venue: the worst kind of first line) and the two days of the sentence left no time line
(newcomer trial 44 q18). The planned arrangement is no answer (``answer.planned_moved``).
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

LETTER = [
    "BAN CHẤP HÀNH ĐOÀN HUYỆN MỘC HÓA",
    "Số: 77-CV/HĐTN",
    "Mộc Hóa, ngày 28 tháng 5 năm 2041",
    "CÔNG VĂN",
    "Về việc điều chỉnh một số hoạt động tháng 6 năm 2041",
    "Kính gửi: Các cơ sở Đoàn trực thuộc.",
    "1. Các cơ sở Đoàn báo cáo số lượng đoàn viên tham gia trước ngày 03/6/2041.",
    "2. Lễ phát động Tháng hành động vì môi trường năm 2041, dự kiến tổ chức ngày 05/6/2041 tại Sân vận "
    "động huyện, nay được dời sang 14 giờ 00 ngày 12/6/2041, địa điểm chuyển về Hội trường Trung tâm Văn hóa "
    "huyện.",
    "3. Giải bóng chuyền thanh niên theo kế hoạch khai mạc ngày 20/6/2041 tại Nhà thi đấu huyện, nay hoãn "
    "đến ngày 27/6/2041.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Trần Minh Khoa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def letter(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "planned_moved", {"CV77_DieuChinh": LETTER})


def _lines(answer) -> str:
    """The answer's headline lines (before its quotes; "" when it has none)."""
    head = answer.text.split("\n\n", 1)[0]
    return "" if head.startswith(("Theo ", "- ")) else head


@pytest.mark.parametrize(
    "question",
    [
        "Lễ phát động Tháng hành động vì môi trường được dời sang ngày nào?",
        "Lễ phát động Tháng hành động vì môi trường năm 2041 tổ chức khi nào?",
    ],
)
def test_moved_event_time_is_the_new_one(letter, question):
    answer = letter.ask(question)
    head = _lines(answer)
    assert "12/6/2041" in head, answer.text
    assert "05/6/2041" not in head, answer.text


def test_moved_event_place_is_the_new_one_or_none(letter):
    answer = letter.ask("Lễ phát động Tháng hành động vì môi trường tổ chức ở đâu?")
    head = _lines(answer)
    assert "Sân vận động" not in head, answer.text  # the planned venue is superseded
    assert "Hội trường Trung tâm Văn hóa huyện" in head, answer.text


def test_moved_event_time_and_place_together(letter):
    answer = letter.ask("Lễ phát động Tháng hành động vì môi trường dời sang ngày nào, tổ chức ở đâu?")
    head = _lines(answer)
    assert "12/6/2041" in head and "Hội trường Trung tâm Văn hóa huyện" in head, answer.text
    assert "05/6/2041" not in head and "Sân vận động" not in head, answer.text


def test_postponed_opening_keeps_no_planned_day(letter):
    answer = letter.ask("Giải bóng chuyền thanh niên khai mạc vào ngày nào?")
    head = _lines(answer)
    assert "20/6/2041" not in head, answer.text  # "theo kế hoạch ... nay hoãn đến ...": the old day
    assert "27/6/2041" in head, answer.text
