"""Layouts of office and portal documents met in the seventh newcomer trial, through ``load_file``,
``parse`` and the CLI: portal furniture after the body, a layout table around the content, a drawn rule
under the title, two-line issuer blocks, a signature table flattened by a converter, table rows after the
signature, a partner cell naming one body at several kinds of unit. Each test writes its own small file.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.config import Settings
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


# ------------------------------------------------------------- issuer blocks, in every format

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PLAN_BODY = [
    "KẾ HOẠCH",
    "Tổ chức Ngày hội Đại đoàn kết ở khu dân cư năm 2026",
    "Thực hiện Hướng dẫn số 21/HD-MTTQ-BTT ngày 10/8/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện "
    "An Phú về tổ chức Ngày hội, Ban Thường trực xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Tăng cường khối đại đoàn kết toàn dân tộc ở khu dân cư, phát huy quyền làm chủ của nhân dân.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ban công tác Mặt trận các thôn xây dựng kế hoạch cụ thể, gửi về xã trước ngày 10/10/2026.",
]
RECIPIENTS = ["Nơi nhận:", "- Các thôn;", "- Lưu VT."]
SIGNATURE = ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Lâm Thị Oanh"]
ORGAN_ABOVE_OWNER = [
    "ỦY BAN MTTQ VIỆT NAM HUYỆN AN PHÚ",
    "BAN THƯỜNG TRỰC",
    "ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA",
]
ORGAN_BELOW_OWNER = ["ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN HÒA", "BAN THƯỜNG TRỰC"]
ORGAN_OF_ACRONYM = ["HỘI LHPN TỈNH BÌNH AN", "BAN THƯỜNG VỤ HỘI LHPN", "HUYỆN AN PHÚ"]


def _cells(cell, lines: list[str]) -> None:
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _plan(tmp_path: Path, suffix: str, issuer: list[str]) -> Path:
    path = tmp_path / f"kh-mttq{suffix}"
    number, date = "Số: 12/KH-MTTQ", "Tân Hòa, ngày 25 tháng 8 năm 2026"
    if suffix == ".docx":
        import docx

        d = docx.Document()
        head = d.add_table(rows=1, cols=2)
        _cells(head.cell(0, 0), [*issuer, number])
        _cells(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", date])
        for line in PLAN_BODY:
            d.add_paragraph(line)
        tail = d.add_table(rows=1, cols=2)
        _cells(tail.cell(0, 0), RECIPIENTS)
        _cells(tail.cell(0, 1), SIGNATURE)
        d.save(str(path))
        return path
    lines = [*issuer, number, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", date, *PLAN_BODY, *RECIPIENTS, *SIGNATURE]
    if suffix == ".pdf":
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_font("dv", "", FONT)
        pdf.set_font("dv", size=11)
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line)
            pdf.ln(1)
        pdf.output(str(path))
        return path
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".txt"])
@pytest.mark.parametrize("issuer", [ORGAN_ABOVE_OWNER, ORGAN_BELOW_OWNER], ids=["above", "below"])
def test_standing_body_of_a_committee_is_the_issuer(tmp_path: Path, suffix: str, issuer: list[str]) -> None:
    doc = _doc(_plan(tmp_path, suffix, issuer))
    assert doc.meta.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hòa"
    ref = next(r for r in doc.meta.references if r.number == "21/HD-MTTQ-BTT")
    assert ref.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam huyện An Phú"  # the place past 8 words


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_owner_name_after_an_organ_keeps_its_capital(tmp_path: Path, suffix: str) -> None:
    doc = _doc(_plan(tmp_path, suffix, ORGAN_OF_ACRONYM))
    assert doc.meta.issuer == "Ban Thường vụ Hội LHPN huyện An Phú"


# ------------------------------------------------- a .doc ending in its signature table (LibreOffice)


@pytest.mark.parametrize("antiword", [True, False], ids=["antiword", "no-antiword"])
def test_word97_doc_ending_in_its_signature_table_keeps_the_signer(tmp_path: Path, antiword: bool) -> None:
    """LibreOffice reads a .doc whose last element is a table as paragraphs, the capacity glued to the last
    recipient: antiword's view restores the table; without antiword the glued line is split."""
    import shutil
    import subprocess

    import docx

    if shutil.which("soffice") is None or shutil.which("antiword") is None:
        pytest.skip("needs LibreOffice (soffice) and antiword")
    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    _cells(head.cell(0, 0), ["HỘI CCB TỈNH BÌNH AN", "HỘI CỰU CHIẾN BINH", "HUYỆN AN PHÚ", "Số: 46/CV-CCB"])
    _cells(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "An Phú, ngày 18 tháng 5 năm 2026"])
    d.add_paragraph("Kính gửi: Hội Cựu chiến binh các xã, thị trấn trong huyện.")
    d.add_paragraph("1. Tổ chức tổng kết phong trào ở cấp cơ sở, hoàn thành trước ngày 30/6/2026.")
    d.add_paragraph("Đề nghị Hội Cựu chiến binh các xã, thị trấn quan tâm thực hiện./.")
    tail = d.add_table(rows=1, cols=2)  # the document's last element: no paragraph after it
    _cells(tail.cell(0, 0), ["Nơi nhận:", "- Như kính gửi;", "- Lưu: VP."])
    _cells(tail.cell(0, 1), ["TM. THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Hoàng Văn Mạnh"])
    src = tmp_path / "cv46.docx"
    d.save(str(src))
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--convert-to",
         "doc", "--outdir", str(out), str(src)],
        check=True, capture_output=True, timeout=180, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    settings = Settings() if antiword else replace(Settings(), antiword_cmd=str(tmp_path / "no-antiword"))
    loaded = load_file(out / "cv46.doc", settings)
    assert any(b.cell is not None and b.text == "CHỦ TỊCH" for b in loaded.blocks) == antiword
    doc = parse(loaded, "cv46.doc")
    assert doc.meta.signer == "Hoàng Văn Mạnh"
    assert doc.meta.signer_capacity == "TM. THƯỜNG TRỰC"
    assert doc.meta.signer_title == "CHỦ TỊCH"
    assert doc.meta.recipients[-1] == "Lưu: VP"


