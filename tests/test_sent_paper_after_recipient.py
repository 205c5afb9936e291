"""The paper a sending act passes on, read past the recipient named before it, through ``Assistant.ask``
on documents written here as DOCX and TXT.

"Xã phải gửi lên MTTQ tỉnh bản báo cáo ... muộn nhất là hôm nào?" asks the time of the report; the
recipient phrase after the verb ("lên MTTQ tỉnh", "về Văn phòng Đảng ủy", "cho ...") hid the paper, so any
sending clause answered, and a minutes' sending time ("Biên bản ... phải được gửi đến ... ngay sau khi kết
thúc hội nghị") was given as the report's (library2 dev l2-mttq-03). A clause that sends another paper
(biên bản for báo cáo, danh sách for hồ sơ) gives no time for the one asked; the one that sends it does.
A sentence sending its report to a body of another level than the one the question sends to ("về Ban
Thường trực Ủy ban MTTQ xã" for "gửi lên MTTQ huyện") gives no time for it either.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

VOTERS = [
    "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ AN",
    "Số: 21-KH/MTTQ",
    "Phú An, ngày 02 tháng 3 năm 2041",
    "KẾ HOẠCH",
    "Tổ chức hội nghị cử tri nơi cư trú góp ý người ứng cử đại biểu Hội đồng nhân dân xã",
    "1. Hội nghị cử tri nơi cư trú tổ chức tại nhà văn hóa các thôn từ ngày 10/3/2041 đến ngày 15/3/2041.",
    "2. Biên bản hội nghị cử tri nơi cư trú phải được gửi đến Ban Thường trực Ủy ban MTTQ huyện ngay sau khi "
    "kết thúc hội nghị.",
    "3. Ban Thường trực Ủy ban MTTQ xã tổng hợp ý kiến của cử tri, báo cáo tình hình tổ chức hội nghị cử tri "
    "về Ban Thường trực Ủy ban MTTQ huyện chậm nhất ngày 20/3/2041.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Văn Hùng",
]

AWARDS = [
    "ĐẢNG ỦY XÃ TÂN HÒA",
    "Số: 05-HD/ĐU",
    "Tân Hòa, ngày 12 tháng 4 năm 2041",
    "HƯỚNG DẪN",
    "Xét khen thưởng tổ chức đảng và đảng viên năm 2041",
    "1. Các chi bộ gửi danh sách đảng viên đề nghị khen thưởng về Văn phòng Đảng ủy trước ngày 10/5/2041.",
    "2. Văn phòng Đảng ủy tổng hợp, trình Ban Thường vụ xem xét trong tháng 5/2041.",
    "TM. ĐẢNG ỦY",
    "BÍ THƯ",
    "Phạm Văn Long",
]


HAMLETS = [
    "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ AN",
    "Số: 30-KH/MTTQ",
    "Phú An, ngày 20 tháng 3 năm 2041",
    "KẾ HOẠCH",
    "Tổ chức hội nghị cử tri ở các thôn về công tác bầu cử trưởng thôn",
    "1. Ban công tác Mặt trận các thôn tổ chức hội nghị cử tri trong tháng 4/2041.",
    "2. Ban công tác Mặt trận thôn gửi biên bản và báo cáo tình hình hội nghị về Ban Thường trực Ủy ban "
    "MTTQ xã ngay sau khi kết thúc hội nghị.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def hamlets(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "hamlets", {"KH30_CuTriThon": HAMLETS})


@pytest.fixture(scope="module", params=["docx", "txt"])
def voters(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "voters", {"KH21_HoiNghiCuTri": VOTERS})


@pytest.fixture(scope="module", params=["docx", "txt"])
def awards(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "awards", {"HD05_KhenThuong": AWARDS})


def test_minutes_sent_past_the_recipient_take_not_the_reports_time(voters):
    answer = voters.ask(
        "Ban Thường trực MTTQ xã phải gửi về MTTQ huyện biên bản hội nghị cử tri nơi cư trú khi nào?"
    )
    # the report's time limit is not the minutes'
    assert "20/3/2041" not in first_line(answer), answer.text


def test_report_sent_past_the_recipient_takes_its_own_time(voters):
    answer = voters.ask(
        "Xã phải gửi lên Ban Thường trực MTTQ huyện bản báo cáo về hội nghị cử tri nơi cư trú muộn nhất là "
        "hôm nào?"
    )
    line = first_line(answer)
    assert "ngay sau khi" not in line, answer.text
    assert "20/3/2041" in line, answer.text


def test_file_handed_past_the_recipient_is_not_the_list(awards):
    answer = awards.ask(
        "Chi bộ phải nộp cho Văn phòng Đảng ủy hồ sơ đề nghị khen thưởng đảng viên trước ngày nào?"
    )
    # the guide dates the list only: no time for the file
    assert "10/5/2041" not in first_line(answer), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Chi bộ phải gửi về Văn phòng Đảng ủy danh sách đảng viên đề nghị khen thưởng trước ngày nào?",
        "Các chi bộ phải báo cáo lên Văn phòng Đảng ủy danh sách đảng viên đề nghị khen thưởng trước ngày "
        "nào?",
    ],
)
def test_list_sent_past_the_recipient_keeps_its_time(awards, question):
    answer = awards.ask(question)
    assert "10/5/2041" in first_line(answer), answer.text


def test_report_sent_to_another_level_gives_no_time(hamlets):
    answer = hamlets.ask(
        "Ban công tác Mặt trận thôn phải gửi lên MTTQ huyện bản báo cáo về hội nghị cử tri khi nào?"
    )
    # the plan sends its report to the commune's committee, not to the district
    assert "ngay sau khi" not in first_line(answer), answer.text


def test_report_sent_to_the_level_asked_keeps_its_time(hamlets):
    answer = hamlets.ask(
        "Ban công tác Mặt trận thôn phải gửi về MTTQ xã bản báo cáo về hội nghị cử tri khi nào?"
    )
    assert "ngay sau khi" in first_line(answer), answer.text
