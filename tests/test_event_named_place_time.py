"""A place or time asked for a named event comes from a passage about that event (trial 32 n08, p32, p29),
and a two-part question asking whom a body works with is answered by the coordinators (trial 32 q23).
Real index over two documents written here (DOCX and TXT by the fixture's param), asked through
``Assistant``:

- "Hội nghị biểu dương ... tổ chức ở địa điểm nào / ở đâu?": the other document's "Địa điểm:" clause is the
  Fatherland Front's review conference's place; "hội nghị" names no kind of event, so the commendation
  conference has no place in the documents (abstain). The review conference's place is still answered, and
  the commendation conference's month;
- "When does the Fatherland Front's review conference start?": the report's "Tổ chức Hội nghị biểu dương
  ... vào tháng 9" dates another conference; it must not be the first quote. "Where ...?" still answers;
- "Ban Dân vận Huyện ủy phối hợp với ai ..., hạn chót là khi nào?": the line names the coordinating body,
  not the body the question gave.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

NOTICE = [
    "ỦY BAN MTTQ VIỆT NAM HUYỆN TÂN PHÚ",
    "BAN THƯỜNG TRỰC",
    "Số: 77/TB-MTTQ-BTT",
    "Tân Phú, ngày 15 tháng 12 năm 2031",
    "THÔNG BÁO",
    "Về việc tổ chức Hội nghị tổng kết công tác Mặt trận năm 2031",
    "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tân Phú thông báo tổ chức Hội nghị tổng kết như sau:",
    "1. Thời gian: bắt đầu lúc 8 giờ 00 phút, thứ Sáu, ngày 09 tháng 01 năm 2032.",
    "2. Địa điểm: Hội trường Trung tâm Văn hóa huyện Tân Phú (số 12 đường Trần Phú).",
    "3. Thành phần: khoảng 120 đại biểu.",
    "TM. BAN THƯỜNG TRỰC",
    "PHÓ CHỦ TỊCH",
    "Lâm Văn Khải",
]

REPORT = [
    "HUYỆN ỦY TÂN PHÚ",
    "BAN DÂN VẬN",
    "Số: 31-BC/BDVHU",
    "Tân Phú, ngày 04 tháng 7 năm 2031",
    "BÁO CÁO",
    "Sơ kết công tác dân vận 6 tháng đầu năm 2031",
    "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
    "1. Ban Dân vận Huyện ủy phối hợp với Ủy ban MTTQ huyện hoàn thành 15 căn nhà nhân ái còn lại trước ngày"
    " 30 tháng 10 năm 2031.",
    "2. Tổ chức Hội nghị biểu dương điển hình Dân vận khéo vào tháng 9 năm 2031.",
    "K/T TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "Đỗ Thị Hạnh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    if request.param == "docx":
        files = {"TB77.docx": NOTICE, "BC31.docx": REPORT}
    else:
        files = {"TB77.txt": "\n\n".join(NOTICE), "BC31.txt": "\n\n".join(REPORT)}
    return assistant_over(tmp_path_factory.mktemp(f"event_place_{request.param}"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị biểu dương điển hình Dân vận khéo năm 2031 tổ chức ở địa điểm nào?",
        "Hội nghị biểu dương điển hình Dân vận khéo tổ chức ở đâu?",
    ],
)
def test_another_conferences_place_is_not_the_named_ones(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị tổng kết công tác Mặt trận tổ chức ở địa điểm nào?",
        "Hội nghị tổng kết công tác Mặt trận năm 2031 tổ chức ở đâu?",
    ],
)
def test_the_named_conferences_place_is_answered(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "Hội trường Trung tâm Văn hóa" in answer.text.split("[1]")[0]


def test_the_commendation_conferences_month_is_answered(assistant):
    answer = assistant.ask("Hội nghị biểu dương điển hình Dân vận khéo tổ chức khi nào?")
    assert not answer.abstained, answer.text
    assert "tháng 9 năm 2031" in answer.text.split("[1]")[0]


def test_english_when_does_not_date_another_conference(assistant):
    answer = assistant.ask("When does the Fatherland Front's review conference start?")
    first = answer.text.split("[1]")[0]
    assert "biểu dương" not in first, answer.text
    assert answer.abstained or "09 tháng 01 năm 2032" in first, answer.text


def test_english_where_of_the_named_conference_is_answered(assistant):
    answer = assistant.ask("Where will the district Fatherland Front hold its review conference?")
    assert not answer.abstained, answer.text
    assert "Hội trường Trung tâm Văn hóa" in answer.text.split("[1]")[0]


def test_whom_a_body_works_with_is_the_coordinator(assistant):
    answer = assistant.ask(
        "Ban Dân vận Huyện ủy phối hợp với ai để hoàn thành nhà nhân ái còn lại, hạn chót là khi nào?"
    )
    assert not answer.abstained, answer.text
    head = answer.text.split("\n\n")[0]
    assert "Ủy ban MTTQ huyện" in head and "30 tháng 10 năm 2031" in head, answer.text
    assert "Thực hiện: Ban Dân vận" not in head, answer.text


def test_who_does_it_is_still_the_lead(assistant):
    answer = assistant.ask("Ai hoàn thành nhà nhân ái còn lại, hạn chót là khi nào?")
    assert not answer.abstained, answer.text
    head = answer.text.split("\n\n")[0]
    assert "Ban Dân vận Huyện ủy" in head, answer.text
