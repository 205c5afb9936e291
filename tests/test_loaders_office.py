"""Layout-aware DOCX and Word 97 DOC reading, through ``load_file`` and ``parse``.

Real office files from ``../shared/realworld-cases`` (read in place): header, recipient and signature
tables read cell by cell with (table, row, column); text boxes read once at their anchor; soft line
breaks as lines; automatic numbering never merged; tracked changes accepted; Word 97 tables through
LibreOffice. Variants the cases lack (nested tables, merged cells, a DrawingML box with its VML
fallback, page breaks, a deleted paragraph mark) are built with python-docx in the test.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.loaders import load_file
from assistant.models import Block
from assistant.parse import parse

CASES = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld-cases"


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings.from_env()


def case_file(name: str) -> Path:
    if not CASES.is_dir():
        pytest.skip(f"{CASES} not present")
    return next((CASES / name).glob("*.doc*"))


def by_text(blocks: list[Block]) -> dict[str, Block]:
    return {b.text: b for b in blocks}


def texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


# ------------------------------------------------------------------------------------- real DOCX cases


def test_party_letter_header_recipient_and_signature_tables_cell_by_cell(settings: Settings) -> None:
    """rw05: every block of the Công văn layout is in a table; each cell line is its own block."""
    loaded = load_file(case_file("rw05-party-congvan-dangUy-xa"), settings)
    blocks = by_text(loaded.blocks)
    assert not any(" | " in b.text for b in loaded.blocks)
    number, date = blocks["Số 87-CV/ĐU"], blocks["Công Hải, ngày 10 tháng 7 năm 2026"]
    issuer, motto = blocks["ĐẢNG UỶ XÃ CÔNG HẢI"], blocks["ĐẢNG CỘNG SẢN VIỆT NAM"]
    subject = blocks["V/v tham mưu triển khai Kết luận số 126-KL/TU của Ban Thường vụ Tỉnh ủy"]
    # Header table: the left column (issuer, number, subject) and the right one (motto, date) apart.
    assert issuer.cell == number.cell == subject.cell and issuer.cell is not None
    header, row, left = issuer.cell
    assert motto.cell == date.cell == (header, row, left + 1)
    assert all("table" in b.style for b in (number, date, issuer, motto, subject))
    # Recipients table: the label cell and the list cell.
    assert blocks["Kính gửi:"].cell[2] + 1 == blocks["- Ban Xây dựng Đảng;"].cell[2]
    # Signature table: "Nơi nhận" in one column; capacity, title and name as three lines of the other.
    sign = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Hoàng"]
    cells = {blocks[t].cell for t in sign}
    assert len(cells) == 1 and blocks["Nơi nhận:"].cell not in cells
    order = texts(loaded.blocks)
    assert [order.index(t) for t in sign] == sorted(order.index(t) for t in sign)
    # Tables are numbered in reading order, blocks of one table come row-major.
    tables = [b.cell[0] for b in loaded.blocks if b.cell]
    assert tables == sorted(tables) and len(set(tables)) == 3
    # The body paragraphs between the tables carry no cell.
    closing = next(b for b in loaded.blocks if b.text.startswith("Đề nghị các cơ quan, đơn vị nghiêm túc"))
    assert closing.cell is None


def test_party_letter_cells_reach_the_document_text(settings: Settings) -> None:
    path = case_file("rw05-party-congvan-dangUy-xa")
    doc = parse(load_file(path, settings), str(path))
    paragraphs = [p.text for p in doc.paragraphs]
    for line in ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Hoàng"):
        assert line in paragraphs  # each signature line a paragraph of its own, not glued to another cell
    assert "Số 87-CV/ĐU" in doc.text or doc.meta.number == "87-CV/ĐU"
    assert "trước ngày 31/7/2026" in doc.text


def test_text_boxes_read_once_at_their_anchor(settings: Settings) -> None:
    """rw09: number, issuer and date in VML text boxes before the title; duty 2 in a box inside item 2."""
    loaded = load_file(case_file("rw09-docx-textbox-header"), settings)
    order = texts(loaded.blocks)
    blocks = by_text(loaded.blocks)
    for line in ("HUYỆN ỦY THỌ XUÂN", "Số 135-TB/HU", "Thọ Xuân, ngày 18 tháng 8 năm 2026"):
        assert order.count(line) == 1 and "textbox" in blocks[line].style
        assert order.index(line) < order.index("THÔNG BÁO KẾT LUẬN")
    duty = [t for t in order if t.startswith("Giao Đảng đoàn Ủy ban MTTQ huyện chủ trì")]
    assert len(duty) == 1 and "trước ngày 30/9/2026" in duty[0]
    assert "textbox" in blocks[duty[0]].style
    assert order.index("2. Về công tác nhân sự:") + 1 == order.index(duty[0])
    assert order.index(duty[0]) < next(i for i, t in enumerate(order) if t.startswith("3. Ban Dân vận"))
    assert "textbox" not in blocks["THÔNG BÁO KẾT LUẬN"].style


def test_text_box_duty_lands_in_its_section(settings: Settings) -> None:
    path = case_file("rw09-docx-textbox-header")
    doc = parse(load_file(path, settings), str(path))
    item2 = next(s for s in doc.sections if s.label == "2")
    assert "trước ngày 30/9/2026" in doc.text[item2.start : item2.end]
    assert doc.text.count("hoàn thiện phương án nhân sự") == 1


def test_soft_breaks_and_automatic_numbering(settings: Settings) -> None:
    """rw07: a signature written with soft line breaks gives three lines; "a)" never joins "1."."""
    loaded = load_file(case_file("rw07-docx-auto-numbering"), settings)
    order = texts(loaded.blocks)
    sign = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Thị Minh Hạnh"]
    assert all(t in order for t in sign)
    assert [order.index(t) for t in sign] == list(range(order.index(sign[0]), order.index(sign[0]) + 3))
    assert "Nơi nhận:" in order and "- Lưu VP." in order
    heading = order.index("1. Công tác tuyên truyền, quán triệt")
    assert order[heading + 1].startswith("a) Ban Tuyên giáo Tỉnh hội chủ trì")
    assert {"list"} <= by_text(loaded.blocks)[order[heading + 1]].style
    # Header table: number and date in adjacent cells of one row.
    blocks = by_text(loaded.blocks)
    t, r, c = blocks["Số: 27/KH-HPN"].cell
    assert blocks["Bắc Ninh, ngày 10 tháng 3 năm 2026"].cell == (t, r, c + 1)


def test_numbered_heading_keeps_its_a_item_in_the_document(settings: Settings) -> None:
    path = case_file("rw07-docx-auto-numbering")
    doc = parse(load_file(path, settings), str(path))
    heading = next(s for s in doc.sections if doc.text[s.start : s.end].startswith("1. Công tác tuyên"))
    items = [s for s in doc.sections if s.parent == heading.id]
    assert [s.label for s in items] == ["a", "b"]
    assert "Ban Tuyên giáo Tỉnh hội" in doc.text[items[0].start : items[0].end]
    assert "trước ngày 30/4/2026" in doc.text[items[0].start : items[0].end]
    assert [p.text for p in doc.paragraphs].count("CHỦ TỊCH") == 1


def test_tracked_changes_insertions_in_deletions_out(settings: Settings) -> None:
    loaded = load_file(case_file("rw08-docx-tracked-changes"), settings)
    text = "\n".join(texts(loaded.blocks))
    assert "phân loại hội viên trước ngày 15/7/2026 và báo cáo" in text
    assert "30/6/2026" not in text
    assert "3. Ban Kiểm tra Tỉnh hội chủ trì kiểm tra, giám sát" in text
    assert "Quỳnh Lưu" not in text
    assert texts(loaded.blocks)[-3:] == ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trần Văn Lực"]


def test_school_plan_header_and_signature_tables(settings: Settings) -> None:
    loaded = load_file(case_file("rw02-dup-docx-signedpdf"), settings)
    blocks = by_text(loaded.blocks)
    assert blocks["Số: 58/KH-THPTCL2"].cell[2] + 1 == blocks["Đồng Tháp, ngày 15 tháng 4 năm 2026"].cell[2]
    assert blocks["TRƯỜNG THPT CAO LÃNH 2"].cell == blocks["SỞ GDĐT TỈNH ĐỒNG THÁP"].cell
    # Signature column: capacity and title in the first row, the name rows below (room for the signature).
    table, row, col = blocks["PHÓ HIỆU TRƯỞNG"].cell
    assert blocks["KT.HIỆU TRƯỞNG"].cell == (table, row, col)
    assert blocks["Nơi nhận:"].cell == (table, row, col - 1)
    name = blocks["Trần Thanh Vũ"].cell
    assert name[0] == table and name[1] > row and name[2] == col


# ------------------------------------------------------------------------------------- Word 97 .doc


def _doc_table_checks(blocks: list[Block]) -> None:
    cells = [b for b in blocks if b.cell]
    assert cells and all("table" in b.style for b in cells)
    assert not any(" | " in b.text for b in blocks)
    by = by_text(blocks)
    number, date = by["Số: /KH-SGDĐT"], by["Đồng Tháp, ngày tháng 4 năm 2026"]
    assert number.cell[:2] == date.cell[:2] and number.cell[2] < date.cell[2]
    # Phụ lục I (schools) and Phụ lục II (timetable) after the signature: rows with their columns.
    school = by["Trường THPT Tân Hồng"]
    level = next(b for b in cells if b.cell[:2] == school.cell[:2] and b.cell[2] == school.cell[2] + 1)
    assert level.text == "Trung học phổ thông"
    slot = by["09h00 - 10h30"]
    what = next(b for b in cells if b.cell[:2] == slot.cell[:2] and b.cell[2] == slot.cell[2] + 1)
    assert what.text == "Ý kiến của các cơ sở giáo dục trên địa bàn"
    order = texts(blocks)
    assert order.index("Phụ lục I") < order.index("Trường THPT Tân Hồng") < order.index("Phụ lục II")


def test_word97_doc_through_libreoffice_keeps_tables(settings: Settings) -> None:
    if shutil.which(settings.soffice_cmd) is None:
        pytest.skip("LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")
    path = case_file("rw03-word97-doc-appendix-tables")
    loaded = load_file(path, settings)
    assert loaded.format == "doc" and not loaded.warnings
    _doc_table_checks(loaded.blocks)
    blocks = by_text(loaded.blocks)
    sign = [blocks[t] for t in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Phương Toàn")]
    assert len({b.cell for b in sign}) == 1 and blocks["Nơi nhận:"].cell not in {b.cell for b in sign}
    doc = parse(loaded, str(path))
    assert "Ý kiến của các cơ sở giáo dục trên địa bàn" in "\n".join(p.text for p in doc.paragraphs) + (
        "\n".join(doc.warnings)
    )


def test_word97_doc_conversions_run_in_parallel(settings: Settings) -> None:
    """Each conversion has its own LibreOffice profile, so two at once do not collide."""
    if shutil.which(settings.soffice_cmd) is None:
        pytest.skip("LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")
    path = case_file("rw03-word97-doc-appendix-tables")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: load_file(path, settings), range(2)))
    assert all(not r.warnings for r in results)
    assert texts(results[0].blocks) == texts(results[1].blocks)


def test_word97_doc_antiword_fallback_gives_cells(settings: Settings, tmp_path: Path) -> None:
    if shutil.which(settings.antiword_cmd) is None:
        pytest.skip("antiword not installed")
    path = case_file("rw03-word97-doc-appendix-tables")
    loaded = load_file(path, replace(settings, soffice_cmd=str(tmp_path / "no-soffice")))
    assert any("LibreOffice" in w and "antiword" in w for w in loaded.warnings)
    _doc_table_checks(loaded.blocks)


def test_word97_doc_libreoffice_failure_falls_back_to_antiword(settings: Settings) -> None:
    failing = shutil.which("false")
    if failing is None or shutil.which(settings.antiword_cmd) is None:
        pytest.skip("needs /bin/false and antiword")
    path = case_file("rw03-word97-doc-appendix-tables")
    loaded = load_file(path, replace(settings, soffice_cmd=failing))
    assert any("LibreOffice" in w for w in loaded.warnings)
    assert "Trường THPT Tân Hồng" in texts(loaded.blocks)


# ------------------------------------------------------------------------------------- generated DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BOX = f"""<w:r xmlns:w="{W_NS}"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>
 <mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="7" name="Text Box 7"/><a:graphic>
  <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>
  <w:txbxContent><w:p><w:r><w:t>Số 12-TB/ĐU</w:t></w:r></w:p><w:p><w:r><w:t>ngày 05/9/2026</w:t></w:r></w:p>
  </w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
 <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Số 12-TB/ĐU</w:t></w:r></w:p>
  <w:p><w:r><w:t>ngày 05/9/2026</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def _generated(tmp_path: Path) -> Path:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement, parse_xml

    d = docx.Document()
    anchor = d.add_paragraph("Đầu văn bản")
    anchor._p.append(parse_xml(_BOX))
    outer = d.add_table(rows=3, cols=3)
    outer.cell(0, 0).merge(outer.cell(0, 1)).text = "Gộp ngang"
    outer.cell(0, 2).text = "C02"
    outer.cell(1, 0).merge(outer.cell(2, 0)).text = "Gộp dọc"
    outer.cell(1, 1).text = "C11"
    nested = outer.cell(1, 2).add_table(rows=1, cols=2)
    nested.cell(0, 0).text, nested.cell(0, 1).text = "Lồng trái", "Lồng phải"
    outer.cell(2, 1).text = "C21"
    outer.cell(2, 2).text = "C22"
    lines = d.add_paragraph()
    run = lines.add_run("Dòng một")
    run.add_break()
    run.add_text("Dòng hai")
    run.add_break(WD_BREAK.PAGE)
    run.add_text("Trang sau")
    run._r.append(OxmlElement("w:cr"))
    run.add_text("Dòng cuối")
    cut = d.add_paragraph("Báo cáo gửi về trước")
    rpr = OxmlElement("w:rPr")
    rpr.append(parse_xml(f'<w:del xmlns:w="{W_NS}" w:id="9" w:author="x" w:date="2026-01-01T00:00:00Z"/>'))
    cut._p.get_or_add_pPr().append(rpr)
    d.add_paragraph("ngày 30/9/2026.")
    shown = d.add_paragraph("Văn bản hiện")
    shown.add_run(" ghi chú ẩn của mẫu").font.hidden = True
    d.add_table(rows=1, cols=1).cell(0, 0).text = "Bảng sau"
    path = tmp_path / "bố cục.docx"
    d.save(str(path))
    return path


