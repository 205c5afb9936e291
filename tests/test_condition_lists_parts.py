"""Trial 31 faults, on one Quy chế written in the test as DOCX, TXT and HTML (Chương / Điều / khoản):

1. A list of conditions is quoted whole: the lead-in "... các điều kiện sau:" with its khoản "1. 2. 3.",
   never the chapter's heading ("Chương II / ĐIỀU KIỆN ...") or the lead-in alone (q27, p16, p52).
2. A question asking two things gets a labelled first line for each part or no line (q09, q16, q36, q46).
3. A body the named document never names (its number's issuer code "HU" aside) is not answered with
   other bodies' duties (n08); nor is a prize rank the document never writes ("giải Nhì" where only "giải
   Nhất" is written; n09).
4. Neither the closing formula ("Trên đây là Quy chế ...") nor an item restating the document's subject
   line is quoted before the sentence that answers.
"""

from __future__ import annotations

import html

import pytest

from tests.conftest import assistant_as, assistant_over, first_line

LINES = [
    "ỦY BAN MTTQ VIỆT NAM XÃ TÂN PHONG",
    "BAN THƯỜNG TRỰC",
    "Số: 09/QC-MTTQ",
    "Tân Phong, ngày 14 tháng 4 năm 2036",
    "QUY CHẾ",
    "Bình chọn và tôn vinh Gia đình văn hóa tiêu biểu xã Tân Phong",
    "Hội nghị Ban Thường trực mở rộng họp ngày 10/01/2036 tại Phòng họp Ủy ban MTTQ xã đã thống nhất nội "
    "dung bình chọn năm 2036.",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định điều kiện, trình tự bình chọn và mức khen thưởng Gia đình văn hóa tiêu biểu.",
    "Bình chọn và tôn vinh Gia đình văn hóa tiêu biểu xã Tân Phong nhằm động viên các gia đình giữ gìn "
    "nếp sống văn minh ở khu dân cư.",
    "Điều 1a. Nguyên tắc bình chọn",
    "Việc bình chọn phải bảo đảm công khai, dân chủ, đúng đối tượng; mỗi gia đình chỉ được tôn vinh 01 lần "
    "trong một năm.",
    "Chương II",
    "ĐIỀU KIỆN VÀ MỨC KHEN THƯỞNG",
    "Điều 2. Điều kiện bình chọn",
    "Gia đình được bình chọn phải đáp ứng đủ các điều kiện sau:",
    "1. Đạt danh hiệu Gia đình văn hóa liên tục từ 03 năm trở lên.",
    "2. Không có thành viên vi phạm pháp luật trong 03 năm gần nhất.",
    "3. Tích cực tham gia phong trào bảo vệ môi trường ở khu dân cư.",
    "Điều 3. Mức khen thưởng",
    "Năm 2035, toàn xã có 46 gia đình được tôn vinh, tăng 8 gia đình so với năm 2034.",
    "Gia đình đạt giải Nhất Hội thi Gia đình văn hóa tiêu biểu được thưởng 2.000.000 đồng.",
    "Bình chọn và tôn vinh Gia đình văn hóa tiêu biểu xã Tân Phong năm 2036 có 52 gia đình đăng ký tham gia.",
    "Mỗi thôn đăng ký tối thiểu 03 gia đình tham gia bình chọn.",
    "Chương III",
    "TỔ CHỨC THỰC HIỆN",
    "Điều 4. Lễ tôn vinh",
    "Lễ tôn vinh được tổ chức ngày 28 tháng 6 năm 2036, tại Hội trường Ủy ban nhân dân xã Tân Phong.",
    "Buổi giao lưu các gia đình tiêu biểu được tổ chức vào lúc 8 giờ 00 ngày 29/6/2036, địa điểm tại khu vực "
    "sân bóng thôn Đồng Tâm.",
    "Hội thi ẩm thực gia đình được tổ chức lúc 14 giờ 00 ngày 30/6/2036 tại thôn Bản Chang, xã Tân Phong.",
    "Điều 5. Trách nhiệm thi hành",
    "Ban Thường trực Ủy ban MTTQ xã chủ trì mở 02 lớp bồi dưỡng báo cáo viên, hoàn thành trước ngày "
    "30/4/2036.",
    "Ban Công tác Mặt trận các thôn tổng hợp danh sách đề nghị gửi Ban Thường trực Ủy ban MTTQ xã trước "
    "ngày 31/5/2036.",
    "Trên đây là Quy chế bình chọn và tôn vinh Gia đình văn hóa tiêu biểu xã Tân Phong năm 2036.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lò Văn Thắm",
]


