"""Duties whose deadline the first line must give, in layouts a newcomer trial found misread (issue 11, part
5 and 6: a headline fact from the clause that governs the action and the body asked about; duties of any
body from the clause grammar). Real index over three documents written here, asked through ``Assistant``;
obligations read through ``extract_obligations``.

- one clause writing several tasks, each with its own time ("gửi kế hoạch trước ngày 05/5/2027; báo cáo
  6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10/11 hằng năm"): each task is asked its own time;
- "Đề nghị X gửi báo cáo ... trước ngày ..." in a notice's numbered items is X's duty with that time (the
  first line said the notice set none), and an hour before the day is part of a time limit;
- a letter "đề nghị các đơn vị thực hiện một số nội dung sau:" asks its "Kính gửi" addressees: their
  report date is the letter's, not another document's date for another body; "Các đơn vị đăng ký" is
  units registering, not party units ("đảng").
"""

from __future__ import annotations

import pytest

from assistant.loaders import load_file
from assistant.obligations.extract import extract_obligations
from assistant.parse import parse
from tests.conftest import assistant_over

PLAN = """HỘI LHPN HUYỆN TÂN CHÂU
Số: 33/KH-HPN
KẾ HOẠCH
Thực hiện phong trào "Phụ nữ tiết kiệm" năm 2028
Tân Châu, ngày 10 tháng 3 năm 2028

I. NHIỆM VỤ
1. Vận động hội viên tham gia tổ tiết kiệm, mỗi chi hội ít nhất 01 tổ.

II. TỔ CHỨC THỰC HIỆN
1. Ban Kinh tế Hội LHPN huyện hướng dẫn, theo dõi việc thực hiện.
2. Hội LHPN các xã, thị trấn xây dựng kế hoạch cụ thể, gửi về Hội LHPN huyện trước ngày 02/4/2028; báo cáo kết
quả 6 tháng trước ngày 12/6 và báo cáo năm trước ngày 12/11 hằng năm.
"""

NOTICE = """ỦY BAN MTTQ VIỆT NAM XÃ AN HÒA
BAN THƯỜNG TRỰC
Số: 21/TB-MTTQ
THÔNG BÁO
Về việc tổ chức Hội nghị Ủy ban MTTQ xã quý III năm 2028
An Hòa, ngày 01 tháng 9 năm 2028

1. Thời gian: 08 giờ 00 ngày 25/9/2028.
2. Địa điểm: Hội trường xã An Hòa.
3. Nội dung: Đánh giá kết quả công tác Mặt trận 9 tháng, triển khai nhiệm vụ quý IV.
4. Đề nghị Ban công tác Mặt trận các ấp gửi báo cáo kết quả 9 tháng về Ban Thường trực Ủy ban MTTQ xã
trước ngày 20/9/2028.
5. Đề nghị các vị Ủy viên xác nhận tham dự với Văn phòng Mặt trận xã trước 15 giờ 00 ngày 23/9/2028.
"""

LETTER = """BCH ĐOÀN HUYỆN TÂN CHÂU
Số: 140-CV/HĐTN
V/v tổ chức "Ngày thứ Bảy tình nguyện" năm 2028
Tân Châu, ngày 02 tháng 6 năm 2028

Kính gửi:
- Ban Thường vụ Đoàn các xã, thị trấn;
- Các chi đoàn, đoàn cơ sở trực thuộc.

Thực hiện chương trình công tác năm 2028, Ban Thường vụ Huyện đoàn đề nghị các đơn vị thực hiện một số nội
dung sau:

1. Tổ chức "Ngày thứ Bảy tình nguyện" mỗi tháng một lần, từ tháng 6 đến tháng 11/2028.

2. Các đơn vị đăng ký công trình thanh niên về Văn phòng Huyện đoàn trước ngày 20/6/2028.

3. Báo cáo kết quả thực hiện về Ban Thường vụ Huyện đoàn trước ngày 30/11/2028.

TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN
BÍ THƯ
Lâm Quốc Hưng
"""


