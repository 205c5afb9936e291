"""A procedure or condition question is answered only by passages about its topic (issue 11, part 5: no
quotes that answer another question). Real index over a guide written here.

- "Thủ tục / Điều kiện / Hồ sơ <topic> ...?" whose topic the guide treats is answered with its provision;
- the same kind of question about a procedure the guide never treats (dissolving a branch, a birth
  registration) abstains, even though the guide's procedures share most of the question's other words;
- the English question with glossed words, and the threshold chosen by ``eval --calibrate``, still answer.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

GUIDE = """HỘI CỰU CHIẾN BINH TỈNH NINH BÌNH
BAN THƯỜNG VỤ
Số: 07-HD/CCB
Ninh Bình, ngày 20 tháng 4 năm 2026

HƯỚNG DẪN
Thành lập chi hội và kết nạp hội viên

I. THỦ TỤC THÀNH LẬP CHI HỘI
1. Ban Chấp hành Hội Cựu chiến binh xã lập tờ trình đề nghị thành lập chi hội, kèm danh sách hội viên.
2. Đảng ủy xã cho ý kiến bằng văn bản trong vòng 10 ngày làm việc.
3. Ban Thường vụ Hội Cựu chiến binh huyện ra quyết định thành lập chi hội.

II. ĐIỀU KIỆN KẾT NẠP HỘI VIÊN
Cựu chiến binh có phẩm chất đạo đức tốt, tự nguyện viết đơn xin vào Hội, được chi hội xét và đề nghị.
Hồ sơ kết nạp gồm đơn xin vào Hội, bản sao quyết định xuất ngũ hoặc giấy tờ chứng minh thời gian phục vụ.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Đinh Văn Hòa
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("procedure_topic"), embedder, {"HD07.txt": GUIDE})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Thủ tục thành lập chi hội cựu chiến binh gồm những bước nào?", "tờ trình"),
        ("Điều kiện để kết nạp hội viên Hội Cựu chiến binh là gì?", "tự nguyện viết đơn"),
        ("Hồ sơ kết nạp hội viên gồm những giấy tờ gì?", "quyết định xuất ngũ"),
        ("What are the conditions to join the Veterans' Association?", "tự nguyện viết đơn"),
    ],
)
def test_procedure_the_guide_treats_is_answered(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert any(expected in c.quote for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Thủ tục giải thể chi hội cựu chiến binh gồm những bước nào?",
        "Thu tuc dang ky khai sinh cho tre em tai UBND xa gom nhung giay to gi?",
        "Hồ sơ đề nghị tặng kỷ niệm chương gồm những gì?",
        # the body's and its members' names are written, the act ("trợ cấp") is not
        "Thủ tục xin trợ cấp cho hội viên cựu chiến binh có hoàn cảnh khó khăn như thế nào?",
    ],
)
def test_procedure_the_guide_never_treats_abstains(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.evidence.reason == "topic_not_found", answer.evidence
