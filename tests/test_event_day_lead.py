"""A meeting named by its day is the meeting of the first line's clause (library6 l6-party-40: "Cuộc họp
ngày 20/12/2019 của Bộ Chính trị ... do đồng chí nào chủ trì?" -> "Chủ trì: đồng chí ..." of a conference
held 27/11/2014). Real index over two notices (DOCX and TXT by the fixture's param): one records a
conference's chair and day, the other a later meeting's conclusions with no chair. Asked the chair of
the later meeting by its day, no first line names the other conference's chair; asked the chair of the
conference by its own day (in figures or in words), its chair is still the first line.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

CONFERENCE = [
    "TỈNH ỦY BÌNH LỘC",
    "Số 88-TB/TU",
    "Bình Lộc, ngày 02 tháng 4 năm 2030",
    "THÔNG BÁO KẾT LUẬN",
    "tại Hội nghị sơ kết 03 năm thực hiện Chỉ thị số 17-CT/TU về phát triển hợp tác xã",
    "Ngày 15/3/2030, đồng chí Lạc Thị Hoa - Phó Bí thư Tỉnh ủy chủ trì Hội nghị sơ kết 03 năm thực hiện"
    " Chỉ thị số 17-CT/TU, ngày 10/01/2027 của Ban Thường vụ Tỉnh ủy về phát triển hợp tác xã.",
    "Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí chủ trì kết luận:",
    "1. Các huyện ủy tiếp tục rà soát, củng cố hợp tác xã yếu kém trong năm 2030.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Đỗ Văn Kiên",
]

MEETING = [
    "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BÌNH LỘC",
    "Số 131-TB/TU",
    "Bình Lộc, ngày 20 tháng 11 năm 2032",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Tỉnh ủy về tổng kết 05 năm thực hiện Chỉ thị số 17-CT/TU",
    "Tại cuộc họp ngày 08/11/2032, sau khi nghe báo cáo tổng kết 05 năm thực hiện Chỉ thị số 17-CT/TU,"
    " ngày 10/01/2027 của Ban Thường vụ Tỉnh ủy về phát triển hợp tác xã, Ban Thường vụ Tỉnh ủy kết luận:",
    "1. Tiếp tục thực hiện Chỉ thị số 17-CT/TU đến năm 2035.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Đỗ Văn Kiên",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    docs = {"TB88": CONFERENCE, "TB131": MEETING}
    return library_as(request.param, tmp_path_factory, embedder, "event_day", docs)


def test_the_chair_of_another_dated_meeting_is_no_first_line(assistant):
    answer = assistant.ask(
        "Cuộc họp ngày 08/11/2032 của Ban Thường vụ Tỉnh ủy nghe tổng kết Chỉ thị 17 do đồng chí nào chủ trì?"
    )
    assert "Lạc Thị Hoa" not in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize("day", ["ngày 15/3/2030", "ngày 15 tháng 3 năm 2030"])
def test_the_chair_of_the_meeting_of_that_day_still_leads(assistant, day):
    answer = assistant.ask(f"Hội nghị {day} sơ kết Chỉ thị 17 do đồng chí nào chủ trì?")
    first = answer.text.splitlines()[0]
    assert "Lạc Thị Hoa" in first, answer.text
