"""A "by when must X do Y?" question whose documents set times for other actions only (issue 11, part 5:
a first line right or absent, and quotes that are not another action's answer). Real index over a plan
written here.

- the plan dates its reports and its launch and never writes its final review: "phải tổng kết Kế hoạch
  52 trước ngày nào?" abstains instead of quoting the other actions' dates;
- "tổ chức Đại hội" / "tổ chức tập huấn" asked where the plan only has "tổ chức Hội thi" on a date: no
  first line from that clause (a light verb's object says which act);
- the same act under another verb ("gửi kết quả" asked, "báo cáo kết quả" written; "giúp" / "hỗ trợ",
  ``lexicon/phrases.json`` action_variants) is answered.
"""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over

PLAN = """HỘI NÔNG DÂN TỈNH HÀ NAM
BAN THƯỜNG VỤ
Số: 52-KH/HNDT
Hà Nam, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Phát triển tổ hội nghề nghiệp năm 2026

1. Hội Nông dân các huyện hỗ trợ thành lập mới 15 tổ hội nghề nghiệp, hoàn thành trong quý III/2026.

2. Hội Nông dân các huyện báo cáo kết quả về Ban Thường vụ Hội Nông dân tỉnh trước ngày 15/10/2026.

3. Ban Kinh tế - Xã hội Hội Nông dân tỉnh ra quân đồng loạt vào ngày 02/4/2026.

4. Hội Nông dân các huyện chủ trì tổ chức Hội thi "Nhà nông giỏi" cấp huyện vào ngày 15/5/2026.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Phạm Văn Lâm
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("asked_action"), embedder, {"KH52.txt": PLAN})


@pytest.mark.parametrize(
    "question",
    [
        "Hội Nông dân tỉnh Hà Nam phải tổng kết Kế hoạch 52-KH/HNDT trước ngày nào?",
        # the body asked has dated duties in the plan: none of them is its final review
        "Hội Nông dân các huyện phải tổng kết Kế hoạch 52-KH/HNDT trước ngày nào?",
    ],
)
def test_deadline_of_an_action_the_plan_does_not_date_abstains(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained or answer.fact_absent, answer.text
    assert "15/10/2026" not in answer.text and "02/4/2026" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Theo Kế hoạch 52-KH/HNDT, các huyện phải gửi kết quả về tỉnh chậm nhất ngày nào?", "15/10/2026"),
        ("Theo Kế hoạch 52-KH/HNDT, các huyện phải giúp lập mới tổ hội nghề nghiệp xong lúc nào?", "quý III/2026"),
    ],
)
def test_same_act_under_another_verb_is_answered(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert expected in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # "tổ chức" only says an act takes place: "Đại hội" / "tập huấn" say which, and the plan holds neither
        "Hội Nông dân các huyện phải tổ chức Đại hội nhiệm kỳ trước ngày nào?",
        "Hội Nông dân các huyện phải tổ chức tập huấn nghiệp vụ trước ngày nào?",
    ],
)
def test_a_light_verb_with_another_object_takes_no_deadline(assistant, question):
    answer = assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert "15/5/2026" not in first and "Thời hạn" not in first, answer.text


@pytest.mark.parametrize(
    ("question", "action"),
    [
        # the predicate follows "phải": "hiệp thương" of "Kết quả hiệp thương" is the subject's noun phrase
        ("Kết quả hiệp thương lần một phải gửi về Ban Thường trực Mặt trận xã lúc nào?", "gui"),
        # a helping verb asks about the act it helps
        ("Hội phụ nữ tỉnh phải giúp lập mới bao nhiêu tổ hợp tác, xong lúc nào?", "lap"),
    ],
)
def test_the_asked_action_is_the_predicate(question, action):
    from assistant.query import analyze

    assert analyze(question).asked_action == action


def test_wanting_is_no_asked_action():
    # "muốn đăng ký ... thì hạn chót là ngày nào?": the act is registering, "muốn" only frames it
    assert analyze("Các đơn vị muốn đăng ký bổ sung thì hạn chót là ngày nào?").asked_action == "dang ky"
