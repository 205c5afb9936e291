"""PDF layout through the public interfaces: ruled tables as cells, page furniture, page-break rejoins.

Real files are read in place from ``../shared`` (rw10: a running header spliced into a sentence cut by
the page break; rw11: an assignment grid; the Hanoi handbooks: ruled boxes and flowcharts that are not
tables). Synthetic PDFs are drawn here with fpdf2 and DejaVu Sans (every Vietnamese glyph), so each
mechanism is also checked on a layout no sample happens to have.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.loaders import load_file
from assistant.models import Block
from assistant.parse import parse

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CASES = SHARED / "realworld-cases"
RW10 = CASES / "rw10-pdf-header-footer-pagebreak" / "header_footer_pagebreak.pdf"
RW11 = CASES / "rw11-pdf-table-assignment" / "table_assignment.pdf"
RW02 = CASES / "rw02-dup-docx-signedpdf" / "kh_lichsu_cumtruong_signed.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _need(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"{path} not present (../shared is not laid out here)")
    return path


def _cells(blocks: list[Block]) -> dict[int, dict[int, dict[int, str]]]:
    """table -> row -> col -> text (a cell's paragraphs joined by a space)."""
    out: dict[int, dict[int, dict[int, str]]] = defaultdict(lambda: defaultdict(dict))
    for b in blocks:
        if b.cell is not None:
            t, r, c = b.cell
            out[t][r][c] = f"{out[t][r][c]} {b.text}" if c in out[t][r] else b.text
    return out


def _pdf():
    from fpdf import FPDF

    if not (FONT.is_file() and BOLD.is_file()):
        pytest.skip("DejaVu Sans (fonts-dejavu-core) not installed")
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(BOLD))
    return pdf


def _page(pdf, lines: list[tuple[str, bool, float]], footer: str | None = None) -> None:
    """One page of printed lines (text, bold, indent in mm), 6 mm apart, and an optional footer."""
    pdf.add_page()
    y = 25.0
    for text, bold, indent in lines:
        pdf.set_font("DejaVu", "B" if bold else "", 11)
        pdf.text(20 + indent, y, text)
        y += 6
    if footer:
        pdf.set_font("DejaVu", "", 9)
        pdf.text(100, 287, footer)


def _body(text: str, indent: float = 0) -> tuple[str, bool, float]:
    return (text, False, indent)


def _bold(text: str, indent: float = 0) -> tuple[str, bool, float]:
    return (text, True, indent)


# ------------------------------------------------------------------------------------------ tables


def test_rw11_assignment_grid_rows_come_as_cells(settings: Settings) -> None:
    loaded = load_file(_need(RW11), settings)
    tables = _cells(loaded.blocks)
    assert list(tables) == [0]
    rows = tables[0]
    assert sorted(rows) == [0, 1, 2, 3, 4]
    assert rows[0] == {
        0: "TT",
        1: "Nội dung nhiệm vụ",
        2: "Cơ quan chủ trì",
        3: "Cơ quan phối hợp",
        4: "Thời gian hoàn thành",
    }
    assert rows[1] == {
        0: "1",
        1: 'Vận động Quỹ "Vì người nghèo" tháng cao điểm',
        2: "Ban Phong trào",
        3: "Hội Nông dân tỉnh, Hội LHPN tỉnh",
        4: "Trước 30/11/2026",
    }
    # Wrapped cells are one paragraph each; a cell never takes its neighbour's words.
    assert rows[2][1] == "Giám sát việc thực hiện chính sách bảo hiểm y tế học sinh"
    assert (rows[2][2], rows[2][4]) == ("Ban Dân chủ - Pháp luật", "Quý III/2026")
    assert (rows[4][2], rows[4][3], rows[4][4]) == (
        "Văn phòng",
        "Ban Dân chủ - Pháp luật",
        "Trước 05/12/2026",
    )
    # Row-major order, at the table's place between the paragraph that announces it and the next one.
    cells = [b.cell for b in loaded.blocks if b.cell]
    assert cells == sorted(cells)
    texts = [b.text for b in loaded.blocks]
    first = next(i for i, b in enumerate(loaded.blocks) if b.cell)
    last = max(i for i, b in enumerate(loaded.blocks) if b.cell)
    assert texts[first - 1].endswith("tại bảng sau:")
    assert texts[last + 1].startswith("Các ban, đơn vị được phân công chủ trì")
    # Text inside the table is not given a second time as loose lines.
    assert not any(
        "Ban Phong trào" in b.text or "Quý III/2026" in b.text for b in loaded.blocks if not b.cell
    )


