"""A question asking which document of a type or of an issuer a document carries out ("... thực hiện quy
định nào của Ban Bí thư?", "... triển khai văn bản nào của Tỉnh ủy?") gets a first line naming the cited
documents of that type and issuer, not every document the text cites (trial 36 t36-08: 7 listed, t36-30:
11). Real index over a plan written here as DOCX and as Markdown, asked through ``Assistant.ask``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

LINES = [
    "TỈNH ỦY HÀ NAM NINH",
    "Số 45-KH/TU",
    "Hà Nam Ninh, ngày 20 tháng 4 năm 2031",
    "KẾ HOẠCH",
    "thực hiện Thông báo kết luận số 77-TB/TW của Ban Bí thư",
    "Thực hiện Thông báo kết luận số 77-TB/TW, ngày 10/3/2031 của Ban Bí thư về tiếp tục đổi mới công tác "
    "dân vận ở cơ sở; Nghị quyết số 25-NQ/TW, ngày 03/6/2030 của Ban Chấp hành Trung ương về công tác dân "
    "vận; Chương trình số 14-CTr/TU, ngày 12/8/2030 của Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW, Ban "
    "Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:",
    "I. NHIỆM VỤ",
    "1. Ban Tổ chức Tỉnh ủy tham mưu Tỉnh ủy triển khai thực hiện Quy định số 301-QĐ/TW, ngày 05/01/2031 "
    "của Ban Bí thư về chức năng, nhiệm vụ của cơ quan chuyên trách Mặt trận cấp tỉnh.",
    "2. Ban Dân vận Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Đỗ Văn Lâm",
]


@pytest.fixture(scope="module", params=["docx", "md"])
def assistant(request, tmp_path_factory, embedder):
    files = {"kh45.docx": LINES} if request.param == "docx" else {"kh45.md": "\n\n".join(LINES)}
    return assistant_over(tmp_path_factory.mktemp(f"kh45_{request.param}"), embedder, files)


def _lead(text: str) -> str:
    return text.split("\n\n", 1)[0]


def test_the_basis_of_the_type_and_issuer_asked(assistant):
    answer = assistant.ask("Kế hoạch 45-KH/TU thực hiện quy định nào của Ban Bí thư?")
    lead = _lead(answer.text)
    assert "301-QĐ/TW" in lead, answer.text
    assert "25-NQ/TW" not in lead and "14-CTr/TU" not in lead, answer.text


def test_the_basis_of_the_issuer_asked(assistant):
    answer = assistant.ask("Kế hoạch 45-KH/TU triển khai văn bản nào của Tỉnh ủy?")
    lead = _lead(answer.text)
    assert "14-CTr/TU" in lead, answer.text
    assert "77-TB/TW" not in lead and "301-QĐ/TW" not in lead, answer.text
