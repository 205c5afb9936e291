"""A count written "label: N unit" is read as the number with its counted noun: "số lượng tiết mục: 15 tiết
mục" answers "bao nhiêu tiết mục?" with "15 tiết mục", never "số lượng tiết mục: 15" (library2 dev
l2-rw-28 scored "Số liệu: số lượng tiết mục: 15" wrong). A count written with its label only ("Số đội: 08")
keeps its label. Written as Word paragraphs and as plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ AN HÒA",
    "Số: 21/KH-HPN",
    "An Hòa, ngày 05 tháng 01 năm 2047",
    "KẾ HOẠCH",
    "Tổ chức hội diễn văn nghệ chào mừng ngày Quốc tế Phụ nữ 8/3/2047",
    "II. NỘI DUNG",
    "1. Tập luyện, tuyển chọn các tiết mục múa hát từ hội viên các chi hội với chủ đề “Mừng Xuân, mừng Đảng”;"
    " số lượng tiết mục: 12 tiết mục.",
    "2. Giải thưởng dành cho các chi hội đạt thành tích cao trong hội diễn.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-21", LINES)


def test_labelled_count_reads_with_its_noun(library) -> None:
    answer = library.ask(
        "Hội diễn văn nghệ mừng ngày 8/3 tuyển chọn các tiết mục thế nào, tổng cộng mấy tiết mục?"
    )
    line = first_line(answer)
    assert "12 tiết mục" in line, answer.text
    assert "số lượng" not in line.lower(), answer.text