def test_table_across_a_page_break_keeps_its_number_and_drops_the_repeated_header(
    tmp_path: Path, settings: Settings
) -> None:
    pdf = _pdf()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "KẾ HOẠCH PHÂN CÔNG NHIỆM VỤ", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(
        0, 6, "Ban Thường trực phân công nhiệm vụ cụ thể tại bảng sau:", new_x="LMARGIN", new_y="NEXT"
    )
    # A framed note (a one-column box) and a row of number boxes: ruled layouts, not tables.
    y = pdf.get_y() + 2
    pdf.rect(20, y, 170, 14)
    pdf.text(23, y + 6, "Lưu ý: các đơn vị gửi báo cáo đúng thời hạn quy định.")
    pdf.text(23, y + 12, "Số lý lịch đảng viên:")
    for i, digit in enumerate("001075"):
        pdf.rect(70 + i * 7, y + 7, 7, 6)
        pdf.text(72 + i * 7, y + 12, digit)
    pdf.set_y(y + 20)
    rows = [("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn")]
    for i in range(1, 31):
        task = f"Nhiệm vụ số {i}: tổ chức tuyên truyền tại khu dân cư số {i}"
        if i == 3:
            task += " và vận động hội viên, đoàn viên tham gia đầy đủ"  # wraps inside its cell
        lead = "Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã" if i % 2 else "Ban Tuyên giáo"
        rows.append((str(i), task, lead, f"Trước {i:02d}/12/2026"))
    with pdf.table(col_widths=(10, 80, 50, 30), text_align="LEFT", line_height=6) as table:  # header repeats
        for data in rows:
            row = table.row()
            for text in data:
                row.cell(text)
    pdf.multi_cell(
        0, 6, "Các đơn vị được phân công chủ trì chủ động xây dựng kế hoạch.", new_x="LMARGIN", new_y="NEXT"
    )
    path = tmp_path / "bảng hai trang.pdf"
    pdf.output(str(path))

    loaded = load_file(path, settings)
    tables = _cells(loaded.blocks)
    assert list(tables) == [0]
    got = tables[0]
    assert sorted(got) == list(range(31))  # one header row, 30 data rows, numbered on
    assert {b.page for b in loaded.blocks if b.cell} == {1, 2}
    for i, data in enumerate(rows):
        assert got[i] == dict(enumerate(data)), i
    assert sum(1 for b in loaded.blocks if b.text == "Nội dung nhiệm vụ") == 1
    plain = [b.text for b in loaded.blocks if not b.cell]
    assert "Lưu ý: các đơn vị gửi báo cáo đúng thời hạn quy định." in plain
    assert any(t.startswith("Số lý lịch đảng viên:") for t in plain)
    assert plain[-1] == "Các đơn vị được phân công chủ trì chủ động xây dựng kế hoạch."
    assert [b.cell for b in loaded.blocks if b.cell] == sorted(b.cell for b in loaded.blocks if b.cell)


def _grid(pdf, top: float, xs: list[float], rows: list[tuple[float, list[str]]]) -> None:
    """Draw a ruled grid: column edges ``xs`` (mm), rows of (height, cell text wrapped to the cell)."""
    pdf.set_font("DejaVu", "", 11)
    y = top
    for height, cells in rows:
        for x0, x1, text in zip(xs[:-1], xs[1:], cells, strict=True):
            pdf.rect(x0, y, x1 - x0, height)
            pdf.set_xy(x0, y + 1)
            pdf.multi_cell(x1 - x0, 5.5, text)
        y += height


