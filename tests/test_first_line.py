"""A first line that is right or absent (issue 11, part 5), on synthetic directives written here: two
communes' Youth Union plans with the same kinds of tasks and different dates, so that a fact borrowed from
the wrong document, the wrong clause or the wrong kind of date shows. Indexed for real (embedding model,
FAISS, SQLite) and asked through ``Assistant`` only.

What each test pins:
- a deadline comes from the document the question is about (the named place's plan), never from another
  document whose clause matches the wording;
- "hạn chót ... ngày nào?" asks a time limit, not the issue date; "tổ chức ngày nào?" asks an event's
  date, which is quoted (no issue date as first line); the issue date only when issuance is asked;
- a term of office ("nhiệm kỳ 2025 - 2030") is not a deadline;
- a place the documents never mention, a body no quote names, an amount whose unit no sentence writes
  (a count of people needs a number before a noun for people: "03 đại biểu", not "02 công trình"; money
  asked by its noun, "giá vé / mức hỗ trợ / budget ... bao nhiêu?", a sum in đồng written for that noun):
  abstain; a count written in words ("ba tháng") answers;
- "khi nào ... được ...?" asks a rule's condition: the provision is quoted, no abstention;
- a document the question names that no loaded document is (only cited): its signer is not the citing
  document's; its date only from a sentence writing it next to its number;
- a clause that sets no deadline does not borrow its neighbour's.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

TAN_PHU = """BCH ĐOÀN XÃ TÂN PHÚ
Số: 14-KH/ĐTN
Tân Phú, ngày 06 tháng 01 năm 2026

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2026

Thực hiện Kế hoạch số 120-KH/HU, ngày 02/01/2026 của Huyện ủy về công tác thanh niên, Ban Chấp hành Đoàn xã ban hành Kế hoạch như sau:

I. NỘI DUNG

1. Các chi đoàn thôn tổ chức ra quân làm sạch kênh mương, gửi báo cáo kết quả về Văn phòng Đoàn xã trước ngày 28/3/2026.

2. Hội nghị tuyên dương đoàn viên tiêu biểu được tổ chức vào ngày 26/3/2026 tại Hội trường Ủy ban nhân dân xã, mỗi chi đoàn cử 03 đại biểu tham dự.

3. Ban Chấp hành Đoàn xã kiện toàn tổ chức cơ sở đoàn trong nhiệm kỳ 2025 - 2030.

4. Đoàn viên chỉ được xét kết nạp lại khi đã sinh hoạt tại chi đoàn đủ ba tháng và được chi đoàn đề nghị bằng văn bản.

5. Kinh phí tổ chức Tháng Thanh niên do Đoàn xã vận động xã hội hóa.

6. Các chi đoàn lập danh sách đoàn viên ưu tú, gửi về Văn phòng Đoàn xã trước ngày 15/7/2026.

7. Đoàn cơ sở thẩm định hồ sơ đoàn viên ưu tú trước khi giới thiệu cho chi bộ xem xét.

8. Ban Thường vụ Đoàn xã họp định kỳ mỗi tháng một lần vào ngày làm việc đầu tiên của tháng.

9. Mỗi chi đoàn thôn đăng ký ít nhất 02 công trình thanh niên.

Nơi nhận:
- Ban Thường vụ Huyện đoàn;
- Các chi đoàn thôn;
- Lưu VP.

TM. BAN CHẤP HÀNH
BÍ THƯ
Lò Văn Khánh

Phụ lục I
DANH SÁCH CÁC CÔNG TRÌNH THANH NIÊN NĂM 2026

1. Tuyến đường hoa thôn Nà Lầu (1,2 km).

2. Sân chơi thiếu nhi thôn Bản Giàng.

3. Nhà nhân ái cho đoàn viên Hà Văn Sinh.
"""

BINH_AN = """BCH ĐOÀN XÃ BÌNH AN
Số: 9-KH/ĐTN
Bình An, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2026

1. Các chi đoàn thôn tổ chức ra quân làm sạch kênh mương, trồng cây xanh và gửi báo cáo kết quả làm sạch kênh mương về Văn phòng Đoàn xã trước ngày 10/4/2026.

2. Hội nghị tổng kết Tháng Thanh niên tổ chức ngày 02/4/2026.

