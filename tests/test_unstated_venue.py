"""A venue never stated (library4 l4-party-40, a near-miss unanswerable): "Hội nghị sơ kết ... được tổ chức ở
hội trường nào?" of a notice whose subject line reads "Thông báo kết luận tại Hội nghị sơ kết ..." and whose
text gives the day and the chair but no place. "tại Hội nghị" is the occasion the notice concludes, not a
venue, and "ở hội trường nào?" asks a place as "ở đâu?" does: the answer abstains instead of quoting. Real
index over two documents written here (.docx and .txt, a module fixture's param), through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

NOTICE = [
    "ĐẢNG BỘ HUYỆN TÂN LẠC",
    "HUYỆN ỦY",
    "Số: 41-TB/HU",
    "Tân Lạc, ngày 20 tháng 5 năm 2027",
    "THÔNG BÁO KẾT LUẬN",
    "tại Hội nghị sơ kết 03 năm thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận",
    "Ngày 14/5/2027, đồng chí Bùi Văn Tám, Phó Bí thư Thường trực Huyện ủy chủ trì Hội nghị sơ kết 03 năm "
    "thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận.",
    "Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí chủ trì hội nghị kết luận như sau:",
    "1. Các cấp ủy tiếp tục quán triệt Chỉ thị số 15-CT/TU, gắn với thực hiện Quy chế dân chủ ở cơ sở.",
    "2. Ban Dân vận Huyện ủy theo dõi, đôn đốc, báo cáo kết quả về Thường trực Huyện ủy.",
    "T/M HUYỆN ỦY",
    "PHÓ BÍ THƯ",
    "Bùi Văn Tám",
]
PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN TÂN LẠC",
    "Số: 12/KH-MTTQ",
    "KẾ HOẠCH",
    "Tổ chức Hội nghị tổng kết phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa năm 2027",
    "I. THỜI GIAN, ĐỊA ĐIỂM",
    "Hội nghị tổng kết phong trào tổ chức vào ngày 10/12/2027 tại Hội trường Trung tâm Văn hóa huyện "
    "Tân Lạc.",
    "II. THÀNH PHẦN",
    "Đại diện Ban Thường trực Ủy ban MTTQ các xã, thị trấn và các gia đình văn hóa tiêu biểu.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(
        request.param, tmp_path_factory, embedder, "unstated_venue", {"TB-41-HU": NOTICE, "KH-12-MTTQ": PLAN}
    )


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị sơ kết 3 năm Chỉ thị 15 của huyện được tổ chức ở hội trường nào?",
        "Hội nghị sơ kết 03 năm thực hiện Chỉ thị 15-CT/TU tổ chức tại phòng họp nào?",
    ],
)
def test_a_venue_the_notice_never_states_is_not_answered(library, question):
    answer = library.ask(question)
    assert answer.abstained or answer.fact_absent, answer.text
    assert not answer.text.startswith("Địa điểm"), answer.text


def test_a_venue_the_plan_states_is_the_first_line(library):
    answer = library.ask("Hội nghị tổng kết phong trào năm 2027 được tổ chức ở hội trường nào?")
    assert not answer.abstained, answer.text
    assert "Hội trường Trung tâm Văn hóa" in answer.text.splitlines()[0], answer.text


def test_an_office_asked_is_not_a_meeting_hall(library):
    # "tại phòng nào, trụ sở nào?" asks where papers are filed, not where a gathering meets: the plan's
    # hall is no answer (library3 l3-mttq-39's kind, kept)
    answer = library.ask("Ban Tổ chức nhận hồ sơ gia đình văn hóa tiêu biểu tại phòng nào, trụ sở nào?")
    assert not answer.text.startswith("Địa điểm"), answer.text