def test_row_cut_by_a_page_break_is_one_row_citing_both_pages(tmp_path: Path, settings: Settings) -> None:
    pdf = _pdf()
    xs = [20.0, 32.0, 120.0, 190.0]
    _page(pdf, [_bold("PHÂN CÔNG THỰC HIỆN"), _body("Các cơ quan thực hiện theo bảng phân công dưới đây:")])
    _grid(
        pdf,
        215,
        xs,
        [
            (8, ["TT", "Nội dung", "Chủ trì"]),
            (8, ["1", "Rà soát danh sách cử tri", "Công an xã"]),
            (
                14,
                [
                    "2",
                    "Tổ chức hội nghị tập huấn nghiệp vụ công tác bầu cử cho cán bộ, đảng viên và",
                    "Ban Tuyên giáo",
                ],
            ),
        ],
    )
    pdf.set_font("DejaVu", "", 9)
    pdf.text(100, 287, "Trang 1/2")
    pdf.add_page()
    _grid(
        pdf,
        20,
        xs,
        [
            (8, ["", "chi hội trưởng các thôn", ""]),
            (8, ["3", "Tổng kết, báo cáo kết quả", "Văn phòng"]),
        ],
    )
    pdf.set_font("DejaVu", "", 11)
    pdf.text(20, 50, "Kế hoạch này được phổ biến đến chi bộ.")
    path = tmp_path / "split_row.pdf"
    pdf.output(str(path))

    loaded = load_file(path, settings)
    got = _cells(loaded.blocks)
    assert list(got) == [0] and sorted(got[0]) == [0, 1, 2, 3]  # same layout: the same table goes on
    assert got[0][2][1] == (
        "Tổ chức hội nghị tập huấn nghiệp vụ công tác bầu cử cho cán bộ, đảng viên và chi hội trưởng các thôn"
    )
    assert got[0][3] == {0: "3", 1: "Tổng kết, báo cáo kết quả", 2: "Văn phòng"}
    cut = next(b for b in loaded.blocks if b.cell == (0, 2, 1))
    assert (cut.page, cut.pages) == (1, (1, 2))


def header_cut_by_a_page_break(path: Path, rows: list[list[str]], same_columns: bool = True) -> Path:
    """A plan whose task table starts at the foot of page 1 with its header's first line ("TT | Nội dung |
    Đơn vị chủ | Thời gian") and goes on at the top of page 2 with the header's second line ("| công việc |
    trì | hoàn thành") and the data ``rows``, as an office prints a header row allowed to break across
    pages (trial 25's plan). ``same_columns`` false: page 2's table has other columns."""
    pdf = _pdf()
    xs = [20.0, 32.0, 100.0, 150.0, 190.0]
    _page(
        pdf,
        [
            _bold("KẾ HOẠCH"),
            _body("Hỗ trợ hội viên trồng cây dược liệu năm 2031"),
            _bold("III. PHÂN CÔNG THỰC HIỆN"),
            _body("Các đơn vị thực hiện theo bảng phân công dưới đây:"),
        ],
    )
    _grid(pdf, 272, xs, [(8, ["TT", "Nội dung", "Đơn vị chủ", "Thời gian"])])
    pdf.add_page()
    xs2 = xs if same_columns else [20.0, 60.0, 190.0]
    top = [["", "công việc", "trì", "hoàn thành"]] if same_columns else []
    _grid(pdf, 20, xs2, [(8, r) for r in top] + [(14, r) for r in rows])
    pdf.set_font("DejaVu", "", 11)
    pdf.text(20, 20 + 8 * len(top) + 14 * len(rows) + 10, "Ban Kiểm tra giám sát việc thực hiện kế hoạch.")
    pdf.output(str(path))
    return path


