"""Who does the specific act asked, not the organiser of the whole event (issue 11, library3 dev: "Trong buổi
sinh hoạt ..., trường nào lo phần trình bày ...?" answered with the host school's general clause). A plan
written here as DOCX and as TXT (``conftest.assistant_as``), asked through ``Assistant.ask``:

- the opening adjunct ("Trong buổi sinh hoạt Địa lý cụm 3, ...") says when; its verb is no act asked;
- the programme's row of the talk asked ("2. Tham luận về “...ôn tập cho học sinh ... Địa lý ...” – Trường
  THPT Bình Minh hỗ trợ thực hiện") covers the question clearly better than the host's clauses: the host is
  no first line; the row's school is, or none.
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_as

PLAN = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG",
    "TRƯỜNG THPT HÒA AN",
    "Số: 71/KH-THPTHA",
    "Hòa An, ngày 09 tháng 3 năm 2032",
    "KẾ HOẠCH",
    "Tổ chức sinh hoạt chuyên môn môn Địa lý cụm 3",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Tăng cường trao đổi, chia sẻ kinh nghiệm giảng dạy môn Địa lý giữa các trường trong cụm 3.",
    "II. THÀNH PHẦN",
    "- Trường THPT Hòa An: Tổ bộ môn Địa lý và đại diện lãnh đạo nhà trường.",
    "- Các trường trong cụm: mỗi trường cử 03 giáo viên Địa lý.",
    "III. NỘI DUNG",
    "1. Báo cáo kết quả dạy học môn Địa lý học kỳ I – Trường THPT Hòa An thực hiện.",
    "2. Tham luận về “Công tác ôn tập cho học sinh có kết quả học tập môn Địa lý chưa tốt” – Trường THPT Bình"
    " Minh hỗ trợ thực hiện.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "- Trường THPT Hòa An xây dựng kế hoạch, điều hành các hoạt động của buổi sinh hoạt chuyên môn theo đúng"
    " kế hoạch.",
    "HIỆU TRƯỞNG",
    "Trần Văn Lộc",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH71", PLAN)


def test_the_school_of_the_talk_asked_not_the_host(plan):
    answer = plan.ask(
        "Trong buổi sinh hoạt Địa lý cụm 3, trường nào lo phần trình bày kinh nghiệm ôn tập cho những em học"
        " Địa lý còn yếu?"
    )
    line = first_line(answer.text)
    assert "Hòa An" not in line, answer.text
    if stated_fact(line) is not None:
        assert "Bình Minh" in line, answer.text
