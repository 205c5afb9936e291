"""A goal asked with a causative verb: "việc đưa thôn X đạt chuẩn nông thôn mới thì hạn là bao giờ?" asks
the time set for the state reached ("đạt chuẩn"), which the conclusion writes with another verb of effort
("Xây dựng thôn X đạt chuẩn nông thôn mới trước tháng 10 năm 2037"); "đưa" is written nowhere, so reading
it as the act abstained (follow-up) or lost the line (trial 29 q33). Another hamlet's goal gets no date
from it. A notice written here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "HUYỆN ỦY MƯỜNG LA",
    "Số: 301-TB/HU",
    "Mường La, ngày 10 tháng 01 năm 2037",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Huyện ủy về làm việc với Đảng ủy xã Chiềng Hoa",
    "1. Năm 2037, Đảng ủy xã Chiềng Hoa cần tập trung lãnh đạo các nhiệm vụ sau:",
    "a) Hoàn thành giải phóng mặt bằng tuyến đường liên xã trước ngày 30/6/2037;",
    "b) Kết nạp ít nhất 12 đảng viên mới;",
    "c) Xây dựng bản Nà Sản đạt chuẩn nông thôn mới trước tháng 10 năm 2037.",
    "2. Giao Ban Dân vận Huyện ủy theo dõi, đôn đốc việc thực hiện.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lò Văn Chung",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def notice(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "TB-301-HU", LINES)


def test_a_goal_asked_with_a_causative_verb_gets_its_deadline(notice) -> None:
    answer = notice.ask("Thế còn việc đưa bản Nà Sản đạt chuẩn nông thôn mới thì hạn là bao giờ?")
    assert "tháng 10 năm 2037" in first_line(answer), answer.text


def test_the_same_goal_as_a_follow_up_gets_its_deadline(notice) -> None:
    answer = notice.ask(
        "Thế còn việc đưa bản Nà Sản đạt chuẩn nông thôn mới thì hạn là bao giờ?",
        history=["Xã Chiềng Hoa phải hoàn thành giải phóng mặt bằng tuyến đường liên xã trước ngày nào?"],
    )
    assert not answer.abstained, answer.evidence
    assert "tháng 10 năm 2037" in first_line(answer), answer.text


def test_another_hamlets_goal_gets_no_date(notice) -> None:
    answer = notice.ask("Việc đưa bản Pá Hốc đạt chuẩn nông thôn mới thì hạn là bao giờ?")
    assert "tháng 10 năm 2037" not in first_line(answer), answer.text
