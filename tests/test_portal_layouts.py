"""Layouts of office and portal documents met in the seventh newcomer trial, through ``load_file``,
``parse`` and the CLI: portal furniture after the body, a layout table around the content, a drawn rule
under the title, two-line issuer blocks, a signature table flattened by a converter, table rows after the
signature, a partner cell naming one body at several kinds of unit. Each test writes its own small file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from assistant.loaders import load_file
from assistant.parse import parse

BODY = [
    "Căn cứ Chương trình công tác năm 2026, Ban Thường vụ hướng dẫn tổ chức các hoạt động như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Phát huy tinh thần xung kích, tình nguyện của đoàn viên, thanh niên trong toàn huyện.",
    "2. Các hoạt động phải hướng về cơ sở, có sản phẩm cụ thể, có giá trị thiết thực với nhân dân.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Các cơ sở Đoàn báo cáo kết quả về Ban Thường vụ Huyện Đoàn trước ngày 05/4/2026.",
]


def _doc(path: Path):
    return parse(load_file(path), path.name)


def _portal_html(tmp_path: Path) -> Path:
    body = "\n".join(f"<p>{line}</p>" for line in BODY)
    page = f"""<html><head><meta charset="utf-8"><title>Hướng dẫn - Cổng thông tin</title></head><body>
    <div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/vb">Văn bản</a></li></ul></div>
    <table width="100%"><tr>
    <td class="left-col"><div class="box"><div>DANH MỤC VĂN BẢN</div><ul><li><a href="/hd">Hướng dẫn</a></li>
      <li><a href="/kh">Kế hoạch</a></li></ul></div>
      <div class="box"><div>THỐNG KÊ TRUY CẬP</div>Đang truy cập: 17<br/>
      Tổng lượt truy cập: 1.204.337</div></td>
    <td class="main-col">
    <table><tr><td align="center"><b>ĐOÀN TNCS HỒ CHÍ MINH<br/>BCH ĐOÀN HUYỆN AN PHÚ</b><br/>***<br/>
      Số: 07-HD/ĐTN</td><td align="center"><i>An Phú, ngày 20 tháng 01 năm 2026</i></td></tr></table>
    <p align="center"><b>HƯỚNG DẪN</b><br/>
    <b>Tổ chức các hoạt động Tháng Thanh niên năm 2026</b><br/>-----</p>
    {body}
    <table><tr><td><b><i>Nơi nhận:</i></b><br/>- Các cơ sở Đoàn;<br/>- Lưu VP.</td>
    <td align="center"><b>TM. BAN THƯỜNG VỤ<br/>BÍ THƯ</b><br/><br/><b>Lê Văn Tám</b></td></tr></table>
    <div class="attach">Tệp đính kèm: <a href="/u/07.pdf">07-HD-DTN.pdf</a> | Lượt xem: 356 |
      <a href="javascript:print()">In trang</a></div>
    </td></tr></table>
    <div id="footer">Bản quyền thuộc Huyện Đoàn An Phú</div></body></html>"""
    path = tmp_path / "huong-dan.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_portal_page_in_a_layout_table_reads_its_body_without_furniture(tmp_path):
    loaded = load_file(_portal_html(tmp_path))
    assert loaded.warnings == []  # the extractor's text matched the page's blocks
    lines = [b.text for b in loaded.blocks]
    assert all("Lượt xem" not in t and "Tệp đính kèm" not in t and "truy cập" not in t for t in lines)
    assert BODY[0] in lines and "HƯỚNG DẪN" in lines
    doc = parse(loaded, "huong-dan.html")
    assert doc.meta.number == "07-HD/ĐTN"
    assert all("Lượt xem" not in s.title and "đính kèm" not in s.title for s in doc.sections)
    assert "-----" not in doc.text and "In trang" not in doc.text
    assert doc.meta.signer and "Lê Văn Tám" in doc.meta.signer


def test_text_export_drops_the_portal_footer_line(tmp_path):
    export = (
        textwrap.dedent(
            """\
        Hướng dẫn tổ chức Tháng Thanh niên - Cổng thông tin Huyện Đoàn An Phú
        Trang chủ > Văn bản > Hướng dẫn

        ĐOÀN TNCS HỒ CHÍ MINH               ĐOÀN TNCS HỒ CHÍ MINH
        BCH ĐOÀN HUYỆN AN PHÚ
        Số: 07-HD/ĐTN                       An Phú, ngày 20 tháng 01 năm 2026

                                HƯỚNG DẪN
              Tổ chức các hoạt động Tháng Thanh niên năm 2026
                                  -----
        """
        )
        + "\n".join(BODY)
        + textwrap.dedent(
            """

        Nơi nhận:                                    TM. BAN THƯỜNG VỤ
        - Các cơ sở Đoàn;                                 BÍ THƯ
        - Lưu VP.
                                                     Lê Văn Tám

        Lượt xem: 214 | In văn bản | Gửi email
        """
        )
    )
    path = tmp_path / "huong-dan.txt"
    path.write_text(export, encoding="utf-8")
    lines = [b.text for b in load_file(path).blocks]
    assert not any("Lượt xem" in t or "Gửi email" in t for t in lines)
    doc = _doc(path)
    assert all("Lượt xem" not in s.title for s in doc.sections)
    assert "In văn bản" not in doc.text and "-----" not in doc.text
    assert doc.meta.signer and "Lê Văn Tám" in doc.meta.signer
