"""Time limits written as a duration counted from an event, and deadlines a step's clause fronts or closes
in brackets (issue 11, library2 dev: outside writers' "trong bao lâu / mấy ngày / chậm nhất là bao lâu /
trước mốc nào" questions). Documents written here as DOCX and as TXT (``conftest.assistant_as``), asked
through ``Assistant.ask``:

- a duration that opens the predicate after a condition ("... nếu không đồng ý thì trong vòng 20 ngày được
  quyền khiếu nại") is the first line;
- a question asking the time mark a duty must meet ("... phải hoàn tất trước mốc nào?") asks a deadline;
- a time counted back from the event it precedes ("trước 10 ngày của mỗi đợt") is a time limit;
- "Sau lễ kết nạp thì ... có thời hạn bao lâu để hoàn tất phiếu hội viên?" asks the time of filling in the
  form ("khai phiếu ... trong thời gian 15 ngày làm việc"), not of the ceremony counted from;
- a deadline fronted before its act ("Chậm nhất là ngày 20 tháng 3 năm 2031, việc xác minh ... phải ...")
  asked as "<the plan> yêu cầu xác minh ... phải hoàn tất trước mốc nào?";
- a deadline in brackets closing its item ("Tổng hợp biên bản ... gửi về (hoàn thành chậm nhất ngày
  14/3/2031).") asked with an everyday verb ("gom xong biên bản ...").
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_as

RULES = [
    "HỘI NÔNG DÂN HUYỆN QUẢNG HÒA",
    "Số: 12-QC/HND",
    "Quảng Hòa, ngày 04 tháng 5 năm 2031",
    "QUY CHẾ",
    "Về kết nạp, khen thưởng và kỷ luật hội viên",
    "Điều 5. Khiếu nại về kỷ luật",
    "Hội viên bị kỷ luật nếu không đồng ý với quyết định thì trong vòng 20 ngày được quyền khiếu nại lên"
    " Ban Chấp hành Hội cấp trên.",
    "Điều 6. Báo cáo sau hội nghị bầu cử",
    "6.1. Trong thời hạn 10 ngày làm việc kể từ ngày kết thúc hội nghị, Ban Chấp hành khóa mới phải báo cáo"
    " lên Hội cấp trên: Các biên bản kiểm phiếu bầu cử ban chấp hành, chủ tịch, phó chủ tịch;",
    "6.2. Hồ sơ xét kết nạp: Trong vòng 03 ngày làm việc kể từ ngày chi hội họp xét phải nộp danh sách đề"
    " nghị kết nạp lên Hội Nông dân cơ sở.",
    "Điều 7. Lễ kết nạp hội viên",
    "7.1. Trong thời hạn 30 ngày làm việc, kể từ ngày nhận được quyết định kết nạp, chi hội phải tổ chức lễ"
    " kết nạp cho hội viên.",
    "7.2. Các chi hội chủ động đăng ký hình thức tổ chức lễ kết nạp với Văn phòng Hội để tổng hợp, báo cáo"
    " Thường trực thành lập đoàn dự lễ trước 10 ngày của mỗi đợt.",
    "7.3. Sau lễ kết nạp, hội viên mới phải khai phiếu hội viên trong thời gian 15 ngày làm việc để Hội quản"
    " lý.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nông Văn Thắng",
]

PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HƯNG ĐẠO",
    "Số: 21/KH-MTTQ",
    "Hưng Đạo, ngày 02 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức hội nghị hiệp thương giới thiệu người ứng cử",
    "I. NHIỆM VỤ CỤ THỂ",
    "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    "- Tổng hợp biên bản, danh sách đề cử từ các Ban công tác Mặt trận thôn gửi về (hoàn thành chậm nhất"
    " ngày 14/3/2031).",
    "- Chủ trì hội nghị hiệp thương tại hội trường xã.",
    "II. XÁC MINH Ý KIẾN CỬ TRI",
    "1. Chậm nhất là ngày 20 tháng 3 năm 2031, việc xác minh và trả lời các ý kiến của cử tri đối với người"
    " được giới thiệu ứng cử phải được tiến hành xong.",
    "2. Đối với ý kiến ở nơi công tác thì cơ quan quản lý người được giới thiệu có trách nhiệm xác minh và"
    " trả lời bằng văn bản cho Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Thị Hoa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def rules(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "QC12", RULES)


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH21", PLAN)


def _deadline_line(assistant, question: str) -> str:
    answer = assistant.ask(question)
    line = first_line(answer.text)
    assert stated_fact(line) == "deadline", answer.text
    return line


def test_a_duration_after_a_condition_answers_how_long(rules):
    line = _deadline_line(
        rules, "Hội viên không đồng ý bị kỷ luật thì được khiếu nại trong thời hạn bao lâu?"
    )
    assert "20 ngày" in line, line


def test_a_time_counted_back_from_the_round(rules):
    line = _deadline_line(
        rules, "Các chi hội phải đăng ký hình thức tổ chức lễ kết nạp chậm nhất là bao lâu trước đợt?"
    )
    assert "10 ngày" in line, line


def test_the_act_after_de_not_the_event_counted_from(rules):
    answer = rules.ask("Sau lễ kết nạp thì hội viên mới có thời hạn bao lâu để hoàn tất phiếu hội viên?")
    line = first_line(answer.text)
    assert "30 ngày" not in line, answer.text  # the ceremony's own time limit is another act's
    if stated_fact(line) == "deadline":
        assert "15 ngày" in line, answer.text


def test_a_fronted_date_asked_by_a_plan_that_requires_the_act(plan):
    line = _deadline_line(
        plan,
        "Kế hoạch hội nghị của xã yêu cầu xác minh, trả lời các ý kiến cử tri về người được giới thiệu phải"
        " hoàn tất trước mốc nào?",
    )
    assert "20 tháng 3 năm 2031" in line, line


def test_a_bracketed_date_closing_its_item_with_an_everyday_verb(plan):
    line = _deadline_line(
        plan, "Ban Thường trực MTTQ xã phải gom xong biên bản và danh sách đề cử của các thôn trước ngày nào?"
    )
    assert "14/3/2031" in line, line
