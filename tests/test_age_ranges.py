"""An age range asked ("trong độ tuổi nào?", "what age range ...?") is the range a quote writes ("từ đủ 16
tuổi đến đủ 30 tuổi"), not one age of another rule quoted above it ("trên 30 tuổi"); a document writing no
range gives no figure line (library2 dev l2-party-31, issue 11). Written as Word paragraphs and plain
text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

RULES = [
    "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM TỈNH BÌNH AN",
    "Số: 05-QĐ/HLHTN",
    "Bình An, ngày 10 tháng 02 năm 2051",
    "QUY ĐỊNH",
    "Về kết nạp hội viên Hội Liên hiệp Thanh niên",
    "Điều 2. Thanh niên trên 30 tuổi có nguyện vọng gắn bó với Hội được xem xét công nhận là hội viên danh"
    " dự.",
    "Điều 3. Tại thời điểm xét kết nạp, người vào Hội phải từ đủ 16 tuổi đến đủ 30 tuổi, tán thành Điều lệ"
    " Hội và tự nguyện tham gia sinh hoạt.",
    "Điều 4. Chi hội xét kết nạp hội viên mỗi quý một lần.",
]
CLUB = [
    "HUYỆN ĐOÀN TÂN PHÚ",
    "Số: 12-TB/HĐTN",
    "Tân Phú, ngày 03 tháng 3 năm 2051",
    "THÔNG BÁO",
    "Về thành lập Câu lạc bộ cờ vua thiếu nhi",
    "Câu lạc bộ cờ vua thiếu nhi nhận thành viên trên 8 tuổi, sinh hoạt vào sáng Chủ nhật hằng tuần.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    fmt = request.param
    if fmt == "docx":
        files = {"QD-05.docx": RULES, "TB-12.docx": CLUB}
    else:
        files = {"QD-05.txt": "\n\n".join(RULES), "TB-12.txt": "\n\n".join(CLUB)}
    return assistant_over(tmp_path_factory.mktemp(f"ages_{fmt}"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Theo Quy định 05-QĐ/HLHTN, người vào Hội phải trong độ tuổi nào khi xét kết nạp?",
        "Under Regulation 05-QĐ/HLHTN, what age range must a person be in to be admitted to the association?",
    ],
)
def test_the_range_is_the_first_line(assistant, question) -> None:
    answer = assistant.ask(question)
    line = first_line(answer)
    assert "16 tuổi đến đủ 30 tuổi" in line, answer.text


def test_one_age_is_no_range(assistant) -> None:
    answer = assistant.ask(
        "Câu lạc bộ cờ vua thiếu nhi của Huyện đoàn Tân Phú nhận thành viên trong độ tuổi nào?"
    )
    line = first_line(answer)
    assert "Số liệu" not in line and "8 tuổi" not in line, answer.text
