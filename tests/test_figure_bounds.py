"""A figure's first line keeps its bound and its short noun phrase (trial 20 q36: "ít nhất 01 gương điển hình"
was printed "01 gương", a minimum read as an exact number), on documents written here (text and Word),
indexed for real and asked through ``Assistant``:

- "ít nhất", "tối thiểu", "tối đa", "không quá", "khoảng", "trên", "từ ... trở lên" stay with the figure;
- the unit's short noun phrase stays whole ("02 công trình thanh niên"), but a phrase that goes on with
  an adjective or runs long is left at the unit ("03 sáng kiến", not "03 sáng kiến hay").
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_paragraphs

LETTER = [
    "BCH ĐOÀN TNCS HỒ CHÍ MINH",
    "HUYỆN ĐỨC PHỔ",
    "Số: 71-CV/HĐTN",
    "Đức Phổ, ngày 12 tháng 4 năm 2029",
    "CÔNG VĂN",
    "V/v hưởng ứng Tháng Thanh niên và hội thi sáng kiến năm 2029",
    "1. Hội nghị tổng kết Tháng Thanh niên có khoảng 120 đại biểu tham dự.",
    "2. Mỗi xã chọn tối đa 03 sáng kiến hay để dự thi cấp huyện.",
    "3. Mỗi chi đoàn thực hiện ít nhất 02 công trình thanh niên trong năm, báo cáo về Đoàn xã.",
    "4. Phấn đấu tỷ lệ đoàn viên tham gia sinh hoạt đạt từ 80% trở lên.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Nguyễn Thị Hạnh",
]

RULES = [
    "HỘI NÔNG DÂN XÃ TỊNH KHÊ",
    "Số: 09-QC/HND",
    "Tịnh Khê, ngày 03 tháng 5 năm 2029",
    "QUY CHẾ",
    "Hoạt động của tổ hội nghề nghiệp trồng rau",
    "Điều 1. Mỗi tổ hội nghề nghiệp có không quá 07 thành viên, do tổ trưởng điều hành.",
    "Điều 2. Tổ họp định kỳ mỗi tháng một lần vào ngày 05.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Phan Văn Lộc",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    src = tmp_path_factory.mktemp("bounds-src")
    write_paragraphs(src / "CV71.txt", LETTER)
    write_paragraphs(src / "QC09.docx", RULES)
    files = {"CV71.txt": src / "CV71.txt", "QC09.docx": src / "QC09.docx"}
    return assistant_over(tmp_path_factory.mktemp("bounds"), embedder, files)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("Hội nghị tổng kết Tháng Thanh niên có bao nhiêu đại biểu dự?", "Số liệu: khoảng 120 đại biểu"),
        ("Mỗi xã được chọn mấy sáng kiến dự thi cấp huyện?", "Số liệu: tối đa 03 sáng kiến ["),
        ("Mỗi chi đoàn phải làm mấy công trình trong năm?", "Số liệu: ít nhất 02 công trình thanh niên"),
        ("Tỷ lệ đoàn viên tham gia sinh hoạt phải đạt bao nhiêu phần trăm?", "Số liệu: từ 80% trở lên"),
        ("Mỗi tổ hội nghề nghiệp trồng rau có bao nhiêu thành viên?", "Số liệu: không quá 07 thành viên"),
    ],
)
def test_the_figure_keeps_its_bound_and_noun(assistant, question, line):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert first_line(answer).startswith(line), answer.text
