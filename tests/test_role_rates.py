"""A rate asked for a role that no rate list of the document names is not answered with the lists of other
roles (issue 11: a near-miss question is refused rather than answered with another role's sums). Real
index over a resolution written here, as DOCX and as TXT.

Library5 dev l5-mttq-36: "mỗi thành viên Tổ kiểm phiếu ... được bồi dưỡng bao nhiêu tiền một buổi?" was
answered with the lists "Chủ trì cuộc họp: ...; Thành viên tham dự: ...; Các đối tượng phục vụ: ..."
(``answer.role_rates``).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC AN",
    "Số 45/2032/NQ-HĐND",
    "NGHỊ QUYẾT",
    "Quy định mức chi bồi dưỡng cho người tham gia các cuộc họp của Ban Chỉ đạo phòng chống thiên tai",
    "Điều 2. Mức chi bồi dưỡng",
    "1. Mức chi bồi dưỡng cuộc họp của Ban Chỉ đạo:",
    "a) Cấp tỉnh: - Người chủ trì: 400.000 đồng/người/buổi; - Thành viên dự họp: 180.000 đồng/người/buổi; "
    "- Người phục vụ: 90.000 đồng/người/buổi.",
    "b) Cấp xã: - Người chủ trì: 250.000 đồng/người/buổi; - Thành viên dự họp: 120.000 đồng/người/buổi; "
    "- Người phục vụ: 60.000 đồng/người/buổi.",
    "Điều 3. Tổ chức thực hiện",
    "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def resolution(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "NQ45", RESOLUTION)


def test_a_role_no_rate_list_names_is_refused(resolution):
    answer = resolution.ask(
        "Nghị quyết 45/2032/NQ-HĐND quy định mỗi thành viên Tổ thư ký tại cuộc họp ở xã được bồi dưỡng bao "
        "nhiêu tiền một buổi?"
    )
    assert answer.abstained, answer.text
    assert "đồng/người/buổi" not in answer.text, answer.text


def test_a_role_a_rate_list_names_is_answered(resolution):
    answer = resolution.ask(
        "Nghị quyết 45/2032/NQ-HĐND quy định mỗi thành viên dự họp tại cuộc họp ở xã được bồi dưỡng bao "
        "nhiêu tiền một buổi?"
    )
    assert not answer.abstained, answer.text
    assert "120.000 đồng" in answer.text, answer.text
