"""A time question about a unit named by its place ("Chi hội thôn Tây Sơn phải hoàn thành ... khi nào?")
where the document gives that task and its time only to another unit ("Chi hội thôn Đông Hà ... hoàn thành
trước ngày 15/3/2027") and names the asked one only in a figures row: the time is not the asked unit's, and
quoting the row would read as an answer (newcomer trial 45 u01). The unit that has the task still gets its
time. A report written here as Word (paragraphs and a table), HTML and text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pipe_table

OPENING = [
    "HỘI NÔNG DÂN XÃ PHÚ LỘC",
    "Số: 33-BC/HND",
    "Phú Lộc, ngày 05 tháng 12 năm 2026",
    "BÁO CÁO",
    "Kết quả phòng trừ sâu bệnh trên cây lúa vụ mùa năm 2026",
    "1. Kết quả theo các chi hội như sau:",
]
HEAD = ["Chi hội", "Số hội viên tham gia", "Diện tích lúa được phun (ha)"]
ROWS = [
    ["Chi hội thôn Đông Hà", "64", "38"],
    ["Chi hội thôn Tây Sơn", "51", "27"],
    ["Chi hội thôn Bàu Trám", "45", "22"],
]
CLOSING = [
    "2. Nhiệm vụ thời gian tới",
    "Chi hội thôn Đông Hà chịu trách nhiệm rà soát diện tích lúa bị nhiễm rầy nâu, hoàn thành trước ngày "
    "15/3/2027.",
    "Ban Thường vụ Hội Nông dân xã phối hợp Trạm Khuyến nông mở 02 lớp tập huấn phòng trừ rầy nâu.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hồ Văn Lâm",
]


def _html() -> str:
    head = "".join(f"<th>{h}</th>" for h in HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in ROWS)
    para = "".join(f"<p>{line}</p>" for line in OPENING)
    close = "".join(f"<p>{line}</p>" for line in CLOSING)
    return (
        '<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo 33-BC/HND</title></head><body>'
        f"{para}<table><tr>{head}</tr>{rows}</table>{close}</body></html>"
    )


@pytest.fixture(scope="module", params=["docx", "html", "txt"])
def report(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"place_deadlines_{request.param}")
    made = root / "made"
    made.mkdir()
    if request.param == "docx":
        path = write_docx_table(made / "BC-33-HND.docx", OPENING, HEAD, ROWS, CLOSING)
    elif request.param == "txt":
        path = write_pipe_table(made / "BC-33-HND.txt", OPENING, HEAD, ROWS, CLOSING)
    else:
        path = made / "BC-33-HND.html"
        path.write_text(_html(), encoding="utf-8")
    return assistant_over(root, embedder, {path.name: path})


def test_another_units_time_is_not_the_asked_units(report) -> None:
    answer = report.ask("Chi hội thôn Tây Sơn phải hoàn thành rà soát diện tích lúa nhiễm rầy nâu khi nào?")
    assert answer.abstained, answer.text
    assert "15/3/2027" not in first_line(answer), answer.text


def test_the_unit_given_the_task_gets_its_time(report) -> None:
    answer = report.ask("Chi hội thôn Đông Hà phải hoàn thành rà soát diện tích lúa nhiễm rầy nâu khi nào?")
    assert not answer.abstained, answer.text
    assert "15/3/2027" in answer.text, answer.text