def test_header_cut_by_a_page_break_is_one_header_row(tmp_path: Path, settings: Settings) -> None:
    """Trial 25: the header's first line alone at the foot of page 1 was no table (one row), so the
    table's columns were named "công việc | trì | hoàn thành" and had no roles: no duty, no first line."""
    rows = [
        ["1", "Khảo sát nhu cầu trồng dược liệu", "Hội Nông dân các xã", "Trước 30/6/2031"],
        ["2", "Mở lớp tập huấn kỹ thuật trồng sâm", "Ban Kinh tế - Xã hội", "Tháng 8/2031"],
    ]
    loaded = load_file(header_cut_by_a_page_break(tmp_path / "cut_header.pdf", rows), settings)
    got = _cells(loaded.blocks)
    assert list(got) == [0] and sorted(got[0]) == [0, 1, 2]
    assert got[0][0] == {0: "TT", 1: "Nội dung công việc", 2: "Đơn vị chủ trì", 3: "Thời gian hoàn thành"}
    assert got[0][2] == dict(enumerate(rows[1]))
    head = next(b for b in loaded.blocks if b.cell == (0, 0, 2))
    assert (head.page, head.pages) == (1, (1, 2))


def test_a_lone_ruled_row_before_other_columns_is_no_table(tmp_path: Path, settings: Settings) -> None:
    """A single ruled row at a page's foot that the next page's table does not go on from (other columns)
    stays plain text: one row is no data table."""
    rows = [["1", "Khảo sát nhu cầu trồng dược liệu"], ["2", "Mở lớp tập huấn kỹ thuật trồng sâm"]]
    path = header_cut_by_a_page_break(tmp_path / "lone_row.pdf", rows, same_columns=False)
    loaded = load_file(path, settings)
    assert not any(b.cell and b.page == 1 for b in loaded.blocks)
    assert any("Đơn vị chủ" in b.text for b in loaded.blocks if not b.cell)


def test_number_wrapped_in_a_narrow_cell_is_one_number(tmp_path: Path, settings: Settings) -> None:
    """A cell too narrow for "150.000.000" prints "150.000." / "000": the wrap is no space inside the
    number (trial 19: "150.000.00 0" in a commune's target), while a wrapped name keeps its space and two
    numbers of one cell stay two numbers."""
    pdf = _pdf()
    _page(pdf, [_bold("CHỈ TIÊU VẬN ĐỘNG"), _body("Giao chỉ tiêu cho các đơn vị theo bảng sau:")])
    _grid(
        pdf,
        50,
        [20.0, 30.0, 52.0, 72.0, 100.0],
        [
            (14, ["TT", "Đơn vị", "Chỉ tiêu (đồng)", "Ghi chú"]),
            (20, ["1", "Xã Minh Quang", "150.000.000", "Năm 2025: 120.000 130.000"]),
            (20, ["2", "Thị trấn Vĩnh Lộc", "2.450.000.000", "Đạt"]),
        ],
    )
    pdf.set_font("DejaVu", "", 11)
    pdf.text(20, 120, "Các đơn vị nộp tiền vận động trước ngày 30/11/2026.")
    path = tmp_path / "narrow_cells.pdf"
    pdf.output(str(path))

    rows = _cells(load_file(path, settings).blocks)[0]
    assert rows[1] == {0: "1", 1: "Xã Minh Quang", 2: "150.000.000", 3: "Năm 2025: 120.000 130.000"}
    assert (rows[2][1], rows[2][2]) == ("Thị trấn Vĩnh Lộc", "2.450.000.000")
    document = parse(load_file(path, settings), str(path))
    assert "1 | Xã Minh Quang | 150.000.000 | Năm 2025: 120.000 130.000" in document.text
    assert "2 | Thị trấn Vĩnh Lộc | 2.450.000.000 | Đạt" in document.text


