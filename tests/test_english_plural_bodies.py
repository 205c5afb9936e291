"""English questions naming a body in the plural ("the commune Women's Unions", "Farmers' Associations"), as
questions about every commune's body write them (trial 26 n09: the plural was no body, so another
organisation's deadline was quoted). Real index over a letter written here, asked through ``Assistant``."""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over

LETTER = """HỘI NÔNG DÂN HUYỆN ĐÔNG LẠC
Số: 51-CV/HNDH
Đông Lạc, ngày 06 tháng 12 năm 2031
V/v chuẩn bị vụ đông xuân 2031 - 2032

Kính gửi: Ban Thường vụ Hội Nông dân các xã, thị trấn.

1. Ban Thường vụ Hội Nông dân các xã lập danh sách hộ đăng ký giống lúa mới, gửi Ban Kinh tế - Xã hội
Hội Nông dân huyện trước ngày 25/12/2031.
2. Các chi hội nông dân tổ chức hướng dẫn kỹ thuật làm đất cho hội viên.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Hà Văn Quý
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("english_plural"), embedder, {"CV51-HND.txt": LETTER})


@pytest.mark.parametrize(
    ("question", "org"),
    [
        ("What must the commune Women's Unions do?", "hoi_phu_nu"),
        ("By when must the Farmers' Associations of the communes send the list?", "hoi_nong_dan"),
        ("What do the Youth Unions have to prepare?", "doan_tn"),
    ],
)
def test_an_english_body_in_the_plural_is_that_body(question, org):
    assert org in analyze(question).subject_orgs


def test_an_english_question_about_a_body_the_letter_never_names_abstains(assistant):
    # the farmers' list and its date are not the Women's Unions'
    answer = assistant.ask("By when must the commune Women's Unions send their list of households?")
    assert answer.abstained, answer.text


def test_an_english_question_about_the_body_in_the_plural_is_answered(assistant):
    answer = assistant.ask("By when must the commune Farmers' Associations send their list of households?")
    assert not answer.abstained, answer.text
    assert "25/12/2031" in answer.text, answer.text
