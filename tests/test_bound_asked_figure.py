"""A question asking a minimum ("tối thiểu / ít nhất mấy ...") is answered on the first line only by a
figure the clause writes as that bound ("ít nhất là 25 hội viên", "từ 05 hội viên chính thức trở lên");
the size of another case ("có hơn 40 hội viên, ... không thể tách ra ...") is no minimum, and no line is
better than it (library2 dev l2-party-26: "Số liệu: hơn 30 đảng viên" for the minimum to set up a party
cell). Written as Word paragraphs and as plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "HỘI NÔNG DÂN TỈNH BÌNH AN",
    "Số: 07-HD/HND",
    "Bình An, ngày 12 tháng 4 năm 2047",
    "HƯỚNG DẪN",
    "Về tổ chức chi hội nghề nghiệp",
    "1. Ở những hợp tác xã, trang trại có hơn 40 hội viên, do yêu cầu hoạt động không thể tách ra nhiều chi"
    " hội, nếu được Ban Thường vụ Hội Nông dân cấp trên đồng ý thì Hội Nông dân xã ra quyết định thành lập"
    " chi hội nghề nghiệp có các tổ hội trực thuộc.",
    "2. Hội nghị thành lập chi hội nghề nghiệp phải bảo đảm có ít nhất là 25 hội viên tham dự.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD-07", LINES)


def test_another_case_size_is_no_minimum(library) -> None:
    answer = library.ask(
        "Một hợp tác xã phải có tối thiểu mấy hội viên thì mới được thành lập chi hội nghề nghiệp riêng?"
    )
    assert "40" not in first_line(answer), answer.text


def test_a_minimum_written_with_its_bound_answers(library) -> None:
    answer = library.ask("Hội nghị thành lập chi hội nghề nghiệp cần ít nhất bao nhiêu hội viên dự?")
    assert "25 hội viên" in first_line(answer), answer.text
