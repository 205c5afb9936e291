"""Document identity: a held document whose number matches the question's but whose date (or issuer's
level) contradicts the one the question writes beside it is not the document asked (library4 l4-mttq-36:
"Kế hoạch số 16/KH-MTTQ-BTT ngày 23/12/2025 của MTTQ tỉnh ... do ai ký?" answered with the signer of a
commune's 16/KH-MTTQ-BTT of 18/11/2025). Numbers restart each year and at each issuer. Real index over one
plan written here (.docx and .txt, a module fixture's param), asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA BÌNH",
    "BAN THƯỜNG TRỰC",
    "Số: 27/KH-MTTQ-BTT",
    "Hòa Bình, ngày 05 tháng 3 năm 2027",
    "KẾ HOẠCH",
    "Tổ chức hội nghị đại biểu nhân dân về xây dựng nông thôn mới năm 2027",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát huy vai trò của Nhân dân trong xây dựng nông thôn mới kiểu mẫu trên địa bàn xã.",
    "II. THỜI GIAN, ĐỊA ĐIỂM",
    "Hội nghị tổ chức vào ngày 20/3/2027 tại Hội trường Ủy ban nhân dân xã Hòa Bình.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các Chi hội, đoàn thể xã phối hợp vận động Nhân dân tham dự hội nghị.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Đinh Văn Khoa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-27-MTTQ-hoi-nghi", PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch số 27/KH-MTTQ-BTT ngày 14/8/2026 về hội nghị đại biểu nhân dân do ai ký?",
        "Kế hoạch 27/KH-MTTQ-BTT, ngày 14 tháng 8 năm 2026 do ai ký?",
        "Kế hoạch 27 ngày 14/8/2026 của Mặt trận về hội nghị đại biểu nhân dân do ai ký?",
        "Theo Kế hoạch số 27/KH-MTTQ-BTT ngày 14/8/2026, hội nghị đại biểu nhân dân tổ chức ở đâu?",
        # the issuer's level contradicts: a province's Front, not the commune's
        "Kế hoạch số 27/KH-MTTQ-BTT của Ủy ban MTTQ tỉnh về hội nghị đại biểu nhân dân do ai ký?",
    ],
)
def test_a_number_dated_otherwise_is_not_the_held_document(plan, question):
    answer = plan.ask(question)
    assert "Đinh Văn Khoa" not in answer.text, answer.text
    assert "Hội trường" not in answer.text.splitlines()[0], answer.text
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch số 27/KH-MTTQ-BTT ngày 05/3/2027 do ai ký?",
        "Kế hoạch 27/KH-MTTQ-BTT ngày 5 tháng 3 năm 2027 do ai ký?",
        "Kế hoạch số 27/KH-MTTQ-BTT do ai ký?",
        "Kế hoạch số 27/KH-MTTQ-BTT của Mặt trận xã Hòa Bình do ai ký?",
    ],
)
def test_the_number_with_its_own_date_or_none_is_the_held_document(plan, question):
    answer = plan.ask(question)
    assert not answer.abstained, answer.text
    assert "Đinh Văn Khoa" in answer.text.splitlines()[0], answer.text
