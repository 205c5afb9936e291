"""A sum answers a money question only when the clause writing it names what the question asks it for
(newcomer trial 40 u1: "Kinh phí tổ chức Lễ ra quân Tháng Thanh niên là bao nhiêu?" was answered
``Số liệu: 46.500.000 đồng`` from another body's sentence "... trồng 600 cây xanh trong Tháng Thanh niên;
vận động hội viên giúp đỡ 9 hộ ... với tổng số tiền 46.500.000 đồng"): clauses split at ';' and at sentence
ends, the event named in one clause is not what the sum of another is for. A question opening with its
money noun ("Kinh phí tổ chức ...") names its item as one written mid-sentence does. Documents written
here as Word and as text, indexed for real, asked through ``Assistant``; a table row (its header and cells
one clause) still answers its own item.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

REPORT = [
    "HỘI NÔNG DÂN XÃ PHÚ LỘC",
    "Số: 09-BC/HND",
    "Phú Lộc, ngày 30 tháng 6 năm 2031",
    "BÁO CÁO",
    "Kết quả công tác Hội 6 tháng đầu năm 2031",
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Công tác tuyên truyền: Hội tổ chức 14 buổi sinh hoạt chuyên đề cho hội viên các chi hội.",
    "2. Phong trào bảo vệ môi trường: Hội đã phối hợp với Chi đoàn thôn Bình An trồng 500 cây xanh trong "
    "Tháng Hành động vì môi trường; vận động hội viên ủng hộ 12 hộ nghèo với tổng số tiền 31.200.000 đồng.",
    "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
    "1. Tiếp tục vận động hội viên tham gia phong trào nông dân sản xuất kinh doanh giỏi.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Hòa",
]

PLAN = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ PHÚ LỘC",
    "Số: 31-KH/ĐTN",
    "Phú Lộc, ngày 02 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức Tháng Hành động vì môi trường năm 2031",
    "I. NỘI DUNG",
    "1. Lễ phát động Tháng Hành động vì môi trường được tổ chức tại Sân vận động xã Phú Lộc vào ngày "
    "26/3/2031.",
    "2. Mỗi chi đoàn cử ít nhất 20 đoàn viên tham gia dọn vệ sinh đường làng.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Trần Thị Mai",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def helper(request, tmp_path_factory, embedder):
    docs = {"BC09_HND": REPORT, "KH31_DTN": PLAN}
    return library_as(request.param, tmp_path_factory, embedder, "sum_clause", docs)


@pytest.mark.parametrize(
    "question",
    [
        "Kinh phí tổ chức Lễ phát động Tháng Hành động vì môi trường là bao nhiêu?",
        "Tổ chức Lễ phát động Tháng Hành động vì môi trường hết bao nhiêu tiền?",
    ],
)
def test_sum_of_another_clause_is_no_answer(helper, question):
    answer = helper.ask(question)
    assert "31.200.000" not in first_line(answer), answer.text
    assert answer.abstained, answer.text


def test_sum_of_its_own_clause_answers(helper):
    answer = helper.ask("Hội Nông dân xã vận động ủng hộ hộ nghèo tổng số tiền bao nhiêu?")
    assert first_line(answer).startswith("Số liệu:"), answer.text
    assert "31.200.000 đồng" in first_line(answer), answer.text
