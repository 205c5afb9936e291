"""An event's time and place, asked by its name, through a real ``Assistant`` (session 21, figures kinds 3
and 4), on a plan written here as Word paragraphs and as text, and a schedule table written as Word (a
real table) and as Markdown:

- "Hội nghị tổng kết ... ngày nào?" is not answered by the date of "Hội nghị sơ kết 6 tháng", nor "Lễ
  khai mạc ... ở đâu?" by the place of "Lễ phát động": both are "hội nghị" / "lễ", but another event;
- the same event named with a paraphrase ("Lễ ra quân phát động ...") is the plan's "Lễ phát động ...";
- a schedule row's day written as a range ("26-28/3/2036") is one time: both parts of "ở đâu, ngày
  nào?" are answered from the row, the range whole (not its last day alone).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_as, assistant_over, first_line, write_docx_table, write_pipe_table

PLAN = [
    "HỘI CỰU CHIẾN BINH HUYỆN TÂN LẠC",
    "Số: 15-KH/HCCB",
    "Tân Lạc, ngày 12 tháng 01 năm 2036",
    "KẾ HOẠCH",
    "Tổ chức phong trào thi đua cựu chiến binh năm 2036",
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Lễ phát động phong trào thi đua năm 2036 tổ chức ngày 15/02/2036 tại Hội trường Ủy ban nhân dân"
    " huyện.",
    "2. Hội nghị sơ kết 6 tháng tổ chức ngày 20/7/2036 tại Nhà văn hóa huyện.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đinh Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-15-HCCB", PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị tổng kết tổ chức ngày nào?",
        "Hội nghị tổng kết tổ chức ở đâu?",
        "Lễ khai mạc tổ chức ngày nào?",
        "Lễ khai mạc phong trào thi đua tổ chức ở đâu?",
    ],
)
def test_another_events_time_or_place_is_no_first_line(plan, question) -> None:
    line = first_line(plan.ask(question))
    assert not line.startswith(("Thời gian", "Địa điểm")), line


def test_the_event_named_with_a_paraphrase(plan) -> None:
    answer = plan.ask("Lễ ra quân phát động phong trào thi đua tổ chức ở đâu?")
    assert first_line(answer).startswith("Địa điểm: Hội trường Ủy ban nhân dân huyện"), answer.text


HEAD = ["STT", "Nội dung", "Thời gian", "Địa điểm", "Đơn vị thực hiện"]
ROWS = [
    ["1", "Hội thi tuyên truyền viên giỏi về chuyển đổi số", "26-28/3/2036", "Hội trường UBND xã Đông Sơn",
     "Đoàn Thanh niên xã"],
    ["2", "Giải bóng đá thanh niên", "ngày 12/5/2036", "Sân vận động xã", "Ban Văn hóa xã"],
]
OPENING = [
    "BAN CHẤP HÀNH ĐOÀN XÃ ĐÔNG SƠN",
    "Số: 45-KH/ĐTN",
    "Đông Sơn, ngày 01 tháng 3 năm 2036",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động Tháng Thanh niên năm 2036",
    "II. NỘI DUNG HOẠT ĐỘNG",
]
CLOSING = ["III. TỔ CHỨC THỰC HIỆN", "Các chi đoàn triển khai thực hiện.", "TM. BAN CHẤP HÀNH", "BÍ THƯ"]


def _md(path: Path) -> Path:
    return write_pipe_table(path, OPENING, HEAD, ROWS, CLOSING)


@pytest.fixture(scope="module", params=["docx", "md"])
def schedule(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"schedule_{request.param}")
    path = root / f"KH-45-DTN.{request.param}"
    made = write_docx_table(path, OPENING, HEAD, ROWS, CLOSING) if request.param == "docx" else _md(path)
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {made.name: made})


def test_both_parts_from_the_row(schedule) -> None:
    answer = schedule.ask("Hội thi tuyên truyền viên giỏi tổ chức ở đâu, ngày nào?")
    lines = answer.text.splitlines()
    assert lines[0] == "Thời gian: 26-28/3/2036 [1]", answer.text
    assert lines[1] == "Địa điểm: Hội trường UBND xã Đông Sơn [1]", answer.text
    assert any(" | ".join(HEAD) in line for line in lines), answer.text  # the header row quoted


def test_the_range_is_one_time(schedule) -> None:
    answer = schedule.ask("Hội thi tuyên truyền viên giỏi tổ chức vào ngày nào?")
    assert first_line(answer) == "Thời gian: 26-28/3/2036 [1]", answer.text
