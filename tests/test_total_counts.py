"""A total asked ("tổng cộng bao nhiêu hội viên?") is stated on the first line when the report writes it
(newcomer trial 40 f3: only the table header and the row "Tổng cộng | 318 | 14 | 9" were quoted, no line,
and the prose sentence "Toàn Hội hiện có 5 chi hội với 318 hội viên" was not quoted): the sentence writing
the total with its noun leads, and the total row alone states it under its column. A report written here as
Word (a real table) and as text with a Markdown pipe table, indexed for real, asked through ``Assistant``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pipe_table

OPENING = [
    "HỘI NÔNG DÂN XÃ TÂN PHÚ",
    "Số: 14-BC/HND",
    "Tân Phú, ngày 25 tháng 6 năm 2034",
    "BÁO CÁO",
    "Sơ kết công tác Hội 6 tháng đầu năm 2034",
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Công tác xây dựng tổ chức Hội: Toàn Hội hiện có 6 chi hội với 254 hội viên; trong 6 tháng đã kết nạp "
    "mới 11 hội viên.",
    "2. Kết quả của các chi hội được tổng hợp tại bảng sau:",
]
HEAD = ["Chi hội", "Số hội viên", "Kết nạp mới", "Xếp loại"]
ROWS = [
    ["Thôn Đông", "48", "2", "Vững mạnh"],
    ["Thôn Tây", "41", "3", "Vững mạnh"],
    ["Thôn Nam", "39", "1", "Khá"],
    ["Thôn Bắc", "44", "2", "Vững mạnh"],
    ["Thôn Trung", "40", "1", "Khá"],
    ["Thôn Thượng", "42", "2", "Vững mạnh"],
    ["Tổng cộng", "254", "11", ""],
]
CLOSING = [
    "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
    "1. Kết nạp thêm ít nhất 8 hội viên mới.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Phạm Văn Đức",
]


def _docx(path: Path) -> Path:
    return write_docx_table(path, OPENING, HEAD, ROWS, CLOSING)


def _txt(path: Path) -> Path:
    return write_pipe_table(path, OPENING, HEAD, ROWS, CLOSING)


@pytest.fixture(scope="module", params=["docx", "txt"])
def helper(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"total_counts_{request.param}")
    made = root / f"BC14_HND.{request.param}"
    (_docx if request.param == "docx" else _txt)(made)
    (root / "idx").mkdir()
    return assistant_over(root / "idx", embedder, {made.name: made})


def test_total_members_stated(helper):
    answer = helper.ask("Hội Nông dân xã hiện có tổng cộng bao nhiêu hội viên?")
    assert first_line(answer).startswith("Số liệu:"), answer.text
    assert "254 hội viên" in first_line(answer), answer.text
    # the sentence writing the total with its noun leads the quotes, before the table's total row
    assert "Toàn Hội hiện có 6 chi hội với 254 hội viên" in answer.citations[0].quote, answer.text


@pytest.mark.parametrize("question", ["Tổng cộng kết nạp mới bao nhiêu hội viên?"])
def test_another_column_asked_is_not_the_nouns_column(helper, question):
    # the question names the column "Kết nạp mới" of the total row: "Số hội viên: 254" writes its noun,
    # but is another column's figure
    answer = helper.ask(question)
    assert "254" not in first_line(answer), answer.text
