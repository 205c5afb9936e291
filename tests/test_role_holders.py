"""Who holds the post asked, in two layouts of a members' list (library3 dev l3-mttq-21, l3-mttq-31), through
a real ``Assistant`` over plans written here as Word and as text:

- "+ Trưởng đoàn: <who> + Phó Trưởng đoàn: <who> ...": the post as a field label, its holder after the
  colon ("ai làm trưởng đoàn?"); the deputy's label holds the post's words but is not it;
- "1. Đồng chí <post> - Trưởng Tiểu ban: Phụ trách chung, ...": the post written before the colon that
  opens the member's duties, asked without diacritics ("ai lam truong tieu ban ...?").
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

DOAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ YÊN SƠN",
    "Số: 09/KH-MTTQ",
    "Yên Sơn, ngày 03 tháng 9 năm 2036",
    "KẾ HOẠCH",
    "Kiểm tra công tác phòng cháy, chữa cháy tại các thôn năm 2036",
    "1. Ban Thường trực Ủy ban MTTQ xã ban hành quyết định thành lập Đoàn kiểm tra phòng cháy, chữa cháy "
    "gồm: + Trưởng đoàn: Đại diện Thường trực Hội Nông dân xã + Phó Trưởng đoàn: Đại diện Công an xã + "
    "Thành viên đoàn: Đại diện Đoàn Thanh niên xã và trưởng các thôn.",
    "2. Thời gian kiểm tra: trong tháng 10/2036.",
]

TIEU_BAN = [
    "ỦY BAN BẦU CỬ XÃ TÂN PHONG",
    "TIỂU BAN HẬU CẦN",
    "Số: 02/KH-TBHC",
    "Tân Phong, ngày 15 tháng 1 năm 2036",
    "KẾ HOẠCH",
    "Hoạt động của Tiểu ban hậu cần phục vụ bầu cử",
    "II. PHÂN CÔNG NHIỆM VỤ",
    "1. Đồng chí Chủ tịch Hội Cựu chiến binh xã - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước "
    "Ủy ban bầu cử về công tác hậu cần;",
    "2. Đồng chí Phó Trưởng Công an xã - Phó Trưởng tiểu ban: Bảo đảm an ninh tại các điểm bỏ phiếu.",
    "3. Đồng chí Kế toán Ủy ban nhân dân xã - Ủy viên: Chuẩn bị kinh phí, vật tư phục vụ bầu cử.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"KH-09-MTTQ": DOAN, "KH-02-TBHC": TIEU_BAN}
    return library_as(request.param, tmp_path_factory, embedder, "role_holders", docs)


def test_a_post_written_as_a_field_label(library) -> None:
    q = "Đoàn kiểm tra phòng cháy, chữa cháy do Mặt trận xã Yên Sơn lập thì ai làm trưởng đoàn?"
    answer = library.ask(q)
    assert first_line(answer).startswith("Trưởng đoàn: Đại diện Thường trực Hội Nông dân xã ["), answer.text


def test_a_post_before_the_members_duties_asked_without_diacritics(library) -> None:
    answer = library.ask("ai lam truong tieu ban hau can bau cu cua xa Tan Phong?")
    expected = "Trưởng Tiểu ban: Đồng chí Chủ tịch Hội Cựu chiến binh xã ["
    assert first_line(answer).startswith(expected), answer.text
