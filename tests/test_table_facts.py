"""Facts that only a table gives (trial 31), through ``Assistant`` and ``extract_obligations`` on documents
written here as DOCX, HTML and PDF:

- "... tổ chức ở đâu / tại đâu?" of an activity whose place is only its row's "Địa điểm" cell;
- a figure whose unit is in the table's header ("Mức hỗ trợ (đồng/suất/năm học)", "Số suất năm học ...")
  or is the second noun of a coordination ("02 ý tưởng hoặc dự án");
- a figure by year of a table of chỉ tiêu ("TT | Chỉ tiêu | Đơn vị | Thực hiện 2029 | Năm 2030 | Năm
  2031"): the column of the year asked in the row of the indicator asked, with the row's unit; a year
  that is no column abstains; a PDF table whose header is set wider than its columns and goes on on the
  next page under a repeated header is one table;
- such a table assigns no duty (its "Đơn vị" column is each row's unit, not a body).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.obligations import extract_obligations
from assistant.parse import parse
from tests.conftest import DEJAVU, assistant_over, first_line

HEAD = [
    "HUYỆN ĐOÀN AN KHÊ",
    "Số: 07-KH/HĐTN",
    "An Khê, ngày 10 tháng 02 năm 2030",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động Tháng Thanh niên năm 2030",
]
ACTIVITIES = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Phối hợp", "Thời gian", "Địa điểm"],
    ["1", "Ra quân vệ sinh môi trường", "Ban Phong trào", "Đoàn xã Tân An", "12/3/2030", "Chợ xã Tân An"],
    [
        "2",
        'Hội thi "Tuổi trẻ với pháp luật"',
        "Ban Tuyên giáo",
        "Công an huyện",
        "18/3/2030",
        "Nhà Văn hóa huyện",
    ],
    [
        "3",
        'Hiến máu tình nguyện "Giọt máu hồng"',
        "Ban Tổ chức",
        "Trung tâm Y tế huyện",
        "22/3/2030",
        "Sân vận động huyện",
    ],
]
TAIL = [
    "Mỗi cơ sở đoàn đăng ký tối thiểu 03 ý tưởng hoặc dự án khởi nghiệp.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lê Văn Hùng",
]


def _docx(path: Path, before: list[str], table: list[list[str]], after: list[str]) -> Path:
    import docx

    d = docx.Document()
    for line in before:
        d.add_paragraph(line)
    t = d.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for line in after:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _html(before: list[str], table: list[list[str]], after: list[str]) -> str:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in table)
    paras = "".join(f"<p>{p}</p>" for p in before)
    tail = "".join(f"<p>{p}</p>" for p in after)
    head = '<html><head><meta charset="utf-8"></head><body>'
    return f'{head}{paras}<table border="1">{rows}</table>{tail}</body></html>'


@pytest.fixture(scope="module", params=["docx", "html"])
def activities(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"activities_{request.param}")
    before = [*HEAD, "I. NỘI DUNG", "1. Các hoạt động trọng tâm (theo bảng dưới đây)"]
    if request.param == "docx":
        made = _docx(root / "made.docx", before, ACTIVITIES, TAIL)
        return assistant_over(root, embedder, {"KH-07.docx": made})
    return assistant_over(root, embedder, {"KH-07.html": _html(before, ACTIVITIES, TAIL)})


@pytest.mark.parametrize(
    "question, place",
    [
        ("Hiến máu tình nguyện Giọt máu hồng tổ chức ở đâu?", "Sân vận động huyện"),
        ("Hội thi Tuổi trẻ với pháp luật tổ chức tại đâu?", "Nhà Văn hóa huyện"),
    ],
)
def test_where_an_activity_is_held_is_its_rows_place_cell(activities, question: str, place: str) -> None:
    """Trial 31 q26, p05, p47: the row's "Địa điểm" cell is the place of its activity; the where-check
    read the row without its columns' names and abstained."""
    answer = activities.ask(question)
    assert not answer.abstained, answer.evidence
    # the first quote after the table's header row, which is quoted above its first row quoted
    first = next(c.quote for c in answer.citations if c.quote != " | ".join(ACTIVITIES[0]))
    assert place in first


def test_a_count_of_the_second_noun_of_a_coordination(activities) -> None:
    """Trial 31 q14: "bao nhiêu dự án" of "tối thiểu 03 ý tưởng hoặc dự án" counts the projects too."""
    answer = activities.ask("Mỗi cơ sở đoàn đăng ký bao nhiêu dự án khởi nghiệp?")
    assert not answer.abstained, answer.evidence
    assert "03 ý tưởng hoặc dự án" in answer.citations[0].quote


