"""Loaders on real files: the Hanoi handbook PDFs, the Youth Union charter, MTTQ .docx, Word 97 .doc,
plus generated DOCX/HTML/scanned PDFs that exercise style hints, leads and OCR."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.loaders import SUPPORTED_EXTENSIONS, load_file
from assistant.text import has_diacritics

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
OCR_LINES = [
    "KẾ HOẠCH",
    "Hội Liên hiệp Phụ nữ các cấp tổ chức",
    "tuyên truyền, vận động hội viên thực hiện",
    "nghị quyết của Đảng và chính sách của",
    "Nhà nước về bình đẳng giới.",
]


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings.from_env()


def diacritic_share(blocks) -> float:
    words = [w for b in blocks for w in b.text.split() if any(c.isalpha() for c in w)]
    return sum(1 for w in words if has_diacritics(w)) / max(1, len(words))


# --------------------------------------------------------------------------------------- real PDFs


@pytest.fixture(scope="module")
def handbooks(external_dir: Path, settings: Settings) -> dict[str, object]:
    pdfs = sorted((external_dir / "party_docs_hanoi_sotay").glob("*.pdf"))
    assert len(pdfs) == 7
    return {p.name: (p, load_file(p, settings)) for p in pdfs}


def test_handbook_pdfs_have_pages_and_vietnamese_text(handbooks) -> None:
    from pypdf import PdfReader

    for name, (path, loaded) in handbooks.items():
        n_pages = len(PdfReader(path).pages)
        assert loaded.format == "pdf"
        assert loaded.page_count == n_pages, name
        assert all(b.page is not None and 1 <= b.page <= n_pages for b in loaded.blocks), name
        assert {b.page for b in loaded.blocks} >= {1, n_pages}, name
        text = "\n".join(b.text for b in loaded.blocks)
        assert "\u01a3" not in text and "\u01a2" not in text, name
        assert diacritic_share(loaded.blocks) > 0.3, name
        assert "Đảng" in text, name


def test_pdf_paragraphs_are_rebuilt_from_lines(handbooks) -> None:
    _, loaded = handbooks["huongdan21.pdf"]
    texts = [b.text for b in loaded.blocks]
    # A paragraph printed over three lines comes back as one block.
    joined = [t for t in texts if t.startswith("Đảng viên có đủ 30, 40, 45")]
    assert joined and "đề nghị chi bộ" in joined[0] and "bị mất Huy hiệu Đảng" in joined[0]
    # Headings printed in bold stay separate blocks with a bold hint.
    heading = next(b for b in loaded.blocks if b.text == "1.1. Đảng viên")
    assert "bold" in heading.style and heading.page == 2


def test_youth_union_charter_has_no_broken_u_horn(external_dir: Path, settings: Settings) -> None:
    loaded = load_file(external_dir / "doan_thanhnien_phucthinh" / "ĐIỀU LỆ ĐOÀN KHÓA XI.pdf", settings)
    text = "\n".join(b.text for b in loaded.blocks)
    assert "ƣ" not in text and "Ƣ" not in text
    assert "Chương II" in text and "thường" in text
    assert loaded.page_count == 17


# --------------------------------------------------------------------------------------- real DOCX / DOC


def test_mttq_and_youth_docx_load_with_bold_and_italic(external_dir: Path, settings: Settings) -> None:
    files = sorted((external_dir / "mttq_baucu_luongminh" / "mttq_docs").glob("*.docx"))
    files += sorted((external_dir / "doan_thanhnien_phucthinh").glob("*.docx"))
    assert len(files) >= 10
    styles: set[str] = set()
    for f in files:
        loaded = load_file(f, settings)
        assert loaded.format == "docx" and loaded.blocks, f.name
        assert diacritic_share(loaded.blocks) > 0.3, f.name
        assert all(b.page is None for b in loaded.blocks)
        file_styles = set().union(*(b.style for b in loaded.blocks))
        assert "bold" in file_styles, f.name
        styles |= file_styles
        assert not any("<" in b.text and ">" in b.text and "</" in b.text for b in loaded.blocks)
    assert {"bold", "italic", "table", "center", "list"} <= styles


def test_docx_lead_from_emphasised_run(external_dir: Path, settings: Settings) -> None:
    f = next((external_dir / "mttq_baucu_luongminh" / "mttq_docs").glob("(chuan)*.docx"))
    loaded = load_file(f, settings)
    leads = [b.lead for b in loaded.blocks if b.lead]
    assert "* Lưu ý:" in leads


def test_word97_doc_files_load_via_antiword(external_dir: Path, settings: Settings, tmp_path: Path) -> None:
    if shutil.which(settings.antiword_cmd) is None:
        pytest.skip("antiword not installed")
    # The fallback path: LibreOffice pointed at a missing program (it is preferred when installed).
    settings = replace(settings, soffice_cmd=str(tmp_path / "no-soffice"))
    files = sorted((external_dir / "doan_thanhnien_phucthinh").glob("*.doc"))
    files += sorted((external_dir / "mttq_baucu_luongminh" / "legal_docs_doc97").glob("*.doc"))
    assert len(files) == 8
    for f in files:
        loaded = load_file(f, settings)
        assert loaded.format == "doc" and len(loaded.blocks) > 10, f.name
        assert diacritic_share(loaded.blocks) > 0.3, f.name
    loaded = load_file(
        external_dir / "mttq_baucu_luongminh" / "legal_docs_doc97" / "99_2025_NQ-HDND_685704.doc", settings
    )
    assert any(b.text.startswith("Điều 1.") for b in loaded.blocks)
    assert any("table" in b.style and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in b.text for b in loaded.blocks)
    assert any("LibreOffice" in w for w in loaded.warnings)


def test_doc_without_antiword_is_a_clear_error(
    external_dir: Path, settings: Settings, tmp_path: Path
) -> None:
    if shutil.which("catdoc"):
        pytest.skip("catdoc, a last-resort converter, is installed")
    f = next((external_dir / "doan_thanhnien_phucthinh").glob("*.doc"))
    missing = replace(
        settings, antiword_cmd=str(tmp_path / "no-antiword"), soffice_cmd=str(tmp_path / "no-soffice")
    )
    with pytest.raises(LoadError) as info:
        load_file(f, missing)
    assert info.value.code == "converter_missing"
    assert f.name in str(info.value) and "apt-get install antiword" in str(info.value)


# --------------------------------------------------------------------------------------- generated DOCX


def test_generated_docx_styles_leads_lists_tables(tmp_path: Path, settings: Settings) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "TIÊU ĐỀ TRANG LẶP LẠI"
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("KẾ HOẠCH").bold = True
    d.add_heading("I. Mục đích, yêu cầu", level=1)
    p = d.add_paragraph()
    p.add_run("Hội phụ nữ các cấp:").italic = True
    p.add_run(" tuyên truyền, vận động hội viên.")
    d.add_paragraph("Thứ nhất, xây dựng kế hoạch", style="List Number")
    d.add_paragraph("Thứ hai, báo cáo kết quả", style="List Number")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Nội dung", "Thời gian"
    table.cell(1, 0).text, table.cell(1, 1).text = "Hội nghị quán triệt", "Quý I/2024"
    d.add_paragraph("Nơi nhận: như trên.")
    path = tmp_path / "kế hoạch.docx"
    d.save(str(path))

    loaded = load_file(path, settings)
    texts = [b.text for b in loaded.blocks]
    assert "TIÊU ĐỀ TRANG LẶP LẠI" not in " ".join(texts)
    by_text = {b.text: b for b in loaded.blocks}
    assert {"bold", "center"} <= by_text["KẾ HOẠCH"].style
    assert {"heading", "h1"} <= by_text["I. Mục đích, yêu cầu"].style
    lead_block = by_text["Hội phụ nữ các cấp: tuyên truyền, vận động hội viên."]
    assert lead_block.lead == "Hội phụ nữ các cấp:"
    assert (
        "1. Thứ nhất, xây dựng kế hoạch" in by_text
        and "list" in by_text["1. Thứ nhất, xây dựng kế hoạch"].style
    )
    assert "2. Thứ hai, báo cáo kết quả" in by_text
    # Tables: one block per cell paragraph with its (table, row, column), never joined with " | ".
    assert by_text["Nội dung"].style == frozenset({"table"}) and by_text["Nội dung"].cell == (0, 0, 0)
    assert by_text["Quý I/2024"].cell == (0, 1, 1)
    # Body order: table cells come between the list and the closing paragraph.
    assert texts.index("Hội nghị quán triệt") < texts.index("Nơi nhận: như trên.")
    assert texts.index("2. Thứ hai, báo cáo kết quả") < texts.index("Nội dung")


# --------------------------------------------------------------------------------------- generated HTML


def test_html_drops_chrome_and_keeps_structure(tmp_path: Path, settings: Settings) -> None:
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin</title>
    <style>p{color:red}</style><script>var x = "không được đọc";</script></head><body>
    <nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
    <header>Cổng thông tin điện tử</header>
    <h2>Kết luận số 62-KL/TW</h2>
    <p style="text-align:center"><b>KẾT LUẬN</b></p>
    <p><strong>Hội Nông dân:</strong> vận động nông dân <em>tham gia</em> xây dựng nông thôn mới.</p>
    <ul><li>Tổ chức hội nghị</li><li>Báo cáo kết quả</li></ul>
    <table><tr><th>Nội dung</th><th>Thời hạn</th></tr><tr><td>Sơ kết</td><td>Quý II</td></tr></table>
    <p>Dòng một<br>Dòng hai</p>
    <footer>Bản quyền thuộc về ...</footer></body></html>"""
    path = tmp_path / "trang.html"
    path.write_text(html, encoding="utf-8")
    loaded = load_file(path, settings)
    by_text = {b.text: b for b in loaded.blocks}
    all_text = " ".join(by_text)
    for gone in ("Trang chủ", "không được đọc", "Bản quyền", "Cổng thông tin điện tử", "color:red"):
        assert gone not in all_text
    assert {"heading", "h2"} <= by_text["Kết luận số 62-KL/TW"].style
    assert {"bold", "center"} <= by_text["KẾT LUẬN"].style
    assert by_text["Hội Nông dân: vận động nông dân tham gia xây dựng nông thôn mới."].lead == "Hội Nông dân:"
    assert "list" in by_text["- Tổ chức hội nghị"].style  # an item carries the label a browser draws
    # Tables follow the Block contract: one block per cell line, cell=(table, row, col).
    assert "table" in by_text["Sơ kết"].style
    assert (by_text["Sơ kết"].cell, by_text["Quý II"].cell) == ((0, 1, 0), (0, 1, 1))
    assert "Dòng một" in by_text and "Dòng hai" in by_text


