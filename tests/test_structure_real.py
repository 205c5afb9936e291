"""Section trees of real documents: regulation-style decimal nesting on the Hanoi party PDFs, wrapped
headings and diagram labels there, and a procedure guide without a directive header (Phần, bare "Điều 9",
Bước, Cách, title lines, flowchart labels) through ``load_file`` + ``parse``, ``Assistant.outline`` and the
``inspect`` CLI."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.loaders import load_file
from assistant.models import Document, Section
from assistant.parse import parse

HANOI = ("quydinh294", "huongdan", "huongdan06", "huongdan38", "huongdan21")  # hd06/hd38: same texts


@pytest.fixture(scope="module")
def hanoi(external_dir: Path) -> dict[str, Document]:
    folder = external_dir / "party_docs_hanoi_sotay"
    return {name: parse(load_file(folder / f"{name}.pdf"), f"{name}.pdf") for name in HANOI}


def _by_label(doc: Document, path_labels: list[str]) -> Section:
    """The section whose nearest ancestors carry these labels ("10", "10.3" -> 10.3 directly in 10.)."""
    by_id = {s.id: s for s in doc.sections}
    for s in doc.sections:
        chain: list[str | None] = []
        cur: Section | None = s
        while cur is not None and len(chain) < len(path_labels):
            chain.insert(0, cur.label)
            cur = by_id.get(cur.parent) if cur.parent else None
        if chain == path_labels:
            return s
    raise AssertionError(f"no section {' › '.join(path_labels)}")


def test_quy_dinh_294_nests_by_decimal_depth(hanoi: dict[str, Document]) -> None:
    doc = hanoi["quydinh294"]
    s103 = _by_label(doc, ["10", "10.3"])
    assert s103.path[0].startswith("10. Điều 10, Điều 13, Điều 21, Điều 42, Điều 43: Về hệ thống tổ chức")
    assert s103.path[1] == "10.3" and s103.pages == [14]
    s1044 = _by_label(doc, ["10", "10.4", "10.4.4"])
    assert s1044.path[2].startswith("10.4.4. Điều kiện để lập đảng bộ cấp trên trực tiếp")
    # "Việc thành lập đảng bộ ... khác với quy định tại Tiểu mục 10.4.2 ..." follows the one-paragraph points
    # a)-d) and comes before 10.5: 10.4.4's own text again (a continuation child with 10.4.4's path and no
    # label), no longer point d)'s.
    kids = [s for s in doc.sections if s.parent == s1044.id]
    assert [s.label for s in kids] == ["a", "b", "c", "d", None]
    assert kids[-1].path == s1044.path and "Việc thành lập" in doc.text[kids[-1].start : kids[-1].end]
    assert "Việc thành lập" not in doc.text[kids[3].start : kids[3].end]
    assert [s.label for s in doc.sections if s.parent == _by_label(doc, ["9", "9.3"]).id] == [
        "9.3.1", "9.3.2", "9.3.3", "9.3.4", "9.3.5"
    ]  # fmt: skip


def test_every_decimal_section_sits_in_its_prefix(hanoi: dict[str, Document]) -> None:
    """"10.3.5" inside "10.3" inside "10.", "1.1.1.1" inside "1.1.1", on every Hanoi PDF."""
    checked = 0
    for name, doc in hanoi.items():
        by_id = {s.id: s for s in doc.sections}
        for s in doc.sections:
            if s.label and re.fullmatch(r"\d+(?:\.\d+)+", s.label):
                parent = by_id[s.parent] if s.parent else None
                assert parent is not None and parent.label == s.label.rsplit(".", 1)[0], (name, s.path)
                checked += 1
    assert checked > 450
    deep = _by_label(hanoi["huongdan"], ["II", "1", "1.1", "1.1.1", "1.1.1.1"])
    assert deep.path[-1] == "1.1.1.1. Chi bộ (kể cả chi bộ cơ sở)"


def test_wrapped_headings_are_one_section(hanoi: dict[str, Document]) -> None:
    paths = [" › ".join(s.path) for s in hanoi["huongdan38"].sections]
    wrapped = "1.4- Khai và chứng nhận lý lịch của người xin vào Đảng (Mẫu 2- KNĐ)"
    assert any(p.endswith(wrapped) for p in paths)
    lasts = {s.path[-1] for s in hanoi["huongdan38"].sections if s.path}
    assert not lasts & {"KNĐ)", "GIỚI THIỆU SINH HOẠT ĐẢNG"}


def test_maquette_labels_are_not_sections(hanoi: dict[str, Document]) -> None:
    doc = hanoi["huongdan21"]
    titles = {s.path[-1] for s in doc.sections if s.path}
    assert not titles & {"ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "LỄ TRAO TẶNG", "…., ngày… tháng… năm…"}
    s52 = _by_label(doc, ["IV", "5", "5.2"])
    texts = [p.text for p in doc.paragraphs if p.section_id == s52.id]
    assert "LỄ TRAO TẶNG" in texts  # still text of its section


def _guide(path: Path) -> Path:
    """A handbook without a directive header: title lines, Phần, a bare "Điều 9" with its title on the next
    line, Bước with Cách inside, a flowchart drawn as short centred lines, numbered items."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()

    def bold(text: str, center: bool = False) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = True
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    bold("SỔ TAY", True)
    bold("HƯỚNG DẪN NGHIỆP VỤ KẾT NẠP ĐẢNG VIÊN", True)
    bold("Phần I")
    bold("QUY ĐỊNH CHUNG")
    bold("Điều 9")
    bold("Đối tượng áp dụng")
    d.add_paragraph("Sổ tay áp dụng đối với chi bộ, đảng ủy cơ sở và cấp ủy cấp trên trực tiếp của cơ sở.")
    bold("Phần II. QUY TRÌNH THỰC HIỆN")
    bold("Bước 1: Chi bộ xem xét, giới thiệu quần chúng ưu tú")
    d.add_paragraph("Chi bộ họp xét, biểu quyết giới thiệu quần chúng ưu tú theo sơ đồ sau.")
    for label in ("Chi bộ", "Đảng ủy cơ sở", "Ban Tổ chức Huyện ủy", "Ban Thường vụ Huyện ủy"):
        bold(label, True)
    bold("Bước 2: Lập và nộp hồ sơ")
    d.add_paragraph("Người vào Đảng hoàn thiện hồ sơ theo mẫu và nộp theo một trong hai cách sau.")
    bold("Cách 1: Nộp trực tiếp")
    d.add_paragraph("Nộp hồ sơ giấy tại văn phòng đảng ủy cơ sở trong giờ hành chính.")
    bold("Cách 2: Nộp qua phần mềm")
    d.add_paragraph("Cập nhật hồ sơ trên phần mềm quản lý đảng viên và gửi bản ký số.")
    bold("Bước 3: Tổ chức lễ kết nạp")
    d.add_paragraph("1. Chuẩn bị: chi bộ trang trí hội trường, mời đại diện cấp ủy cấp trên dự lễ.")
    d.add_paragraph("2. Trình tự buổi lễ thực hiện theo hướng dẫn của Ban Tổ chức Trung ương.")
    d.save(str(path))
    return path


