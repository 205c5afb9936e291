"""English questions about a Vietnamese document's own facts (newcomer trial 6): who signed it, who issued
it, when, its number. Asked through ``Assistant`` over a synthetic plan indexed for real; the document is
described in English, not named by its number.

What each test pins:
- the intent table reads English signer / issuer / date / number questions, and the question word's
  glosses ("who" -> giao, chủ trì) do not pull duty passages in place of the document's facts;
- the evidence for such a fact is the document described (its type, issuer, subject line and retrieved
  passages together), not the one passage holding the signature;
- a description whose content words mostly have no Vietnamese gloss cannot be checked: no answer.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ HÒA LỢI
BAN THƯỜNG TRỰC
Số: 12/KH-MTTQ-BTT
Hòa Lợi, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Tháng hành động vì môi trường năm 2026

Căn cứ Chương trình công tác năm 2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Lợi, Ban Thường trực xây dựng Kế hoạch tổ chức Tháng hành động vì môi trường năm 2026 như sau:

I. NỘI DUNG
1. Ra quân thu gom rác thải dọc kênh Ba Xã vào ngày 05/4/2026.
2. Hội Liên hiệp Phụ nữ xã chủ trì vận động hội viên trồng 300 cây xanh, hoàn thành trước ngày 30/4/2026.
3. Đoàn Thanh niên xã giao các chi đoàn ấp dọn vệ sinh kênh mương, báo cáo kết quả trước ngày 15/5/2026.

Trên đây là Kế hoạch tổ chức Tháng hành động vì môi trường năm 2026 của Ban Thường trực Ủy ban MTTQ xã./.

TM. BAN THƯỜNG TRỰC
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Hồng Vân
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    files = {"KH-12-MTTQ-Hoa-Loi.txt": PLAN}
    return assistant_over(tmp_path_factory.mktemp("english_facts"), embedder, files)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Who signed the environmental action month plan of Hoa Loi commune and in what capacity?",
            "Trần Thị Hồng Vân",
        ),
        ("Who has signed the plan on the environmental action month?", "Trần Thị Hồng Vân"),
        ("When was the environmental action month plan of Hoa Loi commune issued?", "20/03/2026"),
        ("What is the number of the plan on the environmental action month?", "12/KH-MTTQ-BTT"),
        ("Which body issued the plan on the environmental action month?", "Ban Thường trực"),
    ],
)
def test_english_document_fact_questions_answer_with_the_fact(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert expected in first_line(answer), answer.text


def test_the_question_word_does_not_pull_duties(assistant):
    # "who" glossed as giao / chủ trì would quote the duty rows that assign or lead
    answer = assistant.ask("Who signed the environmental action month plan of Hoa Loi commune?")
    assert not answer.abstained, answer.text
    quoted = " ".join(c.quote for c in answer.citations)
    assert "chủ trì" not in quoted and "giao các chi đoàn" not in quoted, answer.text


def test_a_description_without_glosses_is_not_checked_against_any_plan(assistant):
    answer = assistant.ask("Who signed the plan on the penalty for burning straw?")
    assert answer.abstained, answer.text

