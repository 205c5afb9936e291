"""A "who leads" question no duty clause answers is answered from the "Đơn vị chủ trì: ..." field the first
quote writes for the event asked ("- Thời gian: ... - Thành phần: ... - Đơn vị chủ trì: ... - Kết quả:
..."; library dev lmht-03), not from a passage on another round of it. One Kế hoạch as DOCX and TXT.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ LỘC",
    "BAN THƯỜNG TRỰC",
    "Số: 31/KH-MTTQ",
    "Phú Lộc, ngày 05 tháng 9 năm 2043",
    "KẾ HOẠCH",
    "Tổ chức các hội nghị góp ý dự thảo quy ước khu dân cư xã Phú Lộc",
    "I. CÁC HỘI NGHỊ",
    "1. Hội nghị góp ý lần thứ nhất",
    "- Thời gian: ngày 20/9/2043. - Thành phần: đại diện các chi hội; trưởng thôn. - Đơn vị chủ trì: "
    "Ban Công tác Mặt trận thôn Đông. - Kết quả: Biên bản hội nghị góp ý lần thứ nhất về dự thảo quy ước.",
    "2. Hội nghị góp ý lần thứ hai",
    "- Thời gian: ngày 15/10/2043. - Thành phần: đại diện Hội Nông dân xã; cử tri các thôn. - Đơn vị chủ trì: "
    "Ủy ban nhân dân xã Phú Lộc. - Kết quả: Biên bản hội nghị góp ý lần thứ hai và bản quy ước hoàn chỉnh.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các thôn niêm yết công khai dự thảo quy ước tại nhà văn hóa.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-31_MTTQ", LINES)


def test_lead_field_of_the_round_asked(plan):
    answer = plan.ask("Ai chủ trì hội nghị góp ý lần thứ hai về dự thảo quy ước khu dân cư?")
    assert first_line(answer).startswith("Chủ trì: Ủy ban nhân dân xã Phú Lộc")


def test_no_lead_field_of_another_round(plan):
    answer = plan.ask("Ai chủ trì hội nghị góp ý lần thứ ba về dự thảo quy ước khu dân cư?")
    assert "Ban Công tác Mặt trận thôn Đông" not in first_line(answer)
    assert "Ủy ban nhân dân xã Phú Lộc" not in first_line(answer)
