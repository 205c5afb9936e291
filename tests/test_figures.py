"""The figure a "how much / how many" question asks for, and the time of an event asked "when", as the
answer's first line (issue 11: a first line that is right or absent). Real index over a plan written here
(.docx and .txt), asked through ``Assistant``:

- the count with the unit asked ("bao nhiêu hội viên" -> "05 hội viên"), a sum of money ("bao nhiêu tiền"
  -> "500.000 đồng"), a percentage;
- dates, times and years are never read as counts ("15/7/2029" is not "15 ngày");
- two different figures of the unit asked in the quote: only a clause that matches the question clearly
  better gives the first line; "dưới 1.000 hội viên ... 03 đại biểu; từ 1.000 hội viên trở lên ... 05 đại
  biểu" differ in words every question writes alike, so neither does: the quote answers;
- a number the question writes is its condition, not the answer;
- an event's day or period ("Thời gian: ngày 20/01/2030"), never a time limit ("trước ngày 10/01/2030") nor
  the date of a cited document.
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_over

PLAN = [
    "HỘI NÔNG DÂN HUYỆN ĐÔNG SƠN",
    "Số: 14-KH/HND",
    "Đông Sơn, ngày 03 tháng 6 năm 2029",
    "KẾ HOẠCH",
    "Tổ chức lớp tập huấn kỹ thuật trồng lúa hữu cơ năm 2029",
    "Thực hiện Công văn số 30/CV-HND của Ban Thường vụ Hội Nông dân tỉnh ngày 02 tháng 6 năm 2029 về việc"
    " kiểm tra mô hình lúa hữu cơ, Hội Nông dân huyện xây dựng kế hoạch như sau:",
    "I. THÀNH PHẦN",
    "1. Mỗi chi hội cơ sở cử 05 hội viên nòng cốt tham gia lớp tập huấn kỹ thuật trồng lúa hữu cơ.",
    "2. Lớp tập huấn kéo dài 02 ngày, khai mạc lúc 8 giờ 00 ngày 15/7/2029 tại Hội trường Huyện ủy.",
    "II. KINH PHÍ",
    "1. Mỗi học viên được hỗ trợ tiền ăn 150.000 đồng/ngày từ nguồn kinh phí của Hội.",
    "III. ĐẠI HỘI ĐIỂM",
    "1. Xã có dưới 1.000 hội viên cử 03 đại biểu dự hội nghị điển hình tiên tiến; xã có từ 1.000 hội viên"
    " trở lên cử 05 đại biểu dự hội nghị điển hình tiên tiến.",
    "2. Phấn đấu đến cuối năm 2029 có 70% hộ hội viên ký cam kết không đốt rơm rạ sau thu hoạch.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Thịnh",
]

NOTICE = """HỘI LIÊN HIỆP PHỤ NỮ XÃ ĐÔNG HÒA
Số: 07/TB-HPN
Đông Hòa, ngày 10 tháng 12 năm 2029

THÔNG BÁO
Về việc hỗ trợ hội viên khó khăn đón Tết

1. Hội trao 120 suất quà cho hội viên có hoàn cảnh khó khăn, mỗi suất quà trị giá 500.000 đồng.
2. Thời gian trao quà: ngày 20/01/2030 tại Nhà văn hóa xã.
3. Các chi hội gửi danh sách hội viên nhận quà về Hội xã trước ngày 10/01/2030.
4. Lễ ra quân hỗ trợ hội viên khó khăn đón Tết được tổ chức vào ngày 05/01/2030 tại Nhà văn hóa xã.
5. Hội nghị tổng kết công tác Hội năm 2029 diễn ra từ ngày 25/01/2030 đến ngày 26/01/2030.
6. Việc: Đăng ký đại biểu dự Hội nghị tổng kết công tác Hội; Thời hạn: 15/01/2030.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Phan Thị Hạnh
"""


ALLOCATION = """HỘI NÔNG DÂN XÃ ĐÔNG TIẾN

Số: 09-KH/HND

Đông Tiến, ngày 12 tháng 10 năm 2029

# KẾ HOẠCH

## Cho vay vốn Quỹ Hỗ trợ nông dân trồng nấm rơm năm 2029

### I. NỘI DUNG

1. Các chi hội lựa chọn hộ hội viên đủ điều kiện vay vốn trồng nấm rơm.

### PHỤ LỤC: PHÂN BỔ CHỈ TIÊU VAY VỐN THEO CHI HỘI

