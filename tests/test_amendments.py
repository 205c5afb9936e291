"""A later document changing a time an earlier one set (trial 39 q06, p_q06b: the plan's superseded
"Trước ngày 10/10/2027" was the answer though a retrieved conclusion notice citing the plan "đồng ý lùi
thời hạn ... đến ngày 28/10/2027"), on documents written here in several formats and asked through
``Assistant.ask``:

- a plan's task table (DOCX) whose deadline a later notice (PDF, TXT) citing the plan by number moves or
  extends: the first line gives the new time, says it was changed and by which document, with the old
  time, and the amending sentence is quoted first; a question asking the moved time gets it;
- the plan's other rows keep their own times;
- a question asking a moved time ("được lùi đến ngày nào?") that no document moves gets no first line,
  not the old time;
- a notice (HTML) moving a task's time without citing the plan by number may be about another plan: no
  first line rather than the old time;
- a notice (HTML) citing the first notice and moving the same task again: the last time is given, changed
  from the one the first notice set;
- an event's day set by a plan (TXT) and moved by a later notice (DOCX) citing it: "Thời gian:" gives the
  new day, changed from the old one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pdf_lines

PLAN_OPENING = [
    "HỘI NÔNG DÂN HUYỆN LONG ĐIỀN",
    "BCH HỘI NÔNG DÂN XÃ PHÚ AN",
    "Số: 15-KH/HND",
    "Phú An, ngày 02 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức Hội thi nhà nông đua tài năm 2031",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao kiến thức sản xuất, kinh doanh cho hội viên nông dân trên địa bàn xã.",
    "II. PHÂN CÔNG THỰC HIỆN",
    "Phân công cụ thể như sau:",
]
PLAN_HEAD = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
PLAN_ROWS = [
    ["1", "Xây dựng thể lệ Hội thi gửi Ban Thường vụ Hội cho ý kiến", "Ban Kinh tế - Xã hội Hội",
     "Văn phòng Hội", "Trước ngày 15/4/2031"],
    ["2", "Lập danh sách thí sinh dự thi của các chi hội", "Các chi hội ấp", "Văn phòng Hội",
     "Trước ngày 20/5/2031"],
    ["3", "Chuẩn bị sân khấu, âm thanh cho Hội thi", "Văn phòng Hội", "Đoàn Thanh niên xã",
     "Xong trước ngày 10/6/2031"],
]
PLAN_CLOSING = [
    "III. TỔ CHỨC THỰC HIỆN",
    "Giao Văn phòng Hội theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
    "Nơi nhận:",
    "- Các chi hội ấp;",
    "- Lưu VP.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Tám",
]

# moves row 1, citing the plan in the sentence before (PDF)
NOTICE_MOVE = [
    "HỘI NÔNG DÂN XÃ PHÚ AN",
    "Số: 09-TB/HND",
    "Phú An, ngày 10 tháng 4 năm 2031",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ tại cuộc họp tháng 4 năm 2031",
    "Ngày 08/4/2031, Ban Thường vụ Hội Nông dân xã họp định kỳ, kết luận như sau:",
    "1. Văn phòng Hội đôn đốc các chi hội thu hội phí quý II, đạt 100% trước ngày 30/6/2031.",
    "2. Về Hội thi nhà nông đua tài: Ban Kinh tế - Xã hội Hội hoàn thiện thể lệ Hội thi theo Kế hoạch số "
    "15-KH/HND ngày 02/3/2031 của Ban Chấp hành Hội Nông dân xã. Do trùng lịch thu hoạch mùa vụ, Ban Thường "
    "vụ đồng ý lùi thời hạn gửi thể lệ Hội thi cho ý kiến đến ngày 05/5/2031.",
    "Nơi nhận:",
    "- Các chi hội ấp;",
    "- Lưu VP.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Tám",
]

# extends row 2, passive, citing the plan in the same sentence (TXT)
NOTICE_EXTEND = """HỘI NÔNG DÂN XÃ PHÚ AN

Số: 11-TB/HND

Phú An, ngày 18 tháng 5 năm 2031

THÔNG BÁO

Về việc gia hạn lập danh sách thí sinh Hội thi

Do nhiều hội viên đang thu hoạch lúa, thời hạn lập danh sách thí sinh dự thi của các chi hội theo Kế hoạch \
số 15-KH/HND được gia hạn đến hết ngày 31/5/2031.

Các chi hội ấp gửi danh sách về Văn phòng Hội đúng thời hạn trên.

