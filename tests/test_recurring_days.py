"""A confident wrong first line of newcomer trial 40, for Word and text files through a real ``Assistant``:
a day of a recurring period ("họp xét duyệt vào ngày 10 hằng tháng") read as a length for "tối thiểu bao
lâu?" (c1: "Số liệu: 10 hằng tháng"). The documents of the other fault seen (u1) stay as the fixture.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

GUIDE = [
    "HỘI NÔNG DÂN XÃ ĐÔNG YÊN",
    "Số: 06-HD/HND",
    "Đông Yên, ngày 15 tháng 02 năm 2044",
    "HƯỚNG DẪN",
    "cho vay vốn Quỹ Hỗ trợ nông dân năm 2044",
    "1. Điều kiện vay vốn: Là hội viên Hội Nông dân có thời gian sinh hoạt liên tục từ đủ 12 tháng trở lên"
    " tính đến ngày nộp hồ sơ; có phương án sản xuất được Chi hội xác nhận.",
    "2. Quy trình: Bước 1: Hộ vay nộp hồ sơ cho Chi hội trưởng. Bước 2: Ban Thường vụ Hội Nông dân xã họp xét"
    " duyệt vào ngày 10 hằng tháng và trình Ban Điều hành Quỹ huyện phê duyệt.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đỗ Văn Khang",
]
REPORT = [
    "HỘI CỰU CHIẾN BINH XÃ ĐÔNG YÊN",
    "Số: 14-BC/CCB",
    "Đông Yên, ngày 28 tháng 6 năm 2044",
    "BÁO CÁO",
    "kết quả hoạt động 6 tháng đầu năm 2044",
    "1. Công tác tuyên truyền: Hội phổ biến nghị quyết đến 100% hội viên.",
    "2. Phong trào giúp nhau giảm nghèo: Hội đã phối hợp với Chi đoàn thôn trồng 600 cây xanh trong Tháng"
    " Thanh niên; vận động hội viên giúp đỡ 9 hộ hội viên khó khăn với tổng số tiền 46.500.000 đồng.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Nguyễn Văn Bảy",
]
YOUTH_PLAN = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ ĐÔNG YÊN",
    "Số: 31-KH/ĐTN",
    "Đông Yên, ngày 05 tháng 3 năm 2044",
    "KẾ HOẠCH",
    "tổ chức Tháng Thanh niên năm 2044",
    "1. Lễ ra quân Tháng Thanh niên tổ chức lúc 7 giờ 30 ngày 14/3/2044 tại Sân Nhà văn hóa xã.",
    "2. Mỗi chi đoàn cử ít nhất 15 đoàn viên tham dự lễ ra quân.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Trần Thu Hà",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"HD-06": GUIDE, "BC-14": REPORT, "KH-31": YOUTH_PLAN}
    return library_as(request.param, tmp_path_factory, embedder, "trial40", docs)


def test_a_recurring_day_is_no_length(library) -> None:
    answer = library.ask("Muốn vay Quỹ Hỗ trợ nông dân thì phải vào Hội tối thiểu bao lâu?")
    assert "10 hằng tháng" not in first_line(answer), answer.text

