"""What follows a list of one-paragraph items speaks for the list's parent, not for its last item, and an
outline shows that parent once (trial 21).

- Conditions a)-c) announced by their own lead-in after a list of steps ("Bước 1" .. "Bước 3", then
  "Công trình ... phải bảo đảm:" and "a) ...") stand beside the steps under the steps' heading, not under
  the last step (they were cited as "II › Bước 3"). Plain text in between that is no lead-in ("Hồ sơ gồm:
  ...") is the heading's text too. Steps take their rank where they first appear, so the heading right
  above the first step is their parent.
- A sentence after a list's last lettered item ("Mức hỗ trợ mỗi hộ là 6.000.000 đồng." after c) of 2.5)
  is 2.5's own text, cited as 2.5; the outline (``inspect``, the training pack) shows 2.5 once, not a
  second node with the same number.

In every format: text, Markdown, Word, HTML, PDF. Names and numbers are invented.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.loaders import load_file
from assistant.models import Document, Section
from assistant.parse import parse
from assistant.training.pack import outline
from tests.conftest import dejavu_page, write_docx

STEPS_HEADING = "II. ĐĂNG KÝ CÔNG TRÌNH THANH NIÊN"
CONDITIONS_LEAD = "Công trình được gắn biển cấp huyện phải bảo đảm:"
GUIDE = [
    "HUYỆN ĐOÀN VĨNH AN",
    "Số: 21-HD/HĐTN",
    "Vĩnh An, ngày 10 tháng 4 năm 2029",
    "HƯỚNG DẪN",
    "Tổ chức Chiến dịch tình nguyện hè năm 2029",
    "Ban Thường vụ Huyện đoàn hướng dẫn các cơ sở Đoàn như sau:",
    "I. THỜI GIAN",
    "1. Chiến dịch diễn ra từ ngày 01/6/2029 đến ngày 31/8/2029.",
    "2. Lễ ra quân tổ chức ngày 05/6/2029 tại xã Phú An.",
    STEPS_HEADING,
    "Việc đăng ký công trình được thực hiện theo các bước:",
    "Bước 1: Đoàn xã khảo sát và chọn công trình phù hợp với địa phương.",
    "Bước 2: Gửi phiếu đăng ký về Ban Phong trào Huyện đoàn.",
    "Bước 3: Ban Thường vụ Huyện đoàn thẩm định và thông báo kết quả trong 05 ngày làm việc.",
    CONDITIONS_LEAD,
    "a) Giá trị quy đổi từ 40.000.000 đồng trở lên;",
    "b) Có văn bản đồng thuận của chính quyền xã;",
    "c) Hoàn thành trong thời gian chiến dịch.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Phong trào Huyện đoàn tổng hợp đăng ký trước ngày 25/5/2029.",
    "2. Các cơ sở Đoàn báo cáo kết quả trước ngày 05/9/2029.",
    "Nơi nhận:",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Hà Minh Đức",
]
SUPPORT_HEADING = "2.5. Hộ gia đình được hỗ trợ cải tạo nhà vệ sinh phải có đủ các điều kiện sau:"
SUPPORT_CLOSING = "Mức hỗ trợ mỗi hộ là 6.000.000 đồng."
NOTICE = [
    "HUYỆN ỦY VĨNH AN",
    "Số 87-TB/HU",
    "Vĩnh An, ngày 12 tháng 6 năm 2029",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Huyện ủy về xây dựng xã Phú An đạt chuẩn nông thôn mới",
    "1. Đánh giá chung",
    "Xã Phú An đã bê tông hóa thêm 5,2 km đường trục thôn.",
    "2. Nhiệm vụ thời gian tới",
    "2.1. Đảng ủy xã Phú An hoàn thiện hồ sơ đề nghị công nhận trước ngày 30/9/2029.",
    "2.2. Ủy ban nhân dân huyện bố trí 1,5 tỷ đồng xây dựng điểm thu gom rác trong quý IV năm 2029.",
    "2.3. Ủy ban MTTQ huyện vận động nhân dân hiến đất mở rộng ngõ xóm.",
    "2.4. Hội Cựu chiến binh huyện giúp 15 hộ thoát nghèo trước ngày 31/12/2029.",
    SUPPORT_HEADING,
    "a) Có hộ khẩu thường trú tại xã Phú An từ 03 năm trở lên;",
    "b) Thuộc diện hộ nghèo, hộ cận nghèo hoặc gia đình chính sách;",
    "c) Cam kết đóng góp tối thiểu 30% chi phí cải tạo.",
    SUPPORT_CLOSING,
    "2.6. Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo này.",
    "Nơi nhận:",
    "- Lưu Văn phòng Huyện ủy.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lò Văn Hải",
]


def _html(lines: list[str]) -> str:
    def tag(line: str) -> str:
        heading = line[:3] in {"I. ", "II.", "III"} or line in {"1. Đánh giá chung", NOTICE[7]}
        return f"<h3>{line}</h3>" if heading else f"<p>{line}</p>"

    return "<html><body>" + "".join(tag(line) for line in lines) + "</body></html>"


def _pdf(path: Path, lines: list[str]) -> Path:
    pdf = dejavu_page(10)
    y = 50.0
    for line in lines:
        for piece in textwrap.wrap(line, 60):
            pdf.text(50, y, piece)
            y += 13
        y += 11  # a paragraph's distance: each line given a paragraph of its own
    pdf.output(str(path))
    return path


def _make(tmp_path: Path, fmt: str, lines: list[str]) -> Path:
    path = tmp_path / f"doc.{fmt}"
    if fmt == "docx":
        return write_docx(path, lines)
    if fmt == "pdf":
        return _pdf(path, lines)
    if fmt == "html":
        path.write_text(_html(lines), encoding="utf-8")
    else:
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


def _holding(doc: Document, phrase: str) -> Section:
    para = next(p for p in doc.paragraphs if phrase in p.text)
    sec = doc.section(para.section_id)
    assert sec is not None
    return sec


FORMATS = ["txt", "md", "docx", "html", "pdf"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_conditions_announced_after_steps_stand_beside_the_steps(tmp_path: Path, fmt: str) -> None:
    doc = _doc(_make(tmp_path, fmt, GUIDE))
    steps = _holding(doc, "Bước 3:")
    assert steps.path == [STEPS_HEADING, "Bước 3"], steps.path
    assert _holding(doc, CONDITIONS_LEAD).path == [STEPS_HEADING]
    conditions = (("a", "40.000.000 đồng"), ("b", "văn bản đồng thuận"), ("c", "thời gian chiến dịch"))
    for letter, phrase in conditions:
        assert _holding(doc, phrase).path == [STEPS_HEADING, f"{letter})"], _holding(doc, phrase).path
    assert "40.000.000" not in doc.text[steps.start : steps.end], "the conditions are no part of step 3"


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_step_whose_own_item_announces_a_list_keeps_it(tmp_path: Path, fmt: str) -> None:
    """A lettered list right under a step, announced by that step's own line, is the step's."""
    lines = [x for x in GUIDE if x != CONDITIONS_LEAD]
    lines = [x.replace("trong 05 ngày làm việc.", "theo các tiêu chí:") for x in lines]
    doc = _doc(_make(tmp_path, fmt, lines))
    path = _holding(doc, "40.000.000 đồng").path
    assert path[0] == STEPS_HEADING and path[1].startswith("Bước 3") and path[2:] == ["a)"], path


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_sentence_after_the_last_condition_is_the_items_text_shown_once(tmp_path: Path, fmt: str) -> None:
    path = _make(tmp_path, fmt, NOTICE)
    doc = _doc(path)
    item = next(s for s in doc.sections if s.label == "2.5")
    closing = _holding(doc, SUPPORT_CLOSING)
    assert closing.path == item.path, "cited as 2.5"
    assert closing.start >= next(s for s in doc.sections if s.path[-1:] == ["c)"]).end
    entries = [e for e in outline(doc) if e.label == "2.5"]
    assert len(entries) == 1, [(e.label, e.heading) for e in outline(doc)]
    result = CliRunner().invoke(main, ["inspect", "--json", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [s["path"] for s in data["sections"]].count(item.path) == 1
    assert data["chunks"] == sum(s["chunks"] for s in data["sections"])
    text = CliRunner().invoke(main, ["inspect", str(path)]).output
    assert text.count("2.5. Hộ gia đình") == 1, text


def test_steps_printed_one_a_line_in_a_pdf_are_items_of_their_own(tmp_path: Path) -> None:
    """A PDF whose paragraphs are single lines at one spacing (nothing tells a paragraph's spacing from a
    line's): a line opening with a step's label and its mark after a finished sentence starts an item, as
    "2." or "b)" does ("Bước 2: ..." was glued to "Bước 1: ..." and the list had one step)."""
    pdf = dejavu_page(10)
    for n, line in enumerate(GUIDE):
        pdf.text(50, 50 + 16 * n, line)
    path = tmp_path / "hd.pdf"
    pdf.output(str(path))
    doc = _doc(path)
    for k in (1, 2, 3):
        assert _holding(doc, f"Bước {k}:").path == [STEPS_HEADING, f"Bước {k}"]
