"""Sibling plans of one body (issue 11, parts 4 and 5): a commune's Front committee issues a general
election plan and a plan for one of its rounds; a question describing its document by subject and issuer
("Theo kế hoạch bầu cử của Mặt trận xã ...") is answered from that document, and of its list of rounds
the round asked comes first. Real index over documents written here.
"""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over, first_line

GENERAL = """ỦY BAN MTTQ VIỆT NAM XÃ HÒA PHONG
BAN THƯỜNG TRỰC
Số: 21/KH-MTTQ-BTT
Hòa Phong, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Thực hiện công tác bầu cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031

I. MỤC ĐÍCH, YÊU CẦU
Ban Thường trực Ủy ban MTTQ Việt Nam xã ban hành kế hoạch thực hiện công tác bầu cử\
đại biểu Hội đồng nhân dân xã Hòa Phong như sau.

II. NỘI DUNG, TIẾN ĐỘ
1. Tổ chức các hội nghị hiệp thương
(1) Tổ chức hiệp thương lần thứ nhất: chậm nhất ngày 12/12/2025.
(2) Tổ chức hiệp thương lần thứ hai: chậm nhất ngày 05/02/2026.
(3) Tổ chức hiệp thương lần thứ ba: chậm nhất ngày 22/02/2026 (trước ngày bầu cử 21 ngày).

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Đỗ Văn Khải
"""

ROUND_TWO = """ỦY BAN MTTQ VIỆT NAM XÃ HÒA PHONG
BAN THƯỜNG TRỰC
Số: 34/KH-MTTQ-BTT
Hòa Phong, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Tổ chức hội nghị hiệp thương lần thứ hai để lập danh sách sơ bộ người ứng cử đại biểu Hội đồng nhân dân xã

I. THỜI GIAN, ĐỊA ĐIỂM
Hội nghị hiệp thương lần thứ hai tổ chức chậm nhất ngày 06/02/2026 tại hội trường Ủy ban nhân dân xã.

II. TỔ CHỨC THỰC HIỆN
Ban Thường trực Ủy ban MTTQ Việt Nam xã triệu tập thành phần hội nghị hiệp thương lần thứ hai.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Đỗ Văn Khải
"""

ROUND_THREE = """ỦY BAN MTTQ VIỆT NAM XÃ HÒA PHONG
BAN THƯỜNG TRỰC
Số: 40/KH-MTTQ-BTT
Hòa Phong, ngày 10 tháng 02 năm 2026

KẾ HOẠCH
Tổ chức hội nghị hiệp thương lần thứ ba ở xã Hòa Phong

I. THÀNH PHẦN
Hội nghị hiệp thương lần thứ ba gồm Ban Thường trực và đại diện các tổ chức thành viên của Mặt trận
xã Hòa Phong; hội nghị lập danh sách chính thức những người ứng cử.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Đỗ Văn Khải
"""

QUESTION = (
    "Theo kế hoạch bầu cử của Mặt trận xã Hòa Phong, vòng hiệp thương thứ hai phải xong chậm nhất ngày nào?"
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("siblings"),
        embedder,
        {"KH21.txt": GENERAL, "KH34.txt": ROUND_TWO, "KH40.txt": ROUND_THREE},
    )


def test_description_with_a_subject():
    (desc,) = analyze(QUESTION).doc_descriptions
    assert (desc.kind, desc.topic, desc.issuer) == ("ke hoach", "bau cu", "mat tran xa hoa phong"), desc
    (desc,) = analyze("Theo Kế hoạch kiểm tra, giám sát của Mặt trận xã, đợt hai khi nào?").doc_descriptions
    assert desc.topic and desc.topic.split() == ["kiem", "tra", "giam", "sat"], desc
    # no subject, no description: "Kế hoạch này" is the document in hand
    assert analyze("Kế hoạch này của Hội phải làm gì?").doc_descriptions == []
    # a question word is no subject: "quyết định nào của Tòa án" asks which decision
    assert analyze("Quyết định nào của Tòa án bị kháng cáo?").doc_descriptions == []


def test_described_subject_picks_the_sibling_plan(assistant):
    hits = assistant.retriever.search(QUESTION, k=3)
    assert hits and hits[0].chunk.file == "KH21.txt", [(h.chunk.file, h.chunk.text[:60]) for h in hits]


def test_answer_quotes_the_described_plan_and_the_round_asked_first(assistant):
    answer = assistant.ask(QUESTION)
    assert not answer.abstained, answer.text
    assert {c.doc.file for c in answer.citations} == {"KH21.txt"}, answer.text
    assert "06/02/2026" not in answer.text, answer.text  # the round-two plan's own date
    # the action is read outside the description ("bầu cử" names the plan), the date from the described plan
    assert "05/02/2026" in first_line(answer), answer.text
    assert analyze(QUESTION).asked_action != "bau cu"
    quotes = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert quotes and "lần thứ hai" in quotes[0], answer.text
    assert "ban hành kế hoạch" not in quotes[0], answer.text  # not the opening sentence repeating the name


def test_how_many_days_prefers_the_passage_counting_days(assistant):
    # "bao nhiêu ngày?": the passage writing "21 ngày" answers; the round-three plan repeats the words
    question = "Hội nghị hiệp thương lần ba ở xã Hòa Phong phải họp sớm hơn hôm bầu cử bao nhiêu ngày?"
    hits = assistant.retriever.search(question, k=3)
    assert hits and "21 ngày" in hits[0].chunk.text, [(h.chunk.file, h.chunk.text[:60]) for h in hits]
    answer = assistant.ask(question)
    assert "21 ngày" in answer.text, answer.text


LONG = (
    "Theo kế hoạch thực hiện công tác bầu cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031 của Mặt trận xã "
    "Hòa Phong, Ban công tác Mặt trận các thôn phải báo cáo kết quả trước ngày nào?"
)


TASKS = """ỦY BAN MTTQ VIỆT NAM XÃ HÒA PHONG
BAN THƯỜNG TRỰC
Số: 22/KH-MTTQ-BTT
Hòa Phong, ngày 12 tháng 11 năm 2025

KẾ HOẠCH
Thực hiện công tác bầu cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031

III. TỔ CHỨC THỰC HIỆN
{item}
2. Văn phòng Ủy ban MTTQ xã chuẩn bị hội trường.
""".format(
    item="1. Ban công tác Mặt trận các thôn đăng ký tổ giúp việc trước ngày 03/12/2025; "
    "báo cáo kết quả về Ban Thường trực trước ngày 28/02/2026."
)


@pytest.fixture(scope="module")
def tasks(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("siblings_tasks"), embedder, {"KH22.txt": TASKS})


def test_long_subject_and_the_issuer_is_not_the_actor(tasks):
    info = analyze(LONG)
    (desc,) = info.doc_descriptions
    assert desc.issuer == "mat tran xa hoa phong", desc
    assert not any("Hòa Phong" in b for b in info.subject_bodies), info.subject_bodies
    assert info.asked_action == "bao cao", info.asked_action
    answer = tasks.ask(LONG)
    assert "28/02/2026" in first_line(answer), answer.text  # not the other task's 03/12/2025


def test_followup_swaps_the_body_with_its_place(assistant):
    answer = assistant.ask(
        "Còn Ban công tác Mặt trận thôn Đông thì sao?",
        history=["Ban công tác Mặt trận thôn Tây phải báo cáo kết quả trước ngày nào?"],
    )
    resolved = answer.resolved_question or ""
    assert "thôn Đông" in resolved and "thôn Tây" not in resolved, resolved
