"""A "by which date" question on one step of a procedure is never answered with a sibling step's date
(issue 11 item 5: "When that clause has no such fact, say so ... instead of another clause's fact").
Real index over a guide written here, as DOCX and as TXT.

Newcomer trial 43 u05: "... phải hoàn thành niêm yết công khai danh sách hộ vay trước ngày nào?" got the
date of Bước 1 (bình xét, gửi danh sách), while the asked step (niêm yết) gives only "trong 05 ngày".
After an aspect verb ("hoàn thành", "bắt đầu") the tagger read the asked act as a noun and took a later
word of the noun phrase ("hộ vay", here "hộ được hỗ trợ") for the act, which the sibling step writes;
read right, the asked step (no duty clause) set no date and nothing said so. The first line now says the
document sets no time for the act ("Văn bản không nêu thời hạn cho việc này", ``Answer.fact_absent``),
citing the asked step, which is quoted first; the sibling step's date is quoted after it as context.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

GUIDE = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG AN LẠC",
    "Số 07-HD/MTTQ",
    "An Lạc, ngày 02 tháng 4 năm 2028",
    "HƯỚNG DẪN",
    "Xét chọn hộ được hỗ trợ sửa chữa nhà ở năm 2028",
    "1. Đối tượng: hộ nghèo, hộ cận nghèo có nhà ở hư hỏng nặng.",
    "2. Quy trình xét chọn",
    "Bước 1: Tổ trưởng các tổ dân phố họp rà soát công khai, lập danh sách hộ đề nghị hỗ trợ gửi Ban "
    "Thường trực Ủy ban Mặt trận phường trước ngày 10/5/2028.",
    "Bước 2: Ban Thường trực Ủy ban Mặt trận phường thẩm định hồ sơ từng hộ trong 07 ngày làm việc.",
    "Bước 3: Ủy ban Mặt trận phường phối hợp với Ủy ban nhân dân phường niêm yết công khai danh sách tại "
    "trụ sở các khu phố trong 05 ngày.",
    "Bước 4: Ủy ban nhân dân phường quyết định hỗ trợ và cấp kinh phí cho các hộ.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Trần Thị Hạnh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD07", GUIDE)


@pytest.mark.parametrize(
    "question",
    [
        "Ủy ban Mặt trận phường phải hoàn thành niêm yết công khai danh sách hộ được hỗ trợ trước ngày nào?",
        "Ủy ban Mặt trận phường phải bắt đầu niêm yết công khai danh sách hộ được hỗ trợ trước ngày nào?",
    ],
)
def test_a_step_without_a_date_never_takes_its_sibling_step_date(assistant, question):
    answer = assistant.ask(question)
    first, _, rest = answer.text.partition("\n")
    assert "10/5/2028" not in first, answer.text
    # the step asked sets no date ("trong 05 ngày" is how long the list stays posted): said so, citing it
    assert answer.fact_absent and "không nêu thời hạn" in first, answer.text
    quotes = [x for x in rest.splitlines() if x.startswith("- ")]
    assert "niêm yết công khai danh sách" in quotes[0], answer.text


def test_a_length_of_the_step_asked_is_still_its_figure(assistant):
    answer = assistant.ask("Ban Thường trực Ủy ban Mặt trận phường thẩm định hồ sơ trong bao nhiêu ngày?")
    assert not answer.fact_absent, answer.text
    assert "07 ngày" in answer.text.split("\n", 1)[0], answer.text


def test_the_dated_step_is_still_answered_with_its_date(assistant):
    answer = assistant.ask("Tổ trưởng các tổ dân phố phải gửi danh sách hộ đề nghị hỗ trợ trước ngày nào?")
    assert not answer.abstained and not answer.fact_absent, answer.text
    assert "10/5/2028" in answer.text.split("\n", 1)[0], answer.text