SCHOLARSHIPS = [
    [
        "Cấp học",
        "Mức học bổng (đồng/suất/năm học)",
        "Số suất năm học 2030 - 2031",
        "So với năm học 2029 - 2030",
    ],
    ["Trung học cơ sở", "2.000.000", "80", "tăng 10 suất"],
    ["Trung học phổ thông", "4.000.000", "40", "tăng 5 suất"],
]


@pytest.fixture(scope="module", params=["docx", "html"])
def scholarships(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"scholarships_{request.param}")
    before = [
        "ỦY BAN MTTQ VIỆT NAM HUYỆN AN KHÊ",
        "QUY CHẾ",
        "Xét chọn và trao học bổng Chắp cánh ước mơ",
        "Điều 1. Mức học bổng",
    ]
    after = ["Điều 2. Trách nhiệm thi hành", "Các xã, thị trấn thực hiện Quy chế này."]
    if request.param == "docx":
        made = _docx(root / "made.docx", before, SCHOLARSHIPS, after)
        return assistant_over(root, embedder, {"QC.docx": made})
    return assistant_over(root, embedder, {"QC.html": _html(before, SCHOLARSHIPS, after)})


def test_a_sum_whose_unit_is_in_the_column_header(scholarships) -> None:
    """Trial 31 q28: "mỗi suất bao nhiêu tiền" of a cell "4.000.000" under "Mức học bổng
    (đồng/suất/năm học)": the header's unit is the cell's; the header named by school years was taken for
    a data row, so the table had no columns."""
    answer = scholarships.ask("Học bổng cho học sinh trung học phổ thông mỗi suất bao nhiêu tiền?")
    assert not answer.abstained, answer.evidence
    assert "4.000.000" in answer.text


def test_a_count_whose_noun_is_the_column_header(scholarships) -> None:
    """Trial 31 p13: "bao nhiêu suất" of the cell "80" under "Số suất năm học 2030 - 2031" (the label's
    school years are no count). ("bao nhiêu suất học bổng" reads the unit "suất học": left to the unit
    reader.)"""
    answer = scholarships.ask("Năm học 2030 - 2031 trung học cơ sở được bao nhiêu suất?")
    assert not answer.abstained, answer.evidence
    assert "80" in answer.text


TARGETS = [
    ["TT", "Chỉ tiêu", "Đơn vị", "Thực hiện 2029", "Năm 2030", "Năm 2031"],
    ["1", "Giá trị sản xuất nông nghiệp", "tỷ đồng", "1.120", "1.210", "1.300"],
    ["2", "Diện tích cây ăn quả", "ha", "2.100", "2.400", "2.800"],
    ["3", "Diện tích lúa chất lượng cao", "ha", "900", "1.050", "1.200"],
    ["4", "Tỷ lệ hộ nghèo", "%", "5,10", "4,20", "3,30"],
    ["5", "Số hợp tác xã hoạt động hiệu quả", "hợp tác xã", "12", "15", "18"],
]
PROSE = [
    "ĐẢNG BỘ TỈNH LÂM HÀ",
    "HUYỆN ỦY AN KHÊ",
    "Số 05-NQ/HU",
    "An Khê, ngày 15 tháng 01 năm 2030",
    "NGHỊ QUYẾT",
    "về phát triển nông nghiệp hàng hóa giai đoạn 2030 - 2031",
    "I. ĐÁNH GIÁ TÌNH HÌNH",
    "Năm 2029, diện tích cây ăn quả đạt 2.100 ha, tăng 200 ha so với năm 2028. Đến năm 2032, huyện"
    " phấn đấu có thương hiệu nông sản riêng.",
    "II. MỤC TIÊU VÀ CHỈ TIÊU",
    "2. Các chỉ tiêu chủ yếu (chi tiết tại bảng sau):",
]
AFTER = [
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Tuyên giáo Huyện ủy chủ trì quán triệt Nghị quyết trước ngày 28/02/2030.",
]


def _pdf(path: Path) -> Path:
    """The Nghị quyết as an office prints it: a ruled table whose year headers ("Thực hiện 2029", "Năm
    2030") are set over the ruling before them, rows 1-4 on page 1 and row 5 on page 2 under the header
    row repeated (so many of page 2's few words cross a ruling that it looked like no data table)."""
    import textwrap

    from fpdf import FPDF

    if not DEJAVU.is_file():
        pytest.skip("DejaVu Sans not installed")
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    y = 60.0
    for line in PROSE:
        for piece in textwrap.wrap(line, 90):
            pdf.text(57, y, piece)
            y += 15
        y += 4
    xs = [57, 85, 241, 303, 394, 473, 553]

    pdf.set_font("DejaVu", "", 9)

    def row(top: float, cells: list[str]) -> float:
        for k, text in enumerate(cells):
            pdf.rect(xs[k], top, xs[k + 1] - xs[k], 20)
            x = xs[k] - 6 if cells is TARGETS[0] and k >= 3 else xs[k] + 3  # the years' heads overflow
            pdf.text(x, top + 14, text)
        return top + 20

    y += 5
    for cells in TARGETS[:5]:
        y = row(y, cells)
    pdf.add_page()
    y = row(42, TARGETS[0])
    y = row(y, TARGETS[5])
    y += 25
    pdf.set_font("DejaVu", "", 11)
    for line in AFTER:
        pdf.text(57, y, line)
        y += 19
    pdf.text(350, y + 20, "T/M HUYỆN ỦY")
    pdf.text(350, y + 40, "BÍ THƯ")
    pdf.text(350, y + 60, "Trần Văn Nam")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module", params=["pdf", "docx"])
