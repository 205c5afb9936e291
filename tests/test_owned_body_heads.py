"""Bodies whose names share a generic head ("Ban Tuyên giáo", "Văn phòng", "Ban", "Tổ") but differ in their
owner ("Ban Tuyên giáo Đảng ủy" / "Ban Tuyên giáo Đoàn xã") are different bodies (newcomer trial 41 q32:
"Văn phòng Đảng ủy ... báo cáo ... trước ngày nào?" answered with the "Văn phòng Đoàn xã" row's time of
another document's table). And a body whose own clause sets no time is told so ("Văn bản không nêu thời hạn
cho việc này"), not given the time of another named body's clause in the same notice. Real index over a
party committee's notice and a youth union's plan with an assignment table, written as DOCX and as TXT +
HTML, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table

NOTICE = [
    "ĐẢNG BỘ XÃ HÒA LỢI",
    "ĐẢNG ỦY XÃ",
    "Số: 21-TB/ĐU",
    "Hòa Lợi, ngày 10 tháng 3 năm 2029",
    "THÔNG BÁO",
    "Kết luận của Thường trực Đảng ủy tại hội nghị giao ban quý I năm 2029",
    "1. Ủy ban nhân dân xã hoàn thành nâng cấp đường liên ấp Hòa Bình trước ngày 30/6/2029.",
    "2. Ban Quản lý bến xe khách Hòa Lợi chấn chỉnh việc đón trả khách sai quy định; báo cáo kết quả về "
    "Thường trực Đảng ủy trong vòng 20 ngày kể từ ngày ban hành Thông báo này.",
    "3. Ban Tuyên giáo Đảng ủy theo dõi, đôn đốc việc thực hiện các nội dung kết luận này.",
    "T/M ĐẢNG ỦY",
    "PHÓ BÍ THƯ",
    "Lê Văn Tâm",
]

PLAN_OPENING = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ HÒA LỢI",
    "Số: 07-KH/ĐTN",
    "Hòa Lợi, ngày 20 tháng 3 năm 2029",
    "KẾ HOẠCH",
    "Tổ chức Hội thi tìm hiểu pháp luật trong đoàn viên thanh niên năm 2029",
    "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN",
]
PLAN_HEAD = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
PLAN_ROWS = [
    ["1", "Xây dựng thể lệ Hội thi", "Ban Tuyên giáo Đoàn xã", "Văn phòng Đoàn xã", "Trước ngày 15/4/2029"],
    [
        "2",
        "Tổng hợp kết quả, báo cáo Ban Thường vụ Huyện đoàn",
        "Ban Tuyên giáo Đoàn xã",
        "Các chi đoàn",
        "Trong vòng 05 ngày kể từ ngày kết thúc Hội thi",
    ],
]
PLAN_CLOSING = ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Trần Thị Hoa"]


def _plan_html() -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [PLAN_HEAD, *PLAN_ROWS]
    )
    body = "".join(f"<p>{line}</p>" for line in PLAN_OPENING)
    end = "".join(f"<p>{line}</p>" for line in PLAN_CLOSING)
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch Hội thi</title></head>'
        f"<body>{body}<table>{rows}</table>{end}</body></html>"
    )


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"owned_heads_{request.param}")
    if request.param == "docx":
        made = tmp_path_factory.mktemp("owned_heads_made")
        plan = write_docx_table(made / "KH07.docx", PLAN_OPENING, PLAN_HEAD, PLAN_ROWS, PLAN_CLOSING)
        files = {"TB21.docx": NOTICE, "KH07.docx": plan}
    else:
        files = {"TB21.txt": "\n\n".join(NOTICE), "KH07.html": _plan_html()}
    return assistant_over(root, embedder, files)


def test_another_owners_namesake_gives_no_time(assistant):
    answer = assistant.ask(
        "Ban Tuyên giáo Đảng ủy phải báo cáo kết quả đôn đốc thực hiện kết luận trước ngày nào?"
    )
    head = first_line(answer)
    assert "Đoàn xã" not in head and "05 ngày" not in head and "15/4" not in head, answer.text
    assert "20 ngày" not in head, answer.text  # the bus station board's time
    assert answer.abstained or answer.fact_absent, answer.text


def test_the_owners_own_row_still_answers(assistant):
    answer = assistant.ask("Ban Tuyên giáo Đoàn xã phải xây dựng thể lệ Hội thi trước ngày nào?")
    assert "15/4/2029" in first_line(answer), answer.text
