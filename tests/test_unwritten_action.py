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


def test_an_english_deadline_for_a_body_names_its_actor(assistant):
    # "the deadline for X to do Y": X is the actor; a body the letter never names gets no other body's date
    answer = assistant.ask("What is the deadline for the Women's Union to organise the reading festival?")
    assert answer.abstained, answer.text
    answer = assistant.ask("What is the deadline for the Youth Union to organise the reading festival?")
    assert not answer.abstained, answer.text
    assert "15/9/2026" in answer.text, answer.text


# A body's act asked in other words than its clause writes ("gửi kế hoạch ... lên" for "lập phương án ...,
# trình ...", beside an undated act of the same clause), and a dated step of a procedure list that is no
# duty clause: neither is "no time set".
NOTICE = """ĐẢNG BỘ HUYỆN MỸ XUYÊN
ĐẢNG ỦY XÃ TÂN HỘI
Số: 22-TB/ĐU
Tân Hội, ngày 02 tháng 3 năm 2031

THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Đảng ủy về phòng, chống hạn mặn mùa khô 2031

1. Ủy ban nhân dân xã có trách nhiệm lập phương án nạo vét kênh mương chi tiết đến từng thôn, \
trình Ban Thường vụ Đảng ủy cho ý kiến chậm nhất ngày 20/3/2031; chỉ đạo công chức địa chính kiểm tra \
mực nước tại các cống mỗi tuần một lần.
2. Đoàn Thanh niên xã thành lập 3 đội thanh niên tình nguyện giúp dân gia cố bờ bao.
3. Hội Cựu chiến binh xã hoàn chỉnh dự thảo báo cáo tổng kết, gửi Ban Tuyên giáo Đảng ủy thẩm định \
trước ngày 25/3/2031.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Thạch Văn Sang
"""

GUIDE = """HỘI LIÊN HIỆP PHỤ NỮ HUYỆN MỸ XUYÊN
HỘI LIÊN HIỆP PHỤ NỮ XÃ NGỌC ĐÔNG
Số: 09/HD-HPN
Ngọc Đông, ngày 06 tháng 3 năm 2031

HƯỚNG DẪN
Xét chọn hộ hội viên nhận heo giống

1. Chi hội Phụ nữ các ấp chịu trách nhiệm theo dõi, giúp hộ nhận heo giống chăm sóc đúng \
kỹ thuật.
2. Các bước xét chọn
- Chi hội họp bình xét công khai, có đại diện Ban nhân dân ấp dự.
- Chi hội gửi biên bản và đơn của hộ về Văn phòng Hội xã chậm nhất ngày 28/3/2031.
- Ban Thường vụ Hội xã công bố danh sách hộ được hỗ trợ trước ngày 05/4/2031.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lâm Thị Bích
"""


@pytest.fixture(scope="module")
def paraphrased(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("paraphrased_act"), embedder, {"TB22.txt": NOTICE, "HD09.txt": GUIDE}
    )


@pytest.mark.parametrize(
    "question",
    [
        # the clause's dated act ("lập phương án ..., trình ...") in other words
        "UBND xã Tân Hội phải gửi kế hoạch nạo vét kênh cụ thể cho từng thôn lên Ban Thường vụ Đảng ủy muộn"
        " nhất là ngày nào?",
        # the body's own dated clause, its verb paraphrased ("hoàn thiện" for "hoàn chỉnh")
        "Hội Cựu chiến binh xã Tân Hội phải hoàn thiện bản dự thảo báo cáo tổng kết chậm nhất ngày nào?",
        # a dated step of the procedure list, the body's undated duty named in full elsewhere
        "Chi hội Phụ nữ ấp phải nộp biên bản bình xét và đơn của hộ về Hội xã muộn nhất ngày nào?",
    ],
)
def test_a_dated_act_in_other_words_is_not_said_to_have_no_time(paraphrased, question):
    answer = paraphrased.ask(question)
    assert not answer.fact_absent, answer.text
    assert "không nêu thời hạn" not in answer.text.split("\n", 1)[0], answer.text
