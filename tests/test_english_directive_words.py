"""English questions worded with everyday directive verbs and nouns ("examines the applications", "what
balance must the fund reach", "look after the cow"): the glossary (``assistant/data/glossary_en.json``)
gives their Vietnamese terms, so the sentence writing them is quoted first (trial 26 q08 / q33, trial 24
q27). Real index over a guide written here, asked through ``Assistant``."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

GUIDE = [
    "HỘI LHPN HUYỆN ĐÔNG LẠC",
    "Số: 09/HD-HPN",
    "Đông Lạc, ngày 10 tháng 01 năm 2031",
    "HƯỚNG DẪN",
    "Tổ chức cuộc thi ý tưởng khởi nghiệp và quỹ bò giống của phụ nữ năm 2031",
    "1. Mục đích",
    "Phát hiện, hỗ trợ ít nhất 20 ý tưởng khởi nghiệp của phụ nữ; nâng tổng số dư Quỹ bò giống toàn huyện "
    "đạt ít nhất 900 triệu đồng vào ngày 31/12/2031.",
    "2. Tổ chức thực hiện",
    "- Ban Gia đình - Xã hội Hội LHPN huyện chủ trì thẩm định hồ sơ dự thi, tổ chức vòng chung khảo.",
    "- Văn phòng Hội LHPN huyện tổng hợp danh sách, báo cáo Ban Thường vụ trước ngày 30/6/2031.",
    "- Hội LHPN các xã vận động xây mới 12 căn nhà Mái ấm, bàn giao nhà cho các hộ trước ngày 30/11/2031.",
    "3. Điều kiện nhận bò",
    "Hộ nhận bò cam kết chăm sóc bò ít nhất 36 tháng và hoàn trả 01 con bê cho Hội để luân chuyển.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Vi Thị Hằng",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("english_words"), embedder, {"HD09-HPN.docx": GUIDE})


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Which department of the district Women's Union examines start-up applications?", "thẩm định hồ sơ"),
        ("What balance must the district cattle fund reach by the end of 2031?", "900 triệu đồng"),
        ("How long must a household look after the cow it receives?", "36 tháng"),
        ("By when must the commune Women's Unions hand over the houses?", "bàn giao nhà"),
        ("How many houses will be newly built?", "12 căn nhà"),
    ],
)
def test_everyday_english_directive_words_find_their_sentence(assistant, question, quoted):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert quoted in answer.citations[0].quote, answer.text
