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
