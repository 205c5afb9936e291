"""An English question names a Vietnamese place as English writes it, its syllables run together ("Haiphong",
"Hanoi", "Danang"), and asks with everyday words ("holidays", "each year"): the place's own guide (its
issuer carries the place) is the one quoted, not the central guide it details, and the sentence naming the
holidays is the quote (library3 dev l3-party-28). Documents written here (DOCX paragraphs or TXT), indexed
for real, asked through ``Assistant``."""

from __future__ import annotations

import pytest

from tests.conftest import library_as

CENTRAL = [
    "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "BAN TỔ CHỨC",
    "Số: 52-HD/BTCTW",
    "Hà Nội, ngày 10 tháng 5 năm 2043",
    "HƯỚNG DẪN",
    "Về trao tặng Kỷ niệm chương Xây dựng tổ chức đảng",
    "1. Thẩm quyền",
    "- Ban Tổ chức Trung ương quyết định tặng Kỷ niệm chương cho đảng viên đủ tiêu chuẩn.",
    "2. Lễ trao tặng Kỷ niệm chương",
    "- Lễ trao tặng Kỷ niệm chương cho đảng viên được tổ chức vào dịp kỷ niệm các ngày lễ lớn 03-02 và 02-9"
    " hằng năm tại tổ chức cơ sở đảng.",
    "- Chương trình buổi lễ gồm chào cờ, đọc quyết định, trao tặng và phát biểu ý kiến.",
    "T/L BAN BÍ THƯ",
    "TRƯỞNG BAN",
    "Trần Văn Khải",
]

CITY = [
    "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
    "BAN TỔ CHỨC THÀNH ỦY HẢI PHÒNG",
    "Số: 14-HD/BTCTU",
    "Hải Phòng, ngày 02 tháng 6 năm 2043",
    "HƯỚNG DẪN",
    "Thực hiện trao tặng Kỷ niệm chương Xây dựng tổ chức đảng",
    "I. THỜI GIAN TRAO TẶNG",
    "- Thời điểm trao: dịp các ngày lễ lớn 3/2, 19/5 và 2/9 hàng năm.",
    "II. CHƯƠNG TRÌNH BUỔI LỄ",
    "- Chào cờ, tuyên bố lý do, giới thiệu đại biểu.",
    "- Công bố quyết định và trao tặng Kỷ niệm chương cho đảng viên tại lễ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "- Các đảng ủy cơ sở đăng ký hình thức tổ chức lễ với Ban Tổ chức Thành ủy trước ngày 15 hằng tháng.",
    "T/M BAN TỔ CHỨC",
    "TRƯỞNG BAN",
    "Phạm Thị Hương",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    docs = {"HD52_trung_uong": CENTRAL, "HD14_hai_phong": CITY}
    return library_as(request.param, tmp_path_factory, embedder, "english_places", docs)


def test_the_city_guide_names_the_holidays(assistant):
    question = (
        "On which holidays each year does Haiphong hold the ceremonies for presenting the commemorative"
        " medals?"
    )
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    first = answer.citations[0]
    assert first.doc.file.startswith("HD14_hai_phong"), answer.text
    assert "19/5" in first.quote, answer.text
