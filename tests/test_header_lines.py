"""Header and citation lines read as what they are, in every format: the issuer a title names ("CỦA BAN
CHẤP HÀNH ĐẢNG BỘ HUYỆN") under a letterhead naming the committee ("HUYỆN ỦY ..."), a subject whose last
wrapped line is a bare year, and a cited document's issuer followed by the citation's own verb.
Documents are written here; everything goes through ``load_file`` + ``parse``."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import dejavu_page

LEFT = ["ĐẢNG BỘ TỈNH LONG GIANG", "HUYỆN ỦY BẾN TRÚC", "*", "Số 14-NQ/HU"]
RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bến Trúc, ngày 06 tháng 4 năm 2028"]
TITLE = [
    "NGHỊ QUYẾT",
    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN",
    "về phát triển kinh tế trang trại gắn với bảo vệ môi trường nông thôn giai đoạn",
    "2028 - 2032",
]
BODY = [
    "Căn cứ Quyết định số 205-QĐ/HU ngày 10/9/2027 của Ban Thường vụ Huyện ủy quy định chức năng, "
    "nhiệm vụ của các ban tham mưu; Kế hoạch số 33-KH/BCĐ ngày 02/3/2028 của Ban chỉ đạo bầu cử xã Tân "
    "Lộc về việc tổ chức hội nghị cử tri, Ban Chấp hành Đảng bộ huyện thống nhất ban hành Nghị quyết:",
    "1. Các chi bộ trực thuộc xây dựng chương trình hành động, hoàn thành trước ngày 30/5/2028.",
    "2. Ủy ban nhân dân huyện xây dựng đề án hỗ trợ trang trại, trình trước ngày 30/6/2028.",
]
SIGN = ["T/M HUYỆN ỦY", "BÍ THƯ", "(đã ký)", "Trịnh Quốc Bảo"]


def _txt(path: Path) -> Path:
    path.write_text("\n".join([*LEFT, *RIGHT, "", *TITLE, "", *BODY, "", *SIGN]) + "\n", encoding="utf-8")
    return path


def _pdf(path: Path) -> Path:
    """Two text columns for the letterhead and a centred subject wrapped before its years, as fpdf or
    LibreOffice print them."""
    pdf = dejavu_page()
    for n, text in enumerate(LEFT):
        pdf.text(70, 70 + 15 * n, text)
    for n, text in enumerate(RIGHT):
        pdf.text(320, 70 + 30 * n, text)
    y = 170.0
    for text in TITLE:
        pdf.text((595 - pdf.get_string_width(text)) / 2, y, text)
        y += 16
    y += 14
    for para in BODY:
        line = ""
        for word in para.split():  # wrap the body at the page width
            if pdf.get_string_width(f"{line} {word}") > 450:
                pdf.text(70, y, line)
                y, line = y + 15, word
            else:
                line = f"{line} {word}".strip()
        pdf.text(70, y, line)
        y += 22
    for n, text in enumerate(SIGN):
        pdf.text(360, y + 15 * n, text)
    pdf.output(str(path))
    return path


def _docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "\n".join(LEFT)
    head.cell(0, 1).text = "\n".join(RIGHT)
    for line in [*TITLE, *BODY]:
        d.add_paragraph(line)
    tail = d.add_table(rows=1, cols=2)
    tail.cell(0, 0).text = "Nơi nhận:\n- Lưu VP."
    tail.cell(0, 1).text = "\n".join(SIGN)
    d.save(str(path))
    return path


MAKERS = {".txt": _txt, ".pdf": _pdf, ".docx": _docx}


@pytest.fixture(params=sorted(MAKERS))
def meta(request: pytest.FixtureRequest, tmp_path: Path, settings: Settings):
    path = MAKERS[request.param](tmp_path / f"nghiquyet14{request.param}")
    return parse(load_file(path, settings), str(path)).meta


def test_title_organ_under_a_committee_letterhead_keeps_its_own_name(meta) -> None:
    # "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN" under "HUYỆN ỦY BẾN TRÚC": the level word "huyện" is the Đảng bộ's,
    # the letterhead gives the place only (never "Ban Chấp hành Đảng bộ Huyện ủy Bến Trúc").
    assert meta.number == "14-NQ/HU"
    assert meta.issuer == "Ban Chấp hành Đảng bộ huyện Bến Trúc"


def test_subject_keeps_a_wrapped_line_that_is_only_years(meta) -> None:
    assert meta.title == (
        "về phát triển kinh tế trang trại gắn với bảo vệ môi trường nông thôn giai đoạn 2028 - 2032"
    )


def test_cited_issuer_stops_before_the_citation_verb(meta) -> None:
    issuers = {r.number: r.issuer for r in meta.references}
    assert issuers["205-QĐ/HU"] == "Ban Thường vụ Huyện ủy"
    # A name written in lower case, closed by its place, is kept whole.
    assert issuers["33-KH/BCĐ"] == "Ban chỉ đạo bầu cử xã Tân Lộc"


def test_lone_year_line_after_a_year_word_is_not_a_page_number(tmp_path: Path) -> None:
    path = tmp_path / "kehoach7.txt"
    path.write_text(
        "HỘI NÔNG DÂN XÃ AN PHÚ\n\nKẾ HOẠCH\n\nTổ chức hội thi nhà nông giỏi năm\n\n2029\n\n"
        "1. Các chi hội đăng ký đội thi trước ngày 15/5/2029.\n\n2\n\n"
        "2. Ban Thường vụ Hội Nông dân xã chấm thi trong tháng 6/2029.\n",
        encoding="utf-8",
    )
    doc = parse(load_file(path), str(path))
    assert doc.meta.title == "Tổ chức hội thi nhà nông giỏi năm 2029"
    assert "\n2\n" not in f"\n{doc.text}\n"  # a real page number still goes


# A letterhead whose issuer line is longer than its column: the last word of the place wraps onto a line
# of its own ("ỦY BAN MTTQ VIỆT NAM XÃ TÂN" / "PHONG"), as LibreOffice prints a Word table to PDF.
WRAPPED_LEFT = ["ỦY BAN MTTQ VIỆT NAM", "HUYỆN ĐÔNG SƠN", "BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ TÂN",
                "PHONG", "Số: 07/HD-MTTQ-BTT"]  # fmt: skip
WRAPPED_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Tân Phong, ngày 02 tháng 3 năm 2029"]  # fmt: skip
WRAPPED_BODY = [
    "HƯỚNG DẪN",
    "Tổ chức hội nghị đại biểu nhân dân ở khu dân cư năm 2029",
    "1. Ban công tác Mặt trận các ấp tổ chức hội nghị xong trước ngày 30/4/2029.",
    "2. Các tổ chức thành viên cử đại biểu dự hội nghị ở khu dân cư.",
]
WRAPPED_SIGN = ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "(đã ký)", "Lâm Văn Quý"]


def _wrapped_pdf(path: Path) -> Path:
    """Both letterhead columns centred in their cells, row by row, as LibreOffice prints a Word table."""
    pdf = dejavu_page()
    for column, lines in ((155, WRAPPED_LEFT), (420, WRAPPED_RIGHT)):
        for n, text in enumerate(lines):
            pdf.text(column - pdf.get_string_width(text) / 2, 60 + 14 * n, text)
    y = 170.0
    for text in WRAPPED_BODY:
        pdf.text(70, y, text)
        y += 28
    for n, text in enumerate(WRAPPED_SIGN):
        pdf.text(420 - pdf.get_string_width(text) / 2, y + 20 + 15 * n, text)
    pdf.output(str(path))
    return path


def _wrapped_txt(path: Path) -> Path:
    lines = [*WRAPPED_LEFT, *WRAPPED_RIGHT, "", *WRAPPED_BODY, "", *WRAPPED_SIGN]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [_wrapped_pdf, _wrapped_txt], ids=["pdf", "txt"])
def test_issuer_line_wrapped_before_the_last_word_of_its_place_is_one_name(make, tmp_path: Path) -> None:
    path = make(tmp_path / ("huongdan07" + (".pdf" if make is _wrapped_pdf else ".txt")))
    meta = parse(load_file(path), str(path)).meta
    assert meta.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Phong"
    assert meta.number == "07/HD-MTTQ-BTT"
    assert meta.doc_type == "Hướng dẫn"


@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        (["UBND HUYỆN ĐÔNG SƠN", "PHÒNG GIÁO DỤC"], "Phòng Giáo dục"),
        (["ĐẢNG BỘ XÃ TÂN PHONG", "CHI BỘ ẤP BA"], "Chi bộ ấp Ba"),
        (["UBND XÃ TÂN PHONG", "CÔNG AN XÃ"], "Công an xã"),
    ],
)
def test_a_short_body_under_a_placed_body_is_a_body_of_its_own(lines, issuer, tmp_path: Path) -> None:
    # A second line that names a body is never the end of the place above it.
    path = tmp_path / "kehoach3.txt"
    head = [*lines, "Số: 03/KH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tân Phong, ngày 02 tháng 3 năm 2029"]
    path.write_text("\n".join([*head, "", "KẾ HOẠCH", "Tổ chức trực Tết năm 2029", "", *WRAPPED_BODY[2:]]))
    assert parse(load_file(path), str(path)).meta.issuer.lower().startswith(issuer.lower())


@pytest.fixture(scope="module")
def wrapped_assistant(tmp_path_factory, embedder):
    from tests.conftest import assistant_over

    root = tmp_path_factory.mktemp("wrapped")
    text = _wrapped_txt(root / "hd07.txt").read_text(encoding="utf-8")
    return assistant_over(root, embedder, {"HD-07-MTTQ.txt": text})


def test_a_guide_described_by_its_wrapped_issuer_is_found(wrapped_assistant) -> None:
    # Described by its issuer ("của Mặt trận xã"), the guide is held: no "not among the documents".
    answer = wrapped_assistant.ask("Hướng dẫn của Mặt trận xã về hội nghị đại biểu nhân dân số mấy?")
    assert "07/HD-MTTQ-BTT" in answer.text.split("\n", 1)[0], answer.text


MINORITY_LEFT = ["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN HUYỆN", "KRÔNG BÔNG", "Số: 19-KH/HND"]
MINORITY_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Krông Bông, ngày 04 tháng 6 năm 2029",
]
MINORITY_BODY = [
    "KẾ HOẠCH",
    "Tập huấn kỹ thuật trồng cà phê cho hội viên năm 2029",
    "1. Các cơ sở Hội đăng ký số hội viên dự tập huấn trước ngày 20/6/2029.",
    "2. Văn phòng Hội chuẩn bị tài liệu, hoàn thành trước ngày 25/6/2029.",
]


def _minority_docx_pdf(path: Path) -> Path:
    """A Word letterhead table whose narrow left cell wraps the place onto its own line, printed to PDF by
    LibreOffice as an office prints it."""
    import docx
    from docx.shared import Cm

    from tests.conftest import soffice_convert

    doc = docx.Document()
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(5.2), Cm(10)
    left.text = "\n".join(["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN HUYỆN KRÔNG BÔNG", "Số: 19-KH/HND"])
    right.text = "\n".join(MINORITY_RIGHT)
    for line in MINORITY_BODY:
        doc.add_paragraph(line)
    doc.save(str(path.with_suffix(".docx")))
    return soffice_convert(path.with_suffix(".docx"), "pdf")


def _minority_txt(path: Path) -> Path:
    path.write_text("\n".join([*MINORITY_LEFT, *MINORITY_RIGHT, "", *MINORITY_BODY]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [_minority_docx_pdf, _minority_txt], ids=["docx-pdf", "txt"])
def test_a_minority_language_place_wrapped_onto_its_own_line_stays_in_the_issuer(make, tmp_path: Path):
    # "KRÔNG" is no Vietnamese syllable but a place's; the wrapped line finishes the body's name.
    path = make(tmp_path / ("kh19.pdf" if make is _minority_docx_pdf else "kh19.txt"))
    meta = parse(load_file(path), str(path)).meta
    assert meta.issuer == "BCH Hội Nông dân huyện Krông Bông"
    assert meta.number == "19-KH/HND"
