"""A post filled by another post ("Trưởng đoàn là đại diện Lãnh đạo Ban Thường trực ...") answers "ai làm
trưởng đoàn?" with that post, even when the passage writing it is quoted after the one setting the
delegation up (library4 dev l4-mttq-20); a sentence saying what the post is ("Trưởng đoàn là người ...")
names no holder. Word and plain text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

KIEM_TRA = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA BÌNH",
    "Số: 14/KH-MTTQ",
    "Hòa Bình, ngày 05 tháng 3 năm 2037",
    "KẾ HOẠCH",
    "Kiểm tra, giám sát việc sử dụng quỹ Vì người nghèo tại các thôn năm 2037",
    "3. Tổ chức Đoàn kiểm tra, giám sát: Ban Thường trực Ủy ban MTTQ xã thành lập Đoàn kiểm tra, giám sát để"
    " kiểm tra việc sử dụng quỹ Vì người nghèo tại các thôn.",
    "Thành phần đoàn: Trưởng đoàn là đại diện Lãnh đạo Ban Thường trực UBMTTQ xã; thành viên gồm đại diện"
    " Hội Nông dân, Hội Phụ nữ và trưởng các thôn.",
    "4. Thời gian kiểm tra: trong tháng 4/2037.",
]
DINH_NGHIA = [
    "HỘI CỰU CHIẾN BINH XÃ HÒA BÌNH",
    "Số: 03/QC-CCB",
    "Hòa Bình, ngày 10 tháng 3 năm 2037",
    "QUY CHẾ",
    "Hoạt động của đoàn thăm hỏi hội viên ốm đau",
    "Điều 2. Trưởng đoàn là người chịu trách nhiệm chung về hoạt động thăm hỏi của đoàn.",
    "Điều 3. Đoàn thăm hỏi hội viên ốm đau mỗi tháng một lần.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"KH-14-MTTQ": KIEM_TRA, "QC-03-CCB": DINH_NGHIA}
    return library_as(request.param, tmp_path_factory, embedder, "role_filled_by_post", docs)


def test_the_post_holding_the_post_asked(library) -> None:
    q = "Đoàn kiểm tra, giám sát quỹ Vì người nghèo do MTTQ xã Hòa Bình lập thì ai làm trưởng đoàn?"
    answer = library.ask(q)
    expected = "Trưởng đoàn: đại diện Lãnh đạo Ban Thường trực UBMTTQ xã ["
    assert first_line(answer).startswith(expected), answer.text


def test_what_the_post_is_names_no_holder(library) -> None:
    q = "Đoàn thăm hỏi hội viên ốm đau của Hội Cựu chiến binh xã Hòa Bình thì ai làm trưởng đoàn?"
    answer = library.ask(q)
    assert not first_line(answer).startswith("Trưởng đoàn:"), answer.text
