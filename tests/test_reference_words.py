"""The words describing a document the question names by number ("Nghị quyết 45/2026/NQ-HĐND của tỉnh
Hà Giang về mức hỗ trợ ... có hiệu lực ngày nào?") say which document, not which of its passages (issue
11, part 5: the provision that answers first). Real index over a resolution written here: its article on
entry into force has the date in item 1 and, in item 2, the repealed resolution's title, which repeats
the question's describing words without the date.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH HÀ GIANG
Số: 45/2026/NQ-HĐND
Hà Giang, ngày 20 tháng 02 năm 2026

NGHỊ QUYẾT
Quy định mức hỗ trợ hằng tháng đối với cán bộ Mặt trận Tổ quốc ở thôn, tổ dân phố

Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức hỗ trợ hằng tháng đối với Trưởng ban công tác Mặt trận ở thôn, tổ dân phố.

Điều 2. Mức hỗ trợ
Trưởng ban công tác Mặt trận ở thôn, tổ dân phố được hỗ trợ 0,5 lần mức lương cơ sở mỗi tháng.

Điều 3. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 3 năm 2026.
2. Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh Hà Giang quy định mức hỗ trợ hằng tháng đối với cán bộ Mặt trận Tổ quốc ở thôn, tổ dân phố hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.

CHỦ TỊCH
Hoàng Văn Minh
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("reference_words"), embedder, {"NQ45.txt": RESOLUTION})


@pytest.mark.parametrize(
    "question",
    [
        "Nghị quyết 45/2026/NQ-HĐND của tỉnh Hà Giang về mức hỗ trợ cán bộ Mặt trận ở thôn "
        "có hiệu lực ngày nào?",
        "Nghị quyết số 45/2026/NQ-HĐND về hỗ trợ hằng tháng cho cán bộ Mặt trận thôn "
        "có hiệu lực từ ngày nào?",
    ],
)
def test_the_dated_provision_is_quoted_first(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "01 tháng 3 năm 2026" in answer.citations[0].quote, answer.text
