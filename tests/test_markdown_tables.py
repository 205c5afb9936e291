"""Markdown pipe tables as the document's layout: a letterhead or signature table written as ``| ... |`` rows
with the cell's lines joined by ``<br>`` (what converters make of a Word header table), and a task table.

Each cell line must reach the header and signature readers as a line of its own (the "V/v" line never glued
to the number), the separator row must never be text or a section, and no pipe may reach the passages.
Documents are written here; everything goes through ``load_file`` + ``parse`` and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.loaders import load_file
from assistant.parse import parse
from assistant.parse.tables import row_values

HEADER = (
    "| HỘI NÔNG DÂN TỈNH ĐÔNG LĨNH<br>BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN VẠN XUYÊN<br>\\*\\*\\*<br>"
    "Số: 27-CV/HNDH<br>*V/v tổ chức lớp tập huấn trồng nấm rơm cho hội viên năm 2028* "
    "| **ĐẢNG CỘNG SẢN VIỆT NAM**<br><br>*Vạn Xuyên, ngày 09 tháng 3 năm 2028* |"
)
BODY = [
    "",
    "**Kính gửi:** Ban Thường vụ Hội Nông dân các xã.",
    "",
    "Thực hiện chương trình công tác năm 2028, Ban Thường vụ Huyện Hội đề nghị các cơ sở Hội thực hiện:",
    "",
    "1. Lập danh sách hội viên dự lớp, gửi về Văn phòng Huyện Hội trước ngày 20/3/2028.",
    "",
    "2. Phân công thực hiện:",
    "",
    "| STT | Nội dung | Đơn vị chủ trì | Thời gian |",
    "|:---:|---|---|---|",
    "| 1 | Mở lớp tập huấn đợt 1<br>(các xã phía Nam) | Ban Kinh tế Hội Nông dân huyện | Tháng 4/2028 |",
    "| 2 | Tham quan mô hình trồng nấm | Trạm Khuyến nông huyện | Tháng 5/2028 |",
    "",
    "Nhận được Công văn này, đề nghị các cơ sở Hội thực hiện./.",
    "",
    "| *Nơi nhận:*<br>- Như Kính gửi;<br>- Hội Nông dân tỉnh (b/c);<br>- Lưu VP. "
    "| **TM. BAN THƯỜNG VỤ**<br>**PHÓ CHỦ TỊCH**<br><br>(đã ký)<br><br>**Hà Văn Thuận** |",
    "|---|---|",
    "",
]


def _write(tmp_path: Path, name: str, separator: str = "|---|---|") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, separator, *BODY]), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["congvan27.md", "congvan27.txt"])
def test_markdown_letterhead_cell_lines_feed_the_header_and_signature(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name)
    loaded = load_file(path)
    cells = {b.text: b.cell for b in loaded.blocks}
    # Each <br> line of a cell is a block of its own, in its cell, like a Word header table's paragraphs.
    assert cells["Số: 27-CV/HNDH"] == (0, 0, 0)
    assert cells["V/v tổ chức lớp tập huấn trồng nấm rơm cho hội viên năm 2028"] == (0, 0, 0)
    assert cells["Vạn Xuyên, ngày 09 tháng 3 năm 2028"] == (0, 0, 1)
    assert cells["Hà Văn Thuận"][2] == 1 and cells["- Lưu VP."][2] == 0

    doc = parse(loaded, str(path))
    meta = doc.meta
    assert meta.number == "27-CV/HNDH"
    assert meta.issuer and "Vạn Xuyên" in meta.issuer and "Hội Nông dân" in meta.issuer
    assert meta.title == "V/v tổ chức lớp tập huấn trồng nấm rơm cho hội viên năm 2028"
    assert meta.date == "2028-03-09" and meta.place == "Vạn Xuyên"
    assert meta.signer == "Hà Văn Thuận" and meta.signer_title == "PHÓ CHỦ TỊCH"
    assert meta.recipients[-1] == "Lưu VP"
    # No table residue in the passages: no separator row, no pipes but the data table's column names (one
    # "table-header" line, as a Word table gives it) and its rows, their cells as written.
    assert "---" not in doc.text
    piped = [p for p in doc.paragraphs if "|" in p.text]
    assert all(p.style & {"table-header", "table-row"} for p in piped)
    headers = [p.text for p in piped if "table-header" in p.style]
    assert headers == ["STT | Nội dung | Đơn vị chủ trì | Thời gian"]
    # The task table is read as data: a row's cells are read back by their column headers.
    header, *rows = [doc.text[p.start : p.end] for p in piped]
    assert any(row_values(header, r).get("Đơn vị chủ trì") == "Trạm Khuyến nông huyện" for r in rows)


def test_markdown_separator_row_is_never_a_section(tmp_path: Path) -> None:
    path = _write(tmp_path, "congvan27b.md", separator="| :--- | ---: |")
    result = CliRunner().invoke(main, ["inspect", "--json", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    titles = [" ".join(s["path"]) for s in data["sections"]]
    assert titles and not any("|" in t or "---" in t for t in titles)
    assert data["meta"]["number"] == "27-CV/HNDH"


def test_br_outside_a_table_is_a_line_break_not_glue(tmp_path: Path) -> None:
    path = tmp_path / "thongbao5.md"
    path.write_text(
        "BAN CHẤP HÀNH ĐOÀN XÃ TÂN HÒA<br>Số: 05-TB/ĐTN\n\nTHÔNG BÁO\n\nVề lịch sinh hoạt chi đoàn tháng 7\n",
        encoding="utf-8",
    )
    texts = [b.text for b in load_file(path).blocks]
    assert "BAN CHẤP HÀNH ĐOÀN XÃ TÂN HÒA" in texts and "Số: 05-TB/ĐTN" in texts


def test_html_letterhead_cell_br_lines_stay_apart(tmp_path: Path) -> None:
    """The same letterhead as an HTML table: ``<br>`` separates the cell's lines there too."""
    path = tmp_path / "congvan27.html"
    path.write_text(
        "<html><body><table><tr><td>HỘI NÔNG DÂN TỈNH ĐÔNG LĨNH<br>BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN "
        "VẠN XUYÊN<br>***<br>Số: 27-CV/HNDH<br><i>V/v tổ chức lớp tập huấn trồng nấm rơm cho hội viên "
        "năm 2028</i></td><td><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br><br><i>Vạn Xuyên, ngày 09 tháng 3 năm 2028"
        "</i></td></tr></table><p><b>Kính gửi:</b> Ban Thường vụ Hội Nông dân các xã.</p>"
        "<p>1. Lập danh sách hội viên dự lớp, gửi về Văn phòng Huyện Hội trước ngày 20/3/2028.</p>"
        "<p>Nhận được Công văn này, đề nghị các cơ sở Hội thực hiện./.</p></body></html>",
        encoding="utf-8",
    )
    meta = parse(load_file(path), str(path)).meta
    assert meta.number == "27-CV/HNDH"
    assert meta.title == "V/v tổ chức lớp tập huấn trồng nấm rơm cho hội viên năm 2028"
    assert meta.issuer and "Vạn Xuyên" in meta.issuer