EXPECTED_GUIDE = [
    ["Phần I. QUY ĐỊNH CHUNG"],
    ["Phần I. QUY ĐỊNH CHUNG", "Điều 9. Đối tượng áp dụng"],
    ["Phần II. QUY TRÌNH THỰC HIỆN"],
    ["Phần II. QUY TRÌNH THỰC HIỆN", "Bước 1: Chi bộ xem xét, giới thiệu quần chúng ưu tú"],
    ["Phần II. QUY TRÌNH THỰC HIỆN", "Bước 2: Lập và nộp hồ sơ"],
    ["Phần II. QUY TRÌNH THỰC HIỆN", "Bước 2: Lập và nộp hồ sơ", "Cách 1: Nộp trực tiếp"],
    ["Phần II. QUY TRÌNH THỰC HIỆN", "Bước 2: Lập và nộp hồ sơ", "Cách 2: Nộp qua phần mềm"],
    ["Phần II. QUY TRÌNH THỰC HIỆN", "Bước 3: Tổ chức lễ kết nạp"],
    ["Phần II. QUY TRÌNH THỰC HIỆN", "Bước 3: Tổ chức lễ kết nạp", "1."],
    ["Phần II. QUY TRÌNH THỰC HIỆN", "Bước 3: Tổ chức lễ kết nạp", "2."],
]


