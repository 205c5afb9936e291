"""A day asked, a time counted from an event given (library4 l4-mttq-26): "... phải xong muộn nhất ngày nào?"
answered "Thời hạn: Chậm nhất là 21 ngày trước ngày bầu cử" from a law. A question asking a day ("ngày
nào") is not answered by a line writing no day, only an offset from an event: no first line (the quotes
still show the rule). Asked "khi nào", the rule is the answer. Real index over one guide written here
(.docx and .txt, a module fixture's param), through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

GUIDE = [
    "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH",
    "Số: 07-HD/HND",
    "HƯỚNG DẪN",
    "Tổ chức đại hội Hội Nông dân cấp cơ sở nhiệm kỳ 2028 - 2033",
    "I. CÔNG TÁC CHUẨN BỊ",
    "1. Chậm nhất là 15 ngày trước ngày đại hội, Ban Chấp hành cơ sở hội gửi dự thảo báo cáo chính trị "
    "đến Ban Thường vụ Hội Nông dân cấp trên trực tiếp để cho ý kiến.",
    "2. Ban Chấp hành cơ sở hội lập danh sách đại biểu chính thức, đại biểu dự khuyết dự đại hội.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Ban Tổ chức Hội Nông dân tỉnh theo dõi, hướng dẫn các cơ sở hội thực hiện.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD-07-HND", GUIDE)


@pytest.mark.parametrize(
    "question",
    [
        "Ban Chấp hành cơ sở hội phải gửi dự thảo báo cáo chính trị lên cấp trên chậm nhất ngày nào?",
        "Hạn cuối để cơ sở hội gửi dự thảo báo cáo chính trị cho Ban Thường vụ cấp trên là ngày nào?",
    ],
)
def test_a_day_asked_is_not_answered_by_an_offset(guide, question):
    answer = guide.ask(question)
    assert not answer.text.startswith("Thời hạn"), answer.text
    assert "15 ngày trước ngày đại hội" in answer.text, answer.text  # the rule is still quoted


def test_when_asked_the_offset_is_the_first_line(guide):
    answer = guide.ask("Ban Chấp hành cơ sở hội phải gửi dự thảo báo cáo chính trị lên cấp trên khi nào?")
    assert answer.text.startswith("Thời hạn"), answer.text
    assert "15 ngày trước ngày đại hội" in answer.text.splitlines()[0], answer.text
