"""A recipient whose name holds " - " ("Phòng Tài nguyên - Môi trường huyện", "Trung tâm Văn hóa - Thể thao
xã") is one recipient, in every format (trial 24: an HTML list of "<p>- ...</p>" lines gave two bogus
recipients, "Phòng Văn hóa" and "Thông tin huyện"). A dash opens an item at the start of a line or after an
item's end (";"); inside a list whose items end with ";" a dash before a capital is part of a name. A
cell's unpunctuated lines glued ("- Như trên - Lưu VT") are still two items. Names are invented.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import dejavu_page, soffice_convert

HEAD = [
    "ỦY BAN NHÂN DÂN XÃ TÂN LỘC",
    "Số: 58/KH-UBND",
    "Tân Lộc, ngày 06 tháng 3 năm 2029",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội đọc sách năm 2029",
    "1. Thời gian: ngày 21/4/2029 tại Nhà văn hóa xã.",
    "2. Công chức Văn hóa - Xã hội xã chủ trì chuẩn bị nội dung.",
]
RECIPIENTS = [
    "UBND huyện (b/c)",
    "Phòng Tài nguyên - Môi trường huyện",
    "Trung tâm Văn hóa - Thể thao xã",
    "Lưu VT",
]
LIST = [f"- {r};" for r in RECIPIENTS[:-1]] + [f"- {RECIPIENTS[-1]}."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Minh Khôi"]
HTML_LIST = "<ul>" + "".join(f"<li>{x[2:]}</li>" for x in LIST) + "</ul>"
EXPECTED = ["UBND huyện (b/c)", *RECIPIENTS[1:]]


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _docx(path: Path, table: bool) -> Path:
    import docx

    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    if table:  # the usual signature table: recipients left, signature right
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.paragraphs[0].text = "Nơi nhận:"
        for line in LIST:
            left.add_paragraph(line)
        right.paragraphs[0].text = SIGN[0]
        for line in SIGN[1:]:
            right.add_paragraph(line)
    else:
        for line in ["Nơi nhận:", *LIST, *SIGN]:
            d.add_paragraph(line)
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    pdf = dejavu_page(10)
    y = 50.0
    for line in HEAD + ["Nơi nhận:", *LIST] + SIGN:
        for piece in textwrap.wrap(line, 40):
            pdf.text(60, y, piece)
            y += 13
        y += 11  # a paragraph's distance: each line given a paragraph of its own
    pdf.output(str(path))
    return path


def _html(items: str) -> str:
    head = "".join(f"<p>{x}</p>" for x in HEAD)
    sign = "".join(f"<p><b>{x}</b></p>" for x in SIGN)
    return (
        f"<html><body><article>{head}<table><tr><td><p><b><i>Nơi nhận:</i></b></p>{items}</td>"
        f"<td>{sign}</td></tr></table></article></body></html>"
    )


MAKERS = {
    "txt": lambda d: _write(d / "kh.txt", "\n".join(HEAD + ["Nơi nhận:", *LIST] + SIGN)),
    "md": lambda d: _write(d / "kh.md", "\n\n".join(HEAD + ["Nơi nhận:", "\n".join(LIST)] + SIGN)),
    "html-paragraphs": lambda d: _write(d / "kh.html", _html("".join(f"<p>{x}</p>" for x in LIST))),
    "html-list": lambda d: _write(d / "kh.html", _html(HTML_LIST)),
    "docx": lambda d: _docx(d / "kh.docx", table=False),
    "docx-table": lambda d: _docx(d / "kh.docx", table=True),
    "doc": lambda d: soffice_convert(_docx(d / "kh.docx", table=True), "doc"),
    "pdf": lambda d: _pdf(d / "kh.pdf"),
}


def _inspect(path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "inspect", "--json", str(path)],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(out.stdout)["meta"]


@pytest.mark.parametrize("layout", list(MAKERS))
def test_a_dashed_recipient_name_is_one_recipient(tmp_path: Path, layout: str) -> None:
    from assistant.loaders import load_file
    from assistant.parse import parse

    path = MAKERS[layout](tmp_path)
    meta = parse(load_file(path), str(path)).meta
    assert meta.recipients == EXPECTED, meta.recipients


def test_inspect_shows_the_dashed_recipient_whole(tmp_path: Path) -> None:
    meta = _inspect(MAKERS["html-paragraphs"](tmp_path))
    assert meta["recipients"] == EXPECTED


def test_unpunctuated_glued_items_are_still_items(tmp_path: Path) -> None:
    from assistant.loaders import load_file
    from assistant.parse import parse

    text = "\n".join(HEAD + ["Nơi nhận: - Như trên - Lưu VT", *SIGN])
    path = _write(tmp_path / "kh.txt", text)
    meta = parse(load_file(path), str(path)).meta
    assert meta.recipients == ["Như trên", "Lưu VT"], meta.recipients


def test_a_plus_inside_an_item_still_joins_two_recipients(tmp_path: Path) -> None:
    from assistant.loaders import load_file
    from assistant.parse import parse

    tail = ["Nơi nhận:", "- Văn phòng Tỉnh ủy + Phòng Tổng hợp;", "- Lưu VT.", *SIGN]
    path = _write(tmp_path / "kh.md", "\n\n".join(HEAD) + "\n\n" + "\n".join(tail))
    meta = parse(load_file(path), str(path)).meta
    assert meta.recipients == ["Văn phòng Tỉnh ủy", "Phòng Tổng hợp", "Lưu VT"], meta.recipients
