"""A duties question naming a unit the organisation registry reads as a wider body ("chi bộ" as a level
of the party committees, "Ban công tác Mặt trận" as the Front): the retrieved section titled for that unit
under the topic asked is quoted first, not the wider body's duties from the document's other topics
(issue 11 item 5; library2 dev l2-party-22, library dev lib-lm16-06). Documents written here (DOCX
paragraphs or TXT), indexed for real, asked through ``Assistant``."""

from __future__ import annotations

import pytest

from tests.conftest import library_as

GUIDE = [
    "ĐẢNG BỘ XÃ TÂN LẬP",
    "Số: 07-HD/ĐU",
    "Tân Lập, ngày 12 tháng 3 năm 2041",
    "HƯỚNG DẪN",
    "Nghiệp vụ công tác đảng viên năm 2041",
    "I. THÀNH LẬP, GIẢI THỂ TỔ CHỨC ĐẢNG",
    "* Giải thể tổ chức đảng:",
    "+ Tổ chức đảng đã hoàn thành nhiệm vụ thì cấp ủy cấp trên ra quyết định giải thể và thông báo bằng"
    " văn bản cho các đảng viên.",
    "+ Tổ chức đảng bị giải thể bàn giao hồ sơ, con dấu cho cấp ủy cấp trên trong 10 ngày làm việc.",
    "* Hợp nhất tổ chức đảng:",
    "+ Tổ chức đảng hợp nhất lập danh sách đảng viên và chuyển sinh hoạt đảng theo quy định.",
    "II. NHIỆM VỤ TRONG CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN LÀ ĐOÀN VIÊN THANH NIÊN",
    "1. Chi bộ (gồm cả chi bộ trực thuộc)",
    "- Hằng quý họp xét đoàn viên ưu tú, lập danh sách quần chúng cảm tình Đảng gửi Đảng ủy xã.",
    "- Phân công đảng viên chính thức kèm cặp, giúp đỡ từng quần chúng trong danh sách.",
    "2. Đảng ủy xã",
    "- Mở lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú mỗi năm hai lần.",
    "TM. ĐẢNG ỦY",
    "BÍ THƯ",
    "Lê Văn Hòa",
]

PLAN = [
    "ỦY BAN MTTQ VIỆT NAM XÃ HÒA BÌNH",
    "BAN THƯỜNG TRỰC",
    "Số: 11/KH-MTTQ",
    "Hòa Bình, ngày 02 tháng 4 năm 2041",
    "KẾ HOẠCH",
    "Vận động ủng hộ Quỹ Vì người nghèo năm 2041",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Huy động mọi nguồn lực chăm lo cho hộ nghèo, hộ cận nghèo trên địa bàn xã.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã",
    "- Đồng chí Chủ tịch Ủy ban MTTQ xã chỉ đạo chung đợt vận động, chủ trì hội nghị phát động.",
    "- Đồng chí Phó Chủ tịch Ủy ban MTTQ xã tổng hợp kết quả, báo cáo Ủy ban MTTQ tỉnh.",
    "2. Ban công tác Mặt trận các thôn trên địa bàn xã",
    "- Phối hợp với Trưởng thôn rà soát hộ nghèo, đến từng hộ gia đình vận động ủng hộ Quỹ.",
    "- Nộp tiền ủng hộ về Ủy ban MTTQ xã trước ngày 30/6/2041.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Đinh Thị Mai",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    docs = {"HD07_dang_vien": GUIDE, "KH11_quy": PLAN}
    return library_as(request.param, tmp_path_factory, embedder, "unit_sections", docs)


def test_the_cells_section_under_the_topic_is_quoted(assistant):
    answer = assistant.ask(
        "Trong công tác phát triển đảng viên là đoàn viên thanh niên, chi bộ phải làm những việc gì?"
    )
    assert not answer.abstained, answer.text
    assert "cảm tình Đảng" in answer.citations[0].quote, answer.text
    assert "giải thể" not in answer.text.lower(), answer.text


def test_the_hamlet_front_sections_duties_are_quoted(assistant):
    answer = assistant.ask("Ban công tác Mặt trận ở các thôn xã Hòa Bình phải làm gì trong đợt vận động Quỹ?")
    assert not answer.abstained, answer.text
    quoted = " ".join(c.quote for c in answer.citations)
    assert "rà soát hộ nghèo" in quoted, answer.text
    # the commune Front's chairman's duties are another body's
    assert "chỉ đạo chung" not in quoted, answer.text
