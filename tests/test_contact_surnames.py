"""A contact person introduced by a title ("Giao đồng chí Trần Văn Lộc, ..., là đầu mối ...") is a contact
whatever the surname: "Trần", "Đặng", "Đỗ", "Tô" fold like words of a body's or post's name ("trận", "Đảng",
"tự do", "tổ") and the name's shape alone missed them, so the sentence naming the person asked for was no
contact and another document's sentence sharing "đầu mối tiếp nhận" with a phone number was quoted instead
(newcomer trial 46 q22). Written as Word files and as plain text; asked through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

GUIDE = [
    "HỘI CỰU CHIẾN BINH XÃ PHÚ LỄ",
    "Số: 09-HD/CCB",
    "Phú Lễ, ngày 04 tháng 5 năm 2032",
    "HƯỚNG DẪN",
    "Xét hỗ trợ sửa chữa nhà ở cho hội viên khó khăn năm 2032",
    "I. ĐỐI TƯỢNG",
    "1. Hội viên có nhà ở xuống cấp, được Chi hội đề nghị.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Giao đồng chí Đỗ Văn Thắm, Phó Chủ tịch Hội, là đầu mối hướng dẫn, tiếp nhận đề xuất của chi hội "
    "(email: cuuchienbinh.phule@example.vn).",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lưu Văn Sáu",
]
LETTER = [
    "ĐẢNG ỦY XÃ PHÚ LỄ",
    "Số: 77-CV/ĐU",
    "Phú Lễ, ngày 12 tháng 5 năm 2032",
    "V/v báo cáo sơ kết 6 tháng năm 2032",
    "1. Các chi bộ gửi báo cáo sơ kết về Đảng ủy trước ngày 20/6/2032.",
    "2. Giao Văn phòng Đảng ủy tổng hợp; đồng chí Lý Thị Hoa, Chánh Văn phòng, là đầu mối tiếp nhận báo "
    "cáo (điện thoại: 0275 3861 402).",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Mai Văn Tấn",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def contacts(request, tmp_path_factory, embedder):
    files = {"guide": GUIDE, "letter": LETTER}
    if request.param == "docx":
        written = {f"{k}.docx": v for k, v in files.items()}
    else:
        written = {f"{k}.txt": "\n\n".join(v) for k, v in files.items()}
    return assistant_over(tmp_path_factory.mktemp(f"contacts-{request.param}"), embedder, written)


def test_contact_named_with_a_surname_folding_like_a_word(contacts):
    answer = contacts.ask("Ai là đầu mối tiếp nhận đề xuất của chi hội?")
    quoted = answer.text.split("“")
    assert len(quoted) > 1 and "Đỗ Văn Thắm" in quoted[1], answer.text
