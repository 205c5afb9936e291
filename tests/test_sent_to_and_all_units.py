"""Deadlines of a paper sent to a body, and of a clause addressed to every unit of the asked body's kind
(issue 11, library3 dev l3-mttq-05 and l3-party-01). Documents written here as DOCX and as TXT
(``conftest.assistant_as``), asked through ``Assistant.ask``:

- "Báo cáo ... phải tới tay Ban Thường trực ... trước ngày nào?": the body the paper reaches is its
  recipient, not the body acting; the asked act is the sending, and the clause sending it there dates it;
- "Đảng ủy xã ... phải gửi hồ sơ lên Huyện ủy sớm hơn đợt xét bao lâu?": a duty's time asked as how long
  before an event is a deadline question, and the clause "Các đơn vị gửi hồ sơ ... trước 20 ngày làm việc
  của mỗi đợt ..." addresses every unit, the asked committee among them;
- "Hồ sơ ... phải gửi Huyện ủy ... trước đợt xét tặng bao lâu?": the body after the sending verb is the
  recipient, neither the actor nor the paper sent, and the line is the deadline (library dev lib-hd21-02).
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_as

PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN PHÚ",
    "Số: 07/KH-MTTQ",
    "Tân Phú, ngày 05 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Giám sát việc thực hiện quy chế dân chủ ở cơ sở năm 2031",
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Ban Công tác Mặt trận các thôn",
    "- Tổ chức giám sát tại thôn theo lịch đã thống nhất, hoàn thành trong tháng 4/2031.",
    "- Chuẩn bị hồ sơ, tài liệu phục vụ kiểm tra, giám sát và phối hợp với các đoàn của xã khi về làm việc.",
    "- Chế độ báo cáo: báo cáo tình hình sau mỗi đợt và báo cáo tổng kết gửi về Ban Thường trực Ủy ban MTTQ"
    " xã trước ngày 25/5/2031.",
    "2. Ban Thường trực Ủy ban MTTQ xã",
    "- Tổng hợp, báo cáo kết quả kiểm tra, giám sát về Ban Thường trực Ủy ban MTTQ huyện trước ngày"
    " 10/6/2031.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Trần Văn Lộc",
]

GUIDE = [
    "BAN TỔ CHỨC HUYỆN ỦY KIM SƠN",
    "Số: 15-HD/BTCHU",
    "Kim Sơn, ngày 12 tháng 2 năm 2031",
    "HƯỚNG DẪN",
    "Quy trình xét tặng Kỷ niệm chương của Huyện ủy",
    "1. Hồ sơ đề nghị",
    "Hồ sơ gồm tờ trình, danh sách trích ngang và bản tóm tắt thành tích của người được đề nghị.",
    "2. Thời gian gửi hồ sơ",
    "Các đơn vị gửi hồ sơ đề nghị xét tặng Kỷ niệm chương đến Ban Thường vụ Huyện ủy (qua Ban Tổ chức Huyện"
    " ủy) trước 20 ngày làm việc của mỗi đợt xét tặng.",
    "3. Tổ chức trao tặng",
    "Lễ trao tặng Kỷ niệm chương được tổ chức vào dịp kỷ niệm ngày thành lập Đảng 03/02 hằng năm.",
    "T/M BAN TỔ CHỨC",
    "TRƯỞNG BAN",
    "Phạm Thị Hằng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH07", PLAN)


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD15", GUIDE)


def _deadline_line(assistant, question: str) -> str:
    answer = assistant.ask(question)
    line = first_line(answer.text)
    assert stated_fact(line) == "deadline", answer.text
    return line


def test_the_body_a_report_reaches_is_its_recipient(plan):
    line = _deadline_line(
        plan,
        "Báo cáo tổng kết công tác kiểm tra, giám sát của Ban Công tác Mặt trận thôn phải tới tay Ban Thường"
        " trực Ủy ban MTTQ xã trước ngày nào?",
    )
    assert "25/5/2031" in line, line


def test_a_clause_for_every_unit_answers_the_committee_asked(guide):
    line = _deadline_line(
        guide,
        "Đảng ủy xã muốn đề nghị tặng Kỷ niệm chương thì phải gửi hồ sơ lên Huyện ủy sớm hơn đợt xét tặng"
        " bao lâu?",
    )
    assert "20 ngày làm việc" in line, line


def test_the_body_a_paper_is_sent_to_is_neither_actor_nor_paper(guide):
    line = _deadline_line(
        guide, "Hồ sơ đề nghị xét tặng Kỷ niệm chương phải gửi Huyện ủy Kim Sơn trước đợt xét tặng bao lâu?"
    )
    assert "20 ngày làm việc" in line, line
