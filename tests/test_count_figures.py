"""Counts, numbers and rates on the first line belong to the case, act and actor the question asks
(issue 11: a confident wrong first line is the worst output). Real index over documents written here, as
DOCX and as TXT.

- A bound the question states with its own figure ("xã có không quá 4.000 dân thì ... mấy đại biểu?") is
  the case asked, not a maximum asked: the clause's "tổng số không quá 25 đại biểu" is another member's
  figure (library5 dev l5-mttq-30, a wrong "Số liệu: không quá 30 đại biểu").
- A length of an act done to the body asked ("các chi bộ gửi hồ sơ đến Ban Thường vụ trước 20 ngày")
  answers no question on that body's own act ("Ban Thường vụ phải quyết định trong bao nhiêu ngày?";
  library5 dev l5-party-38, an invented "Số liệu: 30 ngày làm việc").
- A count the plan labels ("số lượng tiết mục: 12 tiết mục") answers "bao nhiêu tiết mục?" of the event
  its subject line names, however the question words the act (library5 dev l5-rw-10); "mấy nội dung
  chính?" is answered by "4 nội dung trọng tâm" (words for "the main ones" write each other; l5-rw-11).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LAW = [
    "QUỐC HỘI",
    "Luật số 99/2031/QH16",
    "LUẬT",
    "Tổ chức chính quyền thôn bản",
    "Điều 30. Số lượng đại biểu Hội đồng nhân dân xã",
    "1. Việc xác định số lượng đại biểu Hội đồng nhân dân xã được thực hiện theo nguyên tắc sau đây: "
    "a) Xã ở vùng cao, biên giới có từ 4.000 dân trở xuống được bầu 12 đại biểu; có trên 4.000 dân thì cứ "
    "thêm 2.000 dân được bầu thêm 01 đại biểu, nhưng tổng số không quá 25 đại biểu;",
    "b) Xã không thuộc trường hợp quy định tại điểm a khoản này được bầu theo quy định của Ủy ban Thường vụ "
    "Quốc hội.",
]

GUIDE = [
    "ĐẢNG ỦY XÃ AN HÒA",
    "Số 07-HD/ĐU",
    "An Hòa, ngày 10 tháng 4 năm 2031",
    "HƯỚNG DẪN",
    "Quy trình xét tặng Giấy khen của Đảng ủy xã cho tổ chức đảng và đảng viên",
    "1. Hồ sơ đề nghị",
    "Các chi bộ gửi hồ sơ đề nghị tặng Giấy khen đến Ban Thường vụ Đảng ủy xã (qua Văn phòng Đảng ủy) "
    "trước 20 ngày làm việc của đợt xét khen thưởng.",
    "2. Tổ chức trao tặng",
    "Việc trao Giấy khen được tổ chức trang trọng tại hội nghị sơ kết của Đảng ủy xã.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Trần Văn Hòa",
]

PLAN = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ ĐÔNG SƠN",
    "Số 11-KH/HPN",
    "Đông Sơn, ngày 02 tháng 12 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức Hội diễn văn nghệ “Sắc màu quê hương” chào mừng năm mới 2032",
    "I. NỘI DUNG",
    "1. Chương trình hội diễn",
    "Lựa chọn các tiết mục từ hội viên các chi hội theo chủ đề “Quê hương đổi mới”; số lượng tiết mục: 12 "
    "tiết mục.",
    "Các chi hội tập trung chuẩn bị theo 4 nội dung trọng tâm của Kế hoạch: chọn tiết mục, tập luyện, "
    "trang phục, cổ động.",
    "2. Thời gian, địa điểm",
    "Hội diễn tổ chức tại Nhà văn hóa xã, mỗi chi hội cử 01 người dẫn chương trình dự tập huấn.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nguyễn Thị Lan",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def law(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "LUAT99", LAW)


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD07", GUIDE)


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH11", PLAN)


def _first(answer) -> str:
    return answer.text.split("\n", 1)[0]


def test_a_bound_the_question_states_is_its_case_not_the_bound_asked(law):
    answer = law.ask("Xã vùng cao có không quá 4.000 dân thì Hội đồng nhân dân xã có mấy đại biểu?")
    assert "25" not in _first(answer) and "12 đại biểu" in _first(answer), answer.text


def test_a_stated_bound_typed_without_diacritics_is_no_bound_asked(law):
    answer = law.ask("xa vung cao co khong qua 4.000 dan thi HDND xa co may dai bieu?")
    assert "25" not in _first(answer) and "01" not in _first(answer), answer.text


def test_a_bound_asked_is_still_answered(law):
    answer = law.ask("Hội đồng nhân dân xã vùng cao, biên giới có tối đa bao nhiêu đại biểu?")
    assert "25 đại biểu" in _first(answer), answer.text


def test_a_length_of_an_act_done_to_the_body_asked_is_not_its_own(guide):
    answer = guide.ask(
        "Sau khi nhận đủ hồ sơ của các chi bộ, Ban Thường vụ Đảng ủy xã phải ra quyết định tặng Giấy khen "
        "trong vòng bao nhiêu ngày?"
    )
    assert "20 ngày" not in _first(answer), answer.text


def test_the_length_of_the_senders_act_is_answered(guide):
    answer = guide.ask("Các chi bộ phải gửi hồ sơ đề nghị tặng Giấy khen trước bao nhiêu ngày làm việc?")
    assert "20 ngày" in _first(answer), answer.text


def test_a_labelled_count_answers_the_count_asked(plan):
    answer = plan.ask("Hội diễn văn nghệ “Sắc màu quê hương” dự kiến dàn dựng tất cả bao nhiêu tiết mục?")
    assert "12 tiết mục" in _first(answer), answer.text


def test_the_main_ones_are_counted_by_any_word_for_them(plan):
    answer = plan.ask(
        "Các chi hội chuẩn bị hội diễn “Sắc màu quê hương” theo mấy nội dung chính của Kế hoạch?"
    )
    assert "4 nội dung" in _first(answer), answer.text