| Chi hội | Số hộ | Số tiền (triệu đồng) |
|---|---|---|
| Chi hội thôn Gò Mít | 10 | 250 |
| Chi hội thôn Bến Lở | 08 | 200 |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("figures"),
        embedder,
        {"KH14.docx": PLAN, "TB07.txt": NOTICE, "KH09.md": ALLOCATION},
    )


def test_a_count_in_a_table_cell_answers_a_unit_with_a_verb_after_it(assistant):
    # "mấy hộ vay": the unit is "hộ" (pyvi reads "hộ" and "vay" as two words); the row writes "Số hộ: 08"
    answer = assistant.ask("Chi hội thôn Bến Lở có mấy hộ vay vốn trồng nấm rơm?")
    assert not answer.abstained, answer.text
    assert "08" in answer.text
    assert "10" not in _first(answer)


def test_a_when_and_where_question_is_not_asking_about_its_own_words(assistant):
    # "tổ chức khi nào, ở đâu?": "khi" is no object a passage must write (trial 17: such questions abstained)
    answer = assistant.ask("Lễ ra quân hỗ trợ hội viên khó khăn đón Tết tổ chức khi nào, ở đâu?")
    assert not answer.abstained, answer.text
    assert "05/01/2030" in answer.text


def _first(answer) -> str:
    return first_line(answer.text)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Mỗi chi hội cơ sở cử bao nhiêu hội viên dự lớp tập huấn trồng lúa hữu cơ?", "05 hội viên"),
        ("Mỗi suất quà Tết cho hội viên khó khăn trị giá bao nhiêu tiền?", "500.000 đồng"),
        ("Lớp tập huấn trồng lúa hữu cơ kéo dài mấy ngày?", "02 ngày"),
        ("Đến cuối năm 2029 phấn đấu bao nhiêu phần trăm hộ hội viên ký cam kết không đốt rơm rạ?", "70%"),
    ],
)
def test_the_figure_asked_leads_the_answer(assistant, question, figure):
    answer = assistant.ask(question)
    line = _first(answer)
    assert stated_fact(line) == "figure", answer.text
    assert figure in line, answer.text
    assert "[1]" in line  # cited to the quote it is read from


def test_two_figures_and_no_clause_chosen_leave_the_first_line_to_the_quote(assistant):
    # both clauses match "cử mấy đại biểu" alike: 03 or 05 depends on the size, which the question omits
    answer = assistant.ask("Mỗi xã cử mấy đại biểu dự hội nghị điển hình tiên tiến?")
    assert not answer.abstained
    assert stated_fact(_first(answer)) is None, answer.text
    assert "03 đại biểu" in answer.text and "05 đại biểu" in answer.text


def test_the_number_a_question_writes_is_not_its_answer(assistant):
    answer = assistant.ask("Xã có từ 1.000 hội viên trở lên cử mấy đại biểu dự hội nghị điển hình tiên tiến?")
    assert "1.000" not in _first(answer), answer.text


def test_a_date_is_never_read_as_a_count(assistant):
    # "ngày 15/7/2029", "8 giờ 00": a day and a time, not "15 ngày" nor "8 giờ" of duration
    answer = assistant.ask("Lớp tập huấn trồng lúa hữu cơ kéo dài mấy ngày?")
    assert "15" not in _first(answer) and "2029" not in _first(answer)


def test_no_figure_of_the_unit_asked_gives_no_figure_line(assistant):
    # the notice writes a count of gifts and a sum per gift, no number of recipients' households
    answer = assistant.ask("Có bao nhiêu hộ nghèo được Hội Phụ nữ xã Đông Hòa trao quà Tết?")
    assert stated_fact(_first(answer)) != "figure", answer.text


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("Lễ ra quân hỗ trợ hội viên khó khăn đón Tết tổ chức vào ngày nào?", "05/01/2030"),
        ("Lớp tập huấn trồng lúa hữu cơ khai mạc ngày nào?", "15/7/2029"),
        (
            "Hội nghị tổng kết công tác Hội năm 2029 diễn ra từ ngày nào đến ngày nào?",
            "25/01/2030 đến ngày 26/01/2030",
        ),
    ],
)
def test_the_time_of_the_event_asked_leads_the_answer(assistant, question, when):
    answer = assistant.ask(question)
    line = _first(answer)
    assert stated_fact(line) == "time", answer.text
    assert when in line and "[1]" in line


