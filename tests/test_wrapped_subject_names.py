"""A subject line wrapped inside a name, so that its next line opens with a capital ("... ở ấp Phước" +
"Lộc Thượng năm 2030"), is one subject, in every format (trial 24: a PDF's title was cut at "... vụ Đông" and
its next line "Xuân 2027 - 2028" became a top section that prefixed every citation). The next line is the
subject's when the body opens right after it (the preamble, the first heading) and it is a short line in
the subject's type with no ":" and no full stop. A short line followed by more subject-like text is not
taken on that ground. Names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import soffice_convert, write_pdf_lines

SUBJECT = ["về hỗ trợ hộ nuôi gia cầm an toàn sinh học ở ấp Phước", "Lộc Thượng năm 2030"]
TITLE = " ".join(SUBJECT)
TOP = [
    "ĐẢNG BỘ HUYỆN TÂN MỸ",
    "ĐẢNG ỦY XÃ TÂN PHƯỚC",
    "Số 12-TB/ĐU",
    "Tân Phước, ngày 04 tháng 10 năm 2029",
    "THÔNG BÁO",
    "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY",
]
BODY = [
    "Thực hiện Kế hoạch số 20-KH/HU ngày 01/9/2029 của Huyện ủy Tân Mỹ, ngày 02/10/2029 Ban Thường vụ Đảng "
    "ủy xã họp, nghe Ủy ban nhân dân xã báo cáo. Ban Thường vụ kết luận như sau:",
    "1. Đánh giá chung",
    "Toàn xã có 214 hộ nuôi gia cầm, tổng đàn 38.000 con; 9 hộ đạt chứng nhận an toàn sinh học.",
    "2. Nhiệm vụ",
    "Ủy ban nhân dân xã chỉ đạo tiêm phòng cúm gia cầm cho toàn đàn, hoàn thành trước ngày 30/11/2029.",
    "Nơi nhận:",
    "- Các chi bộ ấp;",
    "- Lưu VP Đảng ủy.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Trịnh Văn Lực",
]
LINES = TOP + SUBJECT + BODY
HTML = "<html><body>" + "".join(f"<p>{x}</p>" for x in LINES) + "</body></html>"


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _docx(path: Path, styled: bool, one_paragraph: bool = False) -> Path:
    """Word paragraphs; ``styled``: the subject bold and centred as printed; ``one_paragraph``: the subject
    one paragraph with a line break where its line ends (a PDF made from it wraps there)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    for line in TOP:
        d.add_paragraph(line)
    subject = [SUBJECT] if one_paragraph else [[x] for x in SUBJECT]
    for lines in subject:
        para = d.add_paragraph()
        for k, line in enumerate(lines):
            run = para.add_run(line)
            run.bold = styled
            if k < len(lines) - 1:
                run.add_break()
        if styled:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in BODY:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    return write_pdf_lines(path, LINES, width=90, left=60)


MAKERS = {
    "txt": lambda d: _write(d / "tb.txt", "\n".join(LINES)),
    "txt-blank-lines": lambda d: _write(d / "tb.txt", "\n\n".join(LINES)),
    "md": lambda d: _write(d / "tb.md", "\n\n".join(LINES)),
    "html": lambda d: _write(d / "tb.html", HTML),
    "docx": lambda d: _docx(d / "tb.docx", styled=False),
    "docx-bold-centred": lambda d: _docx(d / "tb.docx", styled=True),
    "doc": lambda d: soffice_convert(_docx(d / "tb.docx", styled=True), "doc"),
    "pdf": lambda d: _pdf(d / "tb.pdf"),
    "pdf-from-word": lambda d: soffice_convert(_docx(d / "tb.docx", styled=True, one_paragraph=True), "pdf"),
}


@pytest.mark.parametrize("layout", list(MAKERS))
def test_a_subject_wrapped_inside_a_name_is_the_whole_title(tmp_path: Path, layout: str) -> None:
    path = MAKERS[layout](tmp_path)
    doc = parse(load_file(path), str(path))
    assert doc.meta.title == TITLE, doc.meta.title
    tops = [s.path[0] for s in doc.sections if s.path]
    assert not any(SUBJECT[1] in t for t in tops), tops
    duty = next(s for s in doc.sections if s.path and s.path[0] == "2. Nhiệm vụ")
    assert duty.path == ["2. Nhiệm vụ"], duty.path
    assert not doc.text.lstrip().startswith(SUBJECT[1])


def test_a_short_capitalised_line_not_followed_by_the_body_is_not_taken(tmp_path: Path) -> None:
    lines = TOP + [SUBJECT[0], "Lộc Thượng", "Hội nghị giao ban quý IV", *BODY]
    path = _write(tmp_path / "tb.txt", "\n\n".join(lines))
    doc = parse(load_file(path), str(path))
    assert doc.meta.title == SUBJECT[0], doc.meta.title
