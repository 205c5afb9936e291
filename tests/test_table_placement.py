"""Where a table sits in the section tree, the same in every format (HTML, Markdown, text, Word, PDF).

A trial on a newcomer's documents cited the rows of a table placed after the last item of a section as
that item ("III › 3. Đề nghị phối hợp", "III › 5."), and an HTML ``<caption>`` was dropped. Now:

- a table with a title (an HTML caption, a bold or capitals line such as "BẢNG TIẾN ĐỘ THỰC HIỆN" right
  above it) has a section of its own beside the item before it;
- an untitled table after the last item of a list speaks for the list's parent, as plain paragraphs
  there do;
- a table the item announces ("... theo bảng sau:") stays under that item, titled or not.

Each document is written here as a real file, loaded and parsed (``load_file``, ``parse``); one PDF is
indexed and asked through ``Assistant`` for the cited section.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import DEJAVU, assistant_over

HEAD = [
    "ĐẢNG BỘ XÃ TÂN HÒA",
    "Số 12-KH/ĐU",
    "KẾ HOẠCH",
    "tuyên truyền kỷ niệm ngày thành lập Đảng năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao nhận thức của cán bộ, đảng viên về truyền thống của Đảng.",
    "II. NHIỆM VỤ",
    "1. Ban Tuyên giáo chủ trì tổ chức tuyên truyền trên hệ thống truyền thanh xã.",
]
LAST = "2. Đề nghị Mặt trận và các đoàn thể phối hợp tuyên truyền trong hội viên."
ANNOUNCING = "2. Các chi bộ tổ chức các hoạt động theo bảng sau:"
TITLE = "BẢNG TIẾN ĐỘ THỰC HIỆN"
ROWS = [
    ("TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"),
    ("1", "Hội nghị báo cáo viên mở rộng", "Ban Tuyên giáo", "Tháng 01/2026"),
    ("2", "Thi tìm hiểu lịch sử Đảng bộ xã", "Đoàn Thanh niên", "Tháng 02/2026"),
]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện kế hoạch này."]
FORMATS = ["html", "md", "txt", "docx", "pdf"]


def _write(path: Path, item: str, title: str | None, caption: bool = False) -> Path:
    """The plan with ``item`` last under II, then the table (titled by a line above it or, in HTML with
    ``caption``, by its <caption>), then III."""
    before, after = [*HEAD, item], TAIL
    fmt = path.suffix[1:]
    if fmt == "html":
        cap = f"<caption>{title}</caption>" if title and caption else ""
        above = f"<p><b>{title}</b></p>" if title and not caption else ""
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
        html = "".join(f"<p>{x}</p>" for x in before) + above + f"<table>{cap}{rows}</table>"
        path.write_text(f"<html><body>{html}{''.join(f'<p>{x}</p>' for x in after)}</body></html>")
    elif fmt in {"md", "txt"}:
        grid = ["| " + " | ".join(ROWS[0]) + " |", "|---|---|---|---|"]
        grid += ["| " + " | ".join(r) + " |" for r in ROWS[1:]]
        above = [f"**{title}**" if fmt == "md" else title] if title else []
        path.write_text("\n\n".join([*before, *above, "\n".join(grid), *after]) + "\n", encoding="utf-8")
    elif fmt == "docx":
        import docx

        d = docx.Document()
        for line in before + ([title] if title else []):
            d.add_paragraph(line)
        table = d.add_table(rows=len(ROWS), cols=len(ROWS[0]))
        for r, row in enumerate(ROWS):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        for line in after:
            d.add_paragraph(line)
        d.save(str(path))
    else:
        from fpdf import FPDF

        if not DEJAVU.is_file():
            pytest.skip("DejaVu Sans (fonts-dejavu-core) not installed")
        pdf = FPDF(format="A4")
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.add_font("DejaVu", "B", str(DEJAVU.with_name("DejaVuSans-Bold.ttf")))
        pdf.add_page()
        pdf.set_font("DejaVu", "", 11)
        for line in before + ([title] if title else []):
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(col_widths=(10, 80, 50, 30), text_align="LEFT", line_height=6) as table:
            for data in ROWS:
                row = table.row()
                for text in data:
                    row.cell(text)
        for line in after:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.output(str(path))
    return path


def _row_paths(path: Path) -> dict[str, list[str]]:
    """Each paragraph naming a table row's activity -> its section path; and the title's."""
    doc = parse(load_file(path, Settings.from_env()), str(path))
    sections = {s.id: s for s in doc.sections}
    out = {}
    for p in doc.paragraphs:
        for key in ("Hội nghị báo cáo viên", "Thi tìm hiểu", TITLE, "Văn phòng Đảng ủy theo dõi"):
            if key in p.text:
                out[key] = sections[p.section_id].path
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_titled_table_after_the_last_item_has_its_own_section(tmp_path: Path, fmt: str) -> None:
    paths = _row_paths(_write(tmp_path / f"kh.{fmt}", LAST, TITLE))
    assert paths["Hội nghị báo cáo viên"] == ["II. NHIỆM VỤ", TITLE], paths
    assert paths["Thi tìm hiểu"] == ["II. NHIỆM VỤ", TITLE], paths
    assert paths["Văn phòng Đảng ủy theo dõi"] == ["III. TỔ CHỨC THỰC HIỆN"], paths


def test_html_caption_titles_its_table(tmp_path: Path) -> None:
    path = _write(tmp_path / "kh.html", LAST, TITLE, caption=True)
    paths = _row_paths(path)
    assert paths[TITLE] == ["II. NHIỆM VỤ", TITLE], paths  # the caption is read, as the table's heading
    assert paths["Hội nghị báo cáo viên"] == ["II. NHIỆM VỤ", TITLE], paths


@pytest.mark.parametrize("fmt", FORMATS)
def test_untitled_table_after_the_last_item_belongs_to_the_section(tmp_path: Path, fmt: str) -> None:
    paths = _row_paths(_write(tmp_path / f"kh.{fmt}", LAST, None))
    assert paths["Hội nghị báo cáo viên"] == ["II. NHIỆM VỤ"], paths
    assert paths["Thi tìm hiểu"] == ["II. NHIỆM VỤ"], paths


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", [None, TITLE])
def test_table_the_item_announces_stays_under_it(tmp_path: Path, fmt: str, title: str | None) -> None:
    paths = _row_paths(_write(tmp_path / f"kh.{fmt}", ANNOUNCING, title))
    item = "2. Các chi bộ tổ chức các hoạt động theo bảng sau"
    expected = ["II. NHIỆM VỤ", item] + ([TITLE] if title else [])
    assert paths["Hội nghị báo cáo viên"] == expected, paths
    assert paths["Văn phòng Đảng ủy theo dõi"] == ["III. TỔ CHỨC THỰC HIỆN"], paths


def test_table_row_is_cited_under_its_title_not_the_last_item(tmp_path_factory, embedder) -> None:
    root = tmp_path_factory.mktemp("table-cite")
    (root / "src").mkdir()
    pdf = _write(root / "src" / "kh.pdf", LAST, TITLE)
    assistant = assistant_over(root, embedder, {"kh.pdf": pdf})
    answer = assistant.ask("Ai chủ trì thi tìm hiểu lịch sử Đảng bộ xã?")
    cited = [c for c in answer.citations if "Thi tìm hiểu" in c.quote]
    assert cited, answer.text
    assert all(c.section == f"II. NHIỆM VỤ › {TITLE}" for c in cited), [c.section for c in cited]


def test_title_row_spanning_a_word_table_titles_it(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for line in [*HEAD, LAST]:
        d.add_paragraph(line)
    table = d.add_table(rows=len(ROWS) + 1, cols=len(ROWS[0]))
    title = table.cell(0, 0).merge(table.cell(0, len(ROWS[0]) - 1))
    title.text = TITLE
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in TAIL:
        d.add_paragraph(line)
    d.save(str(tmp_path / "kh.docx"))
    paths = _row_paths(tmp_path / "kh.docx")
    assert paths["Hội nghị báo cáo viên"] == ["II. NHIỆM VỤ", TITLE], paths


# (Not PDF: lines printed evenly spaced at one indent, the title would read as the field's line wrapped.)
@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "pdf"])
@pytest.mark.parametrize(
    ("item", "inside"),
    [
        ("2. Tiến độ thực hiện", True),  # a title waiting for its content: the titled table is it
        ("2. Là đại biểu Hội đồng nhân dân (nếu có):..........nhiệm kỳ", False),  # a form's field, complete
    ],
)
def test_titled_table_right_under_a_numbered_title(tmp_path: Path, fmt: str, item: str, inside: bool) -> None:
    paths = _row_paths(_write(tmp_path / f"kh.{fmt}", item, TITLE))
    expected = ["II. NHIỆM VỤ", *([item] if inside else []), TITLE]
    assert paths["Hội nghị báo cáo viên"] == expected, paths


def test_table_after_an_html_ordered_list_belongs_to_the_section(tmp_path: Path) -> None:
    """The items of an <ol> are numbered by the page ("III › 5." was cited for the rows after the list)."""
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    items = "".join(f"<li>Chi bộ số {i} tổ chức tuyên truyền trong đảng viên.</li>" for i in range(1, 6))
    head = "".join(f"<p>{x}</p>" for x in HEAD[:6])
    tail = "".join(f"<p>{x}</p>" for x in TAIL)
    html = f"{head}<p>II. NHIỆM VỤ</p><ol>{items}</ol><table>{rows}</table>{tail}"
    path = tmp_path / "kh.html"
    path.write_text(f"<html><body>{html}</body></html>", encoding="utf-8")
    paths = _row_paths(path)
    assert paths["Hội nghị báo cáo viên"] == ["II. NHIỆM VỤ"], paths
