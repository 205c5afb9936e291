"""A figure the first quote states gets its "Số liệu:" line (trial 39 q04, q05, q09, n5):

- though another sentence of the document writes words of the question that the quoted sentence only reads
  under: its paragraph's opening period ("Sáu tháng đầu năm 2041, ... Tổng thu ngân sách ... đạt 4,2 tỷ
  đồng"), its item's label ("2.1. Về khắc phục hậu quả mưa bão: ... mỗi hộ tối thiểu 3.000.000 đồng"), a
  table row's title ("PHÂN CHIA QUÀ TẾT ..." above "3 | Chi hội thôn Bến Đình | 47 | 17");
- when its sentence writes two figures of what the subject line names, the one written with the rest of the
  question's words ("Kinh phí ... dự kiến 45.000.000 đồng, trong đó ngân sách xã hỗ trợ 30.000.000 đồng");
- when the question is typed without diacritics ("bao nhieu ho ...": "9 hộ"; trial 39 n1);
- when an English question asks "What share of ...?" (a percentage; trial 39 e5).

A sentence elsewhere that writes what the question asks and the chosen one does not still withholds the
line. Documents written here, as Word and as text, and a Word table (python-docx), through a real
``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, assistant_over, first_line, write_docx_table

LINES = [
    "ĐẢNG ỦY XÃ PHÚ MỸ TÂY",
    "Số: 63-TB/ĐU",
    "Phú Mỹ Tây, ngày 08 tháng 7 năm 2041",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Đảng ủy tại hội nghị giao ban quý II năm 2041",
    "1. Đánh giá chung",
    "Sáu tháng đầu năm 2041, tình hình kinh tế - xã hội của xã cơ bản ổn định. Tổng thu ngân sách trên địa"
    " bàn đạt 4,2 tỷ đồng, bằng 61% dự toán năm. Tuy nhiên, đợt mưa bão đầu tháng 6 đã làm sập 9 chuồng"
    " trại chăn nuôi.",
    "2. Nhiệm vụ trọng tâm",
    "2.1. Về khắc phục hậu quả mưa bão: Ủy ban nhân dân xã chỉ đạo nạo vét 2 km kênh nội đồng, hoàn thành"
    " trước ngày 30/8/2041. Hội Nông dân xã vận động các hội viên hỗ trợ 9 hộ có chuồng trại bị sập, mỗi"
    " hộ tối thiểu 3.000.000 đồng.",
    "2.2. Do ảnh hưởng của mưa bão, Ban Thường vụ đồng ý lùi thời hạn tổng kết đợt thi đua đến ngày"
    " 20/8/2041.",
    "2.3. Kinh phí tổ chức Hội thi nhà nông đua tài: 12.000.000 đồng. Ban Chấp hành Hội Nông dân xã tổ"
    " chức Lễ khen thưởng hội viên sản xuất giỏi vào ngày 15/9/2041.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Trần Văn Lâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def notice(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "TB-63-DU", LINES)


def test_the_opening_period_scopes_the_figure(notice) -> None:
    answer = notice.ask("Sáu tháng đầu năm 2041 xã thu ngân sách được bao nhiêu?")
    assert first_line(answer).startswith("Số liệu:") and "4,2 tỷ đồng" in first_line(answer), answer.text


def test_the_item_label_scopes_the_figure(notice) -> None:
    answer = notice.ask("Mỗi hộ có chuồng trại bị sập do mưa bão được hỗ trợ tối thiểu bao nhiêu tiền?")
    assert first_line(answer).startswith("Số liệu:") and "3.000.000 đồng" in first_line(answer), answer.text


def test_a_count_asked_without_diacritics(notice) -> None:
    # typed without diacritics, the question's unit ("ho") is still read as the sentence writes it ("9 hộ")
    answer = notice.ask("Hoi Nong dan xa van dong ho tro bao nhieu ho co chuong trai bi sap do mua bao?")
    assert first_line(answer).startswith("Số liệu:") and "9 hộ" in first_line(answer), answer.text


def test_a_sentence_writing_the_event_asked_still_withholds(notice) -> None:
    # the cost written is the contest's; the ceremony asked is another sentence's: no figure line
    answer = notice.ask("Kinh phí tổ chức Lễ khen thưởng hội viên sản xuất giỏi là bao nhiêu?")
    assert "12.000.000" not in first_line(answer), answer.text


OPENING = [
    "HỘI CỰU CHIẾN BINH XÃ AN THẠNH",
    "Số: 14-KH/CCB",
    "An Thạnh, ngày 02 tháng 12 năm 2041",
    "KẾ HOẠCH",
    "Thăm hỏi, tặng quà Tết Nguyên đán năm 2042 cho hội viên có hoàn cảnh khó khăn",
    "1. Số lượng quà: Tổng số quà của Hội là 150 suất, gồm 30 suất của Hội cấp trên và 120 suất do Hội"
    " xã vận động, phân chia cho các chi hội theo Phụ lục.",
    "2. Thời gian trao quà: hoàn thành trước ngày 25/01/2042.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Võ Minh Khang",
    "PHỤ LỤC",
    "PHÂN CHIA QUÀ TẾT CHO CÁC CHI HỘI",
    "(Kèm theo Kế hoạch số 14-KH/CCB ngày 02/12/2041)",
]
HEAD = ["TT", "Chi hội", "Số hội viên", "Số suất quà được nhận"]
ROWS = [
    ["1", "Chi hội thôn Đông", "64", "22"],
    ["2", "Chi hội thôn Tây", "51", "19"],
    ["3", "Chi hội thôn Bến Đình", "47", "17"],
    ["4", "Chi hội thôn Giữa", "58", "21"],
    ["5", "Chi hội thôn Bắc", "40", "16"],
    ["6", "Chi hội thôn Nam", "62", "25"],
]


@pytest.fixture(scope="module")
def tabled(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("kh14_table")
    made = write_docx_table(root / "KH-14-CCB.docx", OPENING, HEAD, ROWS, [])
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {"KH-14-CCB.docx": made})


def test_a_row_is_read_under_its_table_title(tabled) -> None:
    answer = tabled.ask("Chi hội thôn Bến Đình được phân chia mấy suất quà?")
    assert first_line(answer).startswith("Số liệu:") and "17" in first_line(answer), answer.text
    assert "47" not in first_line(answer), answer.text


PLAN = [
    "HỘI NÔNG DÂN XÃ PHÚ MỸ TÂY",
    "Số: 22-KH/HND",
    "Phú Mỹ Tây, ngày 10 tháng 7 năm 2041",
    "KẾ HOẠCH",
    "Tổ chức Hội thi Nhà nông đua tài xã Phú Mỹ Tây năm 2041",
    "1. Thời gian: ngày 12/9/2041, tại sân vận động xã.",
    "2. Thành phần: mỗi chi hội cử 01 đội gồm 05 hội viên.",
    "3. Kinh phí tổ chức Hội thi dự kiến 45.000.000 đồng, trong đó ngân sách xã hỗ trợ 30.000.000 đồng, phần"
    " còn lại do Hội Nông dân xã vận động các doanh nghiệp trên địa bàn.",
    "4. Phấn đấu tỷ lệ hội viên tham gia Hội thi đạt từ 80% trở lên.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nguyễn Văn Phước",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def contest(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-22-HND", PLAN)


def test_the_figure_written_with_the_questions_own_words(contest) -> None:
    # both figures are the contest's, as the subject line says: the words left say which is asked
    answer = contest.ask("Xã hỗ trợ từ ngân sách bao nhiêu tiền cho Hội thi Nhà nông đua tài?")
    assert first_line(answer).startswith("Số liệu:") and "30.000.000" in first_line(answer), answer.text
    assert "45.000.000" not in first_line(answer), answer.text


def test_the_whole_cost_asked_gets_the_whole(contest) -> None:
    answer = contest.ask("Kinh phí tổ chức Hội thi Nhà nông đua tài dự kiến bao nhiêu tiền?")
    assert "30.000.000" not in first_line(answer), answer.text


def test_a_share_asked_in_english(contest) -> None:
    # "What share of ...?" asks a percentage, as "Tỷ lệ ... là bao nhiêu?" does (trial 39 e5)
    answer = contest.ask("What share of members should take part in the contest?")
    assert first_line(answer).startswith("Figure:") and "80%" in first_line(answer), answer.text
