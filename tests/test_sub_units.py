"""A unit below a commune (a village's chi đoàn, chi hội, chi bộ) is a body of its own (issue 11, part 5:
the first line's fact from the clause that governs the action *and the body asked about*). A newcomer
trial asked "Đoàn Thanh niên xã phải báo cáo ... trước ngày nào?" of a letter the Đoàn xã issued and got
the chi đoàn's date, because the issuer was taken to do every task in its document and "chi đoàn" was a
commune-level name of the Đoàn. Real index over two documents written here, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

LETTER = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ PHÚ LỘC
Số: 45-CV/ĐTN
V/v tổ chức Tháng hành động vì môi trường năm 2029
Phú Lộc, ngày 05 tháng 10 năm 2029

Kính gửi: Các chi đoàn trực thuộc.

Thực hiện kế hoạch của Huyện đoàn, Ban Chấp hành Đoàn xã Phú Lộc triển khai một số nội dung sau:

1. Các chi đoàn tổ chức ra quân dọn vệ sinh đường làng, kênh mương; báo cáo kết quả về Ban Thường vụ Đoàn
xã trước ngày 20/11/2029.

2. Đoàn xã tổng hợp kết quả, báo cáo Ban Thường vụ Huyện đoàn trước ngày 28/11/2029.

3. Chi đoàn trường THCS phối hợp với Ban Giám hiệu tổ chức tuyên truyền cho học sinh.

TM. BAN CHẤP HÀNH
BÍ THƯ
Trần Văn Khoa
"""

PLAN = """HỘI NÔNG DÂN XÃ PHÚ LỘC
Số: 12-KH/HND

# KẾ HOẠCH
Ra quân vệ sinh môi trường năm 2029

Phú Lộc, ngày 01 tháng 10 năm 2029

1. Các chi hội tổ chức ra quân vệ sinh đồng ruộng, thu gom vỏ bao thuốc bảo vệ thực vật.
2. Các chi hội báo cáo kết quả về Ban Thường vụ Hội Nông dân xã trước ngày 15/11/2029.
3. Ban Thường vụ Hội Nông dân xã báo cáo Hội Nông dân huyện trước ngày 25/11/2029.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Văn Hai
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("sub_units"), embedder, {"CV45.txt": LETTER, "KH12.md": PLAN}
    )


@pytest.mark.parametrize(
    ("question", "right", "wrong"),
    [
        # the issuer asked: its own clause, not the one it gives its units
        ("Đoàn Thanh niên xã phải báo cáo kết quả trước ngày nào?", "28/11/2029", "20/11"),
        ("Hội Nông dân xã phải báo cáo kết quả trước ngày nào?", "25/11/2029", "15/11"),
        # the unit asked: its clause, not the issuer's
        ("Các chi đoàn báo cáo kết quả trước ngày nào?", "20/11/2029", "28/11"),
        ("Chi hội nông dân báo cáo kết quả khi nào?", "15/11/2029", "25/11"),
    ],
)
def test_a_unit_below_the_commune_is_a_body_of_its_own(assistant, question, right, wrong):
    answer = assistant.ask(question)
    line = first_line(answer)
    assert right in line and wrong not in line, answer.text
