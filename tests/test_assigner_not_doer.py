""""<X> giao cho ai đứng ra lo ...?" asks whom X gives the task: a "Thực hiện: X" line from X's own clause
("Ban Thường trực ... theo dõi, đôn đốc ... giải quyết đơn thư") answers another act (library2 dev
l2-mttq-18, where "Phân công đồng chí Phó Chủ tịch Thường trực trực tiếp phụ trách ..." holds the
answer). Written as Word paragraphs and as plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "HỘI NÔNG DÂN XÃ TÂN LẬP",
    "Số: 15-KH/HND",
    "Tân Lập, ngày 03 tháng 5 năm 2047",
    "KẾ HOẠCH",
    "Tiếp hội viên, giải quyết kiến nghị của hội viên năm 2047",
    "III. TỔ CHỨC THỰC HIỆN",
    "- Ban Thường vụ Hội Nông dân xã theo dõi, đôn đốc các chi hội giải quyết kiến nghị của hội viên đúng"
    " thời hạn quy định.",
    "- Phân công đồng chí Phó Chủ tịch Hội trực tiếp phụ trách công tác tiếp hội viên và giải quyết kiến"
    " nghị của hội viên.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-15", LINES)


def test_the_assigner_is_not_the_doer(library) -> None:
    answer = library.ask(
        "Trong kế hoạch tiếp hội viên của xã Tân Lập, Ban Thường vụ giao cho ai đứng ra lo việc tiếp hội viên"
        " và giải quyết kiến nghị?"
    )
    assert "Ban Thường vụ" not in first_line(answer), answer.text
