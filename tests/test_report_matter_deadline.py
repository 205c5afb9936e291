"""Among a guide's dated reports, the one whose matter the question names sets the time, not a generic
"Thời gian gửi báo cáo ..." line under another report's item (library6 l6-mttq-02: "Sau các cuộc họp cử
tri ... nhận xét người ứng cử, MTTQ xã phải gửi báo cáo lên BTT tỉnh hạn chót là ngày nào?" -> the
generic line's "chậm nhất ngày 14/3/2026" under the campaign meetings' report, while "Báo cáo về tình hình
tổ chức hội nghị lấy ý kiến cử tri ... chậm nhất ngày 09/02/2026" names the matter asked). Real index over
one guide (DOCX and TXT by the fixture's param), asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

GUIDE = [
    "HỘI NÔNG DÂN HUYỆN TÂN PHÚ",
    "Số 14-HD/HND",
    "Tân Phú, ngày 02 tháng 3 năm 2031",
    "HƯỚNG DẪN",
    "Hội Nông dân xã tham gia góp ý dự thảo Điều lệ Hội và tổ chức đối thoại với hội viên năm 2031",
    "III. CHẾ ĐỘ BÁO CÁO",
    "Hội Nông dân xã thực hiện các báo cáo sau đây.",
    "a. Báo cáo về tình hình tổ chức hội nghị lấy ý kiến hội viên ở chi hội về dự thảo Điều lệ Hội về Ban"
    " Thường vụ Hội Nông dân huyện chậm nhất ngày 12/4/2031.",
    "b. Báo cáo tình hình và kết quả tổ chức các buổi đối thoại giữa cán bộ Hội với hội viên ở chi hội để"
    " thực hiện Điều lệ Hội, kèm theo bản tổng hợp kiến nghị của hội viên với cấp ủy, chính quyền.",
    "Thời gian gửi báo cáo về Ban Thường vụ Hội Nông dân huyện chậm nhất ngày 30/5/2031.",
    "c. Báo cáo tổng kết công tác Hội năm 2031 gửi về Ban Thường vụ Hội Nông dân huyện trước ngày 15/11/2031.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lò Văn Pảo",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD14", GUIDE)


def test_the_report_named_by_its_matter_sets_the_time(assistant):
    answer = assistant.ask(
        "Sau các buổi họp hội viên ở chi hội để góp ý dự thảo Điều lệ, Hội Nông dân xã phải gửi báo cáo lên"
        " Ban Thường vụ huyện hạn chót là ngày nào?"
    )
    first = answer.text.splitlines()[0]
    assert "30/5/2031" not in first, answer.text
    assert "12/4/2031" in first, answer.text


def test_the_generic_line_still_dates_its_own_item(assistant):
    answer = assistant.ask(
        "Báo cáo kết quả các buổi đối thoại giữa cán bộ Hội với hội viên về chính sách vay vốn phải gửi về"
        " huyện chậm nhất ngày nào?"
    )
    first = answer.text.splitlines()[0]
    assert "12/4/2031" not in first and "15/11/2031" not in first, answer.text
