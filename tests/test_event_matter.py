"""A "when / where is it held" question names its event with words of the document's matter ("Lễ ra quân
Tháng hành động ... cấp huyện" in the plan "Kế hoạch tổ chức Tháng hành động ..."): the passage dating it
names it without them ("Lễ ra quân cấp huyện tổ chức lúc ..."), and the question is answered (issue 11;
trials 27 q22, 30 q09). Near misses still abstain: the same event at another level, another event of the
plan it never dates. A question of several parts ("do ai chủ trì, tổ chức khi nào?") names the event before
its other part. One document written in the test, as DOCX and as TXT."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

PLAN = [
    "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LÁT",
    "BAN CHỈ ĐẠO LIÊN NGÀNH",
    "Số: 31/KH-BCĐ",
    "Mường Lát, ngày 02 tháng 4 năm 2030",
    "KẾ HOẠCH",
    "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2030",
    "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/3/2030 của Ủy ban nhân dân tỉnh, Ban Chỉ đạo liên ngành huyện "
    "xây dựng Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm năm 2030 như sau:",
    "I. THỜI GIAN",
    "Tháng hành động triển khai từ ngày 15/4/2030 đến ngày 15/5/2030 trên địa bàn toàn huyện. Lễ ra quân "
    "cấp huyện tổ chức lúc 7 giờ 30 ngày 15/4/2030 tại Sân vận động trung tâm huyện.",
    "II. NHIỆM VỤ",
    "1. Phòng Y tế huyện chủ trì kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn.",
    "2. Đội Quản lý thị trường số 5 phối hợp kiểm tra hàng hóa tại các chợ.",
    "3. Phòng Văn hóa và Thông tin huyện chủ trì buổi tổng kết vào 14 giờ 00 ngày 20/5/2030 tại Hội trường "
    "Ủy ban nhân dân huyện.",
    "TM. BAN CHỈ ĐẠO",
    "TRƯỞNG BAN",
    "Lò Văn Thành",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-31_BCD", PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "Lễ ra quân tháng hành động vì an toàn thực phẩm cấp huyện diễn ra lúc nào và ở đâu?",
        "Lễ ra quân tháng hành động cấp huyện tổ chức ngày nào?",
        "Lễ ra quân tháng hành động vì an toàn thực phẩm năm 2030 cấp huyện tổ chức lúc mấy giờ, ở đâu?",
    ],
)
def test_event_named_with_the_matter_is_answered(plan, question):
    answer = plan.ask(question)
    assert not answer.abstained, answer.text
    assert "7 giờ 30" in first_line(answer) and "15/4/2030" in first_line(answer), answer.text
    assert any("Sân vận động" in c.quote for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "question",
    [
        # the same event at another level: the plan dates the district's only
        "Lễ ra quân tháng hành động vì an toàn thực phẩm cấp tỉnh diễn ra lúc nào?",
        "Lễ ra quân cấp tỉnh tổ chức khi nào?",
        # another event of the plan, which it never dates
        "Lễ trao thưởng tháng hành động vì an toàn thực phẩm tổ chức ngày nào?",
    ],
)
def test_another_event_of_the_matter_abstains(plan, question):
    answer = plan.ask(question)
    assert answer.abstained, answer.text


def test_a_question_of_several_parts_names_the_event_before_them(plan):
    answer = plan.ask("Buổi tổng kết tháng hành động do ai chủ trì, tổ chức khi nào?")
    assert not answer.abstained, answer.text
    assert "20/5/2030" in first_line(answer), answer.text
    assert any("Phòng Văn hóa" in c.quote for c in answer.citations), answer.text


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("Lớp học bơi cho thiếu nhi do ai chủ trì, tổ chức khi nào?", "học bơi cho thiếu nhi"),
        (
            "Ngày hội văn hóa các dân tộc do đơn vị nào chủ trì, diễn ra khi nào?",
            "Ngày hội văn hóa các dân tộc",
        ),
        ("Hội thi cắm hoa nghệ thuật ở đâu, diễn ra ngày nào?", "Hội thi cắm hoa nghệ thuật"),
        ("Lễ ra quân chiến dịch cấp tỉnh diễn ra lúc nào và ở đâu?", "ra quân chiến dịch cấp tỉnh"),
    ],
)
def test_the_event_of_a_question_of_several_parts(question, event):
    from assistant.query import analyze

    assert analyze(question).event_subject == event
