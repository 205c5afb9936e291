"""OCR of scanned PDF pages with Tesseract (Vietnamese model ``vie``), rendered by pypdfium2.

Tesseract is an optional system program: when it (or its Vietnamese model) is missing, the pages are
listed as skipped with a bilingual warning that says how to install it, instead of failing the file.
The command is ``settings.tesseract_cmd`` (env ``ASSISTANT_TESSERACT``) so that a deployment can point
at its own binary and tests can point at a missing one.
"""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.config import Settings
from assistant.loaders._common import find_program, join_lines
from assistant.models import Block
from assistant.text import clean_spaces, has_diacritics

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-vie"
# Below this share of words with tone marks, OCR of a Vietnamese page has almost surely lost them.
MIN_DIACRITIC_SHARE = 0.15
_WORD_RE = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_TIMEOUT_S = 180


@dataclass
class OcrResult:
    """Blocks per OCR'd page, which pages were read or skipped, and warnings for the user."""

    blocks: dict[int, list[Block]] = field(default_factory=dict)
    ocr_pages: list[int] = field(default_factory=list)
    skipped_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=8)
def tesseract_languages(exe: str) -> frozenset[str]:
    """Language models the Tesseract installation has (``tesseract --list-langs``)."""
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except OSError:
        return frozenset()
    lines = (out.stdout + out.stderr).splitlines()
    return frozenset(
        ln.strip() for ln in lines if ln.strip() and " " not in ln.strip() and not ln.endswith(":")
    )


def diacritic_share(text: str) -> float:
    """Share of words carrying a Vietnamese diacritic (about half in normal Vietnamese prose)."""
    words = _WORD_RE.findall(text)
    return sum(1 for w in words if has_diacritics(w)) / len(words) if words else 0.0


def ocr_png(png: bytes, exe: str, lang: str) -> str:
    """Run Tesseract on one PNG image (via stdin/stdout, no temporary files) and return its text."""
    proc = subprocess.run(
        [exe, "stdin", "stdout", "-l", lang, "--psm", "3"],
        input=png,
        capture_output=True,
        timeout=_TIMEOUT_S,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", errors="replace").strip()[:300])
    return proc.stdout.decode("utf-8", errors="replace")


def text_to_blocks(text: str, page: int) -> list[Block]:
    """Tesseract separates paragraphs with blank lines; lines inside a paragraph are joined."""
    blocks = []
    for para in re.split(r"\n\s*\n", text):
        joined = clean_spaces(join_lines(para.splitlines()))
        if joined:
            blocks.append(Block(text=joined, page=page, style=frozenset({"ocr"})))
    return blocks


def _skip_warning(pages: list[int], reason_vi: str, reason_en: str) -> str:
    listed = ", ".join(str(p) for p in pages)
    return (
        f"Bỏ qua trang {listed} (ảnh quét, không có chữ): {reason_vi}. Để đọc các trang này hãy cài OCR: {INSTALL_HINT}"
        f" / Skipped page(s) {listed} (scanned images without text): {reason_en}. To read them, install OCR: "
        f"{INSTALL_HINT}"
    )


def ocr_pdf_pages(path: Path, pages: list[int], settings: Settings) -> OcrResult:
    """OCR the given 1-based pages of a PDF; never raises for a missing or failing Tesseract."""
    result = OcrResult()
    exe = find_program(settings.tesseract_cmd)
    if exe is None:
        result.skipped_pages = list(pages)
        result.warnings.append(
            _skip_warning(
                pages,
                f"không tìm thấy chương trình Tesseract ({settings.tesseract_cmd})",
                f"Tesseract was not found ({settings.tesseract_cmd})",
            )
        )
        return result
    wanted = [code for code in settings.ocr_lang.split("+") if code]
    available = tesseract_languages(exe)
    langs = [code for code in wanted if code in available]
    if not langs:
        langs = ["eng"] if "eng" in available else []
        result.warnings.append(
            f"Tesseract thiếu mô hình ngôn ngữ {settings.ocr_lang}; chữ OCR sẽ mất dấu tiếng Việt. Cài: {INSTALL_HINT}"
            f" / Tesseract lacks the {settings.ocr_lang} language model; OCR text will lose Vietnamese tone marks. "
            f"Install: {INSTALL_HINT}"
        )
    if not langs:
        result.skipped_pages = list(pages)
        result.warnings.append(
            _skip_warning(pages, "Tesseract không có mô hình ngôn ngữ nào", "no language model")
        )
        return result

    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        for number in pages:
            try:
                image = doc[number - 1].render(scale=settings.ocr_dpi / 72).to_pil()
                buf = io.BytesIO()
                image.convert("L").save(buf, format="PNG")
                text = ocr_png(buf.getvalue(), exe, "+".join(langs))
            except Exception as exc:  # a failing page is skipped, the rest of the file still loads
                result.skipped_pages.append(number)
                result.warnings.append(_skip_warning([number], f"OCR lỗi ({exc})", f"OCR failed ({exc})"))
                continue
            result.ocr_pages.append(number)
            result.blocks[number] = text_to_blocks(text, number)
            words = _WORD_RE.findall(text)
            if len(words) >= 20 and diacritic_share(text) < MIN_DIACRITIC_SHARE:
                result.warnings.append(
                    f"Trang {number}: chữ OCR gần như không có dấu tiếng Việt; kiểm tra mô hình {INSTALL_HINT}"
                    f" / Page {number}: OCR text has almost no Vietnamese tone marks; check the language model "
                    f"({INSTALL_HINT})"
                )
    finally:
        doc.close()
    if result.ocr_pages:
        listed = ", ".join(str(p) for p in result.ocr_pages)
        result.warnings.append(
            f"Trang {listed} được đọc bằng OCR, có thể có lỗi nhận dạng / Page(s) {listed} were read by OCR and may "
            "contain recognition errors"
        )
    return result
