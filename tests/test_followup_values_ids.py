"""Follow-ups never rewrite an identifier, and a follow-up naming another value keeps the rest of the
earlier question (trial 31 q49, q50, p19, p21):

- "Còn Hội Nông dân huyện thì sao?" after "Thông báo kết luận 86-TB/HU giao Hội Cựu chiến binh huyện nhiệm
  vụ gì?" swaps the veterans' association, not the "HU" of the number ("86-TB/Hội Nông dân huyện", which
  left the veterans asked about and repeated their duties);
- "Còn năm 2035 thì sao?" after "Chỉ tiêu diện tích lúa ... năm 2034 là bao nhiêu?" asks the same indicator
  of 2035 (it was "năm 2035 (Nghị quyết ...)?", the indicator lost); a round or quarter likewise.

A notice and a plan written here, as Word and as text, through a real ``Assistant``; the rewriting itself
through ``followup.resolve`` with the organisation registry.
"""

from __future__ import annotations

import pytest

from assistant.answer import followup
from assistant.obligations.orgs import OrgRegistry
from tests.conftest import assistant_as, first_line

NOTICE = [
    "HUYỆN ỦY LONG ĐIỀN",
    "Số: 57-TB/HU",
    "Long Điền, ngày 14 tháng 7 năm 2036",
    "THÔNG BÁO KẾT LUẬN",
    "của Thường trực Huyện ủy tại buổi làm việc với Hội Liên hiệp Phụ nữ và Hội Cựu chiến binh huyện",
    "1. Hội Liên hiệp Phụ nữ huyện vận động thành lập mới 12 tổ hợp tác may mặc, báo cáo kết quả trước ngày "
    "30/11/2036.",
    "2. Hội Cựu chiến binh huyện chủ trì xây dựng 05 tuyến đường tự quản về an ninh trật tự, hoàn thành "
    "trong quý IV năm 2036.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Lê Văn Bảy",
]

PLAN = [
    "HỘI NÔNG DÂN HUYỆN LONG ĐIỀN",
    "Số: 21-KH/HND",
    "Long Điền, ngày 05 tháng 01 năm 2036",
    "KẾ HOẠCH",
    "Phát triển nghề nuôi ong lấy mật giai đoạn 2036 - 2037",
    "I. CHỈ TIÊU",
    "1. Số hộ nuôi ong lấy mật năm 2036 đạt 80 hộ; năm 2037 đạt 115 hộ.",
    "2. Sản lượng mật ong năm 2036 đạt 9 tấn; năm 2037 đạt 14 tấn.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Ban Kinh tế - Xã hội Hội Nông dân huyện hướng dẫn kỹ thuật cho hội viên, báo cáo kết quả 6 tháng một "
    "lần.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hồ Văn Mười",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def notice(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "TB-57-HU", NOTICE)


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-21-HND", PLAN)


_REGISTRY = OrgRegistry.load()
NAMES = {o.id: o.name for o in _REGISTRY.orgs.values()}


def _finder(text: str) -> list[tuple[str, int, int]]:
    return [(m.org_id, m.start, m.end) for m in _REGISTRY.find_in(text)]


def _resolve(question: str, previous: str) -> str:
    return followup.resolve(question, [previous], _finder, NAMES, lambda _q: None).question


@pytest.mark.parametrize(
    "question", ["Còn Hội Liên hiệp Phụ nữ huyện thì sao?", "Còn Hội LHPN huyện được giao gì?"]
)
def test_a_body_swap_never_rewrites_the_document_number(notice, question) -> None:
    previous = "Thông báo kết luận 57-TB/HU giao Hội Cựu chiến binh huyện nhiệm vụ gì?"
    resolved = _resolve(question, previous)
    assert "57-TB/HU" in resolved and "Cựu chiến binh" not in resolved, resolved
    answer = notice.ask(question, history=[previous])
    text = answer.text
    assert not answer.abstained and "12 tổ hợp tác" in text, text
    assert "05 tuyến đường" not in text or text.index("12 tổ hợp tác") < text.index("05 tuyến đường"), text


def test_an_identifier_with_a_body_s_letters_is_never_a_body() -> None:
    # near miss: the letters of a number or address ("HND", "HU") stay where they are written
    resolved = _resolve("Còn Hội Cựu chiến binh thì sao?", "Kế hoạch 21-KH/HND giao Hội Nông dân xã việc gì?")
    assert "21-KH/HND" in resolved and "Hội Cựu chiến binh xã" in resolved, resolved


@pytest.mark.parametrize(
    "question, previous, resolved",
    [
        (
            "Còn năm 2037 thì sao?",
            "Chỉ tiêu số hộ nuôi ong lấy mật năm 2036 là bao nhiêu?",
            "Chỉ tiêu số hộ nuôi ong lấy mật năm 2037 là bao nhiêu?",
        ),
        (
            "Còn năm 2037?",
            "Sản lượng mật ong năm 2036 đạt bao nhiêu?",
            "Sản lượng mật ong năm 2037 đạt bao nhiêu?",
        ),
        ("Thế còn quý III?", "Quý II phải nộp báo cáo gì?", "Quý III phải nộp báo cáo gì?"),
        ("Còn tháng 6 thì sao?", "Tháng 5 Hội phải nộp báo cáo gì?", "Tháng 6 Hội phải nộp báo cáo gì?"),
        (
            "Còn 2037 thì sao?",
            "How many households keep bees in 2036?",
            "How many households keep bees in 2037?",
        ),
        # no year of its own: the year asked is added, the question kept
        ("Còn năm 2037?", "Sản lượng mật ong đạt bao nhiêu?", "Sản lượng mật ong đạt bao nhiêu, năm 2037?"),
    ],
)
def test_a_value_follow_up_keeps_the_rest_of_the_question(question, previous, resolved) -> None:
    assert _resolve(question, previous) == resolved


def test_a_year_follow_up_answers_the_same_indicator(plan) -> None:
    previous = "Chỉ tiêu số hộ nuôi ong lấy mật năm 2036 là bao nhiêu?"
    answer = plan.ask("Còn năm 2037 thì sao?", history=[previous])
    assert not answer.abstained, answer.text
    # the indicator asked before is quoted first, not another indicator of the same year
    assert "115 hộ" in answer.text.split("[2]")[0], answer.text
    assert "14 tấn" not in first_line(answer), answer.text