def test_html_in_windows_1258_with_meta_charset(tmp_path: Path, settings: Settings) -> None:
    from tests.test_encodings import to_cp1258

    body = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'></head>"
    body += "<body><p>Hội Cựu chiến binh phối hợp thực hiện.</p></body></html>"
    path = tmp_path / "cu.htm"
    path.write_bytes(to_cp1258(body))
    loaded = load_file(path, settings)
    assert [b.text for b in loaded.blocks] == ["Hội Cựu chiến binh phối hợp thực hiện."]


# --------------------------------------------------------------------------------------- scanned PDFs / OCR


def make_scanned_pdf(path: Path, lines: list[str] = OCR_LINES, pages: int = 1) -> Path:
    """Render Vietnamese text to an image (DejaVu Sans has every Vietnamese glyph) and save an image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont

    if not FONT.is_file():
        pytest.skip("DejaVuSans (fonts-dejavu-core) not installed")
    font = ImageFont.truetype(str(FONT), 44)
    images = []
    for _ in range(pages):
        img = Image.new("L", (1700, 110 + 80 * len(lines)), 255)
        draw = ImageDraw.Draw(img)
        for i, line in enumerate(lines):
            draw.text((90, 60 + 80 * i), line, font=font, fill=0)
        images.append(img)
    images[0].save(path, "PDF", resolution=300.0, save_all=True, append_images=images[1:])
    return path


def test_ocr_reads_scanned_vietnamese_with_tone_marks(tmp_path: Path, settings: Settings) -> None:
    if shutil.which(settings.tesseract_cmd) is None:
        pytest.skip("tesseract not installed")
    path = make_scanned_pdf(tmp_path / "bản quét.pdf")
    loaded = load_file(path, settings)
    assert loaded.ocr_pages == [1] and loaded.skipped_pages == []
    text = " ".join(b.text for b in loaded.blocks)
    assert all(b.page == 1 for b in loaded.blocks)
    words = set(text.split())
    assert {"Hội", "Phụ", "nữ", "các", "cấp"} <= words, text
    assert diacritic_share(loaded.blocks) > 0.4
    assert any("OCR" in w for w in loaded.warnings)


def test_scanned_pdf_without_tesseract_is_image_only(tmp_path: Path, settings: Settings) -> None:
    path = make_scanned_pdf(tmp_path / "scan.pdf", pages=2)
    with pytest.raises(LoadError) as info:
        load_file(path, replace(settings, tesseract_cmd=str(tmp_path / "no-tesseract")))
    err = info.value
    assert err.code == "image_only"
    assert "scan.pdf" in str(err) and "tesseract-ocr-vie" in err.message_vi and "1, 2" in err.message_en


def test_mixed_pdf_without_tesseract_skips_scanned_pages(
    tmp_path: Path, settings: Settings, external_dir: Path
) -> None:
    from pypdf import PdfReader, PdfWriter

    scan = make_scanned_pdf(tmp_path / "scan.pdf")
    writer = PdfWriter()
    writer.add_page(PdfReader(external_dir / "party_docs_hanoi_sotay" / "huongdan21.pdf").pages[1])
    writer.add_page(PdfReader(scan).pages[0])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as fh:
        writer.write(fh)
    loaded = load_file(mixed, replace(settings, tesseract_cmd="/nonexistent/tesseract"))
    assert loaded.page_count == 2 and loaded.skipped_pages == [2] and loaded.ocr_pages == []
    assert {b.page for b in loaded.blocks} == {1}
    warning = " ".join(loaded.warnings)
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in warning and "2" in warning


def test_text_files_are_routed_to_the_text_loader(tmp_path: Path, settings: Settings) -> None:
    pytest.importorskip("assistant.loaders.text")
    path = tmp_path / "ghi chú.txt"
    path.write_bytes("Hội Nông dân xã tổ chức hội nghị.\n".encode("utf-16"))
    loaded = load_file(path, settings)
    assert "Hội Nông dân xã tổ chức hội nghị." in " ".join(b.text for b in loaded.blocks)


def test_supported_extensions() -> None:
    assert SUPPORTED_EXTENSIONS == {".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm"}


def _scanned_letter(path: Path) -> Path:
    """A typed notice scanned to an image-only PDF: a two-column letterhead (issuer | motto, number |
    place-date) and a two-column signature table (Nơi nhận | capacity, title, name), as offices scan them."""
    from PIL import Image, ImageDraw, ImageFont

    if not FONT.is_file():
        pytest.skip("DejaVuSans (fonts-dejavu-core) not installed")
    font = ImageFont.truetype(str(FONT), 30)
    img = Image.new("L", (1700, 2000), 255)
    draw = ImageDraw.Draw(img)
    rows = [
        ("HỘI LHPN TỈNH TÂN PHONG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("BAN THƯỜNG VỤ", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 21-TB/HPN", "Tân Phong, ngày 12 tháng 5 năm 2029"),
    ]
    y = 80
    for left, right in rows:
        draw.text((90, y), left, font=font, fill=0)
        draw.text((900, y), right, font=font, fill=0)
        y += 50
    y += 60
    for line in [
        "THÔNG BÁO",
        "Về việc mở lớp tập huấn kỹ năng số cho cán bộ Hội cơ sở năm 2029",
        "",
        "1. Hội LHPN các huyện gửi danh sách học viên trước ngày 05/6/2029.",
        "2. Văn phòng Hội LHPN tỉnh chuẩn bị tài liệu và hội trường.",
    ]:
        draw.text((90 if line[:1].isdigit() else 300, y), line, font=font, fill=0)
        y += 50
    y += 60
    sign = [
        ("Nơi nhận:", "TM. BAN THƯỜNG VỤ"),
        ("- Trung ương Hội LHPN Việt Nam (b/c);", "PHÓ CHỦ TỊCH"),
        ("- Ban Dân vận Tỉnh ủy (b/c);", "(đã ký)"),
        ("- Hội LHPN các huyện;", ""),
        ("- Lưu VP.", "Lương Thị Thu Hà"),
    ]
    for left, right in sign:
        draw.text((90, y), left, font=font, fill=0)
        if right:
            draw.text((1000, y), right, font=font, fill=0)
        y += 50
    img.save(path, "PDF", resolution=200.0)
    return path


def test_ocr_keeps_a_scanned_letter_s_two_columns_apart(tmp_path: Path, settings: Settings) -> None:
    # Tesseract's text output glues both columns into one line ("Nơi nhận: TM. BAN THƯỜNG VỤ"); read from
    # its word boxes, the columns are table cells, so the signer and recipients are read (trial 27)
    if shutil.which(settings.tesseract_cmd) is None:
        pytest.skip("tesseract not installed")
    from assistant.parse import parse

    path = _scanned_letter(tmp_path / "tb21.pdf")
    meta = parse(load_file(path, settings), str(path)).meta
    assert meta.signer == "Lương Thị Thu Hà", meta
    assert meta.signer_title == "PHÓ CHỦ TỊCH", meta
    assert meta.number == "21-TB/HPN" and meta.date == "2029-05-12", meta
    assert "Lưu VP" in meta.recipients and not any("CHỦ TỊCH" in r for r in meta.recipients), meta.recipients
