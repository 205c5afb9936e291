"""Document titles, addressees, issuers with their place, and duties the newcomer trial missed (issue 10).

Titles name a document for retrieval (its identity field), so they are read for every layout: a subject
over several centred lines with an enumeration ("(1) ...;" + "(2) ..."), a law's subject that says "CỦA
LUẬT ...", a decision whose issuer is restated under its "V/V ..." line, a subject citing what it
implements above the preamble, a charter's organisation name with its adoption note (a motto alone is
never a title), a news article named by its lead. "Kính gửi:" addressees are stored and answer "gửi những
ai?"; an organ the title names without its place takes the letterhead's place; bodies named at the start of
their own sentence get their duty; "PHỤ LỤC I" / "Mẫu số ..." lines in the body are sections in plain text
as in Word. Names, places and numbers of the built files are invented; real files are read in place.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.obligations import extract_obligations
from assistant.parse import parse

SHARED = Path(os.environ.get("ASSISTANT_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


def _txt(path: Path, lines: list[str]) -> Path:
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _docx(path: Path, lines: list[str], centred: set[str] = frozenset()) -> Path:  # type: ignore[assignment]
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    for line in lines:
        p = d.add_paragraph(line)
        if line in centred:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in p.runs:
                run.bold = True
    d.save(str(path))
    return path


PLAN_HEAD = ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN XÃ AN PHÚ", "Số: 12-KH/ĐTN",
             "An Phú, ngày 14 tháng 01 năm 2026"]  # fmt: skip
SUBJECT = [
    "Giải quyết các điểm nghẽn về (1) Tình trạng úng ngập;",
    "(2) Ùn tắc giao thông; (3) Vệ sinh môi trường; (4) An toàn thực phẩm trên địa bàn xã An Phú",
]
PLAN_BODY = [
    "Thực hiện Kế hoạch số 30/KH-UBND ngày 07/12/2025 của Ủy ban nhân dân huyện về giảm ùn tắc giao thông, "
    "Ban Chấp hành Đoàn xã xây dựng kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Huy động đoàn viên tham gia giữ gìn vệ sinh môi trường.",
    "Nơi nhận:",
    "- Lưu VP.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Trần Văn Minh",
]


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_subject_over_several_lines_with_an_enumeration(tmp_path: Path, suffix: str) -> None:
    lines = [*PLAN_HEAD, "KẾ HOẠCH", *SUBJECT, *PLAN_BODY]
    path = tmp_path / f"kh{suffix}"
    _docx(path, lines, {"KẾ HOẠCH", *SUBJECT}) if suffix == ".docx" else _txt(path, lines)
    m = _doc(path).meta
    assert m.title == " ".join(SUBJECT), m.title
    assert (m.doc_type, m.number) == ("Kế hoạch", "12-KH/ĐTN")


def test_long_centred_subject_is_the_title(tmp_path: Path) -> None:
    subject = (
        "Đón tiếp và làm việc với Đoàn kiểm tra của Sở Giáo dục và Đào tạo về việc kiểm tra, khảo sát, "
        "đánh giá thực trạng sử dụng phòng học bộ môn, thiết bị dạy học trong thực hiện giáo dục STEM tại "
        "các cơ sở giáo dục phổ thông trên địa bàn huyện"
    )
    assert len(subject) > 200
    path = _docx(tmp_path / "kh.docx", [*PLAN_HEAD, "KẾ HOẠCH", subject, *PLAN_BODY], {"KẾ HOẠCH", subject})
    assert _doc(path).meta.title == subject


def test_subject_citing_what_it_implements_above_the_preamble(tmp_path: Path) -> None:
    subject = "Thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về công tác phụ nữ trong tình hình mới, năm 2026"
    body = [
        "Thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư, Ban Thường vụ Hội xây dựng Kế hoạch "
        "thực hiện năm 2026 như sau:",
        *PLAN_BODY[1:],
    ]
    path = _docx(tmp_path / "kh.docx", [*PLAN_HEAD, "KẾ HOẠCH", subject, *body])
    assert _doc(path).meta.title == subject
    # The preamble itself ("..., như sau:") is never read as the subject.
    plain = _docx(tmp_path / "kh2.docx", [*PLAN_HEAD, "KẾ HOẠCH", *body])
    assert _doc(plain).meta.title is None


def test_law_subject_naming_the_law_it_amends(tmp_path: Path) -> None:
    subject = "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN"
    lines = ["QUỐC HỘI", *MOTTO, "Luật số: 99/2025/QH15", "Hà Nội, ngày 24 tháng 6 năm 2025", "LUẬT", subject,
             "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
             "Điều 1. Sửa đổi khoản 6 Điều 4"]  # fmt: skip
    m = _doc(_txt(tmp_path / "luat.txt", lines)).meta
    assert (m.doc_type, m.title, m.issuer) == ("Luật", subject, "Quốc hội")


def test_decision_subject_is_not_the_issuer_restated(tmp_path: Path) -> None:
    subject = "V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN KẾT LUẬN SỐ 12-KL/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY"
    lines = ["ỦY BAN NHÂN DÂN TỈNH AN BÌNH", *MOTTO, "Số: 43/QĐ-UBND", "An Bình, ngày 04 tháng 5 năm 2020",
             "QUYẾT ĐỊNH", subject, "ỦY BAN NHÂN DÂN TỈNH AN BÌNH",
             "Căn cứ Luật Tổ chức chính quyền địa phương;",
             "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động."]  # fmt: skip
    m = _doc(_txt(tmp_path / "qd.txt", lines)).meta
    assert m.title == subject, m.title


def test_charter_title_keeps_the_adoption_note_and_a_motto_is_never_a_title(tmp_path: Path) -> None:
    note = ["(Đại hội đại biểu toàn quốc lần thứ IX", "Hội Sinh viên Việt Nam thông qua ngày 10/12/2023)"]
    rest = ["NHỮNG VẤN ĐỀ CHUNG", "Hội là tổ chức chính trị - xã hội của sinh viên.", "Chương I", "HỘI VIÊN"]
    name = "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"
    m = _doc(_txt(tmp_path / "dl.txt", ["ĐIỀU LỆ", name, *note, *rest])).meta
    assert m.title == "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH " + " ".join(note), m.title
    m = _doc(_txt(tmp_path / "dl2.txt", ["ĐIỀU LỆ", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", *rest])).meta
    assert m.title != "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"


def test_article_without_header_is_named_by_its_lead(tmp_path: Path) -> None:
    path = tmp_path / "bai.html"
    path.write_text(
        "<p>Web.ĐTN: Ngay từ đầu tháng 3, nhiều tỉnh đoàn tổ chức ra quân Tháng Thanh niên năm 2026 với "
        "nhiều hoạt động tình nguyện. Các hoạt động được triển khai an toàn.</p>"
        "<p>Tại tỉnh An Bình, Tỉnh đoàn ra quân xây dựng 20 công trình thanh niên.</p>",
        encoding="utf-8",
    )
    title = _doc(path).meta.title
    assert title == (
        "Ngay từ đầu tháng 3, nhiều tỉnh đoàn tổ chức ra quân Tháng Thanh niên năm 2026 với nhiều hoạt "
        "động tình nguyện"
    ), title


LETTER = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH AN BÌNH", "BAN THƯỜNG TRỰC", *MOTTO, "Số: 318/MTTQ-BTT",
    "An Bình, ngày 02 tháng 9 năm 2026", "V/v tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
    "Kính gửi:", "- Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố;",
    "- Các tổ chức thành viên của Mặt trận cấp tỉnh.",
    "Ban Thường trực Ủy ban MTTQ tỉnh đề nghị các huyện báo cáo kết quả trước ngày 30/11/2026.",
    "Nơi nhận:", "- Như trên;", "- Thường trực Tỉnh ủy (b/c);", "- Lưu VT.", "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH", "Nguyễn Văn Thắng",
]  # fmt: skip
ADDRESSEES = [
    "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố",
    "Các tổ chức thành viên của Mặt trận cấp tỉnh",
]


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_letter_addressees_are_stored(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"cv{suffix}"
    _docx(path, LETTER) if suffix == ".docx" else _txt(path, LETTER)
    m = _doc(path).meta
    assert m.addressees == ADDRESSEES
    assert m.sent_to() == [*ADDRESSEES, "Thường trực Tỉnh ủy (b/c)", "Lưu VT"]  # "Như trên" stands for them
    one_line = _doc(_txt(tmp_path / "cv2.txt", [*LETTER[:8], "Kính gửi: Ban Thường vụ Tỉnh ủy An Bình.",
                                                *LETTER[11:]])).meta  # fmt: skip
    assert one_line.addressees == ["Ban Thường vụ Tỉnh ủy An Bình"]


def test_inspect_json_shows_addressees_and_old_records_load(tmp_path: Path) -> None:
    path = _txt(tmp_path / "cv.txt", LETTER)
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "inspect", str(path), "--json"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent,
    )
    assert json.loads(out.stdout)["meta"]["addressees"] == ADDRESSEES
    from assistant.index.records import document_from_json, document_to_json

    raw = json.loads(document_to_json(_doc(path)))
    del raw["meta"]["addressees"]  # a record stored before the field existed
    assert document_from_json(json.dumps(raw)).meta.addressees == []


def test_who_receives_the_letter_names_the_addressees(tmp_path_factory, embedder) -> None:
    from assistant.api import Assistant
    from assistant.config import Settings
    from assistant.indexer import Indexer

    root = tmp_path_factory.mktemp("letter")
    docs = root / "docs"
    docs.mkdir()
    _docx(docs / "cv-318.docx", LETTER)
    settings = Settings.from_env(index_dir=root / "index", documents_dir=docs)
    Indexer(settings, embedder=embedder).update(docs)
    answer = Assistant(settings, embedder=embedder).ask("Công văn 318/MTTQ-BTT gửi những ai?")
    assert "Các tổ chức thành viên của Mặt trận cấp tỉnh" in answer.text, answer.text


NOTICE = [
    "TỈNH ỦY AN BÌNH", "*", "Số 145-TB/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "An Bình, ngày 08 tháng 5 năm 2026",
    "THÔNG BÁO KẾT LUẬN", "của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số trong hệ thống chính trị tỉnh",
    "Ngày 05/5/2026, Ban Thường vụ Tỉnh ủy họp nghe báo cáo. Đồng chí Bí thư Tỉnh ủy kết luận như sau:",
    "1. Giao Ban Cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo xây dựng kế hoạch cụ thể, bố trí kinh phí năm "
    "2027. Đảng ủy các sở, ngành định kỳ hằng quý báo cáo tiến độ về Văn phòng Tỉnh ủy.",
    "2. Các huyện, thành đoàn và đoàn trực thuộc thành lập đội hình thanh niên tình nguyện, hoàn thành "
    "trước ngày 30/9/2026.",
    "3. Tỉnh đoàn chủ trì tổ chức diễn đàn thanh niên. Các đơn vị báo cáo kết quả về Văn phòng Tỉnh ủy "
    "trước ngày 05/12/2026.",
    "Nơi nhận:", "- Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đặng Quốc Khánh",
]  # fmt: skip


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_notice_issuer_has_its_place_and_each_body_its_duty(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"tb{suffix}"
    if suffix == ".html":
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in NOTICE) + "</body></html>", "utf-8")
    else:
        _txt(path, NOTICE)
    doc = _doc(path)
    assert doc.meta.issuer == "Ban Thường vụ Tỉnh ủy An Bình"
    duties = {" ".join(o.task.split()[:2]): o.lead + o.responsible for o in extract_obligations(doc)}
    assert duties["Định kỳ"] == ["Đảng ủy các sở, ngành"], duties
    assert duties["Chỉ đạo"] == ["Ban Cán sự đảng Ủy ban nhân dân tỉnh"], duties
    assert duties["Thành lập"] == ["Các huyện, thành đoàn và đoàn trực thuộc"], duties
    assert duties["Báo cáo"] == ["Các đơn vị"], duties


APPENDIX_DOC = [
    "HƯỚNG DẪN", "Công tác tập huấn khuyến nông năm 2026", "I. MỤC ĐÍCH",
    "1. Giúp hội viên nâng cao kỹ năng.",
    "II. NỘI DUNG", "1. Các xã báo cáo trước ngày 20/11/2026.", "PHỤ LỤC I", "DANH SÁCH CÁC XÃ THAM GIA",
    "1. Xã An Hiệp: 40 học viên.", "2. Xã Tân Thạch: 35 học viên.", "Mẫu số 01/TH",
    "ĐƠN ĐĂNG KÝ THAM GIA TẬP HUẤN", "Họ và tên: ....", "Địa chỉ: ....",
]  # fmt: skip


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_appendix_and_form_lines_are_sections_in_every_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"hd{suffix}"
    _docx(path, APPENDIX_DOC) if suffix == ".docx" else _txt(path, APPENDIX_DOC)
    paths = [s.path for s in _doc(path).sections]
    assert ["Phụ lục I. DANH SÁCH CÁC XÃ THAM GIA", "2."] in paths, paths
    assert ["Mẫu số 01/TH. ĐƠN ĐĂNG KÝ THAM GIA TẬP HUẤN"] in paths, paths
    # "Phụ lục kèm theo ..." in a sentence stays text.
    mention = [*APPENDIX_DOC[:6], "Phụ lục kèm theo hướng dẫn này gồm danh sách các xã tham gia."]
    _docx(path, mention) if suffix == ".docx" else _txt(path, mention)
    assert not any(s.label and s.label.startswith("Phụ lục") for s in _doc(path).sections)


REAL = {
    "external/doan_thanhnien_phucthinh/3. KH-UB giải quyết 5 điểm nghẽn ĐTN.doc": "(5) An toàn thực phẩm",
    "external/mttq_baucu_luongminh/legal_docs_doc97/83_2025_QH15_663780.doc": "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU",
    "realworld-cases/rw03-word97-doc-appendix-tables/kh_tiepdoan_stem.doc": "giáo dục STEM",
    "realworld-cases/rw07-docx-auto-numbering/auto_numbering.docx": "Chỉ thị số 21-CT/TW",
    "realworld-cases/rw2-06-tvpl-crawl-txt-qd-ubnd-ct37/QD_435_QD-UBND_2020_KonTum.txt": "V/V BAN HÀNH",
    "external/doan_thanhnien_phucthinh/ĐIỀU LỆ ĐOÀN KHÓA XI.pdf": "lần thứ XI",
    "realworld-cases/rw2-02-doanthanhnien-article-html/doanthanhnien_thang_thanh_nien_2020.html":
        "Tháng thanh niên",
}  # fmt: skip


@pytest.mark.parametrize("rel", sorted(REAL))
def test_real_documents_have_their_title(rel: str) -> None:
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"{path} not present")
    title = _doc(path).meta.title or ""
    assert REAL[rel] in title, title


# ---------------------------------------------------------------------- subjects wrapped over lines

WRAPPED_VV = [
    "V/v tổng hợp số liệu đoàn viên và",
    "kết quả hỗ trợ thanh niên lập nghiệp",
    "9 tháng đầu năm 2026",
]
WRAPPED_LETTER_BODY = [
    "Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.",
    "Để chuẩn bị hội nghị sơ kết, Ban Thường vụ Huyện đoàn đề nghị các đơn vị thực hiện một số nội dung sau:",
    "1. Thống kê số đoàn viên tính đến ngày 15/9/2026.",
    "2. Gửi báo cáo về Văn phòng Huyện đoàn trước ngày 20/9/2026.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lê Văn Hòa",
]


def _opening(doc: Document) -> str:
    body = next(s for s in doc.sections if s.title and s.end > s.start)
    return doc.text[body.start : body.end]


def test_wrapped_vv_subject_of_a_text_letter_is_whole_and_not_in_the_body(tmp_path: Path) -> None:
    """A letterhead laid out with spaces: the "V/v" line shares its row with the date and goes on over the
    next lines of the left column (trial 19: only "V/v ... và" was the title, "6 tháng đầu năm 2026 Kính
    gửi: ..." the letter's first quote). The subject goes on until "Kính gửi:"."""
    head = [
        "HUYỆN ĐOÀN AN LẠC                     ĐOÀN TNCS HỒ CHÍ MINH",
        "  BAN THƯỜNG VỤ",
        "   Số: 78-CV/HĐTN",
        f"{WRAPPED_VV[0]}                An Lạc, ngày 05 tháng 9 năm 2026",
        WRAPPED_VV[1],
        f"     {WRAPPED_VV[2]}",
    ]
    path = tmp_path / "cv.txt"
    path.write_text("\n".join(head) + "\n\n" + "\n\n".join(WRAPPED_LETTER_BODY) + "\n", encoding="utf-8")
    doc = _doc(path)
    assert doc.meta.title == " ".join(WRAPPED_VV)
    assert (doc.meta.number, doc.meta.date) == ("78-CV/HĐTN", "2026-09-05")
    assert doc.meta.addressees == ["Ban Chấp hành Đoàn các xã, thị trấn"]
    assert _opening(doc).startswith("Kính gửi:")
    assert "9 tháng đầu năm 2026 Kính gửi" not in doc.text.replace("\n", " ")


def test_wrapped_vv_subject_in_a_letterhead_cell_keeps_a_line_opening_with_a_figure(tmp_path: Path) -> None:
    """The same subject in a Word letterhead table, one line per paragraph of its cell, including a line
    opening with a figure ("9 tháng đầu năm 2026"), is whole too (the cell's paragraphs are joined before
    the letterhead is read; this guards that path)."""
    import docx

    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "HUYỆN ĐOÀN AN LẠC"
    table.cell(0, 1).text = "ĐOÀN TNCS HỒ CHÍ MINH"
    table.cell(1, 0).text = "Số: 78-CV/HĐTN"
    table.cell(1, 1).text = "An Lạc, ngày 05 tháng 9 năm 2026"
    cell = table.cell(2, 0)
    cell.text = WRAPPED_VV[0]
    for line in WRAPPED_VV[1:]:
        cell.add_paragraph(line)
    for line in WRAPPED_LETTER_BODY:
        d.add_paragraph(line)
    path = tmp_path / "cv.docx"
    d.save(str(path))
    doc = _doc(path)
    assert doc.meta.title == " ".join(WRAPPED_VV)
    assert _opening(doc).startswith("Kính gửi:")


def test_wrapped_subject_under_the_type_line_of_a_pdf_keeps_its_quoted_name(tmp_path: Path) -> None:
    """A PDF prints the subject under "KẾ HOẠCH" over two lines, the second opening with a quoted name
    (trial 19: '"Vì người nghèo" năm 2026' became a section of its own); the body's preamble still starts
    the body."""
    from tests.conftest import DEJAVU, dejavu_page

    bold = DEJAVU.with_name("DejaVuSans-Bold.ttf")
    if not bold.is_file():
        pytest.skip("DejaVu Sans Bold not installed")
    pdf = dejavu_page(12)
    pdf.add_font("DejaVu", "B", str(bold))

    def line(y: float, text: str, weight: str = "", x: float | None = None) -> None:
        pdf.set_font("DejaVu", weight, 12)
        pdf.text(x if x is not None else (595 - pdf.get_string_width(text)) / 2, y, text)

    line(60, "ỦY BAN MTTQ VIỆT NAM", x=60)
    line(76, "XÃ AN LẠC", "B", x=90)
    line(60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", x=300)
    line(76, "Độc lập - Tự do - Hạnh phúc", "B", x=330)
    line(100, "Số: 07-KH/MTTQ", x=80)
    line(100, "An Lạc, ngày 02 tháng 9 năm 2026", x=330)
    line(140, "KẾ HOẠCH", "B")
    first = 'Tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" và vận động Quỹ'
    second = '"Vì người nghèo" năm 2026'
    line(158, first, "B")
    line(176, second, "B")
    body = [
        "Thực hiện Kế hoạch số 12-KH/MTTQ ngày 20/8/2026 của Ủy ban MTTQ huyện, Ban Thường trực",
        "Ủy ban MTTQ xã xây dựng Kế hoạch như sau:",
        "1. Các thôn tổ chức ngày hội trước ngày 18/11/2026.",
        "2. Ban Công tác Mặt trận các thôn vận động Quỹ và báo cáo kết quả trước ngày 25/11/2026.",
    ]
    for n, text in enumerate(body):
        line(210 + 18 * n, text, x=60)
    path = tmp_path / "kh.pdf"
    pdf.output(str(path))
    doc = _doc(path)
    assert doc.meta.title == f"{first} {second}"
    assert not any(second in " ".join(s.path) for s in doc.sections)
    assert doc.text.lstrip().startswith("Thực hiện Kế hoạch số 12-KH/MTTQ")
