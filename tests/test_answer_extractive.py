"""Extractive answers on the real sample index, one test per question type: the citations must point at the
right file and section, and every quote must be the chunk's (and the document's) own words at the offsets."""

from __future__ import annotations

import pytest

from assistant.answer.sentences import split_sentences
from assistant.models import Answer
from assistant.query import asked_action

KL_BTV = "KL-BTV-Tinh-uy_2021-2025_lanh-dao-MTTQ-to-chuc-CT-XH.md"
KL_62 = "KL-62-KL-TW_2009-12-08_Bo-Chinh-tri_doi-moi-MTTQ-doan-the.txt"


@pytest.fixture(scope="module")
def assistant(settings, sample_index, embedder):
    from assistant.api import Assistant

    return Assistant(settings, embedder=embedder)


def assert_verbatim(answer: Answer, assistant) -> None:
    """Every quote is the chunk's text at its offsets, and the document's text at its document offsets."""
    assert answer.citations, answer.text
    for c in answer.citations + answer.see_also:
        assert c.text[c.quote_start : c.quote_end] == c.quote
        assert c.quote.strip()
        if c.doc_start >= 0:
            doc = assistant.document(c.doc.doc_id)
            assert doc.text[c.doc_start : c.doc_end] == c.quote
        assert f"[{c.n}]" in answer.text or c in answer.see_also


def cites(answer: Answer, file: str, section_part: str = "", quote_part: str = "") -> bool:
    return any(
        c.doc.file == file and section_part in c.section and quote_part in c.quote for c in answer.citations
    )


def test_split_sentences_offsets_are_exact():
    text = (
        "5.1. Các huyện ủy xây dựng kế hoạch xong trong quý III/2021.\n"
        "- Hội phụ nữ các cấp: vận động phụ nữ. Phát huy vai trò nòng cốt.\nGhi chú."
    )
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "5.1. Các huyện ủy xây dựng kế hoạch xong trong quý III/2021.",
        "Hội phụ nữ các cấp: vận động phụ nữ.",
        "Phát huy vai trò nòng cốt.",
        "Ghi chú.",
    ]
    short = "5.1.\nCác huyện ủy xây dựng kế hoạch xong trong quý III/2021."
    assert [short[a:b] for a, b in split_sentences(short)] == [short]  # a bare label joins what follows


def test_org_duty_leads_with_own_paragraph(assistant):
    a = assistant.ask(
        "Hội phụ nữ các cấp có nhiệm vụ gì theo Kết luận của Ban Thường vụ Tỉnh ủy giai đoạn 2021-2025?"
    )
    assert not a.abstained and a.language == "vi"
    assert a.citations[0].doc.file == KL_BTV and "Hội phụ nữ" in a.citations[0].section
    assert "khát vọng vươn lên" in a.citations[0].quote
    assert a.text.startswith("Theo ")
    assert_verbatim(a, assistant)


def test_deadline_is_stated_first(assistant):
    a = assistant.ask(
        "Các huyện ủy, thành ủy phải làm xong kế hoạch thực hiện kết luận giai đoạn 2021-2025 trước khi nào?"
    )
    first = a.text.splitlines()[0]
    assert first.startswith("Thời hạn:") and "quý III/2021" in first
    assert cites(a, KL_BTV, "5.1", "quý III/2021")
    assert_verbatim(a, assistant)


def test_responsibility_names_the_lead_body(assistant):
    a = assistant.ask(
        "Ai chủ trì theo dõi, kiểm tra việc thực hiện Kết luận của Ban Thường vụ Tỉnh ủy giai đoạn 2021-2025?"
    )
    first = a.text.splitlines()[0]
    assert first.startswith("Chủ trì: Ban Dân vận Tỉnh ủy")
    assert cites(a, KL_BTV, "5.5", "Ban Dân vận Tỉnh ủy chủ trì")
    assert_verbatim(a, assistant)


