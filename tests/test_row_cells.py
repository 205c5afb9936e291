"""A table row's cells read with their column's noun (newcomer trial 42 q12), through a real ``Assistant``
over a report whose table is written as Word (a real table) and as Markdown pipe rows (TXT), and a PDF
printing the rows with " | " between cells (no table the loader reads: only the rows' separation is asked
of it):

- "Tổ hội Bàu Sen có bao nhiêu hội viên được tặng giấy khen?" is answered by the row "3 | Bàu Sen | 47 | 2 |
  1": the body is named by the column "Tổ hội" and the cell "Bàu Sen" together, the count by the column
  "Số hội viên" (the row writes bare numbers), so the answer neither abstains nor quotes another passage.
- each row is a quote of its own, however short: never "3 | Bàu Sen | 47 | 2 | 1 4 | Gò Mít | ..." (the
  next row glued after the last cell, read as the number "1 4").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pdf_lines, write_pipe_table

HEAD = ["TT", "Tổ hội", "Số hội viên", "Số được đề cử", "Số được tặng giấy khen"]
ROWS = [
    ["1", "Đồng Cỏ", "52", "3", "3"],
    ["2", "Rạch Vẹm", "39", "2", "2"],
    ["3", "Bàu Sen", "47", "2", "1"],
    ["4", "Gò Mít", "44", "3", "2"],
    ["", "Tổng cộng", "182", "10", "8"],
]
OPENING = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ AN HÒA",
    "Số: 12-BC/PN",
    "An Hòa, ngày 25 tháng 11 năm 2038",
    "BÁO CÁO",
    "Kết quả bình chọn hội viên phụ nữ tiêu biểu năm 2038",
    "I. KẾT QUẢ",
    "Ban Thường vụ Hội đã xét và tặng giấy khen cho các hội viên tiêu biểu theo từng tổ hội như sau:",
]
CLOSING = [
    "II. TỒN TẠI",
    "Tổ hội Bàu Sen nộp hồ sơ chậm; một hồ sơ của tổ hội thiếu biên bản họp xét.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đinh Thị Hoa",
]


def _report(fmt: str, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"row_cells_{fmt}")
    path = root / f"BC-12-PN.{fmt}"
    if fmt == "docx":
        made = write_docx_table(path, OPENING, HEAD, ROWS, CLOSING)
    elif fmt == "txt":
        made = write_pipe_table(Path(path), OPENING, HEAD, ROWS, CLOSING)
    else:
        table = [" | ".join(HEAD), *(" | ".join(r) for r in ROWS)]
        made = write_pdf_lines(path, [*OPENING, *table, *CLOSING])
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {made.name: made})


@pytest.fixture(scope="module", params=["docx", "txt"])
def report(request, tmp_path_factory, embedder):
    return _report(request.param, tmp_path_factory, embedder)


@pytest.fixture(scope="module", params=["docx", "txt", "pdf"])
def any_report(request, tmp_path_factory, embedder):
    return _report(request.param, tmp_path_factory, embedder)


def _quotes(answer) -> list[str]:
    return re.findall(r"^- “(.*)” \[\d+\]$", answer.text, flags=re.M)


@pytest.mark.parametrize(
    "question",
    [
        "Tổ hội Bàu Sen có bao nhiêu hội viên được tặng giấy khen?",
        "Tổ hội Bàu Sen có mấy hội viên được tặng giấy khen năm 2038?",
    ],
)
def test_a_rows_body_and_count_are_its_columns(report, question) -> None:
    answer = report.ask(question)
    quotes = [q.strip("| ") for q in _quotes(answer)]
    assert "3 | Bàu Sen | 47 | 2 | 1" in quotes, answer.text
    line = first_line(answer)
    # no other figure of the row (members, nominated) nor another row's stated as the count
    assert not re.search(r"\b(?:47|52|39|44|182|10|8)\b", line), answer.text


def test_rows_are_quoted_apart(any_report) -> None:
    answer = any_report.ask("Số được tặng giấy khen của tổ hội Bàu Sen là bao nhiêu?")
    quotes = _quotes(answer)
    assert quotes, answer.text
    for q in quotes:
        # one row a quote: a row's last cell is never followed by the next row's number
        assert not re.search(r"\d \d+ \| [^\d|]", q), answer.text
