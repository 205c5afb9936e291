"""A basis question naming the document by its type and topic instead of its number ("Hướng dẫn xét chọn
hộ vay vốn dựa trên căn cứ nào?") reads as "... căn cứ vào văn bản nào?" does: a "Căn cứ" first line from
the described document's opening paragraph (trial 41 q19: no first line, and a closing clause quoted first).
Two documents written here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

DOCS = {
    "HD-11-HND": [
        "HỘI NÔNG DÂN XÃ AN LẠC TÂY",
        "Số: 11-HD/HND",
        "An Lạc Tây, ngày 14 tháng 4 năm 2034",
        "HƯỚNG DẪN",
        "Xét chọn hộ nuôi bò sinh sản từ nguồn vốn Quỹ hỗ trợ nông dân",
        "Căn cứ Nghị quyết số 21-NQ/HND ngày 08/02/2034 của Ban Chấp hành Hội Nông dân xã về nhiệm vụ năm "
        "2034, Ban Thường vụ Hội Nông dân xã hướng dẫn việc xét chọn hộ nuôi bò sinh sản như sau:",
        "I. ĐIỀU KIỆN",
        "1. Hộ hội viên có chuồng trại đạt yêu cầu và cam kết nuôi bò ít nhất 24 tháng.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Các Chi hội lập danh sách hộ đề nghị xét chọn, gửi Văn phòng Hội trước ngày 15/5/2034.",
        "2. Trong quá trình thực hiện nếu có vướng mắc, các Chi hội phản ánh về Văn phòng Hội Nông dân xã "
        "để được hướng dẫn xét chọn.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Nguyễn Văn Toàn",
    ],
    "KH-03-DTN": [
        "ĐOÀN TNCS HỒ CHÍ MINH XÃ AN LẠC TÂY",
        "Số: 03-KH/ĐTN",
        "An Lạc Tây, ngày 02 tháng 3 năm 2034",
        "KẾ HOẠCH",
        "Ra quân Tháng Thanh niên năm 2034",
        "Thực hiện Kế hoạch số 15-KH/HĐT ngày 20/02/2034 của Ban Thường vụ Huyện đoàn, Ban Chấp hành Đoàn xã "
        "xây dựng kế hoạch như sau:",
        "1. Các chi đoàn ra quân vệ sinh môi trường ngày 05/3/2034.",
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Lê Văn Tâm",
    ],
}


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "basis_desc", DOCS)


def test_a_described_guide_asked_its_basis_gets_the_can_cu_line(library) -> None:
    answer = library.ask("Hướng dẫn xét chọn hộ nuôi bò sinh sản dựa trên căn cứ nào?")
    line = first_line(answer)
    assert "21-NQ/HND" in line, answer.text
    assert "15-KH/HĐT" not in line, answer.text
    assert answer.citations and answer.citations[0].quote.startswith("Căn cứ Nghị quyết"), answer.text


def test_a_described_plan_asked_where_its_basis_is(library) -> None:
    answer = library.ask("Kế hoạch ra quân Tháng Thanh niên căn cứ vào đâu?")
    assert "15-KH/HĐT" in first_line(answer), answer.text
