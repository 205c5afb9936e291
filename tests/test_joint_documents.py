"""Joint documents ("KẾ HOẠCH LIÊN TỊCH"): several bodies issue them and each signs in a column of its own.

The document is written here as a web page (bodies stacked in the letterhead cell, <h3> section headings
with Roman numbers, lists, a task table, three signature columns and the "Nơi nhận" list as a <ul>) and
as a Word file (bodies in columns of their own before the motto, three signature cells), as a PDF
(columns laid side by side) and as plain text typed with runs of spaces (three signature columns, the names
below the space left for signing). Each must give
the compound type's type, every issuing body, every signer, the outline as headed, and the recipients
as the closing part, never as body content; everything goes through ``load_file`` + ``parse``, and the
signers through a real ``Assistant``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.parse import parse
from tests.conftest import assistant_over, dejavu_page, first_line

BODIES = ["HỘI NÔNG DÂN XÃ PHÚ LỘC", "BCH ĐOÀN XÃ PHÚ LỘC", "TRƯỜNG TIỂU HỌC PHÚ LỘC"]
SIGNERS = [
    ("TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN XÃ", "CHỦ TỊCH", "Lương Văn Khải"),
    ("TM. BCH ĐOÀN XÃ", "BÍ THƯ", "Mai Thị Hồng Nhung"),
    (None, "HIỆU TRƯỞNG", "Kiều Đức Lâm"),
]
RECIPIENT_NAMES = ["Thường trực Đảng ủy xã (b/c)", "UBND xã", "Các chi hội nông dân ấp", "Lưu: HND, ĐTN, TH"]
RECIPIENTS = ["Thường trực Đảng ủy xã (b/c);", "UBND xã;", "Các chi hội nông dân ấp;", "Lưu: HND, ĐTN, TH."]

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch liên tịch số 05/KHLT-HND-ĐTN-TH</title></head>
<body>
<table class="letterhead" style="width:100%">
<tr><td style="text-align:center"><b>{b0}</b><br><b>{b1}</b><br><b>{b2}</b><br>Số: 05/KHLT-HND-ĐTN-TH</td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>
<b>Độc lập - Tự do - Hạnh phúc</b><br><i>Phú Lộc, ngày 03 tháng 4 năm 2029</i></td></tr>
</table>
<h2 style="text-align:center">KẾ HOẠCH LIÊN TỊCH</h2>
<p style="text-align:center"><b>Tổ chức ngày hội trồng cây xanh quanh trường học năm 2029</b></p>
<p>Hội Nông dân xã, Ban Chấp hành Đoàn xã và Trường Tiểu học Phú Lộc thống nhất xây dựng kế hoạch như sau:</p>
<h3>I. MỤC ĐÍCH, YÊU CẦU</h3>
<ul>
<li>Phủ xanh khuôn viên trường học và tuyến đường vào trường, nâng cao ý thức bảo vệ môi trường.</li>
<li>Phối hợp chặt chẽ giữa ba đơn vị, bảo đảm an toàn cho học sinh tham gia ngày hội.</li>
</ul>
<h3>II. NỘI DUNG</h3>
<p><b>1. Thời gian:</b> ngày 22/4/2029, buổi sáng, tại sân Trường Tiểu học Phú Lộc.</p>
<p><b>2. Kinh phí:</b> Hội Nông dân xã vận động 12.000.000 đồng mua 300 cây giống.</p>
<h3>III. PHÂN CÔNG</h3>
<table border="1">
<tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Thời hạn</th></tr>
<tr><td>1</td><td>Chuẩn bị cây giống và phân bón</td><td>Hội Nông dân xã</td>
<td>Trước ngày 15/4/2029</td></tr>
<tr><td>2</td><td>Huy động đoàn viên đào hố trồng cây</td><td>Đoàn xã</td><td>Trước ngày 20/4/2029</td></tr>
</table>
<h3>IV. TỔ CHỨC THỰC HIỆN</h3>
<ol>
<li><b>Hội Nông dân xã:</b> chủ trì, tổng hợp kết quả báo cáo Đảng ủy xã trước ngày 30/4/2029.</li>
<li><b>Đoàn xã:</b> phân công 20 đoàn viên chăm sóc cây trong ba tháng đầu.</li>
</ol>
<table class="signature" style="width:100%"><tr>
{signatures}
</tr></table>
<p><b><i>Nơi nhận:</i></b></p>
<ul>
{recipients}
</ul>
</body></html>
"""


