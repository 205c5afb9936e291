"""A deadline written as a duration or as a yearly date without a year is put on the first line, and a
dated clause for the asked act is never denied (issue 11; library5 dev l5-party-01, l5-party-27, l5-rw-02,
l5-rw-30). Real index over documents written here (TXT and DOCX).

- "... phải gửi ... trong bao nhiêu ngày / trong vòng bao lâu?" asks the time limit of the clause "Trong thời
  hạn N ngày làm việc kể từ ..., X phải gửi ...": its first line states N days;
- "... nộp ... cho TT Đảng ủy hạn cuối là bao giờ?" (typed without accents, the recipient by its initials)
  of a clause "...; trình Thường trực Đảng ủy trước ngày D": the date D is stated, never "Văn bản không nêu
  thời hạn";
- "... gửi báo cáo định kỳ hằng năm chậm nhất vào ngày nào?" of a line going on after ";" from its subject
  ("Các sở, ban, ngành ...;\\nđịnh kỳ hằng năm (trước ngày 10/12 ...) báo cáo ..."): the yearly date.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

RULES = """BAN CHẤP HÀNH TRUNG ƯƠNG HỘI KHUYẾN HỌC
Số 12-HD/KH
HƯỚNG DẪN
Về tổ chức hội nghị ban chấp hành chi hội khuyến học

1. Về chuẩn bị hội nghị
Chi hội khuyến học lập danh sách hội viên dự hội nghị và gửi thông báo mời trước 05 ngày.

2. Về báo cáo sau hội nghị
2.1. Trong thời hạn 10 ngày làm việc kể từ ngày kết thúc hội nghị, ban chấp hành chi hội mới phải gửi \
biên bản hội nghị lên ban chấp hành hội khuyến học cấp trên trực tiếp.
2.2. Trong thời hạn 20 ngày làm việc kể từ ngày nhận được biên bản của chi hội, ban chấp hành cấp trên \
trực tiếp công nhận ban chấp hành chi hội mới.
"""

LETTER = [
    "ĐẢNG BỘ HUYỆN SƠN TÂY",
    "ĐẢNG ỦY XÃ BÌNH LỘC",
    "Số 55-CV/ĐU",
    "V/v triển khai Nghị quyết số 08-NQ/HU về phát triển du lịch cộng đồng",
    "Bình Lộc, ngày 02 tháng 9 năm 2027",
    "Kính gửi: Hội Cựu chiến binh xã; Đoàn Thanh niên xã.",
    "1. Giao Đoàn Thanh niên xã tổ chức ngày hội quảng bá sản phẩm du lịch cộng đồng tại Nhà văn hóa xã.",
    "2. Giao Hội Cựu chiến binh xã tham mưu Ban Thường vụ Đảng ủy xây dựng kế hoạch phát triển du lịch "
    "cộng đồng, bảo đảm phù hợp với tình hình thực tế của địa phương; trình Thường trực Đảng ủy trước ngày "
    "20/9/2027.",
    "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Trần Văn Bình",
]

PROGRAM = """ỦY BAN NHÂN DÂN TỈNH LÂM HÀ
Số 210/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Chương trình hành động về phát triển thư viện cộng đồng

Chương trình hành động

I. MỤC TIÊU
Phát triển mạng lưới thư viện cộng đồng tại các thôn, bản.

II. NHIỆM VỤ
Sở Văn hóa chủ trì hướng dẫn xây dựng tủ sách thôn, bản.

III. TỔ CHỨC THỰC HIỆN

1. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố căn cứ nhiệm vụ được giao chủ động xây dựng \
kế hoạch thư viện cộng đồng;
định kỳ hằng năm (trước ngày 10/12 và đột xuất (khi có yêu cầu) báo cáo kết quả thực hiện về Sở Văn hóa \
để tổng hợp báo cáo chung.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("duration_deadlines"),
        embedder,
        {"HD12.txt": RULES, "CV55.docx": LETTER, "QD210.txt": PROGRAM},
    )


def _first(answer) -> str:
    return answer.text.split("\n", 1)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị kết thúc thì ban chấp hành chi hội mới phải gửi biên bản lên trên trong bao nhiêu ngày?",
        "Ban chấp hành chi hội mới phải gửi biên bản hội nghị lên cấp trên trong vòng bao lâu?",
    ],
)
def test_a_duration_limit_is_the_first_line(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    # the clause's time limit with the event it counts from, not a bare length
    assert "10 ngày làm việc kể từ ngày kết thúc hội nghị" in _first(answer), answer.text


def test_a_dated_clause_sent_to_the_asked_recipient_is_never_denied(assistant):
    answer = assistant.ask(
        "cong van 55 cua dang uy xa Binh Loc: hoi cuu chien binh xa phai nop ke hoach du lich cong dong "
        "cho TT dang uy han cuoi la bao gio?"
    )
    assert not answer.fact_absent, answer.text
    assert "không nêu thời hạn" not in answer.text, answer.text
    assert "20/9/2027" in _first(answer), answer.text


def test_a_yearly_date_on_a_continued_line_is_the_first_line(assistant):
    answer = assistant.ask(
        "Chương trình hành động về thư viện cộng đồng yêu cầu các sở, ngành gửi báo cáo định kỳ mỗi năm "
        "chậm nhất vào ngày nào?"
    )
    assert not answer.abstained, answer.text
    assert "10/12" in _first(answer), answer.text
