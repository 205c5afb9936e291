"""The figure a rule's condition sets, asked as such ("Chi hội cần có tối thiểu mấy hội viên ... mới được lập
tổ hội?"): "có từ 5 hội viên chính thức trở lên thì được lập tổ hội" answers with the count as written, its
qualifier kept ("5 hội viên chính thức"), for Word and text files through a real ``Assistant`` (library2 dev
l2-party-26's kind: the figure after "từ" was never read, "từ" folding like the number word "tư", and a
condition's figure was skipped for every question).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

RULE = [
    "HỘI NÔNG DÂN TỈNH HẬU PHÚ",
    "Số: 14-QĐ/HND",
    "Hậu Phú, ngày 08 tháng 6 năm 2046",
    "QUY ĐỊNH",
    "Về tổ chức chi hội và tổ hội nghề nghiệp",
    "Điều 2. Thành lập tổ hội nghề nghiệp",
    "1. Ở thôn, ấp, hợp tác xã và trang trại có từ 5 hội viên chính thức trở lên thì được thành lập tổ hội"
    " nghề nghiệp trực thuộc chi hội.",
    "2. Tổ hội có trên 40 hội viên, nếu được Hội cấp xã đồng ý thì có thể chia thành hai tổ hội.",
    "Điều 3. Sinh hoạt tổ hội",
    "Tổ hội sinh hoạt mỗi quý một lần, do tổ trưởng chủ trì.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hà Văn Minh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def rule(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "QD14", RULE)


def test_the_count_a_condition_sets(rule) -> None:
    answer = rule.ask("Một hợp tác xã cần có tối thiểu mấy hội viên mới được thành lập tổ hội nghề nghiệp?")
    line = first_line(answer)
    assert line.startswith("Số liệu:") and "5 hội viên chính thức" in line, answer.text


def test_a_condition_figure_answers_no_other_question(rule) -> None:
    # a question not asking the condition does not take it ("40 hội viên" / "5 hội viên" are cases)
    line = first_line(rule.ask("Tổ hội sinh hoạt mấy tháng một lần?"))
    assert "hội viên" not in line, line
