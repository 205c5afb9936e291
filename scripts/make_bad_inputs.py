"""Generate the bad-input corpus (issue 12): hostile and unlucky files next to good ones, never committed.

    python scripts/make_bad_inputs.py OUT_DIR [--bomb-mb 1024] [--pages 3000]

Writes ``OUT_DIR/documents/`` and ``OUT_DIR/expected.json`` ({file: "ok" | error code}). Bad files: empty,
truncated PDF and DOCX, encrypted PDF, image-only PDF (a scanned page with no words), a zip bomb DOCX
(``--bomb-mb`` MB once inflated, about 1 MB on disk), an executable renamed .pdf, a PDF with ``--pages``
pages, a symlink to a file outside the folder. Good files: UTF-8, Windows-1258, UTF-16 and TCVN3 text, a
DOCX, a DOCX renamed .doc, Unicode (NFC and NFD) file names. Every good file is a short, distinct
directive so each one is indexed on its own.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.loaders.encodings import unicode_to_legacy  # noqa: E402

TEMPLATE = (
    "{org}\nSố: {num}\n{place}, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n{title}\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. {goal}\n\nII. NHIỆM VỤ\n1. {org_short} các cấp {duty} trước ngày {due}.\n"
)
GOOD = [
    (
        "Hội Liên hiệp Phụ nữ tỉnh Thái Bình",
        "31-KH/HPN",
        "Thái Bình",
        "Tuyên truyền phòng chống bạo lực gia đình",
        "Nâng cao nhận thức của hội viên về phòng chống bạo lực gia đình.",
        "Hội phụ nữ",
        "tổ chức 05 buổi nói chuyện chuyên đề",
        "30/6/2026",
    ),
    (
        "Tỉnh đoàn Nghệ An",
        "32-KH/TĐTN",
        "Vinh",
        "Ra quân tình nguyện mùa hè",
        "Phát huy vai trò xung kích của đoàn viên thanh niên.",
        "Đoàn thanh niên",
        "báo cáo kết quả chiến dịch tình nguyện",
        "31/8/2026",
    ),
    (
        "Hội Nông dân tỉnh Long An",
        "33-KH/HND",
        "Tân An",
        "Xây dựng mô hình kinh tế tập thể",
        "Hỗ trợ hội viên thành lập tổ hợp tác sản xuất lúa chất lượng cao.",
        "Hội Nông dân",
        "hoàn thành khảo sát tổ hợp tác",
        "15/5/2026",
    ),
    (
        "Hội Cựu chiến binh tỉnh Quảng Trị",
        "34-KH/CCB",
        "Đông Hà",
        "Giáo dục truyền thống cho học sinh",
        "Phát huy bản chất bộ đội Cụ Hồ trong thế hệ trẻ.",
        "Hội Cựu chiến binh",
        "tổ chức nói chuyện truyền thống tại trường học",
        "20/11/2026",
    ),
    (
        "Ủy ban Mặt trận Tổ quốc tỉnh Hà Giang",
        "35-KH/MTTQ",
        "Hà Giang",
        "Vận động xây nhà Đại đoàn kết",
        "Hỗ trợ hộ nghèo có nhà ở an toàn trước mùa mưa bão.",
        "Ủy ban Mặt trận Tổ quốc",
        "bàn giao nhà Đại đoàn kết",
        "30/9/2026",
    ),
    (
        "Liên đoàn Lao động tỉnh Bình Dương",
        "36-KH/LĐLĐ",
        "Thủ Dầu Một",
        "Chăm lo Tết cho công nhân",
        "Bảo đảm công nhân khó khăn được hỗ trợ dịp Tết.",
        "Công đoàn",
        "gửi danh sách công nhân được hỗ trợ",
        "15/12/2026",
    ),
    (
        "Hội Liên hiệp Phụ nữ tỉnh Cà Mau",
        "37-KH/HPN",
        "Cà Mau",
        "Hỗ trợ phụ nữ khởi nghiệp",
        "Giúp hội viên tiếp cận vốn vay và kỹ năng kinh doanh.",
        "Hội phụ nữ",
        "hoàn thành lớp tập huấn khởi nghiệp",
        "31/10/2026",
    ),
]


def doc_text(i: int) -> str:
    org, num, place, title, goal, short, duty, due = GOOD[i]
    return TEMPLATE.format(
        org=org.upper(), num=num, place=place, title=title, goal=goal, org_short=short, duty=duty, due=due
    )


def to_cp1258(text: str) -> bytes:
    """Windows-1258: precomposed base vowels, tones as combining marks."""

    def cluster(m: re.Match[str]) -> str:
        vowel = "".join(c for c in m.group(2) if c in "\u0302\u0306\u031b")
        tones = "".join(c for c in m.group(2) if c not in vowel)
        return unicodedata.normalize("NFC", m.group(1) + vowel) + tones

    return re.sub(r"(.)([\u0300-\u036f]+)", cluster, unicodedata.normalize("NFD", text)).encode("cp1258")


def docx_bytes(text: str) -> bytes:
    from docx import Document

    d = Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pdf_pages(n: int) -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(n):
        w.add_blank_page(width=100, height=100)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """One page that is a scanned image with no words on it (a blank, slightly noisy sheet)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(img)
    for x in range(0, 1240, 97):
        draw.point((x, (x * 7) % 1754), fill="#dddddd")
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=150)
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.encrypt(user_password="mat-khau", owner_password="chu-so-huu", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def bomb_docx(path: Path, mb: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            block = b"<w:p><w:r><w:t>" + b"a" * (1 << 20) + b"</w:t></w:r></w:p>"
            for _ in range(mb):
                fh.write(block)


def make(out: Path, bomb_mb: int = 1024, pages: int = 3000) -> dict[str, str]:
    """Write the corpus under ``out/documents``; returns {file name: "ok" or expected error code}."""
    docs = out / "documents"
    docs.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, code: str) -> None:
        (docs / name).write_bytes(data)
        expected[name] = code

    put("empty.pdf", b"", "empty")
    put("empty.txt", b"", "empty")
    full_pdf = pdf_pages(3)
    put("truncated.pdf", full_pdf[: len(full_pdf) // 3], "corrupt")
    good_docx = docx_bytes(doc_text(0))
    put("truncated.docx", good_docx[: len(good_docx) // 2], "corrupt")
    put("encrypted.pdf", encrypted_pdf(), "encrypted")
    put("scan-trang.pdf", image_only_pdf(), "image_only")
    bomb_docx(docs / "bom-nen.docx", bomb_mb)
    expected["bom-nen.docx"] = "too_large"
    put("chuong-trinh.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + os.urandom(4000), "wrong_extension")
    put("qua-nhieu-trang.pdf", pdf_pages(pages), "too_large")
    secret = out / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    os.symlink(secret, docs / "passwd.txt")
    expected["passwd.txt"] = "outside_documents"
    # Good files.
    put("KH-31-HPN_utf8.txt", doc_text(0).encode("utf-8"), "ok")
    put("KH-32-TDTN_cp1258.txt", to_cp1258(doc_text(1)), "ok")
    put("KH-33-HND_utf16.txt", doc_text(2).encode("utf-16"), "ok")
    put("KH-34-CCB_tcvn3.txt", unicode_to_legacy(doc_text(3).lower(), "tcvn3"), "ok")
    put("KH-35-MTTQ.docx", docx_bytes(doc_text(4)), "ok")
    put("KH-36-LDLD_that-la-docx.doc", docx_bytes(doc_text(5)), "ok")
    put(
        unicodedata.normalize("NFD", "Kế hoạch số 37 – Hội LHPN (bản sao).txt"),
        doc_text(6).encode("utf-8"),
        "ok",
    )
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    return expected


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--bomb-mb", type=int, default=1024)
    ap.add_argument("--pages", type=int, default=3000)
    args = ap.parse_args()
    expected = make(args.out, args.bomb_mb, args.pages)
    print(f"{len(expected)} files in {args.out / 'documents'}")


if __name__ == "__main__":
    main()
