"""A body a question says another one proposes to ("Hội Phụ nữ xã đề nghị Đoàn Thanh niên xã làm gì?") is
the actor asked about, as a body a task is assigned to is ("giao cho X"): the proposer's own duties are
not the answer (library3 dev l3-mttq-22: the Front's duties were quoted for "Mặt trận xã đề nghị UBND xã
chỉ đạo ... làm những việc gì?"). Real index over a plan written here (.docx and .txt), through
``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

PLAN = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ AN PHÚ",
    "Số: 09/KH-HPN",
    "An Phú, ngày 10 tháng 4 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức phiên chợ sản phẩm của hội viên năm 2031",
    "I. NỘI DUNG",
    "Phiên chợ tổ chức tại sân Nhà văn hóa xã vào ngày 20/5/2031.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường vụ Hội Liên hiệp Phụ nữ xã",
    "- Vận động hội viên đăng ký gian hàng, tuyên truyền về phiên chợ trên mạng xã hội.",
    "- Tổng hợp kết quả, báo cáo Đảng ủy xã sau phiên chợ.",
    "2. Đề nghị Đoàn Thanh niên xã",
    "- Cử đoàn viên tình nguyện dựng lều, giữ xe và hướng dẫn khách tham quan phiên chợ.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "proposed_body", {"KH09-HPN": PLAN})


def test_the_body_proposed_to_is_the_actor(assistant):
    answer = assistant.ask(
        "Trong kế hoạch phiên chợ, Hội Phụ nữ xã đề nghị Đoàn Thanh niên xã làm những việc gì?"
    )
    assert "dựng lều, giữ xe" in answer.text, answer.text
    assert "Vận động hội viên" not in answer.text, answer.text
