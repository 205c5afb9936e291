"""Letterhead and signature layouts whose issuer was read wrong (trial 29), each written here as a file
and read through ``load_file`` + ``parse`` (and a real ``Assistant`` where the answer matters):

- an urgency or secrecy mark ("HỎA TỐC", "KHẨN", "MẬT") printed near the letterhead is a property of the
  document, never part of the issuer's name (a Word-saved web page, plain text, a Word file);
- a conclusion "CỦA ĐỒNG CHÍ BÍ THƯ ..." names whose words are announced, not the issuer: the letterhead's
  body issues it (plain text stacked one line per item, a Word file);
- a congress's line under its organisation ("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XII") is that organisation's congress
  (a PDF laid out by coordinates, plain text);
- a joint plan whose letterhead gives each body a column with its owner line above it and no motto, its
  number under the table, and one signature column per body: both bodies issue it, both sign it, and the
  left signature column is no text of the last section (Word; plain text for the letterhead);
- the issuer line of an answer quotes the letterhead lines as printed, never the normalised name;
- a Word footnote (word/footnotes.xml) is text of the document, in a closing part "Chú thích" of its own,
  in a .docx and in a .doc LibreOffice wrote, and a figure written only there is answered.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import (
    assistant_over,
    dejavu_page,
    first_line,
    soffice_convert,
    with_footnotes,
    write_docx,
)

MTTQ_BODY = [
    "Kính gửi: Ủy ban MTTQ Việt Nam các xã, thị trấn",
    "Thực hiện Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Ban Thường trực đề nghị các đơn vị"
    " vận động ủng hộ Nhân dân bị thiệt hại do lũ quét trước ngày 30/10/2030.",
    "Hộ có nhà bị sập đổ hoàn toàn được hỗ trợ 15.000.000 đồng/hộ.",
    "Nơi nhận:",
    "- Như kính gửi;",
    "- Lưu VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Lường Thị Mến",
]
MTTQ_ISSUER = "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sơn Lâm"


def _mttq_html(mark: str) -> str:
    """A letter saved from Word as a web page: the letterhead table, then the mark on a line of its own."""
    cell = lambda *lines: "<td>" + "".join(f"<p class=MsoNormal>{x}<o:p></o:p></p>" for x in lines) + "</td>"  # noqa: E731
    head = (
        "<table class=MsoTableGrid><tr>"
        + cell("ỦY BAN MTTQ VIỆT NAM", "HUYỆN SƠN LÂM", "BAN THƯỜNG TRỰC", "Số: 52/MTTQ-BTT")
        + cell(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Sơn Lâm, ngày 02 tháng 10 năm 2030",
        )
        + "</tr></table>"
    )
    body = "".join(
        f"<p class=MsoNormal>{x}</p>"
        for x in [f"<b>{mark}</b>", "V/v vận động ủng hộ đồng bào bị lũ quét", *MTTQ_BODY]
    )
    return f"<html><body>{head}{body}</body></html>"


_MTTQ_FLAT = [
    "ỦY BAN MTTQ VIỆT NAM", "HUYỆN SƠN LÂM", "BAN THƯỜNG TRỰC", "Số: 52/MTTQ-BTT", "{mark}",
    "V/v vận động ủng hộ đồng bào bị lũ quét", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Sơn Lâm, ngày 02 tháng 10 năm 2030",
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "mark"), [("htm", "HỎA TỐC"), ("txt", "KHẨN"), ("docx", "MẬT")])
def test_an_urgency_or_secrecy_mark_is_no_part_of_the_issuer(tmp_path: Path, fmt: str, mark: str) -> None:
    path = tmp_path / f"cv.{fmt}"
    if fmt == "htm":
        path.write_text(_mttq_html(mark), encoding="utf-8")
    else:
        lines = [x.format(mark=mark) for x in _MTTQ_FLAT] + MTTQ_BODY
        if fmt == "docx":
            write_docx(path, lines)
        else:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    m = parse(load_file(path), path.name).meta
    assert m.issuer == MTTQ_ISSUER, m
    assert m.marks == [mark]
    assert (m.number, m.signer) == ("52/MTTQ-BTT", "Lường Thị Mến")


TB_LINES = [
    "ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY LONG BÌNH", "*", "Số 88-TB/HU", "Long Bình, ngày 05 tháng 3 năm 2031",
    "THÔNG BÁO", "KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ HUYỆN ỦY", "tại buổi làm việc với Đảng ủy xã Hòa Mỹ",
    "Ngày 02/3/2031, đồng chí Lê Văn Tám, Bí thư Huyện ủy làm việc với Đảng ủy xã Hòa Mỹ, kết luận như sau:",
    "1. Đảng ủy xã Hòa Mỹ hoàn thành việc rà soát quy hoạch cán bộ trước ngày 30/6/2031.",
    "2. Giao Ban Tổ chức Huyện ủy hướng dẫn xã thực hiện.",
    "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Hà Thị Lan",
    "Nơi nhận:", "- Thường trực Huyện ủy,", "- Đảng ủy xã Hòa Mỹ,", "- Lưu Văn phòng Huyện ủy.",
]  # fmt: skip


@pytest.fixture(scope="module", params=["txt", "docx"])
def tb_assistant(request, tmp_path_factory, embedder):
    fmt = request.param
    files = {"TB-88.docx": TB_LINES} if fmt == "docx" else {"TB-88.txt": "\n".join(TB_LINES) + "\n"}
    root = tmp_path_factory.mktemp(f"tb88_{fmt}")
    return assistant_over(root, embedder, files), root / "docs" / next(iter(files))


def test_a_conclusion_of_a_person_is_issued_by_the_letterhead_body(tb_assistant) -> None:
    _, path = tb_assistant
    m = parse(load_file(path), path.name).meta
    assert (m.doc_type, m.issuer, m.signer) == ("Thông báo kết luận", "Huyện ủy Long Bình", "Hà Thị Lan")


def _source_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


def test_the_issuer_line_quotes_the_letterhead_as_printed(tb_assistant) -> None:
    """The issuer's name is written in running text; what the line cites is the letterhead's own lines."""
    assistant, path = tb_assistant
    answer = assistant.ask("Thông báo 88-TB/HU do cơ quan nào ban hành?")
    assert "Huyện ủy Long Bình" in first_line(answer), answer.text
    quotes = [c.quote for c in answer.citations]
    assert quotes, answer.text
    squash = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    source = squash(_source_text(path))
    assert all(squash(q) in source for q in quotes), quotes
    assert any("HUYỆN ỦY LONG BÌNH" in q for q in quotes), quotes


NQ_LEFT = [
    "HỘI LHPN TỈNH BẮC SƠN",
    "HỘI LHPN HUYỆN TRÀ LĨNH",
    "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XII",
    "*",
    "Số: 01-NQ/ĐH",
]
NQ_RIGHT = ["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "Trà Lĩnh, ngày 20 tháng 5 năm 2031"]
NQ_REST = [
    "NGHỊ QUYẾT", "ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ HUYỆN TRÀ LĨNH LẦN THỨ XII, NHIỆM KỲ 2031 - 2036",
    "Đại hội đại biểu Phụ nữ huyện Trà Lĩnh lần thứ XII họp từ ngày 18 đến ngày 20 tháng 5 năm 2031.",
    "QUYẾT NGHỊ", "1. Thông qua Báo cáo chính trị của Ban Chấp hành khóa XI.",
    "2. Phấn đấu 80% hội viên tham gia sinh hoạt thường xuyên.",
    "Nơi nhận:", "- Hội LHPN tỉnh,", "- Lưu VP.", "T/M ĐOÀN CHỦ TỊCH ĐẠI HỘI", "Bế Thị Hồng",
]  # fmt: skip
NQ_ISSUER = "Đại hội đại biểu Hội LHPN huyện Trà Lĩnh lần thứ XII"


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_congress_line_is_the_congress_of_the_organisation_above(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"nq.{fmt}"
    if fmt == "pdf":
        pdf = dejavu_page(10)
        for n, line in enumerate(NQ_LEFT):
            pdf.text(50, 60 + 14 * n, line)
        for n, line in enumerate(NQ_RIGHT):
            pdf.text(320, 60 + 14 * n, line)
        for n, line in enumerate(NQ_REST):
            pdf.text(50, 160 + 18 * n, line)
        pdf.output(str(path))
    else:
        path.write_text("\n".join(NQ_LEFT + NQ_RIGHT + NQ_REST) + "\n", encoding="utf-8")
    m = parse(load_file(path), path.name).meta
    assert (m.issuer, m.number, m.signer) == (NQ_ISSUER, "01-NQ/ĐH", "Bế Thị Hồng"), m


# A joint plan: each body's column has its owner line above it; no motto; number and date under the table.
KH_LEFT = ["HỘI NÔNG DÂN TỈNH BẮC SƠN", "BAN THƯỜNG VỤ HỘI NÔNG DÂN", "HUYỆN TRÀ LĨNH", "*"]
KH_RIGHT = [
    "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
    "PHÒNG GIAO DỊCH NGÂN HÀNG",
    "CHÍNH SÁCH XÃ HỘI HUYỆN TRÀ LĨNH",
    "*",
]
KH_TOP = ["Số: 04/KHLT-HND-NHCSXH", "Trà Lĩnh, ngày 10 tháng 02 năm 2030", "KẾ HOẠCH LIÊN TỊCH",
          "Thực hiện cho vay vốn ủy thác qua Hội Nông dân năm 2030"]  # fmt: skip
KH_BODY = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Phấn đấu dư nợ ủy thác tăng thêm 25 tỷ đồng so với ngày 31/12/2029.",
    "II. NỘI DUNG PHỐI HỢP",
    "1. Hội Nông dân huyện chỉ đạo các tổ tiết kiệm và vay vốn bình xét cho vay công khai.",
    "2. Phòng Giao dịch NHCSXH huyện giải ngân trong 05 ngày làm việc kể từ khi nhận đủ hồ sơ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Giao Ban Kinh tế Hội Nông dân huyện là đầu mối theo dõi, tổng hợp kết quả hằng quý.",
]
KH_SIGN = [
    ["GIÁM ĐỐC", "PHÒNG GIAO DỊCH NHCSXH HUYỆN", "Mùa Thị Dung"],
    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Sầm Văn Đức"],
]
KH_TAIL = [
    "Nơi nhận:",
    "- Ban Thường vụ Hội Nông dân tỉnh;",
    "- Chi nhánh NHCSXH tỉnh;",
    "- Lưu: HND, NHCSXH.",
]
KH_ISSUER = (
    "Ban Thường vụ Hội Nông dân huyện Trà Lĩnh - Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Trà Lĩnh"
)
FOOTNOTE = "Dư nợ ủy thác qua Hội Nông dân huyện tại thời điểm 31/12/2029 là 211,4 tỷ đồng."


def _two_cells(document, left: list[str], right: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _joint_plan(path: Path) -> Path:
    import docx

    document = docx.Document()
    _two_cells(document, KH_LEFT, KH_RIGHT)
    for line in KH_TOP + KH_BODY:
        document.add_paragraph(line)
    _two_cells(document, *KH_SIGN)
    for line in KH_TAIL:
        document.add_paragraph(line)
    document.save(str(path))
    with_footnotes(path, [("1. Phấn đấu dư nợ", FOOTNOTE)])
    return path


@pytest.fixture(scope="module")
def joint_plan(tmp_path_factory) -> Path:
    return _joint_plan(tmp_path_factory.mktemp("khlt") / "KHLT-04.docx")


def test_a_joint_plan_with_owner_lines_is_issued_and_signed_by_both_bodies(joint_plan: Path) -> None:
    doc = parse(load_file(joint_plan), joint_plan.name)
    m = doc.meta
    assert m.issuer == KH_ISSUER
    signers = [(m.signer_title, m.signer)] + [(c.title, c.name) for c in m.cosigners]
    assert signers == [("GIÁM ĐỐC PHÒNG GIAO DỊCH NHCSXH HUYỆN", "Mùa Thị Dung"), ("CHỦ TỊCH", "Sầm Văn Đức")]
    assert m.cosigners[0].capacity == "TM. BAN THƯỜNG VỤ"
    # the left signature column is no text of the last section
    last = next(s for s in doc.sections if s.title.startswith("III."))
    assert "Mùa Thị Dung" not in doc.text[last.start : last.end], doc.text[last.start : last.end]
    # both columns' lines are what the issuer line quotes
    assert m.issuer_text.splitlines() == [x for x in KH_LEFT + KH_RIGHT if x != "*"]


def test_a_joint_letterhead_stacked_in_plain_text_names_both_bodies(tmp_path: Path) -> None:
    """The same letterhead read from flat lines: the owner lines above each body issue nothing, and the
    bank's name wrapped over two lines is one name."""
    path = tmp_path / "khlt.txt"
    lines = [x for x in KH_LEFT + KH_RIGHT if x != "*"] + KH_TOP + KH_BODY + ["Nơi nhận:", "- Lưu VT."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert parse(load_file(path), path.name).meta.issuer == KH_ISSUER


def test_a_footnote_is_a_closing_part_of_its_own_and_leaves_the_body_as_printed(joint_plan: Path) -> None:
    """The note is read after the body under "Chú thích" (a part after the signature, as an appendix is):
    the clause it hangs from stays one paragraph, the next heading right after it."""
    doc = parse(load_file(joint_plan), joint_plan.name)
    notes = next(s for s in doc.sections if s.title == "Chú thích")
    assert FOOTNOTE in doc.text[notes.start : notes.end]
    clause = doc.text.index("1. Phấn đấu dư nợ")
    assert doc.text.index("II. NỘI DUNG PHỐI HỢP") < notes.start
    assert FOOTNOTE not in doc.text[clause : doc.text.index("II. NỘI DUNG PHỐI HỢP")]


def test_a_doc_libreoffice_wrote_keeps_its_footnote(joint_plan: Path, tmp_path: Path) -> None:
    src = tmp_path / "KHLT-04.docx"
    src.write_bytes(joint_plan.read_bytes())
    doc = parse(load_file(soffice_convert(src, "doc")), "KHLT-04.doc")
    assert FOOTNOTE in doc.text


def test_a_figure_written_only_in_a_footnote_is_answered(joint_plan: Path, tmp_path: Path, embedder) -> None:
    assistant = assistant_over(tmp_path, embedder, {"KHLT-04.docx": joint_plan})
    answer = assistant.ask("Dư nợ ủy thác qua Hội Nông dân huyện tại thời điểm 31/12/2029 là bao nhiêu?")
    assert "211,4 tỷ đồng" in answer.text, answer.text
