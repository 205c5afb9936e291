"""Abstention checks that a newcomer trial found too loose (issue 11, part 5: no answer is better than a
wrong one), on documents written here, indexed for real and asked through ``Assistant``:

- "bao nhiêu kinh phí / tiền" asks money: a sum in đồng for that noun (for "được hỗ trợ bao nhiêu tiền",
  written with that verb), not any count; a table field whose
  column header carries the unit ("Kinh phí hỗ trợ (đồng): 5.000.000") states one;
- a deadline question naming its body, answered by quotes when no clause of that body sets a time, needs
  a quote naming the body: another body's dated clause is not its answer;
- a body named with its place is not its namesake elsewhere ("Đoàn Thanh niên xã Bình Lợi" in xã An Phú's
  plan is not "Đoàn Thanh niên xã An Phú");
- the body a candidacy or an election is for ("người ứng cử HĐND xã") is not the question's actor;
- "tổ chức ngày nào?" ranks the passage writing a day above the title words it repeats.
"""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over

PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ
BAN THƯỜNG TRỰC
Số: 12/KH-MTTQ
An Phú, ngày 05 tháng 8 năm 2026

KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026

I. NỘI DUNG

1. Hội Cựu chiến binh xã phối hợp ôn lại truyền thống tại các khu dân cư.

2. Hội Liên hiệp Phụ nữ xã tổ chức hội thi nấu ăn, danh sách đội thi gửi về Ban Thường trực trước ngày 20/9/2026.

3. Mỗi thôn tặng ít nhất 05 suất quà cho hộ nghèo.

4. Mỗi hội viên Hội Liên hiệp Phụ nữ xã góp tiết kiệm tối thiểu 50.000 đồng mỗi tháng.

5. Đoàn Thanh niên xã Bình Lợi phối hợp tổ chức chợ phiên nông sản, hoàn thành trước ngày 15/9/2026.

II. KINH PHÍ

Kinh phí hỗ trợ các thôn được phân bổ như sau:

1. Thôn: Bàu Sen; Số hộ: 412; Kinh phí hỗ trợ (đồng): 5.000.000

2. Thôn: Gò Mít; Số hộ: 285; Kinh phí hỗ trợ (đồng): 3.000.000
"""


DECISION = """HỘI NÔNG DÂN HUYỆN AN PHÚ
BAN THƯỜNG VỤ
Số: 88-QĐ/HND
An Phú, ngày 09 tháng 6 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Ban Tổ chức Hội thi "Nhà nông đua tài" huyện An Phú lần thứ IV, năm 2026

Điều 1. Thành lập Ban Tổ chức Hội thi "Nhà nông đua tài" huyện An Phú lần thứ IV, năm 2026, gồm các ông, bà có tên sau:

1. Ông Trịnh Văn Hòa, Chủ tịch Hội Nông dân huyện - Trưởng ban.

2. Bà Lý Thị Mỹ, Phó Chủ tịch Hội Nông dân huyện - Phó Trưởng ban.

3. Ông Cao Minh Tâm, Trưởng ban Kinh tế - Xã hội Hội Nông dân huyện - Ủy viên.

Điều 2. Ban Tổ chức có nhiệm vụ xây dựng thể lệ, thành lập Ban Giám khảo và tổ chức Hội thi tại Nhà văn hóa huyện vào ngày 26/7/2026; tổng hợp, báo cáo kết quả về Ban Thường vụ Hội Nông dân tỉnh.

Điều 3. Văn phòng và các ban chuyên môn Hội Nông dân huyện, các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("amounts"), embedder, {"KH12.txt": PLAN, "QD88.txt": DECISION}
    )


def test_money_asked_by_kinh_phi_needs_a_sum_for_it(assistant):
    answer = assistant.ask("Hội Cựu chiến binh xã được cấp bao nhiêu kinh phí để ôn lại truyền thống?")
    assert answer.abstained, answer.text


