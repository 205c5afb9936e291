"""A plan's own time field ("1. Thời gian: từ ngày 01/6/2041 đến hết ngày 31/8/2041.") names nothing of
what it dates: the plan's subject line does ("Hướng dẫn tổ chức Chiến dịch thanh niên tình nguyện hè năm
2041"). Asked "... kéo dài từ bao giờ đến bao giờ?" / "... từ ngày nào đến ngày nào?", the field is found
(the two-ended period is a time asked, ``retrieve.fields``), quoted before another document's sentence that
names the campaign and no time, and its period is the first line (trial 37 c01 quoted the preamble). Written
as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

GUIDE = [
    "BCH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN ĐÔNG HẢI",
    "Số: 21-HD/ĐTN",
    "Đông Hải, ngày 05 tháng 4 năm 2041",
    "HƯỚNG DẪN",
    "Tổ chức Chiến dịch thanh niên tình nguyện hè năm 2041",
    "Căn cứ Kế hoạch số 30-KH/TĐTN ngày 15/3/2041 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Huyện đoàn"
    " hướng dẫn tổ chức Chiến dịch thanh niên tình nguyện hè năm 2041 như sau:",
    "I. THỜI GIAN, CHỈ TIÊU",
    "1. Thời gian: từ ngày 01/6/2041 đến hết ngày 31/8/2041.",
    "2. Chỉ tiêu: mỗi cơ sở Đoàn thực hiện ít nhất 01 công trình thanh niên.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường vụ Huyện đoàn thành lập Ban Chỉ huy Chiến dịch, theo dõi, đôn đốc các cơ sở.",
    "2. Các cơ sở Đoàn đăng ký công trình thanh niên về Văn phòng Huyện đoàn trước ngày 20/5/2041.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lường Văn Tám",
]
NOTICE = [
    "HUYỆN ỦY ĐÔNG HẢI",
    "Số: 45-TB/HU",
    "Đông Hải, ngày 18 tháng 3 năm 2041",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Huyện ủy về công tác thanh niên năm 2041",
    "1. Ban Thường vụ Huyện đoàn chỉ đạo thành lập đội thanh niên xung kích ở các xã; đưa nội dung phòng,"
    " chống thiên tai vào Chiến dịch thanh niên tình nguyện hè.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Hà Văn Nam",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    if request.param == "docx":
        files = {"HD-21.docx": GUIDE, "TB-45.docx": NOTICE}
    else:
        files = {"HD-21.txt": "\n\n".join(GUIDE), "TB-45.txt": "\n\n".join(NOTICE)}
    return assistant_over(tmp_path_factory.mktemp(f"own_time_{request.param}"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Chiến dịch tình nguyện hè 2041 của Huyện đoàn Đông Hải kéo dài từ bao giờ đến bao giờ?",
        "Chiến dịch thanh niên tình nguyện hè 2041 diễn ra từ ngày nào đến ngày nào?",
    ],
)
def test_the_plans_own_time_field_answers_its_period(library, question: str) -> None:
    answer = library.ask(question)
    line = first_line(answer)
    assert line.startswith("Thời gian:") and "01/6/2041" in line and "31/8/2041" in line, answer.text
    assert "“1. Thời gian: từ ngày 01/6/2041" in answer.text.split("\n\n")[1], answer.text
