"""A task table's time column ("Trước 30/6/2031", no "ngày") is a time limit, and a row that matches the
question clearly better than another clause gives the first line, not that clause's duration (trial 25
r07: "Thời hạn: trong thời hạn 15 ngày làm việc ..." of the registration clause answered when the survey
must be done). Real index over a plan written here (Markdown table and a numbered clause), asked through
``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

PLAN = """HỘI NÔNG DÂN HUYỆN KIẾN THỤY
Số: 31-KH/HND
Kiến Thụy, ngày 06 tháng 5 năm 2031

# KẾ HOẠCH
## Hỗ trợ hội viên chuyển đổi sang trồng cây ăn quả năm 2031

### I. NHIỆM VỤ

1. Hội Nông dân các xã tiếp nhận, thẩm định hồ sơ và trả lời hộ đăng ký trong thời hạn 15 ngày làm việc \\
kể từ ngày nhận đủ hồ sơ.

### II. PHÂN CÔNG

| TT | Nội dung | Chủ trì | Thời gian |
|---|---|---|---|
| 1 | Điều tra, tổng hợp nhu cầu chuyển đổi của hộ hội viên | Hội Nông dân các xã | Trước 30/6/2031 |
| 2 | Mở lớp tập huấn kỹ thuật ghép cây | Ban Kinh tế - Xã hội | Trước 15/8/2031 |

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Vũ Văn Hưng
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("time_columns"), embedder, {"KH31.md": PLAN})


def test_a_time_column_without_ngay_is_the_rows_deadline(assistant):
    answer = assistant.ask("Việc điều tra nhu cầu chuyển đổi của hộ hội viên phải xong khi nào?")
    line = first_line(answer)
    assert "15 ngày" not in line, answer.text
    assert line.startswith("Thời hạn") and "30/6/2031" in line, answer.text
    answer = assistant.ask("Lớp tập huấn kỹ thuật ghép cây phải mở trước ngày nào?")
    assert "15/8/2031" in answer.text, answer.text
