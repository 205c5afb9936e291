"""A figure written per unit keeps its whole unit after the slash (newcomer trial 40 fu2: "tối đa 300 triệu
đồng/dự" for "300 triệu đồng/dự án"): a unit of two syllables ("dự án", "công trình") is one word, never
cut mid-noun; one of one syllable ("/hộ", "/ha") stays as it was. A guide written here as Word and as text,
indexed for real, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

GUIDE = [
    "HỘI NÔNG DÂN HUYỆN THANH SƠN",
    "Số: 07-HD/HND",
    "Thanh Sơn, ngày 12 tháng 4 năm 2032",
    "HƯỚNG DẪN",
    "Cho vay vốn phát triển sản xuất từ Quỹ Hỗ trợ nông dân năm 2032",
    "I. MỨC CHO VAY",
    "1. Hộ hội viên vay tối đa 60 triệu đồng/hộ; hợp tác xã nông nghiệp vay tối đa 450 triệu đồng/dự án.",
    "2. Thời hạn cho vay tối đa 36 tháng.",
    "II. HỖ TRỢ LÃI SUẤT",
    "Mỗi công trình thủy lợi nội đồng được hỗ trợ 15 triệu đồng/công trình.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nguyễn Văn Bình",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def helper(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD07_HND", GUIDE)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Hợp tác xã nông nghiệp được vay tối đa bao nhiêu?", "450 triệu đồng/dự án"),
        ("Hộ hội viên được vay tối đa bao nhiêu tiền?", "60 triệu đồng/hộ"),
    ],
)
def test_unit_after_the_slash_is_whole(helper, question, value):
    line = first_line(helper.ask(question))
    assert line.startswith("Số liệu:"), line
    assert value in line, line
    assert not line.split(" [")[0].endswith("/dự"), line
