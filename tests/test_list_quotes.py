"""A list asked for is quoted once, with its lead-in, and the preamble is not quoted beside it (issue 11,
part 5: "a condition list 'a) ... d)' is quoted whole", "never a generic intro sentence unless asked").
Real index over a guide written here whose items are sections of their own, as the parser reads them.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

GUIDE = """HỘI CỰU CHIẾN BINH HUYỆN LONG MỸ
Số: 14/HD-CCB
HƯỚNG DẪN
Xét công nhận "Chi hội Cựu chiến binh gương mẫu" năm 2028
Long Mỹ, ngày 12 tháng 2 năm 2028

Thực hiện Chương trình công tác năm 2028, Ban Thường vụ Hội Cựu chiến binh huyện hướng dẫn việc xét công nhận
"Chi hội Cựu chiến binh gương mẫu" năm 2028 như sau:

1. Phạm vi
Áp dụng với chi hội có từ 10 hội viên trở lên.

2. Hồ sơ đề nghị
Hồ sơ đề nghị công nhận (01 bộ) gồm:

a) Tờ trình của Hội Cựu chiến binh xã;

b) Báo cáo thành tích của chi hội có xác nhận của Đảng ủy xã;

c) Biên bản họp chi hội bình xét.

3. Khen thưởng
Mỗi chi hội được công nhận được tặng Giấy khen kèm theo tiền thưởng 1.500.000 đồng.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("list_quotes"), embedder, {"HD14.txt": GUIDE})


def test_the_list_is_quoted_once_with_its_lead_in_and_no_preamble(assistant):
    question = 'Muốn đề nghị công nhận "Chi hội Cựu chiến binh gương mẫu" cần chuẩn bị giấy tờ gì?'
    answer = assistant.ask(question)
    quotes = [line for line in answer.text.split("\n") if line.startswith("- ")]
    assert quotes, answer.text
    assert sum("Tờ trình" in q for q in quotes) == 1, answer.text
    listed = next(q for q in quotes if "Tờ trình" in q)
    assert "gồm" in listed and "Biên bản họp" in listed, answer.text
    assert not any("như sau" in q for q in quotes), answer.text
