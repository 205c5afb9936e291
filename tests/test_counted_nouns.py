"""A count asked by an everyday noun or in English is the count the document writes with the directive's
noun ("bao nhiêu chị em" / "1.500 phụ nữ", lexicon question_paraphrases; "how many young people" /
"2.500 lượt đoàn viên, thanh niên", the glossary's translation of the whole phrase), and a document's total
budget asked ("Toàn bộ kinh phí ... là bao nhiêu?") is its "Tổng kinh phí", beside its rates per case, when
the subject line says what it is for (trials 25 q12, 29 q13, 30 q36). Near misses still abstain: a noun
no count is written with, a total asked for one of the plan's items. One document written in the test, as
DOCX and as TXT, through ``Assistant``."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

PLAN = [
    "HUYỆN ỦY HÒA VANG",
    "Số 31-KH/HU",
    "Hòa Vang, ngày 10 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Hỗ trợ hội viên, đoàn viên chuyển đổi nghề sang chăn nuôi bò giai đoạn 2031 - 2035",
    "I. CHỈ TIÊU",
    "1. Hỗ trợ 1.500 phụ nữ chuyển đổi nghề, phát triển kinh tế hộ gia đình.",
    "2. Huyện đoàn huy động ít nhất 2.500 lượt đoàn viên, thanh niên tham gia ngày hội việc làm.",
    "3. Tổ chức 04 lớp tập huấn kỹ thuật chăn nuôi cho cán bộ cơ sở.",
    "II. MỨC HỖ TRỢ",
    "1. Mức hỗ trợ mua bò giống: 20.000.000 đồng/con, mỗi hộ tối đa 2 con. Tổng kinh phí dự kiến "
    "900.000.000 đồng, lấy từ ngân sách huyện.",
    "2. Ban Tuyên giáo Huyện ủy chủ trì tuyên truyền kết quả thực hiện Kế hoạch.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Trần Văn Lâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-31_HU_khoi-nghiep", PLAN)


def test_everyday_noun_is_counted_by_the_directive_noun(plan):
    """"chị em" is what directives write "phụ nữ" (lexicon question_paraphrases): "1.500 phụ nữ" counts it."""
    answer = plan.ask("Kế hoạch phấn đấu hỗ trợ bao nhiêu chị em chuyển đổi nghề?")
    assert not answer.abstained, answer.evidence
    assert "1.500" in answer.text, answer.text


def test_english_counted_phrase_is_read_by_its_translation(plan):
    """"young people" is "thanh niên" (the glossary's phrase, not its words), counted "2.500 lượt đoàn viên"
    in a plan naming the Youth Union, whose members they are (lexicon member_nouns)."""
    answer = plan.ask("How many young people does the plan aim to mobilise for the job fair?")
    assert not answer.abstained, answer.evidence
    assert "2.500" in answer.text, answer.text


def test_whole_budget_asked_is_the_documents_total(plan):
    """The plan writes a rate per head of cattle and a total: the total asked of the plan's matter, which
    its subject line writes in other order ("chuyển đổi nghề sang chăn nuôi bò"), is answered by "Tổng kinh
    phí dự kiến 900.000.000 đồng", which its sentence does not name."""
    answer = plan.ask("Toàn bộ kinh phí dự kiến để hỗ trợ chuyển đổi nghề chăn nuôi là bao nhiêu?")
    assert not answer.abstained, answer.evidence
    assert "900.000.000" in answer.text, answer.text


def test_whole_budget_of_one_item_is_not_the_plans_total(plan):
    """The training courses are one item of the plan: its total is not theirs."""
    answer = plan.ask("Toàn bộ kinh phí dự kiến để tổ chức các lớp tập huấn là bao nhiêu?")
    assert answer.abstained, answer.text


def test_everyday_noun_no_count_is_written_with_abstains(plan):
    """"bà con" is "nhân dân" (lexicon): no count of either is written; the women's or youths' is not it."""
    answer = plan.ask("Kế hoạch vận động bao nhiêu bà con tham gia ngày hội việc làm?")
    assert answer.abstained, answer.text