T/M BAN THƯỜNG VỤ

CHỦ TỊCH

Lê Văn Tám
"""

# moves row 3's task without citing any plan (HTML)
LETTER_UNCITED = """<html><head><meta charset="utf-8"></head><body>
<p>ĐOÀN THANH NIÊN XÃ PHÚ AN</p>
<p>Số: 21-CV/ĐTN</p>
<p>Phú An, ngày 01 tháng 6 năm 2031</p>
<p>CÔNG VĂN</p>
<p>V/v phối hợp tổ chức các hội thi</p>
<p>1. Đoàn Thanh niên xã cử 10 đoàn viên hỗ trợ các hội thi trong tháng 6/2031.</p>
<p>2. Ban Thường vụ Đoàn xã thống nhất lùi thời hạn chuẩn bị sân khấu, âm thanh cho Hội thi đến ngày
15/6/2031.</p>
<p>T/M BAN THƯỜNG VỤ</p><p>BÍ THƯ</p><p>Ngô Thị Hạnh</p>
</body></html>
"""


# moves row 1 again, citing the first notice (HTML; a passive change with no "được")
NOTICE_AGAIN = """<html><head><meta charset="utf-8"></head><body>
<p>HỘI NÔNG DÂN XÃ PHÚ AN</p>
<p>Số: 13-TB/HND</p>
<p>Phú An, ngày 30 tháng 4 năm 2031</p>
<p>THÔNG BÁO</p>
<p>Về việc điều chỉnh thời hạn chuẩn bị Hội thi nhà nông đua tài</p>
<p>Thực hiện Thông báo số 09-TB/HND ngày 10/4/2031 của Ban Thường vụ, do Ban Kinh tế - Xã hội Hội bận tập
huấn kỹ thuật, thời hạn gửi thể lệ Hội thi cho ý kiến lùi đến ngày 12/5/2031.</p>
<p>T/M BAN THƯỜNG VỤ</p><p>CHỦ TỊCH</p><p>Lê Văn Tám</p>
</body></html>
"""


EVENT_PLAN = """HỘI NÔNG DÂN XÃ PHÚ AN

Số: 20-KH/HND

Phú An, ngày 05 tháng 9 năm 2031

KẾ HOẠCH

Tổ chức Hội nghị tổng kết công tác Hội năm 2031

1. Thời gian, địa điểm: Hội nghị tổng kết công tác Hội năm 2031 tổ chức vào ngày 10/11/2031 tại Hội trường \
Ủy ban nhân dân xã.

2. Thành phần: Ban Chấp hành Hội Nông dân xã và chi hội trưởng các ấp.

T/M BAN THƯỜNG VỤ

CHỦ TỊCH

