"""Follow-ups about a body's units and the bodies around them, and the first line of a deadline question
about a unit whose duty sets no time (newcomer trials 21 and 23). Real indexes over a plan and a letter
written here, as Word and as plain text.

- "Hạn chót là khi nào?" after "Văn phòng Hội ... có nhiệm vụ gì về quyết toán kinh phí ...?" asks the
  deadline of that unit's settlement, not every deadline of the issuer's plan;
- "Còn Hội Nông dân thì sao?" after a question on the association's "Ban Kinh tế - Xã hội" asks about the
  association, not that department again;
- "Còn Ban Kinh tế - Xã hội thì sao?": a department outside the registry, whose name holds "xã hội"
  (society), not the commune level "xã";
- a unit whose duty is done "thường xuyên" has no deadline: the document sets none, its clause quoted
  first, not another unit's date.
"""

from __future__ import annotations

import pytest

from assistant.answer import followup
from assistant.obligations.orgs import OrgRegistry
from tests.conftest import assistant_over

PLAN = [
    "HỘI CỰU CHIẾN BINH HUYỆN TÂN HÒA",
    "Số: 14/KH-CCB",
    "Tân Hòa, ngày 05 tháng 02 năm 2031",
    "KẾ HOẠCH",
    "Triển khai mô hình nuôi ong lấy mật trong hội viên năm 2031",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Giúp hội viên cựu chiến binh phát triển kinh tế hộ gia đình bằng nghề nuôi ong lấy mật.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ban Tổ chức - Chính sách Hội CCB huyện chủ trì biên soạn tài liệu kỹ thuật nuôi ong, hoàn thành "
    "trước ngày 20/3/2031.",
    "2. Hội CCB các xã lập danh sách hộ tham gia, gửi về Ban Tổ chức - Chính sách Hội CCB huyện trước ngày "
    "10/4/2031.",
    "3. Văn phòng Hội CCB huyện lập dự toán kinh phí, trình Thường trực Hội phê duyệt trước ngày 25/3/2031 "
    "và báo cáo quyết toán trước ngày 15/12/2031.",
    "4. Ban Tuyên giáo Hội CCB huyện thường xuyên tuyên truyền kết quả mô hình trên bản tin của Hội.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lò Văn Khánh",
]

LETTER = """HỘI NÔNG DÂN HUYỆN SƠN THỦY
Số: 31/CV-HND
V/v tập huấn kỹ thuật chăn nuôi bò sinh sản
Sơn Thủy, ngày 14 tháng 4 năm 2031

Kính gửi: Ban Thường vụ Hội Nông dân các xã.

1. Mục đích
Nâng cao kỹ năng chăn nuôi bò sinh sản cho hội viên nông dân.

2. Trách nhiệm của các đơn vị

- Hội Nông dân các xã: lập danh sách hộ đăng ký tập huấn, gửi về Văn phòng Hội Nông dân huyện trước
ngày 12/5/2031.

- Ban Kinh tế - Xã hội Hội Nông dân huyện: chủ trì thẩm định danh sách, phối hợp với Trạm Khuyến nông
huyện; trình Thường trực Hội phê duyệt trước ngày 26/5/2031.

- Văn phòng Hội Nông dân huyện: bố trí hội trường và tài liệu cho lớp tập huấn.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Đinh Công Sơn
"""


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    name = f"KH14-CCB.{request.param}"
    text = PLAN if request.param == "docx" else "\n\n".join(PLAN) + "\n"
    return assistant_over(tmp_path_factory.mktemp(f"unit_plan_{request.param}"), embedder, {name: text})


@pytest.fixture(scope="module")
def letter(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("unit_letter"), embedder, {"CV31-HND.txt": LETTER})


@pytest.mark.parametrize(
    "previous",
    [
        "Văn phòng Hội Cựu chiến binh huyện Tân Hòa có nhiệm vụ gì về quyết toán kinh phí nuôi ong?",
        "Văn phòng Hội Cựu chiến binh huyện Tân Hòa có trách nhiệm gì đối với quyết toán kinh phí nuôi ong?",
    ],
)
@pytest.mark.parametrize(
    "bare", ["Hạn chót là khi nào?", "Khi nào phải hoàn thành?", "Phải xong trước ngày nào?"]
)
def test_a_bare_deadline_follow_up_keeps_the_unit_and_its_task(plan, previous, bare):
    answer = plan.ask(bare, history=[previous])
    first = answer.text.splitlines()[0]
    # that unit's settlement, not the plan's other dates (the estimate's, another unit's)
    assert "15/12/2031" in first, answer.text
    assert "25/3/2031" not in first and "20/3/2031" not in first, answer.text


