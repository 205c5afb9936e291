"""A day of the week asked ("... tổ chức vào thứ mấy?", trial 34 p50): "thứ mấy" is no number of anything
(not "how many"), the sentence writing the weekday beside the date is quoted, and where no quoted sentence
writes a weekday the answer abstains instead of quoting the event's purpose. "lần thứ mấy?" asks an
ordinal, not a weekday. A plan written here (DOCX paragraphs or TXT), indexed for real, asked through
``Assistant``."""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_as

PLAN = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ AN PHÚ",
    "Số: 09-KH/ĐTN",
    "An Phú, ngày 05 tháng 01 năm 2032",
    "KẾ HOẠCH",
    "Tổ chức đêm nhạc gây quỹ Xuân yêu thương năm 2032",
    "I. MỤC ĐÍCH",
    "Đêm nhạc gây quỹ nhằm chăm lo Tết cho thiếu nhi có hoàn cảnh khó khăn, chào mừng 102 năm Ngày thành"
    " lập Đảng (03/02/1930 - 03/02/2032).",
    "II. THỜI GIAN, ĐỊA ĐIỂM",
    "Thời gian: 19 giờ 30 ngày 24/01/2032 (thứ Bảy); địa điểm: sân Nhà văn hóa xã An Phú.",
    "III. HỘI NGHỊ SƠ KẾT",
    "Hội nghị sơ kết lần thứ hai công tác Đoàn tổ chức ngày 10/3/2032 tại hội trường Ủy ban nhân dân xã.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Lò Văn Hùng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH09_dem_nhac", PLAN)


def test_the_weekday_asked_is_quoted(assistant):
    answer = assistant.ask("Đoàn xã An Phú tổ chức đêm nhạc gây quỹ vào thứ mấy?")
    assert not answer.abstained, answer.text
    assert "(thứ Bảy)" in answer.citations[0].quote, answer.text


def test_no_weekday_written_abstains(assistant):
    # "lần thứ hai" is the meeting's ordinal, no weekday (trial 34 p51)
    answer = assistant.ask("Hội nghị sơ kết lần thứ hai công tác Đoàn xã An Phú tổ chức vào thứ mấy?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question, intent",
    [("Đêm nhạc gây quỹ tổ chức vào thứ mấy?", "event"), ("Đại hội Đoàn xã lần thứ mấy?", None)],
)
def test_which_th_is_no_amount(question, intent):
    info = analyze(question)
    assert info.amount_unit is None, info.amount_unit
    assert info.intent == intent, info.intent
