"""Of a list of values each written for its own case ("sau 3 tháng (đối với kỷ luật nhắc nhở), 8 tháng
(đối với kỷ luật phê bình), ..."), the first line gives the member whose case the question names (issue
11; library5 dev l5-party-23), read from a DOCX and a TXT document written here.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

RULES = [
    "HỘI NGƯỜI CAO TUỔI TỈNH AN PHÚ",
    "Số 07-QĐ/HNCT",
    "QUY ĐỊNH",
    "Về khen thưởng hội viên",
    "Điều 5. Trường hợp chưa xét khen thưởng",
    "a) Hội viên không tham gia sinh hoạt chi hội thì chưa được xét khen thưởng trong năm.",
    "b) Tại thời điểm xét khen thưởng, hội viên đang bị kỷ luật thì chưa được xét; sau 3 tháng (đối với kỷ "
    "luật nhắc nhở), 8 tháng (đối với kỷ luật phê bình), 2 năm (đối với kỷ luật khai trừ), nếu sửa "
    "chữa tốt khuyết điểm, được chi hội công nhận sẽ được xét khen thưởng.",
]

GUIDE = """SỞ NÔNG NGHIỆP TỈNH AN PHÚ
Số 14/HD-SNN
HƯỚNG DẪN
Về hỗ trợ giống cây trồng

1. Hộ bị thiệt hại do thiên tai được hỗ trợ giống trong thời hạn 15 ngày (đối với lúa), 25 ngày (đối với \\
rau màu), 40 ngày (đối với cây ăn quả) kể từ ngày có xác nhận của Ủy ban nhân dân xã.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("case_members"), embedder, {"QD07.docx": RULES, "HD14.txt": GUIDE}
    )


def test_the_member_of_the_case_asked_is_the_first_line(assistant):
    answer = assistant.ask(
        "Hội viên bị kỷ luật bằng hình thức phê bình thì có được xét khen thưởng không, phải chờ bao lâu?"
    )
    first = answer.text.split("\n", 1)[0]
    assert "8 tháng" in first, answer.text
    assert "3 tháng" not in first and "2 năm" not in first, answer.text


def test_the_member_of_the_crop_asked_is_the_first_line(assistant):
    answer = assistant.ask(
        "Hộ trồng rau màu bị thiệt hại do thiên tai được hỗ trợ giống trong bao nhiêu ngày?"
    )
    first = answer.text.split("\n", 1)[0]
    assert "25 ngày" in first, answer.text
    assert "15 ngày" not in first and "40 ngày" not in first, answer.text
