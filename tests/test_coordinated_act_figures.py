"""The age (count) a rule sets for one act when one sentence sets two, joined by "và" ("đủ 16 tuổi trở lên có
quyền biểu quyết và đủ 18 tuổi trở lên có quyền ứng cử ..."): a question asking the bound of one act ("phải đủ
bao nhiêu tuổi mới được ra tranh cử ...?", the act by another verb for it, after a particle) gets the figure
of the clause writing that act, and sentences of the same document naming the question's other words but no
such act do not take the line away; a question asking an act neither clause writes gets no line (library3 dev
l3-rw-14's kind, for Word and text files through a real ``Assistant``).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

CHARTER = [
    "HỘI KHUYẾN HỌC XÃ TÂN LẠC",
    "Số: 03-ĐL/KH",
    "Tân Lạc, ngày 12 tháng 3 năm 2047",
    "ĐIỀU LỆ",
    "Câu lạc bộ Tin học trẻ xã Tân Lạc",
    "Điều 4. Quyền của thành viên",
    "Thành viên đủ mười sáu tuổi trở lên có quyền biểu quyết và đủ mười tám tuổi trở lên có quyền ứng cử vào"
    " Ban Chủ nhiệm câu lạc bộ.",
    "Điều 5. Ban Chủ nhiệm",
    "1. Ban Chủ nhiệm câu lạc bộ gồm chủ nhiệm, phó chủ nhiệm và các ủy viên do hội nghị toàn thể bầu ra.",
    "2. Ban Chủ nhiệm câu lạc bộ họp thường kỳ mỗi quý một lần.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lò Văn Tâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def charter(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "DL03", CHARTER)


def test_the_age_of_the_act_asked(charter) -> None:
    answer = charter.ask("Thành viên phải đủ bao nhiêu tuổi mới được ra tranh cử Ban Chủ nhiệm câu lạc bộ?")
    line = first_line(answer)
    assert line.startswith("Số liệu:") and "mười tám tuổi" in line and "mười sáu" not in line, answer.text


def test_the_age_of_the_other_act(charter) -> None:
    answer = charter.ask("Thành viên phải đủ bao nhiêu tuổi mới được biểu quyết trong câu lạc bộ?")
    assert "mười tám" not in first_line(answer), answer.text


def test_an_act_no_clause_writes_gets_no_figure(charter) -> None:
    answer = charter.ask("Thành viên phải đủ bao nhiêu tuổi mới được làm thủ quỹ câu lạc bộ?")
    assert "tuổi" not in first_line(answer), answer.text
