"""A later notice moving the day of the event a quoted table row dates: "Hiến máu nhân đạo ... diễn ra hôm
nào?" quoted only the plan's row "Ngày hội hiến máu tình nguyện | ... | Ngày 22/3/2027" though the notice
moving it ("Điều chỉnh thời gian tổ chức Ngày hội hiến máu tình nguyện từ ngày 22/3/2027 sang ngày
29/3/2027") was retrieved first: the question's words named the event otherwise, and the notice cites the plan
only in its preamble (newcomer trial 40 dl1). The change of the very row quoted (its words and the day it
writes) is read: the first line gives the new day and says it was changed. The plan as a Word table, the
notice as text or Word paragraphs, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table

OPENING = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ PHÚ AN",
    "Số: 41-KH/ĐTN",
    "Phú An, ngày 05 tháng 3 năm 2046",
    "KẾ HOẠCH",
    "tổ chức Tháng Thanh niên năm 2046",
    "III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN",
]
HEAD = ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
ROWS = [
    ["1", "Lễ ra quân Tháng Thanh niên", "Ban Thường vụ Đoàn xã", "Hội Phụ nữ xã", "Ngày 08/3/2046"],
    ["2", "Ngày hội hiến máu tình nguyện", "Chi đoàn Trạm Y tế xã", "Hội Chữ thập đỏ xã", "Ngày 22/3/2046"],
    ["3", "Giải bóng đá thanh niên", "Chi đoàn Trường THCS", "Công an xã", "Từ ngày 20/3 đến ngày 26/3/2046"],
]
CLOSING = ["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Tài"]
NOTICE = [
    "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ AN",
    "Số: 19/TB-MTTQ",
    "Phú An, ngày 12 tháng 3 năm 2046",
    "THÔNG BÁO",
    "về điều chỉnh một số hoạt động hưởng ứng Tháng Thanh niên năm 2046",
    "Thực hiện Kế hoạch số 41-KH/ĐTN ngày 05/3/2046 của Ban Chấp hành Đoàn xã, Ban Thường trực Ủy ban MTTQ"
    " Việt Nam xã thông báo như sau:",
    "1. Điều chỉnh thời gian tổ chức Ngày hội hiến máu tình nguyện từ ngày 22/3/2046 sang ngày 29/3/2046, bắt"
    " đầu từ 7 giờ 00, do đoàn lấy máu của tỉnh không bố trí được vào ngày 22/3/2046.",
    "2. Các nội dung khác thực hiện theo Kế hoạch.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Phạm Văn Nam",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"amended_row_{request.param}")
    plan = write_docx_table(root / "KH-41.docx", OPENING, HEAD, ROWS, CLOSING)
    notice = {"TB-19.docx": NOTICE} if request.param == "docx" else {"TB-19.txt": "\n\n".join(NOTICE)}
    lib = root / "lib"
    lib.mkdir()
    return assistant_over(lib, embedder, {"KH-41.docx": plan, **notice})


@pytest.mark.parametrize(
    "question",
    [
        # (the code before gave the superseded "Thời gian: Ngày 22/3/2046" for the first)
        "Hiến máu tình nguyện năm 2046 diễn ra hôm nào?",
        "Ngày hiến máu của xã Phú An năm 2046 là ngày nào?",
        "Hiến máu nhân đạo năm 2046 tổ chức vào ngày nào?",
    ],
)
def test_the_moved_day_of_the_quoted_row(library, question) -> None:
    answer = library.ask(question)
    line = first_line(answer)
    assert "29/3/2046" in line, answer.text
