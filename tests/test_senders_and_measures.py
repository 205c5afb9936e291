"""Who acts, who receives, and what a measure counts (issue 11: a first line that is right or absent; a
newcomer's trial 20 found each kind). A real index over a guide, a report and a plan written here (.html,
.txt, .docx), asked through ``Assistant``:

- a step's deadline belongs to the body that sends, not to the one it sends to: "Chi hội ... gửi về Hội
  Nông dân xã trước ngày 15/8" is no deadline of Hội Nông dân xã;
- "... gửi cho cơ quan nào?" about a body's act asks where that body sends, not the document's Nơi nhận;
  "Kế hoạch này gửi cho những nơi nào?" does;
- one sentence with two tasks and two times ("báo cáo ... 6 tháng ... trước ngày 20/6 và báo cáo tổng kết
  năm trước ngày 15/11"): the time of the task the question's own words name, none when it names neither;
- a follow-up that is a question of its own about another body ("Còn Ban Kiểm tra ... phải làm gì?") asks
  it, in the previous answer's document, not the previous task;
- a year the question names that no quoted document writes, alone or inside a period, is answered by
  no document ("năm 2031" for a report on 2029); one inside a period written ("giai đoạn 2029 - 2031") is;
- a unit spelled in words is its abbreviation ("héc-ta" is "ha"), and of two figures of one clause ("820
  ha ngô bị sâu keo, trong đó 95 ha mất trắng") the one whose own words match the question answers.
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import stated_fact
from tests.conftest import assistant_over, first_line

GUIDE = """<html><head><title>Hướng dẫn cấp giống ngô</title></head><body>
<nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<p>HỘI NÔNG DÂN TỈNH HÀ TRUNG</p>
<p>Số: 11/HD-HND</p>
<p>Hà Trung, ngày 02 tháng 7 năm 2029</p>
<h1>HƯỚNG DẪN</h1>
<p>Cấp giống ngô chịu hạn cho hộ hội viên năm 2029</p>
<p>Lễ phát động chương trình tổ chức lúc 8 giờ 00 ngày 10/7/2029 tại Hội trường Hội Nông dân tỉnh.</p>
<p>Kinh phí tập huấn kỹ thuật trồng ngô cho hội viên là 12.000.000 đồng.</p>
<h2>I. TRÌNH TỰ THỰC HIỆN</h2>
<p>Bước 1: Chi hội nông dân lập danh sách hộ đăng ký nhận giống, gửi về Hội Nông dân xã trước ngày
15/8/2029.</p>
<p>Bước 2: Hội Nông dân xã rà soát, tổng hợp, đề xuất Hội Nông dân huyện trước ngày 30/8/2029.</p>
<p>Bước 3: Ban Thường vụ Hội Nông dân tỉnh phê duyệt và cấp giống qua Hội Nông dân huyện.</p>
<p>Mọi thông tin xin liên hệ đồng chí Lục Văn Quý, Văn phòng Hội Nông dân tỉnh, thư điện tử
hndhatrung@gmail.com.</p>
<p>TM. BAN THƯỜNG VỤ<br>CHỦ TỊCH<br>Đỗ Văn Khang</p>
<footer>Bản quyền thuộc Hội Nông dân tỉnh Hà Trung</footer>
</body></html>
"""

REPORT = """HỘI NÔNG DÂN HUYỆN YÊN LẠC
Số: 42-BC/HND
Yên Lạc, ngày 20 tháng 9 năm 2029

BÁO CÁO
Tình hình sâu keo hại ngô vụ Hè Thu năm 2029

1. Tình hình chung
Từ tháng 7 đến nay, sâu keo mùa thu phát sinh trên diện rộng, làm 820 ha ngô bị hại, trong đó 95 ha mất
trắng; 1.300 hộ hội viên bị ảnh hưởng.

Hội viên các xã đã hiến 1.200 m² đất để làm đường giao thông nội đồng.

2. Kiến nghị
Đề nghị Hội Nông dân tỉnh hỗ trợ giống để các hộ gieo trồng lại trước ngày 30/10/2029.

Đại hội Hội Cựu chiến binh xã Yên Đồng khai mạc lúc 7 giờ 30 ngày 15/10/2029 tại Nhà văn hóa xã.

