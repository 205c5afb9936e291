"""English questions in the common words of directives about loans, funds, dues and discipline read in
the documents' words (``data/glossary_en.json``): "repayment period" / "loan term" is "thời hạn cho vay",
a "support fund" a "quỹ hỗ trợ", "membership dues" "hội phí", "disciplinary measures" "hình thức kỷ luật".
Unglossed, "What is the longest repayment period for a loan from the farmers' support fund?" kept only
"vay", "quỹ" and "hỗ trợ", and the loan's time limit was not quoted (newcomer trial 40 en2). A guide written
here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LINES = [
    "HỘI NÔNG DÂN TỈNH LAI CHÂU",
    "Số: 09-HD/HND",
    "Lai Châu, ngày 03 tháng 5 năm 2033",
    "HƯỚNG DẪN",
    "Quản lý và sử dụng Quỹ Hỗ trợ nông dân năm 2033",
    "I. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN",
    "1. Đối tượng: hội viên Hội Nông dân có nhu cầu vay vốn phát triển sản xuất, kinh doanh.",
    "2. Điều kiện vay vốn: là hội viên có thời gian sinh hoạt liên tục từ đủ 06 tháng trở lên; có phương án "
    "sản xuất được Chi hội xác nhận; không có dư nợ quá hạn tại Quỹ Hỗ trợ nông dân và các tổ chức tín dụng.",
    "II. MỨC VAY, THỜI HẠN VÀ LÃI SUẤT",
    "1. Mức cho vay tối đa 60 triệu đồng/hộ; tổ hợp tác vay tối đa 250 triệu đồng/dự án.",
    "2. Thời hạn cho vay không quá 30 tháng; lãi suất 0,5%/tháng, trả lãi hằng quý.",
    "III. HỘI PHÍ VÀ KỶ LUẬT",
    "1. Hội viên đóng hội phí 24.000 đồng/năm, nộp về Chi hội trước ngày 30/6 hằng năm.",
    "2. Hội viên vi phạm Điều lệ bị xem xét áp dụng các hình thức kỷ luật: khiển trách, cảnh cáo, khai trừ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Ban Thường vụ Hội Nông dân các huyện hướng dẫn các cơ sở Hội triển khai, báo cáo kết quả về Tỉnh Hội "
    "trước ngày 15/12/2033.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Giàng A Páo",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "HD-09-HND", LINES)


def _quotes(answer) -> list[str]:
    return [c.quote for c in answer.citations]


def test_the_longest_repayment_period_is_the_loan_term_clause(guide) -> None:
    answer = guide.ask("What is the longest repayment period for a loan from the farmers' support fund?")
    assert not answer.abstained, answer.text
    assert any("không quá 30 tháng" in q for q in _quotes(answer)), answer.text

