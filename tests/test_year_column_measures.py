"""A figures table with several measures, some by year and some not ("Số đội năm 2025 | Số đội năm 2026 |
Đội viên (2026) | Kinh phí (triệu đồng)"): a year in a column's name is the year of that column's figure,
never of another column's (newcomer trial 45 q09, u03).

- a column named with its year in brackets ("Đội viên (2026)") still makes the first row a header, so the
  rows are read with their columns named;
- "năm 2026 ... bao nhiêu đội ...?" is answered from the row (the year and the measure are in the column
  name, the qualifier in the report's subject line), never with another 2026 column's figure;
- "Kinh phí ... năm 2025?" abstains: only the count of teams is given by year; the sum is undated.

The report is written here as Word (a python-docx table), HTML (a <table>) and text (a pipe table), and
asked through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pipe_table

OPENING = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ HÒA LẠC",
    "Số: 14-BC/ĐTN",
    "Hòa Lạc, ngày 02 tháng 12 năm 2026",
    "BÁO CÁO",
    "Kết quả xây dựng mô hình Đội thanh niên tình nguyện giữ gìn môi trường",
    "Kết quả cụ thể theo các chi đoàn như sau:",
]
HEAD = ["Chi đoàn", "Số đội năm 2025", "Số đội năm 2026", "Đội viên (2026)", "Kinh phí (triệu đồng)"]
ROWS = [
    ["Chi đoàn thôn Đồng Xuân", "2", "5", "47", "86"],
    ["Chi đoàn thôn Bến Sỏi", "1", "3", "29", "54"],
    ["Chi đoàn thôn Gò Mít", "4", "6", "61", "112"],
]
CLOSING = ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Đinh Quang Vũ"]
# every year in a "Số đội năm ..." column, two undated measures with their units in brackets
PLAIN_HEAD = [
    "Chi đoàn", "Số đội năm 2025", "Số đội năm 2026", "Dư quỹ (triệu đồng)", "Diện tích trồng cây (ha)"
]
PLAIN_ROWS = [
    ["Chi đoàn thôn Đồng Xuân", "2", "5", "86", "12"],
    ["Chi đoàn thôn Bến Sỏi", "1", "3", "54", "7"],
    ["Chi đoàn thôn Gò Mít", "4", "6", "112", "15"],
]


def _html(head: list[str], body: list[list[str]]) -> str:
    cells = "".join(f"<th>{h}</th>" for h in head)
    rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in body)
    paras = "".join(f"<p>{line}</p>" for line in OPENING)
    close = "".join(f"<p>{line}</p>" for line in CLOSING)
    return (
        '<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo 14-BC/ĐTN</title></head><body>'
        f"{paras}<table><tr>{cells}</tr>{rows}</table>{close}</body></html>"
    )


def _report(fmt: str, tmp_path_factory, embedder, head: list[str], rows: list[list[str]]):
    root = tmp_path_factory.mktemp(f"year_columns_{fmt}")
    made = root / "made"
    made.mkdir()
    if fmt == "docx":
        path = write_docx_table(made / "BC-14-DTN.docx", OPENING, head, rows, CLOSING)
    elif fmt == "txt":
        path = write_pipe_table(made / "BC-14-DTN.txt", OPENING, head, rows, CLOSING)
    else:
        path = made / "BC-14-DTN.html"
        path.write_text(_html(head, rows), encoding="utf-8")
    return assistant_over(root, embedder, {path.name: path})


@pytest.fixture(scope="module", params=["docx", "html", "txt"])
def report(request, tmp_path_factory, embedder):
    return _report(request.param, tmp_path_factory, embedder, HEAD, ROWS)


@pytest.fixture(scope="module", params=["docx", "html", "txt"])
def plain_report(request, tmp_path_factory, embedder):
    return _report(request.param, tmp_path_factory, embedder, PLAIN_HEAD, PLAIN_ROWS)


def test_the_count_of_a_year_column_is_answered(report) -> None:
    answer = report.ask("Năm 2026 Chi đoàn thôn Đồng Xuân có bao nhiêu đội thanh niên tình nguyện?")
    assert not answer.abstained, answer.text
    assert "Chi đoàn thôn Đồng Xuân | 2 | 5" in answer.text, answer.text
    line = first_line(answer)
    # never the other 2026 column's figure (47 members) nor the undated sum
    assert "47" not in line and "86" not in line, line
    assert not line.startswith("Số liệu") or line.startswith("Số liệu: 5"), line


def test_another_columns_year_is_not_the_asked_measures(report) -> None:
    answer = report.ask("Kinh phí của Chi đoàn thôn Bến Sỏi năm 2025 là bao nhiêu?")
    assert answer.abstained, answer.text


def test_the_years_of_the_only_dated_measure_are_not_the_others(plain_report) -> None:
    answer = plain_report.ask("Dư quỹ của Chi đoàn thôn Bến Sỏi năm 2025 là bao nhiêu?")
    assert answer.abstained, answer.text
    answer = plain_report.ask("Diện tích trồng cây của Chi đoàn thôn Bến Sỏi năm 2025 là bao nhiêu?")
    assert answer.abstained, answer.text


def test_a_unit_asked_names_its_column(plain_report) -> None:
    """"bao nhiêu ha" asks the column whose name writes "(ha)", which no year names."""
    answer = plain_report.ask("Năm 2026 Chi đoàn thôn Gò Mít trồng được bao nhiêu ha cây?")
    line = first_line(answer)
    assert "6" not in line and "triệu" not in line, answer.text


def test_the_year_column_of_the_measure_asked_is_answered(plain_report) -> None:
    answer = plain_report.ask("Chi đoàn thôn Bến Sỏi có bao nhiêu đội năm 2025?")
    assert not answer.abstained, answer.text
    line = first_line(answer)
    # the count of teams, without another column's unit ("triệu đồng")
    assert "54" not in line and "3 (" not in line and "triệu" not in line, line
