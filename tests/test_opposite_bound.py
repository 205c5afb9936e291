"""A question asking one bound is not answered by the opposite bound of the same measure (newcomer trial 46
u02: "Mức vay tối thiểu ... là bao nhiêu?" was answered by the quote "Mức vay tối đa 50.000.000 đồng/hộ"),
through a real ``Assistant`` over guides written here as Word and as text:

- a minimum asked where the document writes only a maximum (a sum, a length of time), and a maximum asked
  where it writes only a minimum: no figure on the first line; it says the document states only the other
  bound, that bound's quote first, and the answer counts as stating the fact absent;
- a bound of another measure ("ít nhất 02 năm sinh hoạt") is no answer to a minimum of the loan either;
- where the bound asked is written (the document writes both, or the question asks the one written) the
  answer is unchanged: the figure, no "only" line.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import library_as

LOANS = [
    "HỘI CỰU CHIẾN BINH XÃ AN PHÚ",
    "Số: 04-HD/CCB",
    "An Phú, ngày 12 tháng 3 năm 2041",
    "HƯỚNG DẪN",
    "Cho hội viên vay vốn từ Quỹ Hỗ trợ cựu chiến binh năm 2041",
    "1. Mức cho vay tối đa 30.000.000 đồng/hội viên.",
    "2. Thời hạn cho vay không quá 24 tháng.",
    "3. Hội viên đề nghị phải có ít nhất 02 năm sinh hoạt liên tục tại chi hội.",
    "4. Chi hội gửi hồ sơ đề nghị vay về Văn phòng Hội trước ngày 15/4/2041.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Văn Lực",
]
GRANTS = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ BÌNH MINH",
    "Số: 09-HD/PN",
    "Bình Minh, ngày 02 tháng 6 năm 2041",
    "HƯỚNG DẪN",
    "Hỗ trợ phụ nữ khởi nghiệp năm 2041",
    "1. Mức hỗ trợ tối thiểu 2.000.000 đồng/hộ và tối đa 8.000.000 đồng/hộ.",
    "2. Chi hội lập danh sách hộ đề nghị hỗ trợ, gửi về Hội LHPN xã trước ngày 30/6/2041.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Thị Hoa",
]
LOAN_CAP = "1. Mức cho vay tối đa 30.000.000 đồng/hội viên."
TERM_CAP = "2. Thời hạn cho vay không quá 24 tháng."
YEARS_FLOOR = "3. Hội viên đề nghị phải có ít nhất 02 năm sinh hoạt liên tục tại chi hội."


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"HD-04": LOANS, "HD-09": GRANTS}
    return library_as(request.param, tmp_path_factory, embedder, "opposite", docs)


def _quotes(answer) -> list[str]:
    return re.findall(r"^- “(.*)” \[\d+\]$", answer.text, flags=re.M)


@pytest.mark.parametrize(
    "question, said, quoted",
    [
        ("Mức cho vay tối thiểu của Quỹ Hỗ trợ cựu chiến binh là bao nhiêu?", "chỉ nêu mức tối đa",
         LOAN_CAP),
        ("Mỗi hội viên được vay ít nhất bao nhiêu tiền?", "chỉ nêu mức tối đa", LOAN_CAP),
        ("Thời hạn cho vay tối thiểu là bao nhiêu tháng?", "chỉ nêu mức tối đa", TERM_CAP),
        ("Hội viên đề nghị phải sinh hoạt tại chi hội tối đa bao nhiêu năm?", "chỉ nêu mức tối thiểu",
         YEARS_FLOOR),
        ("What is the shortest loan term, at least how many months?", "only a maximum", TERM_CAP),
    ],
)
def test_the_opposite_bound_is_said_to_be_the_only_one(library, question, said, quoted) -> None:
    answer = library.ask(question)
    first = answer.text.split("\n", 1)[0]
    assert said in first, answer.text
    assert not re.search(r"\d", first.replace("[1]", "")), answer.text  # no figure on the first line
    assert answer.fact_absent, answer.text
    assert _quotes(answer)[:1] == [quoted], answer.text


@pytest.mark.parametrize(
    "question, figure",
    [
        ("Mức cho vay tối đa của Quỹ Hỗ trợ cựu chiến binh là bao nhiêu?", "30.000.000"),
        ("Mức hỗ trợ tối thiểu cho mỗi hộ phụ nữ khởi nghiệp là bao nhiêu?", "2.000.000"),
        ("Mức hỗ trợ tối đa cho mỗi hộ phụ nữ khởi nghiệp là bao nhiêu?", "8.000.000"),
    ],
)
def test_a_bound_written_is_still_the_answer(library, question, figure) -> None:
    answer = library.ask(question)
    assert not answer.fact_absent, answer.text
    assert "chỉ nêu" not in answer.text, answer.text
    assert figure in answer.text, answer.text
