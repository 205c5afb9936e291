"""The amount check reads the unit and the matter a question asks, on documents written here (Word and
text), indexed for real and asked through ``Assistant``:

- a counted noun is not joined to the first syllable of the word after it ("bao nhiêu suất | học bổng":
  the document counts "80 suất"), while a unit the document never counts still abstains;
- an English plural after a qualifier is what is counted ("How many new houses ...?" -> "nhà", not
  "mới"), while a noun the document never counts still abstains;
- the part of a question after its amount that asks who ("..., cơ quan nào lo?") is no matter the sum is
  for (the plan's subject line names the matter, its sentence only the sum), while a sum asked for another
  matter still abstains.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "HUYỆN ĐÔNG HẢI",
    "Số: 19-KH/MTTQ",
    "Đông Hải, ngày 10 tháng 3 năm 2035",
    "KẾ HOẠCH",
    "Về đẩy mạnh chuyển đổi số và an sinh xã hội năm 2035",
    "1. Mức học bổng 3.000.000 đồng mỗi năm học; năm học 2035 - 2036 trao 80 suất cho học sinh trung học "
    "cơ sở vượt khó.",
    "2. Trong năm 2035, xây mới 40 căn nhà Đại đoàn kết cho hộ nghèo trên địa bàn huyện.",
    "3. Ủy ban nhân dân huyện bố trí kinh phí thực hiện năm 2035 không thấp hơn 12 tỷ đồng.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Văn Hòa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH19_MTTQ_an_sinh", PLAN)


def test_counted_noun_apart_from_the_next_word(assistant):
    answer = assistant.ask("Năm học 2035 - 2036 có bao nhiêu suất học bổng cho học sinh trung học cơ sở?")
    assert not answer.abstained
    assert "80 suất" in answer.text
    # a unit the document never counts
    near = assistant.ask("Năm học 2035 - 2036 có bao nhiêu hộ gia đình được nhận học bổng?")
    assert near.abstained


def test_english_plural_after_a_qualifier(assistant):
    answer = assistant.ask("How many new houses will be built in 2035?")
    assert not answer.abstained
    assert "40 căn nhà" in answer.text
    near = assistant.ask("How many new schools will be built in 2035?")
    assert near.abstained


def test_sum_part_without_the_who_part(assistant):
    answer = assistant.ask("Năm 2035 phải bố trí tối thiểu bao nhiêu tiền cho chuyển đổi số, cơ quan nào lo?")
    assert not answer.abstained
    assert "12 tỷ đồng" in answer.text
    near = assistant.ask("Năm 2035 phải bố trí bao nhiêu tiền cho sửa chữa nhà văn hóa, cơ quan nào lo?")
    assert near.abstained, near.text
