"""Deadline and recurrence normalisation as directives write them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.obligations import extract_obligations
from assistant.obligations.deadlines import (
    find_deadlines,
    fold_chars,
    parse_date,
    parse_deadline,
    parse_recurrence,
)
from assistant.parse import parse


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("xong trong quý III/2021", "2021-07-01", "2021-09-30"),
        ("vào quý III/2025", "2025-07-01", "2025-09-30"),
        ("quý 4/2023", "2023-10-01", "2023-12-31"),
        ("trong năm 2021", "2021-01-01", "2021-12-31"),
        ("trước ngày 30/6/2022", None, "2022-06-30"),
        ("chậm nhất ngày 15 tháng 7 năm 2021", None, "2021-07-15"),
        ("trong nhiệm kỳ 2021-2026", "2021-01-01", "2026-12-31"),
        ("trong nhiệm kỳ 2021 - 2025", "2021-01-01", "2025-12-31"),
        ("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
        ("xong trong tháng 6/2021", "2021-06-01", "2021-06-30"),
        ("đến năm 2025", None, "2025-12-31"),
        ("trước năm 2025", None, "2024-12-31"),
        ("trước quý III/2021", None, "2021-06-30"),
        ("6 tháng đầu năm 2022", "2022-01-01", "2022-06-30"),
        ("cuối năm 2021", "2021-10-01", "2021-12-31"),
        ("XONG TRONG QUÝ II/2024", "2024-04-01", "2024-06-30"),
        ("xong trong quy III/2021", "2021-07-01", "2021-09-30"),  # typed without diacritics
    ],
)
def test_deadline_ranges(text: str, start: str | None, end: str) -> None:
    d = parse_deadline(text)
    assert d is not None and (d.text, d.start, d.end) == (text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Kết luận số 62-KL/TW, ngày 08/12/2009 của Bộ Chính trị",  # a citation, not a deadline
        "Hiến pháp năm 2013 đã hiến định",
        "Sau 10 năm thực hiện",
        "ngày 31/2/2021 không có thật: trước ngày 31/2/2021",
        "Thời gian tổ chức: ngày 26/3/2026 tại hội trường",  # an event's day, not a time limit
        "Chuẩn bị đại hội chi hội nhiệm kỳ 2027 - 2032",  # the term being elected, not a time limit
        "Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025-2030",
    ],
)
def test_not_deadlines(text: str) -> None:
    assert parse_deadline(text) is None


@pytest.mark.parametrize(
    ("text", "wording", "end"),
    [
        ("Thời gian chậm nhất gửi báo cáo về Ban Thường trực Ủy ban MTTQ tỉnh ngày 23/3/2026.", "ngày 23/3/2026",
         "2026-03-23"),
        ("Thời hạn gửi báo cáo: ngày 05/11/2025.", "ngày 05/11/2025", "2025-11-05"),
        ("Hạn chót nộp hồ sơ về Văn phòng là tháng 9/2026.", "tháng 9/2026", "2026-09-30"),
    ],
)  # fmt: skip
def test_labelled_time_limit_reads_the_day_later_in_the_sentence(text: str, wording: str, end: str) -> None:
    d = parse_deadline(text)
    assert d is not None and (d.text, d.end) == (wording, end)


def test_deadline_inside_sentence_keeps_offsets() -> None:
    s = "5.2. Ủy ban MTTQ ... để thực hiện Kết luận này xong trong quý III/2021."
    (m,) = find_deadlines(s)
    assert s[m.start : m.end] == "xong trong quý III/2021"
    assert len(fold_chars(s)) == len(s)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("hằng năm báo cáo kết quả", "hằng năm"),
        ("định kỳ hàng năm, báo cáo kết quả", "hằng năm"),
        ("Định kỳ hằng năm, chủ tịch UBND", "hằng năm"),
        ("hằng quý", "hằng quý"),
        ("Hằng tháng, mời lãnh đạo", "hằng tháng"),
        ("định kỳ báo cáo Bộ Chính trị", "định kỳ"),
        ("người đứng đầu thường xuyên tiếp xúc", "thường xuyên"),
        ("mỗi năm một lần", "hằng năm"),
        ("Đây là nhiệm vụ thường xuyên, liên tục", None),
        ("ban hành mới quy chế phối hợp", None),  # folded "mới quy" looks like "mỗi quý"
    ],
)
def test_recurrences(text: str, label: str | None) -> None:
    assert parse_recurrence(text) == label


def test_parse_date_arguments() -> None:
    assert parse_date("2021-09-30") == date(2021, 9, 30)
    assert parse_date("30/9/2021") == date(2021, 9, 30)
    assert parse_date("9/2021") == date(2021, 9, 30)
    assert parse_date("2025") == date(2025, 12, 31)
    assert parse_date("quý III/2021") == date(2021, 9, 30)
    with pytest.raises(ValueError):
        parse_date("soon")


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("Các chi bộ gửi báo cáo về Văn phòng trước ngày 22 hằng tháng.", "trước ngày 22 hằng tháng"),
        ("Báo cáo quý gửi chậm nhất ngày 15 của tháng cuối quý.", "chậm nhất ngày 15 của tháng cuối quý"),
        ("Tổng kết gửi về Tỉnh hội trước ngày 10/12 hằng năm.", "trước ngày 10/12 hằng năm"),
        ("Các tổ gửi danh sách trước ngày 20.", "trước ngày 20"),
    ],
)
def test_a_day_that_comes_back_each_period_is_a_time_limit(text: str, wording: str) -> None:
    # a reporting rule's day of each month, quarter or year: a limit with no one calendar date
    found = find_deadlines(text)
    assert [d.deadline.text for d in found] == [wording]
    assert found[0].deadline.end is None


LETTER = """HỘI CỰU CHIẾN BINH XÃ PHÚ LỘC
Số: 21/CV-CCB
Phú Lộc, ngày 02 tháng 6 năm 2029

CÔNG VĂN
Về việc chuẩn bị đại hội chi hội

Kính gửi: Các chi hội Cựu chiến binh ấp.

1. Chuẩn bị đại hội chi hội nhiệm kỳ 2029 - 2034
a) Các chi hội tổ chức đại hội chi hội nhiệm kỳ 2029 - 2034 xong trước ngày 30/9/2029.
b) Các chi hội phát triển ít nhất 05 hội viên mới trong nhiệm kỳ 2029 - 2034.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Hà Văn Sơn
"""


def test_a_term_of_office_named_in_a_duty_is_no_time_limit(tmp_path: Path) -> None:
    # "đại hội ... nhiệm kỳ 2029 - 2034" names the term elected; "trong nhiệm kỳ ..." is the limit.
    path = tmp_path / "CV-21.txt"
    path.write_text(LETTER, encoding="utf-8")
    rows = extract_obligations(parse(load_file(path), str(path)))
    dated = {r.deadline.text: (r.deadline.start, r.deadline.end) for r in rows if r.deadline}
    assert dated.get("xong trước ngày 30/9/2029") == (None, "2029-09-30"), dated
    assert dated.get("trong nhiệm kỳ 2029 - 2034") == ("2029-01-01", "2034-12-31"), dated
    assert not any(text.startswith("nhiệm kỳ") for text in dated), dated