# ------------------------------------------- data tables after the signature, rows as quotes of their own

TASKS = [
    ("Ban hành văn bản hướng dẫn đăng ký mô hình", "Ban Tuyên giáo", "Hội LHPN xã Tân Hòa, thị trấn An Phú",
     "Trước ngày 25/3/2026"),
    ("Tổng hợp danh sách chi hội đăng ký mô hình", "Ban Kinh tế - Xã hội", "Hội LHPN các xã, thị trấn",
     "Trước ngày 15/4/2026"),
    ("Tổ chức Hội thi gia đình xanh cấp huyện", "Ban Gia đình - Xã hội", "Huyện Đoàn", "Tháng 8/2026"),
    ("Kiểm tra, giám sát việc thực hiện tại cơ sở", "Ban Kiểm tra Hội LHPN huyện", "Ban Kinh tế - Xã hội",
     "Quý III/2026"),
    ("Sơ kết, báo cáo kết quả về Hội LHPN tỉnh", "Văn phòng Hội LHPN huyện", "Các ban chuyên môn",
     "Trước ngày 05/12/2026"),
]  # fmt: skip
APPENDIX = [
    ("Chi hội phụ nữ thôn Bàu Sen", "Xã Tân Hòa", "22"),
    ("Chi hội phụ nữ khu phố 3", "Thị trấn An Phú", "31"),
]