def test_a_unit_with_two_dated_tasks_asked_for_no_task_gets_no_single_date(plan):
    # "Hạn chót là khi nào?" after "... phải làm gì?": the unit's estimate (25/3) and settlement (15/12) are
    # set in one sentence and the question names neither; "Hội" of the unit's name, also written in
    # "trình Thường trực Hội phê duyệt", picks no task
    previous = "Văn phòng Hội Cựu chiến binh huyện Tân Hòa phải làm gì?"
    answer = plan.ask("Hạn chót là khi nào?", history=[previous])
    head = answer.text.split("\n\n")[0]
    assert not ("25/3/2031" in head and "15/12/2031" not in head), answer.text
    assert not ("15/12/2031" in head and "25/3/2031" not in head), answer.text
    assert any("15/12/2031" in c.quote for c in answer.citations), answer.text


def test_a_unit_whose_duty_is_ongoing_has_no_deadline(plan):
    question = "Ban Tuyên giáo của Hội Cựu chiến binh huyện Tân Hòa phải xong việc tuyên truyền chậm nhất"
    answer = plan.ask(f"{question} vào ngày nào?")
    assert answer.text.startswith("Văn bản không nêu thời hạn"), answer.text
    assert "thường xuyên tuyên truyền" in answer.citations[0].quote, answer.text


def test_the_parent_organisation_named_in_a_follow_up_replaces_its_unit(letter):
    previous = "Ban Kinh tế - Xã hội của Hội Nông dân huyện Sơn Thủy phải làm gì theo công văn 31?"
    answer = letter.ask("Còn Hội Nông dân thì sao?", history=[previous])
    assert "Ban Kinh tế" not in (answer.resolved_question or ""), answer.resolved_question
    assert any("lập danh sách hộ đăng ký" in c.quote for c in answer.citations), answer.text


def test_a_department_named_in_a_follow_up_is_answered(letter):
    # "Xã hội" in the department's name is no commune: its clause names it, the answer stands
    previous = "Hội Nông dân xã phải gửi danh sách hộ đăng ký tập huấn về huyện trước ngày nào?"
    answer = letter.ask("Còn Ban Kinh tế - Xã hội thì sao?", history=[previous])
    assert not answer.abstained, answer.text
    assert any("thẩm định danh sách" in c.quote for c in answer.citations), answer.text


def _finder(text: str) -> list[tuple[str, int, int]]:
    return [(m.org_id, m.start, m.end) for m in OrgRegistry.load().find_in(text)]


NAMES = {o.id: o.name for o in OrgRegistry.load().orgs.values()}


@pytest.mark.parametrize(
    "previous, kept",
    [
        ("Văn phòng Hội phụ nữ xã An Lạc có nhiệm vụ gì về kinh phí hội nghị?", "kinh phí hội nghị"),
        ("Ban Tổ chức Huyện đoàn được giao việc gì trong đại hội chi đoàn?", "đại hội chi đoàn"),
    ],
)
def test_a_duties_question_on_a_topic_carries_its_unit_and_topic(previous, kept):
    r = followup.resolve("Hạn chót là khi nào?", [previous], _finder, NAMES)
    unit = previous.split(" có ")[0].split(" được ")[0]
    assert r.is_followup and unit in r.question and kept in r.question, r


def test_a_bare_follow_up_keeps_the_unit_as_written():
    r = followup.resolve("Ai phối hợp?", ["Văn phòng Hội Nông dân huyện Mỹ Lộc phải làm gì?"], _finder, NAMES)
    assert r.is_followup and "Văn phòng Hội Nông dân huyện Mỹ Lộc" in r.question, r


NOTICE = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ ĐỒNG TÂM
Số: 09/KH-MTTQ
Đồng Tâm, ngày 20 tháng 01 năm 2031

KẾ HOẠCH
Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử

I. MỤC ĐÍCH, YÊU CẦU
Hội nghị được tổ chức dân chủ, đúng luật.

II. NỘI DUNG
1. Hội nghị do Ban Thường trực Ủy ban MTTQ xã chủ trì tổ chức tại nhà văn hóa thôn.
2. Chậm nhất là ngày 15 tháng 3 năm 2031, việc xác minh và trả lời về các vụ việc mà cử tri nêu đối với
người ứng cử đại biểu Hội đồng nhân dân phải được tiến hành xong.

III. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban MTTQ xã chuẩn bị tài liệu, thành phần dự hội nghị.
2. Đề nghị Ủy ban nhân dân xã phối hợp
- Bố trí hội trường, âm thanh phục vụ hội nghị khi cần thiết.
- Phối hợp với Ban Thường trực Ủy ban MTTQ xã trong việc xác minh, trả lời kịp thời, đầy đủ các ý kiến,
kiến nghị của cử tri liên quan đến người ứng cử thuộc thẩm quyền của UBND xã, bảo đảm đúng thời hạn.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Hà Văn Lực
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("unit_notice"), embedder, {"KH09-MTTQ.txt": NOTICE})


def test_a_clause_setting_no_time_gives_way_to_a_sentence_that_writes_it(notice):
    # the clause on verifying sets no time; the sentence fronting its deadline does: that time is the
    # first line, cited [1], not "no deadline" nor nothing
    question = "Hạn cuối để xác minh, trả lời các vụ việc cử tri nêu về người ứng cử HĐND ở Đồng Tâm"
    answer = notice.ask(f"{question} là ngày nào?")
    first = answer.text.splitlines()[0]
    assert "15 tháng 3 năm 2031" in first and first.endswith("[1]"), answer.text


def test_a_bare_follow_up_keeps_the_unit_with_its_place():
    # the registry reads "Hội Cựu chiến binh huyện"; the unit before it and the place after it go with it
    previous = "Văn phòng Hội Cựu chiến binh huyện Tân Hòa phải làm gì?"
    r = followup.resolve("Hạn chót là khi nào?", [previous], _finder, NAMES)
    assert r.is_followup and "Văn phòng Hội Cựu chiến binh huyện Tân Hòa" in r.question, r


@pytest.mark.parametrize(
    "followup_question, body",
    [
        ("Còn Hội Nông dân thì sao?", "Hội Nông dân"),
        ("Thế còn Hội Nông dân các xã thì sao?", "Hội Nông dân các xã"),
        ("Vậy còn Hội ND thì sao?", "Hội ND"),
    ],
)
def test_the_organisation_of_the_unit_asked_before_replaces_unit_and_organisation(followup_question, body):
    previous = "Ban Tổ chức của Hội Nông dân huyện Mỹ Lộc phải làm gì theo Kế hoạch 12?"
    r = followup.resolve(followup_question, [previous], _finder, NAMES)
    assert r.question == f"{body} phải làm gì theo Kế hoạch 12?", r


@pytest.mark.parametrize(
    "followup_question, body",
    [
        ("Còn Đoàn xã Phước Hưng thì sao?", "Đoàn xã Phước Hưng"),
        ("Còn Hội phụ nữ xã thì sao?", "Hội phụ nữ xã"),
    ],
)
def test_a_body_swapped_in_keeps_its_level_and_place(followup_question, body):
    previous = "Hội Nông dân xã phải gửi hồ sơ về huyện trước ngày nào?"
    r = followup.resolve(followup_question, [previous], _finder, NAMES)
    # a bare switch after a deadline question asks the new body's own item (test_followup_own_item)
    assert r.question.startswith(f"{body} phải làm gì, trước ngày nào"), r



@pytest.mark.parametrize("bare", ["Gửi cho ai?", "Nộp về đâu?"])
def test_handing_on_the_task_asked_before_keeps_that_task(bare):
    # sending or submitting what the task makes is part of the task: its words go with the follow-up
    previous = "Chi hội Nông dân thôn Đông phải hoàn thiện hồ sơ kết nạp hội viên trước ngày nào?"
    r = followup.resolve(bare, [previous], _finder, NAMES)
    assert r.is_followup and "hoàn thiện hồ sơ kết nạp hội viên" in r.question, r


