"""Whose congress a question asks about (trial 27 p25, p26): a letter on the Front's provincial congress
prices its banners; "... cho Đại hội Đoàn tỉnh" asks the Youth Union's congress ("Đoàn tỉnh" names the
Youth Union's provincial committee), whose banners no document prices. A Front plan on another matter
names the Front's committee with a deadline of its own; a question on the Front's congress is not
answered by it: the congress must be named where the body is. Real index, through ``Assistant``."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

LETTER = """TỈNH ỦY TÂN PHONG                      ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
Số 52-CV/BTGTU                         Tân Phong, ngày 10 tháng 8 năm 2031
V/v tuyên truyền Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ XVII

Kính gửi: Ban Tuyên giáo các huyện ủy.

Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ XVII diễn ra ngày 24 và 25/9/2031, Ban Tuyên giáo
Tỉnh ủy đề nghị thực hiện tốt các nội dung sau:

1. Ban Tuyên giáo các huyện ủy báo cáo kết quả tuyên truyền về Ban Tuyên giáo Tỉnh ủy trước ngày 05/10/2031.

2. Kinh phí in, treo 1.200 băng rôn cấp tỉnh là 240 triệu đồng, do Văn phòng Tỉnh ủy bảo đảm.

T/L BAN THƯỜNG VỤ
TRƯỞNG BAN
Nguyễn Văn Định
"""

PLAN = [
    "ỦY BAN MTTQ VIỆT NAM TỈNH TÂN PHONG",
    "Số: 31-KH/MTTQ-BTT",
    "Tân Phong, ngày 09 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Vận động Quỹ Vì người nghèo năm 2031",
    "1. Ban Thường trực Ủy ban MTTQ tỉnh tổng hợp kết quả vận động, báo cáo Thường trực Tỉnh ủy trước ngày "
    "20/12/2031.",
    "2. Ủy ban MTTQ các huyện vận động các doanh nghiệp ủng hộ Quỹ.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lò Văn Sơn",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    files = {"CV52-BTGTU.txt": LETTER, "KH31-MTTQ.docx": PLAN}
    return assistant_over(tmp_path_factory.mktemp("congress_owners"), embedder, files)


def test_the_front_congress_s_banners_are_priced(assistant):
    answer = assistant.ask("Kinh phí in băng rôn tuyên truyền Đại hội Mặt trận tỉnh là bao nhiêu?")
    assert "240 triệu đồng" in answer.text, answer.text


def test_another_body_s_congress_is_not_priced_by_the_front_s(assistant):
    answer = assistant.ask("Kinh phí in băng rôn cho Đại hội Đoàn tỉnh là bao nhiêu?")
    assert answer.abstained, answer.text


def test_a_plan_on_another_matter_does_not_answer_for_the_body_s_congress(assistant):
    # the Front's committee has a deadline in its plan on the fund, none on its congress
    answer = assistant.ask(
        "Ban Thường trực Ủy ban MTTQ tỉnh phải báo cáo việc chuẩn bị Đại hội Mặt trận tỉnh trước ngày nào?"
    )
    assert "20/12/2031" not in answer.text.split("\n")[0], answer.text