def test_guide_tree_through_assistant_outline(tmp_path: Path, settings, embedder) -> None:
    from assistant.api import Assistant
    from assistant.indexer import Indexer

    f = _guide(tmp_path / "so-tay-ket-nap.docx")
    local = replace(settings, index_dir=tmp_path / "idx", documents_dir=tmp_path)
    Indexer(local, embedder=embedder).add_files([f])
    assistant = Assistant(local, embedder=embedder)
    (doc,) = assistant.documents()
    outline = assistant.outline(doc.doc_id)
    assert [s.path for s in outline[1:]] == EXPECTED_GUIDE
    step1 = next(s for s in outline[1:] if s.path[-1].startswith("Bước 1"))
    labels = [p.text for p in doc.paragraphs if p.section_id == step1.id]
    assert labels[-4:] == ["Chi bộ", "Đảng ủy cơ sở", "Ban Tổ chức Huyện ủy", "Ban Thường vụ Huyện ủy"]
    assert all(s.path and s.path[-1].strip(" .") for s in outline[1:])  # no empty section label


def test_guide_tree_through_inspect_cli(tmp_path: Path) -> None:
    f = _guide(tmp_path / "so-tay-ket-nap.docx")
    result = CliRunner().invoke(main, ["inspect", "--json", str(f)])
    assert result.exit_code == 0, result.output
    sections = json.loads(result.output)["sections"]
    assert [s["path"] for s in sections[1:]] == EXPECTED_GUIDE
    titles = {s["path"][-1] for s in sections[1:]}
    assert not titles & {"SỔ TAY", "HƯỚNG DẪN NGHIỆP VỤ KẾT NẠP ĐẢNG VIÊN", "Chi bộ", "Đảng ủy cơ sở"}


def test_bare_dieu_line_in_plain_text(tmp_path: Path) -> None:
    f = tmp_path / "quy-che.txt"
    f.write_text(
        "QUY CHẾ\nlàm việc của Ban Chấp hành\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n\n"
        "Điều 8. Phạm vi điều chỉnh\nQuy chế này quy định nguyên tắc làm việc của Ban Chấp hành.\n\n"
        "Điều 9\nTrách nhiệm của ủy viên\nỦy viên Ban Chấp hành chấp hành nghiêm quy chế này.\n",
        encoding="utf-8",
    )
    doc = parse(load_file(f), f.name)
    paths = [s.path for s in doc.sections[1:]]
    assert ["Chương I. NHỮNG QUY ĐỊNH CHUNG", "Điều 9. Trách nhiệm của ủy viên"] in paths
    sec = next(s for s in doc.sections if s.path[-1:] == ["Điều 9. Trách nhiệm của ủy viên"])
    body = [p.text for p in doc.paragraphs if p.section_id == sec.id]
    assert body[-1] == "Ủy viên Ban Chấp hành chấp hành nghiêm quy chế này."


def test_handbook_parts_and_letter_divisions(hanoi: dict[str, Document]) -> None:
    """ "PHẦN THỨ HAI" + its title line is one part; "A."/"B."/"C." divide it and hold the Roman sections."""
    doc = hanoi["huongdan"]
    parts = [s.path[0] for s in doc.sections if len(s.path) == 1 and s.path[0].startswith("PHẦN")]
    assert parts == [
        "PHẦN THỨ NHẤT. VỀ CÔNG TÁC TỔ CHỨC ĐẢNG",
        "PHẦN THỨ HAI. VỀ CÔNG TÁC ĐẢNG VIÊN",
        "PHẦN THỨ BA. CÁC MẪU TÀI LIỆU VỀ CÔNG TÁC TỔ CHỨC ĐẢNG, ĐẢNG VIÊN",
    ]
    letters = [s for s in doc.sections if s.label in {"A", "B", "C"}]
    assert [s.path[0] for s in letters] == ["PHẦN THỨ HAI. VỀ CÔNG TÁC ĐẢNG VIÊN"] * 3
    for s in letters:
        assert [c.label for c in doc.sections if c.parent == s.id][0] == "I"
    # No section is left empty: every one holds text or subsections.
    holders = {p.section_id for p in doc.paragraphs if "heading" not in p.style}
    holders |= {s.parent for s in doc.sections}
    empty = [s.path for s in doc.sections[1:] if s.id not in holders and s.label in {None, "A", "B", "C"}]
    assert empty == []


def test_subject_line_is_the_title_not_a_section(external_dir: Path) -> None:
    """A plan's subject line printed as a bold line right above "I." is its title, not an empty section."""
    f = external_dir.parent / "realworld-cases" / "rw10-pdf-header-footer-pagebreak" / "header_footer_pagebreak.pdf"
    if not f.is_file():
        pytest.skip(f"{f} not present")
    doc = parse(load_file(f), f.name)
    subject = "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2026"
    assert doc.meta.title == subject
    assert not any(subject in " › ".join(s.path) for s in doc.sections)
    assert doc.sections[1].path == ["I. MỤC ĐÍCH, YÊU CẦU"]