# A body named in a task row only as whom the row's party reports to ("... về Ban Thường trực Ủy ban MTTQ
# xã | Ban Công tác Mặt trận các thôn | ...") is that row's recipient: its own time is its own sentence's.
GUIDE = """ỦY BAN MTTQ VIỆT NAM XÃ LONG HỰU
BAN THƯỜNG TRỰC
Số: 12/HD-MTTQ
Long Hựu, ngày 10 tháng 10 năm 2031

# HƯỚNG DẪN
## Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2031

### 1. Phân công

| TT | Nội dung | Chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Xây dựng kế hoạch Ngày hội ở khu dân cư | Ban Công tác Mặt trận các thôn | 01/11/2031 |
| 2 | Báo cáo kết quả về Ban Thường trực Ủy ban MTTQ xã | Ban Công tác Mặt trận các thôn | 20/11/2031 |

### 2. Báo cáo

Ban Thường trực Ủy ban MTTQ Việt Nam xã tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam huyện trước \\
ngày 24/11/2031.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Trần Văn Lộc
"""


@pytest.fixture(scope="module")
def guide(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("recipient_row"), embedder, {"HD12-MTTQ.md": GUIDE})


def test_a_body_named_only_as_a_rows_recipient_gets_its_own_time(guide):
    previous = "Ban Công tác Mặt trận các thôn ở Long Hựu phải báo cáo kết quả Ngày hội trễ nhất ngày nào?"
    answer = guide.ask("Còn Ban Thường trực MTTQ xã thì phải báo cáo lên huyện hạn nào?", history=[previous])
    first = answer.text.split("\n", 1)[0]
    assert "20/11/2031" not in first, answer.text
    assert "24/11/2031" in first or not first.startswith("Thời hạn"), answer.text


def test_a_body_switch_after_a_who_leads_question_asks_the_new_body_s_duties(plan):
    # The previous question's document phrase ends at its comma: "ai chủ trì ...?" is not carried, so the
    # answer is the office's own duty, not a lead / partner line for the earlier task (trial 25 q30).
    previous = "Trong kế hoạch nuôi ong của Hội CCB huyện Tân Hòa, ai chủ trì biên soạn tài liệu kỹ thuật?"
    answer = plan.ask("Còn Văn phòng Hội CCB huyện phải làm gì?", history=[previous])
    assert "ai chủ trì" not in answer.resolved_question, answer.resolved_question
    assert "kế hoạch nuôi ong" in answer.resolved_question, answer.resolved_question
    assert not answer.text.startswith("Chủ trì"), answer.text
    assert "lập dự toán kinh phí" in answer.citations[0].quote, answer.text


TWO_COMMUNES = {
    "TB05-MTTQ-AnLac.txt": """ỦY BAN MTTQ VIỆT NAM XÃ AN LẠC
Số: 05/TB-MTTQ
An Lạc, ngày 03 tháng 9 năm 2031

THÔNG BÁO
Phân công chuẩn bị Ngày hội văn hóa các dân tộc xã An Lạc năm 2031

- Hội Liên hiệp Phụ nữ xã: chuẩn bị gian hàng ẩm thực, hoàn thành trước ngày 10/11/2031.
- Đoàn Thanh niên xã: dựng cổng trại và phụ trách chương trình văn nghệ.
- Hội Nông dân xã: trưng bày nông sản của các thôn.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lường Văn Tâm
""",
    "KH11-Doan-BinhPhu.txt": """BCH ĐOÀN XÃ BÌNH PHÚ
Số: 11-KH/ĐTN
Bình Phú, ngày 12 tháng 8 năm 2031

KẾ HOẠCH
Ra quân tình nguyện mùa thu năm 2031

- Đoàn Thanh niên xã Bình Phú sửa chữa 02 nhà nhân ái, hoàn thành trước ngày 30/10/2031.
- Chi đoàn thôn Bắc tổ chức dọn vệ sinh kênh mương.

TM. BAN CHẤP HÀNH
BÍ THƯ
Cầm Thị Hoa
""",
}


@pytest.fixture(scope="module")
def communes(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("two_communes"), embedder, TWO_COMMUNES)


def test_a_body_switch_keeps_the_level_and_place_of_the_body_it_replaces(communes):
    # "Còn Đoàn Thanh niên thì sao?" after a question about the Women's Union of commune An Lạc asks about
    # An Lạc's Youth Union: the commune stays in the question and the other commune's plan is not quoted
    previous = "Hội Phụ nữ xã An Lạc được giao làm những việc gì cho ngày hội văn hóa?"
    answer = communes.ask("Còn Đoàn Thanh niên thì sao?", history=[previous])
    assert "Đoàn Thanh niên xã An Lạc" in answer.resolved_question, answer.resolved_question
    assert "dựng cổng trại" in answer.citations[0].quote, answer.text
    assert all(c.doc.file != "KH11-Doan-BinhPhu.txt" for c in answer.citations), answer.text
