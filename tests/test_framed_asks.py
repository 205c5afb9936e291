"""Questions that frame what they ask in words the documents do not repeat (library4 dev, wave 2):

- a meeting asked by what it heard ("... họp nghe Ban Tuyên giáo trình bày đề án vào ngày nào?") is dated by
  the conclusion's opening "Ngày ..., sau khi nghe ... báo cáo Đề án ...", which writes no "họp" (l4-party-34
  abstained); a review asked ("họp nghe tổng kết ...") is still not dated by that hearing;
- a document "bắt đầu được áp dụng kể từ khi nào?" asks its effect ("Nghị quyết này có hiệu lực từ ngày
  ..."), a day, not a duty's time limit (l4-mttq-09 quoted other clauses with no first line);
- a question opening with a programme's title closed by a colon ("Chương trình Xuân tình nguyện – Tết sẻ
  chia 2026 của Đoàn xã ...: các chi đoàn đăng ký số suất quà ... hạn cuối là hôm nào?"): the act asked
  follows the colon; the title's verb ("tình nguyện") and its dash are no act or object (l4-rw-08
  abstained);
- a plan's own time written as a heading ("1. Thời gian") with its value on the line below is that plan's
  activity's time: another plan's "Thời gian: ..." line, ranked first, is not (l4-rw-09 quoted the other
  plan with no first line).

Documents written here as Word and as text, indexed for real, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

CONCLUSION = [
    "TỈNH ỦY HÒA BÌNH XUYÊN",
    "Số 15-KL/TU",
    "Hòa Bình Xuyên, ngày 02 tháng 4 năm 2030",
    "KẾT LUẬN",
    "của Ban Thường vụ Tỉnh ủy về phát triển văn hóa đọc trong cán bộ, đảng viên",
    "Ngày 14/3/2030, sau khi nghe Ban Tuyên giáo Tỉnh ủy báo cáo Đề án “Phát triển văn hóa đọc trong cán "
    "bộ, đảng viên giai đoạn 2030 - 2035”, ý kiến của các sở, ngành liên quan, Ban Thường vụ Tỉnh ủy đã "
    "thảo luận và kết luận như sau:",
    "1. Thống nhất thông qua Đề án; giao Ban Tuyên giáo Tỉnh ủy hoàn thiện Đề án trước ngày 30/4/2030.",
    "2. Các huyện ủy, thành ủy xây dựng tủ sách cơ sở, báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày "
    "15/12/2030.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ THƯỜNG TRỰC",
    "Lê Văn Khải",
]

RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH XUYÊN",
    "Số: 41/2030/NQ-HĐND",
    "Hòa Bình Xuyên, ngày 08 tháng 12 năm 2030",
    "NGHỊ QUYẾT",
    "Quy định mức hỗ trợ cán bộ làm công tác dân vận ở thôn, tổ dân phố",
    "Điều 1. Mức hỗ trợ",
    "1. Trưởng ban công tác Mặt trận thôn được hỗ trợ 500.000 đồng/người/tháng.",
    "2. Thời gian hưởng hỗ trợ không quá 12 tháng trong một năm; người được huy động dưới 15 ngày hưởng "
    "theo ngày thực tế.",
    "Điều 2. Tổ chức thực hiện",
    "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; báo cáo kết quả tại kỳ họp cuối năm 2031.",
    "Điều 3. Hiệu lực thi hành",
    "1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2031.",
    "2. Nghị quyết số 12/2025/NQ-HĐND hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.",
    "CHỦ TỊCH",
    "Phạm Thị Hằng",
]

PROGRAMME = [
    "BCH ĐOÀN XÃ TÂN HÒA",
    "Số: 08-KH/ĐTN",
    "Tân Hòa, ngày 05 tháng 5 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức chương trình “Mùa hè xanh – Sẻ chia yêu thương” năm 2031",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát huy tinh thần tình nguyện của đoàn viên, thanh niên; chăm lo cho thiếu nhi có hoàn cảnh khó khăn.",
    "II. NỘI DUNG",
    "- Tổ chức lớp học hè miễn phí cho thiếu nhi từ ngày 20/6/2031 đến ngày 20/8/2031.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường vụ Đoàn xã là đơn vị thường trực chương trình, tổng kết chương trình trước ngày "
    "10/9/2031.",
    "2. Các chi đoàn trực thuộc",
    "- Tuyên truyền chương trình đến đông đảo đoàn viên, thanh niên.",
    "- Các đơn vị gửi đăng ký số lượng tình nguyện viên về Văn phòng Đoàn xã Tân Hòa (nhà văn hóa thôn "
    "Đông) trước ngày 12/6/2031 (thứ Năm).",
    "- Báo cáo kết quả thực hiện về Ban Thường vụ Đoàn xã trước ngày 30/8/2031.",
    "T/M BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Nguyễn Thị Lan",
]


CLUSTER_PLAN = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH XUYÊN",
    "TRƯỜNG THPT AN PHÚ 3",
    "Số: 21/KH-THPTAP3",
    "An Phú, ngày 10 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức sinh hoạt chuyên môn môn Địa lí Cụm 4 năm học 2030 - 2031",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Trao đổi kinh nghiệm dạy học môn Địa lí giữa các trường trong Cụm 4.",
    "II. NỘI DUNG SINH HOẠT CHUYÊN MÔN",
    "1. Phân tích đề thi tốt nghiệp môn Địa lí – Trường THPT An Phú 3 thực hiện.",
    "III. THỜI GIAN, HÌNH THỨC VÀ THÀNH PHẦN THAM DỰ",
    "1. Thời gian",
    "Lúc 13 giờ 30 phút, ngày 24 tháng 3 năm 2031.",
    "2. Hình thức",
    "Trực tuyến qua ứng dụng Google Meet.",
    "HIỆU TRƯỞNG",
    "Võ Minh Tâm",
]

VISIT_PLAN = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH XUYÊN",
    "TRƯỜNG THCS BÌNH AN",
    "Số: 30/KH-THCSBA",
    "Bình An, ngày 12 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Đón tiếp và làm việc với Đoàn kiểm tra của Sở Giáo dục và Đào tạo",
    "I. MỤC ĐÍCH",
    "Chuẩn bị chu đáo nội dung làm việc với Đoàn kiểm tra.",
    "II. THỜI GIAN VÀ ĐỊA ĐIỂM",
    "Thời gian: Buổi sáng, ngày 20 tháng 3 năm 2031, cụ thể tại Phụ lục.",
    "Địa điểm: Tại Trường THCS Bình An.",
    "HIỆU TRƯỞNG",
    "Lê Thị Hoa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    docs = {
        "KL15": CONCLUSION,
        "NQ41": RESOLUTION,
        "KH08": PROGRAMME,
        "KH21": CLUSTER_PLAN,
        "KH30": VISIT_PLAN,
    }
    return library_as(request.param, tmp_path_factory, embedder, "framed", docs)


def test_meeting_asked_by_what_it_heard(assistant):
    answer = assistant.ask(
        "Trước khi ra Kết luận 15-KL/TU, Ban Thường vụ Tỉnh ủy họp nghe Ban Tuyên giáo trình bày đề án vào "
        "ngày nào?"
    )
    assert not answer.abstained
    assert "14/3/2030" in first_line(answer)


def test_review_is_not_dated_by_a_hearing(assistant):
    answer = assistant.ask("Ban Thường vụ Tỉnh ủy họp nghe tổng kết đề án văn hóa đọc vào ngày nào?")
    assert "14/3/2030" not in first_line(answer)


def test_start_of_application_is_the_effect(assistant):
    answer = assistant.ask(
        "Nghị quyết của HĐND tỉnh về mức hỗ trợ cán bộ dân vận ở thôn bắt đầu được áp dụng kể từ khi nào?"
    )
    assert not answer.abstained
    assert "01 tháng 01 năm 2031" in first_line(answer)
    assert "hiệu lực từ ngày 01 tháng 01 năm 2031" in answer.text


def test_act_after_a_title_closed_by_a_colon(assistant):
    answer = assistant.ask(
        "Chương trình Mùa hè xanh – Sẻ chia yêu thương 2031 của Đoàn xã Tân Hòa: các chi đoàn đăng ký số "
        "tình nguyện viên với Văn phòng Đoàn xã hạn cuối là hôm nào?"
    )
    assert not answer.abstained
    line = first_line(answer)
    assert "12/6/2031" in line
    assert line.startswith("Thời hạn")


def test_own_time_under_a_heading_of_the_plan_named(assistant):
    answer = assistant.ask(
        "Buổi sinh hoạt chuyên môn môn Địa lí của Cụm 4 do Trường THPT An Phú 3 tổ chức bắt đầu vào giờ nào, "
        "ngày nào?"
    )
    assert not answer.abstained
    assert "24 tháng 3 năm 2031" in first_line(answer)
    assert "20 tháng 3 năm 2031" not in answer.text
