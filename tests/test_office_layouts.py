"""Office layouts a newcomer writes themselves (issue 10): a Farmers' Association plan and a commune Party
committee letter in DOCX (header and signature as Word tables), a Women's Union notice as a text PDF whose
last page holds the last item, the closing sentence and the signature, and the same texts as plain text.

What is checked, in every format: the number and date lines are a section (and chunk) of their own, never
glued to the signer block, and "số mấy?" quotes them alone; the concluding sentence after the last item is
a paragraph and section of its own ("Phần kết"), not part of item N nor its task in the obligations table;
body names are read to their longest form ("Chi bộ Ban Chỉ huy quân sự xã", "Chi hội phụ nữ thôn Đồng
Tâm"); preamble sentences citing the basis are no duty; a mass organisation's issuer is the lower line of
its issuer block. Names, places and numbers are invented for the tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.obligations import extract_obligations
from assistant.parse import parse

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEADER_SECTION = ["Số, ngày ban hành"]
SIGNATURE_SECTION = ["Người ký"]
CLOSING_SECTION = ["Phần kết"]

PLAN_ISSUER = ["HỘI NÔNG DÂN TỈNH HÒA BÌNH", "BCH HUYỆN HỘI KIM BÔI", "*"]
PLAN_MOTTO = "HỘI NÔNG DÂN VIỆT NAM"
PLAN_NUMBER, PLAN_DATE = "Số: 15-KH/HND", "Kim Bôi, ngày 12 tháng 3 năm 2025"
PLAN_BODY = [
    "KẾ HOẠCH",
    "Tổ chức Hội thi nhà nông giỏi huyện Kim Bôi năm 2025",
    "Căn cứ Chương trình công tác năm 2025 của Ban Thường vụ Hội Nông dân tỉnh Hòa Bình; thực hiện Kế "
    "hoạch số 08-KH/HND ngày 20/02/2025 của Ban Thường vụ Hội Nông dân tỉnh, Ban Thường vụ Huyện hội xây "
    "dựng kế hoạch tổ chức Hội thi như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Tuyên truyền, phổ biến kiến thức khoa học kỹ thuật trong sản xuất nông nghiệp cho hội viên.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Huyện hội chủ trì xây dựng thể lệ, dự trù kinh phí tổ chức Hội thi, xong trước ngày "
    "30/3/2025.",
    "2. Chi bộ Ban Chỉ huy quân sự huyện Kim Bôi chủ trì, phối hợp với Công an huyện bảo đảm an ninh trật "
    "tự trong thời gian tổ chức Hội thi.",
    "3. Văn phòng Huyện hội tổng hợp danh sách đội thi, báo cáo Ban Thường vụ trước ngày 20/4/2025.",
    "Ban Thường vụ Huyện hội đề nghị các cơ sở Hội nghiêm túc thực hiện.",
]
PLAN_RECIPIENTS = ["Nơi nhận:", "- TT Hội ND tỉnh (b/c);", "- Các cơ sở Hội;", "- Lưu VP."]
PLAN_SIGNATURE = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(đã ký)", "Bùi Văn Tâm"]

LETTER_BODY = [
    "Kính gửi: Các chi bộ trực thuộc Đảng ủy xã.",
    "Thực hiện Kế hoạch số 40-KH/HU ngày 15/5/2025 của Ban Thường vụ Huyện ủy về diễn tập phòng thủ dân "
    "sự, Ban Thường vụ Đảng ủy xã đề nghị các chi bộ thực hiện một số nội dung sau:",
    "1. Chi bộ Ban Chỉ huy quân sự xã chủ trì, phối hợp với Chi bộ Công an xã xây dựng phương án diễn tập, "
    "hoàn thành trước ngày 20/6/2025.",
    "2. Chi bộ Công an xã Ngọc Lương bảo đảm an ninh trật tự trong thời gian diễn tập.",
    "3. Các chi bộ thôn tuyên truyền để nhân dân biết và tham gia.",
    "Đảng ủy xã đề nghị các chi bộ triển khai thực hiện nghiêm túc.",
]

NOTICE_PAGE_1 = [
    "HỘI LHPN HUYỆN LẠC THỦY",
    "BAN THƯỜNG VỤ",
    "Số: 21-TB/HPN",
    "Lạc Thủy, ngày 05 tháng 4 năm 2025",
    "THÔNG BÁO",
    "Phân công nhiệm vụ tổ chức Ngày hội phụ nữ khởi nghiệp",
    "Thực hiện Kế hoạch số 12-KH/HPN ngày 10/3/2025 của Ban Thường vụ Hội LHPN huyện, Ban Thường vụ thông "
    "báo phân công nhiệm vụ như sau:",
    "1. Chi hội phụ nữ thôn Đồng Tâm chủ trì chuẩn bị gian hàng trưng bày sản phẩm khởi nghiệp.",
    "2. Chi hội phụ nữ thôn Phú Thành chuẩn bị 02 tiết mục văn nghệ chào mừng.",
    "3. Văn phòng Hội phụ nữ huyện chuẩn bị hội trường, khánh tiết trước ngày 25/4/2025.",
]
NOTICE_PAGE_2 = [
    "4. Văn phòng Hội phụ nữ huyện tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/4/2025.",
    "Ban Thường vụ đề nghị các chi hội nghiêm túc thực hiện.",
    "Nơi nhận:",
    "- Các chi hội;",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hoàng Thị Lan",
]
CLOSING = "Ban Thường vụ đề nghị các chi hội nghiêm túc thực hiện."


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


def _cell(cell, lines: list[str]) -> None:
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _docx(path: Path, issuer: list[str], motto: str, number: list[str], date: str, body: list[str],
          recipients: list[str], signature: list[str]) -> Path:  # fmt: skip
    """A Word file as offices lay it out: header and signature blocks are two-column tables."""
    import docx

    d = docx.Document()
    head = d.add_table(rows=2, cols=2)
    _cell(head.cell(0, 0), issuer)
    _cell(head.cell(0, 1), [motto])
    _cell(head.cell(1, 0), number)
    _cell(head.cell(1, 1), [date])
    for line in body:
        d.add_paragraph(line)
    tail = d.add_table(rows=1, cols=2)
    _cell(tail.cell(0, 0), recipients)
    _cell(tail.cell(0, 1), signature)
    d.save(str(path))
    return path


def _plan(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"kh-15-hnd{suffix}"
    if suffix == ".docx":
        return _docx(path, PLAN_ISSUER, PLAN_MOTTO, [PLAN_NUMBER], PLAN_DATE, PLAN_BODY, PLAN_RECIPIENTS,
                     PLAN_SIGNATURE)  # fmt: skip
    lines = [*PLAN_ISSUER, PLAN_MOTTO, PLAN_NUMBER, PLAN_DATE, *PLAN_BODY, *PLAN_RECIPIENTS, *PLAN_SIGNATURE]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _letter(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"cv-87-du{suffix}"
    issuer = ["ĐẢNG BỘ HUYỆN YÊN THỦY", "ĐẢNG ỦY XÃ NGỌC LƯƠNG", "*"]
    number = ["Số 87-CV/ĐU", "V/v tổ chức diễn tập phòng thủ dân sự năm 2025"]
    date = "Ngọc Lương, ngày 02 tháng 6 năm 2025"
    recipients, signature = (
        ["Nơi nhận:", "- Như trên;", "- Lưu VPĐU."],
        ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Đinh Văn Hùng"],
    )
    if suffix == ".docx":
        return _docx(path, issuer, "ĐẢNG CỘNG SẢN VIỆT NAM", number, date, LETTER_BODY, recipients, signature)
    lines = [*issuer, "ĐẢNG CỘNG SẢN VIỆT NAM", *number, date, *LETTER_BODY, *recipients, *signature]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _notice(tmp_path: Path, suffix: str, glued: bool = False) -> Path:
    """The notice; as a PDF its last page holds item 4, the closing sentence and the signature, each
    paragraph followed by Word-like paragraph spacing. ``glued``: a hard-wrapped text export (item 4 and
    the closing sentence on consecutive lines of one paragraph)."""
    path = tmp_path / f"tb-21-hpn{suffix}"
    if suffix == ".pdf":
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_font("dv", "", FONT)
        pdf.set_font("dv", size=12)
        for page in (NOTICE_PAGE_1, NOTICE_PAGE_2):
            pdf.add_page()
            for line in page:
                pdf.multi_cell(0, 7, line)
                pdf.ln(2)
        pdf.output(str(path))
        return path
    lines = NOTICE_PAGE_1 + NOTICE_PAGE_2
    text = "\n\n".join(lines)
    if glued:
        text = text.replace(f"\n\n{CLOSING}", f"\n{CLOSING}")
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _section_text(doc: Document, path: list[str]) -> str:
    sec = next((s for s in doc.sections if s.path == path), None)
    assert sec is not None, [s.path for s in doc.sections]
    return doc.text[sec.start : sec.end]


def _sections_of(doc: Document, needle: str) -> list[list[str]]:
    by_id = {s.id: s for s in doc.sections}
    return [by_id[p.section_id].path for p in doc.paragraphs if needle in p.text]


# --------------------------------------------------------------------- 1. number and date lines


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_plan_number_and_date_are_their_own_section(tmp_path: Path, suffix: str) -> None:
    doc = _doc(_plan(tmp_path, suffix))
    assert (doc.meta.number, doc.meta.date) == ("15-KH/HND", "2025-03-12")
    header = _section_text(doc, HEADER_SECTION)
    assert "15-KH/HND" in header and "ngày 12 tháng 3 năm 2025" in header
    assert "Bùi Văn Tâm" not in header and "TM. BAN THƯỜNG VỤ" not in header
    signature = _section_text(doc, SIGNATURE_SECTION)
    assert "Bùi Văn Tâm" in signature and "15-KH/HND" not in signature and "Kim Bôi, ngày" not in signature


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_notice_number_and_date_are_their_own_section(tmp_path: Path, suffix: str) -> None:
    doc = _doc(_notice(tmp_path, suffix))
    assert "21-TB/HPN" in _section_text(doc, HEADER_SECTION)
    assert "21-TB/HPN" not in _section_text(doc, SIGNATURE_SECTION)
    assert "Hoàng Thị Lan" in _section_text(doc, SIGNATURE_SECTION)


@pytest.fixture(scope="module")
def layouts_assistant(tmp_path_factory, embedder):
    from assistant.api import Assistant
    from assistant.config import Settings
    from assistant.indexer import Indexer

    root = tmp_path_factory.mktemp("layouts")
    docs = root / "docs"
    docs.mkdir()
    _plan(docs, ".docx")
    _letter(docs, ".docx")
    _notice(docs, ".pdf")
    settings = Settings.from_env(index_dir=root / "index", documents_dir=docs)
    Indexer(settings, embedder=embedder).update(docs)
    return Assistant(settings, embedder=embedder)


def test_no_indexed_chunk_glues_the_number_to_the_signer(layouts_assistant, embedder) -> None:
    from assistant.retrieve import Retriever

    retriever = Retriever(layouts_assistant.settings, embedder=embedder)
    hits = retriever.search("Kế hoạch tổ chức Hội thi nhà nông giỏi số bao nhiêu, ai ký?", k=20)
    texts = [h.chunk.text for h in hits]
    assert any("15-KH/HND" in t for t in texts), texts
    for t in texts:
        assert not ("15-KH/HND" in t and "Bùi Văn Tâm" in t), t
        assert not ("21-TB/HPN" in t and "Hoàng Thị Lan" in t), t


def test_signer_question_naming_the_number_ranks_the_signature_first(layouts_assistant, embedder) -> None:
    # the number written in the question matches the number-and-date lines; the signer is asked
    from assistant.retrieve import Retriever

    retriever = Retriever(layouts_assistant.settings, embedder=embedder)
    question = "Kế hoạch số 15-KH/HND ban hành tại Kim Bôi ngày 12 tháng 3 năm 2025 do ai ký?"
    hits = retriever.search(question, k=5)
    assert "Bùi Văn Tâm" in hits[0].chunk.text, [h.chunk.section_label() for h in hits]


@pytest.mark.parametrize(
    ("question", "number", "signer"),
    [
        ("Kế hoạch tổ chức Hội thi nhà nông giỏi số mấy?", "15-KH/HND", "Bùi Văn Tâm"),
        ("Thông báo phân công nhiệm vụ Ngày hội phụ nữ khởi nghiệp là văn bản số bao nhiêu?", "21-TB/HPN",
         "Hoàng Thị Lan"),
    ],
)  # fmt: skip
def test_number_question_quotes_the_number_without_the_signer(
    layouts_assistant, question: str, number: str, signer: str
) -> None:
    answer = layouts_assistant.ask(question)
    assert number in answer.text.split("\n", 1)[0], answer.text
    quoting = [c for c in answer.citations if number in c.quote]
    assert quoting, answer.text
    for c in quoting:
        assert signer not in c.quote and signer not in c.text, (c.section, c.text)


# --------------------------------------------------------------------- 2. the concluding paragraph


@pytest.mark.parametrize(("suffix", "glued"), [(".pdf", False), (".txt", False), (".txt", True)])
def test_notice_closing_sentence_is_not_part_of_the_last_item(
    tmp_path: Path, suffix: str, glued: bool
) -> None:
    doc = _doc(_notice(tmp_path, suffix, glued))
    assert _sections_of(doc, "nghiêm túc thực hiện") == [CLOSING_SECTION]
    closing = [p.text for p in doc.paragraphs if "nghiêm túc thực hiện" in p.text]
    assert closing == [CLOSING]
    item4 = _section_text(doc, ["4."])
    assert item4.rstrip().endswith("trước ngày 30/4/2025.") and CLOSING not in item4
    assert "Nơi nhận" not in doc.text and "Các chi hội;" not in doc.text  # recipients stay metadata
    rows = extract_obligations(doc)
    last = [r for r in rows if r.section == "4."]
    assert [r.task for r in last] == ["Tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/4/2025"], last
    assert not any("nghiêm túc thực hiện" in r.task for r in rows), [r.task for r in rows]


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_plan_and_letter_closing_paragraph_has_its_own_section(tmp_path: Path, suffix: str) -> None:
    plan = _doc(_plan(tmp_path, suffix))
    assert _sections_of(plan, "đề nghị các cơ sở Hội") == [CLOSING_SECTION]
    assert "đề nghị" not in _section_text(plan, ["II. TỔ CHỨC THỰC HIỆN", "3."])
    letter = _doc(_letter(tmp_path, suffix))
    assert _sections_of(letter, "triển khai thực hiện nghiêm túc") == [CLOSING_SECTION]
    assert _section_text(letter, ["3."]).rstrip().endswith("biết và tham gia.")


# --------------------------------------------------------------------- 3. longest body names


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_body_names_are_read_whole_in_duties(tmp_path: Path, suffix: str) -> None:
    rows = extract_obligations(_doc(_letter(tmp_path, suffix)))
    by_section = {r.section: r for r in rows}
    first = by_section["1."]
    assert first.lead == ["Chi bộ Ban Chỉ huy quân sự xã"], first
    assert first.coordinators == ["Chi bộ Công an xã"], first
    assert first.task.startswith("Xây dựng phương án diễn tập"), first.task
    second = by_section["2."]
    assert second.responsible == ["Chi bộ Công an xã Ngọc Lương"], second
    assert second.task.startswith("Bảo đảm an ninh trật tự"), second.task
    third = by_section["3."]
    assert third.responsible == ["Các chi bộ thôn"] and third.task.startswith("Tuyên truyền"), third


def test_body_names_with_lower_case_words_and_places(tmp_path: Path) -> None:
    names = [
        "Chi hội phụ nữ thôn Đồng Tâm",
        "Ban Chỉ huy quân sự huyện Kim Bôi",
        "Ủy ban nhân dân phường Tân Hòa",
        "Hội Cựu chiến binh xã Tân Lập",
        "Văn phòng Hội phụ nữ huyện",
    ]
    body = [f"{n}. {name} chủ trì chuẩn bị hội trường, xong trước ngày {n + 10}/5/2025." for n, name in
            enumerate(names, start=1)]  # fmt: skip
    path = tmp_path / "kh-names.txt"
    lines = [*PLAN_ISSUER, PLAN_NUMBER, PLAN_DATE, "KẾ HOẠCH", "Chuẩn bị Hội nghị", *body, *PLAN_SIGNATURE]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    rows = extract_obligations(_doc(path))
    assert [r.lead for r in rows] == [[n] for n in names], [(r.lead, r.task) for r in rows]
    assert all(r.task.startswith("Chuẩn bị hội trường") for r in rows), [r.task for r in rows]


# --------------------------------------------------------------------- 4. the preamble is no duty


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_preamble_citing_the_basis_is_no_duty(tmp_path: Path, suffix: str) -> None:
    for doc in (_doc(_letter(tmp_path, suffix)), _doc(_plan(tmp_path, suffix))):
        rows = extract_obligations(doc)
        assert rows, doc.file
        assert not [r for r in rows if r.section == "Mở đầu"], [(r.section, r.task) for r in rows]


def test_notice_preamble_is_no_duty_but_items_are(tmp_path: Path) -> None:
    rows = extract_obligations(_doc(_notice(tmp_path, ".pdf")))
    assert not [r for r in rows if r.section == "Mở đầu"], [(r.section, r.task) for r in rows]
    first = next(r for r in rows if r.section == "1.")
    assert first.lead == ["Chi hội phụ nữ thôn Đồng Tâm"]
    assert first.task == "Chuẩn bị gian hàng trưng bày sản phẩm khởi nghiệp"  # "chuẩn bị" is no passive


# --------------------------------------------------------------------- 5. mass-organisation issuer


@pytest.mark.parametrize(
    ("lower", "issuer"),
    [
        ("BCH HUYỆN HỘI KIM BÔI", "BCH Huyện hội Kim Bôi"),
        ("HUYỆN HỘI KIM BÔI", "Huyện hội Kim Bôi"),
        ("BAN THƯỜNG VỤ HUYỆN HỘI KIM BÔI", "Ban Thường vụ Huyện hội Kim Bôi"),
    ],
)
@pytest.mark.parametrize("suffix", [".docx", ".txt", ".pdf"])
def test_mass_organisation_issuer_is_the_lower_line(
    tmp_path: Path, suffix: str, lower: str, issuer: str
) -> None:
    block = ["HỘI NÔNG DÂN TỈNH HÒA BÌNH", lower, "*"]
    path = tmp_path / f"kh{suffix}"
    if suffix == ".docx":
        _docx(path, block, PLAN_MOTTO, [PLAN_NUMBER], PLAN_DATE, PLAN_BODY, PLAN_RECIPIENTS, PLAN_SIGNATURE)
    elif suffix == ".txt":
        lines = [*block, PLAN_MOTTO, PLAN_NUMBER, PLAN_DATE, *PLAN_BODY, *PLAN_RECIPIENTS, *PLAN_SIGNATURE]
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    else:  # two columns on one baseline: issuer block left, motto and date right
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_font("dv", "", FONT)
        pdf.set_font("dv", size=11)
        pdf.add_page()
        y = 15.0
        for left, right in [(block[0], PLAN_MOTTO), (block[1], ""), ("*", ""), (PLAN_NUMBER, PLAN_DATE)]:
            pdf.set_xy(10, y)
            pdf.cell(90, 6, left, align="C")
            pdf.set_xy(105, y)
            pdf.cell(95, 6, right, align="C")
            y += 6
        pdf.set_xy(10, y + 6)
        for line in PLAN_BODY + PLAN_RECIPIENTS + PLAN_SIGNATURE:
            pdf.multi_cell(190, 7, line)
        pdf.output(str(path))
    m = _doc(path).meta
    assert (m.issuer, m.number, m.date, m.signer) == (issuer, "15-KH/HND", "2025-03-12", "Bùi Văn Tâm")


def test_appendix_table_is_quoted_with_its_rows(tmp_path_factory, embedder) -> None:
    """An appendix after the signature whose rows share the title's chunk ("PHỤ LỤC / DANH SÁCH MÔ HÌNH ..."
    then "(Kèm theo ...)", the column names, the rows): "những mô hình nào?" quotes the rows, not the
    title."""
    import docx

    from assistant.api import Assistant
    from assistant.config import Settings
    from assistant.indexer import Indexer

    root = tmp_path_factory.mktemp("appendix")
    docs = root / "docs"
    docs.mkdir()
    path = _docx(docs / "kh-15-hnd.docx", PLAN_ISSUER, PLAN_MOTTO, [PLAN_NUMBER], PLAN_DATE, PLAN_BODY,
                 PLAN_RECIPIENTS, PLAN_SIGNATURE)  # fmt: skip
    d = docx.Document(str(path))
    d.add_paragraph("PHỤ LỤC")
    d.add_paragraph("DANH SÁCH MÔ HÌNH KINH TẾ TẬP THỂ ĐĂNG KÝ NĂM 2025")
    d.add_paragraph("(Kèm theo Kế hoạch số 15-KH/HND)")
    rows = [
        ("STT", "Tên mô hình", "Đơn vị đăng ký"),
        ("1", "Tổ hợp tác nuôi ong Thung Nai", "Chi hội Nông dân xóm Nai"),
        ("2", "Hợp tác xã rau an toàn Bình Thanh", "Chi hội Nông dân xóm Bình"),
    ]
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(path))
    settings = Settings.from_env(index_dir=root / "index", documents_dir=docs)
    Indexer(settings, embedder=embedder).update(docs)
    answer = Assistant(settings, embedder=embedder).ask("Phụ lục của kế hoạch liệt kê những mô hình nào?")
    assert "Tổ hợp tác nuôi ong Thung Nai" in answer.text, answer.text
    assert "Hợp tác xã rau an toàn Bình Thanh" in answer.text, answer.text


# ------------------------------------------------------------- 2b. an article's paragraph stays whole

GUIDE = [
    "HỘI CỰU CHIẾN BINH TỈNH AN BÌNH",
    "BAN THƯỜNG VỤ",
    "Số: 05-HD/CCB",
    "An Bình, ngày 12 tháng 3 năm 2026",
    "HƯỚNG DẪN",
    "Công tác phát triển hội viên",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi áp dụng",
    "Hướng dẫn này áp dụng đối với các chi hội cựu chiến binh trong tỉnh.",
    "Điều 2. Hiệu lực thi hành",
    "Hướng dẫn này có hiệu lực kể từ ngày ký và thay thế Hướng dẫn số 02-HD/CCB ngày 03/4/2020. Trong quá "
    "trình thực hiện, nếu có vướng mắc, các chi hội phản ánh về Ban Thường vụ Hội Cựu chiến binh tỉnh để "
    "xem xét, điều chỉnh.",
    "Nơi nhận:",
    "- Các chi hội;",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đinh Văn Sơn",
]


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_closing_sentence_inside_an_article_paragraph_stays_in_the_article(
    tmp_path: Path, suffix: str
) -> None:
    """An article written as one paragraph whose second sentence reads like a closing formula ("Trong quá
    trình thực hiện, nếu có vướng mắc, ...") is the article's text whole (trial 19: Điều 8's second
    sentence became "Phần kết"); a closing part starts at a paragraph."""
    path = tmp_path / f"hd{suffix}"
    if suffix == ".docx":
        from tests.conftest import write_docx

        write_docx(path, GUIDE)
    else:
        path.write_text("\n\n".join(GUIDE) + "\n", encoding="utf-8")
    doc = _doc(path)
    article = GUIDE[11]
    assert [p.text for p in doc.paragraphs if "nếu có vướng mắc" in p.text] == [article]
    article_path = ["Chương I. QUY ĐỊNH CHUNG", "Điều 2. Hiệu lực thi hành"]
    assert _sections_of(doc, "nếu có vướng mắc") == [article_path]
    assert not any(s.path == CLOSING_SECTION for s in doc.sections)
