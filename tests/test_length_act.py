"""A length or figure asked of one act or year, taken from another (newcomer trial 48 u5, u3).

u5: "Tổ giúp việc ... phải được thành lập trong thời hạn bao nhiêu ngày?" was answered "Số liệu: 07 ngày làm
việc", the time of the neighbouring clause's act (issuing the board's rules), while the same question asked
"chậm nhất khi nào?" said the document sets no time: the length path now keeps the deadline path's act check.
u3: the 2028 budget asked, the 2027 sum quoted as the answer: a figure written for another year is no
evidence of the year asked. Real index over one decision (DOCX and TXT by the fixture's param), asked
through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

DECISION = [
    "ĐẢNG ỦY PHƯỜNG AN KHÁNH",
    "Số 88-QĐ/ĐU",
    "An Khánh, ngày 12 tháng 4 năm 2031",
    "QUYẾT ĐỊNH",
    "Về việc thành lập Ban Chỉ đạo chuyển đổi số phường An Khánh",
    "Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số phường An Khánh gồm 07 đồng chí (có danh sách kèm theo).",
    "Điều 2. Nhiệm vụ của Ban Chỉ đạo",
    "1. Chỉ đạo các chi bộ triển khai các nhiệm vụ chuyển đổi số trên địa bàn phường.",
    "2. Trong thời hạn 10 ngày làm việc kể từ ngày ký Quyết định này, Ban Chỉ đạo ban hành Kế hoạch kiểm tra"
    " và phân công nhiệm vụ cho từng thành viên.",
    "3. Giúp việc Ban Chỉ đạo có Tổ giúp việc gồm 03 đồng chí, do đồng chí Trưởng ban quyết định thành lập.",
    "4. Kinh phí hoạt động của Ban Chỉ đạo do ngân sách phường bảo đảm; năm 2031 dự kiến 60.000.000 đồng"
    " (Sáu mươi triệu đồng).",
    "Điều 3. Ban Chỉ đạo hoạt động đến hết năm 2032 và tự giải thể sau khi hoàn thành nhiệm vụ.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Lê Văn Thành",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "QD88", DECISION)


@pytest.mark.parametrize(
    "question",
    [
        "Tổ giúp việc Ban Chỉ đạo phường An Khánh phải được thành lập trong thời hạn bao nhiêu ngày?",
        "Tổ giúp việc Ban Chỉ đạo phải được thành lập trong vòng bao lâu?",
    ],
)
def test_another_acts_length_is_no_answer(assistant, question):
    answer = assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert "10 ngày" not in first, answer.text
    # the same answer as "... chậm nhất khi nào?": the act's own clause sets no time
    assert "không nêu thời hạn" in first, answer.text


def test_the_asked_acts_own_length_answers(assistant):
    answer = assistant.ask(
        "Ban Chỉ đạo phường An Khánh phải ban hành Kế hoạch kiểm tra trong thời hạn bao nhiêu ngày?"
    )
    first = answer.text.splitlines()[0]
    assert "10 ngày làm việc" in first, answer.text


def test_another_years_sum_is_no_answer(assistant):
    answer = assistant.ask("Kinh phí hoạt động năm 2032 của Ban Chỉ đạo chuyển đổi số An Khánh là bao nhiêu?")
    assert answer.abstained, answer.text


def test_the_years_own_sum_answers(assistant):
    answer = assistant.ask("Kinh phí hoạt động năm 2031 của Ban Chỉ đạo chuyển đổi số An Khánh là bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "60.000.000 đồng" in answer.text.splitlines()[0], answer.text