def test_generated_merged_and_nested_cells_text_box_and_breaks(tmp_path: Path, settings: Settings) -> None:
    loaded = load_file(_generated(tmp_path), settings)
    order = texts(loaded.blocks)
    cells = {b.text: b.cell for b in loaded.blocks if b.cell}
    # The DrawingML box once (its VML fallback is not read again), after its anchor's line.
    assert order.count("Số 12-TB/ĐU") == 1 and order.count("ngày 05/9/2026") == 1
    assert order[:3] == ["Đầu văn bản", "Số 12-TB/ĐU", "ngày 05/9/2026"]
    assert "textbox" in by_text(loaded.blocks)["Số 12-TB/ĐU"].style
    # Merged cells once, at their first row/column; grid columns count the span.
    assert order.count("Gộp ngang") == 1 and cells["Gộp ngang"] == (0, 0, 0)
    assert cells["C02"] == (0, 0, 2)
    assert order.count("Gộp dọc") == 1 and cells["Gộp dọc"] == (0, 1, 0)
    assert cells["C21"] == (0, 2, 1) and cells["C22"] == (0, 2, 2)
    # The nested table has its own number, read inside its cell's place in row-major order.
    assert cells["Lồng trái"] == (1, 0, 0) and cells["Lồng phải"] == (1, 0, 1)
    assert order.index("C11") < order.index("Lồng trái") < order.index("C21")
    assert cells["Bảng sau"] == (2, 0, 0)
    assert all("table" in by_text(loaded.blocks)[t].style for t in cells)
    # Soft line breaks, a page break and a carriage return split the paragraph into lines.
    i = order.index("Dòng một")
    assert order[i : i + 4] == ["Dòng một", "Dòng hai", "Trang sau", "Dòng cuối"]
    # A deleted paragraph mark (tracked change) joins the paragraph with the next one, as Word shows it.
    assert "Báo cáo gửi về trước ngày 30/9/2026." in order
    # Hidden text (w:vanish) is not read: Word neither shows nor prints it.
    assert "Văn bản hiện" in order and not any("ẩn" in t for t in order)


def test_word97_doc_text_boxes_once(settings: Settings, tmp_path: Path) -> None:
    """A Word 97 file with text boxes (rw09 saved as .doc by LibreOffice): LibreOffice writes each box
    back as a DrawingML Choice plus a VML Fallback; the text must come out once, at its anchor."""
    import subprocess

    soffice = shutil.which(settings.soffice_cmd)
    if soffice is None:
        pytest.skip("LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")
    src = tmp_path / "textbox.docx"
    shutil.copyfile(case_file("rw09-docx-textbox-header"), src)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to", "doc", "--outdir",
         str(tmp_path), str(src)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    loaded = load_file(tmp_path / "textbox.doc", settings)
    assert loaded.format == "doc"
    order = texts(loaded.blocks)
    for line in ("Số 135-TB/HU", "Thọ Xuân, ngày 18 tháng 8 năm 2026"):
        assert order.count(line) == 1 and "textbox" in by_text(loaded.blocks)[line].style
    duty = [t for t in order if "hoàn thiện phương án nhân sự" in t]
    assert len(duty) == 1 and order.index(duty[0]) == order.index("2. Về công tác nhân sự:") + 1
