"""Follow-up questions: rule-based rewriting, and the answers rewritten questions get on the sample index."""

from __future__ import annotations

import pytest

from assistant.answer import followup
from assistant.obligations.orgs import OrgRegistry


def _finder(text: str) -> list[tuple[str, int, int]]:
    return [(m.org_id, m.start, m.end) for m in OrgRegistry.load().find_in(text)]


NAMES = {o.id: o.name for o in OrgRegistry.load().orgs.values()}


def test_not_a_followup_without_history():
    r = followup.resolve("Còn Hội Nông dân thì sao?", [], _finder, NAMES)
    assert not r.is_followup and r.question == "Còn Hội Nông dân thì sao?"


def test_organisation_swap():
    r = followup.resolve(
        "Còn Hội Nông dân thì sao?",
        ["Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?"],
        _finder,
        NAMES,
    )
    assert r.is_followup and r.swapped_org == "hoi_nong_dan"
    assert (
        r.question.startswith("Hội Nông dân")
        and "phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy" in r.question
    )


def test_document_carry_from_number():
    r = followup.resolve(
        "Văn bản đó được ban hành ở đâu, ngày nào?", ["Ai ký Kết luận số 62-KL/TW?"], _finder, NAMES
    )
    assert r.question == "Kết luận số 62-KL/TW được ban hành ở đâu, ngày nào?"


def test_document_carry_through_retrieval_callback():
    r = followup.resolve(
        "Văn bản đó do ai ký?",
        ["Kết luận về công tác Mặt trận giai đoạn 2021-2025 giao việc gì?"],
        _finder,
        NAMES,
        previous_doc=lambda q: "Kết luận về tăng cường sự lãnh đạo",
    )
    assert r.question == "Kết luận về tăng cường sự lãnh đạo do ai ký?"


def test_topic_followup_keeps_previous_document_phrase():
    r = followup.resolve(
        "Còn tổng kết thì vào lúc nào?",
        ["Hạn xây dựng kế hoạch của các huyện ủy theo Kết luận giai đoạn 2021-2025 là khi nào?"],
        _finder,
        NAMES,
    )
    assert r.question == "tổng kết thì vào lúc nào theo Kết luận giai đoạn 2021-2025?"


def test_chained_followups_resolve_in_order():
    history = ["Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?", "Còn Hội Nông dân thì sao?"]
    r = followup.resolve("Và Hội Cựu chiến binh?", history, _finder, NAMES)
    assert r.question.startswith("Hội Cựu chiến binh") and "Ban Thường vụ Tỉnh ủy" in r.question


@pytest.fixture(scope="module")
def assistant(settings, sample_index, embedder):
    from assistant.api import Assistant

    return Assistant(settings, embedder=embedder)


def test_followup_answers_on_sample_index(assistant):
    a = assistant.ask(
        "Còn Hội Nông dân thì sao?",
        history=["Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?"],
    )
    assert a.resolved_question and a.resolved_question.startswith("Hội Nông dân")
    assert not a.abstained and "Hội Nông dân" in a.citations[0].section
    b = assistant.ask("Văn bản đó được ban hành ở đâu, ngày nào?", history=["Ai ký Kết luận số 62-KL/TW?"])
    assert "08/12/2009" in b.text.splitlines()[0]
    assert b.citations[0].doc.number == "62-KL/TW"


def test_issuer_in_a_followup_is_not_swapped_in():
    # "của Tỉnh ủy Bình Thuận" names who made the copy; the follow-up is a new question on the same notice
    r = followup.resolve(
        "Còn bản sao lục của Tỉnh ủy Bình Thuận do ai ký?", ["Thông báo 160-TB/TW do ai ký?"], _finder, NAMES
    )
    assert r.is_followup and r.swapped_org is None
    assert "sao lục" in r.question and "160-TB/TW" in r.question


def test_short_question_without_body_or_document_keeps_both():
    r = followup.resolve(
        "Hạn chót là khi nào?",
        ["Hội phụ nữ các cấp phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?"],
        _finder,
        NAMES,
    )
    assert r.is_followup
    assert "Hội phụ nữ các cấp" in r.question and "theo Kết luận của Ban Thường vụ Tỉnh ủy" in r.question


def test_a_short_amount_question_leans_on_the_previous_one():
    # eight syllables, no body, no document: "each house" is the previous question's house (trial 12)
    r = followup.resolve(
        "Mỗi nhà được hỗ trợ bao nhiêu tiền?",
        ["Ủy ban Mặt trận Tổ quốc xã phải bàn giao nhà Đại đoàn kết theo Kế hoạch 52-KH/ĐU trước ngày nào?"],
        _finder,
        NAMES,
    )
    assert r.is_followup and "52-KH/ĐU" in r.question, r


def test_a_question_naming_its_own_body_is_not_a_followup():
    r = followup.resolve("Hội Nông dân phải làm gì theo Kết luận 62?", ["Hạn chót là khi nào?"], _finder, NAMES)
    assert not r.is_followup


def test_followup_naming_its_own_document_does_not_carry_the_previous_one():
    r = followup.resolve(
        "Thế còn Thông báo 160 thì giao cho ai?",
        ["Ai chủ trì theo dõi việc thực hiện Kết luận 62-KL/TW?"],
        _finder,
        NAMES,
    )
    assert r.is_followup and "62-KL/TW" not in r.question and "Thông báo 160" in r.question, r


def test_another_fact_of_the_same_task_keeps_the_task():
    # trial 18 p11: "Còn đơn vị phối hợp là ai?" names no task of its own; the previous question's task goes
    # with it (one naming its own topic keeps its rule: test_topic_followup_keeps_previous_document_phrase)
    prev = "Ai chủ trì lớp tập huấn lúa hữu cơ ở Thanh Liêm?"
    r = followup.resolve("Còn đơn vị phối hợp là ai?", [prev])
    assert r.is_followup and "tập huấn lúa hữu cơ" in r.question and "phối hợp" in r.question, r