3. Ngày hội hiến máu tình nguyện Bình An năm 2026 là hoạt động trọng tâm của Tháng Thanh niên, thu hút đông đảo đoàn viên, thanh niên và nhân dân tham gia hiến máu tình nguyện.

4. Ngày hội hiến máu được tổ chức tại Trạm Y tế xã, bắt đầu từ ngày 20/3/2026.

5. Mức hỗ trợ cho mỗi người tham gia hiến máu là 100.000 đồng.

TM. BAN CHẤP HÀNH
PHÓ BÍ THƯ
Vi Thị Hằng
"""


CONG_VAN = """HUYỆN ĐOÀN TÂN LẬP
BCH ĐOÀN XÃ TÂN PHÚ
Số: 21-CV/ĐTN
V/v tham gia hiến máu tình nguyện đợt 1 năm 2026
Tân Phú, ngày 20 tháng 01 năm 2026

Kính gửi: Các chi đoàn thôn

Ban Chấp hành Đoàn xã đề nghị các chi đoàn thôn vận động đoàn viên đăng ký hiến máu, gửi danh sách về Văn phòng Đoàn xã trước ngày 10/02/2026.

Nơi nhận:
- Như trên;
- Lưu VP.

TM. BAN CHẤP HÀNH
BÍ THƯ
Lò Văn Khánh
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("firstline"),
        embedder,
        {
            "KH-14-DTN-Tan-Phu.txt": TAN_PHU,
            "KH-9-DTN-Binh-An.txt": BINH_AN,
            "CV-21-DTN-Tan-Phu.txt": CONG_VAN,
        },
    )


_first = first_line


def test_deadline_comes_from_the_named_places_plan(assistant):
    answer = assistant.ask("Chi đoàn thôn ở xã Tân Phú phải gửi báo cáo làm sạch kênh mương trước ngày nào?")
    assert not answer.abstained, answer.text
    first = _first(answer)
    assert "10/4/2026" not in first, answer.text  # Bình An's date, the better wording match
    assert all(c.doc.file.endswith("Tan-Phu.txt") for c in answer.citations), answer.citations


def test_time_limit_question_is_not_answered_by_the_issue_date(assistant):
    answer = assistant.ask(
        "Hạn chót gửi báo cáo ra quân làm sạch kênh mương của Đoàn xã Tân Phú là ngày nào?"
    )
    first = _first(answer)
    assert not first.startswith("Ngày ban hành"), answer.text
    assert "06/01/2026" not in first


def test_event_date_is_quoted_not_replaced_by_the_issue_date(assistant):
    answer = assistant.ask("Hội nghị tuyên dương đoàn viên tiêu biểu của xã Tân Phú tổ chức ngày nào?")
    assert not answer.abstained, answer.text
    assert not _first(answer).startswith(("Ngày ban hành", "Thời hạn")), answer.text
    assert "26/3/2026" in answer.text


def test_time_question_quotes_the_sentence_writing_a_time(assistant):
    # item 3 repeats the question's words; item 4 writes the date
    answer = assistant.ask("Ngày hội hiến máu tình nguyện của Đoàn xã năm 2026 diễn ra từ ngày nào?")
    assert not answer.abstained, answer.text
    assert "20/3/2026" in answer.text, answer.text


def test_issue_date_when_issuance_is_asked(assistant):
    answer = assistant.ask("Kế hoạch 14-KH/ĐTN được ban hành ngày nào?")
    assert _first(answer).startswith("Ngày ban hành: 06/01/2026"), answer.text


def test_term_of_office_is_not_a_deadline(assistant):
    answer = assistant.ask("Khi nào Ban Chấp hành Đoàn xã Tân Phú phải kiện toàn tổ chức cơ sở đoàn?")
    assert "nhiệm kỳ" not in _first(answer).lower() or not _first(answer).startswith("Thời hạn"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Xã Hòa Lợi tổ chức hội nghị tuyên dương đoàn viên tiêu biểu ngày nào?",
        "doan xa Hoa Loi to chuc hoi nghi tuyen duong doan vien tieu bieu ngay nao",  # typed without marks
    ],
)
def test_place_no_document_mentions_abstains(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.evidence.reason == "place_not_found", answer.evidence
    answer = assistant.ask("doan xa Tan Phu to chuc hoi nghi tuyen duong doan vien tieu bieu ngay nao")
    assert not answer.abstained, answer.text  # the place the plan is for


def test_duties_of_a_body_no_quote_names_abstain(assistant):
    answer = assistant.ask("Hội Cựu chiến binh xã Tân Phú được giao nhiệm vụ gì trong Tháng Thanh niên?")
    assert answer.abstained, answer.text


def test_amount_whose_unit_is_written_nowhere_abstains(assistant):
    answer = assistant.ask("Đoàn xã Tân Phú dự trù bao nhiêu triệu đồng cho Tháng Thanh niên?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Giá vé vào cửa ngày hội hiến máu Bình An là bao nhiêu?",
        "What is the total budget of the Youth Month in Tan Phu?",
    ],
)
def test_money_asked_without_its_unit_needs_a_sum(assistant, question):
    # "giá vé / budget ... bao nhiêu?" asks money: a date or a count in the plan is not its answer
    answer = assistant.ask(question)
    assert answer.abstained, answer.text


