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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from assistant.config import Settings
from assistant.loaders._common import find_program
from assistant.models import Block
from assistant.text import has_diacritics

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


def ocr_png(png: bytes, exe: str, lang: str, tsv: bool = False) -> str:
    """Run Tesseract on one PNG image (via stdin/stdout, no temporary files) and return its text, or with
    ``tsv`` its word table (level, block, paragraph, line, word numbers, box, confidence, text)."""
    proc = subprocess.run(
        [exe, "stdin", "stdout", "-l", lang, "--psm", "3", *(["tsv"] if tsv else [])],
        input=png,
        capture_output=True,
        timeout=_TIMEOUT_S,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", errors="replace").strip()[:300])
    return proc.stdout.decode("utf-8", errors="replace")


# A gap between two words of one line wider than this many times the line's letter height parts two
# columns (a letterhead's issuer | motto, a signature table's "Nơi nhận" | capacity): words of a sentence
# stand about half a letter height apart, a justified line's widest gaps about one and a half.
COLUMN_GAP_HEIGHTS = 3.0
# A line whose first word starts right of this share of the page width is the right column's alone ("Lương
# Thị Thu Hà" under the capacity), unless it is centred on the page (a title).
RIGHT_COLUMN_START = 0.5


def tsv_to_text(tsv: str, page_width: int) -> str:
    """Tesseract's word table as text laid out like a table saved as text: one line per line, a blank line
    between paragraphs, and a tab where a line jumps from one column to the other (or before a line of the
    right column alone), so that the text reader (``text_columns``) takes the columns apart as it does for
    a letter typed with tabs. Tesseract's own text output glues the two columns of a scanned signature
    table into one line ("Nơi nhận: TM. BAN THƯỜNG VỤ"), and its right-hand name became a recipient's tail."""
    lines: dict[tuple[int, int, int], list[tuple[int, int, int, str]]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        left, width, height = int(cols[6]), int(cols[8]), int(cols[9])
        lines.setdefault(key, []).append((left, width, height, cols[11].strip()))
    out: list[str] = []
    last_par = None
    for key in sorted(lines):
        words = sorted(lines[key])
        if last_par is not None and key[:2] != last_par:
            out.append("")
        last_par = key[:2]
        heights = sorted(h for _, _, h, _ in words)
        gap_min = COLUMN_GAP_HEIGHTS * heights[len(heights) // 2]
        start, end = words[0][0], words[-1][0] + words[-1][1]
        centred = abs((start + end) / 2 - page_width / 2) < 0.05 * page_width
        text = "\t" if start > RIGHT_COLUMN_START * page_width and not centred else ""
        for n, (left, _, _, word) in enumerate(words):
            if n:
                prev_end = words[n - 1][0] + words[n - 1][1]
                text += "\t" if left - prev_end > gap_min else " "
            text += word
        out.append(text)
    return "\n".join(out)


def text_to_blocks(text: str, page: int) -> list[Block]:
    """The blocks of one page's OCR text (``tsv_to_text``): read as a plain-text letter is, paragraphs
    joined, tab-separated columns as table cells (``loaders.text``), each marked "ocr" on its page."""
    from assistant.loaders.text import text_to_blocks as plain_blocks

    return [
        replace(b, page=page, style=b.style | {"ocr"}) for b in plain_blocks(text, markdown=False)
    ]


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
                text = tsv_to_text(ocr_png(buf.getvalue(), exe, "+".join(langs), tsv=True), image.width)
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
