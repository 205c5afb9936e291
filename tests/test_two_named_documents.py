"""A metadata question naming two documents by number, one loaded and one only cited: "Chương trình hành
động số 20-NQ/TU mà thông báo sơ kết Kết luận 62 nhắc tới được ban hành ngày nào?" was answered with the
loaded Kết luận 62's issue date (trial 36 t36-14). Which of the two the fact is asked of is not read, so
the held one's date is not the first line; the sentence citing the other stays quotable. Word and text,
through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

CONCLUSION = [
    "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "Số: 62-KL/TW",
    "Hà Nội, ngày 08 tháng 12 năm 2039",
    "KẾT LUẬN",
    "về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể",
    "1. Các cấp ủy quan tâm lãnh đạo công tác dân vận, định kỳ nghe Mặt trận và các đoàn thể báo cáo.",
    "T/M BỘ CHÍNH TRỊ",
    "Nguyễn Văn An",
]
NOTICE = [
    "TỈNH ỦY BÌNH SƠN",
    "Số: 160-TB/TU",
    "Bình Sơn, ngày 20 tháng 5 năm 2044",
    "THÔNG BÁO KẾT LUẬN",
    "tại Hội nghị sơ kết 5 năm thực hiện Kết luận số 62-KL/TW",
    "1. Tiếp tục quán triệt Kết luận số 62-KL/TW, Chương trình hành động số 20-NQ/TU, ngày 07/8/2043 của Ban"
    " Chấp hành Đảng bộ tỉnh về tăng cường công tác dân vận trong tình hình mới.",
    "T/M BAN THƯỜNG VỤ",
    "Lê Văn Bình",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    if request.param == "docx":
        files = {"KL-62.docx": CONCLUSION, "TB-160.docx": NOTICE}
    else:
        files = {"KL-62.txt": "\n\n".join(CONCLUSION), "TB-160.txt": "\n\n".join(NOTICE)}
    return assistant_over(tmp_path_factory.mktemp(f"two_named_{request.param}"), embedder, files)


def test_the_held_documents_date_is_not_the_cited_ones(library) -> None:
    answer = library.ask(
        "Chương trình hành động số 20-NQ/TU mà thông báo sơ kết Kết luận 62 nhắc tới được ban hành ngày nào?"
    )
    line = first_line(answer)
    assert not (line.startswith("Ngày ban hành") and "08/12/2039" in line), answer.text
