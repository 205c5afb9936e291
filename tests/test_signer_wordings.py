"""The ways a cadre asks who signed a document ("do đồng chí nào ký?", "Ai đã ký ...?", "ai là người ký",
"ký bởi ai", "người ký là ai") all get the "Người ký:" line, never a body sentence that writes "ký cam kết"
or a contact person "liên hệ đồng chí ..." (trial 30 fault 1). One document written in the test, as DOCX and
as TXT."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

DIRECTIVE = [
    "HUYỆN ỦY TÂN LỘC",
    "Số 11-CT/HU",
    "Tân Lộc, ngày 09 tháng 3 năm 2033",
    "CHỈ THỊ",
    "về phòng, chống hạn hán mùa khô năm 2033",
    "1. Ủy ban Mặt trận Tổ quốc huyện vận động các hộ ký cam kết sử dụng nước tiết kiệm, hoàn thành trước "
    "ngày 30 tháng 4 năm 2033.",
    "2. Ủy ban nhân dân huyện chỉ đạo rà soát các công trình thủy lợi, báo cáo Ban Thường vụ Huyện ủy trước "
    "ngày 15 tháng 5 năm 2033.",
    "3. Mọi vướng mắc liên hệ đồng chí Nông Văn Tiến, chuyên viên Văn phòng Huyện ủy (điện thoại 0209 "
    "3851 222).",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Triệu Văn Đức",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def directive(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "CT-11_HU", DIRECTIVE)


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ thị 11-CT/HU do đồng chí nào ký?",
        "Đồng chí nào đã ký Chỉ thị 11-CT/HU?",
        "Ai là người ký Chỉ thị 11-CT/HU?",
        "Chỉ thị 11-CT/HU ký bởi ai?",
        "Người ký Chỉ thị 11-CT/HU là ai?",
        "Chỉ thị về phòng, chống hạn hán do lãnh đạo nào ký?",
    ],
)
def test_every_way_of_asking_the_signer(directive, question):
    line = first_line(directive.ask(question))
    assert line.startswith("Người ký:") and "Triệu Văn Đức" in line, line


def test_an_agreement_the_document_asks_for_is_no_signature(directive):
    """"Ai vận động các hộ ký cam kết ...?" asks the duty of item 1, not who signed the directive."""
    answer = directive.ask("Theo Chỉ thị 11-CT/HU, ai vận động các hộ ký cam kết sử dụng nước tiết kiệm?")
    assert not first_line(answer).startswith("Người ký"), answer.text
