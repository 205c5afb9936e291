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


NESTED_PLAN = [
    "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ LÂM",
    "Số: 27/KH-MTTQ-BTT",
    "Phú Lâm, ngày 25 tháng 11 năm 2030",
    "KẾ HOẠCH",
    "Thực hiện các hội nghị hiệp thương bầu cử đại biểu Hội đồng nhân dân xã",
    "II. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN",
    "1. Hội nghị hiệp thương lần thứ nhất",
    "1.1. Nội dung: Hiệp thương về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử.",
    "1.2. Báo cáo kết quả Hội nghị",
    "- Gửi biên bản Hội nghị đến Ban Thường trực Ủy ban MTTQ xã ngay sau khi kết thúc hội nghị.",
    "2. Hội nghị hiệp thương lần thứ hai",
    "2.1. Nội dung: Lập danh sách sơ bộ những người ứng cử.",
]

GUIDE = [
    "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH",
    "Số: 09/HD-MTTQ-BTT",
    "HƯỚNG DẪN",
    "Quy trình hiệp thương, giới thiệu người ứng cử đại biểu Hội đồng nhân dân",
    "5. Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2030, Thường trực Hội "
    "đồng nhân dân xã tiến hành điều chỉnh cơ cấu, thành phần, số lượng người được giới thiệu ứng cử.",
]


@pytest.fixture(scope="module")
def nested(tmp_path_factory, embedder):
    files = {"KH27-MTTQ.docx": NESTED_PLAN, "HD09-MTTQ.docx": GUIDE}
    return assistant_over(tmp_path_factory.mktemp("relative_nested"), embedder, files)


def test_a_sentence_under_the_round_s_section_answers_for_that_round(nested):
    # "Gửi biên bản ..." names no round; its section "1. Hội nghị hiệp thương lần thứ nhất" does: it is on
    # the round asked, as the guide's sentence writing "lần thứ nhất" about another act is (library dev)
    answer = nested.ask("Kết quả hiệp thương lần một phải gửi về Ban Thường trực Mặt trận xã lúc nào?")
    assert "ngay sau khi kết thúc hội nghị" in answer.citations[0].quote, answer.text
