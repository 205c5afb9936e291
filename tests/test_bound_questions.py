"""Questions asking a bound (newcomer trial 42 e3), in English and Vietnamese, through a real ``Assistant``
over a guide and a plan written as Word and as text:

- "What is the maximum number of members each group may nominate ...?" (no "how many"), "at most", "tối
  đa" are answered by the sentence writing the upper bound before its figure ("Mỗi tổ hội đề nghị không
  quá 02 hội viên"), quoted first, not by the plan's rows and items that share the topic's words
  ("đề nghị khen thưởng", "tổ hội");
- "minimum", "at least" by the lower bound ("ít nhất 3/4 số hội viên").
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import library_as

GUIDE = [
    "HỘI NÔNG DÂN XÃ TÂN AN",
    "Số: 07-HD/HND",
    "Tân An, ngày 05 tháng 9 năm 2040",
    "HƯỚNG DẪN",
    "Bình xét hội viên sản xuất kinh doanh giỏi năm 2040",
    "1. Số lượng",
    "Mỗi tổ hội đề nghị không quá 02 hội viên.",
    "2. Cách bình xét",
    "Buổi họp bình xét của tổ hội phải có ít nhất 3/4 số hội viên tham dự.",
    "3. Hồ sơ",
    "Tổ hội gửi biên bản họp và danh sách đề nghị về Văn phòng Hội trước ngày 30/9/2040.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Vũ Văn Toàn",
]
PLAN = [
    "HỘI NÔNG DÂN XÃ TÂN AN",
    "Số: 09-KH/HND",
    "Tân An, ngày 10 tháng 9 năm 2040",
    "KẾ HOẠCH",
    "Tổng kết phong trào sản xuất kinh doanh giỏi năm 2040",
    "1. Các tổ hội tổ chức bình xét và lập danh sách đề nghị khen thưởng hội viên sản xuất kinh doanh giỏi.",
    "2. Văn phòng Hội tổng hợp danh sách đề nghị của các tổ hội, trình Ban Thường vụ xét khen thưởng.",
    "3. Lễ tổng kết và khen thưởng tổ chức tại Hội trường xã, dự kiến 150 đại biểu tham dự.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Vũ Văn Toàn",
]
MOST = "Mỗi tổ hội đề nghị không quá 02 hội viên."
LEAST = "Buổi họp bình xét của tổ hội phải có ít nhất 3/4 số hội viên tham dự."


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "bounds", {"HD-07": GUIDE, "KH-09": PLAN})


def _quotes(answer) -> list[str]:
    return re.findall(r"^- “(.*)” \[\d+\]$", answer.text, flags=re.M)


@pytest.mark.parametrize(
    "question, bound",
    [
        ("What is the maximum number of members each group may nominate for the commendation?", MOST),
        ("Each farmers' group may nominate no more than how many members for the commendation?", MOST),
        ("Mỗi tổ hội được đề nghị khen thưởng tối đa bao nhiêu hội viên?", MOST),
        ("What is the minimum share of members that must attend a group's review meeting?", LEAST),
    ],
)
def test_the_bound_asked_is_quoted_first(library, question, bound) -> None:
    answer = library.ask(question)
    quotes = _quotes(answer)
    assert quotes and quotes[0] == bound, answer.text
    first = answer.text.split("\n", 1)[0]
    assert "150" not in first, answer.text
