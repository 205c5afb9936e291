"""Questions asking why (newcomer trial 42 q15): "Vì sao ...?", "Lý do ... là gì?", "Tại sao", "why", typed
with or without diacritics, through a real ``Assistant`` over a small library written as Word and as text:

- the clause giving the cause ("Do sân vận động xã đang thi công, ...", "... vì trùng lịch tiếp xúc cử tri
  ...") is the first quote, not the new venue or the new time the question names as its topic;
- no fact's first line ("Địa điểm: ...", "Thời gian: ...") stands above it: the place or time is not what
  is asked.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import library_as

PLAN = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ PHÚ MỸ",
    "Số: 40-KH/ĐTN",
    "Phú Mỹ, ngày 02 tháng 3 năm 2039",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội thanh niên khỏe và hội nghị sơ kết công tác Đoàn quý I năm 2039",
    "I. NGÀY HỘI THANH NIÊN KHỎE",
    "1. Thời gian: 7 giờ 30 phút ngày 26/3/2039.",
    "2. Địa điểm: Sân vận động xã Phú Mỹ.",
    "II. HỘI NGHỊ SƠ KẾT QUÝ I",
    "1. Thời gian: 14 giờ 00 ngày 30/3/2039.",
    "2. Địa điểm: Hội trường Ủy ban nhân dân xã.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các chi đoàn đăng ký vận động viên về Văn phòng Đoàn xã trước ngày 20/3/2039.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Phan Văn Lộc",
]
VENUE = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ PHÚ MỸ",
    "Số: 44-TB/ĐTN",
    "Phú Mỹ, ngày 18 tháng 3 năm 2039",
    "THÔNG BÁO",
    "Về việc thay đổi địa điểm tổ chức Ngày hội thanh niên khỏe",
    "Do sân vận động xã đang thi công mặt sân, Ban Thường vụ Đoàn xã thông báo như sau:",
    "1. Địa điểm: Sân Trường Trung học cơ sở Phú Mỹ, thay cho Sân vận động xã.",
    "2. Thời gian: giữ nguyên 7 giờ 30 phút ngày 26/3/2039.",
    "TM. BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lê Thị Ngân",
]
POSTPONED = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ PHÚ MỸ",
    "Số: 45-TB/ĐTN",
    "Phú Mỹ, ngày 25 tháng 3 năm 2039",
    "THÔNG BÁO",
    "Về việc lùi thời gian hội nghị sơ kết công tác Đoàn quý I năm 2039",
    "Hội nghị sơ kết công tác Đoàn quý I năm 2039 được lùi sang 14 giờ 00 ngày 03/4/2039, vì trùng lịch tiếp "
    "xúc cử tri của đại biểu Hội đồng nhân dân huyện tại xã.",
    "Địa điểm: Hội trường Ủy ban nhân dân xã (không thay đổi).",
    "TM. BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lê Thị Ngân",
]


SITE = "Do sân vận động xã đang thi công"
VOTERS = "vì trùng lịch tiếp xúc cử tri"


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"KH-40-DTN": PLAN, "TB-44-DTN": VENUE, "TB-45-DTN": POSTPONED}
    return library_as(request.param, tmp_path_factory, embedder, "reasons", docs)


def _quotes(answer) -> list[str]:
    return re.findall(r"^- “(.*)” \[\d+\]$", answer.text, flags=re.M)


@pytest.mark.parametrize(
    "question, cause",
    [
        ("Vì sao Ngày hội thanh niên khỏe phải đổi địa điểm?", "Do sân vận động xã đang thi công"),
        ("Lý do thay đổi địa điểm tổ chức Ngày hội thanh niên khỏe là gì?", SITE),
        ("Vi sao ngay hoi thanh nien khoe doi dia diem?", "Do sân vận động xã đang thi công"),
        ("Tại sao hội nghị sơ kết quý I bị lùi thời gian?", "vì trùng lịch tiếp xúc cử tri"),
        ("Why was the Youth Union's first-quarter review conference postponed?", VOTERS),
    ],
)
def test_the_cause_is_quoted_first_without_a_fact_line(library, question, cause) -> None:
    answer = library.ask(question)
    quotes = _quotes(answer)
    assert quotes and cause in quotes[0], answer.text
    first = answer.text.split("\n", 1)[0]
    assert not re.match(r"(?:Địa điểm|Thời gian|Thời hạn|Place|Time|Deadline)\b", first), answer.text
