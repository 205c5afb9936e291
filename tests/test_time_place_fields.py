"""A question asking when and where an event is held ("... dự kiến tổ chức khi nào và ở đâu?") is answered
from a plan that writes the two as separate field lines under one heading ("1. Thời gian, địa điểm",
"- Thời gian: Dự kiến 8h00 ngày ...;", "- Địa điểm: ..."): the time line is followed by the place of the
"Địa điểm" field right after the time field (library2 dev l2-rw-11 had no first line: the place was looked
for only in the time's own sentence). A place field of another event, not next to the time field, is not
read as the place. Written here as Word paragraphs, as text and as HTML, asked through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

LINES = [
    "ĐOÀN TNCS HỒ CHÍ MINH BCH ĐOÀN XÃ HÒA BÌNH",
    "Số: 07-KH/ĐTN",
    "Hòa Bình, ngày 02 tháng 02 năm 2041",
    "KẾ HOẠCH",
    "Tổ chức ngày hội hiến máu tình nguyện “Giọt hồng mùa xuân”",
    "Thực hiện Kế hoạch số 15-KH/HĐTN ngày 20/01/2041 của Ban Thường vụ Huyện đoàn về công tác tình nguyện"
    " năm 2041, Ban Chấp hành Đoàn xã Hòa Bình xây dựng kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Vận động đoàn viên, thanh niên tham gia hiến máu, bổ sung nguồn máu cho bệnh viện huyện.",
    "Việc tổ chức bảo đảm an toàn, tiết kiệm, đúng quy trình chuyên môn của ngành y tế.",
    "II. NỘI DUNG",
    "1. Thời gian, địa điểm",
    "- Thời gian: Dự kiến 7h00 ngày 16 tháng 3 năm 2041 (Chủ nhật);",
    "- Địa điểm: Hội trường Nhà văn hóa thôn Đông Yên, xã Hòa Bình.",
    "2. Thành phần tham gia",
    "Đoàn viên, thanh niên, cán bộ, công chức xã tự nguyện đăng ký.",
    "3. Kế hoạch truyền thông",
    "Thời gian: từ ngày 01/3 - 15/3/2041",
    "Thông báo về ngày hội đến đoàn viên qua các bí thư chi đoàn; đăng tin trên trang thông tin của Đoàn xã.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các chi đoàn đăng ký danh sách người hiến máu về Ban Thường vụ Đoàn xã trước ngày 10/3/2041.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Nguyễn Văn Hùng",
]


def _html() -> str:
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return f"<html><head><meta charset='utf-8'><title>KH 07</title></head><body>{body}</body></html>"


@pytest.fixture(scope="module", params=["docx", "txt", "html"])
def plan(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"time_place_fields_{request.param}")
    if request.param == "docx":
        return assistant_over(root, embedder, {"KH-07.docx": LINES})
    if request.param == "txt":
        return assistant_over(root, embedder, {"KH-07.txt": "\n\n".join(LINES) + "\n"})
    return assistant_over(root, embedder, {"KH-07.html": _html()})


@pytest.mark.parametrize(
    "question",
    [
        "Ngày hội hiến máu Giọt hồng mùa xuân của Đoàn xã Hòa Bình dự kiến tổ chức khi nào và ở đâu?",
        "Ngày hội hiến máu tình nguyện diễn ra ngày nào, tại đâu?",
    ],
)
def test_the_place_field_beside_the_time_field(plan, question) -> None:
    answer = plan.ask(question)
    lines = answer.text.split("\n")
    assert lines[0].startswith("Thời gian:") and "16 tháng 3 năm 2041" in lines[0], answer.text
    assert lines[1].startswith("Địa điểm: Hội trường Nhà văn hóa thôn Đông Yên, xã Hòa Bình ["), answer.text
