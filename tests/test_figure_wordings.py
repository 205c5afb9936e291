"""Figure first lines the quoted clause holds, asked in wordings the outside writers used (library3 dev
l3-mttq-10, l3-mttq-13, l3-mttq-14, l3-rw-15, l3-rw-27), through a real ``Assistant`` over documents
written here as Word and as text:

- "... ở xã hưởng bồi dưỡng mỗi tháng bao nhiêu?" asks a sum (the period "mỗi tháng" before the question
  word) and, of a list labelled by level ("cấp tỉnh: ...; cấp xã: ..."), the level asked; the "tỉnh" of
  the issuer's place name "HĐND tỉnh Hòa Bình" names no level;
- "mấy tổ không được ...?" counts "tổ" (a negation ends the unit and the value), also under a case
  heading ("Đối với các tổ không được ...:") that the count restates;
- "trao tặng 15 tấn phân bón" is a gift, not a change ("tăng"): "bao nhiêu phân bón?" reads it;
- "người ứng cử đại biểu Hội đồng nhân dân cấp xã ít nhất là 4 cuộc" counts the Front's meetings: the
  council is whose delegates, not the clause's subject;
- two clauses joined by "và", a figure in each ("đủ mười tám tuổi ... được kết nạp ... và đủ hai mươi lăm
  tuổi ... được bầu làm chi hội trưởng"): the clause of the act asked gives its figure;
- "the ... plan" names the document's kind: a sentence citing another Kế hoạch is no rival of the one
  stating the figure;
- "Ai là người thay mặt Ban Thường vụ ký ...?" asks the signer (library3 dev l3-party-09's wording), as
  "do ai ký?" does, of a Kết luận too.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

BOI_DUONG = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH",
    "Số: 41/2036/NQ-HĐND",
    "Hòa Bình, ngày 10 tháng 3 năm 2036",
    "NGHỊ QUYẾT",
    "Quy định mức chi bồi dưỡng phục vụ công tác điều tra dân số",
    "Điều 1. Mức chi bồi dưỡng",
    "1. Mức bồi dưỡng: - Nhóm trưởng điều tra viên: cấp tỉnh: 4.100.000 đồng/người/tháng; cấp xã: "
    "2.600.000 đồng/người/tháng. - Điều tra viên, thư ký: cấp tỉnh: 3.700.000 đồng/người/tháng; cấp xã: "
    "2.200.000 đồng/người/tháng.",
    "2. Nghị quyết này có hiệu lực từ ngày 20 tháng 3 năm 2036.",
]

THON = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN LẬP",
    "Số: 07/HD-MTTQ",
    "Tân Lập, ngày 02 tháng 4 năm 2036",
    "HƯỚNG DẪN",
    "Phân bổ kinh phí hoạt động của các tổ hòa giải năm 2036",
    "1. Đối với các tổ hòa giải được phân bổ kinh phí: mỗi tổ nhận 3.000.000 đồng trong quý II.",
    "2. Đối với các tổ hòa giải không được phân bổ kinh phí: Căn cứ Thông báo số 12/TB-UBND, có 04 tổ hòa "
    "giải không được phân bổ kinh phí hoạt động năm nay.",
]

TANG = [
    "HỘI NÔNG DÂN XÃ PHÚ MỸ",
    "Số: 15-BC/HND",
    "Phú Mỹ, ngày 28 tháng 5 năm 2036",
    "BÁO CÁO",
    "Kết quả Tháng hành động vì nông dân nghèo năm 2036",
    "Trong tháng, Hội Nông dân xã trao tặng 15 tấn phân bón cho các hộ nghèo thôn Bình An.",
    "Các chi hội tổ chức 06 buổi tập huấn kỹ thuật trồng lúa cho hội viên.",
]

CUOC = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN HÒA",
    "Số: 21/HD-MTTQ",
    "An Hòa, ngày 05 tháng 1 năm 2036",
    "HƯỚNG DẪN",
    "Tổ chức hội nghị tiếp xúc cử tri của người ứng cử",
    "3. Số cuộc tiếp xúc cử tri: Đối với người ứng cử đại biểu Hội đồng nhân dân cấp tỉnh ít nhất là 6 cuộc. "
    "Đối với người ứng cử đại biểu Hội đồng nhân dân cấp xã ít nhất là 4 cuộc.",
]

DON_TIEP = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH HƯNG",
    "Số: 318/KH-SGDĐT",
    "Vĩnh Hưng, ngày 12 tháng 4 năm 2036",
    "KẾ HOẠCH",
    "Đón tiếp Đoàn kiểm tra của Bộ Giáo dục và Đào tạo về thư viện trường học",
    "Thực hiện Kế hoạch số 77/KH-BGDĐT của Bộ Giáo dục và Đào tạo về kiểm tra thư viện trường học.",
    "II. THÀNH PHẦN LÀM VIỆC",
    "1. Các trường được mời: Mỗi trường 04 đại biểu gồm: Hiệu trưởng, tổ trưởng chuyên môn, giáo viên thư "
    "viện và nhân viên thiết bị.",
    "2. Sở GDĐT đề nghị các trường chuẩn bị báo cáo theo Kế hoạch này.",
]


DIEU_LE = [
    "HỘI NÔNG DÂN VIỆT NAM",
    "Số: 05-QĐ/HNDTW",
    "Hà Nội, ngày 02 tháng 2 năm 2036",
    "QUY ĐỊNH",
    "Về hội viên và cán bộ chi hội",
    "Điều 3. Hội viên",
    "Nông dân đủ mười tám tuổi trở lên được kết nạp vào Hội và đủ hai mươi lăm tuổi trở lên được bầu làm "
    "chi hội trưởng.",
]

KY = [
    "HUYỆN ỦY ĐÔNG SƠN",
    "Số: 12-KH/HU",
    "Đông Sơn, ngày 08 tháng 6 năm 2036",
    "KẾ HOẠCH",
    "Tổ chức hội nghị học tập chuyên đề năm 2036",
    "1. Ban Tuyên giáo Huyện ủy chủ trì tổ chức hội nghị trong tháng 7/2036.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lò Văn Khải",
]


KET_LUAN = [
    "HUYỆN ỦY ĐÔNG SƠN",
    "Số: 31-KL/HU",
    "Đông Sơn, ngày 20 tháng 6 năm 2036",
    "KẾT LUẬN",
    "Về công tác chuyển đổi số của hệ thống chính trị huyện",
    "1. Các chi bộ, đảng bộ cơ sở quán triệt và thực hiện nghiêm các nhiệm vụ chuyển đổi số.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Hà Thị Ngân",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {
        "NQ-41-2036-HDND": BOI_DUONG,
        "HD-07-MTTQ": THON,
        "BC-15-HND": TANG,
        "HD-21-MTTQ": CUOC,
        "KH-318-SGDDT": DON_TIEP,
        "KH-12-HU": KY,
        "KL-31-HU": KET_LUAN,
        "QD-05-HNDTW": DIEU_LE,
    }
    return library_as(request.param, tmp_path_factory, embedder, "figure_wordings", docs)


def test_a_level_list_answers_the_level_asked_not_the_issuers_place(library) -> None:
    q = "Theo HĐND tỉnh Hòa Bình, nhóm trưởng điều tra viên ở xã hưởng bồi dưỡng mỗi tháng bao nhiêu?"
    answer = library.ask(q)
    assert first_line(answer).startswith("Số liệu: 2.600.000 đồng/người/tháng"), answer.text


def test_a_negation_ends_the_unit_under_a_restated_case(library) -> None:
    answer = library.ask("Xã Tân Lập có mấy tổ hòa giải không được nhận kinh phí hoạt động năm nay?")
    assert first_line(answer).startswith("Số liệu: 04 tổ hòa giải ["), answer.text


def test_a_gift_is_no_change(library) -> None:
    answer = library.ask("Hội Nông dân xã Phú Mỹ đã hỗ trợ các hộ nghèo bao nhiêu phân bón?")
    assert first_line(answer).startswith("Số liệu: 15 tấn phân bón"), answer.text


def test_the_council_of_the_delegates_is_not_the_clauses_subject(library) -> None:
    q = "Mỗi ứng viên HĐND cấp xã được Mặt trận xã An Hòa bố trí tối thiểu bao nhiêu cuộc tiếp xúc cử tri?"
    answer = library.ask(q)
    assert first_line(answer).startswith("Số liệu: 4 cuộc"), answer.text


def test_the_plan_asked_names_the_document_not_a_cited_plan(library) -> None:
    q = "Under the Vinh Hung plan, how many delegates should each invited school send?"
    answer = library.ask(q)
    assert first_line(answer).startswith("Figure: 04 đại biểu"), answer.text


def test_who_signed_for_the_standing_committee(library) -> None:
    answer = library.ask("Ai là người thay mặt Ban Thường vụ ký Kế hoạch 12-KH/HU?")
    assert first_line(answer).startswith("Người ký: Lò Văn Khải"), answer.text


def test_who_signed_a_conclusion_for_the_standing_committee(library) -> None:
    """"ký Kết luận" is a signature ("ký kết" alone is an agreement signed)."""
    answer = library.ask("Ai là người thay mặt Ban Thường vụ ký Kết luận 31-KL/HU năm 2036?")
    assert first_line(answer).startswith("Người ký: Hà Thị Ngân"), answer.text


def test_each_of_two_joined_clauses_gives_its_own_figure(library) -> None:
    answer = library.ask("Theo Quy định 05-QĐ/HNDTW, phải đủ bao nhiêu tuổi mới được bầu làm chi hội trưởng?")
    assert first_line(answer).startswith("Số liệu: hai mươi lăm tuổi"), answer.text
