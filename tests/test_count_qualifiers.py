"""Counts read for what the question counts (trials 27 and 28), on documents written here in several formats
(text, Word, PDF, HTML, Markdown), indexed for real and asked through ``Assistant``:

- a word after the counted unit says which of them the question counts ("bao nhiêu hội viên **nữ**?",
  "hội viên **là đảng viên**"): a count written without it ("57 hội viên") is no answer, neither as the
  first line nor for the amount check; one written with it ("230 hội viên nữ") is;
- of two counts of the unit in one sentence, the total asked ("có bao nhiêu hội viên?") is the one that no
  act the question does not write counts ("kết nạp mới 57 hội viên" is a part);
- a count written as a fraction ("19/21 chi hội") is a count, and "hoàn thành tốt nhiệm vụ" is a grade, not
  a duty asked;
- a table row's value is read under the column its unit names ("Sân chơi thiếu nhi: 4"), and a question
  asking the figure of every row ("mỗi mẫu mấy bản?") gets no single figure line.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_paragraphs, write_pdf_lines

REPORT = [
    "HỘI CỰU CHIẾN BINH VIỆT NAM",
    "HỘI CCB HUYỆN KHE SANH",
    "Số: 41/BC-CCB",
    "Khe Sanh, ngày 15 tháng 11 năm 2031",
    "BÁO CÁO",
    "Tổng kết công tác Hội năm 2031",
    "I. Công tác xây dựng tổ chức Hội",
    "Toàn huyện có 21 chi hội với 1.385 hội viên; trong năm kết nạp mới 57 hội viên, tỷ lệ tập hợp đạt "
    "97,4% số cựu chiến binh trên địa bàn. Có 19/21 chi hội được đánh giá hoàn thành tốt nhiệm vụ.",
    "II. Phương hướng năm 2032",
    "1. Củng cố tổ chức cơ sở Hội vững mạnh; giúp 15 hộ thoát nghèo.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Cường",
]

FARMERS = [
    "HỘI NÔNG DÂN XÃ HƯỚNG PHÙNG",
    "Số: 12/BC-HND",
    "Hướng Phùng, ngày 02 tháng 12 năm 2031",
    "BÁO CÁO",
    "Kết quả công tác Hội nông dân xã năm 2031",
    "1. Toàn xã có 640 hội viên, trong đó 230 hội viên nữ sinh hoạt ở 9 chi hội.",
    "2. Hội phối hợp tổ chức 06 lớp tập huấn kỹ thuật trồng cà phê.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Hồ Văn Minh",
]

TABLES_HTML = (
    "<html><body><p><b>ĐOÀN TNCS HỒ CHÍ MINH</b></p><p>BCH ĐOÀN HUYỆN ĐA KRÔNG</p>"
    "<p>Số: 33-KH/HĐTN</p><p>Đa Krông, ngày 05 tháng 5 năm 2031</p><p><b>KẾ HOẠCH</b></p>"
    "<p>Chiến dịch Thanh niên tình nguyện hè năm 2031</p>"
    "<p>I. CHỈ TIÊU GIAO CHO CÁC XÃ</p>"
    "<table><tr><th>TT</th><th>Đơn vị</th><th>Số lượt đoàn viên</th><th>Nhà nhân ái (căn)</th>"
    "<th>Sân chơi thiếu nhi</th></tr>"
    "<tr><td>1</td><td>Xã Tà Rụt</td><td>310</td><td>2</td><td>4</td></tr>"
    "<tr><td>2</td><td>Xã A Ngo</td><td>280</td><td>3</td><td>6</td></tr>"
    "<tr><td>3</td><td>Xã Mò Ó</td><td>190</td><td>1</td><td>5</td></tr></table>"
    "<p>II. HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG</p>"
    "<p>Hồ sơ đề nghị khen thưởng gồm các mẫu sau:</p>"
    "<table><tr><th>Mẫu</th><th>Tên biểu mẫu</th><th>Đơn vị lập</th><th>Số bản</th></tr>"
    "<tr><td>B01</td><td>Tờ trình đề nghị khen thưởng</td><td>Đoàn xã</td><td>02</td></tr>"
    "<tr><td>B02</td><td>Báo cáo thành tích của tập thể</td><td>Chi đoàn</td><td>04</td></tr>"
    "<tr><td>B03</td><td>Biên bản họp xét chọn</td><td>Đoàn xã</td><td>01</td></tr></table>"
    "<p>TM. BAN THƯỜNG VỤ</p><p>BÍ THƯ</p><p>Hồ Thị Lan</p></body></html>"
)

TABLES_MD = """ĐOÀN TNCS HỒ CHÍ MINH

