"""A paragraph that opens with a division word followed by an ordinary word is no labelled item: "Điểm
cầu trực tuyến đặt tại ..." (a venue) is not point "c", "Phần Lan ..." is not part "L" (trial 24: a
Markdown paragraph "Điểm chỉ đạo của xã ..." became item "c", and its citations read "1. Thời gian, hình
thức › c"). A real point ("Điểm a. ...") still is one. In every format; the quote's citation through
Retriever.search names the section only. Names are invented.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import write_docx, write_pdf_lines

VENUE = "Điểm cầu trực tuyến của xã đặt tại Hội trường Ủy ban nhân dân xã Vĩnh Phước, khai mạc lúc 8 giờ."
COUNTRY = "Phần Lan hỗ trợ xã 2 bộ thiết bị lọc nước cho Trường Tiểu học Vĩnh Phước."
LINES = [
    "ỦY BAN NHÂN DÂN XÃ VĨNH PHƯỚC",
    "Số: 44/KH-UBND",
    "Vĩnh Phước, ngày 02 tháng 6 năm 2029",
    "KẾ HOẠCH",
    "Tổ chức hội nghị trực tuyến về nước sạch nông thôn năm 2029",
    "Thực hiện chỉ đạo của Ủy ban nhân dân huyện, Ủy ban nhân dân xã xây dựng kế hoạch như sau:",
    "1. Thời gian, hình thức",
    "Hội nghị tổ chức ngày 18/6/2029 theo hình thức trực tuyến.",
    VENUE,
    "2. Nguồn lực",
    COUNTRY,
    "Nơi nhận:",
    "- UBND huyện (b/c);",
    "- Lưu VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Đinh Quang Hưng",
]


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _md() -> str:
    out = []
    for line in LINES:
        out.append(f"### {line}" if line[:2] in {"1.", "2."} else line)
    return "\n\n".join(out)


def _pdf(path: Path) -> Path:
    return write_pdf_lines(path, LINES, width=90, left=60)


def _doc(d: Path) -> Path:
    exe = shutil.which("soffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) not installed")
    src = write_docx(d / "kh.docx", LINES)
    subprocess.run(
        [exe, "--headless", "--convert-to", "doc", "--outdir", str(d), str(src)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return d / "kh.doc"


HTML = "<html><body>" + "".join(f"<p>{x}</p>" for x in LINES) + "</body></html>"
MAKERS = {
    "txt": lambda d: _write(d / "kh.txt", "\n\n".join(LINES)),
    "md": lambda d: _write(d / "kh.md", _md()),
    "html": lambda d: _write(d / "kh.html", HTML),
    "docx": lambda d: write_docx(d / "kh.docx", LINES),
    "doc": _doc,
    "pdf": lambda d: _pdf(d / "kh.pdf"),
}


@pytest.mark.parametrize("layout", list(MAKERS))
def test_a_division_word_before_an_ordinary_word_is_no_label(tmp_path: Path, layout: str) -> None:
    path = MAKERS[layout](tmp_path)
    doc = parse(load_file(path), str(path))
    for text, section in ((VENUE, "1. Thời gian, hình thức"), (COUNTRY, "2. Nguồn lực")):
        at = doc.text.find(text[:40])
        assert at >= 0, doc.text
        inner = [s for s in doc.sections if s.start <= at < s.end and s.path]
        sec = max(inner, key=lambda s: (len(s.path), s.start))  # the innermost section holding it
        assert sec.path == [section], sec.path


def test_a_real_point_is_still_one(tmp_path: Path) -> None:
    lines = LINES[:8] + ["Điểm a. Các thôn cử đại biểu dự tại điểm cầu xã.", "Điểm b. Trường học dự tại chỗ."]
    path = _write(tmp_path / "kh.txt", "\n\n".join(lines + LINES[9:]))
    doc = parse(load_file(path), str(path))
    labels = [s.path[-1] for s in doc.sections if s.path and s.path[0] == "1. Thời gian, hình thức"]
    assert any(p.startswith("Điểm a") or p.startswith("a") for p in labels), labels


def test_search_cites_the_section_only(tmp_path: Path, embedder, settings) -> None:
    from tests.conftest import assistant_over

    a = assistant_over(tmp_path, embedder, {"kh.md": _md()})
    hits = a.retriever.search("Điểm cầu trực tuyến của xã đặt ở đâu?", k=3)
    top = next(h for h in hits if VENUE[:30] in h.chunk.text)
    assert top.chunk.section_path[-1] == "1. Thời gian, hình thức", top.chunk.section_path
