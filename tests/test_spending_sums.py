"""What is spent on an item is a sum (trial 34, kind 7). Real index over one budget resolution written here
(.docx and .txt, a module fixture's param), asked through ``Assistant``; the unit read by ``query.analyze``.

- "Chi X ... là bao nhiêu?" and "X được chi bao nhiêu?" ask a sum in đồng: the item's "Mức chi" line that
  writes it answers, though the "Nội dung chi" item above it names X with more of the question's words and
  no sum (the question abstained on the figure-less item);
- "Chi bộ", "Chi hội", "chỉ" are no spending.
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
        ("Đóng hòm phiếu phục vụ bầu cử được chi bao nhiêu một hòm?", "500.000"),
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
        ("Đóng hòm phiếu được chi bao nhiêu một hòm?", ["tien"]),
        ("Chi hội có bao nhiêu?", []),
        ("Chỉ có bao nhiêu?", []),
    ],
)
def test_spending_is_read_as_a_sum(question, unit):
    assert analyze(question).amount_unit == unit
