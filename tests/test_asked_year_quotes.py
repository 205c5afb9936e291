"""One year asked: the sentence about that year is quoted first, before one about another year that shares
the question's words (trial 37 f02: the 2025 result "giảm từ 19 hộ xuống còn 11 hộ" before the 2026 aim
"ít nhất 05 hộ"; a09: "tối thiểu 200 ha" of a contract before the 2028 target "420 ha"). The year is read
from the sentence or its section titles ("PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2030"). Real index over a
report written here as DOCX and as TXT, asked through ``Assistant.ask``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LINES = [
    "HỘI CỰU CHIẾN BINH HUYỆN ĐÔNG HÀ",
    "Số: 33/BC-CCB",
    "Đông Hà, ngày 12 tháng 12 năm 2029",
    "BÁO CÁO",
    "Kết quả công tác Hội năm 2029, phương hướng nhiệm vụ năm 2030",
    "PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2029",
    "1. Công tác tuyên truyền",
    "Các cơ sở Hội tổ chức 48 buổi sinh hoạt chuyên đề cho hội viên.",
    "2. Giúp nhau phát triển kinh tế, giảm nghèo",
    "Các cơ sở Hội giúp nhau 900 triệu đồng và 1.200 ngày công.",
    "Số hộ hội viên nghèo của Hội huyện giảm từ 23 hộ xuống còn 14 hộ.",
    "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2030",
    "1. Chỉ tiêu chủ yếu",
    "Kết nạp hội viên mới: 70 hội viên.",
    "Giảm hộ hội viên nghèo: ít nhất 06 hộ.",
    "2. Nhiệm vụ, giải pháp",
    "Tiếp tục vận động hội viên giúp nhau phát triển kinh tế.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Văn Bình",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "bc33", LINES)


def _quotes(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.startswith("- “")]


def test_the_sentence_of_the_year_asked_is_quoted_first(assistant):
    answer = assistant.ask("Năm 2030 Hội CCB huyện phấn đấu giảm được bao nhiêu hộ hội viên nghèo?")
    quotes = _quotes(answer.text)
    assert quotes and "06 hộ" in quotes[0], answer.text
