"""A letter's requests to several bodies, each item opening with its body, the asked body's item setting no
time while other bodies' items do, through ``Assistant.ask`` on documents written here as DOCX and TXT.

"Hội Cựu chiến binh xã phải báo cáo kết quả ... trước ngày nào?" of a letter whose item "4. Hội Cựu chiến
binh xã tổ chức ... " sets no time, beside "2. Hội Nông dân xã ... báo cáo kết quả ... chậm nhất ngày ..."
(newcomer trial 44 u1): another body's dated item is no answer; the first line says the document sets no
time for this, citing the body's own item (``answer.untimed_step``), never another body's date.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

LETTER = [
    "ĐẢNG ỦY XÃ TÂN HIỆP",
    "Số: 212-CV/ĐU",
    "Tân Hiệp, ngày 14 tháng 9 năm 2041",
    "CÔNG VĂN",
    "V/v triển khai các hoạt động khắc phục hậu quả lũ",
    "Kính gửi: Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã.",
    "Ban Thường vụ Đảng ủy xã đề nghị thực hiện các việc sau:",
    "1. Ủy ban Mặt trận Tổ quốc Việt Nam xã tổng hợp danh sách hộ bị ngập, gửi Văn phòng Đảng ủy trước "
    "ngày 17/9/2041.",
    "2. Hội Nông dân xã hướng dẫn hội viên khôi phục sản xuất, báo cáo kết quả về Ban Thường vụ Đảng ủy "
    "chậm nhất ngày 25/9/2041.",
    "3. Hội Cựu chiến binh xã tổ chức tổ xung kích gồm ít nhất 20 hội viên, hỗ trợ các hộ neo đơn dọn dẹp "
    "nhà cửa, khơi thông cống rãnh sau lũ.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Phan Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def letter(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "untimed_item", {"CV212_KhacPhucLu": LETTER})


@pytest.mark.parametrize(
    "question",
    [
        "Hội Cựu chiến binh xã phải báo cáo kết quả hỗ trợ các hộ neo đơn dọn dẹp nhà cửa trước ngày nào?",
        "Hạn chót Hội Cựu chiến binh xã báo cáo kết quả hỗ trợ dọn dẹp sau lũ là khi nào?",
    ],
)
def test_body_item_without_time_says_none(letter, question):
    answer = letter.ask(question)
    line = first_line(answer)
    assert "25/9/2041" not in line and "17/9/2041" not in line, answer.text
    assert "không nêu thời hạn" in line, answer.text
    assert "Hội Cựu chiến binh xã tổ chức" in answer.citations[0].quote, answer.text


def test_body_item_with_time_keeps_it(letter):
    answer = letter.ask("Hội Nông dân xã phải báo cáo kết quả khôi phục sản xuất trước ngày nào?")
    assert "25/9/2041" in first_line(answer), answer.text
