"""A question asking an event's day and its length ("... họp vào ngày nào, trong mấy ngày?") is answered by
both, the day first: the figure line ("Số liệu: 02 ngày") alone left the day to the quotes, and the whole
first line was dropped (library3 dev l3-rw-12). The day is the one time the figure's sentence writes; a
sentence writing two days gives no first line. One notice written in the test, as DOCX, TXT and PDF."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, assistant_over, first_line, write_pdf_lines

NOTICE = [
    "HUYỆN ỦY ĐÔNG SƠN",
    "Số: 212-TB/HU",
    "Đông Sơn, ngày 03 tháng 7 năm 2031",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Huyện ủy về công tác chuẩn bị đại hội",
    "Ngày 01/7/2031, Ban Thường vụ Huyện ủy họp nghe báo cáo tiến độ chuẩn bị các đại hội.",
    "1. Đồng ý tổ chức Đại hội đại biểu Hội Nông dân huyện trong 02 ngày, dự kiến vào ngày 14/9/2031.",
    "2. Hội nghị tổng kết phong trào thi đua tổ chức trong 01 ngày, ngày 05/10/2031 hoặc ngày 12/10/2031 "
    "tùy tình hình thực tế.",
    "3. Ngày 28/6/2031, Thường trực Huyện ủy đồng ý Hội thi tuyên truyền viên giỏi tổ chức trong 03 ngày.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lê Văn Sơn",
]


@pytest.fixture(scope="module", params=["docx", "txt", "pdf"])
def notice(request, tmp_path_factory, embedder):
    if request.param == "pdf":
        root = tmp_path_factory.mktemp("TB-212_HU_pdf")
        pdf = write_pdf_lines(root / "made.pdf", NOTICE)
        return assistant_over(root, embedder, {"TB-212_HU.pdf": pdf})
    return assistant_as(request.param, tmp_path_factory, embedder, "TB-212_HU", NOTICE)


def test_the_day_and_the_length_both_stated_day_first(notice):
    answer = notice.ask("Đại hội đại biểu Hội Nông dân huyện dự kiến họp vào ngày nào, trong mấy ngày?")
    line = first_line(answer)
    assert line.startswith("Thời gian") and "14/9/2031" in line, answer.text
    assert "02 ngày" in answer.text.split("\n\n")[0], answer.text


def test_a_day_written_before_the_figure_is_not_the_events(notice):
    """"Ngày 28/6/2031, Thường trực ... đồng ý ... trong 03 ngày": the day the standing board agreed, not
    the contest's."""
    answer = notice.ask("Hội thi tuyên truyền viên giỏi tổ chức vào ngày nào, trong mấy ngày?")
    assert "28/6/2031" not in first_line(answer), answer.text


def test_a_sentence_writing_two_days_states_no_day(notice):
    answer = notice.ask("Hội nghị tổng kết phong trào thi đua tổ chức vào ngày nào, trong mấy ngày?")
    line = first_line(answer)
    assert "05/10/2031" not in line and "12/10/2031" not in line, answer.text
