"""A document asked by description ("kế hoạch của Ban Thường vụ Tỉnh đoàn về hội trại ...; số mấy, ban hành
ngày nào?") that no loaded document is, but that a loaded one cites with its number, date, issuer and
subject ("Thực hiện Kế hoạch số 17-KH/TĐTN ngày 02/4/2048 của Ban Thường vụ Tỉnh đoàn Bình An về tổ chức
Hội trại ..."): the citing sentence states its number and date (library2 dev l2-rw-14, issue 11). A
citation about another subject, or two citations fitting one description, give no number. Written as
Word paragraphs, plain text and HTML, through a real ``Assistant``.
"""

from __future__ import annotations

import html

import pytest

from tests.conftest import assistant_over

REPORT = [
    "HUYỆN ĐOÀN TÂN PHÚ",
    "Số: 41-BC/HĐTN",
    "Tân Phú, ngày 15 tháng 6 năm 2048",
    "BÁO CÁO",
    "Kết quả Hội trại Thiếu nhi hè năm 2048",
    "Thực hiện Kế hoạch số 17-KH/TĐTN ngày 02/4/2048 của Ban Thường vụ Tỉnh đoàn Bình An về tổ chức Hội trại"
    " Thiếu nhi hè năm 2048, Huyện đoàn đã tổ chức hội trại cho 300 thiếu nhi tại công viên trung tâm huyện.",
    "Căn cứ Hướng dẫn số 09-HD/TĐTN ngày 10/3/2048 của Ban Thường vụ Tỉnh đoàn Bình An về công tác an toàn"
    " trong sinh hoạt hè, các cơ sở Đoàn bố trí lực lượng bảo đảm an toàn cho thiếu nhi.",
    "Các chi đoàn đã vận động 120 đoàn viên tham gia phục vụ hội trại.",
]
# Two plans of one body cited for one subject: the description names neither alone.
NOTE = [
    "HUYỆN ĐOÀN PHÚ LỘC",
    "Số: 07-TB/HĐTN",
    "Phú Lộc, ngày 20 tháng 7 năm 2048",
    "THÔNG BÁO",
    "Về việc tổ chức Giải bóng đá thanh niên năm 2048",
    "Thực hiện Kế hoạch số 21-KH/TĐTN ngày 05/5/2048 của Ban Thường vụ Tỉnh đoàn Bình An về Giải bóng đá"
    " thanh niên năm 2048, Huyện đoàn tổ chức vòng loại tại sân vận động huyện.",
    "Thực hiện Kế hoạch số 26-KH/TĐTN ngày 12/6/2048 của Ban Thường vụ Tỉnh đoàn Bình An về Giải bóng đá"
    " thanh niên năm 2048 (điều chỉnh), vòng chung kết dời sang tháng 8.",
]


def _html(lines: list[str]) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    title = html.escape(lines[4])
    return f"<html><head><title>{title}</title></head><body><h1>{lines[0]}</h1>{body}</body></html>"


@pytest.fixture(scope="module", params=["docx", "txt", "html"])
def library(request, tmp_path_factory, embedder):
    fmt = request.param
    docs = {"BC-41": REPORT, "TB-07": NOTE}
    if fmt == "docx":
        files = {f"{stem}.docx": lines for stem, lines in docs.items()}
    elif fmt == "txt":
        files = {f"{stem}.txt": "\n\n".join(lines) for stem, lines in docs.items()}
    else:
        files = {f"{stem}.html": _html(lines) for stem, lines in docs.items()}
    return assistant_over(tmp_path_factory.mktemp(f"cited_{fmt}"), embedder, files)


def _head(answer) -> str:
    return answer.text.split("\n\n", 1)[0]


def test_number_and_date_of_a_cited_plan(library) -> None:
    answer = library.ask(
        "Huyện đoàn Tân Phú tổ chức hội trại theo kế hoạch của Ban Thường vụ Tỉnh đoàn về hội trại thiếu nhi"
        " hè 2048; kế hoạch đó số mấy, ban hành ngày nào?"
    )
    head = _head(answer)
    assert not answer.abstained, answer.text
    assert head.startswith("Số hiệu: 17-KH/TĐTN"), answer.text
    assert "02/04/2048" in head, answer.text
    assert answer.citations and "17-KH/TĐTN" in answer.citations[0].quote


def test_number_of_a_cited_guide_asked_by_its_subject(library) -> None:
    answer = library.ask("Hướng dẫn của Tỉnh đoàn Bình An về an toàn trong sinh hoạt hè mang số hiệu gì?")
    assert _head(answer).startswith("Số hiệu: 09-HD/TĐTN"), answer.text


def test_a_citation_on_another_subject_gives_no_number(library) -> None:
    answer = library.ask(
        "Kế hoạch của Ban Thường vụ Tỉnh đoàn về phong trào hiến máu tình nguyện năm 2048 số mấy, ban hành"
        " ngày nào?"
    )
    head = _head(answer)
    assert "17-KH" not in head and "09-HD" not in head and "Số hiệu" not in head, answer.text


def test_two_citations_fitting_one_description_give_no_number(library) -> None:
    answer = library.ask(
        "Huyện đoàn Phú Lộc tổ chức vòng loại theo kế hoạch của Ban Thường vụ Tỉnh đoàn về giải bóng đá thanh"
        " niên 2048; kế hoạch đó số mấy?"
    )
    head = _head(answer)
    assert "21-KH" not in head and "26-KH" not in head and "Số hiệu" not in head, answer.text


def test_the_fact_is_asked_of_the_document_pointed_back_to(library) -> None:
    # the report is described too, and held: "kế hoạch đó" asks the plan's number, not the report's
    answer = library.ask(
        "Báo cáo của Huyện đoàn Tân Phú có nhắc tới kế hoạch của Ban Thường vụ Tỉnh đoàn về hội trại thiếu"
        " nhi hè 2048; kế hoạch đó số mấy, ban hành ngày nào?"
    )
    head = _head(answer)
    assert "41-BC" not in head and "15/06/2048" not in head, answer.text
    assert head.startswith("Số hiệu: 17-KH/TĐTN"), answer.text
