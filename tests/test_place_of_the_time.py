"""A question asking when and where ("... diễn ra mấy giờ, ở đâu?") gets the place of the sentence, or
table row, that writes the time on its first line: "mở tại Kho bạc Nhà nước ..." of the item before is not
where the ceremony takes place (trial 37: "Địa điểm: Kho bạc Nhà nước ..."), and a table row's place ends at
its cell ("Hội trường UBND xã", not "Hội trường UBND xã | Ban Thường vụ ... | ..."; trial 37 b01). Written
here as Word (paragraphs and a table) and as text / Markdown, asked through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table

OPENING = [
    "ỦY BAN MTTQ VIỆT NAM HUYỆN LỘC HÀ",
    "Số: 61/MTTQ-BTT",
    "Lộc Hà, ngày 10 tháng 3 năm 2041",
    "V/v vận động ủng hộ Quỹ Vì người nghèo năm 2041",
    "Kính gửi: Ủy ban MTTQ các xã, thị trấn.",
    "1. Mục đích",
    "Chung tay hỗ trợ hộ nghèo xây nhà đại đoàn kết.",
    "2. Thời gian và hình thức nộp",
    "- Thời gian vận động: từ ngày 01/4/2041 đến ngày 31/5/2041.",
    "- Số tiền vận động nộp vào tài khoản của Ủy ban MTTQ huyện mở tại Kho bạc Nhà nước khu vực Lộc Hà.",
    "- Tổ chức lễ phát động cấp huyện vào 08 giờ ngày 01/4/2041 tại Hội trường Trung tâm Chính trị huyện.",
    "3. Trách nhiệm của các đơn vị",
]
HEAD = ["Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
ROWS = [
    ["Hội nghị triển khai cuộc vận động cho cán bộ chủ chốt", "Ngày 06/4/2041, tại Hội trường UBND xã",
     "Ban Thường trực Ủy ban MTTQ huyện", "Văn phòng Huyện ủy"],
    ["Tổng kết cuộc vận động", "Tháng 6/2041", "Ban Thường trực Ủy ban MTTQ huyện", "Các đoàn thể huyện"],
]
CLOSING = ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lê Văn Tâm"]


def _markdown() -> str:
    table = ["| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
    table += ["| " + " | ".join(r) + " |" for r in ROWS]
    return "\n\n".join(OPENING) + "\n\n" + "\n".join(table) + "\n\n" + "\n\n".join(CLOSING) + "\n"


@pytest.fixture(scope="module", params=["docx", "md"])
def letter(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"place_time_{request.param}")
    if request.param == "docx":
        (root / "made").mkdir()
        made = write_docx_table(root / "made" / "CV-61.docx", OPENING, HEAD, ROWS, CLOSING)
        return assistant_over(root, embedder, {"CV-61.docx": made})
    return assistant_over(root, embedder, {"CV-61.md": _markdown()})


def test_the_place_of_the_sentence_writing_the_time(letter) -> None:
    answer = letter.ask("Lễ phát động cấp huyện diễn ra mấy giờ, ở đâu?")
    lines = answer.text.split("\n")
    assert lines[0].startswith("Thời gian:") and "08 giờ" in lines[0], answer.text
    assert lines[1].startswith("Địa điểm: Hội trường Trung tâm Chính trị huyện"), answer.text
    assert "Kho bạc" not in lines[1], answer.text


def test_a_table_rows_place_ends_at_its_cell(letter) -> None:
    answer = letter.ask("Hội nghị triển khai cuộc vận động cho cán bộ chủ chốt họp hôm nào, ở đâu?")
    lines = answer.text.split("\n")
    place = next((line for line in lines[:3] if line.startswith("Địa điểm:")), "")
    assert place.startswith("Địa điểm: Hội trường UBND xã"), answer.text
    assert "|" not in place and "Văn phòng" not in place, answer.text
    assert "06/4/2041" in first_line(answer), answer.text
