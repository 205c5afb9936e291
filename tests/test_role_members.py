""""Ai làm tổ trưởng Tổ ...?" of a decision setting up a team: the first line names the one member whose list
item ends with the post asked ("1. Bà ... - Phó Chủ tịch ... - Tổ trưởng."; library dev lmqd-01); a post no
item ends with (one only written inside another's item) gives no line. One Quyết định as DOCX and TXT.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA",
    "BAN THƯỜNG TRỰC",
    "Số: 14/QĐ-MTTQ",
    "Tân Hòa, ngày 02 tháng 8 năm 2044",
    "QUYẾT ĐỊNH",
    "Về việc thành lập Tổ hòa giải cơ sở thôn Bình Minh",
    "Điều 1. Thành lập Tổ hòa giải cơ sở thôn Bình Minh, gồm các thành viên:",
    "1. Ông Lò Văn Sáng - Trưởng Ban công tác Mặt trận thôn - Tổ trưởng.",
    "2. Bà Vi Thị Mận - Chi hội trưởng Chi hội Phụ nữ thôn - Tổ phó.",
    "3. Ông Hà Văn Tuấn - Bí thư Chi đoàn thôn, nguyên Thư ký Tổ - Thành viên.",
    "Điều 2. Tổ hòa giải có nhiệm vụ hòa giải các mâu thuẫn, tranh chấp nhỏ trong cộng đồng dân cư.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def decision(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "QD-14_MTTQ", LINES)


def test_member_holding_the_post(decision):
    answer = decision.ask("Ai làm tổ trưởng Tổ hòa giải cơ sở thôn Bình Minh?")
    assert first_line(answer).startswith("Tổ trưởng: Ông Lò Văn Sáng")
    answer = decision.ask("Ai làm tổ phó Tổ hòa giải cơ sở thôn Bình Minh?")
    assert first_line(answer).startswith("Tổ phó: Bà Vi Thị Mận")


def test_post_no_item_ends_with(decision):
    answer = decision.ask("Ai làm thư ký Tổ hòa giải cơ sở thôn Bình Minh?")
    assert "Hà Văn Tuấn" not in first_line(answer)
    assert not first_line(answer).startswith("Thư ký")
