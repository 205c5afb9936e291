"""A procedure's steps quoted whole and in order (newcomer trial 42 q09), through a real ``Assistant`` over
a guide written as Word and as a PDF: the first step sits under the procedure's heading, which writes
the question's words, and so scores far above the others; a step sharing few words with the question
("Bước 2: Bí thư chi đoàn gửi hồ sơ ...") is still quoted, between Bước 1 and Bước 3.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import assistant_over, write_docx, write_pdf_lines

GUIDE = [
    "BAN CHẤP HÀNH ĐOÀN XÃ HÒA BÌNH",
    "Số: 15-HD/ĐTN",
    "Hòa Bình, ngày 12 tháng 4 năm 2041",
    "HƯỚNG DẪN",
    "Xét tặng danh hiệu Thanh niên tiêu biểu năm 2041",
    "1. Đối tượng",
    "Đoàn viên, thanh niên đang sinh hoạt tại các chi đoàn thôn của xã.",
    "2. Quy trình xét tặng danh hiệu Thanh niên tiêu biểu",
    "Bước 1: Chi đoàn họp xét tặng danh hiệu Thanh niên tiêu biểu, lập danh sách đoàn viên đủ tiêu chuẩn.",
    "Bước 2: Bí thư chi đoàn gửi hồ sơ về Văn phòng Đoàn xã trước ngày 10/5/2041.",
    "Bước 3: Văn phòng Đoàn xã thẩm tra hồ sơ trong 07 ngày làm việc.",
    "Bước 4: Ban Thường vụ Đoàn xã quyết định và trao giấy chứng nhận.",
    "3. Tổ chức thực hiện",
    "Các chi đoàn triển khai hướng dẫn này đến toàn thể đoàn viên.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Hà Minh Tuấn",
]
STEPS = ["Bước 1:", "Bước 2:", "Bước 3:", "Bước 4:"]


@pytest.fixture(scope="module", params=["docx", "pdf"])
def guide(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"whole_steps_{request.param}")
    path = root / f"HD-15-DTN.{request.param}"
    made = write_docx(path, GUIDE) if request.param == "docx" else write_pdf_lines(path, GUIDE)
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {made.name: made})


@pytest.mark.parametrize(
    "question",
    [
        "Quy trình xét tặng danh hiệu Thanh niên tiêu biểu gồm những bước nào?",
        "Xét tặng danh hiệu Thanh niên tiêu biểu năm 2041 có mấy bước?",
    ],
)
def test_every_step_is_quoted_in_order(guide, question) -> None:
    answer = guide.ask(question)
    quotes = re.findall(r"^- “(.*)” \[\d+\]$", answer.text, flags=re.M)
    at = [next((i for i, q in enumerate(quotes) if step in q), None) for step in STEPS]
    assert None not in at, answer.text
    assert at == sorted(at), answer.text