@pytest.mark.parametrize(
    "rel",
    [
        "external/party_docs_hanoi_sotay/hd38.pdf",  # framed paragraphs, number boxes
        "external/party_docs_hanoi_sotay/huongdan21.pdf",  # a ruled flowchart
        "realworld-cases/rw02-dup-docx-signedpdf/kh_lichsu_cumtruong_signed.pdf",  # rules under the header
        "realworld-cases/rw10-pdf-header-footer-pagebreak/header_footer_pagebreak.pdf",
    ],
)
def test_ruled_layouts_are_not_tables(rel: str, settings: Settings) -> None:
    loaded = load_file(_need(SHARED / rel), settings)
    assert not [b.text for b in loaded.blocks if b.cell]
    assert len(loaded.blocks) > 10


# ------------------------------------------------------------------------------------ page furniture


def test_rw10_running_header_is_gone_and_the_split_sentence_is_whole(settings: Settings) -> None:
    doc = parse(load_file(_need(RW10), settings), RW10.name)
    assert "Kế hoạch số 112-KH/TĐTN - Chiến dịch" not in doc.text
    assert "Trang 1/2" not in doc.text and "Trang 2/2" not in doc.text
    sentence = "ra quân Chiến dịch đồng loạt trong ngày 15/6/2026"
    para = next(p for p in doc.paragraphs if sentence in p.text)
    assert para.text.endswith("(qua Ban Phong trào) trước ngày 31/8/2026.")
    assert (para.page, para.pages) == (1, [1, 2])


def test_rw10_answer_quotes_the_whole_sentence_and_cites_both_pages(
    tmp_path: Path, settings: Settings, embedder
) -> None:
    from assistant.answer.render import citation_line
    from assistant.api import Assistant
    from assistant.indexer import Indexer

    local = replace(settings, index_dir=tmp_path / "index", documents_dir=tmp_path / "docs")
    report = Indexer(local, embedder=embedder).add_files([_need(RW10)])
    assert not report.all_failed
    answer = Assistant(local, embedder=embedder).ask(
        "Các huyện đoàn phải ra quân Chiến dịch vào ngày nào và báo cáo kết quả trước ngày nào?"
    )
    quotes = [c for c in answer.citations if "đồng loạt trong ngày 15/6/2026" in c.quote]
    assert quotes, answer.text
    for c in quotes:
        assert "TỈNH ĐOÀN QUẢNG NAM" not in c.quote and "Kế hoạch số" not in c.quote
        assert (c.page, c.pages) == (1, (1, 2))
        assert "1–2" in citation_line(c)
    assert any("31/8/2026" in c.quote for c in answer.citations)


