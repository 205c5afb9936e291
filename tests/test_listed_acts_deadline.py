"""A duty clause listing short acts before the one its time closes ("Hướng dẫn, kiểm tra, đôn đốc và tổng
hợp kết quả ... gửi ... trước ngày 15 tháng 12 hằng năm"): asked by that act ("... tổng hợp gửi lên ...
hạn là khi nào?"), the time is the clause's, however long the object between the act and its time
(library3 dev l3-rw-31: the act was looked for only in the 70 characters before the time). One plan
written in the test, as DOCX, TXT and PDF."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, assistant_over, first_line, write_pdf_lines

PLAN = [
    "ỦY BAN NHÂN DÂN HUYỆN TÂN PHONG",
    "Số: 77/KH-UBND",
    "Tân Phong, ngày 10 tháng 3 năm 2032",
    "KẾ HOẠCH",
    "Thực hiện phong trào xây dựng đời sống văn hóa ở khu dân cư năm 2032",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao chất lượng phong trào xây dựng đời sống văn hóa ở khu dân cư trên địa bàn huyện.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Giao Phòng Văn hóa và Thông tin huyện: Hướng dẫn, kiểm tra, đôn đốc và tổng hợp kết quả thực hiện "
    "phong trào xây dựng đời sống văn hóa ở khu dân cư của các xã, thị trấn gửi Sở Văn hóa, Thể thao và Du "
    "lịch, Ủy ban nhân dân huyện trước ngày 15 tháng 12 hằng năm.",
    "2. Ủy ban nhân dân các xã, thị trấn triển khai thực hiện phong trào tại địa phương.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Trần Văn Lâm",
]


@pytest.fixture(scope="module", params=["docx", "txt", "pdf"])
def plan(request, tmp_path_factory, embedder):
    if request.param == "pdf":
        root = tmp_path_factory.mktemp("KH-77_pdf")
        pdf = write_pdf_lines(root / "made.pdf", PLAN)
        return assistant_over(root, embedder, {"KH-77_UBND.pdf": pdf})
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-77_UBND", PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "Phòng Văn hóa huyện tổng hợp gửi lên Sở và UBND huyện thì hạn là khi nào?",
        "Thế còn Phòng đó tổng hợp gửi lên Sở và UBND huyện thì hạn là khi nào?",
    ],
)
def test_the_closing_act_asked_gets_the_clause_time(plan, question):
    answer = plan.ask(question)
    line = first_line(answer)
    assert line.startswith("Thời hạn") and "15 tháng 12" in line, answer.text


def test_a_short_act_listed_before_it_gets_no_time(plan):
    """"kiểm tra" is listed before the act the time closes: the time is not said to be its."""
    answer = plan.ask("Phòng Văn hóa huyện phải kiểm tra các xã đến khi nào?")
    assert "15 tháng 12" not in first_line(answer), answer.text
