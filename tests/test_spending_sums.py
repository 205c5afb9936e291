"""What is spent on an item is a sum (trial 34, kind 7). Real index over one budget resolution written here
(.docx and .txt, a module fixture's param), asked through ``Assistant``; the unit read by ``query.analyze``.

- "Chi X ... là bao nhiêu?" asks a sum in đồng: the item's "Mức chi" line that
  writes it answers, though the "Nội dung chi" item above it names X with more of the question's words and
  no sum (the question abstained on the figure-less item);
- "Chi bộ", "Chi hội", "chỉ" are no spending;
- a sentence citing a resolution "... năm 2029 của Hội đồng nhân dân tỉnh" writes no sum in đồng: folded,
  "Hội đồng" read as a number's unit made such citing sentences the answer to money questions.
"""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_as

RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN",
    "Số: 41/2029/NQ-HĐND",
    "NGHỊ QUYẾT",
    "Quy định nội dung, mức chi phục vụ công tác bầu cử trên địa bàn tỉnh",
    "Điều 1. Nội dung và mức chi",
    "1. Chi tập huấn nghiệp vụ phục vụ công tác bầu cử: thực hiện theo quy định hiện hành về chế độ chi hội "
    "nghị.",
    "2. Chi hành chính phục vụ cho bầu cử:",
    "a) Nội dung chi, gồm: Chi khắc dấu phục vụ bầu cử bổ sung (nếu có), chi bổ sung trang thiết bị hành "
    "chính phục vụ bầu cử, chi làm hòm phiếu phục vụ bầu cử.",
    "b) Mức chi:",
    "- Chi khắc dấu: 400.000 đồng/dấu.",
    "- Chi đóng hòm phiếu: 500.000 đồng/hòm.",
    "3. Chi bồi dưỡng thành viên Ủy ban bầu cử:",
    "- Chủ tịch Ủy ban bầu cử: 3.300.000 đồng/người/tháng.",
    "- Phó Chủ tịch Ủy ban bầu cử: 3.000.000 đồng/người/tháng.",
    "4. Chi tổ chức hội nghị phục vụ bầu cử: mức chi thực hiện theo Nghị quyết số 62/2029/NQ-HĐND ngày 17 "
    "tháng 7 năm 2029 của Hội đồng nhân dân tỉnh về chế độ chi hội nghị.",
    "Điều 2. Tổ chức thực hiện",
    "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "CHỦ TỊCH",
    "Trần Văn Bình",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def resolution(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "NQ41-HDND", RESOLUTION)


@pytest.mark.parametrize(
    "question, figure",
    [
        ("Chi khắc dấu phục vụ bầu cử là bao nhiêu?", "400.000"),
        ("Chi đóng hòm phiếu phục vụ bầu cử là bao nhiêu một hòm?", "500.000"),
    ],
)
def test_spending_asked_is_answered_by_the_item_writing_the_sum(resolution, question, figure):
    answer = resolution.ask(question)
    assert not answer.abstained
    assert figure in answer.text


@pytest.mark.parametrize(
    "question, unit",
    [
        ("Chi khắc dấu phục vụ bầu cử là bao nhiêu?", ["tien"]),
        ("Chi đóng hòm phiếu là bao nhiêu một hòm?", ["tien"]),
        ("Chi hội có bao nhiêu?", []),
        ("Chỉ có bao nhiêu?", []),
    ],
)
def test_spending_is_read_as_a_sum(question, unit):
    assert analyze(question).amount_unit == unit


def test_a_resolution_cited_with_its_council_is_no_sum(resolution):
    # another post's monthly sum asked: "... ngày 17 tháng 7 năm 2029 của Hội đồng nhân dân tỉnh" was read
    # as a sum per month and quoted beside the sums
    answer = resolution.ask("Thư ký tổ bầu cử được bồi dưỡng bao nhiêu tiền mỗi tháng?")
    assert "62/2029" not in answer.text
