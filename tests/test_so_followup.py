"""A follow-up opening with "Vậy" ("so, ...") is asked of the previous question's document (issue 11,
library3 dev: "Vậy việc tổng kết được tiến hành vào lúc nào?" after a question on a conclusion was read on its
own and got another document's "Thời hạn: Tháng 4/2026"). Two documents written here as DOCX and as TXT
(``conftest.library_as``), asked through ``Assistant.ask`` with the history:

- the conclusion's review time ("tham mưu tổng kết vào quý IV/2032") or no deadline line, never the other
  plan's "Việc tổng kết công tác bầu cử ... được tiến hành vào tháng 5/2033".
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line
from tests.conftest import library_as

CONCLUSION = [
    "HUYỆN ỦY MƯỜNG KHƯƠNG",
    "Số: 55-KL/HU",
    "Mường Khương, ngày 14 tháng 4 năm 2028",
    "KẾT LUẬN",
    "của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác dân vận giai đoạn 2028 - 2032",
    "1. Các cấp ủy đảng tiếp tục quán triệt sâu sắc quan điểm của Đảng về công tác dân vận.",
    "2. Chính quyền các cấp đẩy mạnh công tác dân vận chính quyền, gắn với cải cách hành chính.",
    "3. Giao Ban Dân vận Huyện ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra"
    " việc thực hiện Kết luận này; hằng năm báo cáo kết quả với Ban Thường vụ Huyện ủy và tham mưu tổng kết"
    " vào quý IV/2032.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Sùng Seo Lử",
]

PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ BẢN LẦU",
    "Số: 12/KH-MTTQ",
    "Bản Lầu, ngày 20 tháng 11 năm 2032",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động của Mặt trận xã trong công tác bầu cử",
    "5. Tổng kết công tác bầu cử",
    "Việc tổng kết công tác bầu cử của Mặt trận xã được tiến hành vào tháng 5/2033; Phó Chủ tịch Thường trực"
    " chủ trì xây dựng báo cáo tổng kết.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Giàng Thị Mai",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"KL55": CONCLUSION, "KH12": PLAN}
    return library_as(request.param, tmp_path_factory, embedder, "so_followup", docs)


def test_a_so_follow_up_keeps_the_previous_document(library):
    history = [
        "Kết luận của Ban Thường vụ Huyện ủy về công tác dân vận giai đoạn 2028 - 2032 giao ai theo dõi, đôn"
        " đốc việc thực hiện?"
    ]
    answer = library.ask("Vậy việc tổng kết được tiến hành vào lúc nào?", history)
    line = first_line(answer.text)
    assert "5/2033" not in line, answer.text
