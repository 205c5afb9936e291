"""A figure asked for one body must be that body's: a joint figure it only takes part in is not its answer
(issue 11: "no first line is better than a wrong one"). Real index over a notice written here, as DOCX and
as TXT.

Newcomer trial 47 u05: "Chỉ tiêu vận động Quỹ ... giao riêng cho Hội LHPN xã là bao nhiêu?" quoted the whole
campaign's "phấn đấu đạt 120.000.000 đồng", a campaign another body leads with the Women's Union as a
partner. The notice and wordings here are this test's own: a tree-planting drive and a gratitude fund.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

NOTICE = [
    "ĐẢNG ỦY XÃ PHÚ LỘC",
    "Số 31-TB/ĐU",
    "Phú Lộc, ngày 12 tháng 02 năm 2029",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Đảng ủy xã về phong trào trồng cây và Quỹ Đền ơn đáp nghĩa năm 2029",
    "1. Giao Hội Nông dân xã chủ trì, phối hợp với Đoàn Thanh niên xã và Hội Cựu chiến binh xã tổ chức "
    "Tết trồng cây năm 2029, phấn đấu trồng mới 6.000 cây xanh trên các tuyến đường liên thôn.",
    "2. Giao Ủy ban nhân dân xã chủ trì, cùng Hội Phụ nữ xã vận động Quỹ Đền ơn đáp nghĩa năm 2029, "
    "phấn đấu đạt 80.000.000 đồng (Tám mươi triệu đồng).",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Trần Văn Phúc",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def notice(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "TB31", NOTICE)


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ tiêu trồng cây xanh trong Tết trồng cây giao riêng cho Đoàn Thanh niên xã là bao nhiêu cây?",
        "Số tiền vận động Quỹ Đền ơn đáp nghĩa dành riêng cho Hội Phụ nữ xã là bao nhiêu?",
    ],
)
def test_a_joint_figure_is_not_a_partners_own(notice, question):
    answer = notice.ask(question)
    first = answer.text.split("\n", 1)[0]
    assert "6.000" not in first and "80.000.000" not in first, answer.text
    assert answer.abstained or answer.fact_absent, answer.text


def test_the_lead_bodys_figure_is_still_answered(notice):
    answer = notice.ask("Hội Nông dân xã được giao trồng mới bao nhiêu cây xanh trong Tết trồng cây?")
    assert not answer.abstained and "6.000" in answer.text, answer.text
