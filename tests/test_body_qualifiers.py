"""A body named with its owner ("Ủy ban Kiểm tra Đảng ủy xã") is one actor, and a body named inside the
predicate ("... chế độ báo cáo của các chi bộ") is not an actor (issue 11, part 5: a headline fact must come
from the clause that governs the action and the body asked about). Real index over two documents written here:
a district notice whose district inspection commission has a date, and a commune regulation whose commune
inspection commission checks the branches' reports with no date, beside the branches' own monthly date.

- the commune commission's check is told to have no time, never the district's quarter nor the branches' day;
- the branches' own deadline is still answered with its date;
- the district commission's act is answered with its quarter.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

NOTICE = """HUYỆN ỦY ĐÔNG SƠN
Số 77-TB/HU
THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Huyện ủy về làm việc với Đảng ủy xã Phú Lộc
Đông Sơn, ngày 02 tháng 3 năm 2027

1. Đảng ủy xã Phú Lộc rà soát, sửa đổi quy định về chế độ thông tin, báo cáo của các chi bộ trực thuộc.

2. Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện Thông báo này tại Đảng ủy xã Phú Lộc trong quý III/2027.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Đỗ Minh Khang
"""

REGULATION = """ĐẢNG BỘ HUYỆN ĐÔNG SƠN
ĐẢNG ỦY XÃ PHÚ LỘC
Số 05-QĐi/ĐU
QUY ĐỊNH
về chế độ thông tin, báo cáo của các chi bộ trực thuộc
Phú Lộc, ngày 20 tháng 3 năm 2027

Điều 1. Báo cáo định kỳ
Các chi bộ trực thuộc gửi báo cáo tình hình hằng tháng về Văn phòng Đảng ủy trước ngày 22 hằng tháng.

Điều 2. Kiểm tra, giám sát
1. Văn phòng Đảng ủy tổng hợp báo cáo của các chi bộ, trình Thường trực Đảng ủy.
2. Ủy ban Kiểm tra Đảng ủy phối hợp với Văn phòng Đảng ủy kiểm tra việc chấp hành chế độ báo cáo của các
chi bộ.

T/M ĐẢNG ỦY
BÍ THƯ
Hà Thị Lan
"""


DIRECTIVE = """HUYỆN ỦY ĐÔNG SƠN
Số 09-CT/HU
CHỈ THỊ
về phòng, chống hạn hán mùa khô năm 2027
Đông Sơn, ngày 05 tháng 4 năm 2027

Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính
trị - xã hội thực hiện tốt một số nội dung sau:

1. Ủy ban nhân dân huyện chỉ đạo nạo vét kênh mương nội đồng, hoàn thành trước ngày 30/4/2027.
2. Hội Nông dân huyện hướng dẫn hội viên chuyển đổi cây trồng chịu hạn.
3. Huyện đoàn tổ chức đội thanh niên tình nguyện hỗ trợ nước sinh hoạt cho các thôn vùng cao.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Đỗ Minh Khang
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("body_qualifiers"),
        embedder,
        {"TB77.txt": NOTICE, "QDi05.txt": REGULATION, "CT09.txt": DIRECTIVE},
    )


def test_a_commission_named_with_its_committee_is_one_actor(assistant):
    answer = assistant.ask(
        "Ủy ban Kiểm tra Đảng ủy xã phải kiểm tra việc chấp hành chế độ báo cáo của các chi bộ trước ngày nào?"
    )
    first = answer.text.split("\n", 1)[0]
    assert answer.fact_absent or answer.abstained, answer.text
    assert "quý III" not in first and "22" not in first, answer.text


def test_the_branches_own_deadline_is_answered(assistant):
    answer = assistant.ask("Các chi bộ phải gửi báo cáo tháng về Văn phòng Đảng ủy trước ngày nào?")
    assert not answer.abstained and not answer.fact_absent, answer.text
    assert "22" in answer.text.split("\n", 1)[0], answer.text


def test_the_district_commission_is_answered_with_its_quarter(assistant):
    answer = assistant.ask("Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện Thông báo 77 khi nào?")
    assert not answer.abstained and not answer.fact_absent, answer.text
    assert "quý III/2027" in answer.text, answer.text


def test_the_body_a_document_assigns_to_is_its_actor(assistant):
    # "giao cho X nhiệm vụ gì?": X is asked about as the actor; a body the directive assigns nothing (it is
    # only among "các đoàn thể" of the lead-in) is not answered with another body's duty
    answer = assistant.ask("Chỉ thị 09-CT/HU giao cho Hội Liên hiệp Phụ nữ huyện nhiệm vụ gì?")
    assert answer.abstained, answer.text
    answer = assistant.ask("Chỉ thị 09-CT/HU giao cho Hội Nông dân huyện nhiệm vụ gì?")
    assert not answer.abstained, answer.text
    assert "chịu hạn" in answer.text, answer.text
