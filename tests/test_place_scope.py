"""A place the question names scopes the answer to the documents about it: the issuer's own (a city's
guide for "Ở Hà Nội, ...", ``tests/test_document_focus.py``) and every retrieved one writing the place in
its text. Trial 37 d03 / d10: a district notice directing the drill "tại xã An Phú" lost its first line
to the commune union's plan, whose issuer carries the commune's name. Word and text files, through a real
``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

UNION_PLAN = [
    "HỘI LHPN HUYỆN HÒA AN",
    "BAN CHẤP HÀNH HỘI LHPN XÃ AN PHÚ",
    "Số: 11/KH-HPN",
    "An Phú, ngày 02 tháng 4 năm 2043",
    "KẾ HOẠCH",
    "hoạt động của Hội Phụ nữ xã An Phú năm 2043",
    "1. Chi hội phụ nữ các thôn vận động hội viên tham gia hỗ trợ hậu cần cho lực lượng tham gia diễn tập"
    " phòng chống lụt bão.",
    "2. Ban Thường vụ Hội tổ chức hội thi nấu ăn vào tháng 10/2043.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Phạm Thị Lan",
]
DISTRICT_NOTICE = [
    "ĐẢNG BỘ TỈNH BÌNH ĐÔNG",
    "HUYỆN ỦY HÒA AN",
    "Số: 52-TB/HU",
    "Hòa An, ngày 20 tháng 3 năm 2043",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Huyện ủy về công tác quốc phòng năm 2043",
    "1. Các cấp ủy quán triệt nhiệm vụ quốc phòng, quân sự địa phương năm 2043.",
    "2. Đảng ủy Quân sự huyện chỉ đạo Ban Chỉ huy Quân sự huyện chủ trì, phối hợp với Công an huyện tổ chức"
    " diễn tập phòng chống lụt bão tại xã An Phú trong tháng 7/2043.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lê Văn Hòa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"KH-11": UNION_PLAN, "TB-52": DISTRICT_NOTICE}
    return library_as(request.param, tmp_path_factory, embedder, "place_scope", docs)


def test_a_district_document_about_the_commune_answers(library) -> None:
    answer = library.ask("Cuộc diễn tập phòng chống lụt bão ở An Phú do đơn vị nào chủ trì, làm vào lúc nào?")
    lines = answer.text.split("\n\n", 1)[0]
    assert "7/2043" in lines or "Ban Chỉ huy Quân sự huyện" in lines, answer.text
    assert "10/2043" not in first_line(answer), answer.text
