"""A task's attribute line ("- Cơ quan thực hiện: Sở Nội vụ chủ trì, ...") is quoted with the task
paragraph above it that it belongs to, and that task's other attribute lines ("- Thời gian thực hiện:
..."): the line alone says who, not what (trial 36 t36-29: "Sở Nội vụ chủ trì nhiệm vụ gì?" was answered by
the attribute line alone). Real index over a programme written here as TXT and as DOCX, asked through
``Assistant.ask``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LINES = [
    "ỦY BAN NHÂN DÂN TỈNH LÂM BÌNH",
    "Số: 512/QĐ-UBND",
    "Lâm Bình, ngày 06 tháng 5 năm 2031",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "về xây dựng quan hệ lao động hài hòa giai đoạn 2031 - 2035",
    "II. NỘI DUNG HOẠT ĐỘNG",
    "2. Nâng cao năng lực quản lý nhà nước về lao động",
    "2.1.",
    "Xây dựng cơ sở dữ liệu về quan hệ lao động tại các doanh nghiệp trên địa bàn tỉnh.",
    "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.",
    "- Thời gian thực hiện: Năm 2032.",
    "2.2.",
    "Rà soát, kiện toàn tổ chức bộ máy và biên chế làm công tác quản lý nhà nước về quan hệ lao động ở cấp "
    "tỉnh và cấp huyện.",
    "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Ủy ban nhân dân các huyện, thành phố.",
    "- Thời gian thực hiện: Thường xuyên hằng năm.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Hà Văn Tâm",
]


@pytest.fixture(scope="module", params=["txt", "docx"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "qd512", LINES)


def test_the_attribute_line_is_quoted_with_its_task(assistant):
    answer = assistant.ask("Theo chương trình hành động của tỉnh Lâm Bình, Sở Nội vụ chủ trì nhiệm vụ gì?")
    quote = next((line for line in answer.text.split("\n") if "Sở Nội vụ chủ trì" in line), "")
    assert "kiện toàn tổ chức bộ máy" in quote, answer.text
