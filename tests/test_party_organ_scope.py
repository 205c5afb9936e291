"""A party organisation named by its level without a place ("Đảng bộ xã", "Đảng bộ phường") is the body
whose executive committee issued the document ("ĐẢNG ỦY XÃ HÒA PHONG" / "Đảng ủy phường ..."): its
resolution's targets answer a question naming the organisation (newcomer trial 40 f5 abstained on "Năm 2027
Đảng bộ xã đặt chỉ tiêu kết nạp mấy đảng viên?" though "Kết nạp 12 đảng viên mới" was retrieved first: the
quotes were held to passages naming "Đảng bộ xã"). Another organisation's document (a youth union's) is
still not the party organisation's. Written here as Word and as text, indexed for real, asked through
``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

RESOLUTION = [
    "ĐẢNG BỘ HUYỆN SƠN HÀ",
    "ĐẢNG ỦY PHƯỜNG BÌNH MINH",
    "Số: 11-NQ/ĐU",
    "Bình Minh, ngày 15 tháng 01 năm 2033",
    "NGHỊ QUYẾT",
    "Về nhiệm vụ phát triển kinh tế - xã hội và xây dựng Đảng năm 2033",
    "Hội nghị Ban Chấp hành Đảng bộ phường Bình Minh lần thứ 9 họp ngày 10/01/2033, thống nhất quyết nghị:",
    "I. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2033",
    "1. Thu ngân sách trên địa bàn đạt 14 tỷ đồng.",
    "2. Kết nạp 9 đảng viên mới; 100% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.",
    "3. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97% trở lên.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Đỗ Văn Lâm",
]

YOUTH = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN PHƯỜNG BÌNH MINH",
    "Số: 05-KH/ĐTN",
    "Bình Minh, ngày 20 tháng 01 năm 2033",
    "KẾ HOẠCH",
    "Công tác Đoàn và phong trào thanh niên năm 2033",
    "1. Giới thiệu 15 đoàn viên ưu tú cho Đảng xem xét kết nạp trong năm 2033.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lý Thị Hà",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def helper(request, tmp_path_factory, embedder):
    docs = {"NQ11_DU": RESOLUTION, "KH05_DTN": YOUTH}
    return library_as(request.param, tmp_path_factory, embedder, "party_organ", docs)


def test_party_organisation_of_the_issuing_committee(helper):
    answer = helper.ask("Năm 2033 Đảng bộ phường đặt chỉ tiêu kết nạp mấy đảng viên?")
    assert not answer.abstained, answer.text
    assert answer.citations and "Kết nạp 9 đảng viên mới" in answer.citations[0].quote, answer.text
    line = first_line(answer)
    assert not line.startswith("Số liệu:") or "9 đảng viên" in line, answer.text


def test_plain_wording_states_the_figure(helper):
    answer = helper.ask("Đảng bộ phường kết nạp mấy đảng viên trong năm 2033?")
    assert first_line(answer).startswith("Số liệu: 9 đảng viên"), answer.text


def test_another_organisations_document_is_not_the_party_organisations(helper):
    answer = helper.ask("Năm 2033 Đảng bộ phường giới thiệu bao nhiêu đoàn viên ưu tú?")
    assert "15" not in first_line(answer), answer.text