def test_money_written_as_a_sum_answers(assistant):
    answer = assistant.ask("Mức hỗ trợ cho người tham gia hiến máu ở Bình An là bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "100.000 đồng" in answer.text


def test_count_of_people_needs_a_number_before_a_noun_for_people(assistant):
    # "02 công trình" is a count, but not of people
    answer = assistant.ask("Mỗi chi đoàn thôn có bao nhiêu người đăng ký công trình thanh niên?")
    assert answer.abstained, answer.text
    answer = assistant.ask("Mỗi chi đoàn cử bao nhiêu người dự hội nghị tuyên dương?")
    assert not answer.abstained, answer.text
    assert "03 đại biểu" in answer.text


def test_count_of_members_needs_that_noun_after_a_number(assistant):
    # the plan numbers its items ("7. Đoàn cơ sở ... đoàn viên ..."): a list number is no count of members
    answer = assistant.ask("Đoàn xã Tân Phú có bao nhiêu đoàn viên?")
    assert answer.abstained, answer.text
    assert answer.evidence.reason == "amount_not_found", answer.evidence


def test_count_written_in_words_answers(assistant):
    answer = assistant.ask("Đoàn viên phải sinh hoạt tại chi đoàn mấy tháng mới được xét kết nạp lại?")
    assert not answer.abstained, answer.text
    assert "ba tháng" in answer.text


def test_when_allowed_is_a_condition(assistant):
    answer = assistant.ask("Khi nào đoàn viên được xét kết nạp lại?")
    assert not answer.abstained, answer.text
    assert "đủ ba tháng" in answer.text
    assert not _first(answer).startswith("Thời hạn"), answer.text


def test_signer_of_a_document_only_cited_is_not_the_citing_documents(assistant):
    answer = assistant.ask("Ai ký Kế hoạch 120-KH/HU?")
    assert answer.abstained, answer.text
    assert "Lò Văn Khánh" not in answer.text
    assert any("120-KH/HU" in n for n in answer.notes), answer.notes


def test_date_of_a_document_only_cited_comes_from_the_citing_sentence(assistant):
    answer = assistant.ask("Kế hoạch 120-KH/HU ban hành ngày nào?")
    assert not answer.abstained, answer.text
    assert not _first(answer).startswith("Ngày ban hành: 06/01/2026"), answer.text
    assert "02/01/2026" in answer.text


def test_clause_without_deadline_does_not_borrow_its_neighbours(assistant):
    answer = assistant.ask("Đoàn cơ sở phải thẩm định hồ sơ đoàn viên ưu tú trước ngày nào?")
    assert "15/7/2026" not in _first(answer), answer.text


def test_deadline_of_the_same_verb_for_another_thing_is_not_the_answer(assistant):
    # Bình An's plan dates the sending of a report, not of a list of outstanding members ("gửi danh sách"
    # is Tân Phú's): the same verb with another object is another action
    answer = assistant.ask("Đoàn xã Bình An phải gửi danh sách đoàn viên ưu tú trước ngày nào?")
    assert not _first(answer).startswith("Thời hạn"), answer.text
    answer = assistant.ask("Các chi đoàn Tân Phú phải gửi danh sách đoàn viên ưu tú trước ngày nào?")
    assert _first(answer).startswith("Thời hạn: trước ngày 15/7/2026"), answer.text


def test_quotes_stay_in_the_document_asked_about(assistant):
    # Tân Phú's letter also speaks of blood donation; a question about Bình An's day quotes Bình An's plan
    answer = assistant.ask("Ngày hội hiến máu ở Bình An tổ chức ở đâu?")
    assert "Trạm Y tế xã" in answer.text, answer.text
    assert {c.doc.file for c in answer.citations} == {"KH-9-DTN-Binh-An.txt"}, answer.text


def test_deadline_of_a_body_no_sentence_names_is_not_anothers(assistant):
    # no sentence gives the Ban Kiểm tra a task: the chi đoàn's deadlines are not its deadline
    answer = assistant.ask("Ban Kiểm tra Đoàn xã Tân Phú có việc gì trong Tháng Thanh niên, hạn khi nào?")
    assert not _first(answer).startswith("Thời hạn"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Đoàn xã Tân Phú phải tổng kết Tháng Thanh niên trước ngày nào?",
        "Kế hoạch 14-KH/ĐTN yêu cầu sơ kết giữa kỳ trước ngày nào?",
        "Hạn chót để các chi đoàn nộp kinh phí Tháng Thanh niên là ngày nào?",
    ],
)
def test_deadline_of_an_action_the_plan_does_not_set_is_not_anothers(assistant, question):
    # the plan sets no time for a review, a mid-term review or paying funds: its other dates are not it
    assert not _first(assistant.ask(question)).startswith("Thời hạn"), question