def _table(d, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value


def _plan_with_tables(path: Path) -> Path:
    import docx

    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    _cells(head.cell(0, 0), ORGAN_OF_ACRONYM + ["Số: 27-KH/HPN"])
    _cells(head.cell(0, 1), ["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "An Phú, ngày 12 tháng 3 năm 2026"])
    for line in ["KẾ HOẠCH", "Triển khai mô hình Tổ phụ nữ tiết kiệm xanh năm 2026", "I. TỔ CHỨC THỰC HIỆN",
                 "Ban Thường vụ Hội LHPN huyện phân công thực hiện như sau:"]:  # fmt: skip
        d.add_paragraph(line)
    head_row = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    _table(d, [head_row] + [[str(i), *row] for i, row in enumerate(TASKS, 1)])
    d.add_paragraph(
        "Hội LHPN các xã, thị trấn xây dựng kế hoạch thực hiện, gửi về huyện trước ngày 31/3/2026."
    )
    tail = d.add_table(rows=1, cols=2)
    _cells(tail.cell(0, 0), ["Nơi nhận:", "- Các cơ sở Hội;", "- Lưu VP."])
    _cells(tail.cell(0, 1), ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Đinh Thị Hà"])
    d.add_paragraph("Phụ lục")
    d.add_paragraph("DANH SÁCH CHI HỘI ĐĂNG KÝ MÔ HÌNH ĐIỂM")
    _table(
        d,
        [["STT", "Chi hội", "Xã, thị trấn", "Số thành viên"]]
        + [[str(i), *r] for i, r in enumerate(APPENDIX, 1)],
    )
    d.save(str(path))
    return path


def test_appendix_table_after_the_signature_reads_as_rows(tmp_path: Path) -> None:
    doc = _doc(_plan_with_tables(tmp_path / "kh27.docx"))
    appendix = next(s for s in doc.sections if s.path == ["Phụ lục"])
    paras = [p for p in doc.paragraphs if appendix.start <= p.start < appendix.end]
    assert [p.text for p in paras if "table-header" in p.style] == [
        "STT | Chi hội | Xã, thị trấn | Số thành viên"
    ]
    assert "2 | Chi hội phụ nữ khu phố 3 | Thị trấn An Phú | 31" in [
        p.text for p in paras
    ]
    assert not any(p.text in {"STT", "Chi hội", "Số thành viên"} for p in doc.paragraphs)
    assert doc.meta.signer == "Đinh Thị Hà"


def test_table_rows_are_quoted_apart(tmp_path: Path, embedder) -> None:
    from assistant.api import Assistant
    from assistant.indexer import Indexer

    docs = tmp_path / "docs"
    docs.mkdir()
    _plan_with_tables(docs / "kh27.docx")
    settings = Settings.from_env(index_dir=tmp_path / "index", documents_dir=docs)
    Indexer(settings, embedder=embedder).update(docs)
    answer = Assistant(settings, embedder=embedder).ask(
        "Đơn vị nào phối hợp với Ban Kiểm tra Hội LHPN huyện trong việc kiểm tra, giám sát tại cơ sở?"
    )
    quotes = [c.quote for c in answer.citations]
    assert any("Kiểm tra, giám sát" in q for q in quotes), quotes
    for q in quotes:  # one row per quote: never "... Quý III/2026 5. Nội dung: ..."
        assert len(re.findall(r"(?:^|\n)\d\. Nội dung:", q)) <= 1, q


def test_partner_cell_listing_kinds_of_unit_is_one_body(tmp_path: Path) -> None:
    from assistant.obligations import extract_obligations

    doc = _doc(_plan_with_tables(tmp_path / "kh27.docx"))
    rows = {r.task: r for r in extract_obligations(doc)}
    listing = rows["Tổng hợp danh sách chi hội đăng ký mô hình"]
    assert listing.lead == ["Ban Kinh tế - Xã hội"]
    assert listing.coordinators == ["Hội LHPN các xã, thị trấn"]  # not "Hội LHPN các xã" + "thị trấn"
    named = rows["Ban hành văn bản hướng dẫn đăng ký mô hình"].coordinators
    assert len(named) == 2 and named[0] == "Hội LHPN xã Tân Hòa"  # two named places: two bodies


def test_appendix_table_after_the_signature_reads_as_rows_in_a_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT.replace("Sans.ttf", "Sans-Bold.ttf"))
    pdf.set_font("dv", size=10)
    pdf.add_page()
    for line in [*ORGAN_OF_ACRONYM, "Số: 27-KH/HPN", "An Phú, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
                 "Triển khai mô hình tiết kiệm xanh năm 2026", "I. TỔ CHỨC THỰC HIỆN",
                 "1. Các chi hội đăng ký mô hình trước ngày 31/3/2026.", "Nơi nhận:", "- Các cơ sở Hội;",
                 "- Lưu VP.", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Đinh Thị Hà"]:  # fmt: skip
        pdf.multi_cell(0, 6, line)
        pdf.ln(1)
    pdf.add_page()
    for line in ["Phụ lục", "DANH SÁCH CHI HỘI ĐĂNG KÝ MÔ HÌNH ĐIỂM"]:
        pdf.multi_cell(0, 6, line)
        pdf.ln(1)
    with pdf.table() as table:
        for values in [["STT", "Chi hội", "Xã, thị trấn", "Số thành viên"]] + [
            [str(i), *r] for i, r in enumerate(APPENDIX, 1)
        ]:
            row = table.row()
            for v in values:
                row.cell(v)
    path = tmp_path / "kh27.pdf"
    pdf.output(str(path))
    doc = _doc(path)
    assert doc.meta.signer == "Đinh Thị Hà"
    headers = [p.text for p in doc.paragraphs if "table-header" in p.style]
    assert headers == ["STT | Chi hội | Xã, thị trấn | Số thành viên"]
    rows = [p for p in doc.paragraphs if "table-row" in p.style]
    assert [" | ".join(p.text.split(" | ")[:2]) for p in rows] == [
        "1 | Chi hội phụ nữ thôn Bàu Sen",
        "2 | Chi hội phụ nữ khu phố 3",
    ]
    assert all(p.page == 2 for p in rows)


def test_attachment_line_with_file_titles_is_furniture(tmp_path):
    # "Tệp đính kèm: x.pdf (245 KB) · Danh sách ...": the attached files' titles after the label are the
    # list's too, never a section of the document
    page = tmp_path / "qd.html"
    html = _portal_html(tmp_path).read_text(encoding="utf-8").replace(
        '<div class="attach">Tệp đính kèm: <a href="/u/07.pdf">07-HD-DTN.pdf</a> | Lượt xem: 356 |',
        '<div class="attach">Tệp đính kèm: <a href="/u/07.pdf">07-HD-DTN.pdf</a> (245 KB) · '
        "Danh sách đoàn viên tiêu biểu</div><div>Lượt xem: 356 |",
    )
    page.write_text(html, encoding="utf-8")
    doc = _doc(page)
    assert all("đính kèm" not in s.title and "Danh sách đoàn viên" not in s.title for s in doc.sections)
    assert "Danh sách đoàn viên tiêu biểu" not in doc.text