Lê Văn Tám
"""

EVENT_NOTICE = [
    "HỘI NÔNG DÂN XÃ PHÚ AN",
    "Số: 24-TB/HND",
    "Phú An, ngày 28 tháng 10 năm 2031",
    "THÔNG BÁO",
    "Về việc điều chỉnh thời gian Hội nghị",
    "Theo Kế hoạch số 20-KH/HND ngày 05/9/2031, do trùng lịch tiếp xúc cử tri, Ban Thường vụ thống nhất "
    "điều chỉnh thời gian tổ chức Hội nghị tổng kết công tác Hội năm 2031 từ ngày 10/11/2031 sang ngày "
    "20/11/2031.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Tám",
]


def _plan(tmp: Path) -> Path:
    return write_docx_table(tmp / "kh15.docx", PLAN_OPENING, PLAN_HEAD, PLAN_ROWS, PLAN_CLOSING)


@pytest.fixture(scope="module")
def amended(tmp_path_factory, embedder):
    tmp = tmp_path_factory.mktemp("amend_src")
    notice = write_pdf_lines(tmp / "tb09.pdf", NOTICE_MOVE)
    root = tmp_path_factory.mktemp("amended")
    return assistant_over(
        root, embedder, {"kh15.docx": _plan(tmp), "tb09.pdf": notice, "tb11.txt": NOTICE_EXTEND}
    )


@pytest.fixture(scope="module")
def uncited(tmp_path_factory, embedder):
    tmp = tmp_path_factory.mktemp("uncited_src")
    root = tmp_path_factory.mktemp("uncited")
    return assistant_over(root, embedder, {"kh15.docx": _plan(tmp), "cv21.html": LETTER_UNCITED})


@pytest.fixture(scope="module")
def chained(tmp_path_factory, embedder):
    tmp = tmp_path_factory.mktemp("chained_src")
    notice = write_pdf_lines(tmp / "tb09.pdf", NOTICE_MOVE)
    root = tmp_path_factory.mktemp("chained")
    files = {"kh15.docx": _plan(tmp), "tb09.pdf": notice, "tb13.html": NOTICE_AGAIN}
    files |= {"kh20.txt": EVENT_PLAN, "tb24.docx": EVENT_NOTICE}
    return assistant_over(root, embedder, files)


def _first_quote(answer) -> str:
    return next(line for line in answer.text.split("\n") if line.startswith("- "))


@pytest.mark.parametrize(
    "question",
    [
        "Hạn chót để Ban Kinh tế - Xã hội Hội gửi thể lệ Hội thi cho ý kiến là ngày nào?",
        "Thời hạn gửi thể lệ Hội thi cho ý kiến được lùi đến ngày nào?",
    ],
)
def test_a_moved_deadline_is_given_with_the_old_one_and_the_notice(amended, question: str) -> None:
    answer = amended.ask(question)
    line = first_line(answer)
    assert line.startswith("Thời hạn: đến ngày 05/5/2031"), answer.text
    assert "đã lùi từ trước ngày 15/4/2031" in line and "09-TB/HND" in line, answer.text
    # the amending sentence is quoted first, the plan's row after it
    assert "05/5/2031" in _first_quote(answer), answer.text
    assert "Trước ngày 15/4/2031" in answer.text.split(_first_quote(answer), 1)[1], answer.text


def test_an_extended_deadline_in_text_and_the_rows_no_notice_changes(amended) -> None:
    answer = amended.ask("Hạn chót lập danh sách thí sinh dự thi của các chi hội là ngày nào?")
    line = first_line(answer)
    assert line.startswith("Thời hạn: đến hết ngày 31/5/2031"), answer.text
    assert "đã gia hạn từ trước ngày 20/5/2031" in line and "11-TB/HND" in line, answer.text
    answer = amended.ask("Hạn chót chuẩn bị sân khấu, âm thanh cho Hội thi là ngày nào?")
    assert first_line(answer).startswith("Thời hạn: Xong trước ngày 10/6/2031"), answer.text


def test_english_question_gets_the_moved_deadline(amended) -> None:
    answer = amended.ask("What is the deadline for sending the contest rules for comments?")
    line = first_line(answer)
    assert line.startswith("Deadline: đến ngày 05/5/2031") and "moved from" in line, answer.text


def test_a_moved_time_asked_that_no_document_moves_gets_no_old_time(amended) -> None:
    answer = amended.ask("Thời hạn chuẩn bị sân khấu, âm thanh cho Hội thi được lùi đến ngày nào?")
    assert not first_line(answer).startswith("Thời hạn:"), answer.text


def test_a_change_not_citing_the_plan_leaves_no_old_time(uncited) -> None:
    answer = uncited.ask("Văn phòng Hội phải chuẩn bị sân khấu, âm thanh cho Hội thi trước ngày nào?")
    assert "10/6/2031" not in first_line(answer), answer.text
    # read from the changing sentence itself, the line says it is a change and whose
    answer = uncited.ask("Hạn chót chuẩn bị sân khấu, âm thanh cho Hội thi là ngày nào?")
    line = first_line(answer)
    assert line.startswith("Thời hạn: đến ngày 15/6/2031") and "đã lùi theo Công văn 21-CV/ĐTN" in line


def test_a_time_changed_twice_is_the_last_change(chained) -> None:
    answer = chained.ask("Hạn chót để Ban Kinh tế - Xã hội Hội gửi thể lệ Hội thi cho ý kiến là ngày nào?")
    line = first_line(answer)
    assert line.startswith("Thời hạn: đến ngày 12/5/2031"), answer.text
    assert "đã lùi từ ngày 05/5/2031" in line and "13-TB/HND" in line, answer.text


def test_an_event_moved_by_a_later_notice(chained) -> None:
    answer = chained.ask("Hội nghị tổng kết công tác Hội năm 2031 tổ chức vào ngày nào?")
    line = first_line(answer)
    assert line.startswith("Thời gian: ngày 20/11/2031"), answer.text
    assert "đã điều chỉnh từ ngày 10/11/2031" in line and "24-TB/HND" in line, answer.text
    assert "20/11/2031" in _first_quote(answer), answer.text
