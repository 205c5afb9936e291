"""A time limit a charter sets in a clause naming no body ("Không quá ba tháng kể từ khi có quyết định thành
lập phải tổ chức hội nghị toàn thể ..."), asked of the organisation the charter is about, with another verb
for the act ("phải họp hội nghị ..."): the charter records no issuer, its subject line names the organisation,
so its clauses are that organisation's rules and the limit, a length written in words, is the first line
(library3 dev l3-rw-07's kind, for Word and text files through a real ``Assistant``).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

CHARTER = [
    "ĐIỀU LỆ",
    "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
    "(Đại hội đại biểu toàn quốc lần thứ XX thông qua ngày 10/3/2047)",
    "Chương III. TỔ CHỨC CƠ SỞ HỘI",
    "Điều 12. Chi hội mới thành lập",
    "Chi hội mới thành lập do Ban Chấp hành lâm thời điều hành. Không quá ba tháng kể từ khi có quyết định"
    " thành lập phải tổ chức hội nghị toàn thể hội viên để bầu Ban Chấp hành chính thức.",
    "Điều 13. Sinh hoạt chi hội",
    "Chi hội sinh hoạt thường kỳ mỗi tháng một lần; khi cần có thể họp bất thường.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def charter(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "DieuLe", CHARTER)


@pytest.mark.parametrize("verb", ["họp", "tổ chức"])
def test_the_charter_limit_of_the_act_asked(charter, verb) -> None:
    answer = charter.ask(
        f"Chi hội phụ nữ mới lập do Ban Chấp hành lâm thời điều hành thì tối đa bao lâu phải {verb} hội nghị"
        " toàn thể bầu Ban Chấp hành chính thức?"
    )
    line = first_line(answer)
    assert line.startswith("Thời hạn:") and "ba tháng" in line, answer.text
