"""A coordinator asked where the clause names only the body given the task (library4 l4-rw-35, a near-miss
unanswerable): "Đơn vị nào được giao phối hợp với Ban Tuyên giáo trong việc tham mưu quán triệt Chỉ thị
20?" of "1. Giao Ban Tuyên giáo tham mưu ... quán triệt Chỉ thị số 20-CT/TU ...": the first line says the
document names no coordinating body ("Văn bản không nêu đơn vị phối hợp cho việc này", ``fact_absent``),
as it says a clause sets no deadline, instead of quoting the lead clause as if it answered. A clause that
names its partner still answers with it. Real index over one letter written here (.docx and .txt, a
module fixture's param), through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LETTER = [
    "ĐẢNG BỘ XÃ PHÚ CƯỜNG",
    "Số: 45-CV/ĐU",
    "Phú Cường, ngày 03 tháng 8 năm 2027",
    "V/v triển khai thực hiện Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy",
    "Kính gửi: Các chi bộ trực thuộc Đảng ủy",
    "Thực hiện Chỉ thị số 20-CT/TU ngày 25/7/2027 của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo vệ "
    "môi trường, Ban Thường vụ Đảng ủy yêu cầu:",
    "1. Giao Ban Tuyên giáo Đảng ủy tham mưu Ban Thường vụ Đảng ủy quán triệt, tuyên truyền Chỉ thị số "
    "20-CT/TU; trình Thường trực Đảng ủy trước ngày 15/8/2027.",
    "2. Văn phòng Đảng ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc xã tổ chức ra quân vệ sinh môi "
    "trường trong tháng 9/2027.",
    "3. Các chi bộ xây dựng kế hoạch thực hiện, báo cáo kết quả về Đảng ủy trước ngày 30/11/2027.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lò Văn Sơn",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def letter(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "CV-45-DU", LETTER)


@pytest.mark.parametrize(
    "question",
    [
        "Theo công văn 45-CV/ĐU, đơn vị nào được giao phối hợp với Ban Tuyên giáo trong việc tham mưu quán "
        "triệt Chỉ thị 20?",
        "Ai phối hợp với Ban Tuyên giáo Đảng ủy tham mưu quán triệt, tuyên truyền Chỉ thị 20-CT/TU?",
    ],
)
def test_a_clause_naming_no_partner_is_said_to_name_none(letter, question):
    answer = letter.ask(question)
    assert answer.fact_absent or answer.abstained, answer.text
    first = answer.text.splitlines()[0]
    assert "Mặt trận" not in first and "Văn phòng" not in first, answer.text
    if answer.fact_absent:
        assert first.startswith("Văn bản không nêu đơn vị phối hợp"), answer.text
        assert "quán triệt, tuyên truyền Chỉ thị" in answer.text, answer.text


def test_a_clause_naming_its_partner_answers_with_it(letter):
    answer = letter.ask("Đơn vị nào phối hợp với Văn phòng Đảng ủy tổ chức ra quân vệ sinh môi trường?")
    assert not answer.fact_absent and not answer.abstained, answer.text
    assert "Mặt trận" in answer.text.splitlines()[0], answer.text
