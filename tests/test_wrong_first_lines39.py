"""Confident wrong first lines of session 22's helper wrong39, through ``Assistant.ask`` on documents
written here as DOCX and TXT:

- a time limit belongs to the act written in its own clause: "Xét công nhận đảng viên chính thức thì chi
  bộ phải làm trong thời hạn nào?" (the act fronted before "thì", the modal framing only "làm") was read
  with no act, and the dated duties of the body ("chi bộ phải tổ chức lễ kết nạp ... trong thời hạn 20
  ngày") answered it (library, trial 36 t36-49); typed without diacritics, the act is read from the
  question with its accents restored;
- a year asked of an event counted by an ordinal ("Đại hội ... lần thứ VII được tổ chức vào năm nào?")
  must be written with that round: "Nghị quyết Đại hội lần thứ VII; ... nhiệm kỳ 2027 - 2032" dates the
  next term, not the 7th congress (trial 39 u5).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

PROCEDURE = [
    "ĐẢNG ỦY XÃ TÂN LẬP",
    "Số: 12-HD/ĐU",
    "Tân Lập, ngày 15 tháng 3 năm 2031",
    "HƯỚNG DẪN",
    "Một số việc về công tác đảng viên ở chi bộ",
    "1. Chi bộ phải tổ chức lễ kết nạp cho đảng viên trong thời hạn 20 ngày làm việc, kể từ ngày nhận "
    "được quyết định kết nạp của cấp ủy có thẩm quyền.",
    "2. Chi bộ phải làm thủ tục chuyển sinh hoạt đảng cho đảng viên trong thời hạn 60 ngày làm việc kể từ "
    "ngày quyết định chuyển công tác có hiệu lực.",
    "3. Chi bộ phân công đảng viên chính thức giúp đỡ đảng viên dự bị; đảng viên dự bị phải báo cáo với chi "
    "bộ về việc rèn luyện của mình.",
    "TM. ĐẢNG ỦY",
    "BÍ THƯ",
    "Nguyễn Văn Tâm",
]

CONGRESS = [
    "ĐẢNG ỦY XÃ BÌNH MINH",
    "Số: 30-KH/ĐU",
    "Bình Minh, ngày 05 tháng 9 năm 2027",
    "KẾ HOẠCH",
    "Lãnh đạo Đại hội đại biểu Hội Cựu chiến binh xã lần thứ VIII, nhiệm kỳ 2027 - 2032",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Đánh giá đúng kết quả thực hiện Nghị quyết Đại hội lần thứ VII; xác định phương hướng, mục tiêu, "
    "nhiệm vụ của Hội trong nhiệm kỳ 2027 - 2032.",
    "2. Bầu Ban Chấp hành khóa mới đủ phẩm chất, năng lực, uy tín.",
    "II. NỘI DUNG",
    "Kinh phí tổ chức Đại hội dự kiến 38.500.000 đồng do ngân sách xã hỗ trợ.",
    "Ban Tổ chức Đảng ủy thẩm định nhân sự Ban Chấp hành khóa mới trước ngày 25/10/2027.",
    "TM. ĐẢNG ỦY",
    "BÍ THƯ",
    "Trần Văn Hòa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def procedure(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD12_DangVien", PROCEDURE)


@pytest.fixture(scope="module", params=["docx", "txt"])
def congress(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH30_DaiHoi_CCB", CONGRESS)


@pytest.mark.parametrize(
    "question",
    [
        "Xét công nhận đảng viên chính thức thì chi bộ phải làm trong thời hạn nào?",
        # typed without diacritics: the act is read from the question with its accents restored
        "xet cong nhan dang vien chinh thuc thi chi bo phai lam trong thoi han nao?",
    ],
)
def test_time_limit_of_another_act_is_not_the_asked_acts(procedure, question):
    answer = procedure.ask(question)
    line = first_line(answer)
    # the guide sets no time for that act: its other acts' limits are no answer
    assert "20 ngày" not in line and "60 ngày" not in line, answer.text


def test_year_of_a_round_the_documents_never_date_abstains(congress):
    answer = congress.ask("Đại hội Hội Cựu chiến binh xã lần thứ VII được tổ chức vào năm nào?")
    assert answer.abstained, answer.text
