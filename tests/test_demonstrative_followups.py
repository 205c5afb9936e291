"""A follow-up naming the previous question's unit or person by its noun and a demonstrative ("chi đoàn
đó", "đồng chí ấy") asks about that unit or person: "Còn số công trình của chi đoàn đó thì bao nhiêu?" after
"Chi đoàn thôn Bến Sỏi có bao nhiêu đội viên?" is Bến Sỏi's row, "Đồng chí ấy phụ trách địa bàn nào?" after
"Đồng chí Hà Minh Tuấn phụ trách tiêu chí nào?" is his row (newcomer trial 45 q23, q24: the row first
quoted was another unit's or person's). A decision with an assignment table and a report with a figures
table, written here as Word tables and as text pipe tables, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, write_docx_table, write_pipe_table

REPORT = (
    [
        "ĐOÀN TNCS HỒ CHÍ MINH XÃ HÒA LẠC",
        "Số: 14-BC/ĐTN",
        "Hòa Lạc, ngày 02 tháng 12 năm 2026",
        "BÁO CÁO",
        "Kết quả hoạt động tình nguyện hè năm 2026 của các chi đoàn",
        "Kết quả cụ thể như sau:",
    ],
    ["Chi đoàn", "Số đội viên", "Số công trình", "Kinh phí (triệu đồng)"],
    [
        ["Chi đoàn thôn Đồng Xuân", "47", "3", "86"],
        ["Chi đoàn thôn Bến Sỏi", "29", "2", "54"],
        ["Chi đoàn thôn Gò Mít", "61", "4", "112"],
    ],
    ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Đinh Quang Vũ"],
)
DECISION = (
    [
        "ĐẢNG ỦY XÃ HÒA LẠC",
        "Số: 88-QĐ/ĐU",
        "Hòa Lạc, ngày 10 tháng 11 năm 2026",
        "QUYẾT ĐỊNH",
        "Phân công nhiệm vụ thành viên Ban Chỉ đạo chuyển đổi số xã",
        "Điều 1. Phân công nhiệm vụ các thành viên Ban Chỉ đạo như sau:",
    ],
    ["TT", "Họ và tên", "Nhiệm vụ được phân công", "Địa bàn phụ trách"],
    [
        ["1", "Hà Minh Tuấn", "Phụ trách tiêu chí chữ ký số và dịch vụ công trực tuyến", "Thôn Gò Mít"],
        ["2", "Lưu Thị Ngọc", "Phụ trách tiêu chí thanh toán không dùng tiền mặt", "Thôn Đồng Xuân"],
        ["3", "Phan Văn Đức", "Phụ trách tiêu chí hạ tầng mạng và camera an ninh", "Thôn Bến Sỏi"],
    ],
    ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Hữu Tài"],
)


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"demonstratives_{request.param}")
    made = root / "made"
    made.mkdir()
    write = write_docx_table if request.param == "docx" else write_pipe_table
    files = [
        write(made / f"BC-14-DTN.{request.param}", *REPORT),
        write(made / f"QD-88-DU.{request.param}", *DECISION),
    ]
    return assistant_over(root, embedder, {p.name: p for p in files})


def _first_quote(answer) -> str:
    """The first quoted line that is not a table's header line."""
    quotes = [line for line in answer.text.splitlines() if line.startswith("- “")]
    rows = [q for q in quotes if "Họ và tên" not in q and "Chi đoàn | Số" not in q]
    return rows[0] if rows else ""


def test_a_unit_named_by_its_noun_and_a_demonstrative(library) -> None:
    answer = library.ask(
        "Còn số công trình của chi đoàn đó thì bao nhiêu?",
        history=["Chi đoàn thôn Bến Sỏi có bao nhiêu đội viên?"],
    )
    assert not answer.abstained, answer.text
    assert "Bến Sỏi" in _first_quote(answer), answer.text


def test_a_person_named_by_a_title_and_a_demonstrative(library) -> None:
    answer = library.ask(
        "Đồng chí ấy phụ trách địa bàn nào?",
        history=["Đồng chí Phan Văn Đức phụ trách tiêu chí nào trong Ban Chỉ đạo chuyển đổi số xã?"],
    )
    assert not answer.abstained, answer.text
    assert "Phan Văn Đức" in _first_quote(answer), answer.text
