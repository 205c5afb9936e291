"""A plan that sets out its work month by month (trial 32 q40, p16, p18, p22, p57, f5, p23): a question
naming a month is answered by that month's item first, and another month's item is no answer to it. Real
index over a plan written here as DOCX and as TXT (``conftest.assistant_as``), asked through ``Assistant``:

- "Tháng 9 ... làm gì?", "Lịch công tác tháng 9 ...", "trong tháng Năm" (a range "Tháng 4 - 5" covers May),
  "in May": the item of that month is the first quote;
- a follow-up "Còn tháng 10?" after another month's question: the item of October;
- a month the schedule has no item for (August, between "Tháng 7" and "Tháng 9 - 10"): abstains.
"""

from __future__ import annotations

import pytest

from assistant.lexicon.months import asked_months, item_months, months_written
from tests.conftest import assistant_as

PLAN = [
    "HỘI NÔNG DÂN HUYỆN TÂN PHÚ",
    "HỘI NÔNG DÂN XÃ PHÚ LỘC",
    "Số: 12/KH-HND",
    "Phú Lộc, ngày 05 tháng 01 năm 2031",
    "KẾ HOẠCH",
    "Xây dựng tổ hợp tác trồng rau an toàn năm 2031",
    "I. MỤC ĐÍCH",
    "1. Thành lập 3 tổ hợp tác trồng rau an toàn tại 3 ấp, mỗi tổ ít nhất 7 hộ hội viên.",
    "2. Năm 2030 toàn xã có 46 hộ trồng rau theo quy trình an toàn; năm 2031 phấn đấu đạt 70 hộ.",
    "II. TIẾN ĐỘ THỰC HIỆN TỪNG THÁNG",
    "Tháng 1: Chi hội các ấp khảo sát hộ hội viên có đất trồng rau.",
    "Tháng 2: Ban Thường vụ Hội Nông dân xã họp thống nhất danh sách tổ viên.",
    "Tháng 3: Tổ chức hội nghị thành lập các tổ hợp tác.",
    "Tháng 4 - 5: Mở lớp hướng dẫn ủ phân hữu cơ cho các tổ viên.",
    "Tháng 6: Sơ kết 6 tháng, khen thưởng tổ viên tiêu biểu.",
    "Tháng 7: Kết nối tiêu thụ rau với bếp ăn trường học.",
    "Tháng 9 - 10: Tham quan mô hình rau an toàn ở huyện bạn.",
    "Tháng 11 - 12: Tổng kết năm, bình xét tổ hợp tác xuất sắc.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường vụ Hội Nông dân xã chủ trì, phân công đồng chí Lê Văn Tám, Phó Chủ tịch Hội, theo dõi.",
    "2. Các chi hội trưởng báo cáo kết quả về Hội Nông dân xã trước ngày 05 tháng 12 năm 2031.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Đỗ Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH12_rau_an_toan", PLAN)


def _first_quote(answer) -> str:
    body = answer.text.split("“", 1)
    return body[1] if len(body) > 1 else ""


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Tháng 9 Hội Nông dân xã Phú Lộc làm gì?", "Tháng 9 - 10:"),
        ("Lịch công tác tháng 3 của Hội Nông dân xã Phú Lộc là gì?", "Tháng 3:"),
        ("Trong tháng Năm, Hội Nông dân xã Phú Lộc có hoạt động gì?", "Tháng 4 - 5:"),
        ("Tháng 7 năm 2031 Hội Nông dân xã làm việc gì?", "Tháng 7:"),
        ("What does the Farmers' Union of Phú Lộc commune do in May?", "Tháng 4 - 5:"),
    ],
)
def test_the_month_asked_is_quoted_first(assistant, question, opening):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert _first_quote(answer).startswith(opening), answer.text


def test_a_follow_up_on_another_month(assistant):
    answer = assistant.ask("Còn tháng 10?", history=["Tháng 3 Hội Nông dân xã Phú Lộc làm gì?"])
    assert not answer.abstained, answer.text
    assert _first_quote(answer).startswith("Tháng 9 - 10:"), answer.text


