"""A follow-up naming the previous question's event by its kind and a demonstrative (library4 l4-mttq-32):
"Thế hạn chót của hội nghị đó là khi nào?" after "Hội nghị ... lần thứ hai của xã ... dự kiến tổ chức vào
ngày nào?" is that conference's deadline, its round with it; it was not read as a follow-up ("đó là" is a
copula, and ten words are no elliptical question) and another round's rule answered. Real index over one
plan written here (.docx and .txt, a module fixture's param), asked through ``Assistant.ask`` with history.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN HIỆP",
    "Số: 22/KH-MTTQ",
    "KẾ HOẠCH",
    "Tổ chức các hội nghị góp ý dự thảo quy ước thôn năm 2028",
    "1. Hội nghị góp ý lần thứ nhất",
    "- Thời gian: Dự kiến ngày 05/3/2028 (chậm nhất ngày 10/3/2028).",
    "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã.",
    "2. Hội nghị góp ý lần thứ hai",
    "- Thời gian: Dự kiến ngày 14/4/2028 (chậm nhất ngày 21/4/2028).",
    "- Đơn vị chủ trì: Ban Công tác Mặt trận các thôn.",
    "3. Hội nghị góp ý lần thứ ba",
    "- Thời gian: Dự kiến ngày 12/5/2028 (chậm nhất ngày 19/5/2028).",
    "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã.",
]
HISTORY = ["Hội nghị góp ý lần thứ hai của xã Tân Hiệp dự kiến tổ chức vào ngày nào?"]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-22-MTTQ-gop-y", PLAN)


@pytest.mark.parametrize(
    "question",
    ["Thế hạn chót của hội nghị đó là khi nào?", "Vậy hội nghị này phải xong chậm nhất là khi nào?"],
)
def test_the_event_pointed_at_is_the_previous_questions(plan, question):
    answer = plan.ask(question, history=HISTORY)
    assert answer.resolved_question and "lần thứ hai" in answer.resolved_question, answer.resolved_question
    first = answer.text.splitlines()[0]
    assert "21/4/2028" in first, answer.text
    assert "10/3/2028" not in first and "19/5/2028" not in first, answer.text


def test_a_question_of_its_own_is_not_rewritten(plan):
    answer = plan.ask("Hội nghị góp ý lần thứ ba chậm nhất ngày nào phải xong?", history=HISTORY)
    assert "19/5/2028" in answer.text.splitlines()[0], answer.text
