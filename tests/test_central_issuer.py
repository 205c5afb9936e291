"""A document described by a central body ("kế hoạch của Ban Bí thư Trung ương Đoàn") is not a
province's document whose body words are inside the description ("Tỉnh đoàn ..."): its number and date
are no answer (library2 dev l2-rw-14 gave "Ngày ban hành / Số hiệu" of a Tỉnh đoàn plan for the central
plan an article cites). Written as Word paragraphs and as plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

ARTICLE = [
    "Sôi nổi Tháng Thanh niên năm 2047",
    "Ngay từ những ngày đầu tháng 3, các tỉnh đoàn trong cả nước ra quân Tháng Thanh niên năm 2047 với nhiều"
    " hoạt động an sinh xã hội.",
    "Thực hiện Kế hoạch số 301-KH/TWĐTN-TNNT ngày 10/02/2047 của Ban Bí thư Trung ương Đoàn về Tháng Thanh"
    " niên năm 2047, các cơ sở Đoàn tổ chức nhiều công trình thanh niên.",
]
PLAN = [
    "TỈNH ĐOÀN BÌNH AN",
    "Số: 88-KH/TĐTN",
    "Bình An, ngày 20 tháng 5 năm 2047",
    "KẾ HOẠCH",
    "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2047",
    "Ban Thường vụ Tỉnh đoàn ban hành kế hoạch tổ chức chiến dịch thanh niên tình nguyện hè năm 2047 trên địa"
    " bàn tỉnh.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"bai-viet": ARTICLE, "KH-88": PLAN}
    return library_as(request.param, tmp_path_factory, embedder, "central", docs)


def test_a_province_plan_is_not_the_central_one(library) -> None:
    answer = library.ask(
        "Bài viết về Tháng Thanh niên 2047 nhắc tới kế hoạch của Ban Bí thư Trung ương Đoàn về tháng này; kế"
        " hoạch đó số hiệu gì, ban hành ngày nào?"
    )
    assert "88-KH" not in answer.text.split("\n\n", 1)[0], answer.text
