"""A bound asked ("phải từ bao nhiêu tuổi?", "ít nhất bao nhiêu năm?", "from what age", "at least") is the
figure a quote writes as that bound: the lower end of a range ("từ đủ 16 tuổi đến đủ 30 tuổi"), a bound
word ("tối thiểu 05 năm"), never a figure naming another case ("những người trên 30 tuổi", "cán bộ có
trên 25 năm công tác") quoted above it (issue 11: 294-QĐ/TW "từ bao nhiêu tuổi" answered "trên 60 tuổi").
Word paragraphs and plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

RULES = [
    "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM TỈNH BÌNH AN",
    "Số: 07-QĐ/HLHTN",
    "Bình An, ngày 10 tháng 02 năm 2051",
    "QUY ĐỊNH",
    "Về kết nạp hội viên và khen thưởng",
    "Điều 2. Việc kết nạp vào Hội những người trên 30 tuổi do Ban Thường vụ Hội tỉnh xem xét, quyết định.",
    "Điều 3. Tại thời điểm chi hội xét kết nạp, người vào Hội phải từ đủ 16 tuổi đến đủ 30 tuổi, tán thành"
    " Điều lệ Hội.",
    "Điều 6. Cán bộ Hội có trên 25 năm công tác liên tục được đề nghị tặng Kỷ niệm chương hạng nhất.",
    "Điều 7. Cán bộ Hội được đề nghị tặng Kỷ niệm chương phải có thời gian công tác tại Hội tối thiểu 05 năm"
    " liên tục.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    fmt = request.param
    files = {"QD-07.docx": RULES} if fmt == "docx" else {"QD-07.txt": "\n\n".join(RULES)}
    return assistant_over(tmp_path_factory.mktemp(f"bound_case_{fmt}"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Theo Quy định 07-QĐ/HLHTN, người vào Hội phải từ bao nhiêu tuổi?",
        "Theo Quy định 07-QĐ/HLHTN, người vào Hội tối thiểu phải bao nhiêu tuổi?",
        "Under Regulation 07-QĐ/HLHTN, from what age may a person be admitted to the association?",
    ],
)
def test_the_least_age_is_the_ranges_lower_end(assistant, question) -> None:
    answer = assistant.ask(question)
    line = first_line(answer)
    figure = line if line.startswith(("Số liệu", "Figure")) else ""
    assert "30" not in figure, answer.text
    assert not figure or "16" in figure, answer.text


def test_the_least_years_is_the_bound_written(assistant) -> None:
    answer = assistant.ask(
        "Theo Quy định 07-QĐ/HLHTN, cán bộ Hội được đề nghị tặng Kỷ niệm chương phải có ít nhất bao nhiêu năm"
        " công tác?"
    )
    line = first_line(answer)
    figure = line if line.startswith(("Số liệu", "Figure")) else ""
    assert "25" not in figure, answer.text
    assert not figure or "05 năm" in figure, answer.text
