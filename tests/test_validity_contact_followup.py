"""Three kinds of question trial 32 saw answered from the wrong sentence (q17, q38, f2). Real index over a
programme written here as DOCX and as TXT (``conftest.assistant_as``), asked through ``Assistant``:

- "... có hiệu lực đến bao giờ?": the sentence stating the document's effect ("Chương trình có hiệu lực từ
  ngày ký đến hết ngày ..."), without "này", comes before the clauses that carry dates of their own; "When
  does it take effect?" gets no time line giving the end of its effect;
- "Cần hỏi thêm ... thì gọi cho ai?": the contact sentence ("xin liên hệ đồng chí ..., điện thoại ...")
  answers though the question does not write "liên hệ";
- a figure follow-up naming nothing it counts ("Thực hiện 6 tháng được bao nhiêu?") asks the quantity the
  previous question counted ("bao nhiêu km đường giao thông nông thôn"), not the first figure of the
  report.
"""

from __future__ import annotations

import pytest

from assistant.answer import followup
from tests.conftest import assistant_as

PROGRAMME = [
    "HỘI NÔNG DÂN HUYỆN BẢO AN",
    "HỘI PHỤ NỮ HUYỆN BẢO AN",
    "Số: 07-CTrPH/HND-HPN",
    "Bảo An, ngày 12 tháng 02 năm 2031",
    "CHƯƠNG TRÌNH PHỐI HỢP",
    "Về hỗ trợ hội viên phát triển kinh tế hộ giai đoạn 2031 - 2032",
    "I. NỘI DUNG PHỐI HỢP",
    "1. Hội Nông dân huyện tổng hợp nhu cầu vay vốn của hội viên, gửi Hội Phụ nữ huyện trước ngày 20 tháng 3"
    " hằng năm.",
    "2. Hội Phụ nữ huyện tổ chức 04 lớp tập huấn kỹ năng làm kinh tế trước ngày 30 tháng 9 năm 2031.",
    "3. Hai Hội sơ kết việc phối hợp vào tháng 12 hằng năm.",
    "II. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2031",
    "1. Mô hình kinh tế tập thể: kế hoạch năm 2031 là 12 mô hình, thực hiện 6 tháng đạt 7 mô hình.",
    "2. Đường giao thông nông thôn làm mới: kế hoạch năm 2031 là 18 km, thực hiện 6 tháng đạt 11,5 km.",
    "3. Hộ hội viên được vay vốn: kế hoạch năm 2031 là 150 hộ, thực hiện 6 tháng đạt 96 hộ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng hai Hội theo dõi, đôn đốc việc thực hiện Chương trình.",
    "2. Mọi vướng mắc xin liên hệ đồng chí Trần Thị Lan, Phó Chủ tịch Hội Phụ nữ huyện, điện thoại"
    " 0915.238.664.",
    "3. Chương trình có hiệu lực từ ngày ký đến hết ngày 31 tháng 12 năm 2032.",
    "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN",
    "CHỦ TỊCH",
    "Hà Văn Khải",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "CTrPH07_kinh_te_ho", PROGRAMME)


def _first_quote(answer) -> str:
    body = answer.text.split("“", 1)
    return body[1] if len(body) > 1 else ""


def test_the_validity_clause_answers_until_when(assistant):
    answer = assistant.ask("Chương trình phối hợp giữa Hội Nông dân và Hội Phụ nữ có hiệu lực đến bao giờ?")
    assert not answer.abstained, answer.text
    assert "có hiệu lực từ ngày ký" in _first_quote(answer), answer.text


def test_taking_effect_gets_no_end_date_line(assistant):
    # it takes effect on signing: the one date its sentence writes is when the effect ends
    answer = assistant.ask("When does the cooperation programme of the two associations take effect?")
    first = answer.text.split("\n", 1)[0]
    assert not (first.startswith(("When", "Thời gian")) and "2032" in first), answer.text


def test_a_contact_question_without_the_word_lien_he(assistant):
    answer = assistant.ask("Cần hỏi thêm về chương trình phối hợp thì gọi cho ai?")
    assert not answer.abstained, answer.text
    assert "0915.238.664" in _first_quote(answer), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Cần hỏi thêm về chương trình phối hợp thì gọi số nào, gặp ai?",
        "Gọi số nào để hỏi về chương trình phối hợp kinh tế hộ?",
        "Ai là người đầu mối để giải đáp về chương trình phối hợp kinh tế hộ?",
        "Chương trình phối hợp kinh tế hộ có gì chưa rõ thì ai giải đáp?",
        "Who is the contact person for the cooperation programme on household economy?",
        "Who do I call about the cooperation programme on household economy?",
    ],
)
def test_every_wording_of_a_contact_question_quotes_the_contact(assistant, question):
    # one contact kind (``intents.contact_asked``) for "gọi số nào", "gặp ai", "đầu mối", "ai giải đáp",
    # "contact person", "who do I call" (trial 33 q21 p03 p37)
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "0915.238.664" in _first_quote(answer), answer.text


def test_a_figure_follow_up_keeps_the_counted_subject(assistant):
    history = ["Kế hoạch năm 2031 làm mới bao nhiêu km đường giao thông nông thôn?"]
    answer = assistant.ask("Thực hiện 6 tháng được bao nhiêu?", history=history)
    assert not answer.abstained, answer.text
    assert "11,5 km" in _first_quote(answer), answer.text


def test_a_follow_up_on_an_item_the_report_lacks_abstains(assistant):
    # near miss: the report gives no figure for canals; a road or household figure is no answer
    history = ["Kế hoạch năm 2031 kiên cố hóa bao nhiêu km kênh mương nội đồng?"]
    answer = assistant.ask("Thực hiện 6 tháng được bao nhiêu?", history=history)
    assert answer.abstained, answer.text


def test_resolving_a_bare_figure_follow_up():
    previous = ["Kế hoạch năm 2031 làm mới bao nhiêu km đường giao thông nông thôn?"]
    resolved = followup.resolve("Thực hiện 6 tháng được bao nhiêu?", previous).question
    assert "bao nhiêu km đường giao thông nông thôn" in resolved
    # a follow-up counting its own thing keeps it
    resolved = followup.resolve("Thực hiện 6 tháng được bao nhiêu hộ?", previous).question
    assert "được bao nhiêu hộ" in resolved and "được bao nhiêu km" not in resolved