def _html(lines: list[str]) -> str:
    """The Quy chế as an HTML page: "Chương N" and its title one ``<h3>`` with ``<br>``, "Điều N." bold
    paragraphs, every other line a paragraph."""
    out, i = [], 0
    while i < len(lines):
        line = html.escape(lines[i], quote=False)
        if lines[i].startswith("Chương "):
            out.append(f"<h3>{line}<br>{html.escape(lines[i + 1], quote=False)}</h3>")
            i += 2
            continue
        out.append(f"<p><b>{line}</b></p>" if lines[i].startswith("Điều ") else f"<p>{line}</p>")
        i += 1
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>"


@pytest.fixture(scope="module", params=["docx", "txt", "html"])
def rules(request, tmp_path_factory, embedder):
    if request.param == "html":
        root = tmp_path_factory.mktemp("qc_html")
        return assistant_over(root, embedder, {"QC-09_MTTQ.html": _html(LINES)})
    return assistant_as(request.param, tmp_path_factory, embedder, "QC-09_MTTQ", LINES)


CONDITIONS = ("03 năm trở lên", "vi phạm pháp luật", "bảo vệ môi trường")


@pytest.mark.parametrize(
    "question",
    [
        "Gia đình cần điều kiện gì để được bình chọn Gia đình văn hóa tiêu biểu?",
        "Điều kiện bình chọn Gia đình văn hóa tiêu biểu là gì?",
    ],
)
def test_a_condition_list_is_quoted_whole(rules, question):
    answer = rules.ask(question)
    text = answer.text
    assert not answer.abstained, text
    assert all(c in text for c in CONDITIONS), text
    quotes = [c.quote for c in answer.citations]
    # no heading quoted as if it were content, no lead-in alone
    assert not any(q.strip().startswith("Chương") for q in quotes), quotes
    assert not any(q.rstrip().endswith("sau:") for q in quotes), quotes


def test_date_and_place_both_stated(rules):
    lines = rules.ask("Lễ tôn vinh Gia đình văn hóa tiêu biểu tổ chức ngày nào, ở đâu?").text.split("\n\n")[0]
    assert "28 tháng 6 năm 2036" in lines, lines
    assert "Địa điểm: Hội trường Ủy ban nhân dân xã Tân Phong" in lines, lines


def test_figure_and_its_change_both_stated(rules):
    question = "Năm 2035 có bao nhiêu gia đình được tôn vinh, so với năm 2034 thế nào?"
    lines = rules.ask(question).text.split("\n\n")[0]
    assert "46 gia đình" in lines and "tăng 8 gia đình so với năm 2034" in lines, lines


def test_who_and_deadline_both_stated_or_no_line(rules):
    answer = rules.ask("Ai tổng hợp danh sách đề nghị, hạn khi nào?")
    head = answer.text.split("\n\n")[0]
    if head.startswith(("Thời hạn", "Chủ trì", "Thực hiện")):
        assert "31/5/2036" in head and "Ban Công tác Mặt trận" in head, head
    else:  # no line: the quote states both
        assert "31/5/2036" in answer.text and "Ban Công tác Mặt trận" in answer.text, answer.text


