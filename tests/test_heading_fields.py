"""A field the question asks about written as a numbered heading of its own, its value on the next line
("1. Thời gian" / "Lúc 14 giờ 00 phút, ngày ...", "2. Hình thức" / "Trực tuyến qua ..."), states that
field as "Thời gian: ..." does (trial 36 t36-15: the content items, matching the question's subject words
and writing a year, were quoted instead of the time and the form). Real index over a plan written here as
DOCX and as TXT, asked through ``Assistant.ask``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LINES = [
    "TRƯỜNG THPT HÒA BÌNH 3",
    "Số: 41/KH-THPTHB3",
    "Hòa Bình, ngày 10 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Sinh hoạt chuyên môn môn Địa lí cụm 4 năm học 2030 - 2031",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao chất lượng dạy học môn Địa lí của các trường trong cụm 4.",
    "II. NỘI DUNG SINH HOẠT CHUYÊN MÔN",
    "1. Phân tích đề thi tốt nghiệp năm 2030 (môn Địa lí) – Trường THPT Hòa Bình 3 thực hiện.",
    "2. Tham luận “Kinh nghiệm ôn thi môn Địa lí năm 2030” - Trường THPT Lạc Sơn thực hiện.",
    "III. THỜI GIAN, HÌNH THỨC VÀ THÀNH PHẦN THAM DỰ",
    "1. Thời gian",
    "Lúc 08 giờ 30 phút, ngày 24 tháng 3 năm 2031.",
    "2. Hình thức",
    "Trực tuyến qua ứng dụng Zoom, theo đường link do nhà trường gửi.",
    "3. Thành phần",
    "Giáo viên môn Địa lí của 12 trường THPT trong cụm 4.",
    "HIỆU TRƯỞNG",
    "Phan Thị Hạnh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "kh41", LINES)


def _quotes(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.startswith("- “")]


def test_a_time_field_written_as_a_heading_is_quoted_first(assistant):
    answer = assistant.ask(
        "Buổi sinh hoạt chuyên môn môn Địa lí cụm 4 của Trường THPT Hòa Bình 3 diễn ra lúc nào, theo hình "
        "thức gì?"
    )
    quotes = _quotes(answer.text)
    assert quotes and "08 giờ 30" in quotes[0], answer.text
    assert "Zoom" in answer.text, answer.text
