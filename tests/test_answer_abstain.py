"""Abstention on the sample index: in-domain questions the documents do not answer and out-of-domain ones
get the fixed phrase, ``abstained=True``, no citations, and the closest sections as "see also"."""

from __future__ import annotations

import pytest

from assistant.answer import abstain, amount_mentions, mentions, render
from assistant.query.amounts import amount_unit
from assistant.query.subjects import asks_person


@pytest.fixture(scope="module")
def assistant(settings, sample_index, embedder):
    from assistant.api import Assistant

    return Assistant(settings, embedder=embedder)


def test_amount_unit_parsing():
    assert amount_unit("Ngân sách là bao nhiêu tỷ đồng?") == ["ty", "dong"]
    assert amount_unit("phải đạt bao nhiêu phần trăm?") == ["phan", "tram"]
    assert amount_unit("Ai ký Kết luận 62?") is None
    assert amount_mentions.amount_supported("đạt bao nhiêu phần trăm?", ["đạt từ 55% trở lên."])
    assert not amount_mentions.amount_supported("bao nhiêu tỷ đồng?", ["Kết luận số 62-KL/TW năm 2009."])


@pytest.mark.parametrize(
    "question",
    [
        "Ngân sách tỉnh dành cho Mặt trận Tổ quốc năm 2021 là bao nhiêu tỷ đồng?",
        "Thủ tục kết nạp đảng viên mới gồm những bước nào?",
        "Lãi suất cho vay hộ nghèo của Ngân hàng Chính sách xã hội năm 2024 là bao nhiêu?",
    ],
)
def test_in_domain_unanswerable_abstains(assistant, question):
    a = assistant.ask(question)
    assert (
        a.abstained
        and a.text == render.not_found("vi") == "Không tìm thấy nội dung này trong các văn bản đã nạp."
    )
    assert a.citations == [] and a.see_also, "closest sections are offered as see-also"
    for c in a.see_also:
        assert c.text[c.quote_start : c.quote_end] == c.quote
    assert "[1]" not in a.text


def test_out_of_domain_abstains_in_english(assistant):
    a = assistant.ask("What is the capital of France?")
    assert a.abstained and a.language == "en"
    assert a.text == "No passage in the loaded documents answers this."
    # "capital" glosses as the loan word "vốn" (the organisations' entrusted loans), so the question has
    # Vietnamese terms; what no document writes is "France" (``query.english_names``)
    assert a.evidence.score < abstain.DEFAULT_THRESHOLD or a.evidence.reason == "place_not_found"


def test_answerable_question_does_not_abstain(assistant):
    a = assistant.ask(
        "Tỷ lệ chủ tịch hội cựu chiến binh cơ sở là sĩ quan, quân nhân nghỉ hưu phải đạt bao nhiêu phần trăm?"
    )
    assert not a.abstained
    assert any("55%" in c.quote for c in a.citations)


def test_english_amount_needs_the_unit_in_vietnamese():
    # "how many members" is answered only by a count of hội viên / đoàn viên, not by any number nearby
    assert amount_mentions.amount_supported("How many members?", ["Kết nạp 1.200 hội viên mới."])
    assert not amount_mentions.amount_supported("How many members?", ["Đạt từ 55% trở lên."])


def test_person_in_post_questions():
    assert asks_person("Ai là Chủ tịch Ủy ban MTTQ tỉnh hiện nay?") == ["chu tich"]
    assert asks_person("Who is the chair of the provincial Fatherland Front?") is not None
    assert asks_person("Ai chủ trì theo dõi việc thực hiện?") is None  # asks for a body
    deputy = "Ngày 27/11/2014, đồng chí Dương Văn An - Phó Bí thư Tỉnh ủy chủ trì"
    assert mentions.person_named([deputy])
    assert mentions.person_named([deputy], ["pho bi thu"])
    assert not mentions.person_named([deputy], ["bi thu"])  # the deputy is not the secretary
    assert not mentions.person_named(["Chủ tịch UBND các cấp làm việc với lãnh đạo MTTQ"])


@pytest.mark.parametrize(
    "question",
    [
        "Ai là Chủ tịch Hội Nông dân tỉnh hiện nay?",  # a post, but no name in any document
        "Ai là Bí thư Tỉnh ủy Bình Thuận?",  # only a deputy secretary is named
        "Kế hoạch thực hiện Thông báo 160 yêu cầu giải thể các hội quần chúng trước ngày nào?",  # no deadline
        "How many members does the provincial Women's Union have?",
    ],
)
def test_questions_whose_kind_of_answer_is_absent_abstain(assistant, question):
    a = assistant.ask(question)
    assert a.abstained, a.text
    assert a.evidence.reason in {"person_not_found", "fact_not_found", "amount_not_found"}


def test_a_named_person_answers_who_chaired(assistant):
    a = assistant.ask("Hội nghị sơ kết 5 năm năm 2014 do đồng chí nào chủ trì?")
    assert not a.abstained and "Dương Văn An" in a.text
