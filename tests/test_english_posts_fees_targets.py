"""English questions whose ask the glossary or the question kinds misread (trial 41 q20, q21, q23; library2
l2-party-31): a fee written as a rate ("phí sử dụng vốn 0,3%/tháng") answers "What fee is charged ...?"
(it abstained: the fee was read as a sum in đồng); a target striven for ("Phấn đấu 90% ...") answers
"What target ...?"; "Who leads the <team>, and who is its deputy?" asks the team's posts (Tổ trưởng / Tổ
phó), not the task a plan gives the team to lead; a subordinate "when ..." clause asks no time. Documents
written here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

DOCS = {
    "HD-07-HND": [
        "HỘI NÔNG DÂN XÃ TÂN PHƯỚC HẠ",
        "Số: 07-HD/HND",
        "Tân Phước Hạ, ngày 03 tháng 3 năm 2033",
        "HƯỚNG DẪN",
        "Cho vay vốn Quỹ hỗ trợ nông dân xã năm 2033",
        "I. ĐỐI TƯỢNG",
        "1. Hội viên nông dân có hộ khẩu thường trú tại xã, có phương án sản xuất khả thi.",
        "II. MỨC VAY VÀ THỜI HẠN",
        "1. Mức vay tối đa 40 triệu đồng một hộ.",
        "2. Thời hạn vay không quá 18 tháng; phí sử dụng vốn 0,3%/tháng.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Kiểm tra Hội kiểm tra việc sử dụng vốn vay mỗi quý một lần.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Đinh Văn Tường",
    ],
    "BC-15-HPN": [
        "HỘI LHPN XÃ TÂN PHƯỚC HẠ",
        "Số: 15/BC-HPN",
        "Tân Phước Hạ, ngày 20 tháng 11 năm 2033",
        "BÁO CÁO",
        "Kết quả thực hiện mô hình chợ không tiền mặt năm 2033",
        "I. KẾT QUẢ",
        "1. Có 42 tiểu thương nữ tại chợ xã nhận thanh toán bằng mã QR.",
        "2. Tổ chức 03 lớp hướng dẫn sử dụng ứng dụng ngân hàng cho hội viên.",
        "II. PHƯƠNG HƯỚNG NĂM 2034",
        "1. Phấn đấu 90% hội viên có tài khoản thanh toán vào cuối năm 2034.",
        "2. Đề nghị Đoàn xã hỗ trợ Chi hội ấp Gò Mít mở lớp cho hội viên cao tuổi trong quý I năm 2034.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lê Thị Hạnh",
    ],
    "QC-02-MTTQ": [
        "ỦY BAN MTTQ VIỆT NAM XÃ TÂN PHƯỚC HẠ",
        "Số: 02-QC/MTTQ",
        "Tân Phước Hạ, ngày 10 tháng 5 năm 2033",
        "QUY CHẾ",
        "Hoạt động của Tổ hỗ trợ chuyển đổi số cộng đồng",
        "Điều 1. Phạm vi",
        "Quy chế này quy định tổ chức, hoạt động của Tổ hỗ trợ chuyển đổi số cộng đồng xã.",
        "Điều 2. Thành phần",
        "1. Tổ trưởng là Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.",
        "2. Tổ phó là Bí thư Đoàn xã.",
        "3. Tổ viên gồm đại diện các chi hội, chi đoàn ở các ấp.",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Trần Văn Bảy",
    ],
    "KH-09-DTN": [
        "ĐOÀN TNCS HỒ CHÍ MINH XÃ TÂN PHƯỚC HẠ",
        "Số: 09-KH/ĐTN",
        "Tân Phước Hạ, ngày 02 tháng 9 năm 2033",
        "KẾ HOẠCH",
        "Tổ chức Ngày hội thanh niên số năm 2033",
        "1. Tổ hỗ trợ chuyển đổi số cộng đồng chủ trì dựng gian hướng dẫn cài đặt ứng dụng định danh điện "
        "tử, hoàn thành trước ngày 10/10/2033.",
        "2. Chi đoàn ấp Gò Mít chủ trì tổ chức cuộc thi tìm hiểu an toàn thông tin, ngày 12/10/2033.",
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Phạm Văn Khang",
    ],
    "QD-05-DU": [
        "ĐẢNG ỦY XÃ TÂN PHƯỚC HẠ",
        "Số: 05-QĐ/ĐU",
        "Tân Phước Hạ, ngày 01 tháng 2 năm 2033",
        "QUY ĐỊNH",
        "Về kết nạp đảng viên ở các chi bộ",
        "Điều 1. Tuổi đời",
        "Tại thời điểm chi bộ xét kết nạp, người vào Đảng phải đủ 18 tuổi đến đủ 55 tuổi.",
        "Điều 2. Thời hạn",
        "Trong thời hạn 30 ngày làm việc kể từ ngày chi bộ có nghị quyết đề nghị kết nạp, Đảng ủy phải xem "
        "xét, quyết định.",
        "Trong thời hạn 20 ngày làm việc kể từ ngày nhận quyết định kết nạp, chi bộ phải tổ chức lễ kết nạp.",
        "T/M ĐẢNG ỦY",
        "BÍ THƯ",
        "Võ Văn Hùng",
    ],
}


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "en_posts", DOCS)


def _first_quote(answer) -> str:
    return answer.citations[0].quote if answer.citations else ""


def test_a_fee_written_as_a_rate_answers_what_fee_is_charged(library) -> None:
    answer = library.ask("What fee is charged on loans from the commune farmers' support fund?")
    assert answer.citations, answer.text
    assert "0,3%/tháng" in _first_quote(answer), answer.text


def test_a_target_striven_for_answers_what_target_is_set(library) -> None:
    answer = library.ask("What target has the commune Women's Union set for 2034?")
    assert "Phấn đấu 90%" in _first_quote(answer), answer.text


def test_who_leads_a_team_asks_its_leader_not_the_task_it_leads(library) -> None:
    answer = library.ask(
        "Who leads the community digital transformation support team, and who is its deputy?"
    )
    assert any("Tổ trưởng" in c.quote for c in answer.citations), answer.text
    assert not answer.text.splitlines()[0].startswith(("Lead:", "Chủ trì:")), answer.text


def test_a_subordinate_when_clause_asks_no_time(library) -> None:
    answer = library.ask(
        "Under Regulation 05-QĐ/ĐU, what age range must a person be in when the party cell considers "
        "admitting them?"
    )
    quotes = [c.quote for c in answer.citations[:2]]
    assert any("đủ 18 tuổi đến đủ 55 tuổi" in q for q in quotes), answer.text
    assert not answer.text.splitlines()[0].startswith(("Deadline:", "Thời hạn:")), answer.text
