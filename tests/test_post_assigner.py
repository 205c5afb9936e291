"""A task given by a post, after an opening phrase: "Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ X
theo chức năng, nhiệm vụ được giao, nghiên cứu ...", "Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn A giao
Sở Y ...": the body after "giao" does the task, and "theo chức năng, nhiệm vụ được giao" is no part of it;
asked "<post> giao bộ / sở nào ...?" the first line names that body (library2 dev l2-rw-32, a Công văn of
the Government Office). Own letters written as Word paragraphs, plain text and HTML, through a real
``Assistant``.
"""

from __future__ import annotations

import html

import pytest

from tests.conftest import assistant_over, first_line

LETTER = [
    "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH HÒA AN",
    "Số: 512/VP-KT",
    "V/v xử lý tình trạng chậm giải ngân vốn hỗ trợ hợp tác xã",
    "Hòa An, ngày 14 tháng 8 năm 2046",
    "Kính gửi: Sở Tài chính; Sở Nông nghiệp và Môi trường.",
    "Theo phản ánh của Liên minh Hợp tác xã tỉnh, nhiều hợp tác xã chưa nhận được vốn hỗ trợ đã cam kết.",
    "Về nội dung nêu trên, Chủ tịch Ủy ban nhân dân tỉnh giao Sở Tài chính theo chức năng, nhiệm vụ được"
    " giao, rà soát, có giải pháp phù hợp nhằm khắc phục tình trạng chậm giải ngân nêu trên.",
    "Đối với kiến nghị về đào tạo cán bộ hợp tác xã, Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thanh Bình giao"
    " Sở Nông nghiệp và Môi trường xây dựng chương trình bồi dưỡng giám đốc hợp tác xã.",
    "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.",
]


def _html(lines: list[str]) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    return f"<html><head><meta charset='utf-8'><title>512/VP-KT</title></head><body>{body}</body></html>"


@pytest.fixture(scope="module", params=["docx", "txt", "html"])
def letter(request, tmp_path_factory, embedder):
    fmt = request.param
    if fmt == "docx":
        files = {"CV-512.docx": LETTER}
    elif fmt == "txt":
        files = {"CV-512.txt": "\n\n".join(LETTER)}
    else:
        files = {"CV-512.html": _html(LETTER)}
    return assistant_over(tmp_path_factory.mktemp(f"post_assigner_{fmt}"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Trong Công văn 512/VP-KT, Chủ tịch UBND tỉnh giao sở nào rà soát, có giải pháp khắc phục tình trạng"
        " chậm giải ngân vốn hỗ trợ hợp tác xã?",
        "Chủ tịch Ủy ban nhân dân tỉnh giao cho cơ quan nào khắc phục tình trạng chậm giải ngân vốn hỗ trợ"
        " hợp tác xã?",
    ],
)
def test_the_body_a_post_assigns_after_an_opening_phrase(letter, question) -> None:
    answer = letter.ask(question)
    line = first_line(answer)
    assert "Sở Tài chính" in line, answer.text
    assert "Chủ tịch" not in line and "Nông nghiệp" not in line, answer.text


def test_the_body_a_named_deputy_assigns(letter) -> None:
    answer = letter.ask(
        "Phó Chủ tịch UBND tỉnh giao sở nào xây dựng chương trình bồi dưỡng giám đốc hợp tác xã?"
    )
    line = first_line(answer)
    assert "Sở Nông nghiệp và Môi trường" in line, answer.text
    assert "Lê Thanh Bình" not in line and "Tài chính" not in line, answer.text
