"""Signature blocks as offices print them, in every format: parts on lines of their own without "Nơi nhận",
"signed" markers in place of the signature image, the two-column block (recipients left; capacity, title,
marker and name right) as a Word-like layout, as spaced text and flattened onto lines (PDF text, exports),
an attached document after the signature, and a SAO LỤC copy note without an issuer line above it.

The documents are written here (names, places and numbers invented for the tests) and go through
``load_file`` + ``parse``; the copy note question goes through ``Assistant.ask`` on a real index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.parse import parse

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
MARKERS = ["(đã ký)", "(Đã ký)", "(ký)", "(signed)", "[đã ký]"]

GUIDE_HEAD = """BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN ĐÀ BẮC

Số: 11-HD/HND

Đà Bắc, ngày 07 tháng 8 năm 2025

HƯỚNG DẪN
Bình xét hộ nông dân sản xuất, kinh doanh giỏi năm 2025

I. ĐỐI TƯỢNG
Hộ hội viên nông dân cư trú trên địa bàn huyện, có thu nhập bình quân từ 150 triệu đồng/năm trở lên.

II. TỔ CHỨC THỰC HIỆN
Các cơ sở hội gửi danh sách đề nghị về Ban Thường vụ Hội Nông dân huyện trước ngày 30/9/2025.
"""
GUIDE_SIGNATURE = ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "{marker}", "Lường Văn Khánh"]


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


def _write_docx(path: Path, lines: list[str]) -> None:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))


def _guide(tmp_path: Path, suffix: str, marker: str) -> Document:
    lines = GUIDE_HEAD.split("\n") + [x.format(marker=marker) for x in GUIDE_SIGNATURE]
    path = tmp_path / f"hd-11-hnd{suffix}"
    if suffix == ".docx":
        _write_docx(path, [x for x in lines if x.strip()])
    else:  # one line each, no blank line between: Markdown joins them into one paragraph
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _doc(path)


@pytest.mark.parametrize("suffix", [".md", ".txt", ".docx"])
@pytest.mark.parametrize("marker", MARKERS)
def test_signature_on_own_lines_without_recipients(tmp_path: Path, suffix: str, marker: str) -> None:
    doc = _guide(tmp_path, suffix, marker)
    m = doc.meta
    assert m.doc_type == "Hướng dẫn"
    assert m.signer == "Lường Văn Khánh", (m.signer, m.signer_capacity, m.signer_title)
    assert m.signer_capacity == "TM. BAN THƯỜNG VỤ"
    assert m.signer_title == "PHÓ CHỦ TỊCH"
    assert m.recipients == []
    # The block is the closing section, not glued onto the last body section.
    last_body = next(s for s in doc.sections if s.path and s.path[0].startswith("II."))
    assert "Lường Văn Khánh" not in doc.text[last_body.start : last_body.end]
    assert "Lường Văn Khánh" in doc.text


def _decision_lines(gap: str) -> list[str]:
    """A decision with its attached rules; ``gap`` separates the two columns of header and signature."""
    return [
        f"ỦY BAN MTTQ VIỆT NAM{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"THỊ TRẤN MƯỜNG KHẾN{gap}Độc lập - Tự do - Hạnh phúc",
        "BAN THƯỜNG TRỰC",
        f"Số: 21/QĐ-MTTQ-BTT{gap}Mường Khến, ngày 12 tháng 9 năm 2025",
        "",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Ban Giám sát đầu tư của cộng đồng thị trấn Mường Khến",
        "",
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;",
        "",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Giám sát đầu tư của cộng đồng.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
        "Điều 3. Ban Giám sát đầu tư của cộng đồng chịu trách nhiệm thi hành Quyết định này.",
        "",
        f"Nơi nhận:{gap}TM. BAN THƯỜNG TRỰC",
        f"- Như Điều 3;{gap}CHỦ TỊCH",
        "- Thường trực Đảng ủy thị trấn (b/c);",
        f"- Lưu VT.{gap}(đã ký)",
        f"{gap}Đinh Thị Thu Trang",
        "",
        "QUY CHẾ",
        "Làm việc của Ban Giám sát đầu tư của cộng đồng thị trấn Mường Khến",
        "(Ban hành kèm theo Quyết định số 21/QĐ-MTTQ-BTT ngày 12/9/2025)",
        "",
        "Điều 1. Ban Giám sát đầu tư của cộng đồng gồm 05 thành viên.",
        "Điều 2. Ban họp thường kỳ mỗi tháng một lần vào ngày 05; báo cáo Ban Thường trực trước ngày 10.",
    ]


def _pdf_two_columns(path: Path, lines: list[str]) -> None:
    """Each line drawn as a PDF page would: left column at 20 mm, right column at 110 mm, same baseline."""
    from fpdf import FPDF

    if not FONT.is_file():
        pytest.skip("DejaVu Sans (fonts-dejavu-core) not installed")
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", "", 10)
    pdf.add_page()
    y = 20.0
    for line in lines:
        if not line.strip():
            y += 6  # a blank line between paragraphs
            continue
        left, _, right = line.partition("\t")
        if left.strip():
            pdf.text(20, y, left.strip())
        if right.strip():
            pdf.text(110, y, right.strip())
        y += 6
    pdf.output(str(path))


@pytest.mark.parametrize("layout", ["spaced", "flat", "pdf"])
def test_two_column_signature_and_attached_rules(tmp_path: Path, layout: str) -> None:
    if layout == "pdf":
        path = tmp_path / "qd-21-mttq.pdf"
        _pdf_two_columns(path, _decision_lines("\t"))
    else:
        path = tmp_path / "qd-21-mttq.txt"
        gap = " " * 30 if layout == "spaced" else " "
        path.write_text("\n".join(_decision_lines(gap)) + "\n", encoding="utf-8")
    doc = _doc(path)
    m = doc.meta
    assert (m.doc_type, m.number, m.date) == ("Quyết định", "21/QĐ-MTTQ-BTT", "2025-09-12")
    assert m.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam thị trấn Mường Khến"  # never the motto
    assert m.signer == "Đinh Thị Thu Trang"
    assert m.signer_capacity == "TM. BAN THƯỜNG TRỰC"
    assert m.signer_title == "CHỦ TỊCH"
    # Recipients are the left column only: no title, no marker.
    assert len(m.recipients) == 3, m.recipients
    assert m.recipients[0] == "Như Điều 3"
    assert any(r.startswith("Thường trực Đảng ủy thị trấn") for r in m.recipients)
    assert not any("CHỦ TỊCH" in r or "ký" in r for r in m.recipients), m.recipients
    # The attached rules are a section of their own, with their articles, never part of the signature.
    attached = [s for s in doc.sections if s.path and s.path[0] == "Quy chế"]
    assert attached, [s.path for s in doc.sections]
    assert any(s.path[-1].startswith("Điều 2") for s in attached), [s.path for s in attached]
    signature = next(s for s in doc.sections if s.path == ["Người ký"])
    assert "QUY CHẾ" not in doc.text[signature.start : signature.end]
    assert "mỗi tháng một lần" in doc.text[attached[0].start : attached[0].end]


NOTICE = """ĐẢNG BỘ TỈNH SƠN LA                                ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY MAI SƠN
        *
