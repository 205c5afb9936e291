"""Time expressions and the deadlines of obligations rows (issue 11, session 21 testers): each kind read from
documents written here as DOCX and as TXT (``conftest.assistant_as``), through ``Assistant.ask`` and
``Assistant.obligations``:

- a span "từ ngày 01/3 đến hết tháng 5/2026" asked for its end ("... khi nào kết thúc?"): the first line gives
  the end it writes, not the start nor the whole span; a plan's deployment period and its peak window are each
  the answer to their own question;
- a recurring day written with its month in words ("trước ngày 15 tháng 8 hằng năm") keeps day and month in
  the row and the first line, not only "hằng năm";
- a Công văn's one request framed by the instruction it carries out ("Thực hiện chỉ đạo của ..., X đề nghị Y
  ... gửi báo cáo ... trước ngày 20/9/2026") is Y's row; a Quy định's article that writes its time limit
  before the body, counted from a long event ("Trong thời hạn 10 ngày làm việc kể từ ngày nhận được hồ sơ
  đề nghị của ..., Ban Thường vụ ... ra quyết định ...") is the body's row with the whole limit; a month
  schedule ("Tháng 3: Các huyện Hội ...;") gives one row per month, the month as its time;
- a Công văn's only deadline written "không quá ngày", "muộn nhất ngày", "hạn cuối ngày": its row's time.
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_as

PLAN = [
    "HỘI NÔNG DÂN TỈNH LAI CHÂU",
    "Số: 45/KH-HND",
    "Lai Châu, ngày 10 tháng 2 năm 2036",
    "KẾ HOẠCH",
    "Tổ chức phong trào thi đua sản xuất kinh doanh giỏi chào mừng Đại hội Hội Nông dân tỉnh",
    "I. THỜI GIAN",
    "1. Thời gian triển khai: từ ngày 01/3 đến hết tháng 5/2036.",
    "2. Đợt cao điểm từ ngày 15/4/2036 đến ngày 30/4/2036, các cơ sở Hội tổ chức ra quân đồng loạt.",
    "II. NỘI DUNG",
    "1. Ban Thường vụ Hội Nông dân các huyện gửi báo cáo sơ kết phong trào về Thường trực Hội Nông dân"
    " tỉnh trước ngày 15 tháng 8 hằng năm.",
    "2. Tiến độ thực hiện:",
    "Tháng 3: Các huyện Hội xây dựng kế hoạch và phát động thi đua;",
    "Tháng 4: Các cơ sở Hội tổ chức hội thi nhà nông giỏi;",
    "Tháng 5: Ban Thường vụ Hội Nông dân tỉnh tổng kết, khen thưởng.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Bùi Văn Hạnh",
]

LETTER = [
    "BAN TUYÊN GIÁO TỈNH ỦY SƠN LA",
    "Số: 215-CV/BTGTU",
    "Sơn La, ngày 05 tháng 9 năm 2036",
    "V/v báo cáo kết quả tuyên truyền kỷ niệm Quốc khánh",
    "Kính gửi: Trung tâm Chính trị các huyện",
    "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy đề nghị Trung tâm Chính trị"
    " các huyện tổng hợp và gửi báo cáo kết quả tuyên truyền kỷ niệm Quốc khánh về Ban Tuyên giáo Tỉnh"
    " ủy trước ngày 20/9/2036.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu VT.",
    "K/T TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "Lò Văn Tuấn",
]

RULES = [
    "HỘI CỰU CHIẾN BINH TỈNH ĐIỆN BIÊN",
    "Số: 07-QĐ/HCCB",
    "Điện Biên, ngày 12 tháng 3 năm 2036",
    "QUY ĐỊNH",
    "Về khen thưởng trong Hội Cựu chiến binh tỉnh",
    "Điều 4. Trình tự xét khen thưởng",
    "4.1. Các chi hội lập danh sách đề nghị khen thưởng.",
    "4.2. Hội đồng thi đua xem xét hồ sơ.",
    "4.3. Trong thời hạn 10 ngày làm việc kể từ ngày nhận được hồ sơ đề nghị của Ban Thường vụ Hội Cựu chiến"
    " binh cấp huyện, Ban Thường vụ Hội Cựu chiến binh tỉnh xem xét, ra quyết định khen thưởng.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lường Văn Chung",
]


def _reply(number: int, limit: str) -> list[str]:
    return [
        "ỦY BAN MẶT TRẬN TỔ QUỐC HUYỆN MAI CHÂU",
        f"Số: {number}/CV-MTTQ",
        "Mai Châu, ngày 01 tháng 10 năm 2036",
        "V/v gửi danh sách hộ nghèo",
        "Kính gửi: Ban Thường trực Ủy ban MTTQ các xã",
        "Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc các xã gửi danh sách hộ nghèo cần hỗ trợ làm nhà về"
        f" Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện {limit}.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu VT.",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Hà Văn Sơn",
    ]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH45", PLAN)


@pytest.fixture(scope="module", params=["docx", "txt"])
def letter(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "CV215", LETTER)


@pytest.fixture(scope="module", params=["docx", "txt"])
def rules(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "QD07", RULES)


def _deadline_line(assistant, question: str) -> str:
    answer = assistant.ask(question)
    line = first_line(answer.text)
    assert stated_fact(line) == "deadline", answer.text
    return line


def test_a_span_asked_for_its_end_gives_the_end(plan):
    line = _deadline_line(plan, "Phong trào thi đua sản xuất kinh doanh giỏi khi nào kết thúc?")
    assert "hết tháng 5/2036" in line and "01/3" not in line and "15/4" not in line, line


def test_the_deployment_period_and_the_peak_window_answer_their_own_questions(plan):
    line = _deadline_line(plan, "Khi nào triển khai phong trào thi đua sản xuất kinh doanh giỏi?")
    assert "01/3" in line and "5/2036" in line and "15/4" not in line, line
    line = _deadline_line(plan, "Đợt cao điểm của phong trào là khi nào?")
    assert "15/4/2036" in line and "30/4/2036" in line and "01/3" not in line, line


def test_a_recurring_day_keeps_its_day_and_month(plan):
    rows = [ob for ob in plan.obligations() if "báo cáo sơ kết" in ob.task]
    assert rows and rows[0].deadline is not None, rows
    assert "15 tháng 8" in rows[0].deadline.text and rows[0].recurrence == "hằng năm", rows
    line = _deadline_line(plan, "Hạn gửi báo cáo sơ kết phong trào về Thường trực Hội Nông dân là khi nào?")
    assert "15 tháng 8" in line, line


def test_each_month_of_a_schedule_is_a_row_with_its_month(plan):
    rows = {ob.deadline.text: ob for ob in plan.obligations() if ob.deadline is not None}
    assert {"Tháng 3", "Tháng 4", "Tháng 5"} <= set(rows), sorted(rows)
    assert "hội thi nhà nông giỏi" in rows["Tháng 4"].task
    assert rows["Tháng 4"].responsible == ["Các cơ sở Hội"] or rows["Tháng 4"].lead == ["Các cơ sở Hội"]


def test_a_letters_framed_request_is_a_row_of_the_body_asked(letter):
    rows = [ob for ob in letter.obligations() if ob.deadline is not None]
    assert [ob.deadline.end for ob in rows] == ["2036-09-20"], rows
    assert any("Trung tâm Chính trị các huyện" in b for b in rows[0].responsible + rows[0].lead), rows
    assert "Ban Tuyên giáo Tỉnh ủy" not in rows[0].responsible + rows[0].lead
    line = _deadline_line(letter, "Hạn gửi báo cáo kết quả tuyên truyền kỷ niệm Quốc khánh là khi nào?")
    assert "20/9/2036" in line, line


def test_a_time_limit_written_before_the_body_is_the_bodys_row(rules):
    rows = [ob for ob in rules.obligations() if ob.deadline is not None]
    assert len(rows) == 1, rows
    ob = rows[0]
    assert "Ban Thường vụ Hội Cựu chiến binh tỉnh" in ob.responsible + ob.lead, ob
    assert "quyết định khen thưởng" in ob.task
    assert ob.deadline.text.startswith("Trong thời hạn 10 ngày làm việc") and "cấp huyện" in ob.deadline.text


@pytest.mark.parametrize(
    ("limit", "end"),
    [
        ("không quá ngày 25/10/2036", "2036-10-25"),
        ("muộn nhất ngày 26/10/2036", "2036-10-26"),
        ("hạn cuối ngày 27/10/2036", "2036-10-27"),
        ("không muộn hơn ngày 28 tháng 10 năm 2036", "2036-10-28"),
    ],
)
@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_letters_only_deadline_in_any_wording_is_its_rows_time(fmt, limit, end, tmp_path_factory, embedder):
    a = assistant_as(fmt, tmp_path_factory, embedder, "CV88", _reply(88, limit))
    rows = [ob for ob in a.obligations() if ob.deadline is not None]
    assert [(ob.deadline.text, ob.deadline.end) for ob in rows] == [(limit, end)], rows
    line = _deadline_line(a, "Hạn gửi danh sách hộ nghèo cần hỗ trợ làm nhà là khi nào?")
    assert limit in line, line


SCHEDULE_OPENING = [
    "HỘI NÔNG DÂN TỈNH LAI CHÂU",
    "Số: 46/KH-HND",
    "Lai Châu, ngày 10 tháng 2 năm 2036",
    "KẾ HOẠCH",
    "Tổ chức hội thi nhà nông giỏi năm 2036",
    "III. TIẾN ĐỘ THỰC HIỆN",
]
SCHEDULE_HEAD = ["TT", "Nội dung công việc", "Thời gian"]
SCHEDULE_ROWS = [
    ["1", "Các huyện Hội xây dựng kế hoạch hội thi", "Tháng 3/2036"],
    ["2", "Các cơ sở Hội tổ chức hội thi nhà nông giỏi", "Tháng 4/2036"],
    ["3", "Ban Thường vụ Hội Nông dân tỉnh tổng kết hội thi", "Trước 30/5/2036"],
]
SCHEDULE_CLOSING = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Bùi Văn Hạnh"]


@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_a_schedule_table_with_a_time_column_gives_each_body_its_row(fmt, tmp_path_factory, embedder):
    from tests.conftest import assistant_over, write_docx_table

    root = tmp_path_factory.mktemp(f"schedule_{fmt}")
    if fmt == "docx":
        made = write_docx_table(
            root / "KH46.docx", SCHEDULE_OPENING, SCHEDULE_HEAD, SCHEDULE_ROWS, SCHEDULE_CLOSING
        )
        files = {"KH46.docx": made}
    else:
        table = [
            "| " + " | ".join(SCHEDULE_HEAD) + " |",
            "|" + "---|" * len(SCHEDULE_HEAD),
            *("| " + " | ".join(r) + " |" for r in SCHEDULE_ROWS),
        ]
        files = {
            "KH46.md": "\n\n".join(SCHEDULE_OPENING)
            + "\n\n"
            + "\n".join(table)
            + "\n\n"
            + "\n\n".join(SCHEDULE_CLOSING)
            + "\n"
        }
    a = assistant_over(tmp_path_factory.mktemp(f"schedule_{fmt}_run"), embedder, files)
    rows = {(tuple(ob.responsible), ob.deadline.end) for ob in a.obligations() if ob.deadline is not None}
    assert rows == {
        (("Các huyện Hội",), "2036-03-31"),
        (("Các cơ sở Hội",), "2036-04-30"),
        (("Ban Thường vụ Hội Nông dân tỉnh",), "2036-05-30"),
    }, rows
