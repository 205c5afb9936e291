"""English questions about the organisations' entrusted loans (the Farmers' and Women's Unions' work with
the social policy bank) read in the documents' words: "disburse" is "giải ngân", "approved" "phê duyệt",
"file" "hồ sơ", "transaction office" "phòng giao dịch". Untranslated, the question's only Vietnamese terms
were "trong vòng" and "ngày", and its figure line was another act's "60 ngày" (trial 29 q35). A document
written here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "HỘI NÔNG DÂN HUYỆN MƯỜNG LA",
    "Số: 04-KH/HND",
    "Mường La, ngày 12 tháng 7 năm 2032",
    "KẾ HOẠCH",
    "Thực hiện vốn vay ủy thác năm 2032",
    "1. Giao Ban Thường vụ Hội xây dựng chương trình hành động, hoàn thành trong vòng 60 ngày kể từ ngày "
    "ban hành Kế hoạch.",
    "2. Phòng giao dịch Ngân hàng Chính sách xã hội huyện giải ngân các khoản vay đã được phê duyệt trong "
    "thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lò Văn Xuân",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-04-HND", LINES)


def test_a_disbursement_asked_in_english_is_the_disbursement_clause(plan) -> None:
    answer = plan.ask(
        "Within how many days must the social policy bank transaction office disburse an approved loan "
        "once the file is complete?"
    )
    line = first_line(answer)
    assert "60" not in line, answer.text
    assert line.startswith("Figure: 07 ngày làm việc"), answer.text
