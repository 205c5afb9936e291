"""An English "which body was tasked with <act>" question about a letter whose number writes a Vietnamese
letter ("518/VP-ĐT"): the act asked is read from the question's glosses ("fix", "overcome" -> "khắc phục"),
never from the words the tagger reads once the code lets it in ("in"), nor from the words naming the letter
("Official Letter" -> "công văn"), so the clause giving that act to a body leads the answer (library2 dev
l2-rw-32, issue 11). Written as Word paragraphs and plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LETTER = [
    "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
    "VĂN PHÒNG",
    "Số: 518/VP-ĐT",
    "V/v chấn chỉnh việc chậm giải ngân vốn đầu tư công",
    "Bình An, ngày 09 tháng 5 năm 2049",
    "Kính gửi: Các sở, ban, ngành tỉnh.",
    "Thời gian qua, nhiều chủ đầu tư chưa thực hiện nghiêm quy định về giải ngân vốn đầu tư công, tỷ lệ"
    " giải ngân đạt thấp.",
    "Về nội dung nêu trên, Chủ tịch Ủy ban nhân dân tỉnh giao Sở Tài chính theo chức năng, nhiệm vụ được"
    " giao, nghiên cứu, có giải pháp phù hợp nhằm khắc phục tình trạng nêu trên; báo cáo Ủy ban nhân dân"
    " tỉnh.",
    "Giao Sở Nội vụ phối hợp theo dõi, đôn đốc các đơn vị thực hiện nghiêm kỷ luật hành chính.",
    "KT. CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "Lê Văn Tâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "CV-518", LETTER)


@pytest.mark.parametrize(
    "question",
    [
        "In Official Letter 518/VP-ĐT (2049), which department did the provincial chairman task with finding"
        " a fix for the slow disbursement of public investment?",
        "Under letter 518/VP-ĐT, which department was assigned to overcome the slow disbursement?",
    ],
)
def test_the_body_given_the_asked_act_leads(assistant, question) -> None:
    answer = assistant.ask(question)
    head = answer.text.split("\n", 1)[0]
    assert "Sở Tài chính" in head and "Nội vụ" not in head, answer.text


PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA PHÚ",
    "Số: 14/KH-MTTQ",
    "Hòa Phú, ngày 03 tháng 3 năm 2049",
    "KẾ HOẠCH",
    "Ra quân vệ sinh môi trường năm 2049",
    "1. Ban Công tác Mặt trận các thôn chủ trì vận động nhân dân nạo vét kênh mương nội đồng trước ngày"
    " 30/4/2049.",
    "2. Đoàn Thanh niên xã chủ trì thu gom rác thải nhựa dọc bờ sông vào Chủ nhật hằng tuần.",
    "3. Hội Cựu chiến binh xã chủ trì giám sát việc trồng cây xanh trên các tuyến đường liên thôn.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-14", PLAN)


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # "this plan" names the document ("kế hoạch"), which no clause of it repeats
        (
            "In this plan, which organisation leads the supervision of tree planting along the inter-village"
            " roads?",
            "Hội Cựu chiến binh",
        ),
        # "collecting" glossed as the documents write it ("thu gom"), "the document" a label
        (
            "According to the document, who is in charge of collecting plastic waste along the river bank?",
            "Đoàn Thanh niên",
        ),
    ],
)
def test_document_labels_are_not_asked_words(plan, question, body) -> None:
    answer = plan.ask(question)
    head = answer.text.split("\n", 1)[0]
    assert body in head, answer.text
