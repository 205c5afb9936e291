"""A deadline question whose act ("hoàn tất phiếu hội viên" after the admission ceremony) only a lower
retrieved document times, while the best-matching one writes a neighbouring time limit (the ceremony's own,
"Trong thời hạn 20 ngày ... chi hội phải tổ chức lễ kết nạp"): the first line is the lower document's time
for the act, never the ceremony's, for Word and text files through a real ``Assistant`` (library2 dev
l2-party-04's kind: no first line, the ceremony's limit quoted alone).
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

RULE = [
    "HỘI CỰU CHIẾN BINH TỈNH BÌNH LONG",
    "Số: 05-QĐ/CCB",
    "Bình Long, ngày 03 tháng 3 năm 2045",
    "QUY ĐỊNH",
    "Về thời hạn kết nạp hội viên và tổ chức lễ kết nạp",
    "Điều 3. Thời hạn tổ chức lễ kết nạp hội viên",
    "1. Trong thời hạn 20 ngày làm việc, kể từ ngày nhận được quyết định kết nạp hội viên của Hội cấp trên,"
    " chi hội phải tổ chức lễ kết nạp cho hội viên mới.",
    "2. Lễ kết nạp hội viên mới được tổ chức trang trọng; hội viên mới đọc lời hứa tại buổi lễ kết nạp.",
    "Điều 4. Thời hạn quyết định kết nạp",
    "Trong thời hạn 30 ngày làm việc kể từ ngày chi hội đề nghị, Hội cấp trên phải xem xét, quyết định kết"
    " nạp hội viên.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đỗ Văn Lực",
]
GUIDE = [
    "HỘI CỰU CHIẾN BINH TỈNH BÌNH LONG",
    "Số: 09-HD/CCB",
    "Bình Long, ngày 20 tháng 3 năm 2045",
    "HƯỚNG DẪN",
    "Quản lý hồ sơ hội viên",
    "1. Hồ sơ hội viên gồm đơn xin vào Hội, phiếu hội viên và quyết định kết nạp.",
    "2. Lưu ý: Sau khi chi hội tổ chức lễ kết nạp, hội viên phải khai phiếu hội viên trong thời gian 12 ngày"
    " làm việc để Hội quản lý. Chi hội thu phiếu, kiểm tra và gửi về Văn phòng Hội.",
    "3. Văn phòng Hội lưu hồ sơ hội viên theo chế độ bảo mật.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đỗ Văn Lực",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"QD-05": RULE, "HD-09": GUIDE}
    return library_as(request.param, tmp_path_factory, embedder, "lower_deadline", docs)


def test_the_act_timed_by_a_lower_document(library) -> None:
    answer = library.ask(
        "Sau buổi lễ kết nạp thì hội viên mới có thời hạn bao lâu để hoàn tất phiếu hội viên của mình?"
    )
    line = first_line(answer)
    assert line.startswith("Thời hạn:") and "12 ngày làm việc" in line, answer.text
    assert "khai phiếu hội viên trong thời gian 12 ngày" in answer.text
