"""A "when" question for an act that no clause of the body's document writes is told so (issue 11, part 5:
"When that clause has no such fact, say so ... instead of another clause's fact"). Real index over an
official letter written here.

- "Ban Tuyên giáo phải báo cáo ... trước ngày nào?" where the letter only gives it a date to submit a
  draft ("trình ... trước ngày 20/8"): the first line says the letter sets no time for that act, and
  the 20/8 date is not printed as its deadline;
- the act the letter does date is answered with its date;
- a helping verb ("giúp tổ chức ...") asks about the act helped: the date of that act is given, not a
  claim that none is set.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

LETTER = """ĐẢNG BỘ TỈNH TÂY SƠN
ĐẢNG ỦY XÃ HÒA BÌNH
Số 41-CV/ĐU
V/v triển khai Chỉ thị số 12-CT/TU
Hòa Bình, ngày 05 tháng 8 năm 2026

Kính gửi:
- Ban Tuyên giáo Đảng ủy;
- Đoàn Thanh niên xã.

Thực hiện Chỉ thị số 12-CT/TU ngày 20/7/2026 của Ban Thường vụ Tỉnh ủy về phát triển văn hóa đọc,
Thường trực Đảng ủy có ý kiến như sau:

1. Giao Ban Tuyên giáo Đảng ủy chủ trì soạn thảo đề cương tuyên truyền Chỉ thị số 12-CT/TU;
trình Thường trực Đảng ủy trước ngày 20/8/2026.

2. Giao Đoàn Thanh niên xã tổ chức Ngày hội đọc sách cho thiếu nhi tại Nhà văn hóa xã,
hoàn thành trước ngày 15/9/2026.

Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Lê Văn Tâm
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("unwritten_action"), embedder, {"CV41.txt": LETTER})


def test_an_act_no_clause_writes_is_said_to_have_no_time(assistant):
    answer = assistant.ask("Ban Tuyên giáo Đảng ủy phải báo cáo Tỉnh ủy kết quả tuyên truyền trước ngày nào?")
    first = answer.text.split("\n", 1)[0]
    assert answer.fact_absent, answer.text
    assert "không nêu thời hạn" in first, answer.text
    assert "20/8/2026" not in first, answer.text


def test_the_act_the_letter_dates_is_answered(assistant):
    answer = assistant.ask("Ban Tuyên giáo Đảng ủy phải trình đề cương tuyên truyền trước ngày nào?")
    assert not answer.abstained and not answer.fact_absent, answer.text
    assert "20/8/2026" in answer.text.split("\n", 1)[0], answer.text


def test_a_helping_verb_asks_about_the_act_helped(assistant):
    answer = assistant.ask("Đoàn Thanh niên xã phải giúp tổ chức Ngày hội đọc sách xong trước ngày nào?")
    assert not answer.abstained and not answer.fact_absent, answer.text
    assert "15/9/2026" in answer.text, answer.text
