"""Header, signature and appendix reading on real documents (../shared/realworld-cases, read in place) and on
synthetic variants of each layout: Word header/signature tables, glued flat letterheads, a portal title line
above the letterhead, blank number digits and days, two-line issuer blocks, acronyms, appendices after the
signature. Everything goes through ``load_file`` + ``parse``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.parse import parse
from assistant.parse.metadata import body_name
from assistant.text import normalize

from .conftest import SHARED

CASES = SHARED / "realworld-cases"


def _case(name: str) -> tuple[Path, dict]:
    folder = next(CASES.glob(f"{name}*"), None) if CASES.is_dir() else None
    if folder is None:
        pytest.skip(f"{CASES}/{name}* not present")
    return folder, json.loads((folder / "case.json").read_text(encoding="utf-8"))


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


def _expected(case: dict, key: str) -> str:
    return next(q["expected"] for q in case["questions"] if q["q"].startswith(key))


def _blob(doc: Document) -> str:
    m = doc.meta
    parts = [m.doc_type, m.number, m.date, m.issuer, m.place, m.signer, m.signer_title, m.signer_capacity]
    return normalize(" | ".join(p for p in parts if p))


def _fragments(expected: str) -> list[str]:
    """The facts an expected [metadata] line states, field words and remarks removed."""
    out = []
    for frag in re.split(r"[;,]\s*", expected):
        frag = re.sub(r"\([^)]*\)", "", frag)
        frag = re.sub(r"^(?:type|number|date|issuer|signer)\s+", "", frag.strip())
        typed = re.match(r"^(\D+?)\s+(\d\S*/\S+)$", frag)  # "Công văn 2739/VPCP-ĐMDN": type and number
        if frag and not frag.startswith(("no ", "both ")):
            out.extend(typed.groups() if typed else [frag])
    return out


# ------------------------------------------------------------------------------ the cases' [metadata]


@pytest.mark.parametrize("case", ["rw05", "rw2-03"])
def test_case_metadata_line(case: str) -> None:
    folder, data = _case(case)
    [file] = [f for f in folder.iterdir() if f.suffix in {".docx", ".txt", ".pdf", ".doc", ".html"}]
    doc = _doc(file)
    blob = _blob(doc)
    for frag in _fragments(_expected(data, "[metadata]")):
        assert normalize(frag) in blob, (frag, blob)


def test_rw05_official_letter_subject_signer_and_recipients() -> None:
    folder, data = _case("rw05")
    doc = _doc(folder / "congvan_dangUy_xa.docx")
    m = doc.meta
    assert m.title and m.title.startswith("V/v tham mưu triển khai Kết luận số 126-KL/TU")
    # "Nguyễn Xuân Hoàng, Phó Bí thư, T/M Ban Thường vụ": name, title and capacity kept apart.
    name, title, capacity = (x.strip() for x in _expected(data, "Công văn 87-CV/ĐU do ai ký").split(","))
    assert m.signer == name
    assert normalize(m.signer_title or "") == normalize(title)
    assert normalize(m.signer_capacity or "") == normalize(capacity)
    assert m.recipients and all("BÍ THƯ" not in r and "Hoàng" not in r for r in m.recipients)
    assert "Nguyễn Xuân Hoàng" not in " ".join(p.text for p in doc.paragraphs if "Giao" in p.text)


def test_rw2_03_title_line_above_letterhead_keeps_header_and_signer() -> None:
    folder, data = _case("rw2-03")
    doc = _doc(next(folder.glob("*.txt")))
    expected = _expected(data, "Ai ký Công văn 2739")  # "Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm VPCP; 05/4/2019"
    assert doc.meta.signer == expected.split(",")[0]
    assert doc.meta.date == "2019-04-05" and doc.meta.place == "Hà Nội"
    assert doc.meta.signer_title == "BỘ TRƯỞNG, CHỦ NHIỆM"
    assert doc.meta.title and doc.meta.title.startswith("V/v quy định về quản trị doanh nghiệp")
    # The glued probes (title line, V/v on the number line) give the same header.
    for probe in ("d_glued_title.txt", "d_glued_vv.txt", "d_glued.txt"):
        m = _doc(folder / "probes" / probe).meta
        assert (m.doc_type, m.number, m.date, m.issuer, m.signer) == (
            "Công văn",  # no type title, addressed "Kính gửi:": an official letter
            "2739/VPCP-ĐMDN",
            "2019-04-05",
            "Văn phòng Chính phủ",
            "Mai Tiến Dũng",
        ), probe


def test_rw2_06_signer_date_and_programme_after_the_signature() -> None:
    folder, data = _case("rw2-06")
    doc = _doc(next(folder.glob("*.txt")))
    m = doc.meta
    expected = _expected(
        data, "Ai ký Quyết định 435"
    )  # "Nguyễn Hữu Tháp, KT. Chủ tịch – Phó Chủ tịch ...; 04/5/2020"
    assert m.signer == expected.split(",")[0]
    assert (m.doc_type, m.number, m.date) == ("Quyết định", "435/QĐ-UBND", "2020-05-04")
    assert m.issuer == "Ủy ban nhân dân tỉnh Kon Tum"
    # The expected answer names "KT. Chủ tịch": the deputy signs for the chairman, both capacities kept.
    assert (m.signer_capacity, m.signer_title) == ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    # The programme after the signature is content, under its own top-level section.
    q = next(p for p in doc.paragraphs if "quý II/2020" in p.text and "quán triệt" in p.text.lower())
    path = doc.section(q.section_id).path
    assert path[0].startswith("Chương trình"), path
    assert any(
        "tham vấn ba bên" in p.text for p in doc.paragraphs if doc.section(p.section_id).path[:1] == path[:1]
    )
    assert not [w for w in doc.warnings if "tail text" in w]


def test_rw2_06_probes_glued_and_separate_signature_agree() -> None:
    folder, _ = _case("rw2-06")
    for probe in ("a_sep.txt", "b_glued.txt"):
        doc = _doc(folder / "probes" / probe)
        assert (doc.meta.signer, doc.meta.signer_title) == ("Nguyễn Văn A", "PHÓ CHỦ TỊCH"), probe
        tops = [s.path[0] for s in doc.sections if s.level == 1]
        assert any(t.startswith("Chương trình") for t in tops), (probe, tops)


def test_rw03_appendices_are_citable_sections() -> None:
    folder, data = _case("rw03")
    doc = _doc(folder / "kh_tiepdoan_stem.doc")
    by_top: dict[str, str] = {}
    for p in doc.paragraphs:
        top = doc.section(p.section_id).path[:1]
        if top:
            by_top[top[0]] = by_top.get(top[0], "") + "\n" + p.text
    assert {"Phụ lục I", "Phụ lục II"} <= set(by_top)
    schools = _expected(data, "Những trường THPT")  # "THPT Tân Hồng, Tràm Chim, ..."
    assert "Tân Hồng" in by_top["Phụ lục I"] and "Tân Hồng" in schools
    slot = _expected(data, "Từ 09h00 đến 10h30")
    assert normalize(slot) in normalize(by_top["Phụ lục II"])
    assert doc.meta.signer == "Nguyễn Phương Toàn" and doc.meta.number == "/KH-SGDĐT"
    assert doc.meta.date == "2026-04"  # "ngày   tháng 4 năm 2026": the day is blank


def test_rw02_both_copies_agree_on_the_date() -> None:
    folder, data = _case("rw02")
    assert "15/4/2026" in _expected(data, "Kế hoạch 58/KH-THPTCL2")
    metas = [_doc(f).meta for f in sorted(folder.iterdir()) if f.suffix in {".docx", ".pdf"}]
    assert [(m.number, m.date, m.issuer, m.signer) for m in metas] == [
        ("58/KH-THPTCL2", "2026-04-15", "Trường THPT Cao Lãnh 2", "Trần Thanh Vũ")
    ] * 2


def test_rw07_signer_apart_from_capacity_in_both_variants() -> None:
    folder, data = _case("rw07")
    name = _expected(data, "Ai ký Kế hoạch 27").split(",")[0]
    for f in ("auto_numbering.docx", "variant_signature_as_paragraphs.docx"):
        m = _doc(folder / f).meta
        assert (m.signer, m.signer_title, m.signer_capacity) == (name, "CHỦ TỊCH", "TM. BAN THƯỜNG VỤ"), f
        assert m.issuer == "Ban Thường vụ Hội LHPN tỉnh Bắc Ninh"  # acronym kept, organ with its owner
        assert m.date == "2026-03-10"


# ------------------------------------------------------------------------------ synthetic variants


def _write(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _doc(path)


BODY = "I. NHIỆM VỤ\n1. Ban Tuyên giáo chủ trì tuyên truyền, hoàn thành trước ngày 30/6/2026.\n"


def test_glued_two_column_letterhead_in_flat_text(tmp_path: Path) -> None:
    doc = _write(
        tmp_path,
        "kh.txt",
        "ĐẢNG BỘ HUYỆN AN PHÚ ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG UỶ XÃ BÌNH LONG\n*\n"
        "Số 12-KH/ĐU Bình Long, ngày 03 tháng 02 năm 2026\n"
        "KẾ HOẠCH\nthực hiện chuyên đề năm 2026\n" + BODY + "Nơi nhận:\n- Lưu VP.\n"
        "T/M BAN THƯỜNG VỤ BÍ THƯ Trần Văn Bình\n",
    )
    m = doc.meta
    assert (m.doc_type, m.number, m.date, m.place) == ("Kế hoạch", "12-KH/ĐU", "2026-02-03", "Bình Long")
    assert m.issuer == "Đảng uỷ xã Bình Long"  # the lower line, never the parent body nor the motto
    assert (m.signer, m.signer_title, m.signer_capacity) == ("Trần Văn Bình", "BÍ THƯ", "T/M BAN THƯỜNG VỤ")


def test_blank_number_digits_and_blank_day(tmp_path: Path) -> None:
    doc = _write(
        tmp_path,
        "hd.txt",
        "UBND TỈNH LÂM ĐỒNG\nSỞ GDĐT\nSố:     /HD-SGDĐT\nĐà Lạt, ngày     tháng 5 năm 2024\n"
        "HƯỚNG DẪN\ntổ chức hoạt động hè\n" + BODY + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Thị Mai\n",
    )
    m = doc.meta
    assert (m.number, m.date, m.issuer, m.doc_type) == ("/HD-SGDĐT", "2024-05", "Sở GDĐT", "Hướng dẫn")
    assert (m.signer, m.signer_capacity) == ("Lê Thị Mai", "KT. GIÁM ĐỐC")


def test_official_letter_type_from_its_v_v_line(tmp_path: Path) -> None:
    doc = _write(
        tmp_path,
        "cv.txt",
        "HỘI NÔNG DÂN TỈNH AN GIANG ----- HỘI NÔNG DÂN VIỆT NAM\n"
        "Số: 45/HND V/v tổ chức tập huấn khuyến nông\n"
        "An Giang, ngày 9 tháng 4 năm 2025 Kính gửi: Hội Nông dân các huyện.\n"
        "Đề nghị các đơn vị cử cán bộ tham dự đầy đủ./.\nNơi nhận:\n- Như trên;\n- Lưu VT.\n"
        "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\nNguyễn Văn Tư\n",
    )
    m = doc.meta
    assert (m.doc_type, m.number, m.title) == ("Công văn", "45/HND", "V/v tổ chức tập huấn khuyến nông")
    assert m.issuer == "Hội Nông dân tỉnh An Giang" and m.signer == "Nguyễn Văn Tư"
    assert m.recipients == ["Như trên", "Lưu VT"]


def test_portal_title_line_above_the_letterhead(tmp_path: Path) -> None:
    doc = _write(
        tmp_path,
        "tb.txt",
        "Thông báo 7/TB-UBND năm 2023 về lịch tiếp công dân do Ủy ban nhân dân huyện Cờ Đỏ ban hành\n"
        "ỦY BAN NHÂN DÂN HUYỆN CỜ ĐỎ -------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 7/TB-UBND Cờ Đỏ, ngày 12 tháng 01 năm 2023 THÔNG BÁO\nLịch tiếp công dân tháng 01\n"
        + BODY
        + "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hồ Văn Năm\n",
    )
    m = doc.meta
    assert (m.doc_type, m.number, m.date) == ("Thông báo", "7/TB-UBND", "2023-01-12")
    assert m.issuer == "Ủy ban nhân dân huyện Cờ Đỏ"
    assert (m.signer, m.signer_capacity, m.signer_title) == (
        "Hồ Văn Năm",
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",  # the deputy signs for the chairman: both capacities kept
        "PHÓ CHỦ TỊCH",
    )


def test_signature_capacity_never_becomes_the_issuer(tmp_path: Path) -> None:
    doc = _write(
        tmp_path,
        "kh.txt",
        "TỈNH ĐOÀN BẾN TRE ĐOÀN TNCS HỒ CHÍ MINH\nSố: 20-KH/TĐTN\nBến Tre, ngày 1 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nra quân tháng thanh niên\n" + BODY + "TM. BAN THƯỜNG VỤ\nBÍ THƯ\nNgô Thị Lan\n",
    )
    assert doc.meta.issuer == "Tỉnh đoàn Bến Tre"


def test_whole_committee_letterhead_yields_to_the_body_signing_for_itself(tmp_path: Path) -> None:
    doc = _write(
        tmp_path,
        "hd.txt",
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 09-HD/TW Hà Nội, ngày 2 tháng 1 năm 2025\n"
        "HƯỚNG DẪN\nmột số vấn đề\n" + BODY + "T/M BAN BÍ THƯ\nNguyễn Văn An\n",
    )
    assert (doc.meta.issuer, doc.meta.signer_capacity) == ("Ban Bí thư", "T/M BAN BÍ THƯ")


def test_header_and_signature_tables_in_docx(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN MTTQ VIỆT NAM"
    head.cell(0, 0).add_paragraph("XÃ TÂN PHÚ")
    head.cell(0, 0).add_paragraph("BAN THƯỜNG TRỰC")
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    head.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    head.cell(1, 0).text = "Số:     /KH-MTTQ-BTT"
    head.cell(1, 1).text = "Tân Phú, ngày 10 tháng 12 năm 2025"
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Tổ chức hội nghị hiệp thương")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("1. Bảo đảm dân chủ, đúng luật, hoàn thành trước ngày 20/12/2025.")
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:"
    sign.cell(0, 0).add_paragraph("- Thường trực Đảng ủy xã;")
    sign.cell(0, 0).add_paragraph("- Lưu VT.")
    sign.cell(0, 1).text = "TM. BAN THƯỜNG TRỰC"
    sign.cell(0, 1).add_paragraph("CHỦ TỊCH")
    sign.cell(0, 1).add_paragraph("")
    sign.cell(0, 1).add_paragraph("Phạm Thị Hoa")
    d.add_paragraph("PHỤ LỤC I")
    d.add_paragraph("DANH SÁCH ĐẠI BIỂU")
    d.add_paragraph("1. Ông Trần Văn Cường, Bí thư Chi bộ thôn 1")
    path = tmp_path / "kh.docx"
    d.save(str(path))
    doc = _doc(path)
    m = doc.meta
    assert (m.doc_type, m.number, m.date) == ("Kế hoạch", "/KH-MTTQ-BTT", "2025-12-10")
    assert m.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Phú"
    assert (m.signer, m.signer_title, m.signer_capacity) == (
        "Phạm Thị Hoa",
        "CHỦ TỊCH",
        "TM. BAN THƯỜNG TRỰC",
    )
    assert m.recipients == ["Thường trực Đảng ủy xã", "Lưu VT"]
    cited = [p for p in doc.paragraphs if "Trần Văn Cường" in p.text]
    assert cited and doc.section(cited[0].section_id).path[0] == "Phụ lục I"


def test_acronyms_keep_their_capitals() -> None:
    assert body_name("HỘI LHPN TỈNH BẮC NINH") == "Hội LHPN tỉnh Bắc Ninh"
    assert body_name("SỞ GDĐT TỈNH ĐỒNG THÁP") == "Sở GDĐT tỉnh Đồng Tháp"
    assert body_name("TRƯỜNG THPT CAO LÃNH 2") == "Trường THPT Cao Lãnh 2"
    assert body_name("BCH ĐOÀN XÃ PHÚC THỊNH") == "BCH Đoàn xã Phúc Thịnh"
    assert (
        body_name("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH") == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    )  # "tĩnh" is no level word
    assert body_name("BAN THƯỜNG VỤ TỈNH ỦY") == "Ban Thường vụ Tỉnh ủy"


def test_header_accuracy_on_the_labelled_set(tmp_path: Path) -> None:
    """``eval --headers`` on the labelled real documents: every field at least 0.95, misses listed."""
    from click.testing import CliRunner

    from assistant.cli import main

    if not CASES.is_dir():
        pytest.skip(f"{CASES} not present")
    out = tmp_path / "headers.json"
    result = CliRunner().invoke(main, ["eval", "--headers", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "accuracy" in result.output and "signer" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["n"] >= 40
    assert all(v >= 0.95 for v in data["accuracy"].values()), (data["accuracy"], data["misses"])


def test_partial_dates_are_shown_as_month_and_year() -> None:
    from assistant.answer.render import format_date

    assert (format_date("2024-05"), format_date("2009-12-08")) == ("05/2024", "08/12/2009")


def test_split_issuer_name_forms_after_signature_and_no_letterhead(tmp_path: Path) -> None:
    doc = _write(
        tmp_path,
        "nq.txt",
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 15/2025/NQ-HĐND\nQuy Nhơn, ngày 9 tháng 7 năm 2025\n"
        "NGHỊ QUYẾT\nQuy định mức chi\n" + BODY + "Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Các sở, ban,\n"
        "ngành tỉnh;\nCHỦ TỊCH\nHồ Quốc Dũng\nMẫu số 01/BC\nBÁO CÁO KẾT QUẢ\n1. Số đại biểu dự: ......\n"
        "Mẫu số 02/BC\nDANH SÁCH ĐẠI BIỂU\n1. Họ và tên: ......\n",
    )
    m = doc.meta
    assert (m.issuer, m.number, m.signer, m.signer_title) == (
        "Hội đồng nhân dân tỉnh Bình Định",
        "15/2025/NQ-HĐND",
        "Hồ Quốc Dũng",
        "CHỦ TỊCH",
    )
    assert m.recipients == ["Thường trực Tỉnh ủy", "Các sở, ban, ngành tỉnh"]
    tops = [s.path[0] for s in doc.sections if s.level == 1]
    assert {"Mẫu số 01/BC", "Mẫu số 02/BC"} <= set(tops)
    # Without a letterhead the first numbered heading stays in the body.
    plain = _write(tmp_path, "plain.txt", BODY + "Nơi nhận:\n- Lưu VT.\n")
    assert plain.sections[1].path[0].startswith("I. NHIỆM VỤ") and plain.meta.number is None


def test_national_name_inside_a_body_name_is_no_motto(tmp_path: Path) -> None:
    doc = _write(
        tmp_path,
        "kh.txt",
        "BCH ĐOÀN TNCS HỒ CHÍ MINH XÃ AN HÒA ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 05-KH/ĐTN\n"
        "An Hòa, ngày 2 tháng 3 năm 2026\nKẾ HOẠCH\nra quân tình nguyện\n" + BODY + "TM. BAN CHẤP HÀNH\n"
        "BÍ THƯ\nĐặng Văn Hải\n",
    )
    assert doc.meta.issuer == "BCH Đoàn TNCS Hồ Chí Minh xã An Hòa"


def test_a_number_with_blank_digits_does_not_label_the_document(tmp_path: Path) -> None:
    from assistant.lexicon.doc_types import short_label

    doc = _write(
        tmp_path,
        "kh.txt",
        "UBND TỈNH LÂM ĐỒNG\nSỞ GDĐT\nSố:     /KH-SGDĐT\nĐà Lạt, ngày 3 tháng 5 năm 2024\n"
        "KẾ HOẠCH\ntổ chức hoạt động hè\n" + BODY,
    )
    assert doc.meta.number == "/KH-SGDĐT"
    assert doc.meta.short_title() == "Kế hoạch tổ chức hoạt động hè"  # not "Kế hoạch /KH-SGDĐT"
    assert short_label(doc.meta.doc_type, doc.meta.number) is None
    assert short_label("Kế hoạch", "12-KH/HPN") == "KH 12-KH/HPN"


def test_rw09_number_and_date_in_text_boxes() -> None:
    folder, data = _case("rw09")
    assert "18/8/2026" in _expected(data, "Thông báo 135-TB/HU")
    m = _doc(folder / "textbox.docx").meta
    assert (m.doc_type, m.number, m.date) == ("Thông báo kết luận", "135-TB/HU", "2026-08-18")
    assert (m.signer, m.signer_capacity) == ("Lê Đình Tuấn", "T/L BAN THƯỜNG VỤ")
