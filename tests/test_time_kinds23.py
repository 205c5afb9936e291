"""Times and places of duties and events, as newcomers' trials asked them (trial 40 dl4, en3, e1; trial 39
q01 and f4's history), each on documents of its own written as Word and as plain text, through a real
``Assistant``:

- "... muộn nhất / trễ nhất ngày nào?" asks a time limit like "chậm nhất": the step sentence setting it
  ("... gửi báo cáo kết quả về Văn phòng Hội trước ngày ...") is the answer, not task-table rows;
- "xây dựng đề án ... giai đoạn 2048 - 2051, trình ... trước ngày 15/5/2048": the period the first task
  covers is no rival of the limit, and an English question is matched on the clauses the sentence chains;
- "Lễ ra quân <the plan's matter> tổ chức ở đâu?": the passage names the ceremony without repeating the
  plan's matter ("Lễ ra quân được tổ chức tại ..."): its place is the first line;
- "Thời gian, địa điểm: Hội nghị diễn ra ..., tại Hội trường ...": the label of two fields is no place;
- "... gửi báo cáo tháng lên huyện trước ngày nào?": the clause sending to the district body ("Báo cáo
  tháng gửi Hội Cựu chiến binh huyện trước ngày 18 hằng tháng") states the time asked, not the half-year
  report's date beside it; and the follow-up "Thế còn báo cáo sơ kết 6 tháng?" asks the same of that
  report (trial 39 f4);
- "... họp vào ngày nào, do ai chủ trì?" of "Ngày 14/10/2048, ... tổ chức hội nghị ... do đồng chí X, Bí thư
  Đảng ủy xã chủ trì": the chair after "do" is the second line (trial 39 q08);
- "... họp định kỳ vào ngày nào trong tháng?" of "... vào ngày 27 hằng tháng": a day recurring every month
  is the meeting's time (trial 39 q20);
- a notice citing the plan only in its preamble ("Thực hiện Kế hoạch số 31-KH/HND ...") and moving one of
  its times is linked to the plan: the first line names the time it moved from (trial 40 TB 15).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line, library_as

PLAN = [
    "HỘI NÔNG DÂN VIỆT NAM",
    "BCH HỘI NÔNG DÂN XÃ PHÚ LỄ",
    "Số: 31-KH/HND",
    "Phú Lễ, ngày 04 tháng 4 năm 2048",
    "KẾ HOẠCH",
    "tổ chức Ngày hội Nông dân giỏi năm 2048",
    "I. NỘI DUNG",
    "STT | Nội dung hoạt động | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện",
    "1 | Hội thi nông dân giỏi cấp xã | Ban Thường vụ Hội | Các chi hội | Ngày 20/4/2048",
    "2 | Giải bóng chuyền nông dân mừng Ngày hội | Chi hội ấp Bến Đình | Công an xã | Từ ngày 22/4 đến "
    "25/4/2048",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Lễ ra quân được tổ chức tại Sân Trung tâm Văn hóa xã Phú Lễ; mỗi chi hội cử ít nhất 10 hội viên.",
    "2. Các chi hội gửi báo cáo kết quả về Văn phòng Hội Nông dân xã trước ngày 12/5/2048 để tổng hợp.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đặng Văn Lực",
]

RESOLUTION = [
    "ĐẢNG BỘ HUYỆN LONG ĐIỀN",
    "ĐẢNG ỦY XÃ TAM PHƯỚC",
    "Số 11-NQ/ĐU",
    "Tam Phước, ngày 08 tháng 01 năm 2048",
    "NGHỊ QUYẾT",
    "về phát triển kinh tế nông nghiệp năm 2048",
    "I. CÁC CHỈ TIÊU CHỦ YẾU",
    "1. Chuyển đổi 120 ha lúa kém hiệu quả sang trồng cây ăn quả.",
    "2. Tỷ lệ hộ nghèo giảm còn dưới 2%.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Ủy ban nhân dân xã chủ trì xây dựng đề án chuyển đổi cây trồng giai đoạn 2048 - 2051, trình Ban "
    "Thường vụ Đảng ủy trước ngày 15/5/2048.",
    "2. Hội Nông dân xã phối hợp với Ngân hàng Chính sách xã hội huyện hỗ trợ vốn cho hội viên; mở ít nhất "
    "02 lớp tập huấn kỹ thuật trong quý III/2048.",
    "3. Ban Xây dựng Đảng xã tham mưu công tác phát triển đảng viên, hoàn thành hồ sơ kết nạp trước ngày "
    "30/11/2048.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các chi bộ trực thuộc tổ chức quán triệt Nghị quyết đến đảng viên trước ngày 28/02/2048.",
    "2. Ủy ban Kiểm tra Đảng ủy giúp Ban Chấp hành theo dõi, kiểm tra việc thực hiện Nghị quyết; định kỳ 6 "
    "tháng báo cáo Ban Thường vụ.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Lâm Thị Hoa",
]

CONGRESS = [
    "ĐẢNG ỦY XÃ HÒA BÌNH",
    "Số: 19-KH/ĐU",
    "Hòa Bình, ngày 02 tháng 10 năm 2048",
    "KẾ HOẠCH",
    "tổ chức Hội nghị đại biểu Hội Khuyến học xã lần thứ IV",
    "I. THỜI GIAN, ĐỊA ĐIỂM",
    "1. Thời gian, địa điểm: Hội nghị diễn ra trong 01 ngày, vào ngày 09/12/2048 (thứ Tư), tại Hội trường "
    "Trung tâm Văn hóa xã Hòa Bình.",
    "2. Thành phần: các đại biểu được bầu từ các chi hội khuyến học.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Trần Văn Kiên",
]

RULES = [
    "HỘI CỰU CHIẾN BINH XÃ AN NHƠN",
    "QUY CHẾ LÀM VIỆC",
    "của Ban Chấp hành Hội Cựu chiến binh xã An Nhơn khóa IX",
    "Chương III",
    "CHẾ ĐỘ HỘI HỌP, BÁO CÁO",
    "Điều 9. Hội nghị Ban Thường vụ",
    "Ban Thường vụ họp định kỳ mỗi tháng một lần vào ngày 27 hằng tháng, tại trụ sở Hội Cựu chiến binh xã.",
    "Điều 10. Chế độ báo cáo",
    "1. Báo cáo tháng gửi Hội Cựu chiến binh huyện trước ngày 18 hằng tháng.",
    "2. Báo cáo sơ kết 6 tháng gửi trước ngày 10/6; báo cáo tổng kết năm gửi trước ngày 10/11 hằng năm.",
    "3. Các chi hội trưởng báo cáo tình hình hoạt động của chi hội về Thường trực Hội xã trước ngày 12 hằng "
    "tháng.",
]

NOTICE = [
    "ĐẢNG ỦY XÃ PHƯỚC HẢI",
    "Số 52-TB/ĐU",
    "Phước Hải, ngày 17 tháng 10 năm 2048",
    "THÔNG BÁO",
    "kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban quý III năm 2048",
    "Ngày 14/10/2048, tại phòng họp Đảng ủy, Ban Thường vụ Đảng ủy xã tổ chức hội nghị giao ban quý III năm "
    "2048 do đồng chí Phan Văn Tường, Bí thư Đảng ủy xã chủ trì.",
    "1. Các chi bộ hoàn thành đánh giá, xếp loại đảng viên trước ngày 30/11/2048.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Ngô Thị Lan",
]

# a notice citing the plan only in its preamble, its item moving the plan's time
MOVED = [
    "HỘI NÔNG DÂN XÃ PHÚ LỄ",
    "BAN THƯỜNG VỤ",
    "Số: 07/TB-HND",
    "Phú Lễ, ngày 02 tháng 5 năm 2048",
    "THÔNG BÁO",
    "Về việc điều chỉnh thời hạn báo cáo",
    "Thực hiện Kế hoạch số 31-KH/HND ngày 04/4/2048 của Ban Chấp hành Hội Nông dân xã Phú Lễ về tổ chức Ngày "
    "hội Nông dân giỏi năm 2048, Ban Thường vụ Hội Nông dân xã thông báo như sau:",
    "1. Lùi thời hạn các chi hội gửi báo cáo kết quả về Văn phòng Hội Nông dân xã đến ngày 19/5/2048.",
    "2. Các nội dung khác giữ nguyên.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đặng Văn Lực",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def fmt(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def plan(fmt, tmp_path_factory, embedder):
    return assistant_as(fmt, tmp_path_factory, embedder, "KH-31-HND", PLAN)


@pytest.fixture(scope="module")
def resolution(fmt, tmp_path_factory, embedder):
    return assistant_as(fmt, tmp_path_factory, embedder, "NQ-11-DU", RESOLUTION)


@pytest.fixture(scope="module")
def congress(fmt, tmp_path_factory, embedder):
    return assistant_as(fmt, tmp_path_factory, embedder, "KH-19-DU", CONGRESS)


@pytest.fixture(scope="module")
def notice(fmt, tmp_path_factory, embedder):
    return assistant_as(fmt, tmp_path_factory, embedder, "TB-52-DU", NOTICE)


@pytest.fixture(scope="module")
def moved(fmt, tmp_path_factory, embedder):
    return library_as(fmt, tmp_path_factory, embedder, "moved", {"KH-31-HND": PLAN, "TB-07-HND": MOVED})


@pytest.fixture(scope="module")
def rules(fmt, tmp_path_factory, embedder):
    return assistant_as(fmt, tmp_path_factory, embedder, "QC-CCB", RULES)


@pytest.mark.parametrize("latest", ["muộn nhất", "trễ nhất"])
def test_latest_day_asks_the_time_limit(plan, latest) -> None:
    asked = f"Chi hội nộp báo cáo kết quả ngày hội cho văn phòng Hội Nông dân xã {latest} ngày nào?"
    answer = plan.ask(asked)
    line = first_line(answer)
    assert "12/5/2048" in line, answer.text
    assert "về Văn phòng Hội Nông dân xã trước ngày 12/5/2048" in answer.text, answer.text


def test_english_limit_after_a_covered_period(resolution) -> None:
    answer = resolution.ask(
        "By what date must the commune People's Committee submit the crop conversion scheme to the Party "
        "Standing Committee?"
    )
    line = first_line(answer)
    assert "15/5/2048" in line, answer.text
    assert "2051" not in line, answer.text


def test_place_of_a_ceremony_named_without_the_plans_matter(plan) -> None:
    answer = plan.ask("Lễ ra quân Ngày hội Nông dân giỏi tổ chức ở đâu?")
    assert first_line(answer).startswith("Địa điểm: Sân Trung tâm Văn hóa xã Phú Lễ"), answer.text


def test_a_label_of_time_and_place_is_no_place(congress) -> None:
    answer = congress.ask("Hội nghị đại biểu Hội Khuyến học xã lần thứ IV diễn ra hôm nào và ở đâu?")
    head = answer.text.split("\n\n", 1)[0]
    assert "Địa điểm: Hội nghị" not in head, answer.text
    if "Địa điểm:" in head:
        assert "Địa điểm: Hội trường Trung tâm Văn hóa xã Hòa Bình" in head, answer.text


def test_the_time_sent_to_the_level_asked(rules) -> None:
    answer = rules.ask("Hội Cựu chiến binh xã gửi báo cáo tháng lên huyện trước ngày nào?")
    line = first_line(answer)
    assert "10/6" not in line, answer.text
    assert "18 hằng tháng" in line, answer.text


@pytest.mark.parametrize(
    ("report", "due"), [("báo cáo sơ kết 6 tháng", "10/6"), ("báo cáo tổng kết năm", "10/11")]
)
def test_follow_up_naming_another_report(rules, report, due) -> None:
    asked = "Hội Cựu chiến binh xã gửi báo cáo tháng lên huyện trước ngày nào?"
    answer = rules.ask(f"Thế còn {report}?", history=[asked])
    line = first_line(answer)
    assert due in line, answer.text
    assert "18 hằng tháng" not in line, answer.text


def test_meeting_day_and_its_chair(notice) -> None:
    answer = notice.ask("Hội nghị giao ban quý III của Ban Thường vụ Đảng ủy họp ngày nào, do ai chủ trì?")
    head = answer.text.split("\n\n", 1)[0]
    assert head.startswith("Thời gian: Ngày 14/10/2048"), answer.text
    assert "Chủ trì: đồng chí Phan Văn Tường, Bí thư Đảng ủy xã" in head, answer.text


def test_a_day_every_month(rules) -> None:
    answer = rules.ask("Ban Thường vụ Hội Cựu chiến binh xã họp định kỳ vào ngày nào trong tháng?")
    assert first_line(answer).startswith("Thời gian: vào ngày 27 hằng tháng"), answer.text


def test_a_change_cited_by_its_preamble_names_the_time_it_moves(moved) -> None:
    answer = moved.ask("Các chi hội gửi báo cáo kết quả về Văn phòng Hội Nông dân xã trước ngày nào?")
    line = first_line(answer)
    assert "19/5/2048" in line, answer.text
    assert "12/5/2048" in line, answer.text  # "(đã lùi từ trước ngày 12/5/2048 [2] theo Thông báo ...)"
