"""Who "đứng ra" (takes charge of) a task: "Bên nào đứng ra lo hội nghị ...?" asks who sees to the
conference, whose act follows "lo"; folded alone, "đứng" read as "dựng" of another clause's "xây dựng kế
hoạch" put that clause's body on the first line ("Thực hiện: Hội LHPN các huyện"). Word and text files,
through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

PLAN = [
    "HỘI LHPN TỈNH HÀ BẮC",
    "BAN THƯỜNG VỤ",
    "Số: 33/KH-HPN",
    "Hà Bắc, ngày 10 tháng 3 năm 2045",
    "KẾ HOẠCH",
    "thực hiện Chỉ thị 09-CT/TU về công tác vận động phụ nữ",
    "I. NHIỆM VỤ",
    "1. Các cấp Hội tuyên truyền sâu rộng nội dung Chỉ thị đến hội viên, phụ nữ.",
    "2. Hội LHPN các huyện, thị xã xây dựng kế hoạch cụ thể, gửi về Tỉnh hội trước ngày 31/3/2045.",
    "II. TỔ CHỨC THỰC HIỆN",
    "a) Ban Tuyên giáo Tỉnh hội chủ trì, phối hợp với Báo Hà Bắc tổ chức hội nghị quán triệt Chỉ thị cho cán"
    " bộ chủ chốt các cấp Hội, hoàn thành trước ngày 30/4/2045.",
    "b) Văn phòng Tỉnh hội tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 15/12/2045.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nguyễn Thị Thu",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "taking_charge", {"KH-33": PLAN})


@pytest.mark.parametrize(
    "question",
    [
        "Bên nào đứng ra lo hội nghị phổ biến Chỉ thị 09 cho cán bộ chủ chốt Hội phụ nữ tỉnh Hà Bắc?",
        "Đơn vị nào đứng ra lo việc phổ biến Chỉ thị 09 cho cán bộ chủ chốt Hội phụ nữ tỉnh?",
    ],
)
def test_who_takes_charge_of_the_conference(library, question) -> None:
    answer = library.ask(question)
    line = first_line(answer)
    assert "Hội LHPN các huyện" not in line, answer.text
    assert "Văn phòng Tỉnh hội" not in line, answer.text