TRAINING = """HỘI NÔNG DÂN HUYỆN TÂN CHÂU
Số: 51-KH/HND
KẾ HOẠCH
Tập huấn kỹ thuật canh tác hữu cơ năm 2028
Tân Châu, ngày 05 tháng 5 năm 2028

1. Tập huấn kỹ thuật ủ phân hữu cơ cho chi hội trưởng - Đợt 1 (05 xã phía Đông): tháng 7/2028.

2. Tập huấn kỹ thuật ủ phân hữu cơ cho chi hội trưởng - Đợt 2 (06 xã phía Tây): tháng 10/2028.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("dated_requests"),
        embedder,
        {"KH33.txt": PLAN, "TB21.txt": NOTICE, "CV140.txt": LETTER},
    )


@pytest.fixture(scope="module")
def trainings(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("dated_rounds"), embedder, {"KH51.txt": TRAINING, "KH33.txt": PLAN}
    )


def _first(answer) -> str:
    return answer.text.split("\n", 1)[0]


def test_each_task_of_a_clause_is_asked_its_own_time(assistant):
    answer = assistant.ask("Hội LHPN các xã phải gửi báo cáo kết quả 6 tháng trước ngày nào?")
    assert "12/6" in _first(answer) and "02/4" not in _first(answer), answer.text
    answer = assistant.ask("Hội LHPN các xã phải gửi báo cáo năm trước ngày nào?")
    assert "12/11" in _first(answer) and "02/4" not in _first(answer), answer.text


def test_a_request_in_a_notice_is_a_dated_duty(assistant):
    answer = assistant.ask("Ban công tác Mặt trận các ấp phải nộp báo cáo 9 tháng trước ngày nào?")
    assert not answer.fact_absent and not answer.abstained, answer.text
    assert "20/9/2028" in _first(answer), answer.text


def test_an_hour_before_the_day_is_part_of_the_time_limit(assistant):
    answer = assistant.ask("Các vị Ủy viên phải xác nhận tham dự hội nghị trước khi nào?")
    assert not answer.fact_absent and not answer.abstained, answer.text
    assert "23/9/2028" in _first(answer), answer.text


def test_a_letter_asks_its_addressees(assistant):
    answer = assistant.ask("Đoàn cơ sở phải gửi báo cáo kết quả về Huyện đoàn trước ngày nào?")
    first = _first(answer)
    assert "30/11/2028" in first, answer.text
    assert "12/11" not in first and "12/6" not in first, answer.text


def test_units_registering_are_not_party_units(tmp_path):
    f = tmp_path / "CV140.txt"
    f.write_text(LETTER, encoding="utf-8")
    rows = extract_obligations(parse(load_file(f), f.name))
    bodies = {b for r in rows for b in (*r.lead, *r.responsible)}
    assert not any(b.lower().startswith("các đơn vị đăng") for b in bodies), bodies
    report = [r for r in rows if "30/11/2028" in r.text]
    assert report and "Ban Thường vụ Đoàn các xã, thị trấn" in report[0].responsible, report


def test_an_event_day_is_the_notice_time_line(assistant):
    # "tổ chức ngày nào?": the "Thời gian:" line, not the place line sharing the question's place words,
    # nor a report's deadline
    answer = assistant.ask("Hội nghị Ủy ban MTTQ xã An Hòa quý III tổ chức ngày nào?")
    quotes = [line for line in answer.text.split("\n") if line.startswith("- ")]
    assert quotes and "25/9/2028" in quotes[0], answer.text


def test_time_and_place_asked_together_are_both_quoted(assistant):
    answer = assistant.ask("Hội nghị Ủy ban MTTQ xã An Hòa quý III bắt đầu mấy giờ, ngày nào, họp ở đâu?")
    assert "25/9/2028" in answer.text and "Hội trường xã An Hòa" in answer.text, answer.text


def test_another_event_of_the_document_is_not_the_time_asked(assistant):
    # the notice dates a conference ("Hội nghị"), never a congress ("đại hội")
    answer = assistant.ask("Ủy ban MTTQ xã An Hòa tổ chức đại hội nhiệm kỳ mới vào thời gian nào?")
    assert answer.abstained, answer.text


def test_a_round_numbered_before_a_bracket_is_that_round(trainings):
    # "Đợt 2 (06 xã ...)": the digit before a bracketed count is the round, not "đợt năm 2025"
    answer = trainings.ask("Lớp tập huấn ủ phân hữu cơ cho chi hội trưởng đợt hai diễn ra lúc nào?")
    quotes = [line for line in answer.text.split("\n") if line.startswith("- ")]
    assert quotes and "Đợt 2" in quotes[0] and "10/2028" in quotes[0], answer.text
