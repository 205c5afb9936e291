"""Tables as data: a data table becomes one cited row per table row, its cells as written (the column names
stay in the header line and in what retrieval reads, never inside a quoted row); rows are chunked whole
with the header line repeated; assignment tables feed the obligations table.

Until every loader emits ``Block.cell``, the parser is also tested on its contract: a ``LoadedFile`` whose
blocks carry ``cell=(table, row, col)`` exactly as the loaders are specified to emit them
(``assistant.models.Block``). The end-to-end tests (a DOCX written with python-docx, the rw11 PDF) skip with
their reason while the loader still flattens tables.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.chunking import chunk_document
from assistant.cli import main
from assistant.config import Settings
from assistant.loaders import load_file
from assistant.models import Block, Document, LoadedFile
from assistant.obligations.extract import extract_obligations
from assistant.obligations.table import ObligationTable
from assistant.parse import parse
from assistant.parse.tables import row_values
from tests.conftest import SHARED

RW11 = SHARED / "realworld-cases" / "rw11-pdf-table-assignment" / "table_assignment.pdf"

HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
# Cells as a PDF or DOCX holds them: wrapped lines are separate lines of one cell.
ROWS = [
    ["1", 'Vận động Quỹ "Vì người nghèo" tháng cao điểm', "Ban Phong trào",
     "Hội Nông dân tỉnh, Hội LHPN tỉnh", "Trước 30/11/2026"],
    ["2", "Giám sát việc thực hiện\nchính sách bảo hiểm y tế\nhọc sinh", "Ban Dân chủ -\nPháp luật",
     "Sở Giáo dục và Đào\ntạo, Tỉnh đoàn", "Quý III/2026"],
    ["3", "Tổ chức Ngày hội Đại đoàn\nkết toàn dân tộc điểm cấp\ntỉnh", "Ban Tuyên giáo",
     "UBND huyện Can\nLộc, Hội Cựu chiến\nbinh tỉnh", "Ngày\n18/11/2026"],
    ["4", "Tổng hợp ý kiến, kiến nghị\ncử tri trước kỳ họp HĐND\ntỉnh", "Văn phòng",
     "Ban Dân chủ - Pháp luật", "Trước 05/12/2026"],
]  # fmt: skip


def _cells(
    table: int, rows: list[list[str]], page_of_row=lambda r: 1, bold_first: bool = True
) -> list[Block]:
    out = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            for line in value.split("\n"):
                style = frozenset({"bold"}) if bold_first and r == 0 else frozenset()
                out.append(Block(line, page_of_row(r), style, cell=(table, r, c)))
    return out


def _plan(data_rows: list[list[str]], split_at: int | None = None) -> LoadedFile:
    """A provincial Front plan: header layout table, title, a sentence, the assignment table, signature.
    With ``split_at`` the table breaks onto page 2 (a second table there, header row repeated)."""
    layout = [["ỦY BAN MTTQ VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
              ["TỈNH HÀ TĨNH", "Độc lập - Tự do - Hạnh phúc"],
              ["Số: 58/KH-MTTQ-BTT", "Hà Tĩnh, ngày 02 tháng 3 năm 2026"]]  # fmt: skip
    blocks = _cells(0, layout, bold_first=False)
    blocks += [
        Block("KẾ HOẠCH", 1, frozenset({"bold"})),
        Block("Triển khai các nhiệm vụ trọng tâm của Mặt trận Tổ quốc tỉnh năm 2026", 1, frozenset({"bold"})),
        Block("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phân công cụ thể tại bảng sau:", 1),
    ]
    if split_at is None:
        blocks += _cells(1, [HEADER, *data_rows])
    else:
        blocks += _cells(1, [HEADER, *data_rows[:split_at]])
        blocks += _cells(2, [HEADER, *data_rows[split_at:]], page_of_row=lambda r: 2)
    last = 2 if split_at is not None else 1
    blocks += [
        Block("Các ban, đơn vị được phân công chủ trì chủ động xây dựng kế hoạch chi tiết.", last),
        Block("TM. BAN THƯỜNG TRỰC", last, frozenset({"bold"})),
        Block("CHỦ TỊCH", last, frozenset({"bold"})),
        Block("Võ Văn Hòa", last, frozenset({"bold"})),
    ]
    return LoadedFile("plan.pdf", blocks, "pdf", page_count=last)


def _rows(doc: Document) -> list[str]:
    return [p.text for p in doc.paragraphs if "table-row" in p.style]


def test_data_table_becomes_named_rows_and_layout_table_stays() -> None:
    doc = parse(_plan(ROWS), "plan.pdf")
    rows = _rows(doc)
    assert len(rows) == 4
    # A row is its cells as written, in column order: no column name is written into it (a quote of it is
    # the document's words); the names are the header's, and the values are read back by column.
    assert rows[0] == (
        '1 | Vận động Quỹ "Vì người nghèo" tháng cao điểm | Ban Phong trào | '
        "Hội Nông dân tỉnh, Hội LHPN tỉnh | Trước 30/11/2026"
    )
    # Wrapped lines of one cell are one value; a line never leaks into the next column.
    values = row_values(" | ".join(HEADER), rows[1])
    assert values["Cơ quan chủ trì"] == "Ban Dân chủ - Pháp luật"
    assert values["Cơ quan phối hợp"] == "Sở Giáo dục và Đào tạo, Tỉnh đoàn"
    headers = [p.text for p in doc.paragraphs if "table-header" in p.style]
    assert headers == [" | ".join(HEADER)]
    # The header layout table is not a data table: its lines are no rows, and the number is still read.
    assert not any("58/KH-MTTQ-BTT" in r for r in rows)
    assert doc.meta.number == "58/KH-MTTQ-BTT"
    # No row is a section heading, and the prose after the table stays prose.
    assert not any(s.title.startswith(("1. Nội dung", "TT |")) for s in doc.sections)
    assert any(p.text.startswith("Các ban, đơn vị") and not p.style & {"table-row"} for p in doc.paragraphs)


def test_table_across_a_page_break_is_one_table_with_its_pages() -> None:
    doc = parse(_plan(ROWS, split_at=2), "plan.pdf")
    rows = [p for p in doc.paragraphs if "table-row" in p.style]
    assert [r.text.split(" | ")[0] for r in rows] == ["1", "2", "3", "4"]
    assert [r.page for r in rows] == [1, 1, 2, 2]
    assert sum("table-header" in p.style for p in doc.paragraphs) == 1  # the repeated header row is dropped


def test_rows_are_chunked_whole_with_the_header_repeated() -> None:
    many = [[str(i), f"Nhiệm vụ thứ {i} về công tác vận động quần chúng ở khu dân cư", "Ban Phong trào",
             "Hội Nông dân tỉnh", f"Trước 30/{i % 12 + 1}/2026"] for i in range(1, 21)]  # fmt: skip
    doc = parse(_plan(many), "plan.pdf")
    settings = replace(Settings.from_env(), chunk_max_chars=600, chunk_min_chars=150)
    chunks = chunk_document(doc, settings)
    rows = [p for p in doc.paragraphs if "table-row" in p.style]
    row_chunks = [c for c in chunks if any(c.start <= r.start < c.end for r in rows)]
    assert len(row_chunks) >= 3  # grouped a few rows at a time, not one flattened blob
    header = " | ".join(HEADER)
    title = doc.text[: rows[0].start].rstrip().split("\n\n")[-2]  # the prose line just before the table
    for i, c in enumerate(row_chunks):
        assert header in c.embed_text
        if i == 0 and not c.text.split(" | ")[0].isdigit():
            assert title in c.text  # a table's title opens its first chunk
            continue
        assert header not in c.text and title in c.embed_text  # later chunks repeat title and header
        assert c.text.split(" | ")[0].isdigit()
        assert "Cơ quan chủ trì: Ban Phong trào" in c.embed_text  # the values embedded with their columns
    for r in rows:  # every row lies whole inside exactly one chunk
        assert sum(c.start <= r.start and r.end <= c.end for c in chunks) == 1
    assert not any(c.start < r.start < c.end < r.end for c in chunks for r in rows)


def test_assignment_table_rows_are_obligations() -> None:
    doc = parse(_plan(ROWS), "plan.pdf")
    row_texts = set(_rows(doc))
    by_task = {o.task: o for o in extract_obligations(doc)}
    first = by_task['Vận động Quỹ "Vì người nghèo" tháng cao điểm']
    assert first.lead == ["Ban Phong trào"]
    assert first.coordinators == ["Hội Nông dân tỉnh", "Hội LHPN tỉnh"]
    assert first.deadline is not None and first.deadline.text == "Trước 30/11/2026"
    assert first.deadline.end == "2026-11-30"
    assert first.page == 1 and doc.text[first.start : first.end] == first.text
    second = by_task["Giám sát việc thực hiện chính sách bảo hiểm y tế học sinh"]
    assert second.lead == ["Ban Dân chủ - Pháp luật"]
    assert second.deadline is not None
    assert (second.deadline.start, second.deadline.end) == ("2026-07-01", "2026-09-30")
    third = by_task["Tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm cấp tỉnh"]
    assert third.coordinators == ["UBND huyện Can Lộc", "Hội Cựu chiến binh tỉnh"]
    assert third.deadline is not None and third.deadline.end == "2026-11-18"
    assert len([o for o in by_task.values() if o.lead]) == 4
    assert all(o.text in row_texts for o in by_task.values() if o.lead)  # each cites its whole table row
    # Through the obligations table: the Farmers' Association coordinates row 1, by any of its names.
    table = ObligationTable.from_documents([doc])
    farmers = table.query(org="Hội Nông dân")
    assert [o.task for o in farmers if o.coordinators] == ['Vận động Quỹ "Vì người nghèo" tháng cao điểm']


@pytest.mark.parametrize(
    ("names", "lead", "responsible", "deadline"),
    [
        (["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện"], [], ["Hội Cựu chiến binh"],
         "Tháng 6/2026"),
        (["Số TT", "Công việc", "Cơ quan chủ trì thực hiện", "Tiến độ"], ["Hội Cựu chiến binh"], [],
         "Tháng 6/2026"),
        (["TT", "Nhiệm vụ", "Đơn vị", "Thời hạn"], [], ["Hội Cựu chiến binh"], "Tháng 6/2026"),
    ],
)  # fmt: skip
def test_column_names_are_matched_loosely(
    names: list[str], lead: list[str], responsible: list[str], deadline: str
) -> None:
    data = [["1", "Tổng kết phong trào thi đua cựu chiến binh", "Hội Cựu chiến binh", "Tháng 6/2026"],
            ["2", "Sơ kết công tác hội năm 2026", "Hội Cựu chiến binh", "Tháng 6/2026"]]  # fmt: skip
    blocks = [Block("KẾ HOẠCH", None, frozenset({"bold"})), Block("Công tác hội năm 2026", None)]
    blocks += _cells(0, [names, *data])
    doc = parse(LoadedFile("kh.docx", blocks, "docx"), "kh.docx")
    obs = [o for o in extract_obligations(doc) if o.task.startswith("Tổng kết phong trào")]
    assert len(obs) == 1
    assert obs[0].lead == lead and obs[0].responsible == responsible
    assert obs[0].deadline is not None and obs[0].deadline.text == deadline
    assert obs[0].deadline.end == "2026-06-30"


def _docx_with_table(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("KẾ HOẠCH").bold = True
    d.add_paragraph("Triển khai các nhiệm vụ trọng tâm năm 2026")
    d.add_paragraph("Phân công cụ thể tại bảng sau:")
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for c, name in enumerate(HEADER):
        t.cell(0, c).paragraphs[0].add_run(name).bold = True
    for r, row in enumerate(ROWS, 1):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.paragraphs[0].text = value.replace("\n", " ")
    d.add_paragraph("Các ban, đơn vị được phân công chủ trì chủ động xây dựng kế hoạch chi tiết.")
    d.save(str(path))
    return path


def _needs_cells(loaded: LoadedFile, what: str) -> None:
    if not any(b.cell for b in loaded.blocks):
        pytest.skip(f"the {what} loader does not emit Block.cell yet (tables still flattened)")


def test_docx_table_end_to_end_through_cli(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    f = _docx_with_table(folder / "ke-hoach.docx")
    _needs_cells(load_file(f), "DOCX")
    doc = parse(load_file(f), f.name)
    assert len(_rows(doc)) == 4
    result = CliRunner().invoke(
        main, ["obligations", "--index", str(tmp_path / "none"), "--documents", str(folder), "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = [r for r in json.loads(result.output) if r["lead"]]
    leads = {"Ban Phong trào", "Ban Dân chủ - Pháp luật", "Ban Tuyên giáo", "Văn phòng"}
    assert {r["lead"][0] for r in rows} == leads
    assert all(r["deadline"] and r["deadline"]["end"] for r in rows)


def test_rw11_pdf_assignment_table() -> None:
    if not RW11.is_file():
        pytest.skip(f"{RW11} not present")
    loaded = load_file(RW11)
    _needs_cells(loaded, "PDF")
    doc = parse(loaded, RW11.name)
    rows = _rows(doc)
    assert len(rows) == 4 and not any("Cơ quan chủ trì:" in r for r in rows)
    obs = {o.task: o for o in extract_obligations(doc) if o.lead}
    assert len(obs) == 4
    quy = next(o for t, o in obs.items() if t.startswith("Vận động Quỹ"))
    assert quy.lead == ["Ban Phong trào"] and quy.coordinators == ["Hội Nông dân tỉnh", "Hội LHPN tỉnh"]
    assert quy.deadline is not None and quy.deadline.end == "2026-11-30"
    bhyt = next(o for t, o in obs.items() if "bảo hiểm y tế" in t)
    assert bhyt.lead == ["Ban Dân chủ - Pháp luật"]
    assert bhyt.deadline is not None and bhyt.deadline.end == "2026-09-30"
    chunks = chunk_document(doc)
    assert not any("Cơ quan chủ trì:" not in c.embed_text and "Ban Phong trào" in c.text for c in chunks)


def test_title_row_grid_and_signature_table() -> None:
    """A title row spanning the table stays a paragraph above it; a list without a header row gives one
    row paragraph each; a signature table (capacity, title, name) is left to the metadata reader."""
    blocks = [Block("KẾ HOẠCH", None, frozenset({"bold"})), Block("Tổ chức Hội khỏe Phù Đổng", None)]
    blocks += _cells(0, [["BẢNG PHÂN CÔNG NHIỆM VỤ", "", "", ""],
                         ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
                         ["1", "Tổ chức lễ khai mạc", "Trường THPT Phan Đình Phùng", "Tháng 4/2026"],
                         ["2", "Tổ chức thi đấu các môn", "Trường THCS Lê Lợi", "Tháng 5/2026"]])  # fmt: skip
    blocks.append(Block("Danh sách các trường tham gia:", None))
    blocks += _cells(1, [["1", "Trường THPT Phan Đình Phùng", "45 vận động viên"],
                         ["2", "Trường THCS Lê Lợi", "30 vận động viên"],
                         ["3", "Trường Tiểu học Kim Đồng", "25 vận động viên"]],
                        bold_first=False)  # fmt: skip
    blocks += _cells(2, [["Nơi nhận:", "KT. GIÁM ĐỐC"], ["- Như trên;", "PHÓ GIÁM ĐỐC"],
                         ["- Lưu: VT.", "Nguyễn Văn An"]], bold_first=False)  # fmt: skip
    doc = parse(LoadedFile("kh.docx", blocks, "docx"), "kh.docx")
    texts = [p.text for p in doc.paragraphs]
    header = "STT | Nội dung | Đơn vị chủ trì | Thời gian"
    assert texts.index("BẢNG PHÂN CÔNG NHIỆM VỤ") + 1 == texts.index(header)
    row1 = "1 | Tổ chức lễ khai mạc | Trường THPT Phan Đình Phùng | Tháng 4/2026"
    assert row1 in texts
    assert "2 | Trường THCS Lê Lợi | 30 vận động viên" in texts
    assert not any("GIÁM ĐỐC" in t and "|" in t for t in texts)  # the signature cells were not made a row
    leads = {o.task: o.lead for o in extract_obligations(doc) if o.lead}
    assert leads == {"Tổ chức lễ khai mạc": ["Trường THPT Phan Đình Phùng"],
                     "Tổ chức thi đấu các môn": ["Trường THCS Lê Lợi"]}  # fmt: skip


def test_a_list_of_units_assigns_nothing() -> None:
    """A table naming bodies without a task column (a list of schools) is data, but no duty."""
    blocks = [Block("KẾ HOẠCH", None, frozenset({"bold"})), Block("Kiểm tra phòng học bộ môn", None)]
    blocks += _cells(0, [["TT", "Tên đơn vị", "Cấp học"], ["1", "Trường TH Nguyễn Thị Tốt", "Tiểu học"],
                         ["2", "Trường THPT Tân Hồng", "Trung học phổ thông"]])  # fmt: skip
    doc = parse(LoadedFile("kh.doc", blocks, "doc"), "kh.doc")
    assert _rows(doc) == ["1 | Trường TH Nguyễn Thị Tốt | Tiểu học",
                          "2 | Trường THPT Tân Hồng | Trung học phổ thông"]  # fmt: skip
    assert extract_obligations(doc) == []


def test_two_header_rows_split_a_column() -> None:
    """ "Phân công" spanning "Chủ trì" | "Phối hợp" on a second header row: each column named by both."""
    blocks = [Block("KẾ HOẠCH", None, frozenset({"bold"})), Block("Tháng hành động vì người nghèo", None)]
    blocks += _cells(0, [["TT", "Nội dung", "Phân công", "", "Thời hạn"],
                         ["", "", "Chủ trì", "Phối hợp", ""],
                         ["1", "Khảo sát hộ nghèo", "Ban Công tác Mặt trận", "Chi hội Phụ nữ", "Quý II/2026"],
                         ["2", "Trao nhà Đại đoàn kết", "Ủy ban MTTQ xã", "Đoàn Thanh niên", "Quý IV/2026"]])  # fmt: skip
    doc = parse(LoadedFile("kh.docx", blocks, "docx"), "kh.docx")
    assert _rows(doc)[0] == "1 | Khảo sát hộ nghèo | Ban Công tác Mặt trận | Chi hội Phụ nữ | Quý II/2026"
    header = next(p.text for p in doc.paragraphs if "table-header" in p.style)
    assert row_values(header, _rows(doc)[0])["Phân công - Chủ trì"] == "Ban Công tác Mặt trận"
    obs = {o.task: o for o in extract_obligations(doc)}
    assert obs["Trao nhà Đại đoàn kết"].lead == ["Ủy ban MTTQ xã"]
    assert obs["Trao nhà Đại đoàn kết"].coordinators == ["Đoàn Thanh niên"]
    assert obs["Khảo sát hộ nghèo"].deadline.end == "2026-06-30"  # type: ignore[union-attr]