@pytest.fixture(scope="module")
def furniture_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four pages: a running header on pages 2-3 only, a one-off note and a letterhead echo on top of
    later pages, page numbers in two styles, a sentence cut at "đồng|loạt" and a word hyphenated "bầu-|cử"."""
    pdf = _pdf()
    _page(
        pdf,
        [
            _bold("ĐẢNG BỘ XÃ AN PHÚ"),
            _body("Số: 15-KH/ĐU"),
            _bold("KẾ HOẠCH", 70),
            _bold("Tuyên truyền bầu cử đại biểu năm 2026", 40),
            _body("Thực hiện chỉ đạo của cấp trên, Ban Thường vụ Đảng ủy xã ban hành kế hoạch như sau:", 8),
            _bold("I. MỤC ĐÍCH, YÊU CẦU"),
            _body("1. Nâng cao nhận thức của cán bộ, đảng viên và nhân dân về ý nghĩa của cuộc bầu", 8),
            _body("cử, tạo không khí phấn khởi, tin tưởng trong các tầng lớp nhân dân trên địa bàn xã."),
            _bold("II. NỘI DUNG"),
            _body("1. Các chi bộ tổ chức quán triệt kế hoạch này đến toàn thể đảng viên và quần chúng", 8),
            _body("nhân dân; thời gian hoàn thành trước ngày 15/3/2026 và báo cáo kết quả về Đảng ủy."),
            _body("2. Các chi bộ, tổ chức đoàn thể ở thôn tổ chức hội nghị cử tri và ra quân đồng", 8),
        ],
        footer="- 1 -",
    )
    _page(
        pdf,
        [
            _body("Tài liệu hội nghị cán bộ chủ chốt"),
            _body("Bản gửi các chi bộ trực thuộc"),
            _body("loạt trong tháng 3/2026; mỗi thôn treo ít nhất 05 băng rôn, khẩu hiệu tuyên truyền."),
            _body(
                "3. Mặt trận Tổ quốc xã chủ trì phối hợp với các đoàn thể vận động cử tri tham gia bầu-", 8
            ),
        ],
        footer="- 2 -",
    )
    _page(
        pdf,
        [
            _body("Tài liệu hội nghị cán bộ chủ chốt"),
            _body("cử đầy đủ, đúng luật; báo cáo kết quả vận động trước ngày 20/5/2026 về Đảng ủy xã."),
            _bold("III. TỔ CHỨC THỰC HIỆN"),
            _body("Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện kế hoạch này.", 8),
        ],
        footer="Trang 3/4",
    )
    _page(
        pdf,
        [
            _body("ĐẢNG BỘ XÃ AN PHÚ - KẾ HOẠCH SỐ 15-KH/ĐU"),
            _body("Ban Tuyên giáo Đảng ủy phối hợp với Đài truyền thanh xã mở chuyên mục bầu cử.", 8),
            _bold("T/M BAN THƯỜNG VỤ", 90),
            _bold("BÍ THƯ", 100),
            _bold("Nguyễn Văn An", 95),
        ],
        footer="Trang 4/4",
    )
    path = tmp_path_factory.mktemp("pdf") / "ke_hoach.pdf"
    pdf.output(str(path))
    return path


def test_furniture_on_only_some_pages_is_removed(furniture_pdf: Path, settings: Settings) -> None:
    loaded = load_file(furniture_pdf, settings)
    printed = "\n".join(b.text for b in loaded.blocks)
    assert "Tài liệu hội nghị cán bộ chủ chốt" in printed and "- 2 -" in printed  # the loader keeps all
    doc = parse(loaded, furniture_pdf.name)
    for furniture in (
        "Tài liệu hội nghị cán bộ chủ chốt",  # running header on two of four pages
        "Bản gửi các chi bộ trực thuộc",  # a one-off line wedged into a sentence
        "ĐẢNG BỘ XÃ AN PHÚ - KẾ HOẠCH SỐ",  # the document's own short title on a later page
        "- 1 -",
        "- 2 -",
        "Trang 3/4",
        "Trang 4/4",
    ):
        assert furniture not in doc.text, furniture
    assert doc.meta.number == "15-KH/ĐU"
    assert "Đài truyền thanh xã mở chuyên mục bầu cử" in doc.text


def test_sentence_and_hyphenated_word_split_by_page_breaks_are_rejoined(
    furniture_pdf: Path, settings: Settings
) -> None:
    doc = parse(load_file(furniture_pdf, settings), furniture_pdf.name)
    joined = next(p for p in doc.paragraphs if "ra quân đồng loạt trong tháng 3/2026;" in p.text)
    assert joined.text.startswith("2. Các chi bộ") and joined.text.endswith("khẩu hiệu tuyên truyền.")
    assert joined.pages == [1, 2]
    hyphen = next(p for p in doc.paragraphs if "vận động cử tri tham gia bầu cử đầy đủ, đúng luật;" in p.text)
    assert hyphen.pages == [2, 3]
    assert "bầu-" not in doc.text


def test_numbered_headings_repeated_at_page_tops_are_not_furniture(settings: Settings) -> None:
    """The Youth Union charter starts several pages with "Điều N:": headings, never running headers."""
    path = _need(SHARED / "external" / "doan_thanhnien_phucthinh" / "ĐIỀU LỆ ĐOÀN KHÓA XI.pdf")
    doc = parse(load_file(path, settings), path.name)
    for n in (2, 7, 16, 21, 39):
        assert f"Điều {n}:" in doc.text, n


def test_numbered_item_under_a_capitals_heading_is_its_own_paragraph(settings: Settings) -> None:
    """rw02's signed PDF prints "III. THỜI GIAN, ..." and "1. Thời gian" on consecutive full-width lines."""
    loaded = load_file(_need(RW02), settings)
    texts = [b.text for b in loaded.blocks]
    assert "III. THỜI GIAN, HÌNH THỨC VÀ THÀNH PHẦN THAM DỰ" in texts
    assert any(t.startswith("1. Thời gian") for t in texts)


