"""Duties a newcomer trial found unread or misdated (issue 11, part 6: "duties of bodies that are not in the
registry are found from the clause grammar"; part 5: a first line that is right or absent). Real index over
three documents written here (.docx, .md, .txt), asked through ``Assistant``; rows read through
``extract_obligations``.

- items under a heading that names their body ("2. Các chi bộ trực thuộc:", "2.1. Đối với Hội Nông dân
  xã") are that body's duties;
- a post's holder given a task ("Giao đồng chí Phó Chủ tịch Ủy ban MTTQ xã ...") is its actor;
- a day that comes back each quarter "of the next quarter" keeps its "sau";
- the asked act in other words ("giải quyết" / "xử lý") and a question typed without diacritics still find
  the clause's time; the first line never says the document sets no time when a dated clause writes
  everything else the question asks.
"""

from __future__ import annotations

import pytest

from assistant.loaders import load_file
from assistant.obligations.extract import extract_obligations
from assistant.parse import parse
from tests.conftest import assistant_over, first_line, write_docx

PLAN_LINES = [
    "ĐẢNG BỘ XÃ HÒA PHONG",
    "Số: 31-KH/ĐU",
    "KẾ HOẠCH",
    "Kiểm tra, giám sát năm 2028",
    "Hòa Phong, ngày 08 tháng 01 năm 2028",
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Giao Ủy ban Kiểm tra Đảng ủy chủ trì xây dựng kế hoạch chi tiết, trình Ban Thường vụ trước ngày "
    "10/02/2028; tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy trước ngày 01/12/2028.",
    "2. Các chi bộ trực thuộc:",
    "- Xây dựng kế hoạch kiểm tra, giám sát của chi bộ, gửi về Ủy ban Kiểm tra Đảng ủy trước ngày "
    "25/02/2028.",
    "- Định kỳ hằng quý báo cáo kết quả kiểm tra, giám sát về Ủy ban Kiểm tra Đảng ủy trước ngày 18 của "
    "tháng cuối quý.",
    "3. Giao đồng chí Phó Bí thư Thường trực Đảng ủy theo dõi, đôn đốc; báo cáo Huyện ủy trước ngày "
    "15/12/2028.",
    "TM. ĐẢNG ỦY",
    "BÍ THƯ",
    "Lê Minh Quân",
]

NOTICE = """ĐẢNG ỦY XÃ HÒA PHONG
Số: 40-TB/ĐU

# THÔNG BÁO KẾT LUẬN
Về tình hình hoạt động của Hội Nông dân xã

Hòa Phong, ngày 02 tháng 6 năm 2028

## 2. Nhiệm vụ thời gian tới

### 2.1. Đối với Hội Nông dân xã
- Kiện toàn Ban Chấp hành chi hội thôn Đông, hoàn thành trước ngày 20/6/2028.
- Xử lý dứt điểm nợ quá hạn Quỹ Hỗ trợ nông dân trước ngày 25/9/2028, đưa tỷ lệ nợ quá hạn xuống dưới 2%.

### 2.2. Tổ chức thực hiện
Giao Văn phòng Đảng ủy theo dõi, tổng hợp tiến độ báo cáo Thường trực Đảng ủy trước ngày 18 hằng tháng.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Trần Thu Hà
"""

LETTER = """HỘI CỰU CHIẾN BINH XÃ HÒA PHONG
Số: 12/CV-CCB
V/v thu nộp hội phí năm 2028
Hòa Phong, ngày 03 tháng 01 năm 2028

Kính gửi: Các chi hội Cựu chiến binh thôn.

1. Chi hội trưởng thu hội phí theo quý, nộp về Hội Cựu chiến binh xã trước ngày 08 của tháng đầu quý sau.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Phan Văn Tư
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("duty_headings"),
        embedder,
        {"TB40.md": NOTICE, "CV12.txt": LETTER, "KH31.docx": PLAN_LINES},
    )


def test_items_under_a_heading_naming_their_body_are_its_duties(tmp_path):
    path = write_docx(tmp_path / "KH31.docx", PLAN_LINES)
    rows = extract_obligations(parse(load_file(path), path.name))
    dated = {r.deadline.text: r.lead + r.responsible for r in rows if r.deadline}
    assert dated["trước ngày 25/02/2028"] == ["Các chi bộ trực thuộc"], dated
    assert dated["trước ngày 18 của tháng cuối quý"] == ["Các chi bộ trực thuộc"], dated
    assert any("Phó Bí thư Thường trực Đảng ủy" in b for b in dated["trước ngày 15/12/2028"]), dated
    notice = tmp_path / "TB40.md"
    notice.write_text(NOTICE, encoding="utf-8")
    rows = extract_obligations(parse(load_file(notice), notice.name))
    dated = {r.deadline.text: r.lead + r.responsible for r in rows if r.deadline}
    assert dated["trước ngày 25/9/2028"] == ["Hội Nông dân xã"], dated


@pytest.mark.parametrize(
    ("question", "right", "wrong"),
    [
        ("Các chi bộ trực thuộc gửi kế hoạch kiểm tra giám sát của mình trước ngày nào?", "25/02/2028",
         "10/02"),
        ("Hằng quý, chi bộ báo cáo kết quả kiểm tra, giám sát vào thời hạn nào?", "18 của tháng cuối quý",
         "01/12"),
        ("Phó Bí thư Thường trực Đảng ủy phải báo cáo Huyện ủy hạn cuối là khi nào?", "15/12/2028", "01/12"),
        ("Hội Nông dân xã phải giải quyết xong nợ quá hạn của Quỹ Hỗ trợ nông dân khi nào?", "25/9/2028",
         "20/6"),
        ("Van phong Dang uy bao cao tien do thuc hien thong bao ket luan vao luc nao?", "18 hằng tháng",
         "20/6"),
        ("Chi hội trưởng Cựu chiến binh nộp hội phí về Hội xã khi nào?", "tháng đầu quý sau", "25/9"),
    ],
)  # fmt: skip
def test_the_first_line_gives_the_governing_clause_time(assistant, question, right, wrong):
    answer = assistant.ask(question)
    line = first_line(answer)
    assert right in line and wrong not in line, answer.text
    assert not answer.fact_absent, answer.text
