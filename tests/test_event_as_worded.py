"""Two documents each hold a district launch ceremony: the Youth Union guide's "Lễ ra quân cấp huyện" and
the Front letter's "lễ phát động cấp huyện" (the lexicon reads "ra quân" and "phát động" as one act, so
both are found). Asked "Lễ ra quân cấp huyện ... mấy giờ, ở đâu?", the quote naming the event as the
question words it leads and gives the time and place; the other ceremony's time is not the first line (trial
37: "Thời gian: vào 08 giờ ngày 01/4/2026" of the Front's fund drive). A venue written in lower case before
its unit ("tại sân vận động xã Tân Lập") is a place too. As Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

GUIDE = [
    "BCH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN KIM BÔI",
    "Số: 14-HD/ĐTN",
    "Kim Bôi, ngày 02 tháng 4 năm 2041",
    "HƯỚNG DẪN",
    "Tổ chức Chiến dịch thanh niên tình nguyện hè năm 2041",
    "I. THỜI GIAN",
    "1. Thời gian thực hiện chiến dịch: từ ngày 01/6/2041 đến ngày 31/8/2041.",
    "2. Lễ ra quân cấp huyện: 07 giờ 00 ngày 06/6/2041 tại sân vận động xã Tân Lập.",
    "II. CHỈ TIÊU",
    "Mỗi cơ sở Đoàn thực hiện ít nhất 01 công trình thanh niên.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Đinh Văn Hải",
]
LETTER = [
    "ỦY BAN MTTQ VIỆT NAM HUYỆN KIM BÔI",
    "Số: 128/MTTQ-BTT",
    "Kim Bôi, ngày 24 tháng 3 năm 2041",
    "V/v phát động ủng hộ Quỹ Vì người nghèo cấp huyện năm 2041",
    "2. Thời gian và hình thức nộp",
    "- Thời gian vận động: từ ngày 01/4/2041 đến ngày 31/5/2041.",
    "- Số tiền vận động nộp vào tài khoản của Ủy ban MTTQ huyện mở tại Kho bạc Nhà nước khu vực Kim Bôi.",
    "- Tổ chức lễ phát động cấp huyện vào 08 giờ ngày 01/4/2041 tại Hội trường Trung tâm Chính trị huyện.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Bùi Thị Lan",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    if request.param == "docx":
        files = {"HD-14.docx": GUIDE, "CV-128.docx": LETTER}
    else:
        files = {"HD-14.txt": "\n\n".join(GUIDE), "CV-128.txt": "\n\n".join(LETTER)}
    return assistant_over(tmp_path_factory.mktemp(f"worded_{request.param}"), embedder, files)


def test_the_event_named_as_asked_gives_time_and_place(library) -> None:
    answer = library.ask("Lễ ra quân cấp huyện diễn ra mấy giờ, ở đâu?")
    lines = answer.text.split("\n")
    assert "08 giờ" not in lines[0] and "01/4/2041" not in lines[0], answer.text
    assert lines[0].startswith("Thời gian:") and "06/6/2041" in lines[0], answer.text
    assert lines[1].startswith("Địa điểm: sân vận động xã Tân Lập"), answer.text


def test_a_venue_in_lower_case_is_a_place(library) -> None:
    answer = library.ask("Lễ ra quân cấp huyện tổ chức ở đâu?")
    assert first_line(answer).startswith("Địa điểm: sân vận động xã Tân Lập"), answer.text


def test_the_other_ceremony_keeps_its_own_time(library) -> None:
    answer = library.ask("Lễ phát động cấp huyện diễn ra lúc mấy giờ?")
    assert "08 giờ" in first_line(answer), answer.text
