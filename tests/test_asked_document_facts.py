"""A question asking several facts of a document ("số mấy, ngày nào và ai ký?") gets a first line for each
fact the document states, from the same source: the copy's note when the copy is asked about, else the
document's own metadata (trial 36 t36-07: a SAO LỤC copy's number and signer were given, its date left
out). Real index over a notice with a copy note written here as DOCX and as TXT, asked through
``Assistant.ask``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LINES = [
    "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "Số 77-TB/TW",
    "Hà Nội, ngày 10 tháng 3 năm 2031",
    "THÔNG BÁO KẾT LUẬN CỦA BAN BÍ THƯ",
    "về tiếp tục đổi mới công tác dân vận ở cơ sở",
    "Tại cuộc họp ngày 02/3/2031, Ban Bí thư kết luận:",
    "1. Các cấp ủy tiếp tục lãnh đạo đổi mới công tác dân vận ở cơ sở.",
    "2. Ban Dân vận Trung ương chủ trì theo dõi, đôn đốc việc thực hiện Thông báo này.",
    "T/M BAN BÍ THƯ",
    "Đã ký: Nguyễn Văn Quang",
    "TỈNH ỦY HÀ NAM NINH",
    "SAO LỤC",
    "Số 2044-BS/TU",
    "Hà Nam Ninh, ngày 21 tháng 3 năm 2031",
    "Giao Ban Dân vận Tỉnh ủy chủ trì tham mưu thực hiện./.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Lương Thị Hạnh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "tb77", LINES)


def _lead(text: str) -> str:
    return text.split("\n\n", 1)[0]


def test_each_fact_of_the_copy_asked_gets_its_line(assistant):
    answer = assistant.ask("Bản sao lục của Tỉnh ủy Hà Nam Ninh thì số mấy, ngày nào và ai ký?")
    lead = _lead(answer.text)
    assert "2044-BS/TU" in lead and "21/03/2031" in lead and "Lương Thị Hạnh" in lead, answer.text


def test_each_fact_of_the_document_asked_gets_its_line(assistant):
    answer = assistant.ask("Thông báo 77-TB/TW ban hành ngày nào và ai ký?")
    lead = _lead(answer.text)
    assert "10/03/2031" in lead and "Nguyễn Văn Quang" in lead, answer.text
