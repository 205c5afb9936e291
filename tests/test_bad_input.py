"""Bad input: every failure is a LoadError with a stable code and a bilingual message naming the file."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.loaders import load_file

UNICODE_NAME = "Kết luận số 62 – bản sao (1).pdf"


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings.from_env()


@pytest.fixture(scope="module")
def text_pdf(external_dir: Path) -> bytes:
    """A small real PDF with a text layer (8 pages), read in place."""
    return (external_dir / "party_docs_hanoi_sotay" / "huongdan21.pdf").read_bytes()


def blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Hội Cựu chiến binh các cấp thực hiện kế hoạch.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def expect(path: Path, code: str, settings: Settings) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_file(path, settings)
    err = info.value
    assert err.code == code, (err.code, str(err))
    assert err.file and Path(err.file).name == path.name
    assert path.name in str(err) and " / " in str(err)  # "<file>: <vi> / <en>"
    assert err.message_vi != err.message_en
    return err


def test_missing_file(tmp_path: Path, settings: Settings) -> None:
    expect(tmp_path / "không có.pdf", "not_found", settings)


def test_empty_file(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / UNICODE_NAME
    path.write_bytes(b"")
    err = expect(path, "empty", settings)
    assert "rỗng" in err.message_vi and "empty" in err.message_en


def test_zero_text_pdf(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "trắng.pdf"
    path.write_bytes(blank_pdf())
    expect(path, "empty", settings)


def test_whitespace_only_docx_is_empty(tmp_path: Path, settings: Settings) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("   ")
    path = tmp_path / "rỗng.docx"
    d.save(str(path))
    expect(path, "empty", settings)


def test_corrupt_pdf(tmp_path: Path, settings: Settings, text_pdf: bytes) -> None:
    path = tmp_path / "hỏng.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00garbage\xff" * 50)
    expect(path, "corrupt", settings)


def test_truncated_pdf(tmp_path: Path, settings: Settings, text_pdf: bytes) -> None:
    path = tmp_path / "cắt cụt.pdf"
    path.write_bytes(text_pdf[:1500])
    with pytest.raises(LoadError) as info:
        load_file(path, settings)
    # Depending on what survives, pypdf either cannot parse it or finds no text in it.
    assert info.value.code in {"corrupt", "empty"}
    assert path.name in str(info.value)


def test_truncated_docx(tmp_path: Path, settings: Settings) -> None:
    data = docx_bytes()
    path = tmp_path / "hỏng.docx"
    path.write_bytes(data[: len(data) // 2])
    expect(path, "corrupt", settings)


def test_encrypted_pdf(tmp_path: Path, settings: Settings, text_pdf: bytes) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(text_pdf)).pages[1])
    writer.encrypt(user_password="matkhau", owner_password="chu", algorithm="RC4-128")
    path = tmp_path / "mật.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    err = expect(path, "encrypted", settings)
    assert "mật khẩu" in err.message_vi and "password" in err.message_en


def test_pdf_with_empty_user_password_opens(tmp_path: Path, settings: Settings, text_pdf: bytes) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(text_pdf)).pages[1])
    writer.encrypt(user_password="", owner_password="chu", algorithm="RC4-128")
    path = tmp_path / "chỉ chủ sở hữu.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    loaded = load_file(path, settings)
    assert any("Huy hiệu Đảng" in b.text for b in loaded.blocks)


def test_image_only_pdf_without_ocr(tmp_path: Path, settings: Settings) -> None:
    from tests.test_loaders import make_scanned_pdf

    path = make_scanned_pdf(tmp_path / "ảnh.pdf")
    err = expect(path, "image_only", replace(settings, tesseract_cmd="/nonexistent/tesseract"))
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in err.message_en


def test_pdf_named_docx_loads_with_warning(tmp_path: Path, settings: Settings, text_pdf: bytes) -> None:
    path = tmp_path / "nhầm đuôi.docx"
    path.write_bytes(text_pdf)
    loaded = load_file(path, settings)
    assert loaded.format == "pdf" and loaded.page_count == 8
    assert ".docx" in loaded.warnings[0] and "PDF" in loaded.warnings[0]


def test_docx_named_doc_loads_with_warning(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "cũ.doc"
    path.write_bytes(docx_bytes())
    loaded = load_file(path, settings)
    assert loaded.format == "docx" and loaded.warnings


def test_png_named_pdf_is_wrong_extension(tmp_path: Path, settings: Settings) -> None:
    from PIL import Image

    path = tmp_path / "ảnh.pdf"
    Image.new("RGB", (20, 20), "white").save(path, "PNG")
    err = expect(path, "wrong_extension", settings)
    assert "PNG" in err.message_en


def test_png_is_unsupported(tmp_path: Path, settings: Settings) -> None:
    from PIL import Image

    path = tmp_path / "ảnh.png"
    Image.new("RGB", (20, 20), "white").save(path, "PNG")
    expect(path, "unsupported", settings)


def test_xlsx_is_unsupported(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "bảng.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    err = expect(path, "unsupported", settings)
    assert ".pdf" in err.message_en  # the message lists what can be read


def test_unknown_text_extension_is_unsupported(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "dữ liệu.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    expect(path, "unsupported", settings)


def test_too_large(tmp_path: Path, settings: Settings, text_pdf: bytes) -> None:
    path = tmp_path / "lớn.pdf"
    path.write_bytes(text_pdf)
    err = expect(path, "too_large", replace(settings, max_file_mb=0))
    assert "ASSISTANT_MAX_FILE_MB" in err.message_en


def test_unicode_file_name_loads(tmp_path: Path, settings: Settings, text_pdf: bytes) -> None:
    path = tmp_path / UNICODE_NAME
    path.write_bytes(text_pdf)
    loaded = load_file(path, settings)
    assert loaded.path.endswith(UNICODE_NAME) and loaded.page_count == 8


def test_folder_is_unsupported(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "thư mục.pdf"
    folder.mkdir()
    expect(folder, "unsupported", settings)
