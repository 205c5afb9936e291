"""A figure asked by its target or its result, in a list of targets, through a real ``Assistant`` on a plan
written here as Word paragraphs and as text (session 21, figures kinds 1 and 2):

- "Chỉ tiêu kết nạp là bao nhiêu?" names no unit: the act it asks ("kết nạp") says which dash item of
  "- Phấn đấu 100% chi hội ...; - Năm 2036 phấn đấu kết nạp mới 500 hội viên; - Có ít nhất 3 mô hình ..."
  holds the figure, and no neighbouring item's figure is taken; "Số hội viên ... là bao nhiêu?" counts
  the noun after "số";
- a report's result ("Năm 2035 ... đã kết nạp 420 hội viên mới") and the next year's target ("Năm 2036
  phấn đấu kết nạp mới 500 hội viên"): "chỉ tiêu" takes the target, "kết quả" the result.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

PLAN = [
    "HỘI CỰU CHIẾN BINH HUYỆN TÂN LẠC",
    "Số: 14-KH/HCCB",
    "Tân Lạc, ngày 10 tháng 01 năm 2036",
    "KẾ HOẠCH",
    "Công tác hội và phong trào cựu chiến binh năm 2036",
    "I. KẾT QUẢ NĂM 2035",
    "Năm 2035, toàn huyện đã kết nạp 420 hội viên mới, đạt 105% kế hoạch; tổ chức 12 buổi nói chuyện"
    " truyền thống cho học sinh.",
    "II. CHỈ TIÊU NĂM 2036",
    "- Phấn đấu 100% chi hội được xếp loại vững mạnh;",
    "- Năm 2036 phấn đấu kết nạp mới 500 hội viên;",
    "- Có ít nhất 3 mô hình kinh tế giỏi được nhân rộng;",
    "+ Mỗi chi hội vận động ít nhất 2 hội viên tham gia tổ tiết kiệm.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các chi hội xây dựng kế hoạch cụ thể, báo cáo kết quả về Hội Cựu chiến binh huyện.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đinh Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-14-HCCB", PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ tiêu kết nạp là bao nhiêu?",
        "Chỉ tiêu kết nạp hội viên mới là bao nhiêu?",
        "Chỉ tiêu kết nạp hội viên năm 2036 là bao nhiêu?",
        "Chỉ tiêu kết nạp bao nhiêu hội viên mới?",
        "Mục tiêu phấn đấu kết nạp được bao nhiêu hội viên mới?",
    ],
)
def test_the_target_of_the_act_asked(plan, question) -> None:
    answer = plan.ask(question)
    assert first_line(answer).startswith("Số liệu: 500 hội viên"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Kết quả kết nạp hội viên năm 2035 là bao nhiêu?",
        "Số hội viên kết nạp mới năm 2035 là bao nhiêu?",
        "Năm 2035 kết nạp mới bao nhiêu hội viên?",
        "Đã kết nạp được bao nhiêu hội viên mới?",
    ],
)
def test_the_result_of_the_year_asked(plan, question) -> None:
    answer = plan.ask(question)
    assert first_line(answer).startswith("Số liệu: 420 hội viên"), answer.text


def test_no_neighbouring_items_figure(plan) -> None:
    """Every line given reads the item asked: never the 100% of the branches nor the 3 models."""
    for question in ("Chỉ tiêu kết nạp là bao nhiêu?", "Năm 2036 kết nạp bao nhiêu hội viên mới?"):
        line = first_line(plan.ask(question))
        assert "100%" not in line and "3 mô hình" not in line and "2 hội viên" not in line, line


REPORT = [
    "ĐOÀN THANH NIÊN XÃ HÒA BÌNH",
    "Số: 08-BC/ĐTN",
    "Hòa Bình, ngày 20 tháng 12 năm 2035",
    "BÁO CÁO",
    "Tổng kết công tác Đoàn năm 2035",
    "I. CÔNG TÁC XÂY DỰNG TỔ CHỨC ĐOÀN",
    "Chi đoàn các thôn đã kết nạp 86 đoàn viên mới; trong năm tới phấn đấu kết nạp 100 đoàn viên mới.",
    "II. CÔNG TÁC THANH NIÊN",
    "Tổ chức 5 đợt tình nguyện vệ sinh môi trường ở các thôn.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Lê Thị Mai",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def report(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "BC-08-DTN", REPORT)


def test_the_result_asked_in_a_clause_beside_the_target(report) -> None:
    """One sentence writes the result ("đã kết nạp 86") and the target ("phấn đấu kết nạp 100")."""
    answer = report.ask("Kết quả kết nạp được bao nhiêu đoàn viên mới?")
    assert first_line(answer).startswith("Số liệu: 86 đoàn viên"), answer.text
    answer = report.ask("Chỉ tiêu kết nạp bao nhiêu đoàn viên mới?")
    assert first_line(answer).startswith("Số liệu: 100 đoàn viên"), answer.text


def test_neither_asked_of_a_result_beside_a_target(report) -> None:
    """A question asking neither the target nor the result gets no figure of one of them as its line."""
    answer = report.ask("Số đoàn viên mới được kết nạp là bao nhiêu?")
    assert not first_line(answer).startswith("Số liệu"), answer.text
