"""A body's duties in several documents (issue 11, part 6 and the product's first question, "what must the
Women's Union do under this plan?"): the document whose duties for the body fit the rest of the question
comes first, its subject line read with them, before a newer plan naming the body for something else; a
duty written in two clauses of one sentence ("...; đăng ký danh sách ... trước ngày ...") is quoted whole,
its time with it; a body written in the plural ("Ban Công tác Mặt trận các khu phố") is the body asked in the
singular. Real index over two plans written here (.docx and .txt), asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

RACE = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN PHƯỜNG HÒA KHÁNH",
    "Số: 14-KH/ĐTN",
    "Hòa Khánh, ngày 05 tháng 6 năm 2028",
    "KẾ HOẠCH",
    "Tổ chức Giải chạy vì sức khỏe cộng đồng năm 2028",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường vụ Đoàn phường chủ trì tổ chức Giải chạy.",
    "2. Trường THCS Nguyễn Huệ bố trí 40 học sinh tham gia Giải chạy; đăng ký danh sách về Ban Tổ chức trước "
    "ngày 18/8/2028.",
    "3. Ban Công tác Mặt trận khu phố vận động người dân hai bên tuyến đường cổ vũ các vận động viên.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Võ Minh Tâm",
]

FUND = """ỦY BAN MTTQ VIỆT NAM PHƯỜNG HÒA KHÁNH
BAN THƯỜNG TRỰC
Số: 20/KH-MTTQ
Hòa Khánh, ngày 25 tháng 8 năm 2028

KẾ HOẠCH
Vận động ủng hộ Quỹ Vì người nghèo năm 2028

III. TỔ CHỨC THỰC HIỆN
1. Trường THCS Nguyễn Huệ lập danh sách học sinh nghèo vượt khó đề nghị nhận học bổng, gửi Ban Thường
trực trước ngày 15/10/2028.
2. Hội Cựu chiến binh phường khảo sát, đề xuất 02 hộ được hỗ trợ xây nhà Đại đoàn kết trước ngày 30/9/2028.
3. Ban Công tác Mặt trận các khu phố rà soát hộ có hoàn cảnh khó khăn, báo cáo ngay với Ban Thường trực khi
có hộ bị thiên tai, hỏa hoạn cần hỗ trợ đột xuất.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lê Thị Hồng
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("duty_documents"), embedder, {"KH14.docx": RACE, "KH20.txt": FUND}
    )


def _quotes(answer) -> list[str]:
    return [line for line in answer.text.split("\n") if line.startswith("- ")]


def test_the_document_fitting_the_question_comes_first(assistant):
    answer = assistant.ask("Trường THCS Nguyễn Huệ phải làm gì cho Giải chạy?")
    quotes = _quotes(answer)
    assert quotes and "Giải chạy" in quotes[0], answer.text
    # the duty's second clause, with its time, is part of the quote
    assert "18/8/2028" in quotes[0], answer.text


def test_the_subject_line_names_the_campaign(assistant):
    answer = assistant.ask("Trường THCS Nguyễn Huệ có nhiệm vụ gì trong đợt vận động Quỹ Vì người nghèo?")
    quotes = _quotes(answer)
    assert quotes and "học bổng" in quotes[0], answer.text


def test_a_body_written_in_the_plural_is_the_body_asked(assistant):
    answer = assistant.ask("Ban Công tác Mặt trận khu phố phải làm gì khi có hộ bị hỏa hoạn?")
    quotes = _quotes(answer)
    assert quotes and "báo cáo ngay" in quotes[0], answer.text


def test_a_plan_named_by_the_words_of_its_title_bounds_the_answer(assistant):
    # "Kế hoạch giải chạy ..." names the race plan, which gives the veterans nothing; the fund plan's
    # duty of the veterans is not its answer
    answer = assistant.ask("Kế hoạch giải chạy vì sức khỏe cộng đồng giao Hội Cựu chiến binh phường làm gì?")
    assert "xây nhà" not in answer.text, answer.text