def _page(path: Path) -> Path:
    cells = "\n".join(
        '<td style="text-align:center">'
        + (f"<b>{cap}</b><br>" if cap else "")
        + f"<b>{title}</b><br><br>(đã ký)<br><br><b>{name}</b></td>"
        for cap, title, name in SIGNERS
    )
    items = "\n".join(f"<li>{r}</li>" for r in RECIPIENTS)
    html = PAGE.format(b0=BODIES[0], b1=BODIES[1], b2=BODIES[2], signatures=cells, recipients=items)
    path.write_text(html, encoding="utf-8")
    return path


def _docx(path: Path) -> Path:
    """Each body in a letterhead column of its own before the motto, as many joint plans print them."""
    import docx

    d = docx.Document()
    head = d.add_table(rows=1, cols=4)
    for n, body in enumerate(BODIES):
        head.cell(0, n).text = body + ("\nSố: 05/KHLT-HND-ĐTN-TH" if n == 0 else "")
    head.cell(0, 3).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + (
        "Phú Lộc, ngày 03 tháng 4 năm 2029"
    )
    for line in [
        "KẾ HOẠCH LIÊN TỊCH",
        "Tổ chức ngày hội trồng cây xanh quanh trường học năm 2029",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phủ xanh khuôn viên trường học và tuyến đường vào trường, nâng cao ý thức bảo vệ môi trường.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Hội Nông dân xã chủ trì, tổng hợp kết quả báo cáo Đảng ủy xã trước ngày 30/4/2029.",
        "2. Đoàn xã phân công 20 đoàn viên chăm sóc cây trong ba tháng đầu.",
    ]:
        d.add_paragraph(line)
    sign = d.add_table(rows=1, cols=3)
    for n, (cap, title, name) in enumerate(SIGNERS):
        sign.cell(0, n).text = "\n".join(x for x in (cap, title, "(đã ký)", name) if x)
    d.add_paragraph("Nơi nhận:")
    for r in RECIPIENTS:
        d.add_paragraph(f"- {r}")
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    """The letterhead's two columns and the three signature columns laid out side by side, each centred."""
    pdf = dejavu_page(10)
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    motto.append("Phú Lộc, ngày 03 tháng 4 năm 2029")
    for middle, lines in ((150, [*BODIES, "Số: 05/KHLT-HND-ĐTN-TH"]), (420, motto)):
        for n, text in enumerate(lines):
            pdf.text(middle - pdf.get_string_width(text) / 2, 60 + 13 * n, text)
    y = 150.0
    for text in ["KẾ HOẠCH LIÊN TỊCH", "Tổ chức ngày hội trồng cây xanh quanh trường học năm 2029"]:
        pdf.text(297 - pdf.get_string_width(text) / 2, y, text)
        y += 16
    for text in [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phủ xanh khuôn viên trường học và tuyến đường vào trường.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Hội Nông dân xã chủ trì, tổng hợp kết quả báo cáo Đảng ủy xã trước ngày 30/4/2029.",
        "2. Đoàn xã phân công 20 đoàn viên chăm sóc cây trong ba tháng đầu.",
    ]:
        y += 24
        pdf.text(60, y, text)
    y += 34
    for middle, (cap, title, name) in zip((110, 300, 480), SIGNERS, strict=True):
        for n, text in enumerate([x for x in (cap, title, "(đã ký)", "", name) if x is not None]):
            if text:
                pdf.text(middle - pdf.get_string_width(text) / 2, y + 14 * n, text)
    for n, text in enumerate(["Nơi nhận:", *(f"- {r}" for r in RECIPIENTS)]):
        pdf.text(60, y + 100 + 13 * n, text)
    pdf.output(str(path))
    return path


def _centred(cells: list[str | None], width: int) -> str:
    """One printed line of columns ``width`` characters wide, each cell centred in its column."""
    return "".join((c or "").center(width) for c in cells).rstrip()


