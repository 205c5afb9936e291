"""A notice moving an event's time and its venue writes them as two items, "1. Thời gian: Lễ kỷ niệm được
chuyển sang 14 giờ 00 ... thay cho ..." and "2. Địa điểm: Nhà văn hóa thôn ..., thay cho Hội trường ...";
"... tổ chức vào lúc nào, ở đâu?" quoted only the time (the quotes were narrowed to the sentences naming the
event, and the venue item names it no more; newcomer trial 42 q14, trial 40 P8). The venue asked beside the
time is quoted beside it. Own documents: the plan and the notice as Word paragraphs or text, through a real
``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

PLAN = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ TÂN PHÚ",
    "Số: 22-KH/ĐTN",
    "Tân Phú, ngày 03 tháng 3 năm 2049",
    "KẾ HOẠCH",
    "Tổ chức Lễ tuyên dương thanh niên tiêu biểu xã Tân Phú năm 2049",
    "I. THỜI GIAN, ĐỊA ĐIỂM",
    "1. Thời gian: 7 giờ 30 phút ngày 26/3/2049.",
    "2. Địa điểm: Hội trường Ủy ban nhân dân xã Tân Phú.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Đoàn xã chuẩn bị khen thưởng, hoàn thành trước ngày 20/3/2049.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lý Văn Hậu",
]
NOTICE = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ TÂN PHÚ",
    "Số: 25-TB/ĐTN",
    "Tân Phú, ngày 15 tháng 3 năm 2049",
    "THÔNG BÁO",
    "Về việc thay đổi thời gian, địa điểm tổ chức Lễ tuyên dương thanh niên tiêu biểu năm 2049",
    "Ngày 03/3/2049, Ban Thường vụ Đoàn xã ban hành Kế hoạch số 22-KH/ĐTN về tổ chức Lễ tuyên dương thanh"
    " niên tiêu biểu xã Tân Phú năm 2049.",
    "Do Hội trường Ủy ban nhân dân xã đang được sửa chữa, Ban Thường vụ Đoàn xã thông báo điều chỉnh như"
    " sau:",
    "1. Thời gian: Lễ tuyên dương được chuyển sang 14 giờ 00 phút ngày 28/3/2049, thay cho 7 giờ 30 phút"
    " ngày 26/3/2049.",
    "2. Địa điểm: Nhà văn hóa ấp Phú Lợi, xã Tân Phú, thay cho Hội trường Ủy ban nhân dân xã.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lý Văn Hậu",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "venue", {"KH-22": PLAN, "TB-25": NOTICE})


@pytest.mark.parametrize(
    "question",
    [
        # (the code before quoted the new time, or the plan's lead-in, without the new venue)
        "Lễ tuyên dương tổ chức lúc nào, ở đâu?",
        "Lễ tuyên dương thanh niên tiêu biểu của xã diễn ra khi nào và ở đâu?",
        "Lễ tuyên dương thanh niên tiêu biểu năm 2049 sẽ tổ chức vào lúc nào, ở đâu?",
    ],
)
def test_the_changed_venue_is_quoted_beside_the_time(library, question) -> None:
    answer = library.ask(question)
    assert "Nhà văn hóa ấp Phú Lợi" in answer.text, answer.text
    assert "Hội trường Ủy ban nhân dân xã Tân Phú." not in answer.text, answer.text  # the plan's old venue