def test_periodic_meeting_is_not_the_signing_date(assistant):
    answer = assistant.ask("Ban Thường vụ Đoàn xã Tân Phú họp định kỳ khi nào?")
    assert not _first(answer).startswith("Ngày ban hành"), answer.text
    assert "mỗi tháng một lần" in answer.text


def test_subject_line_and_recipients_come_from_the_header_and_signature(assistant):
    title = assistant.ask("Công văn 21-CV/ĐTN về việc gì?")
    assert _first(title).startswith("Trích yếu:") and "hiến máu tình nguyện" in _first(title), title.text
    sent = assistant.ask("Kế hoạch 14-KH/ĐTN được gửi những nơi nào?")
    assert _first(sent).startswith("Nơi nhận:") and "Huyện đoàn" in _first(sent), sent.text


def test_item_number_picks_its_clause(assistant):
    sixth = assistant.ask("Nội dung thứ 6 của Kế hoạch 14-KH/ĐTN có thời hạn khi nào?")
    assert "15/7/2026" in _first(sixth), sixth.text
    first = assistant.ask("Nội dung thứ nhất của Kế hoạch 14-KH/ĐTN có thời hạn khi nào?")
    assert "28/3/2026" in _first(first), first.text


def test_list_title_is_quoted_with_its_items(assistant):
    answer = assistant.ask("Đoàn xã Tân Phú làm những công trình thanh niên nào trong năm 2026?")
    assert not answer.abstained, answer.text
    assert "Sân chơi thiếu nhi" in answer.text and "Nhà nhân ái" in answer.text, answer.text


LEVELS = """HỘI CỰU CHIẾN BINH HUYỆN AN LÃO
Số: 07-HD/CCB
An Lão, ngày 10 tháng 02 năm 2026

HƯỚNG DẪN
Về tổ chức và sinh hoạt của Hội Cựu chiến binh cơ sở

1. Chi hội ở thôn là nơi sinh hoạt thường xuyên của hội viên Hội Cựu chiến binh xã; Ban Chấp hành Hội Cựu chiến binh xã chỉ đạo sinh hoạt của các chi hội và tổ hội.

2. Hệ thống tổ chức của Hội ở cơ sở gồm 03 cấp: Hội xã, chi hội thôn và tổ hội.

3. Kinh phí sinh hoạt do hội viên đóng góp theo quy định.
"""


def test_count_question_quotes_the_sentence_writing_the_count(tmp_path, embedder):
    # "mấy cấp?": the sentence writing a quantity of "cấp" answers; one that only repeats the
    # question's words ("sinh hoạt", "Hội Cựu chiến binh xã") does not, however well it matches
    answer = assistant_over(tmp_path, embedder, {"HD07.txt": LEVELS}).ask(
        "Sinh hoạt của Hội Cựu chiến binh xã được tổ chức thành mấy cấp?"
    )
    assert not answer.abstained, answer.text
    quotes = answer.text.split("\n")
    assert "03 cấp" in "\n".join(quotes[:3]), answer.text

