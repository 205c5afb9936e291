"""An English "when" question whose verb is a light one ("hold", "organise" -> "tổ chức") before an act
glossed several ways ("review" -> sơ kết, tổng kết) asks the time of that act, not of "tổ chức": the light
verb alone named the act, and another task's row that writes it ("Tổ chức Hội nghị ...") won the first line
over the asked task's own row by it (trial 44 q22: "Deadline: Tháng 11/2026" of the contest row for the
one-year review's "Chậm nhất ngày 15/12/2026"). A plan's appendix table written here as a Word table and as
a Markdown pipe table in a .txt file, asked through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, write_docx_table, write_pipe_table

OPENING = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ AN LẠC ĐÔNG",
    "Số: 12-KH/ĐTN",
    "An Lạc Đông, ngày 05 tháng 3 năm 2027",
    "KẾ HOẠCH",
    "thực hiện phong trào thanh niên tình nguyện năm 2027 - 2028",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát huy vai trò xung kích của đoàn viên, thanh niên trong xây dựng nông thôn mới.",
    "II. NHIỆM VỤ CỤ THỂ (Phụ lục kèm theo)",
]
HEAD = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"]
ROWS = [
    ["1", "Mở 03 lớp tập huấn kỹ năng chuyển đổi số cho đoàn viên", "Phó Bí thư Đoàn xã", "Bưu điện xã",
     "Quý II/2027"],
    ["2", "Tổ chức Hội nghị biểu dương thanh niên tiêu biểu cấp xã", "Văn phòng Đoàn xã",
     "Hội LHPN xã, Hội Nông dân xã", "Tháng 9/2027"],
    ["3", "Sơ kết 01 năm thực hiện Kế hoạch", "Ban Thường vụ Đoàn xã", "Các chi đoàn",
     "Chậm nhất ngày 20/12/2027"],
    ["4", "Xây dựng 02 công trình thanh niên thắp sáng đường quê", "Các chi đoàn ấp", "Ban Nhân dân ấp",
     "Tháng 6/2028"],
]
CLOSING = ["T/M BAN CHẤP HÀNH", "BÍ THƯ", "Trần Minh Khoa"]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    from assistant.api import Assistant
    from assistant.config import Settings
    from assistant.indexer import Indexer

    root = tmp_path_factory.mktemp(f"kh12-{request.param}")
    docs = root / "docs"
    docs.mkdir()
    write = write_docx_table if request.param == "docx" else write_pipe_table
    write(docs / f"KH-12-DTN.{request.param}", OPENING, HEAD, ROWS, CLOSING)
    settings = Settings.from_env(index_dir=root / "index", documents_dir=docs)
    Indexer(settings, embedder=embedder).update(docs)
    return Assistant(settings, embedder=embedder)


@pytest.mark.parametrize(
    "question",
    [
        "By when must the commune Youth Union hold the one-year review of its plan?",
        "By when should the commune Youth Union organise the one-year review of the plan?",
    ],
)
def test_the_asked_review_row_gives_the_line_not_the_row_writing_the_light_verb(plan, question) -> None:
    answer = plan.ask(question)
    line = first_line(answer)
    assert "9/2027" not in line and "Văn phòng Đoàn xã" not in line, answer.text
    # the review's own row answers it, or no line at all (never another row's time or lead)
    assert "20/12/2027" in line or not line.lower().startswith("deadline"), answer.text


def test_a_light_verb_with_its_own_object_still_finds_its_row(plan) -> None:
    # "conference" has one gloss (hội nghị): the act asked is "tổ chức + hội nghị", written by its own row
    answer = plan.ask(
        "By when must the commune Youth Union hold the conference honouring outstanding young people?"
    )
    assert "9/2027" in first_line(answer), answer.text