def test_another_events_time_sharing_the_questions_words_is_no_first_line(assistant):
    # "Lễ ra quân hỗ trợ hội viên khó khăn đón Tết ... ngày 05/01/2030" covers most of the question's words,
    # but "Thời gian trao quà: ngày 20/01/2030" writes the act asked ("trao quà") and another time
    answer = assistant.ask("Hội trao quà Tết cho hội viên khó khăn vào ngày nào?")
    line = _first(answer)
    assert not (stated_fact(line) == "time" and ("05/01/2030" in line or "10/01/2030" in line)), answer.text


def test_a_cited_documents_date_after_its_issuer_is_not_an_event_time(assistant):
    # "Công văn số 30/CV-HND của Ban Thường vụ Hội Nông dân tỉnh ngày 02 tháng 6 năm 2029": that letter's date
    answer = assistant.ask("Đoàn kiểm tra mô hình lúa hữu cơ của Hội Nông dân tỉnh làm việc ngày nào?")
    assert "02 tháng 6" not in _first(answer), answer.text


def test_a_time_limit_is_not_an_event_time(assistant):
    answer = assistant.ask("Danh sách hội viên nhận quà Tết được gửi về Hội xã vào ngày nào?")
    line = _first(answer)
    assert not (stated_fact(line) == "time" and "10/01/2030" in line), answer.text
    # a table row's "Thời hạn: 15/01/2030" is when registering is due, not when the conference is held
    answer = assistant.ask("Hội nghị tổng kết công tác Hội năm 2029 tổ chức ngày nào?")
    line = _first(answer)
    assert not (stated_fact(line) == "time" and "15/01/2030" in line), answer.text


def test_where_an_event_is_held_comes_from_a_passage_naming_it(assistant):
    answer = assistant.ask("Lễ ra quân hỗ trợ hội viên khó khăn đón Tết tổ chức ở đâu?")
    assert not answer.abstained and "Nhà văn hóa xã" in answer.text, answer.text


def test_another_events_place_is_no_answer_to_where(assistant):
    # the conference's passage writes its days but no place; the ceremony's place is not its place
    answer = assistant.ask("Hội nghị tổng kết công tác Hội năm 2029 tổ chức ở đâu?")
    assert answer.abstained, answer.text


# A notice dated by the session it records: "Ngày ..., sau khi nghe ... báo cáo Đề án ..." dates that
# hearing, not a later review of the same scheme.
CONCLUSION = """ĐẢNG BỘ HUYỆN TÂN LẠC
HUYỆN ỦY TÂN LẠC
Số: 41-TB/HU
Tân Lạc, ngày 20 tháng 3 năm 2030

THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Huyện ủy về Đề án phát triển văn hóa đọc trong nhân dân

Ngày 12/3/2030, sau khi nghe Ban Tuyên giáo Huyện ủy báo cáo Đề án phát triển văn hóa đọc trong nhân dân,
ý kiến của các ban, ngành, đoàn thể, Ban Thường vụ Huyện ủy đã thảo luận và kết luận như sau:

1. Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Phòng Văn hóa huyện hoàn thiện Đề án.
2. Giao Huyện đoàn xây dựng 10 tủ sách thanh niên ở các xã.
3. Ngân sách huyện hỗ trợ mua sách 2.000.000 đồng/xã, tổng kinh phí 20.000.000 đồng.
4. Mỗi xã cử 05 đoàn viên dự lớp tập huấn quản lý tủ sách; toàn huyện có 12 xã với tổng số 60 học viên.
5. Huyện đoàn hỗ trợ mỗi tủ sách 500.000 đồng mua giá sách.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Lò Văn Kiên
"""


@pytest.fixture(scope="module")
def concluded(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("concluded"), embedder, {"TB41.txt": CONCLUSION})


def test_a_dated_sentence_naming_another_kind_of_event_is_no_time_of_the_one_asked(concluded):
    # the question asks for a review ("họp ... sơ kết"); the notice's only dated sentence records a hearing
    answer = concluded.ask(
        "Ban Thường vụ Huyện ủy họp sơ kết 3 năm thực hiện Đề án phát triển văn hóa đọc vào hôm nào?"
    )
    line = _first(answer)
    assert not (stated_fact(line) == "time" and "12/3/2030" in line), answer.text
    # no passage names a review ("sơ kết") or a meeting ("họp") with a time: nothing dates the event asked
    assert answer.abstained, answer.text
    # asked without naming a kind of event, the hearing's day is that sentence's
    answer = concluded.ask("Ban Thường vụ Huyện ủy nghe báo cáo Đề án phát triển văn hóa đọc vào hôm nào?")
    line = _first(answer)
    assert stated_fact(line) == "time" and "12/3/2030" in line, answer.text


