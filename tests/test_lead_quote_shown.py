"""A first line's marker always points at a quote shown in the answer (trial 36 t36-34: "Thời hạn: trước
ngày 07/02/2026 [1]" above a body quoting only [2], so the sentence that also says where to send the
registration was never shown). Real index over a plan written here as DOCX and as TXT, asked through
``Assistant.ask``.
"""

from __future__ import annotations

import re

import pytest

from assistant.evaluation.sets import first_line
from tests.conftest import assistant_as

LINES = [
    "ĐOÀN XÃ HÒA PHÚ",
    "Số: 12-KH/ĐTN",
    "Hòa Phú, ngày 05 tháng 01 năm 2030",
    "KẾ HOẠCH",
    "Tổ chức chương trình “Xuân yêu thương – Tết đoàn viên” năm 2030",
    "I. NỘI DUNG, HÌNH THỨC TRIỂN KHAI",
    "1. Hoạt động cấp xã",
    "- Nội dung: Các cơ sở Đoàn, Hội, Đội phát động, triển khai chương trình “Xuân yêu thương – Tết đoàn "
    "viên”; vận động quà ủng hộ và hội thu trong thời gian triển khai chương trình.",
    "2. Hoạt động cấp cơ sở",
    "- Đẩy mạnh tuyên truyền chương trình “Xuân yêu thương – Tết đoàn viên” đến đoàn viên, đội viên, "
    "thanh thiếu nhi, học sinh và phụ huynh; các cơ sở Đoàn, Hội, Đội đăng ký số suất quà hội thu của "
    "đơn vị.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Các cơ sở Đoàn – Hội – Đội trực thuộc",
    "- Căn cứ Kế hoạch của Ban Thường vụ Đoàn xã chủ động xây dựng kế hoạch chăm lo Tết cho đoàn viên, "
    "thanh thiếu nhi có hoàn cảnh khó khăn.",
    "- Các đơn vị gửi đăng ký số lượng suất quà hội thu về Văn phòng Đoàn xã Hòa Phú (tầng 2, nhà văn "
    "hóa xã, thôn Đông) trước ngày 20/01/2030.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lê Văn Hòa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "kh12", LINES)


def test_the_first_line_cites_only_quotes_shown_below_it(assistant):
    answer = assistant.ask(
        "Các cơ sở Đoàn, Hội, Đội phải gửi đăng ký số suất quà hội thu cho chương trình Xuân yêu thương "
        "– Tết đoàn viên về đâu, trước ngày nào?"
    )
    line = first_line(answer.text)
    assert "20/01/2030" in line, answer.text
    body = answer.text[len(line) :]
    for n in re.findall(r"\[(\d+)\]", line):
        assert f"[{n}]" in body, answer.text
    # the sentence of the deadline also names where to send: shown, so both parts are answered
    assert "Văn phòng Đoàn xã Hòa Phú" in body, answer.text
