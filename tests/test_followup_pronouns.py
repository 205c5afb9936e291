"""A follow-up pointing back with a pronoun: "Đơn vị nào phối hợp với họ?" after "Ai phụ trách bảo đảm an ninh
trật tự trong buổi lễ kỷ niệm?" asks the partners of that task's row; the code before read "họ" as nothing,
retrieved the table's first row and answered "Chủ trì: ..." of another task (newcomer trial 42 f2). The
pronoun is resolved from the previous question ("họ", "đơn vị đó", "việc đó", "they", "that unit"): the
partners come from the same row as the task asked before. Own documents: a plan's task table as Word or as a
text pipe table, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pipe_table

OPENING = [
    "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN ĐÔNG SƠN",
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ THỤY LÂM",
    "Số: 14-KH/HPN",
    "Thụy Lâm, ngày 06 tháng 4 năm 2048",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội Phụ nữ khỏe, đẹp xã Thụy Lâm năm 2048",
    "II. PHÂN CÔNG THỰC HIỆN",
]
HEAD = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["1", "Tập hợp danh sách đội thi đồng diễn từ các chi hội", "Ban Tuyên giáo Hội Phụ nữ xã",
     "Chi hội trưởng các thôn", "Trước ngày 20/4/2048"],
    ["2", "Trang trí sân khấu, âm thanh, ánh sáng", "Đoàn Thanh niên xã", "Trường Mầm non Thụy Lâm",
     "Trước ngày 25/4/2048"],
    ["3", "Bảo đảm an ninh, trật tự trong ngày hội", "Công an xã", "Ban Chỉ huy Quân sự xã",
     "Ngày 28/4/2048"],
]
CLOSING = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Vũ Thị Hạnh"]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"pronouns_{request.param}")
    made = root / "made"
    made.mkdir()
    if request.param == "docx":
        plan = write_docx_table(made / "KH-14.docx", OPENING, HEAD, ROWS, CLOSING)
    else:
        plan = write_pipe_table(made / "KH-14.txt", OPENING, HEAD, ROWS, CLOSING)
    lib = root / "lib"
    lib.mkdir()
    return assistant_over(lib, embedder, {plan.name: plan})


@pytest.mark.parametrize(
    ("history", "question", "at"),
    [
        # (the code before answered "Chủ trì: Ban Tuyên giáo Hội Phụ nữ xã", row 1's lead, for the first)
        ("Ai phụ trách bảo đảm an ninh trật tự trong ngày hội?", "Đơn vị nào phối hợp với họ?", 2),
        ("Ai phụ trách bảo đảm an ninh trật tự trong ngày hội?", "Bên nào phối hợp cùng đơn vị đó?", 2),
        ("Ai phụ trách bảo đảm an ninh trật tự trong ngày hội?", "Which unit works with them?", 2),
        ("Ai chủ trì việc trang trí sân khấu, âm thanh, ánh sáng?", "Ai phối hợp với họ?", 1),
    ],
)
def test_the_partners_of_the_row_asked_before(library, history, question, at) -> None:
    answer = library.ask(question, [history])
    line = first_line(answer)
    row = ROWS[at]
    assert row[3] in line, answer.text
    others = [r[2] for r in ROWS if r is not row] + [r[3] for r in ROWS if r is not row]
    assert not any(name in line for name in others), answer.text


def test_a_task_pronoun_asks_the_time_of_that_task(library) -> None:
    history = ["Ai chủ trì việc trang trí sân khấu, âm thanh, ánh sáng?"]
    answer = library.ask("Việc đó phải xong khi nào?", history)
    line = first_line(answer)
    assert "25/4/2048" in line and "20/4/2048" not in line, answer.text
