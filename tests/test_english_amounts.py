"""English amount questions whose unit is a verb of money, not a noun (issue 11, part 1: English
questions; trial 12 Q28): "How much can a cooperative borrow at most?" asks for a sum in đồng; the modal
after "how much" is no unit. Real index over a guidance written here, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over

GUIDANCE = """HỘI NÔNG DÂN TỈNH BẮC HÀ
Số 09-HD/HND
HƯỚNG DẪN
Cho vay vốn Quỹ Hỗ trợ nông dân năm 2027
Bắc Hà, ngày 10 tháng 2 năm 2027

1. Đối tượng vay vốn
Hộ hội viên nông dân, tổ hợp tác và hợp tác xã có phương án sản xuất, kinh doanh khả thi.

2. Mức vay và thời hạn vay
Mức cho vay tối đa 70 triệu đồng/hộ; đối với tổ hợp tác, hợp tác xã tối đa 250 triệu đồng/dự án.
Thời hạn cho vay tối đa 24 tháng.

3. Trình tự xét duyệt
Bước 1: Hộ vay lập hồ sơ, nộp cho Hội Nông dân xã.
Bước 2: Hội Nông dân xã thẩm định hồ sơ trong thời hạn 05 ngày làm việc, gửi Ban Điều hành Quỹ tỉnh.
Bước 3: Ban Điều hành Quỹ tỉnh thẩm định thực tế, trình Ban Thường vụ Hội Nông dân tỉnh phê duyệt.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("english_amounts"), embedder, {"HD09.txt": GUIDANCE})


def test_a_modal_after_how_much_is_no_unit():
    assert analyze("How much can a cooperative borrow at most from the fund?").amount_unit == ["tien"]
    # the unit as documents write it: delegates (đại biểu) are people, counted with any noun for people
    assert analyze("How many delegates can attend the conference?").amount_unit == ["nguoi"]


def test_how_much_a_cooperative_can_borrow_quotes_the_sum(assistant):
    answer = assistant.ask("How much can a cooperative group borrow at most from the Farmers' Support Fund?")
    assert not answer.abstained, answer.text
    quotes = [line for line in answer.text.split("\n") if line.startswith("- ")]
    assert quotes and "250 triệu đồng" in quotes[0], answer.text


def test_how_much_money_asks_a_sum():
    assert analyze("How much money does the first prize of the contest carry?").amount_unit == ["tien"]


def test_by_what_date_asks_a_time_limit():
    assert analyze("By what date must the Farmers' Union send its report?").intent == "deadline"