Đầu mối liên hệ: đồng chí Vàng Thị Dua, Văn phòng Hội, điện thoại 0912 555 111.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lò Văn Sình
"""

PLAN = [
    "HỘI NÔNG DÂN XÃ TÂN PHONG",
    "Số: 19-KH/HND",
    "Tân Phong, ngày 05 tháng 3 năm 2029",
    "KẾ HOẠCH",
    "Thực hiện phong trào nông dân thi đua sản xuất kinh doanh giỏi năm 2029",
    "I. NHIỆM VỤ",
    "1. Các chi hội vận động hộ hội viên đăng ký danh hiệu sản xuất kinh doanh giỏi; chi hội trưởng hằng"
    " tháng gửi báo cáo kết quả về Văn phòng Hội Nông dân xã.",
    "2. Ban Kiểm tra Hội Nông dân xã kiểm tra việc bình xét danh hiệu tại các chi hội.",
    "Phấn đấu giai đoạn 2029 - 2031 mỗi năm toàn xã có thêm 20 hộ đạt danh hiệu sản xuất kinh doanh giỏi.",
    "4. Các chi hội điền số liệu theo mẫu kèm theo, gửi bản giấy về Văn phòng Hội Nông dân xã, đồng thời"
    " gửi bản mềm qua thư điện tử hndtanphong@gmail.com để tổng hợp.",
    "5. Các chi hội vận động hội viên tham gia lớp tập huấn VietGAP của huyện.",
    "3. Các chi hội báo cáo kết quả sơ kết 6 tháng về Hội Nông dân xã trước ngày 20/6/2029 và báo cáo tổng"
    " kết năm trước ngày 15/11/2029.",
    "Nơi nhận:",
    "- Ban Thường vụ Hội Nông dân huyện;",
    "- Đảng ủy xã;",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hà Thị Lụa",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("senders"),
        embedder,
        {"HD11.html": GUIDE, "BC42.txt": REPORT, "KH19.docx": PLAN},
    )


def test_the_deadline_of_a_step_sending_to_a_body_is_not_that_bodys(assistant):
    answer = assistant.ask("Hội Nông dân xã phải gửi danh sách lên huyện trước ngày nào?")
    assert "15/8/2029" not in first_line(answer), answer.text


def test_the_sending_bodys_own_deadline_still_answers(assistant):
    answer = assistant.ask("Chi hội nông dân phải gửi danh sách hộ đăng ký về xã trước ngày nào?")
    line = first_line(answer)
    assert stated_fact(line) == "deadline" and "15/8/2029" in line, answer.text


def test_where_a_body_sends_is_its_clause_not_the_documents_recipients(assistant):
    answer = assistant.ask(
        "Gửi cho cơ quan nào?", history=["Chi hội trưởng phải gửi báo cáo kết quả bao lâu một lần?"]
    )
    assert stated_fact(first_line(answer)) != "recipients", answer.text
    assert "Văn phòng Hội Nông dân xã" in answer.text


def test_the_documents_recipients_are_still_asked_of_the_document(assistant):
    answer = assistant.ask(
        "Kế hoạch thi đua sản xuất kinh doanh giỏi của Hội Nông dân xã gửi cho những nơi nào?"
    )
    assert "Đảng ủy xã" in first_line(answer), answer.text


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("Diện tích mất trắng là bao nhiêu héc-ta?", "95 ha", "820"),
        ("Sâu keo làm bao nhiêu ha ngô bị hại?", "820 ha", "95 ha"),
    ],
)
def test_the_figure_of_a_measure_is_the_one_its_words_count(assistant, question, figure, not_figure):
    answer = assistant.ask(question)
    line = first_line(answer)
    assert stated_fact(line) == "figure" and figure in line, answer.text
    assert not_figure not in line


def test_two_figures_whose_own_words_match_alike_give_no_first_line(assistant):
    # "820 ha ngô bị hại" writes "ngô", "95 ha mất trắng" writes "mất trắng": the question writes both
    answer = assistant.ask("Có bao nhiêu héc-ta ngô bị mất trắng?")
    assert "820" not in first_line(answer), answer.text


@pytest.mark.parametrize(
    ("question", "when", "not_when"),
    [
        ("Các chi hội phải gửi báo cáo tổng kết năm về xã trước ngày nào?", "15/11/2029", "20/6/2029"),
        ("Các chi hội báo cáo sơ kết 6 tháng trước ngày nào?", "20/6/2029", "15/11/2029"),
    ],
)
def test_of_two_times_in_one_sentence_the_asked_tasks(assistant, question, when, not_when):
    line = first_line(assistant.ask(question))
    assert stated_fact(line) == "deadline" and when in line and not_when not in line, line


def test_two_times_and_a_question_naming_neither_task_give_no_deadline_line(assistant):
    answer = assistant.ask("Các chi hội phải báo cáo về Hội Nông dân xã trước ngày nào?")
    assert stated_fact(first_line(answer)) != "deadline", answer.text


def test_a_follow_up_asks_the_other_task_of_the_same_sentence(assistant):
    answer = assistant.ask(
        "Còn báo cáo năm thì hạn chót là khi nào?",
        history=["Các chi hội báo cáo sơ kết 6 tháng trước ngày nào?"],
    )
    line = first_line(answer)
    assert "15/11/2029" in line and "20/6/2029" not in line, answer.text


def test_a_follow_up_asking_its_own_question_about_another_body(assistant):
    answer = assistant.ask(
        "Còn Ban Kiểm tra Hội Nông dân xã phải làm gì?",
        history=["Các chi hội báo cáo sơ kết 6 tháng trước ngày nào?"],
    )
    assert "bình xét danh hiệu" in answer.text, answer.text
    assert "20/6/2029" not in first_line(answer)


def test_a_unit_in_words_is_read_as_its_symbol(assistant):
    # "mét vuông" asked, "m²" written
    line = first_line(assistant.ask("Hội viên đã hiến bao nhiêu mét vuông đất làm đường nội đồng?"))
    assert stated_fact(line) == "figure" and "1.200 m²" in line, line


def test_an_area_asked_by_name_is_answered_in_its_units(assistant):
    # "Diện tích ... là bao nhiêu?" names no unit: an area, in ha, m² or km²
    answer = assistant.ask("Diện tích đất hội viên hiến để làm đường giao thông nội đồng là bao nhiêu?")
    assert not answer.abstained and "1.200 m²" in answer.text, answer.text


def test_a_year_no_quoted_document_writes_abstains(assistant):
    answer = assistant.ask("Năm 2033 sâu keo làm bao nhiêu ha ngô bị hại?")
    assert answer.abstained, answer.text


def test_a_year_inside_a_written_period_is_answered(assistant):
    answer = assistant.ask("Năm 2030 xã Tân Phong phấn đấu có thêm bao nhiêu hộ sản xuất kinh doanh giỏi?")
    assert not answer.abstained and "20 hộ" in answer.text, answer.text


def test_a_time_limit_for_another_paper_is_no_answer(assistant):
    # the plan dates the 6-month and annual reports, no "bảng chấm điểm": their times are not its time
    answer = assistant.ask("Hạn chót các chi hội nộp bảng chấm điểm thi đua về Hội Nông dân xã là khi nào?")
    assert answer.abstained, answer.text


def test_an_email_asked_is_quoted_from_the_item_writing_it(assistant):
    # the address sits at the end of a long item; items matching more of the question write none
    answer = assistant.ask("Địa chỉ email nhận số liệu của Hội Nông dân xã Tân Phong là gì?")
    assert not answer.abstained and "hndtanphong@gmail.com" in answer.text.split("\n\n")[0], answer.text


def test_a_phone_number_no_document_writes_abstains(assistant):
    answer = assistant.ask("Số điện thoại của Văn phòng Hội Nông dân xã Tân Phong là bao nhiêu?")
    assert answer.abstained, answer.text


def test_another_cadres_phone_is_not_the_one_asked(assistant):
    # Lục Văn Quý is reached by email only; Vàng Thị Dua's number is not his
    answer = assistant.ask("Số điện thoại của đồng chí Lục Văn Quý là bao nhiêu?")
    assert answer.abstained, answer.text


def test_a_year_describing_the_document_asked_must_be_its_own(assistant):
    # the plan is 2029's (its period 2029 - 2031): "năm 2027" describes another plan
    answer = assistant.ask(
        "Kế hoạch thi đua sản xuất kinh doanh giỏi năm 2027 của Hội Nông dân xã có số hiệu là gì?"
    )
    assert answer.abstained, answer.text


def test_the_act_after_han_is_the_act_asked(assistant):
    # "Hạn <act> ...": the act follows the deadline word whatever the tagger calls it
    line = first_line(assistant.ask("Hạn báo cáo tổng kết năm của các chi hội là khi nào?"))
    assert "15/11/2029" in line and "20/6/2029" not in line, line


def test_a_bare_follow_up_keeps_the_previous_task(assistant):
    answer = assistant.ask(
        "Hạn chót là khi nào?", history=["Các chi hội báo cáo kết quả sơ kết 6 tháng cho ai?"]
    )
    line = first_line(answer)
    assert "20/6/2029" in line and "15/11/2029" not in line, answer.text


def test_an_event_named_with_its_documents_subject_is_dated_by_it(assistant):
    # "Lễ phát động chương trình ... ngày 10/7/2029": the programme is named only in the guide's subject line
    answer = assistant.ask("Lễ phát động cấp giống ngô chịu hạn diễn ra khi nào?")
    assert not answer.abstained and "10/7/2029" in answer.text, answer.text


def test_an_english_figure_of_a_document_not_writing_the_name_asked_is_no_first_line(assistant):
    # "VietGAP" is written in the plan; the training budget is the seed guide's, which never names it
    answer = assistant.ask("What is the budget for the VietGAP training courses?")
    assert "12.000.000" not in first_line(answer), answer.text


def test_another_bodys_congress_is_not_the_one_asked(assistant):
    # the report dates the veterans' congress in Yên Đồng; no farmers' congress is scheduled there
    answer = assistant.ask("Đại hội Hội Nông dân xã Yên Đồng được tổ chức khi nào?")
    assert answer.abstained, answer.text
    answer = assistant.ask("Đại hội Hội Cựu chiến binh xã Yên Đồng được tổ chức khi nào?")
    assert "15/10/2029" in answer.text, answer.text