def test_a_month_without_an_item_abstains(assistant):
    # August falls between "Tháng 7" and "Tháng 9 - 10": July's or September's item is not what August holds
    answer = assistant.ask("Tháng 8 Hội Nông dân xã Phú Lộc làm gì?")
    assert answer.abstained, answer.text
    assert answer.evidence.reason == "month_not_found"


def test_the_reverse_question_still_finds_the_item(assistant):
    answer = assistant.ask("Việc kết nối tiêu thụ rau với bếp ăn trường học làm vào tháng mấy?")
    assert not answer.abstained, answer.text
    assert "Tháng 7:" in _first_quote(answer)


def test_reading_months():
    assert asked_months("Tháng 9 năm 2031 Hội làm gì?") == {9}
    assert asked_months("Trong tháng Năm Hội làm gì?") == {5}
    assert asked_months("Thang 9 hoi lam gi") == {9}
    assert asked_months("What happens in May?") == {5}
    assert asked_months("May the union borrow money?") == frozenset()
    # a length, a day's month, a rate and "which month" name no month asked
    assert asked_months("6 tháng đầu năm được bao nhiêu?") == frozenset()
    assert asked_months("Trước ngày 15 tháng 3 phải làm gì?") == frozenset()
    assert asked_months("Họp mỗi tháng hai lần không?") == frozenset()
    assert asked_months("Kiểm tra vào tháng mấy?") == frozenset()
    assert item_months("Tháng 4 - 5: Tập huấn") == {4, 5}
    assert item_months("Từ tháng 7 đến tháng 9: Giải ngân") == {7, 8, 9}
    assert item_months("Tháng: 9; Nội dung: Kiểm tra") == {9}
    assert item_months("1. Duy trì mô hình tại 9 chi hội") is None
    assert months_written("báo cáo trước ngày 10/12/2031") == {12}


def _table_plan(path):
    """A DOCX plan whose schedule is a bordered table "Tháng | Nội dung | Đơn vị thực hiện" (no August)."""
    import docx

    d = docx.Document()
    head = ["HỘI CỰU CHIẾN BINH XÃ AN HÒA", "Số: 03/KH-CCB", "An Hòa, ngày 04 tháng 01 năm 2031", "KẾ HOẠCH"]
    for line in [*head, "Hoạt động năm 2031", "I. LỊCH CÔNG TÁC"]:
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Tháng", "Nội dung", "Đơn vị thực hiện"], strict=True):
        cell.text = text
    rows = [
        ("1", "Rà soát danh sách hội viên", "Các chi hội"),
        ("3", "Tổ chức hội thao truyền thống", "Ban Thường vụ"),
        ("6", "Sơ kết 6 tháng", "Ban Thường vụ"),
        ("9", "Thăm hỏi hội viên ốm đau", "Các chi hội"),
        ("12", "Tổng kết năm", "Ban Thường vụ"),
    ]
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    tail = ["II. TỔ CHỨC THỰC HIỆN", "1. Ban Thường vụ Hội Cựu chiến binh xã chủ trì triển khai kế hoạch."]
    for line in [*tail, "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Phan Văn Bình"]:
        d.add_paragraph(line)
    d.save(path)
    return path


@pytest.fixture(scope="module")
def table_assistant(tmp_path_factory, embedder):
    from tests.conftest import assistant_over

    made = _table_plan(tmp_path_factory.mktemp("month_table") / "KH03.docx")
    return assistant_over(tmp_path_factory.mktemp("month_table_idx"), embedder, {"KH03.docx": made})


def test_a_schedule_table_by_month(table_assistant):
    answer = table_assistant.ask("Trong tháng Sáu Hội Cựu chiến binh xã An Hòa làm gì?")
    assert not answer.abstained, answer.text
    # the table's header row is quoted once above the first row quoted (``answer/table_heads.py``)
    quotes = [line for line in answer.text.splitlines() if line.startswith("- “")]
    rows = [q for q in quotes if not q.startswith("- “Tháng | Nội dung")]
    assert rows and rows[0].startswith("- “6 | Sơ kết"), answer.text
    # a month the table has no row for
    assert table_assistant.ask("Tháng 8 Hội Cựu chiến binh xã An Hòa làm gì?").abstained