# ------------------------------------------------------------------------------------------ columns


def test_two_column_page_with_a_table_keeps_each_column_in_order(tmp_path: Path, settings: Settings) -> None:
    """A report set in two columns (Word / LibreOffice "Columns: 2") with a ruled table in the first: the
    table stays between the first column's lines above and below it, and the second column follows the
    first, so a sentence cut by the column break is whole under its own heading (trial 27's layout)."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.text(60, 20, "BÁO CÁO KẾT QUẢ SÁU THÁNG")
    left = [
        ("I. KẾT QUẢ", True),
        ("1. Toàn huyện có 3.140 hộ đăng ký thi đua,", False),
        ("vượt 6% chỉ tiêu năm.", False),
        ("2. Kết quả từng xã ở bảng dưới đây:", False),
    ]
    y = 32.0
    for text, bold in left:
        pdf.set_font("DejaVu", "B" if bold else "", 10)
        pdf.text(15, y, text)
        y += 6
    rows = [(8.0, ["Xã", "Số hộ"]), (8.0, ["Xã Phù Vân", "1.020"]), (8.0, ["Xã Hạ Lâm", "2.120"])]
    _grid(pdf, y, [15.0, 60.0, 95.0], rows)
    y += 24 + 8
    for text, bold in [
        ("II. HẠN CHẾ", True),
        ("Việc nhân rộng mô hình còn chậm; một", False),
        ("số chi hội chưa", False),
    ]:
        pdf.set_font("DejaVu", "B" if bold else "", 10)
        pdf.text(15, y, text)
        y += 6
    y = 32.0
    for text, bold in [
        ("hướng dẫn hội viên bán hàng qua mạng.", False),
        ("III. NHIỆM VỤ CUỐI NĂM", True),
        ("1. Các chi hội rà soát hộ vay vốn quá hạn,", False),
        ("báo cáo trước ngày 15/11/2030.", False),
        ("2. Văn phòng tổng hợp kết quả thi đua.", False),
        ("3. Ban Kinh tế hướng dẫn xây dựng mô hình", False),
        ("mới ở các xã vùng cao trong quý IV.", False),
    ]:
        pdf.set_font("DejaVu", "B" if bold else "", 10)
        pdf.text(110, y, text)
        y += 6
    path = tmp_path / "two_columns.pdf"
    pdf.output(str(path))

    doc = parse(load_file(path, settings), path.name)
    texts = [p.text for p in doc.paragraphs]
    limits = next(t for t in texts if t.startswith("Việc nhân rộng"))
    assert limits.endswith("số chi hội chưa hướng dẫn hội viên bán hàng qua mạng."), texts
    order = [next(i for i, t in enumerate(texts) if t.startswith(s)) for s in (
        "2. Kết quả từng xã", "Xã Hạ Lâm", "II. HẠN CHẾ", "Việc nhân rộng", "III. NHIỆM VỤ", "3. Ban Kinh tế"
    )]
    assert order == sorted(order), texts
    tasks = next(t for t in texts if t.startswith("3. Ban Kinh tế"))
    assert tasks.endswith("ở các xã vùng cao trong quý IV."), texts
