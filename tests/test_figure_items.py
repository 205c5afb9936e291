"""A figure belongs to the item the question names (trial 32 n09, q21, p20), through a real ``Assistant``
on a report written here as Word (a real table) and as text with a Markdown pipe table:

- a table row sharing the question's head noun ("Lớp tập huấn ...") but not the words telling its item
  from the others ("kỹ thuật chăn nuôi") is another item's: no figure line, and when it is the only quote
  writing the amount asked, an abstention; the row of the item asked still answers;
- a prose sentence writing a figure in the unit asked that is not the figure asked ("hoàn thành 15 căn ...
  còn lại" for the plan's count, "vượt kế hoạch năm 3 km" for the amount achieved) does not hold the
  first place before the table row that states it: the row leads the quotes, with its line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pipe_table

HEAD = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2035", "Thực hiện 6 tháng"]
HEAD.append("Tỷ lệ so với kế hoạch (%)")
ROWS = [
    ["1", "Mô hình dân vận khéo được công nhận", "mô hình", "30", "21", "70,0"],
    ["2", "Đường bê tông liên thôn làm mới", "km", "18", "21", "116,7"],
    ["3", 'Nhà "Tình nghĩa" xây mới', "căn", "45", "30", "66,7"],
    ["4", "Lớp tập huấn nghiệp vụ công tác dân vận cho cán bộ thôn", "lớp", "8", "8", "100,0"],
]
OPENING = [
    "HUYỆN ỦY MINH KHÊ",
    "BAN DÂN VẬN",
    "Số: 22-BC/BDVHU",
    "Minh Khê, ngày 04 tháng 7 năm 2035",
    "BÁO CÁO",
    "Kết quả công tác dân vận 6 tháng đầu năm 2035",
    "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    "1. Kết quả các chỉ tiêu chủ yếu như sau:",
]
CLOSING = [
    "2. Đường bê tông liên thôn làm mới vượt kế hoạch năm 3 km ngay trong 6 tháng đầu năm.",
    "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
    '1. Ủy ban MTTQ huyện phối hợp với các xã hoàn thành 15 căn nhà "Tình nghĩa" xây mới còn lại trong năm'
    " 2035.",
    "2. Các chi bộ thôn tiếp tục nhân rộng mô hình dân vận khéo trong phát triển kinh tế.",
    "TM. BAN DÂN VẬN",
    "TRƯỞNG BAN",
    "Hà Văn Toàn",
]


def _docx(path: Path) -> Path:
    return write_docx_table(path, OPENING, HEAD, ROWS, CLOSING)


def _txt(path: Path) -> Path:
    return write_pipe_table(path, OPENING, HEAD, ROWS, CLOSING)


@pytest.fixture(scope="module", params=["docx", "txt"])
def report(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"items_{request.param}")
    made = (_docx if request.param == "docx" else _txt)(root / f"BC-22-BDVHU.{request.param}")
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {made.name: made})


def _first_quote(answer) -> str:
    """The first quote other than the table's header row (quoted above the first row asked)."""
    header = " | ".join(HEAD)
    return next(line for line in answer.text.splitlines() if line.startswith("- ") and header not in line)


def test_another_items_row_is_no_answer(report) -> None:
    """Only the courses on mass-mobilisation work are counted; the livestock courses asked are not."""
    q = "Số lớp tập huấn kỹ thuật chăn nuôi 6 tháng đầu năm 2035 đạt bao nhiêu phần trăm kế hoạch?"
    answer = report.ask(q)
    assert answer.abstained, answer.text


def test_the_items_own_row_answers(report) -> None:
    q = "Số lớp tập huấn nghiệp vụ công tác dân vận 6 tháng đầu năm 2035 đạt bao nhiêu phần trăm kế hoạch?"
    answer = report.ask(q)
    assert first_line(answer).startswith("Số liệu: 100,0%"), answer.text


def test_the_plans_row_leads_before_the_remaining_count(report) -> None:
    answer = report.ask('Kế hoạch năm 2035 xây mới bao nhiêu căn nhà "Tình nghĩa"?')
    assert first_line(answer).startswith("Số liệu: 45 căn"), answer.text
    assert "45" in _first_quote(answer) and "[1]" in _first_quote(answer), answer.text


