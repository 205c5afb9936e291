"""A "by when" question whose subject is the work itself ("Đường bê tông ở thôn X phải hoàn thành trước
ngày nào?") and one opening with the time limit it asks ("Hạn các chi đoàn nộp hồ sơ ... là ngày nào?").

Newcomer trial 39: the road of a hamlet the documents never date was given another task's period
(u3), the road of the hamlet they do date was given the next item's month (p_u3b: the item dates it in a
later sentence, "Công trình hoàn thành trước ngày ..."), and a time limit asked by "Hạn ... là ngày nào?"
was read as an event's day and answered with another document's event (p_n2vi). Word and text files,
through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import first_line, library_as

RESOLUTION = [
    "ĐẢNG BỘ XÃ PHÚ HƯNG",
    "CHI BỘ THÔN GÒ MÍT",
    "Số: 05-NQ/CB",
    "Phú Hưng, ngày 02 tháng 3 năm 2041",
    "NGHỊ QUYẾT",
    "về nhiệm vụ quý II năm 2041",
    "I. NHIỆM VỤ TRỌNG TÂM",
    "1. Cứng hóa tuyến đường nội đồng Gò Mít - Bến Đá dài 900 m, rộng 3 m; kinh phí dự kiến 310 triệu"
    " đồng, Nhân dân đóng góp 120 triệu đồng. Công trình hoàn thành trước ngày 30/6/2041.",
    "2. Chi hội Nông dân thôn vận động 25 hộ đăng ký mô hình rau an toàn, hoàn thành trong tháng 5/2041.",
    "3. Chi đoàn thôn ra quân dọn vệ sinh kênh mương từ ngày 10/4 đến ngày 20/4/2041.",
    "T/M CHI BỘ",
    "BÍ THƯ",
    "Trần Văn Lộc",
]
GUIDE = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ PHÚ HƯNG",
    "Số: 09-HD/ĐTN",
    "Phú Hưng, ngày 15 tháng 3 năm 2041",
    "HƯỚNG DẪN",
    "xét chọn gương mặt trẻ tiêu biểu năm 2041",
    "1. Quy trình xét chọn",
    "Bước 1: Các chi đoàn họp xét, lựa chọn và gửi hồ sơ đề nghị về Văn phòng Đoàn xã trước ngày 12/4/2041.",
    "Bước 2: Hội đồng xét chọn họp, bỏ phiếu kín, hoàn thành trước ngày 25/4/2041.",
    "2. Hoạt động hưởng ứng",
    "Đoàn xã tổ chức Ngày hội thanh niên khởi nghiệp vào ngày 18/5/2041 tại Nhà văn hóa xã.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lê Thị Hoa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"NQ-05": RESOLUTION, "HD-09": GUIDE}
    return library_as(request.param, tmp_path_factory, embedder, "work_deadlines", docs)


def test_the_work_dated_in_a_later_sentence_of_its_item(library) -> None:
    answer = library.ask("Đường nội đồng Gò Mít - Bến Đá phải hoàn thành trước ngày nào?")
    line = first_line(answer)
    assert "30/6/2041" in line, answer.text
    assert "5/2041" not in line, answer.text


def test_a_work_no_document_dates_gets_no_other_tasks_time(library) -> None:
    answer = library.ask("Nhà văn hóa thôn Gò Mít phải hoàn thành trước ngày nào?")
    line = first_line(answer)
    for other in ("30/6/2041", "5/2041", "20/4/2041", "12/4/2041", "25/4/2041", "18/5/2041"):
        assert other not in line, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hạn các chi đoàn gửi hồ sơ xét gương mặt trẻ tiêu biểu là ngày nào?",
        "Han cac chi doan gui ho so xet guong mat tre tieu bieu la ngay nao?",
    ],
)
def test_a_question_opening_with_its_time_limit(library, question) -> None:
    answer = library.ask(question)
    line = first_line(answer)
    assert "12/4/2041" in line, answer.text
