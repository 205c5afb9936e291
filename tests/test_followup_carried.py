"""A follow-up carried to the previous question's document ("Còn ... thì ...?" + "(<title>)") finds the
passage it asks about inside that document: the carried title's words name the document, they do not
rank its passages (issue 11: follow-ups). Real index over a charter written here, without a number, whose
long title shares words with many of its articles.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

CHARTER = """ĐIỀU LỆ
HỘI CỰU CHIẾN BINH VIỆT NAM (Đại hội đại biểu toàn quốc lần thứ VII Hội Cựu chiến binh Việt Nam thông qua)

Điều 1. Hội viên
1. Cựu chiến binh tự nguyện viết đơn xin vào Hội, được chi hội xét và đề nghị thì được kết nạp.
2. Hội viên từ đủ 80 tuổi trở lên được miễn sinh hoạt định kỳ nếu có đơn đề nghị.

Điều 2. Đại hội
1. Đại hội đại biểu toàn quốc của Hội họp 5 năm một lần.
2. Đại hội chi hội do Ban Chấp hành Hội cấp cơ sở triệu tập.

Điều 3. Xóa tên hội viên
Hội viên không sinh hoạt hoặc không đóng hội phí sáu tháng liền mà không có lý do chính đáng thì chi hội
xem xét, đề nghị xóa tên trong danh sách hội viên.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("followup_carried")
    return assistant_over(folder, embedder, {"dieu-le-ccb.txt": CHARTER})


@pytest.mark.parametrize(
    "followup",
    [
        "Còn hội viên bỏ sinh hoạt mấy tháng thì bị xóa tên?",
        "Con hoi vien bo sinh hoat may thang thi bi xoa ten?",
    ],
)
def test_follow_up_finds_its_passage_in_the_carried_document(assistant, followup):
    answer = assistant.ask(followup, history=["Hội viên bao nhiêu tuổi thì được miễn sinh hoạt định kỳ?"])
    assert not answer.abstained, answer.text
    assert "sáu tháng liền" in answer.citations[0].quote, answer.text


LETTER = """HỘI CỰU CHIẾN BINH XÃ AN PHÚ
Số: 07/CV-CCB
V/v chuẩn bị đại hội chi hội nhiệm kỳ 2029 - 2034
An Phú, ngày 02 tháng 3 năm 2029

Kính gửi: Các chi hội Cựu chiến binh ấp.

1. Các chi hội nộp hội phí quý I về Hội xã trước ngày 10/4/2029.

2. Hồ sơ đại hội gồm: tờ trình; báo cáo chính trị; biên bản bầu cử. Chi hội nộp hồ sơ về Hội xã trong vòng
05 ngày làm việc kể từ ngày kết thúc đại hội.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Đỗ Văn Lộc
"""


@pytest.fixture(scope="module")
def letter(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("followup_procedure"), embedder, {"CV07.txt": LETTER})


def test_a_bare_follow_up_keeps_the_procedure_asked_before(letter):
    # "Phải nộp trong bao lâu?" after the congress papers: those papers' time, not the dues'
    history = ["Hồ sơ đại hội chi hội CCB gồm những giấy tờ gì?"]
    answer = letter.ask("Phải nộp trong bao lâu?", history=history)
    assert any("05 ngày làm việc" in c.quote for c in answer.citations), answer.text