def test_money_asked_by_its_verb_needs_a_sum_given_that_way(assistant):
    # "được hỗ trợ bao nhiêu tiền?": a contribution of 50.000 đồng is not a support; the table's
    # "Kinh phí hỗ trợ (đồng)" is
    answer = assistant.ask("Hội Liên hiệp Phụ nữ xã được hỗ trợ bao nhiêu tiền để tiết kiệm?")
    assert answer.abstained, answer.text
    answer = assistant.ask("Thôn Gò Mít được hỗ trợ bao nhiêu tiền?")
    assert not answer.abstained, answer.text
    assert "3.000.000" in answer.text


def test_sum_in_a_table_field_with_its_unit_in_the_header_answers(assistant):
    answer = assistant.ask("Kinh phí hỗ trợ thôn Gò Mít là bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "3.000.000" in answer.text


def test_deadline_of_a_body_no_quote_names_abstains(assistant):
    answer = assistant.ask("Hạn chót Hội Nông dân xã nộp danh sách đội thi là ngày nào?")
    assert answer.abstained, answer.text
    answer = assistant.ask("Hạn chót Hội Liên hiệp Phụ nữ xã gửi danh sách đội thi là ngày nào?")
    assert not answer.abstained, answer.text
    assert "20/9/2026" in answer.text


def test_namesake_in_another_place_is_not_the_body(assistant):
    # the plan of xã An Phú gives a date to "Đoàn Thanh niên xã Bình Lợi": not to An Phú's Youth Union
    answer = assistant.ask("Đoàn Thanh niên xã An Phú phải hoàn thành nhiệm vụ gì trước ngày nào?")
    assert "15/9/2026" not in answer.text.split("\n", 1)[0], answer.text
    assert answer.abstained, answer.text
    answer = assistant.ask("Đoàn Thanh niên xã Bình Lợi phải hoàn thành nhiệm vụ gì trước ngày nào?")
    assert "15/9/2026" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Biên bản giới thiệu người ứng cử HĐND xã phải nộp trước ngày nào?",
        "Danh sách cử tri bầu cử Hội đồng nhân dân xã phải niêm yết khi nào?",
    ],
)
def test_body_elected_is_not_the_actor(question):
    info = analyze(question)
    assert "hdnd" not in info.subject_orgs, info


def test_event_day_question_finds_the_passage_writing_the_day(assistant):
    # "tổ chức ngày nào, ở đâu?": the title and Điều 1 repeat the question's words; Điều 2 writes the day
    # (``day_marks``)
    hits = assistant.retriever.search("Hội thi Nhà nông đua tài lần thứ IV tổ chức ngày nào, ở đâu?", k=2)
    assert any("26/7/2026" in h.chunk.text for h in hits), [h.chunk.text[:60] for h in hits]
    answer = assistant.ask("Hội thi Nhà nông đua tài lần thứ IV tổ chức ngày nào, ở đâu?")
    assert not answer.abstained and "26/7/2026" in answer.text, answer.text


LEADS = """HỘI LHPN HUYỆN AN PHÚ
BAN THƯỜNG VỤ
Số: 12-TB/HLHPN
An Phú, ngày 18 tháng 4 năm 2026

THÔNG BÁO
Kết luận về hỗ trợ phụ nữ khởi nghiệp

1. Hội LHPN xã Phúc Đồng chủ trì tổ chức Ngày hội khởi nghiệp phụ nữ, hoàn thành trước ngày 15/6/2026.

2. Hội LHPN xã Hương Trà phối hợp với Ngân hàng Chính sách xã hội huyện rà soát các tổ tiết kiệm và vay vốn, báo cáo Ban Thường vụ trước ngày 30/5/2026.
"""


def test_who_leads_an_action_is_not_the_lead_of_another_item(tmp_path, embedder):
    # item 1 writes "chủ trì" for another task; the asked task (item 2) names no lead: no first line
    # naming item 1's body
    assistant = assistant_over(tmp_path, embedder, {"TB12.txt": LEADS})
    answer = assistant.ask("Ai chủ trì rà soát các tổ tiết kiệm và vay vốn theo Thông báo 12-TB/HLHPN?")
    assert "Phúc Đồng" not in answer.text.split("\n", 1)[0], answer.text
    answer = assistant.ask("Ai chủ trì tổ chức Ngày hội khởi nghiệp phụ nữ?")
    assert "Phúc Đồng" in answer.text.split("\n", 1)[0], answer.text