Số: 73-TB/HU                                       Mai Sơn, ngày 21 tháng 10 năm 2025

THÔNG BÁO
Kết luận của Thường trực Huyện ủy về công tác chuyển đổi cây trồng trên đất dốc

1. Ủy ban nhân dân huyện chủ trì rà soát diện tích chuyển đổi, hoàn thành trước ngày 30/11/2025.
2. Ban Dân vận Huyện ủy chủ trì tuyên truyền, vận động nhân dân tham gia.

Nơi nhận:                                          T/M BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy (b/c),                       BÍ THƯ
- Các đồng chí Huyện ủy viên,
- Lưu Văn phòng Huyện ủy.                          (đã ký)
                                                   Cầm Văn Tiến

{copy}
"""
COPY_ONE_LINE = """SAO LỤC
Số 29-SL/VPHU, Mai Sơn, ngày 23 tháng 10 năm 2025
Nơi nhận: Các chi, đảng bộ cơ sở.
T/L BAN THƯỜNG VỤ, CHÁNH VĂN PHÒNG
Lò Thị Nguyệt"""
COPY_WITH_ISSUER = """HUYỆN ỦY MAI SƠN
SAO LỤC
Số 29-SL/VPHU
Mai Sơn, ngày 23 tháng 10 năm 2025
Nơi nhận:
- Các chi, đảng bộ cơ sở.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Lò Thị Nguyệt"""


@pytest.mark.parametrize("copy", [COPY_ONE_LINE, COPY_WITH_ISSUER], ids=["no-issuer-line", "issuer-line"])
def test_copy_note_is_read_apart_from_the_original(tmp_path: Path, copy: str) -> None:
    path = tmp_path / "tb-73-hu.txt"
    path.write_text(NOTICE.format(copy=copy), encoding="utf-8")
    m = _doc(path).meta
    assert m.signer == "Cầm Văn Tiến"
    assert m.signer_title == "BÍ THƯ"
    assert len(m.copies) == 1, m.copies
    note = m.copies[0]
    facts = (note.kind, note.number, note.date, note.place)
    assert facts == ("SAO LỤC", "29-SL/VPHU", "2025-10-23", "Mai Sơn")
    assert note.signer == "Lò Thị Nguyệt"
    assert note.issuer == ("Huyện ủy Mai Sơn" if copy.startswith("HUYỆN") else None)  # never the capacity
    assert not any("Các chi" in r for r in m.recipients), m.recipients  # the copy's recipients are its own


@pytest.fixture(scope="module")
def copy_assistant(tmp_path_factory, embedder):
    from assistant.api import Assistant
    from assistant.config import Settings
    from assistant.indexer import Indexer

    root = tmp_path_factory.mktemp("copynote")
    docs = root / "docs"
    docs.mkdir()
    (docs / "TB-73-HU-Mai-Son.txt").write_text(NOTICE.format(copy=COPY_ONE_LINE), encoding="utf-8")
    settings = Settings.from_env(index_dir=root / "index", documents_dir=docs)
    Indexer(settings, embedder=embedder).update(docs)
    return Assistant(settings, embedder=embedder)


def test_who_signed_the_copy_is_the_copy_signer(copy_assistant) -> None:
    answer = copy_assistant.ask("Ai ký bản sao lục Thông báo 73-TB/HU?")
    first = answer.text.split("\n", 1)[0]
    assert "Lò Thị Nguyệt" in first, answer.text
    assert "Cầm Văn Tiến" not in first, answer.text
    original = copy_assistant.ask("Ai ký Thông báo 73-TB/HU?")
    assert "Cầm Văn Tiến" in original.text.split("\n", 1)[0], original.text