def test_a_total_asked_is_not_a_rate_and_a_rate_keeps_its_unit(concluded):
    answer = concluded.ask("Ngân sách huyện chi tổng cộng bao nhiêu tiền để mua sách cho các xã?")
    line = _first(answer)
    assert stated_fact(line) == "figure" and "20.000.000 đồng" in line, answer.text
    answer = concluded.ask("Mỗi xã được ngân sách huyện hỗ trợ bao nhiêu tiền mua sách?")
    line = _first(answer)
    assert stated_fact(line) == "figure" and "2.000.000 đồng/xã" in line, answer.text


def test_another_phase_of_the_event_is_not_its_time(assistant):
    # the plan dates the class's opening ("khai mạc lúc 8 giờ 00 ngày 15/7/2029"), never its closing
    answer = assistant.ask("Lễ bế mạc lớp tập huấn trồng lúa hữu cơ diễn ra lúc mấy giờ?")
    assert answer.abstained, answer.text
    answer = assistant.ask("Lễ khai mạc lớp tập huấn trồng lúa hữu cơ diễn ra lúc mấy giờ?")
    assert not answer.abstained and "8 giờ 00" in answer.text, answer.text


def test_an_event_asked_by_another_wording_of_its_name_is_found(tmp_path, embedder):
    # "Lễ phát động" and "Lễ ra quân" name the same launch (lexicon question_paraphrases); "lúc mấy giờ"
    # asks its time like "ngày nào"
    plan = (
        "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ AN THẠNH\nSố: 31-KH/ĐTN\nAn Thạnh, ngày 02 tháng 5 năm 2031\n\n"
        "KẾ HOẠCH\nChiến dịch thanh niên tình nguyện hè năm 2031\n\n"
        "1. Lễ ra quân Chiến dịch tổ chức lúc 6 giờ 30 ngày 25/5/2031 tại Sân vận động xã An Thạnh.\n"
        "2. Các chi đoàn báo cáo kết quả chiến dịch về Đoàn xã trước ngày 20/8/2031.\n\n"
        "TM. BAN CHẤP HÀNH\nBÍ THƯ\nLý Văn Tài\n"
    )
    launch = assistant_over(tmp_path, embedder, {"KH31.txt": plan})
    answer = launch.ask("Lễ phát động chiến dịch tình nguyện hè của Đoàn xã An Thạnh diễn ra lúc mấy giờ?")
    assert not answer.abstained and "6 giờ 30" in answer.text, answer.text
    answer = launch.ask("Lễ bế mạc chiến dịch tình nguyện hè của Đoàn xã An Thạnh diễn ra lúc mấy giờ?")
    assert answer.abstained, answer.text


def test_a_count_given_per_unit_answers_only_a_question_asking_per_unit(concluded):
    # "Mỗi xã cử 05 đoàn viên ...; toàn huyện ... tổng số 60 học viên": 05 is per commune
    answer = concluded.ask("Mỗi xã cử bao nhiêu đoàn viên dự lớp tập huấn quản lý tủ sách?")
    line = _first(answer)
    assert stated_fact(line) == "figure" and "05 đoàn viên" in line, answer.text
    # typed without diacritics, "moi" asks per unit too: never the total
    answer = concluded.ask("moi xa cu bao nhieu doan vien du lop tap huan quan ly tu sach?")
    assert "60" not in _first(answer), answer.text
    # alone, a sum given per unit answers for that unit ("Tủ sách ... được hỗ trợ bao nhiêu?")
    answer = concluded.ask("Tủ sách được hỗ trợ bao nhiêu tiền để mua giá sách?")
    line = _first(answer)
    assert stated_fact(line) == "figure" and "500.000 đồng" in line, answer.text
    for question in (
        "Có bao nhiêu đoàn viên dự lớp tập huấn quản lý tủ sách?",
        "Toàn huyện có bao nhiêu đoàn viên dự lớp tập huấn quản lý tủ sách?",
    ):
        answer = concluded.ask(question)
        assert "05 đoàn viên" not in _first(answer), answer.text
