"""The bound words are one table (``lexicon.bound_words``), each word with its direction: a case a question
states by a negated bound ("không dưới 30", "không ít hơn 30": at least 30) is read as the table reads the
whole word, never as the shorter word inside it ("dưới", "ít hơn": under 30). Before the table the case
reader (``answer.stated_case``) kept its own list, tried the "at most" words first and read "không dưới 30
đoàn viên" as "dưới 30": the figure of the other case ("01 đại biểu") was the first line. Through a real
``Assistant`` over a guide written as Word and as text.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import library_as

GUIDE = [
    "ĐOÀN TNCS HỒ CHÍ MINH HUYỆN TÂN HÒA",
    "Số: 15-HD/HĐTN",
    "Tân Hòa, ngày 05 tháng 3 năm 2042",
    "HƯỚNG DẪN",
    "Cử đại biểu dự Đại hội Đoàn huyện lần thứ X",
    "1. Số đại biểu được cử",
    "a) Chi đoàn có dưới 30 đoàn viên được cử 01 đại biểu;",
    "b) Chi đoàn có từ 30 đoàn viên trở lên được cử 02 đại biểu.",
    "2. Danh sách đại biểu gửi về Văn phòng Huyện đoàn trước ngày 20/3/2042.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Phạm Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "bound_words", {"HD-15": GUIDE})


@pytest.mark.parametrize(
    "question, figure, other",
    [
        ("Chi đoàn có không dưới 30 đoàn viên được cử mấy đại biểu?", "02", "01"),
        ("Chi đoàn có không ít hơn 30 đoàn viên được cử mấy đại biểu?", "02", "01"),
        ("Chi đoàn có ít hơn 30 đoàn viên được cử mấy đại biểu?", "01", "02"),
    ],
)
def test_a_negated_bound_states_the_case_of_the_whole_word(guide, question, figure, other) -> None:
    answer = guide.ask(question)
    first = answer.text.split("\n", 1)[0]
    assert re.search(rf"(?<!\d){figure} đại biểu", first), answer.text
    assert not re.search(rf"(?<!\d){other} đại biểu", first), answer.text
