"""The preamble ("Căn cứ ..., Ban Thường vụ ... hướng dẫn như sau:") repeats a document's subject and is
no answer (issue 11, part 5: never a generic intro sentence unless asked). Real index over a guide written
here, with a heading glued to the preamble's end as text exports leave it.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

GUIDE = """HỘI NÔNG DÂN XÃ TÂN LẬP
BAN THƯỜNG VỤ
Số: 09-HD/HND
Tân Lập, ngày 02 tháng 3 năm 2026

HƯỚNG DẪN
Xét chọn hộ hội viên vay vốn Quỹ Hỗ trợ nông dân năm 2026

{preamble}

1. Hộ hội viên có phương án sản xuất, kinh doanh khả thi, cư trú hợp pháp trên địa bàn xã.

II. MỨC VAY
{amounts}
""".format(
    preamble="Căn cứ Điều lệ Hội Nông dân Việt Nam; căn cứ Quy chế quản lý, sử dụng Quỹ Hỗ trợ nông dân "
    "huyện, Ban Thường vụ Hội Nông dân xã Tân Lập hướng dẫn việc xét chọn hộ hội viên vay vốn "
    "Quỹ Hỗ trợ nông dân năm 2026 như sau: I. ĐIỀU KIỆN",
    amounts="Mỗi hộ hội viên được vay tối đa 40.000.000 đồng; tổ hợp tác được vay tối đa 200.000.000 đồng "
    "mỗi dự án.",
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("preamble"), embedder, {"HD09.txt": GUIDE})


def test_preamble_is_not_the_first_quote(assistant):
    answer = assistant.ask("Mỗi hộ hội viên được vay Quỹ Hỗ trợ nông dân tối đa bao nhiêu tiền?")
    assert not answer.abstained, answer.text
    quotes = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert quotes and "40.000.000" in quotes[0], answer.text


def test_preamble_answers_what_the_guide_is_based_on(assistant):
    answer = assistant.ask("Hướng dẫn 09-HD/HND căn cứ vào những văn bản nào?")
    assert "Quy chế quản lý, sử dụng Quỹ Hỗ trợ nông dân" in answer.text, answer.text