def test_the_achieved_row_leads_before_the_excess(report) -> None:
    answer = report.ask("Đường bê tông liên thôn làm mới 6 tháng đầu năm 2035 được bao nhiêu km?")
    assert first_line(answer).startswith("Số liệu: 21 km"), answer.text
    assert "21" in _first_quote(answer) and "vượt" not in _first_quote(answer), answer.text


PLAN = [
    "HỘI NÔNG DÂN XÃ PHÚ LÂM",
    "Số: 09/KH-HND",
    "Phú Lâm, ngày 05 tháng 01 năm 2036",
    "KẾ HOẠCH",
    'Thực hiện mô hình "Tổ hợp tác trồng rau sạch theo chuỗi liên kết" năm 2036',
    "I. MỤC ĐÍCH, YÊU CẦU",
    '1. Duy trì mô hình "Tổ hợp tác trồng rau sạch theo chuỗi liên kết" tại 6 chi hội'
    " nông dân thôn.",
    "2. Năm 2035 mô hình thu về 340 triệu đồng, giúp 27 hộ hội viên có việc làm; năm 2036 phấn đấu đạt 400"
    " triệu đồng.",
    "II. KINH PHÍ",
    "Tổng kinh phí thực hiện: 22.000.000 đồng, do ngân sách xã hỗ trợ.",
    "(Kinh phí năm 2035 là 18.000.000 đồng.)",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lương Văn Tiến",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    from tests.conftest import assistant_as

    return assistant_as(request.param, tmp_path_factory, embedder, "KH-09-HND", PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "Kinh phí năm 2035 của mô hình tổ hợp tác trồng rau sạch theo chuỗi liên kết là bao"
        " nhiêu?",
        "Kinh phi nam 2035 cua mo hinh to hop tac trong rau sach theo chuoi lien ket la bao"
        " nhieu?",
    ],
)
def test_a_sum_whose_matter_the_subject_line_names(plan, question) -> None:
    """The sentence writes the year's budget without the model's long name, which the subject line gives
    (read alone it covers too little of the question); the money the model brought in that year ("thu về
    340 triệu đồng") is no budget."""
    answer = plan.ask(question)
    assert first_line(answer).startswith("Số liệu: 18.000.000 đồng"), answer.text
    assert "18.000.000" in _first_quote(answer), answer.text


LETTER = [
    "ỦY BAN MTTQ VIỆT NAM HUYỆN SƠN TRÀ",
    "BAN THƯỜNG TRỰC",
    "Số: 41/MTTQ-BTT",
    "Sơn Trà, ngày 20 tháng 10 năm 2031",
    "V/v hỗ trợ các hộ bị thiệt hại do lũ quét",
    "Kính gửi: Ban Thường trực Ủy ban MTTQ các xã, thị trấn",
    "Từ nguồn Quỹ Cứu trợ huyện, Ban Thường trực Ủy ban MTTQ huyện hỗ trợ các hộ bị thiệt hại như sau:",
    "Hộ có nhà bị sập đổ hoàn toàn hoặc bị cuốn trôi được hỗ trợ 25.000.000 đồng/hộ; hộ có nhà bị hư hỏng"
    " nặng được hỗ trợ 7.000.000 đồng/hộ; gia đình có người chết do lũ quét được hỗ trợ 12.000.000"
    " đồng/người.",
    "Ban Thường trực Ủy ban MTTQ các xã lập danh sách gửi về huyện trước ngày 30/10/2031.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Đinh Thị Hạnh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def letter(request, tmp_path_factory, embedder):
    from tests.conftest import assistant_as

    return assistant_as(request.param, tmp_path_factory, embedder, "CV-41-MTTQ", LETTER)


def test_a_rate_per_the_unit_asked(letter) -> None:
    """Asked per household, a sum per person (whose clause names the flood as the question does) is
    another case's rate: the collapsed house's sum per household is the figure (trial 29 p73)."""
    answer = letter.ask("How much money per household is given for a collapsed house after the flood?")
    assert first_line(answer).startswith("Figure: 25.000.000 đồng/hộ"), answer.text
