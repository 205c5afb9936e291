"""Words of a question read as names no document writes (trial 36: wrongful abstentions with the passage
retrieved). Real index over three documents written here (.txt and .html, a module fixture's param), asked
through ``Assistant``.

- "Tỉnh Đoàn Bình Sơn": the province's Youth Union, the place is "Bình Sơn"; it was read as a place
  "Đoàn Bình Sơn" no document writes and the answer abstained (t36-26);
- "Quy chế 2027" names a document printing no number by its type and its year; no held document carried
  that number and the answer abstained as "document not held" (t36-25, "Hiến pháp 2013");
- "the Prime Minister instruct the Ministry of Finance": central government's words had no gloss, so the
  names check read them as names no document writes (t36-28).
"""

from __future__ import annotations

import html

import pytest

from tests.conftest import assistant_over

NEWS = [
    "Tháng Thanh niên 2028: nhiều hoạt động ý nghĩa",
    "Ngay từ những ngày đầu tháng 3, nhiều tỉnh, thành đoàn đã tổ chức ra quân Tháng Thanh niên năm 2028.",
    "Tại Bình Sơn, Tỉnh Đoàn ra quân thực hiện các công trình, phần việc cấp tỉnh như: nạo vét kênh mương, "
    "trồng 3.000 cây xanh ở huyện Tân Hà; đồng thời khởi công xây dựng 3 cầu dân sinh.",
    "Tại Hòa Lạc, các cơ sở đoàn tổ chức ngày Chủ nhật xanh, tặng quà học sinh nghèo.",
]

RULES = [
    "HỘI NÔNG DÂN TỈNH BÌNH SƠN",
    "Bình Sơn, ngày 15 tháng 3 năm 2027",
    "QUY CHẾ",
    "Làm việc của Ban Chấp hành Hội Nông dân tỉnh khóa X",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định nguyên tắc, chế độ làm việc của Ban Chấp hành Hội Nông dân tỉnh.",
    "Điều 5. Chế độ sinh hoạt",
    "1. Ban Thường vụ sinh hoạt thường kỳ mỗi tháng một lần vào ngày 25; Ban Chấp hành sinh hoạt thường kỳ "
    "sáu tháng một lần.",
    "2. Ủy viên Ban Chấp hành vắng mặt phải báo cáo Chủ tịch Hội trước 01 ngày.",
]

LETTER = [
    "VĂN PHÒNG CHÍNH PHỦ",
    "Số: 512/VPCP-KTTH",
    "V/v xử lý kiến nghị về hoàn thuế giá trị gia tăng",
    "Hà Nội, ngày 20 tháng 5 năm 2027",
    "Kính gửi: Bộ Tài chính.",
    "Xét kiến nghị của Hiệp hội Doanh nghiệp tỉnh Bình Sơn về việc chậm hoàn thuế giá trị gia tăng, Thủ "
    "tướng Chính phủ giao Bộ Tài chính rà soát, xử lý dứt điểm các hồ sơ hoàn thuế tồn đọng; trường hợp vượt "
    "thẩm quyền, báo cáo Thủ tướng Chính phủ.",
    "Văn phòng Chính phủ thông báo để Bộ Tài chính biết, thực hiện./.",
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
    "PHÓ CHỦ NHIỆM",
    "Nguyễn Văn Quang",
]


def _as(fmt: str, stem: str, lines: list[str]) -> dict[str, str]:
    if fmt == "txt":
        return {f"{stem}.txt": "\n\n".join(lines)}
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return {f"{stem}.html": f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"}


@pytest.fixture(scope="module", params=["txt", "html"])
def library(request, tmp_path_factory, embedder):
    files = {
        **_as(request.param, "tin-thang-thanh-nien", NEWS),
        **_as(request.param, "quy-che-hnd", RULES),
        **_as(request.param, "cv-512-vpcp", LETTER),
    }
    return assistant_over(tmp_path_factory.mktemp(f"bodies_{request.param}"), embedder, files)


def test_a_provinces_youth_union_names_its_province_not_a_place(library):
    answer = library.ask(
        "Tỉnh Đoàn Bình Sơn đã triển khai những công trình, phần việc gì trong Tháng Thanh niên?"
    )
    assert not answer.abstained
    assert "3 cầu dân sinh" in answer.text


def test_a_document_without_number_is_named_by_type_and_year(library):
    answer = library.ask("Theo Quy chế 2027, Ban Thường vụ sinh hoạt thường kỳ bao lâu một lần?")
    assert not answer.abstained
    assert "mỗi tháng một lần" in answer.text


def test_central_government_words_are_no_unknown_names(library):
    answer = library.ask(
        "What did the Prime Minister instruct the Ministry of Finance to do in Official Letter 512/VPCP-KTTH?"
    )
    assert not answer.abstained
    assert "rà soát, xử lý dứt điểm" in answer.text
