"""The grounding guard on real passages of the sample documents, with the real embedding model."""

from __future__ import annotations

import pytest

from assistant.answer.guard import Guard, lexical_support, missing_numbers, split_answer

P_BDV = (
    "5.5. Giao Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra, "
    "giám sát việc thực hiện Kết luận này; hằng năm báo cáo kết quả thực hiện với Thường trực Tỉnh ủy, Ban "
    "Thường vụ Tỉnh ủy và tham mưu tổng kết vào quý III/2025."
)
P_CCB = (
    "Chú trọng củng cố, xây dựng tổ chức hội, phấn đấu nâng tỷ lệ chủ tịch hội cựu chiến binh cấp cơ sở là "
    "cán bộ nghỉ hưu (sĩ quan, quân nhân chuyên nghiệp) đạt từ 55% trở lên."
)


def test_split_answer_keeps_markers_with_sentences():
    parts = split_answer("Ban Dân vận Tỉnh ủy chủ trì [1]. Tổng kết vào quý III/2025 [1].\n[2]")
    assert parts[0].endswith("[1].") and parts[1].startswith("Tổng kết")
    assert parts[-1].endswith("[2]")


def test_numbers_must_appear_in_passage():
    assert missing_numbers("Tỷ lệ đạt từ 55% trở lên [2].", P_CCB) == set()
    assert missing_numbers("Tỷ lệ đạt từ 65% trở lên [2].", P_CCB) == {"65"}
    assert missing_numbers("tổng kết vào quý III/2024", P_BDV) == {"2024"}


def test_lexical_support_separates_copy_from_invention():
    assert (
        lexical_support("Ban Dân vận Tỉnh ủy chủ trì theo dõi, đôn đốc việc thực hiện Kết luận", P_BDV) > 0.8
    )
    assert lexical_support("Ngân sách tỉnh cấp cho Mặt trận hai mươi tỷ đồng mỗi năm", P_BDV) < 0.3


@pytest.fixture(scope="module")
def guard(embedder):
    return Guard(embedder)


def test_guard_keeps_supported_and_drops_invented(guard):
    answer = (
        "Ban Dân vận Tỉnh ủy chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kết luận [1]. "
        "Ngân sách tỉnh dành cho Mặt trận Tổ quốc năm 2021 là 25 tỷ đồng [1]. "
        "Tỷ lệ chủ tịch hội cựu chiến binh cấp cơ sở là cán bộ nghỉ hưu phải đạt từ 55% trở lên [2]."
    )
    result = guard.check(answer, {1: P_BDV, 2: P_CCB})
    verdicts = result.verdicts
    assert [v.supported for v in verdicts] == [True, False, True]
    assert verdicts[1].reason == "number_not_in_passage"
    assert verdicts[0].cosine is not None and verdicts[0].cosine >= guard.cosine_min
    assert "25 tỷ" not in result.text and result.substantive


def test_guard_rejects_wrong_figure_even_with_copied_words(guard):
    result = guard.check(
        "Tỷ lệ chủ tịch hội cựu chiến binh cấp cơ sở là cán bộ nghỉ hưu đạt từ 75% trở lên [1].", {1: P_CCB}
    )
    assert not result.verdicts[0].supported and not result.substantive


def test_guard_rejects_uncited_sentence_unless_allowed(guard):
    sentence = "Ban Dân vận Tỉnh ủy tham mưu tổng kết vào quý III/2025."
    v = guard.check(sentence, {1: P_CCB, 2: P_BDV}).verdicts[0]
    assert not v.supported and v.reason == "uncited" and v.best_passage == 2 and v.cited == []
    lenient = Guard(guard.embedder, require_citation=False)
    v = lenient.check(sentence, {1: P_CCB, 2: P_BDV}).verdicts[0]
    assert v.supported and v.best_passage == 2


def test_guard_recognises_not_found_phrase(guard):
    result = guard.check("Không tìm thấy nội dung này trong các văn bản đã nạp.", {1: P_BDV})
    assert result.abstained and not result.substantive


def test_guard_loses_substance_when_most_sentences_fail(guard):
    answer = (
        "Mặt trận được cấp 30 tỷ đồng [1]. Mỗi xã có 12 cán bộ chuyên trách [1]. "
        "Ban Dân vận Tỉnh ủy chủ trì theo dõi việc thực hiện Kết luận này [1]."
    )
    result = guard.check(answer, {1: P_BDV})
    assert result.kept == 1 and result.total == 3
    assert not result.substantive and "number_not_in_passage" in result.reason
