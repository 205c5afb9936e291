"""Title echo (``retrieve.echo``, ranking feature ``name_echo``): a question that names its document or event
by its title ("... trong kế hoạch tổ chức Hội thi X?", "Kinh phí tổ chức Hội thi X lấy từ đâu?") asks one
thing of it; the passages that only restate the title (the purpose section, the lead-in) must not outrank,
nor be quoted above, the clause that answers (the duty, the source of funds, who sums up the results).

Real index of one plan written here as .docx (python-docx paragraphs) and as .txt; through
``Retriever.search`` and ``Assistant.ask`` only.
"""

from __future__ import annotations

import pytest

from assistant.retrieve import FEATURES
from tests.conftest import assistant_as, search_without

PLAN = [
    "HỘI CỰU CHIẾN BINH TỈNH LÂM ĐỒNG",
    "BAN THƯỜNG VỤ",
    "Số: 18-KH/CCB",
    "Đà Lạt, ngày 03 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "Tổ chức Hội thi Báo cáo viên giỏi về bảo vệ nền tảng tư tưởng của Đảng năm 2026",
    "Thực hiện Chương trình công tác năm 2026, Ban Thường vụ Hội Cựu chiến binh tỉnh ban hành Kế hoạch tổ "
    "chức Hội thi Báo cáo viên giỏi về bảo vệ nền tảng tư tưởng của Đảng năm 2026 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Tổ chức Hội thi Báo cáo viên giỏi về bảo vệ nền tảng tư tưởng của Đảng năm 2026 nhằm nâng cao kỹ "
    "năng tuyên truyền miệng của hội viên.",
    "2. Hội thi Báo cáo viên giỏi về bảo vệ nền tảng tư tưởng của Đảng được tổ chức nghiêm túc, tiết kiệm, "
    "thu hút đông đảo hội viên tham gia.",
    "II. NỘI DUNG, HÌNH THỨC",
    "1. Vòng sơ khảo do Hội Cựu chiến binh các huyện tổ chức trong tháng 5/2026.",
    "2. Vòng chung khảo cấp tỉnh tổ chức ngày 18/7/2026 tại Hội trường Tỉnh hội.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Tuyên giáo Tỉnh hội soạn thể lệ, bộ câu hỏi và mời Ban Giám khảo, hoàn thành trước ngày "
    "15/4/2026.",
    "2. Văn phòng Tỉnh hội lập dự toán, bảo đảm kinh phí từ nguồn ngân sách hoạt động của Tỉnh hội.",
    "3. Ban Tổ chức Tỉnh hội tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/7/2026.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nguyễn Văn Bảy",
]

CASES = [
    (
        "Kinh phí tổ chức Hội thi Báo cáo viên giỏi về bảo vệ nền tảng tư tưởng của Đảng lấy từ đâu?",
        "nguon ngan sach hoat dong",
    ),
    (
        "Ai tổng hợp kết quả Hội thi Báo cáo viên giỏi về bảo vệ nền tảng tư tưởng của Đảng?",
        "ban to chuc tinh hoi tong hop ket qua",
    ),
    (
        "Ban Tuyên giáo có nhiệm vụ gì trong kế hoạch tổ chức Hội thi Báo cáo viên giỏi về bảo vệ nền tảng "
        "tư tưởng của Đảng?",
        "soan the le",
    ),
]

ECHO = "nang cao ky nang tuyen truyen mieng"  # the purpose clauses restating the title
ECHOES = (ECHO, "duoc to chuc nghiem tuc")


def _echoes(text: str) -> bool:
    return any(e in _fold(text) for e in ECHOES)


def _fold(text: str) -> str:
    from assistant.text import fold

    return " ".join(fold(text).replace(",", " ").split())


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "kh18_hoithi", PLAN)


def test_name_echo_is_a_switchable_feature():
    assert "name_echo" in FEATURES


@pytest.mark.parametrize("question,answer", CASES)
def test_clause_answering_outranks_the_passages_restating_the_name(assistant, embedder, question, answer):
    hits = assistant.retriever.search(question, k=5)
    assert hits, question
    assert answer in _fold(hits[0].chunk.text), [h.chunk.text[:80] for h in hits]
    # the other passages holding the asked words come before those restating the name
    assert not _echoes(hits[1].chunk.text), [h.chunk.text[:80] for h in hits]


@pytest.mark.parametrize("question,answer", CASES)
def test_first_quote_is_the_clause_not_the_name(assistant, question, answer):
    result = assistant.ask(question)
    assert not result.abstained, result.text
    quotes = [c.quote for c in result.citations]
    assert quotes and answer in _fold(quotes[0]), quotes
    assert not any(_echoes(q) for q in quotes), quotes


def test_question_asking_the_purpose_keeps_the_purpose_passage(assistant, embedder):
    # "mục đích" is asked, not named: the purpose section holds it and is not held back
    question = "Hội thi Báo cáo viên giỏi về bảo vệ nền tảng tư tưởng của Đảng nhằm mục đích gì?"
    for hits in (
        assistant.retriever.search(question, k=5),
        search_without(assistant.settings, embedder, question, frozenset({"name_echo"})),
    ):
        assert any(ECHO in _fold(h.chunk.text) for h in hits[:2]), [h.chunk.text[:80] for h in hits]
