"""A table's figures column chosen by the act the question asks, not by its counted noun (newcomer trial 42
q11), through a real ``Assistant`` over a report whose table is written as Word (a real table) and as
Markdown pipe rows:

- "Toàn huyện có tổng cộng bao nhiêu đoàn viên được khen thưởng?" of the total row under the columns
  "Số đoàn viên | Số đề nghị khen | Số được khen thưởng" is the column naming the act ("được khen thưởng"),
  not "Số đoàn viên" that writes only the noun counted; a column's name opens with the counting head
  "Số", which the question does not write.
- a question naming no act ("có bao nhiêu đoàn viên?") still takes the noun's column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pipe_table

HEAD = ["TT", "Chi đoàn", "Số đoàn viên", "Số đề nghị khen", "Số được khen thưởng"]
ROWS = [
    ["1", "Bến Tre", "57", "4", "3"],
    ["2", "Gò Gai", "43", "5", "2"],
    ["", "Tổng cộng", "100", "9", "5"],
]
OPENING = [
    "ĐOÀN TNCS HỒ CHÍ MINH HUYỆN PHÚ LÂM",
    "Số: 31-BC/HĐTN",
    "Phú Lâm, ngày 20 tháng 11 năm 2037",
    "BÁO CÁO",
    "Kết quả bình xét đoàn viên xuất sắc năm 2037",
    "Kết quả bình xét ở các chi đoàn như sau:",
]
CLOSING = ["Nơi nhận:", "- Như trên;", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Tâm"]


@pytest.fixture(scope="module", params=["docx", "md"])
def report(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"act_columns_{request.param}")
    path = root / f"BC-31-HDTN.{request.param}"
    if request.param == "docx":
        made = write_docx_table(path, OPENING, HEAD, ROWS, CLOSING)
    else:
        made = write_pipe_table(Path(path), OPENING, HEAD, ROWS, CLOSING)
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {made.name: made})


def test_the_acts_column_of_the_total_row(report) -> None:
    answer = report.ask("Toàn huyện có tổng cộng bao nhiêu đoàn viên được khen thưởng năm 2037?")
    line = first_line(answer)
    assert "100" not in line, answer.text
    assert line.startswith("Số liệu: Số được khen thưởng: 5 "), answer.text


def test_a_question_naming_no_act_takes_the_nouns_column(report) -> None:
    answer = report.ask("Toàn huyện có tổng cộng bao nhiêu đoàn viên?")
    line = first_line(answer)
    assert not line.startswith("Số liệu") or "100" in line, answer.text
