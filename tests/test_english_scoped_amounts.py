"""An English amount question that opens with its scope ("Under the province's resolution on inspection
spending, what is the per-session allowance for the person chairing ...?") is an amount question as one
starting "What is ..." is, and the sum of a resolution's spending row ("- Chủ trì cuộc họp: 300.000
đồng/người/buổi") is its first line although the row does not write the word "nghị quyết" the question's
"resolution" is glossed to: the document's kind names the document, not what the sum is of (library2 dev
l2-mttq-32 had no first line). Written here as Word paragraphs and as text, asked through a real
``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÒA AN",
    "Số: 41/2041/NQ-HĐND",
    "Hòa An, ngày 12 tháng 7 năm 2041",
    "NGHỊ QUYẾT",
    "Quy định nội dung, mức chi bảo đảm cho công tác kiểm tra việc thực hiện chính sách an sinh xã hội"
    " trên địa bàn tỉnh Hòa An",
    "Điều 1. Phạm vi điều chỉnh",
    "Nghị quyết này quy định nội dung, mức chi bảo đảm cho hoạt động của các đoàn kiểm tra việc thực hiện"
    " chính sách an sinh xã hội do cơ quan có thẩm quyền thành lập.",
    "Điều 2. Nội dung và mức chi",
    "1. Chi xây dựng kế hoạch kiểm tra: 1.500.000 đồng/kế hoạch.",
    "2. Chi bồi dưỡng các cuộc họp của đoàn kiểm tra cấp xã:",
    "- Chủ trì cuộc họp: 300.000 đồng/người/buổi;",
    "- Các thành viên tham dự: 130.000 đồng/người/buổi;",
    "- Các đối tượng phục vụ: 60.000 đồng/người/buổi.",
    "3. Chi xây dựng báo cáo kết quả kiểm tra: 2.000.000 đồng/báo cáo.",
    "Điều 3. Tổ chức thực hiện",
    "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "CHỦ TỊCH",
    "Trần Văn Bình",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def resolution(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "NQ-41", LINES)


@pytest.mark.parametrize(
    "question",
    [
        "Under the province's resolution on inspection spending, what is the per-session allowance for the"
        " person chairing a meeting of a commune-level inspection team?",
        "According to the resolution, what is the allowance for chairing a commune-level inspection meeting?",
    ],
)
def test_the_row_of_the_post_and_level_asked(resolution, question) -> None:
    answer = resolution.ask(question)
    assert "300.000 đồng/người/buổi" in first_line(answer), answer.text
