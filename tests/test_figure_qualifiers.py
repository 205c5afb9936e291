"""A figure line keeps the figure's qualifier whole, or is not written (trial 32): "không thấp hơn 120
triệu đồng" is at least 120, and "Số liệu: hơn 120 triệu đồng" would state more than 120 — a confident
wrong first line. A count asked with the qualifier its document's subject line writes ("bao nhiêu gương
mặt thợ trẻ giỏi?" of the guide on the title "Thợ trẻ giỏi") is answered as the bare count is; "mỗi
người" is met by "mỗi cá nhân"; a comparison naming its base year ("nhiều hơn lễ tuyên dương năm 2033")
does not ask about that year. A guide written here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "BAN CHẤP HÀNH ĐOÀN HUYỆN PHÚ LÃM",
    "Số: 18-HD/HĐTN",
    "Phú Lãm, ngày 12 tháng 3 năm 2034",
    "HƯỚNG DẪN",
    'Xét chọn danh hiệu "Thợ trẻ giỏi" huyện Phú Lãm năm 2034',
    "1. Năm 2034 xét chọn 15 gương mặt, tăng 3 gương mặt so với năm 2033. Mỗi cá nhân được tặng Giấy khen "
    "và tiền thưởng 2.000.000 đồng.",
    "2. Ủy ban nhân dân huyện bố trí kinh phí tổ chức năm 2034 không thấp hơn 120 triệu đồng.",
    "3. Lễ tuyên dương có khoảng 90 đại biểu, nhiều hơn 12 đại biểu so với lễ tuyên dương năm 2033.",
    "4. Mỗi cơ sở Đoàn giới thiệu không vượt 4 hồ sơ, gửi về Ban Thường vụ Huyện đoàn trước ngày 30/5/2034.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lò Văn Khải",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD-18-HDTN", LINES)


def test_a_negated_comparative_is_kept_whole(guide) -> None:
    for q in (
        "Ủy ban nhân dân huyện bố trí bao nhiêu kinh phí tổ chức năm 2034?",
        "Kinh phí tổ chức năm 2034 tối thiểu là bao nhiêu?",
    ):
        line = first_line(guide.ask(q))
        assert not line.startswith("Số liệu: hơn"), (q, line)
        assert line.startswith("Số liệu: không thấp hơn 120 triệu đồng"), (q, line)


def test_a_negation_the_reading_does_not_know_gives_no_line(guide) -> None:
    """"không vượt 4 hồ sơ": "4 hồ sơ" alone would state the opposite bound's number as exact."""
    line = first_line(guide.ask("Mỗi cơ sở Đoàn giới thiệu bao nhiêu hồ sơ?"))
    assert not line.startswith("Số liệu: 4 hồ sơ"), line


def test_a_count_qualified_by_the_subject_line_is_answered(guide) -> None:
    answer = guide.ask("Năm 2034 xét chọn bao nhiêu gương mặt thợ trẻ giỏi?")
    assert not answer.abstained, answer.text
    line = first_line(answer)
    if line.startswith("Số liệu"):
        assert "15 gương mặt" in line, line


def test_a_qualifier_neither_the_sentence_nor_the_subject_writes_abstains(guide) -> None:
    """The subject line must write the whole phrase after the unit: "thợ trẻ" alone is not "thợ trẻ khởi
    nghiệp"."""
    for q in (
        "Năm 2034 xét chọn bao nhiêu gương mặt thợ trẻ khuyết tật?",
        "Năm 2034 xét chọn bao nhiêu gương mặt thợ trẻ khởi nghiệp?",
    ):
        answer = guide.ask(q)
        assert answer.abstained or not first_line(answer).startswith("Số liệu"), (q, answer.text)


def test_each_person_is_each_individual(guide) -> None:
    answer = guide.ask("Năm 2034 chọn bao nhiêu gương mặt và mỗi người được thưởng bao nhiêu tiền?")
    assert not answer.abstained, answer.text
    assert "2.000.000 đồng" in answer.text


def test_a_comparison_base_year_is_not_the_year_asked(guide) -> None:
    answer = guide.ask("Số đại biểu lễ tuyên dương nhiều hơn lễ tuyên dương năm 2033 bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "nhiều hơn 12 đại biểu" in answer.text


def test_the_base_year_asked_alone_still_abstains(guide) -> None:
    """2033 is written only as the base of the comparison: its own count of delegates is not."""
    answer = guide.ask("Lễ tuyên dương năm 2033 có bao nhiêu đại biểu?")
    assert answer.abstained or not first_line(answer).startswith("Số liệu"), answer.text
