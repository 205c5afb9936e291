"""A procedure's step asked in other words, and a round paid on a condition (trial 30 q25, p43). A guide
written here, as Word and as text, through a real ``Assistant``:

- "Nhận đủ hồ sơ rồi thì ... có mấy ngày để đi thẩm định ...?": "hồ sơ" received is the object of an act,
  no procedure whose topic must be quoted (the topic read was "rồi thì ..."), going ("đi") is no act of its
  own, and the association's standing board ("Ban Thường vụ Hội Nông dân huyện") is the association asked:
  the step's length is the first line. A step that sets no length gets none.
- "Còn đợt 2 thì chi khi nào?": the round is paid on a condition ("sau khi nghiệm thu"), not a date: that
  clause is quoted with no date line (no other step's date), not an abstention. A round the guide does not
  have is no answer of that clause.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN KIM SƠN",
    "Số: 12/HD-HND",
    "Kim Sơn, ngày 05 tháng 4 năm 2036",
    "HƯỚNG DẪN",
    "Hỗ trợ xây chuồng trại cho hội viên nghèo năm 2036",
    "Bước 1. Chi hội Nông dân thôn họp bình xét, lập danh sách hội viên đề nghị hỗ trợ.",
    "Bước 2. Hội Nông dân xã tổng hợp, gửi hồ sơ về Hội Nông dân huyện trước ngày 15 tháng 5 năm 2036.",
    "Bước 3. Trong 07 ngày làm việc kể từ khi nhận đủ hồ sơ, Ban Thường vụ Hội Nông dân huyện phối hợp "
    "với Phòng Nông nghiệp huyện thẩm định thực tế tại hộ.",
    "Bước 4. Ban Thường vụ Hội Nông dân huyện họp xét duyệt, ra quyết định hỗ trợ.",
    "Bước 5. Hội Nông dân xã giám sát thi công; kinh phí được chi làm hai đợt: đợt 1 là 40% khi xây "
    "xong móng chuồng, đợt 2 phần còn lại sau khi nghiệm thu.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đinh Văn Khải",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD-12-HND", LINES)


def test_a_steps_length_asked_in_other_words_is_the_first_line(guide) -> None:
    answer = guide.ask("Nhận đủ hồ sơ rồi thì Hội Nông dân huyện có mấy ngày để đi thẩm định thực tế tại hộ?")
    assert not answer.abstained, answer.evidence
    assert "07 ngày làm việc" in first_line(answer), answer.text


def test_a_step_setting_no_length_gets_no_length_line(guide) -> None:
    answer = guide.ask("Nhận đủ hồ sơ rồi thì Hội Nông dân huyện có mấy ngày để đi họp xét duyệt?")
    assert "07 ngày" not in first_line(answer), answer.text


def test_a_round_paid_on_a_condition_quotes_the_condition(guide) -> None:
    answer = guide.ask(
        "Còn đợt 2 thì chi khi nào?", history=["Kinh phí hỗ trợ xây chuồng đợt 1 chi khi nào?"]
    )
    assert not answer.abstained, answer.evidence
    assert "sau khi nghiệm thu" in answer.text, answer.text
    # no time line, least of all another step's date (Bước 2's, quoted in the same passage or not)
    assert "15 tháng 5" not in first_line(answer), answer.text
    assert not first_line(answer).startswith("Thời hạn"), answer.text


def test_the_round_asked_alone_quotes_the_condition(guide) -> None:
    answer = guide.ask("Kinh phí hỗ trợ xây chuồng đợt 2 được chi khi nào?")
    assert not answer.abstained, answer.evidence
    assert "sau khi nghiệm thu" in answer.text, answer.text
    assert "15 tháng 5" not in first_line(answer), answer.text


def test_a_round_the_guide_does_not_have_is_no_conditions_answer(guide) -> None:
    answer = guide.ask("Kinh phí hỗ trợ xây chuồng đợt 3 được chi khi nào?")
    assert answer.abstained or "sau khi nghiệm thu" not in answer.text, answer.text
