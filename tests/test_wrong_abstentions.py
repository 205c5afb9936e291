"""Answerable questions the abstention checks refused, and an unanswerable one they let through (library3
dev: l3-mttq-07, l3-rw-11, l3-rw-24, l3-mttq-39), each as a kind over documents written here (.docx by
python-docx and .txt), asked through ``Assistant``:

- a verb that sets a time limit ("ấn định hạn chót cho ...", "đặt hạn cuối cho ...") is not the act whose
  time is asked: the act after it is;
- a count's qualifier ("bao nhiêu gian hàng nông sản?") may be written in the heading of the section the
  count sits in ("2. Phiên chợ nông sản an toàn" / "số lượng gian hàng: 20 gian hàng");
- a rate asked ("tỷ lệ tán thành bao nhiêu?") is answered by a share written in words ("trên hai phần ba
  tổng số thành viên");
- a place asked (a room, an address) where the quoted clause only refers the place to another paper
  ("Địa điểm nhận hồ sơ: Theo Thông báo số ...") is not stated: abstain; a clause writing the place answers.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

NOT_FOUND = "Không tìm thấy"

PLAN = [
    "HỘI NÔNG DÂN XÃ TÂN HƯNG",
    "Số: 12-KH/HND",
    "Tân Hưng, ngày 04 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Hoạt động của Hội trong 6 tháng đầu năm 2031",
    "I. TIẾN ĐỘ THỰC HIỆN",
    "1. Các chi hội tổ chức bình xét hộ sản xuất kinh doanh giỏi trong tháng 5/2031.",
    "2. Các chi hội gửi báo cáo sơ kết về Ban Thường vụ Hội Nông dân xã chậm nhất ngày 15/6/2031.",
    "3. Ban Thường vụ Hội Nông dân xã tổ chức hội nghị sơ kết vào tuần cuối tháng 6/2031.",
    "II. HOẠT ĐỘNG HÈ",
    "1. Sinh hoạt câu lạc bộ nông dân trẻ",
    "Các chi hội duy trì sinh hoạt câu lạc bộ mỗi tháng một lần.",
    "2. Phiên chợ nông sản an toàn",
    "Mỗi chi hội đăng ký theo mẫu, ưu tiên sản phẩm OCOP; số lượng gian hàng: 20 gian hàng.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Phúc",
]

RULES = [
    "HỘI CỰU CHIẾN BINH XÃ TÂN HƯNG",
    "Số: 03-QC/CCB",
    "QUY CHẾ",
    "Làm việc của Ban Chấp hành Hội Cựu chiến binh xã nhiệm kỳ 2031 - 2036",
    "Điều 5. Biểu quyết",
    "Nghị quyết của hội nghị Ban Chấp hành được thông qua khi có trên hai phần ba tổng số ủy viên có mặt "
    "biểu quyết tán thành.",
    "Điều 6. Hồ sơ kết nạp hội viên",
    "Thời gian, địa điểm nhận hồ sơ kết nạp hội viên: Theo Thông báo số 07/TB-CCB của Ban Thường vụ Hội "
    "Cựu chiến binh xã.",
    "Điều 7. Sinh hoạt định kỳ",
    "Địa điểm sinh hoạt định kỳ: Tại Phòng họp số 3, tầng 2 trụ sở Ủy ban nhân dân xã Tân Hưng.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return library_as(
        request.param, tmp_path_factory, embedder, "wrong_abstentions", {"KH12-HND": PLAN, "QC03-CCB": RULES}
    )


def test_a_verb_setting_the_time_limit_is_not_the_act_asked(assistant):
    answer = assistant.ask(
        "Kế hoạch 12-KH/HND ấn định hạn chót cho các chi hội gửi báo cáo sơ kết là ngày nào?"
    )
    assert NOT_FOUND not in answer.text, answer.text
    assert "15/6/2031" in first_line(answer), answer.text


def test_a_counts_qualifier_in_its_sections_heading(assistant):
    answer = assistant.ask(
        "Phiên chợ hè của Hội Nông dân xã Tân Hưng dự kiến có bao nhiêu gian hàng nông sản?"
    )
    assert NOT_FOUND not in answer.text, answer.text
    assert "20 gian hàng" in answer.text, answer.text


def test_a_rate_asked_is_answered_by_a_share_in_words(assistant):
    answer = assistant.ask(
        "Nghị quyết của Ban Chấp hành Hội Cựu chiến binh xã cần tỷ lệ tán thành bao nhiêu?"
    )
    assert NOT_FOUND not in answer.text, answer.text
    assert "trên hai phần ba" in answer.text, answer.text


def test_a_place_only_referred_to_another_paper_is_not_stated(assistant):
    answer = assistant.ask("Hội Cựu chiến binh xã nhận hồ sơ kết nạp hội viên tại phòng nào, trụ sở nào?")
    assert answer.text.startswith(NOT_FOUND), answer.text
    # the place written in a clause answers
    answer = assistant.ask("Ban Chấp hành Hội Cựu chiến binh xã sinh hoạt định kỳ tại phòng nào?")
    assert NOT_FOUND not in answer.text and "Phòng họp số 3" in answer.text, answer.text