def test_signer_from_metadata(assistant):
    a = assistant.ask("Ai ký Kết luận số 62-KL/TW?")
    assert a.text.startswith("Người ký: Trương Tấn Sang")
    c = a.citations[0]
    assert c.doc.file == KL_62 and c.quote == "Trương Tấn Sang" and c.doc.number == "62-KL/TW"
    assert_verbatim(a, assistant)


def test_date_from_metadata(assistant):
    a = assistant.ask("Kết luận 62 được ban hành ngày nào?")
    assert a.text.startswith("Ngày ban hành: 08/12/2009")
    assert a.citations[0].doc.file == KL_62
    assert_verbatim(a, assistant)


def test_abbreviations_are_expanded(assistant):
    a = assistant.ask("HLHPN các cấp phải làm gì theo KL của BTV TU giai đoạn 2021-2025?")
    assert not a.abstained
    assert cites(a, KL_BTV, "Hội phụ nữ")
    assert_verbatim(a, assistant)


def test_english_question_gets_english_labels_and_vietnamese_quotes(assistant):
    a = assistant.ask("Who signed Politburo Conclusion 62-KL/TW?")
    assert a.language == "en" and a.text.startswith("Signed by: Trương Tấn Sang")
    b = assistant.ask(
        "What must the Women's Union do under the Provincial Standing Committee's conclusion for 2021-2025?"
    )
    assert not b.abstained and b.text.startswith("According to ")
    assert cites(b, KL_BTV, "Hội phụ nữ", "phụ nữ")
    assert_verbatim(b, assistant)


def test_accentless_question(assistant):
    a = assistant.ask("hoi phu nu phai lam gi ve nguon nhan luc nu theo ket luan cua ban thuong vu tinh uy")
    assert not a.abstained and a.language == "vi"
    assert any("nguồn nhân lực nữ" in c.quote for c in a.citations)
    assert_verbatim(a, assistant)


def test_copy_note_signer(assistant):
    a = assistant.ask("Bản sao lục Thông báo 160 do ai ký?")
    first = a.text.splitlines()[0]
    assert "Trần Tới" in first and "1000-BS/TU" in first, a.text
    c = a.citations[0]
    assert c.quote == "Trần Tới" and c.text[c.quote_start : c.quote_end] == c.quote


def test_fact_comes_from_the_plan_the_question_describes(assistant):
    # the plan carrying out TB 160 is signed by the provincial committee, not by the Politburo
    a = assistant.ask("Ai ký Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Thông báo kết luận 160?")
    assert "Phạm Minh Tấn" in a.text.splitlines()[0], a.text


def test_english_question_about_the_implementing_plan(assistant):
    a = assistant.ask("Who signed the plan implementing Notice 160?")
    assert "Phạm Minh Tấn" in a.text.splitlines()[0], a.text


def test_signer_of_the_cited_document(assistant):
    a = assistant.ask("Thông báo 160 tiếp tục thực hiện kết luận nào và kết luận đó do ai ký?")
    assert "Trương Tấn Sang" in a.text.splitlines()[0], a.text


def test_org_named_among_others_gets_that_duty(assistant):
    a = assistant.ask("Theo Kế hoạch thực hiện Thông báo 160, Ban Thường vụ Tỉnh đoàn phải làm gì?")
    assert "Ban Thường vụ Tỉnh đoàn xây dựng chương trình" in a.text, a.text
    assert all(c.doc.file.startswith("KH-BTV-Tinh-uy") for c in a.citations)


def test_deadline_of_the_action_asked_about(assistant):
    # the conclusion sets "xong trong quý III/2021" for plans and "vào quý III/2025" for the final review
    a = assistant.ask("Bao giờ phải tổng kết Kết luận của Ban Thường vụ Tỉnh ủy giai đoạn 2021-2025?")
    assert "quý III/2025" in a.text.splitlines()[0], a.text
    assert asked_action("Khi nào tổng kết việc thực hiện?") == "tong ket"
    assert asked_action("Còn tổng kết thì vào lúc nào?") == "tong ket"
    assert asked_action("Hội phụ nữ phải làm gì?") is None
