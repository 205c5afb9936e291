"""Abstention on the sample index: in-domain questions the documents do not answer and out-of-domain ones
get the fixed phrase, ``abstained=True``, no citations, and the closest sections as "see also"."""

from __future__ import annotations

import pytest

from assistant.answer import abstain, render


@pytest.fixture(scope="module")
def assistant(settings, sample_index, embedder):
    from assistant.api import Assistant

    return Assistant(settings, embedder=embedder)


def test_amount_unit_parsing():
    assert abstain.amount_unit("Ngân sách là bao nhiêu tỷ đồng?") == ["ty", "dong"]
    assert abstain.amount_unit("phải đạt bao nhiêu phần trăm?") == ["phan", "tram"]
    assert abstain.amount_unit("Ai ký Kết luận 62?") is None
    assert abstain.amount_supported("đạt bao nhiêu phần trăm?", ["đạt từ 55% trở lên."])
    assert not abstain.amount_supported("bao nhiêu tỷ đồng?", ["Kết luận số 62-KL/TW năm 2009."])


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
    assert assistant.last_evidence.score < abstain.DEFAULT_THRESHOLD


def test_answerable_question_does_not_abstain(assistant):
    a = assistant.ask(
        "Tỷ lệ chủ tịch hội cựu chiến binh cơ sở là sĩ quan, quân nhân nghỉ hưu phải đạt bao nhiêu phần trăm?"
    )
    assert not a.abstained
    assert any("55%" in c.quote for c in a.citations)
