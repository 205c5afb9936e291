"""Question kinds the analyser and the two-part answer lines did not know (trial 32 q13, q37, q38, e3, p09
and its English contact question): a length of time asked beside a sum ("tối đa bao nhiêu và được vay bao
lâu?") gets both on the figure line; a funding source asked beside a sum ("là bao nhiêu, lấy từ nguồn
nào?") gets a "Nguồn kinh phí" line; an amount asked per person by another noun for people ("mỗi gương
mặt ...") is met by "Mỗi cá nhân ..."; "Cần ..." (need to) is no English "Can ...?"; an English "Who should I
contact about X?" quotes the contact sentence of X's document, not another document's duty naming a
contact; "When and where will ...?" quotes the time and the place, and a time line of a passage writing
both gets its place line ("and" cuts an English question into its parts). Two documents written in the
test, as DOCX and as TXT."""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over, first_line

NOTICE = [
    "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH AN PHÚ",
    "Số: 27-TB/HND",
    "An Phú, ngày 02 tháng 3 năm 2031",
    "THÔNG BÁO",
    "Về việc tổ chức Hội thi Nhà nông đua tài tỉnh An Phú năm 2031",
    "1. Thời gian: bắt đầu lúc 7 giờ 30 phút, ngày 17 tháng 5 năm 2031.",
    "2. Địa điểm: Nhà văn hóa Lao động tỉnh An Phú.",
    "3. Hỗ trợ hội viên: ủy thác cho vay từ Quỹ Hỗ trợ nông dân với mức tối đa 50 triệu đồng/hộ, thời hạn "
    "vay không quá 24 tháng.",
    "4. Kinh phí tổ chức Hội thi là 18.000.000 đồng, từ nguồn kinh phí hoạt động năm 2031 của Hội Nông dân "
    "tỉnh.",
    "Mọi chi tiết xin liên hệ đồng chí Trần Văn Lộc, Chánh Văn phòng Hội Nông dân tỉnh, điện thoại "
    "0271.3811.205.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ CHỦ TỊCH",
    "Trần Văn Lộc",
]
GUIDE = [
    "BAN CHẤP HÀNH ĐOÀN TỈNH AN PHÚ",
    "Số: 15-HD/TĐTN",
    "An Phú, ngày 10 tháng 3 năm 2031",
    "HƯỚNG DẪN",
    "Xét tặng Giải thưởng \"Thanh niên sản xuất giỏi\" năm 2031",
    "1. Năm 2031 xét chọn 15 gương mặt Thanh niên sản xuất giỏi.",
    "2. Mỗi cá nhân được tặng Giấy khen của Ban Chấp hành Tỉnh đoàn và tiền thưởng 3.000.000 đồng.",
    "3. Giao Ban Phong trào Tỉnh đoàn chủ trì, làm đầu mối theo dõi việc xét chọn; đồng chí Lê Thị Hạnh, Phó "
    "Trưởng Ban Phong trào, số điện thoại 0912.555.018, là người liên hệ.",
    "4. Lễ trao giải được tổ chức vào lúc 19 giờ 30 phút ngày 26 tháng 3 năm 2031 tại Nhà hát tỉnh An Phú.",
    "TM. BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lê Thị Hạnh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    names = {"TB-27_HND.{}": NOTICE, "HD-15_TDTN.{}": GUIDE}
    files = {
        name.format(request.param): lines if request.param == "docx" else "\n\n".join(lines)
        for name, lines in names.items()
    }
    return assistant_over(tmp_path_factory.mktemp(f"kinds20_{request.param}"), embedder, files)


def test_a_length_of_time_asked_beside_a_sum_is_stated_with_it(assistant):
    answer = assistant.ask("Mỗi hộ vay Quỹ Hỗ trợ nông dân tối đa bao nhiêu và được vay bao lâu?")
    line = first_line(answer)
    assert "50 triệu đồng/hộ" in line and "24 tháng" in line, answer.text


def test_a_funding_source_asked_beside_a_sum_gets_its_line(assistant):
    answer = assistant.ask("Kinh phí tổ chức Hội thi Nhà nông đua tài là bao nhiêu, lấy từ nguồn nào?")
    lines = answer.text.split("\n\n", 1)[0].splitlines()
    assert lines[0].startswith("Số liệu") and "18.000.000 đồng" in lines[0], answer.text
    assert any(
        line.startswith("Nguồn kinh phí:") and "kinh phí hoạt động năm 2031 của Hội Nông dân tỉnh" in line
        for line in lines
    ), answer.text


def test_an_amount_per_person_asked_by_another_noun_for_people(assistant):
    answer = assistant.ask("Tiền thưởng cho mỗi gương mặt Thanh niên sản xuất giỏi là bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "3.000.000 đồng" in answer.citations[0].quote, answer.text


def test_need_to_is_no_english_can(assistant):
    question = "Cần hỏi thêm về Hội thi Nhà nông đua tài thì gọi cho ai?"
    assert analyze(question).intent != "yesno"
    assert analyze("Can a member borrow twice?").intent == "yesno"
    answer = assistant.ask(question)
    assert "Trần Văn Lộc" in answer.citations[0].quote, answer.text


def test_an_english_contact_question_quotes_its_own_document(assistant):
    answer = assistant.ask("Who should I contact about the farmers' contest?")
    assert not answer.abstained, answer.text
    assert "0271.3811.205" in answer.citations[0].quote, answer.text


def test_when_and_where_quotes_the_time_and_the_place(assistant):
    answer = assistant.ask("When and where will the provincial Farmers' Association hold the contest?")
    quoted = " ".join(c.quote for c in answer.citations)
    assert "7 giờ 30 phút" in quoted and "Nhà văn hóa Lao động" in quoted, answer.text


def test_when_and_where_of_one_sentence_gives_both_lines(assistant):
    answer = assistant.ask("When and where will the award ceremony take place?")
    lines = answer.text.split("\n\n", 1)[0].splitlines()
    assert lines[0].startswith("When:") and "19 giờ 30 phút" in lines[0], answer.text
    assert any(line.startswith("Where:") and "Nhà hát tỉnh An Phú" in line for line in lines), answer.text
