"""A unit named with its organisation ("Văn phòng Tỉnh hội Nông dân ...") is that unit, not the
organisation (issue 11, part 6: duties of any body). The library's dev half asked what the office of a
provincial Farmers' Association does under its plan and got the clauses of the association's other units:
every passage of a document its organisation issued was taken for the unit's own, and the verb naming the
plan ("trong kế hoạch rà soát hội viên") was read as the act asked about. Two organisations' plans, both
with a "Văn phòng Tỉnh hội", written here (.docx and .txt), real index, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

FARMERS = [
    "HỘI NÔNG DÂN TỈNH HÀ TÂY",
    "Số: 31-KH/HNDT",
    "Hà Tây, ngày 04 tháng 4 năm 2031",
    "KẾ HOẠCH",
    "Rà soát, phân loại hội viên năm 2031",
    "I. NHIỆM VỤ CỤ THỂ",
    "1. Ban Tổ chức - Kiểm tra Tỉnh hội hướng dẫn tiêu chí rà soát, ban hành trước ngày 20/4/2031.",
    "2. Hội Nông dân các xã hoàn thành việc rà soát hội viên trước ngày 30/6/2031.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Tỉnh hội theo dõi, tổng hợp, tham mưu Ban Thường vụ sơ kết việc thực hiện Kế hoạch.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nguyễn Văn Bình",
]

WOMEN = """HỘI LHPN TỈNH HÀ TÂY
Số: 19/KH-HPN
Hà Tây, ngày 10 tháng 3 năm 2031

KẾ HOẠCH
Tuyên truyền Chỉ thị về phát triển hội viên năm 2031

I. NỘI DUNG
1. Ban Tuyên giáo Tỉnh hội chủ trì tổ chức hội nghị quán triệt, hoàn thành trước ngày 30/4/2031.

II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Tỉnh hội tham mưu Ban Thường vụ đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo kết quả
trước ngày 15/12/2031.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Thị Hoa
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("units"), embedder, {"kh31_hnd.docx": FARMERS, "KH19_HPN.txt": WOMEN}
    )


@pytest.mark.parametrize(
    "question",
    [
        "Văn phòng Tỉnh hội Nông dân Hà Tây có việc gì trong kế hoạch rà soát hội viên, hạn khi nào?",
        "Văn phòng Tỉnh hội Nông dân Hà Tây phải làm gì?",
    ],
)
def test_the_unit_of_the_named_organisation_is_quoted(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    quoted = " ".join(c.quote for c in answer.citations)
    assert "Văn phòng Tỉnh hội theo dõi, tổng hợp" in quoted, answer.text
    # the association's other units and the other organisation's office are not this office
    assert "Ban Tổ chức - Kiểm tra" not in quoted, answer.text
    assert "Hội Nông dân các xã" not in quoted, answer.text
    assert "15/12/2031" not in answer.text, answer.text


def test_the_other_organisations_unit_answers_for_it(assistant):
    answer = assistant.ask("Văn phòng Tỉnh hội Phụ nữ Hà Tây phải tổng hợp báo cáo kết quả trước ngày nào?")
    assert not answer.abstained, answer.text
    assert "15/12/2031" in answer.text.splitlines()[0], answer.text