def _txt(path: Path, blank_lines: int = 1) -> Path:
    """Plain text laid out with spaces: the letterhead's two columns, then the three signature columns
    centred side by side, ``blank_lines`` left for the signatures above the names."""
    lines = [
        _centred([BODIES[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], 45),
        _centred([BODIES[1], "Độc lập - Tự do - Hạnh phúc"], 45),
        _centred([BODIES[2]], 45),
        _centred(["Số: 05/KHLT-HND-ĐTN-TH", "Phú Lộc, ngày 03 tháng 4 năm 2029"], 45),
        "",
        "KẾ HOẠCH LIÊN TỊCH",
        "Tổ chức ngày hội trồng cây xanh quanh trường học năm 2029",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phủ xanh khuôn viên trường học và tuyến đường vào trường.",
        "",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Hội Nông dân xã chủ trì, tổng hợp kết quả báo cáo Đảng ủy xã trước ngày 30/4/2029.",
        "2. Đoàn xã phân công 20 đoàn viên chăm sóc cây trong ba tháng đầu.",
        "",
        _centred([cap for cap, _, _ in SIGNERS], 36),
        _centred([title for _, title, _ in SIGNERS], 36),
        _centred(["(đã ký)"] * 3, 36),
        *[""] * blank_lines,
        _centred([name for _, _, name in SIGNERS], 36),
        "",
        "Nơi nhận:",
        *(f"- {r}" for r in RECIPIENTS),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


MAKERS = {".html": _page, ".docx": _docx, ".pdf": _pdf, ".txt": _txt}


@pytest.fixture(params=sorted(MAKERS))
def doc(request: pytest.FixtureRequest, tmp_path: Path) -> Document:
    path = MAKERS[request.param](tmp_path / f"KHLT-05{request.param}")
    return parse(load_file(path), str(path))


def test_compound_type_reads_as_its_type(doc: Document) -> None:
    assert doc.meta.doc_type == "Kế hoạch"
    assert doc.meta.number == "05/KHLT-HND-ĐTN-TH"
    assert not any("type not recognised" in w for w in doc.warnings)


def test_every_issuing_body_and_every_signer_is_kept(doc: Document) -> None:
    m = doc.meta
    assert m.issuer == "Hội Nông dân xã Phú Lộc - BCH Đoàn xã Phú Lộc - Trường Tiểu học Phú Lộc"
    assert (m.signer_capacity, m.signer_title, m.signer) == SIGNERS[0]
    assert [(c.capacity, c.title, c.name) for c in m.cosigners] == SIGNERS[1:]


def test_recipients_list_is_the_closing_part_not_content(doc: Document) -> None:
    assert doc.meta.recipients == RECIPIENT_NAMES
    assert not any("Đảng ủy xã" in " ".join(s.path) for s in doc.sections)
    assert "Các chi hội nông dân ấp" not in doc.text


@pytest.mark.parametrize("tag", ["ul", "ol"])
def test_recipients_written_as_a_page_list_of_either_kind_are_recipients(tag: str, tmp_path: Path) -> None:
    page = _page(tmp_path / "KHLT-05.html")
    html = page.read_text(encoding="utf-8")
    at = html.index("Nơi nhận")
    page.write_text(html[:at] + html[at:].replace("ul>", f"{tag}>"), encoding="utf-8")
    doc = parse(load_file(page), str(page))
    assert doc.meta.recipients == RECIPIENT_NAMES
    assert [" > ".join(s.path) for s in doc.sections][-2:] == ["Số, ngày ban hành", "Người ký"]
    assert "Các chi hội nông dân ấp" not in doc.text


def test_roman_section_headings_of_a_page_are_the_outline(tmp_path: Path) -> None:
    # <h3> headings of a page without an article container are kept: the extractor's recovery drops them.
    doc = parse(load_file(_page(tmp_path / "KHLT-05.html")), "KHLT-05.html")
    tops = [s.path[0] for s in doc.sections if len(s.path) == 1]
    assert [t.split(".")[0] for t in tops if t[:1] in "IV"] == ["I", "II", "III", "IV"], tops
    paths = [" > ".join(s.path) for s in doc.sections]
    assert "II. NỘI DUNG > 2." in paths and "IV. TỔ CHỨC THỰC HIỆN > 2." in paths, paths
    # the task table is cited under its own heading, not under the item above it
    table = next(p for p in doc.paragraphs if "Chuẩn bị cây giống" in p.text)
    section = next(s for s in doc.sections if s.id == table.section_id)
    assert section.path[0] == "III. PHÂN CÔNG", section.path


@pytest.fixture(scope="module")
def joint_assistant(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("joint")
    page = _page(root / "page.html").read_text(encoding="utf-8")
    return assistant_over(root, embedder, {"KHLT-05-trong-cay.html": page})


def test_who_signed_a_joint_plan_names_every_signer(joint_assistant) -> None:
    answer = joint_assistant.ask("Ai ký kế hoạch liên tịch về ngày hội trồng cây xanh?")
    line = first_line(answer)
    for _, _, name in SIGNERS:
        assert name in line, answer.text


def test_a_joint_document_described_by_its_bodies_must_be_theirs(joint_assistant) -> None:
    # the plan is the Farmers' Association's, the Youth Union's and the school's: a plan "giữa" the Farmers'
    # Association and the Women's Union is another document, which no one here signed (trial 22 u04)
    answer = joint_assistant.ask("Ai ký kế hoạch liên tịch giữa Hội Nông dân và Hội Phụ nữ xã Phú Lộc?")
    assert answer.abstained, answer.text
    answer = joint_assistant.ask("Ai ký kế hoạch liên tịch giữa Hội Nông dân và Đoàn Thanh niên xã Phú Lộc?")
    assert "Lương Văn Khải" in first_line(answer), answer.text


def test_a_lead_in_quote_does_not_take_the_roman_heading_after_it(joint_assistant) -> None:
    # "I. MỤC ĐÍCH, YÊU CẦU" opens a section; read as an item "i." it was glued to the lead-in's quote.
    answer = joint_assistant.ask("Ba đơn vị thống nhất xây dựng kế hoạch như thế nào?")
    assert "thống nhất xây dựng kế hoạch như sau" in answer.text, answer.text
    assert "như sau: I." not in answer.text, answer.text


@pytest.mark.parametrize("blank_lines", [0, 2])
def test_three_spaced_signature_columns_of_a_text_file(tmp_path: Path, blank_lines: int) -> None:
    """Three bodies signing side by side in a .txt typed with spaces: each column is one signer, whether
    the names follow the "(đã ký)" line at once or below two blank lines."""
    path = _txt(tmp_path / "KHLT-05.txt", blank_lines)
    loaded = load_file(path)
    columns = {b.text: b.cell[2] for b in loaded.blocks if b.cell is not None and b.cell[0] == 1}
    assert [columns.get(name) for _, _, name in SIGNERS] == [0, 1, 2], columns
    assert [columns.get(title) for _, title, _ in SIGNERS] == [0, 1, 2], columns
    m = parse(loaded, str(path)).meta
    assert (m.signer_capacity, m.signer_title, m.signer) == SIGNERS[0]
    assert [(c.capacity, c.title, c.name) for c in m.cosigners] == SIGNERS[1:]


def test_inspect_lists_every_signer_of_three_spaced_columns(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from assistant.cli import main

    signers = [("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lương Văn Khải"), *SIGNERS[1:]]
    signers[2] = ("TM. HỘI ĐỒNG TRƯỜNG", "HIỆU TRƯỞNG", "Kiều Đức Lâm")
    text = _txt(tmp_path / "KHLT-05.txt").read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(text) if "TM. BAN THƯỜNG VỤ" in line)
    text[at] = _centred([cap for cap, _, _ in signers], 36)
    (tmp_path / "KHLT-05.txt").write_text("\n".join(text), encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", str(tmp_path / "KHLT-05.txt"), "--json"])
    assert result.exit_code == 0, result.output
    import json

    meta = json.loads(result.output)["meta"]
    assert meta["signer"] == "Lương Văn Khải" and meta["signer_capacity"] == "TM. BAN THƯỜNG TRỰC", meta
    cosigners = [(c["capacity"], c["title"], c["name"]) for c in meta["cosigners"]]
    assert cosigners == signers[1:], meta
