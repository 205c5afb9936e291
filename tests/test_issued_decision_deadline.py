""""Phải ra quyết định" asks the time of deciding (library6 l6-party-04: "... sau khi chi bộ họp đề nghị công
nhận đảng viên chính thức thì cấp trên phải ra quyết định chậm nhất trong bao lâu?" -> the chi bộ's 05
days to send its file, the first step after the meeting, instead of the 15 days in which the superior
body must decide: the tagger read "quyết_định" as a noun after "ra", so no act was asked). Real index over
a guide of steps (DOCX and TXT by the fixture's param), asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

GUIDE = [
    "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ",
    "Số 31/HD-UBND",
    "Mường Tè, ngày 05 tháng 7 năm 2032",
    "HƯỚNG DẪN",
    "Quy trình xét công nhận hộ gia đình văn hóa tiêu biểu năm 2032",
    "1. Bình xét ở thôn, bản",
    "Trưởng thôn tổ chức họp dân bình xét hộ gia đình văn hóa tiêu biểu, lập biên bản họp.",
    "Biên bản họp thôn: Trong vòng 07 ngày làm việc kể từ khi thôn họp bình xét hộ gia đình văn hóa tiêu biểu"
    " phải gửi hồ sơ đề nghị lên cấp trên trực tiếp.",
    "2. Xét duyệt ở xã",
    "Trong vòng 20 ngày làm việc kể từ ngày thôn họp bình xét, Chủ tịch Ủy ban nhân dân xã phải xem xét,"
    " quyết định công nhận hộ gia đình văn hóa tiêu biểu.",
    "3. Khen thưởng",
    "Hộ được công nhận được tặng Giấy khen kèm theo tiền thưởng theo quy định.",
    "CHỦ TỊCH",
    "Giàng A Tủa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD31", GUIDE)


def test_the_decision_asked_is_timed_by_its_own_clause(assistant):
    answer = assistant.ask(
        "Sau khi thôn họp bình xét hộ gia đình văn hóa tiêu biểu thì cấp trên phải ra quyết định chậm nhất"
        " trong bao lâu?"
    )
    first = answer.text.splitlines()[0]
    assert "07 ngày" not in first, answer.text
    assert "20 ngày làm việc" in first, answer.text


def test_the_file_sent_keeps_its_own_time(assistant):
    answer = assistant.ask("Sau khi thôn họp bình xét thì phải gửi hồ sơ đề nghị lên xã trong bao lâu?")
    first = answer.text.splitlines()[0]
    assert "07 ngày làm việc" in first, answer.text