BCH ĐOÀN HUYỆN HƯỚNG HÓA

Số: 34-KH/HĐTN

Hướng Hóa, ngày 06 tháng 5 năm 2031

KẾ HOẠCH

Chiến dịch Thanh niên tình nguyện hè năm 2031

I. CHỈ TIÊU GIAO CHO CÁC XÃ

| TT | Đơn vị | Số lượt đoàn viên | Nhà nhân ái (căn) | Sân chơi thiếu nhi |
|---|---|---|---|---|
| 1 | Xã Tân Long | 420 | 2 | 7 |
| 2 | Xã Tân Thành | 360 | 4 | 3 |
| 3 | Xã Thuận | 210 | 1 | 2 |

TM. BAN THƯỜNG VỤ

BÍ THƯ

Lê Thị Hoa
"""


@pytest.fixture(scope="module", params=["txt", "docx", "pdf"])
def report(request, tmp_path_factory, embedder):
    src = tmp_path_factory.mktemp(f"count-src-{request.param}")
    name, farmers = f"BC41.{request.param}", f"BC12.{request.param}"
    if request.param == "pdf":
        write_pdf_lines(src / name, REPORT)
        write_pdf_lines(src / farmers, FARMERS)
    else:
        write_paragraphs(src / name, REPORT)
        write_paragraphs(src / farmers, FARMERS)
    files = {name: src / name, farmers: src / farmers}
    return assistant_over(tmp_path_factory.mktemp(f"count-{request.param}"), embedder, files)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # the total: no act the question does not write counts it (trial 28 p20)
        ("Hội CCB huyện Khe Sanh có bao nhiêu hội viên?", "Số liệu: 1.385 hội viên"),
        ("Năm 2031 Hội CCB huyện Khe Sanh kết nạp mới bao nhiêu hội viên?", "Số liệu: 57 hội viên"),
        # a fraction is a count; "hoàn thành tốt nhiệm vụ" is a grade (trial 28 p52)
        ("Hội CCB huyện Khe Sanh có bao nhiêu chi hội hoàn thành tốt nhiệm vụ?", "Số liệu: 19/21 chi hội"),
        # the qualifier written with the count
        ("Hội Nông dân xã Hướng Phùng có bao nhiêu hội viên nữ?", "Số liệu: 230 hội viên nữ"),
    ],
)
def test_the_count_asked(report, question, line):
    answer = report.ask(question)
    assert not answer.abstained, answer.text
    assert first_line(answer).startswith(line), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hội CCB huyện Khe Sanh có bao nhiêu hội viên nữ?",
        "Hội CCB huyện Khe Sanh có bao nhiêu hội viên là đảng viên?",
        "Năm 2031 Hội CCB huyện Khe Sanh kết nạp bao nhiêu hội viên nữ?",
    ],
)
def test_a_count_of_other_members_answers_no_qualified_question(report, question):
    """Trial 28 n08, p21, p22: "Số liệu: 96 hội viên" for women members; no quoted passage counts them."""
    answer = report.ask(question)
    assert not first_line(answer).startswith("Số liệu"), answer.text
    assert answer.abstained, answer.text


@pytest.fixture(scope="module")
def tables(tmp_path_factory, embedder):
    files = {"KH33.html": TABLES_HTML, "KH34.md": TABLES_MD}
    return assistant_over(tmp_path_factory.mktemp("count-tables"), embedder, files)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # a table row's value under the column the unit names (trial 27 q18, p33, p34)
        ("Xã A Ngo được giao bao nhiêu sân chơi thiếu nhi?", "Số liệu: Sân chơi thiếu nhi: 6"),
        ("Xã Tân Thành phải làm bao nhiêu sân chơi thiếu nhi?", "Số liệu: Sân chơi thiếu nhi: 3"),
        ("Xã Mò Ó phải làm bao nhiêu căn nhà nhân ái?", "Số liệu: Nhà nhân ái (căn): 1"),
        ("Mẫu B02 cần nộp mấy bản?", "Số liệu: Số bản: 04"),
    ],
)
def test_a_table_rows_figure_is_read_under_its_column(tables, question, line):
    answer = tables.ask(question)
    assert not answer.abstained, answer.text
    assert first_line(answer).startswith(line), answer.text


def test_a_per_row_question_gets_no_single_figure(tables):
    """Trial 28 q30: "mỗi mẫu mấy bản?" was answered "Số bản: 02", the first form's count alone."""
    answer = tables.ask("Hồ sơ đề nghị khen thưởng gồm những mẫu nào, mỗi mẫu mấy bản?")
    assert not answer.abstained, answer.text
    assert not first_line(answer).startswith("Số liệu"), answer.text
