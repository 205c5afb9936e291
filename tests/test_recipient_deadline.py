"""The deadline of the body a question sends to is not the senders': "Các chi đoàn gửi báo cáo kết quả về
Văn phòng Đoàn xã trước ngày nào?" was answered "Thời hạn: Trước ngày 05/4" from the task row the office
leads ("Tổng hợp, báo cáo kết quả ... về Huyện đoàn | Văn phòng Đoàn xã | ... | Trước ngày 05/4"), not
from the sentence setting the branches' own time (newcomer trial 40 P6). A plan as a Word table and as a
Markdown table, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table

OPENING = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ TÂN HÒA",
    "Số: 44-KH/ĐTN",
    "Tân Hòa, ngày 02 tháng 3 năm 2047",
    "KẾ HOẠCH",
    "tổ chức Tháng Thanh niên năm 2047",
    "II. NỘI DUNG",
]
HEAD = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
ROWS = [
    ["1", "Ra quân làm sạch kênh mương", "Ban Thường vụ Đoàn xã", "Các chi đoàn", "Ngày 10/3/2047"],
    ["2", "Tổng hợp, báo cáo kết quả Tháng Thanh niên về Huyện đoàn", "Văn phòng Đoàn xã",
     "Các chi đoàn trực thuộc", "Trước ngày 06/4/2047"],
]
CLOSING = [
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các chi đoàn trực thuộc gửi báo cáo kết quả về Văn phòng Đoàn xã trước ngày 01/4/2047 để tổng hợp.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Võ Minh Khoa",
]


def _markdown() -> str:
    rows = [HEAD, ["---"] * len(HEAD), *ROWS]
    table = ["| " + " | ".join(r) + " |" for r in rows]
    return "\n\n".join(OPENING) + "\n\n" + "\n".join(table) + "\n\n" + "\n\n".join(CLOSING)


@pytest.fixture(scope="module", params=["docx", "md"])
def library(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"recipient_{request.param}")
    if request.param == "docx":
        files = {"KH-44.docx": write_docx_table(root / "KH-44.docx", OPENING, HEAD, ROWS, CLOSING)}
    else:
        files = {"KH-44.md": _markdown()}
    lib = root / "lib"
    lib.mkdir()
    return assistant_over(lib, embedder, files)


def test_the_senders_time_not_the_recipients(library) -> None:
    answer = library.ask("Các chi đoàn gửi báo cáo kết quả về Văn phòng Đoàn xã trước ngày nào?")
    line = first_line(answer)
    assert "06/4/2047" not in line, answer.text
    assert "01/4/2047" in line, answer.text
