""""<type> của <body> thực hiện kết luận nào?" names the citing document by its issuer and asks the document
it implements: the body is the citing document's issuer, not the issuer asked of the reference. Read as the
reference's issuer, the conclusion of the provincial committee was filtered out and the basis line was lost,
while the English twin ("Which conclusion does the commune letter implement?") had it (library dev
lib-rw05-03). A letter written here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "ĐẢNG BỘ XÃ PHÚC SƠN",
    "Số: 41-CV/ĐU",
    "Phúc Sơn, ngày 12 tháng 8 năm 2044",
    "CÔNG VĂN",
    "V/v triển khai thực hiện Kết luận số 208-KL/TU",
    "Thực hiện Kết luận số 208-KL/TU ngày 01/8/2044 của Ban Thường vụ Tỉnh ủy về công tác dân vận, Thường "
    "trực Đảng ủy có ý kiến chỉ đạo như sau:",
    "1. Giao Ban Xây dựng Đảng tham mưu quán triệt Kết luận, trình Thường trực Đảng ủy trước ngày 25/8/2044.",
    "2. Giao Ủy ban MTTQ xã xây dựng kế hoạch thực hiện, báo cáo trước ngày 15/9/2044.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Hà Văn Lộc",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def letter(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "CV-41-DU", LINES)


def test_the_citing_documents_issuer_is_no_issuer_of_its_basis(letter) -> None:
    answer = letter.ask("Công văn của Đảng ủy xã Phúc Sơn thực hiện kết luận nào?")
    line = first_line(answer)
    assert line.startswith("Căn cứ, thực hiện:") and "208-KL/TU" in line, answer.text