def targets(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"targets_{request.param}")
    if request.param == "pdf":
        made = _pdf(root / "made.pdf")
        return assistant_over(root, embedder, {"NQ-05.pdf": made}), made
    made = _docx(root / "made.docx", PROSE, TARGETS, [*AFTER, "T/M HUYỆN ỦY", "BÍ THƯ", "Trần Văn Nam"])
    return assistant_over(root, embedder, {"NQ-05.docx": made}), made


@pytest.mark.parametrize(
    "question, line",
    [
        ("Chỉ tiêu diện tích cây ăn quả năm 2031 là bao nhiêu?", "Số liệu: 2.800 ha (Năm 2031)"),
        ("Diện tích lúa chất lượng cao năm 2030 phải đạt bao nhiêu?", "Số liệu: 1.050 ha (Năm 2030)"),
        ("Tỷ lệ hộ nghèo năm 2029 là bao nhiêu?", "Số liệu: 5,10% (Thực hiện 2029)"),
        ("Năm 2031 số hợp tác xã hoạt động hiệu quả phải đạt bao nhiêu?", "Số liệu: 18 hợp tác xã"),
    ],
)
def test_a_figure_by_year_is_the_cell_of_that_years_column(targets, question: str, line: str) -> None:
    """Trial 31 q04, q07, p22, p23, p56, q05 (row 5 on the PDF's second page): the value under the year
    asked, in the row of the indicator asked, with the row's unit; not the prose figure of 2029."""
    assistant, _ = targets
    answer = assistant.ask(question)
    assert not answer.abstained, answer.evidence
    assert first_line(answer).startswith(line), answer.text


def test_a_year_that_is_no_column_of_the_table_abstains(targets) -> None:
    """Near miss: 2032 is written in the document (prose) but is no column of the table."""
    assistant, _ = targets
    answer = assistant.ask("Chỉ tiêu diện tích lúa chất lượng cao năm 2032 là bao nhiêu?")
    assert answer.abstained, answer.text


def test_a_pdf_table_with_an_overflowing_header_going_on_under_a_repeated_header(targets) -> None:
    """The header "Thực hiện 2029" set over its column's left ruling stays one cell, and page 2's table
    (header repeated, one row) is the same table: its row is a row, not a section heading."""
    _, made = targets
    doc = parse(load_file(made), str(made))
    headers = [doc.text[p.start : p.end] for p in doc.paragraphs if "table-header" in p.style]
    assert headers == [" | ".join(TARGETS[0])]
    rows = [doc.text[p.start : p.end] for p in doc.paragraphs if "table-row" in p.style]
    assert rows[-1] == " | ".join(TARGETS[5])
    assert not any("Thực hiện 2029" in " ".join(s.path) for s in doc.sections)


def test_a_table_of_figures_assigns_no_duty(targets) -> None:
    """Trial 31 obligations #15-#21: the "Đơn vị" column of a chỉ tiêu table holds units ("tỷ đồng", "ha",
    "%"), the year columns figures; no row is a duty with "Responsible: ha". The prose duty stays."""
    _, made = targets
    rows = extract_obligations(parse(load_file(made), str(made)))
    assert not any(set(o.responsible + o.lead) & {"ha", "tỷ đồng", "%", "hợp tác xã"} for o in rows)
    assert any("quán triệt" in o.task.lower() for o in rows), [o.task for o in rows]


def test_an_assignment_table_still_assigns_its_bodies(tmp_path: Path) -> None:
    """Near miss for the figures rule: a table whose "Đơn vị chủ trì" column names bodies still gives one duty
    per row."""
    made = _docx(tmp_path / "KH.docx", [*HEAD, "I. NỘI DUNG"], ACTIVITIES, TAIL)
    rows = extract_obligations(parse(load_file(made), str(made)))
    assert {tuple(o.lead) for o in rows if o.source == "table"} == {
        ("Ban Phong trào",),
        ("Ban Tuyên giáo",),
        ("Ban Tổ chức",),
    }
