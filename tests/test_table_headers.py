"""A quoted table row comes with its table's header row (trial 31 p11, p12, p14, p50), through
``Assistant.ask`` on a report written here as DOCX, HTML and a text file with a Markdown pipe table:

- whatever row is quoted, the column names ("TT | Chỉ tiêu | Kế hoạch năm 2031 | ...") are quoted above the
  first row of their table, once, however many of its rows are quoted;
- an answer quoting no row quotes no header;
- the citations are numbered in the order the answer shows them.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import assistant_over
from tests.test_table_facts import _docx, _html

RESULTS = [
    ["TT", "Chỉ tiêu", "Kế hoạch năm 2031", "Thực hiện năm 2031", "Tỷ lệ so với kế hoạch (%)"],
    ["1", "Kết nạp hội viên mới", "400", "452", "113"],
    ["2", "Vốn Quỹ Hỗ trợ nông dân tăng thêm (triệu đồng)", "900", "870", "96,7"],
    ["3", "Mô hình kinh tế tập thể thành lập mới", "12", "15", "125"],
    ["4", "Hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp", "3.000", "3.240", "108"],
]
BEFORE = [
    "HỘI NÔNG DÂN HUYỆN BẢO LẠC",
    "Số: 21-BC/HND",
    "Bảo Lạc, ngày 05 tháng 12 năm 2031",
    "BÁO CÁO",
    "Kết quả công tác Hội và phong trào nông dân năm 2031",
    "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    "Kết quả thực hiện các chỉ tiêu chủ yếu như sau:",
]
AFTER = [
    "II. CÔNG TÁC TẬP HUẤN",
    "Trong năm, Hội phối hợp với Trạm Khuyến nông huyện mở 26 lớp tập huấn chuyển giao khoa học kỹ thuật"
    " cho 1.450 lượt hội viên.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đinh Văn Lực",
]
HEADER = " | ".join(RESULTS[0])


def _markdown() -> str:
    """The report as a text file whose table is a Markdown pipe table (header, separator, rows)."""
    table = ["| " + " | ".join(RESULTS[0]) + " |", "|" + "---|" * len(RESULTS[0])]
    table += ["| " + " | ".join(row) + " |" for row in RESULTS[1:]]
    return "\n\n".join(BEFORE) + "\n\n" + "\n".join(table) + "\n\n" + "\n\n".join(AFTER) + "\n"


@pytest.fixture(scope="module", params=["docx", "html", "txt"])
def report(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"results_{request.param}")
    if request.param == "docx":
        made = _docx(root / "made.docx", BEFORE, RESULTS, AFTER)
        return assistant_over(root, embedder, {"BC-21.docx": made})
    if request.param == "html":
        return assistant_over(root, embedder, {"BC-21.html": _html(BEFORE, RESULTS, AFTER)})
    return assistant_over(root, embedder, {"BC-21.txt": _markdown()})


def _quotes(answer) -> list[str]:
    return re.findall(r"^- “(.*)” \[\d+\]$", answer.text, re.MULTILINE)


def _rows_quoted(answer) -> list[str]:
    rows = {" | ".join(r) for r in RESULTS[1:]}
    return [q for q in _quotes(answer) if q in rows]


@pytest.mark.parametrize(
    "question, row",
    [
        ("Năm 2031 Hội kết nạp được bao nhiêu hội viên mới?", 1),
        ("Mô hình kinh tế tập thể thành lập mới đạt bao nhiêu phần trăm kế hoạch?", 3),
        ("Số hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp năm 2031?", 4),
    ],
)
def test_a_quoted_row_comes_with_its_header_once_above_it(report, question: str, row: int) -> None:
    """The row asked is quoted, and the table's column names once, above the first row quoted: "452" alone
    does not say whether it is the plan, the result or the rate."""
    answer = report.ask(question)
    assert not answer.abstained, answer.evidence
    quotes = _quotes(answer)
    wanted = " | ".join(RESULTS[row])
    assert wanted in quotes, answer.text
    assert quotes.count(HEADER) == 1, answer.text
    first_row = min(quotes.index(r) for r in _rows_quoted(answer))
    assert quotes.index(HEADER) < first_row, answer.text
    assert any(c.quote == HEADER for c in answer.citations)


def test_the_citations_are_numbered_in_the_order_shown(report) -> None:
    """The header's citation is added after the row's: numbers are given again in the order the text shows
    them, so the sources list reads [1], [2], ... down the answer."""
    answer = report.ask("Vốn Quỹ Hỗ trợ nông dân tăng thêm năm 2031 là bao nhiêu?")
    assert not answer.abstained, answer.evidence
    assert HEADER in _quotes(answer), answer.text
    shown = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", answer.text)))
    assert shown == list(range(1, len(shown) + 1)), answer.text
    assert [c.n for c in answer.citations][: len(shown)] == shown
    by_n = {c.n: c.quote for c in answer.citations}
    for quote, n in re.findall(r"^- “(.*)” \[(\d+)\]$", answer.text, re.MULTILINE):
        assert " ".join(by_n[int(n)].split()) == quote


def test_an_answer_quoting_no_row_quotes_no_header(report) -> None:
    """Near miss: a prose sentence answers; no row is quoted, so no header either."""
    answer = report.ask("Hội phối hợp với Trạm Khuyến nông huyện mở bao nhiêu lớp tập huấn?")
    assert not answer.abstained, answer.evidence
    assert "26 lớp tập huấn" in answer.citations[0].quote
    assert (HEADER in _quotes(answer)) == bool(_rows_quoted(answer)), answer.text
