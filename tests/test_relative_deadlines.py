"""Times counted from an event ("ngay sau khi kết thúc hội nghị", "trong vòng 05 ngày làm việc kể từ ...")
are time limits, and a clause of another round ("lần thứ ba") does not govern the round asked ("lần một")
(issue 11, part 5: a first line right or absent). ``find_deadlines`` directly, then a real index over a
plan written here.
"""

from __future__ import annotations

import pytest

from assistant.obligations.deadlines import find_deadlines
from tests.conftest import assistant_over, first_line


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        ("Gửi biên bản về Ban Thường trực ngay sau khi kết thúc hội nghị.", "ngay sau khi kết thúc hội nghị"),
        (
            "Trong vòng 05 ngày làm việc kể từ ngày chi bộ ra nghị quyết phải gửi hồ sơ lên cấp trên.",
            "Trong vòng 05 ngày làm việc kể từ ngày chi bộ ra nghị quyết",
        ),
        (
            "Chậm nhất 10 ngày sau khi kết thúc đợt thi đua, gửi báo cáo.",
            "Chậm nhất 10 ngày sau khi kết thúc đợt thi đua",
        ),
        ("trong thời hạn 15 ngày làm việc cấp ủy ra quyết định", "trong thời hạn 15 ngày làm việc"),
        (
            "Các chi đoàn gửi danh sách chậm nhất 03 ngày trước ngày tổ chức.",
            "chậm nhất 03 ngày trước ngày tổ chức",
        ),
    ],
)
def test_time_counted_from_an_event_is_a_limit(sentence, wording):
    (m,) = find_deadlines(sentence)
    assert m.deadline.text == wording
    assert m.deadline.start is None and m.deadline.end is None  # no calendar date to invent


@pytest.mark.parametrize(
    "sentence", ["Sau khi họp xong thì về nhà.", "Hội thi tổ chức trong 03 ngày tại nhà văn hóa."]
)
def test_durations_and_sequences_are_not_limits(sentence):
    assert find_deadlines(sentence) == []


PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ AN THẠNH
BAN THƯỜNG TRỰC
Số: 12/KH-MTTQ-BTT
An Thạnh, ngày 20 tháng 11 năm 2025

KẾ HOẠCH
Tổ chức các hội nghị hiệp thương

1. Hội nghị hiệp thương lần thứ nhất
Ban Thường trực gửi biên bản hội nghị về Ủy ban bầu cử xã ngay sau khi kết thúc hội nghị.

2. Hội nghị hiệp thương lần thứ ba
Ban Thường trực gửi biên bản hội nghị và danh sách chính thức về Ủy ban bầu cử xã.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("relative"), embedder, {"KH12.txt": PLAN})


def test_first_line_states_the_relative_limit_of_the_round_asked(assistant):
    answer = assistant.ask("Biên bản hội nghị hiệp thương lần một phải gửi về Ủy ban bầu cử xã khi nào?")
    line = first_line(answer)
    assert "ngay sau khi kết thúc hội nghị" in line, answer.text
    assert "không nêu thời hạn" not in line, answer.text
