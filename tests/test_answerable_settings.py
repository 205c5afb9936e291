"""Answerable questions the assistant abstained on or answered with no first line (library2 dev half, round
2): the kinds, on invented documents in Word and text form.

- A body named by an abbreviation and a lower-case word after it ("Đoàn giám sát của Bộ NNMT về ...") was
  read as a body "Bộ NNMT về" no document writes, so the actor check abstained (l2-rw-10, l2-rw-19). An
  abbreviation has no second syllable.
- A question asking where or when names its bodies as the event's context: the plan receiving the
  delegation writes "Địa điểm: ..." without naming the ministry again; its place line answers.
- "tại Công văn số 512/..." is where a text is written, never a place.
- "phòng nào của / thuộc Sở ... đứng đầu việc lập kế hoạch ...?" asks the lead of the task ("Chủ trì").
- "gặp mặt hay online?" is answered by "Trực tuyến qua phần mềm ..." (the alternative in the directive's
  wording, l2-rw-34).
Names, numbers and places are invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

PLAN = [
    "UBND TỈNH NAM TRUNG",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "Số: 45/KH-SNNMT",
    "Nam Trung, ngày 02 tháng 3 năm 2027",
    "KẾ HOẠCH",
    "Đón tiếp và làm việc với Đoàn giám sát của Bộ Nông nghiệp và Môi trường về công tác trồng rừng ven "
    "biển",
    "Thực hiện Công văn số 512/BNNMT-LN của Bộ NNMT ngày 10 tháng 02 năm 2027 về việc giám sát công tác "
    "trồng rừng ven biển, Sở NNMT xây dựng kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Để các phòng thuộc Sở chủ động chuẩn bị báo cáo các nội dung Đoàn giám sát của Bộ NNMT yêu cầu tại Công "
    "văn số 512/BNNMT-LN.",
    "II. THỜI GIAN VÀ ĐỊA ĐIỂM",
    "Thời gian: Buổi sáng, ngày 18 tháng 3 năm 2027.",
    "Địa điểm: Tại Hội trường Ban quản lý rừng phòng hộ Cửa Hà, xã Tân Hải.",
    "III. PHÂN CÔNG THỰC HIỆN",
    "1. Phòng Lâm nghiệp",
    "Chủ trì, phối hợp các phòng của Sở có liên quan xây dựng kế hoạch tiếp đón và làm việc với Đoàn giám "
    "sát.",
    "2. Văn phòng Sở",
    "Phối hợp Phòng Lâm nghiệp chuẩn bị các điều kiện làm việc của Đoàn giám sát (phương tiện, hội trường).",
    "Nơi nhận:",
    "- Đoàn giám sát của Bộ NNMT (để báo cáo);",
    "- Lưu VT.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Trần Văn Lâm",
]
MEETING = [
    "TRƯỜNG THPT BẮC SƠN",
    "Số: 21/KH-THPTBS",
    "Bắc Sơn, ngày 06 tháng 10 năm 2027",
    "KẾ HOẠCH",
    "Sinh hoạt chuyên môn cụm trường môn Địa lí năm học 2027-2028",
    "1. Thời gian",
    "Lúc 14 giờ 00 phút, ngày 20 tháng 10 năm 2027.",
    "2. Hình thức",
    "Trực tuyến qua phần mềm Zoom, theo đường link do trường chủ trì cụm gửi.",
    "3. Thành phần",
    "Giáo viên dạy môn Địa lí của các trường trong cụm 4.",
    "HIỆU TRƯỞNG",
    "Lê Thị Mai",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return library_as(
        request.param, tmp_path_factory, embedder, "settings23", {"kh_giamsat": PLAN, "kh_cumtruong": MEETING}
    )


def test_place_of_a_delegation_named_by_an_abbreviation(assistant):
    a = assistant.ask("Đoàn giám sát của Bộ NNMT về trồng rừng ven biển làm việc với tỉnh ở chỗ nào?")
    assert not a.abstained, a.text
    line = first_line(a)
    assert line.startswith("Địa điểm:") and "Hội trường Ban quản lý rừng phòng hộ Cửa Hà" in line, a.text
    assert "Công văn" not in line, a.text  # the letter the delegation's demands are written in is no place


def test_unit_heading_the_task_asked_by_its_owner(assistant):
    a = assistant.ask(
        "Khi Bộ NNMT về giám sát trồng rừng ven biển, phòng nào thuộc Sở NNMT đứng đầu việc lập kế hoạch "
        "tiếp đón?"
    )
    assert not a.abstained, a.text
    assert first_line(a).startswith("Chủ trì: Phòng Lâm nghiệp"), a.text


def test_either_or_way_answered_in_the_directive_wording(assistant):
    a = assistant.ask("cum 4 sinh hoat chuyen mon dia li theo hinh thuc nao, gap mat hay online")
    assert not a.abstained, a.text
    assert "Trực tuyến qua phần mềm Zoom" in a.text, a.text


def test_either_or_neither_written_still_abstains(assistant):
    # a choice of two ways the plan writes neither of: no quote says which
    a = assistant.ask("Cụm 4 sinh hoạt chuyên môn môn Địa lí bằng thư điện tử hay bằng văn bản giấy?")
    assert a.abstained, a.text
