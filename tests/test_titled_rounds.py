"""A sentence naming no round in a document titled for the round asked ("Kế hoạch tổ chức Hội thi ... lần
thứ hai") is on that round as much as one that writes it: the provision answering what is asked is quoted,
not a sentence that only restates the round in its words (library dev lib-ht2-02: "Nếu hội nghị hiệp
thương lần hai không thống nhất được một vấn đề thì giải quyết ra sao?" quoted the law's "Hội nghị hiệp
thương lần thứ hai được tổ chức trong khoảng thời gian ..." over the round's plan's "Trường hợp không thỏa
thuận được vấn đề nào thì hội nghị quyết định biểu quyết ..."; here the provision was not quoted at all).
Documents written here (DOCX paragraphs or
TXT), indexed for real, asked through ``Assistant``."""

from __future__ import annotations

import pytest

from tests.conftest import library_as

PLAN = [
    "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN ĐÔNG SƠN",
    "Số: 21/KH-HLHPN",
    "Đông Sơn, ngày 02 tháng 7 năm 2046",
    "KẾ HOẠCH",
    "Tổ chức Hội thi tay nghề thợ may lần thứ hai năm 2046",
    "I. THỜI GIAN",
    "Hội thi diễn ra trong hai ngày 14 và 15/8/2046 tại Nhà văn hóa huyện Đông Sơn.",
    "II. THỂ LỆ",
    "1. Mỗi thí sinh may hoàn chỉnh một bộ áo dài trong thời gian 04 giờ.",
    "2. Trường hợp hai thí sinh có điểm bằng nhau thì Ban Giám khảo cho thi thêm phần đo, cắt để xếp hạng.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Ban Thường vụ Hội LHPN huyện giao Ban Tổ chức chuẩn bị hội trường và phần thưởng.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hà Thị Lan",
]

RULES = [
    "HỘI LIÊN HIỆP PHỤ NỮ TỈNH THANH HÓA",
    "Số: 09/HD-HLHPN",
    "Thanh Hóa, ngày 10 tháng 3 năm 2046",
    "HƯỚNG DẪN",
    "Tổ chức các hội thi tay nghề của phụ nữ năm 2046",
    "1. Hội thi tay nghề lần thứ nhất tổ chức trong tháng 5/2046 ở các huyện đồng bằng.",
    "2. Hội thi tay nghề thợ may lần thứ hai được tổ chức trong tháng 8/2046 ở các huyện còn lại.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Thị Thu",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    docs = {"KH21_hoi_thi": PLAN, "HD09_hoi_thi": RULES}
    return library_as(request.param, tmp_path_factory, embedder, "titled_rounds", docs)


def test_the_rounds_provision_is_quoted(assistant):
    question = (
        "Ở hội thi tay nghề thợ may lần thứ hai, nếu hai người dự thi bằng điểm nhau thì giải quyết ra sao?"
    )
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert any("điểm bằng nhau" in c.quote for c in answer.citations), answer.text