def test_one_part_question_keeps_its_single_line(rules):
    line = first_line(rules.ask("Lễ tôn vinh Gia đình văn hóa tiêu biểu tổ chức ngày nào?"))
    assert line.startswith("Thời gian") and "28 tháng 6 năm 2036" in line, line


def test_a_body_the_named_document_never_names(rules):
    """"09/QC-MTTQ" names the issuer by its code; the Công an xã is named nowhere: no other body's duty
    is given as its duty."""
    answer = rules.ask("Công an xã được giao nhiệm vụ gì trong Quy chế 09/QC-MTTQ?")
    assert answer.abstained or "Công an" in answer.text, answer.text


def test_the_closing_formula_is_not_the_answer(rules):
    answer = rules.ask("Quy chế bình chọn Gia đình văn hóa tiêu biểu xã Tân Phong quy định điều kiện gì?")
    assert answer.citations, answer.text
    assert not answer.citations[0].quote.startswith("Trên đây là"), answer.text


def test_a_prize_rank_the_document_never_writes(rules):
    assert rules.ask("Giải Nhì Hội thi Gia đình văn hóa tiêu biểu được thưởng bao nhiêu?").abstained
    line = first_line(rules.ask("Giải Nhất Hội thi Gia đình văn hóa tiêu biểu được thưởng bao nhiêu?"))
    assert "2.000.000 đồng" in line, line


def test_an_item_restating_the_subject_is_not_the_answer(rules):
    answer = rules.ask("Bình chọn Gia đình văn hóa tiêu biểu xã Tân Phong phải bảo đảm nguyên tắc gì?")
    assert answer.citations, answer.text
    assert "công khai, dân chủ" in answer.citations[0].quote, answer.text


def test_a_place_written_as_a_field_inside_the_sentence(rules):
    head = rules.ask("Buổi giao lưu các gia đình tiêu biểu tổ chức lúc nào và ở đâu?").text.split("\n\n")[0]
    assert "29/6/2036" in head and "Địa điểm: khu vực sân bóng thôn Đồng Tâm" in head, head


def test_a_count_and_a_deadline_both_stated_or_no_line(rules):
    answer = rules.ask("Ban Thường trực mở mấy lớp bồi dưỡng báo cáo viên và khi nào xong?")
    head = answer.text.split("\n\n")[0]
    if not head.startswith("Theo"):
        assert "02 lớp" in head and "30/4/2036" in head, head
    assert "02 lớp bồi dưỡng" in answer.text, answer.text


def test_a_place_ends_where_the_predicate_goes_on(rules):
    head = rules.ask("Hội nghị Ban Thường trực mở rộng họp ngày nào, tại đâu?").text.split("\n\n")[0]
    if not head.startswith("Theo"):
        assert "Địa điểm: Phòng họp Ủy ban MTTQ xã [" in head, head
    assert "thống nhất" not in head, head


def test_a_place_after_a_unit_word_with_its_larger_units(rules):
    # "tại thôn Bản Chang, xã Tân Phong": the place opens with its unit word, not a capital, and its
    # commune after a comma belongs to it (trial 27 q22's "tại xã Pá Hồng, huyện Nậm Xé" lost the time line)
    answer = rules.ask("Hội thi ẩm thực gia đình diễn ra lúc nào, ở đâu?")
    assert not answer.abstained, answer.text
    lines = answer.text.split("\n\n")[0]
    assert "30/6/2036" in lines and "Địa điểm: thôn Bản Chang, xã Tân Phong [" in lines, answer.text


def test_a_sentence_opening_with_the_subject_that_states_a_count_is_no_restatement(rules):
    # it opens with the subject line but goes on with a count: a fact, not the document restating itself
    # (trial 29 p60 lost "186 đại biểu chính thức" so)
    answer = rules.ask("Năm 2036 có bao nhiêu gia đình đăng ký tham gia bình chọn?")
    assert "52 gia đình" in first_line(answer), answer.text
