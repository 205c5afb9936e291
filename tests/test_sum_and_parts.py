"""A sum written with its parts in one clause (newcomer trial 43 q10), through a real ``Assistant`` over a
plan and a scheme written as Word and as text: "Kinh phí X: <sum>, trong đó: A <part>; B <part>" and
"Tổng kinh phí ... là <sum>, bao gồm: A <part>, B <part>".

- a question asking the total ("Tổng kinh phí ...?", "tổng cộng", "total") or naming no part gets the sum
  on its first line, never a part;
- a question naming a part gets that part, or no figure line, never the sum nor the other part;
- a question asking the budget of another activity of the plan (trial 43 u01) gets no figure line: the sum
  is the contest's.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

PLAN = [
    "HỘI CỰU CHIẾN BINH HUYỆN ĐÔNG SƠN",
    "Số: 14-KH/CCB",
    "Đông Sơn, ngày 02 tháng 3 năm 2041",
    "KẾ HOẠCH",
    "Tổ chức Hội thi \"Cựu chiến binh gương mẫu\" năm 2041",
    "1. Thời gian: ngày 20/5/2041, tại Hội trường Trung tâm Văn hóa huyện.",
    "2. Thành phần: mỗi Hội cơ sở cử 01 đội thi gồm 05 hội viên.",
    "3. Kinh phí tổ chức Hội thi \"Cựu chiến binh gương mẫu\": 64.000.000 đồng (Sáu mươi tư triệu đồng), "
    "trong đó: Hội Cựu chiến binh huyện 24.000.000 đồng; các doanh nghiệp tài trợ 40.000.000 đồng.",
    "4. Xây dựng mô hình Câu lạc bộ cựu chiến binh giúp nhau làm kinh tế ở 05 xã trong năm 2041.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Hòa",
]
SCHEME = [
    "HỘI NÔNG DÂN HUYỆN ĐÔNG SƠN",
    "Số: 03-ĐA/HND",
    "Đông Sơn, ngày 10 tháng 3 năm 2041",
    "ĐỀ ÁN",
    "Nhân rộng mô hình tưới tiết kiệm nước giai đoạn 2041-2043",
    "1. Mục tiêu: xây dựng 12 mô hình tưới tiết kiệm nước ở các xã.",
    "2. Tổng kinh phí thực hiện Đề án là 126.000.000 đồng, bao gồm: ngân sách huyện hỗ trợ 86.000.000 đồng, "
    "hộ nông dân tham gia đối ứng 40.000.000 đồng.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Văn Lộc",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "sums", {"KH-14": PLAN, "DA-03": SCHEME})


@pytest.mark.parametrize(
    "question, whole",
    [
        ("Tổng kinh phí tổ chức Hội thi Cựu chiến binh gương mẫu là bao nhiêu?", "64.000.000"),
        ("Kinh phí tổ chức Hội thi Cựu chiến binh gương mẫu là bao nhiêu?", "64.000.000"),
        ("Hội thi Cựu chiến binh gương mẫu tổng cộng hết bao nhiêu tiền?", "64.000.000"),
        ("Đề án nhân rộng mô hình tưới tiết kiệm nước có tổng kinh phí bao nhiêu?", "126.000.000"),
        ("Kinh phí thực hiện Đề án tưới tiết kiệm nước là bao nhiêu?", "126.000.000"),
    ],
)
def test_a_total_asked_takes_the_sum(library, question, whole) -> None:
    answer = library.ask(question)
    first = answer.text.split("\n", 1)[0]
    assert first.startswith("Số liệu:") and whole in first, answer.text


@pytest.mark.parametrize(
    "question, part, others",
    [
        ("Các doanh nghiệp tài trợ bao nhiêu tiền cho Hội thi Cựu chiến binh gương mẫu?", "40.000.000",
         ("64.000.000", "24.000.000")),
        ("Ngân sách huyện hỗ trợ bao nhiêu cho Đề án tưới tiết kiệm nước?", "86.000.000",
         ("126.000.000", "40.000.000")),
        ("Hộ nông dân đối ứng bao nhiêu tiền cho Đề án tưới tiết kiệm nước?", "40.000.000",
         ("126.000.000", "86.000.000")),
    ],
)
def test_a_part_asked_takes_its_part(library, question, part, others) -> None:
    answer = library.ask(question)
    first = answer.text.split("\n", 1)[0]
    assert not any(o in first for o in others), answer.text
    if first.startswith("Số liệu:"):
        assert part in first, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Kinh phí xây dựng mô hình Câu lạc bộ cựu chiến binh giúp nhau làm kinh tế là bao nhiêu?",
        "Tổng kinh phí xây dựng mô hình Câu lạc bộ giúp nhau làm kinh tế là bao nhiêu?",
    ],
)
def test_another_activitys_sum_is_no_answer(library, question) -> None:
    answer = library.ask(question)
    first = answer.text.split("\n", 1)[0]
    assert not any(v in first for v in ("64.000.000", "24.000.000", "40.000.000")), answer.text
