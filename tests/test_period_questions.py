"""Questions asking a period by both its ends get that period as their first line, or none.

"... kéo dài từ ngày nào đến ngày nào?", "... được làm từ khi nào đến khi nào?", "... được thực hiện trong
khoảng thời gian nào?" ask a period (``query.intents.PERIOD_ASKED``): the first line is "Thời gian: từ ...
đến ..." read from the passage that writes it, as a field ("Thời gian thực hiện: từ ngày ... đến hết ngày
..."), as the line of the round asked ("Đợt 2: Từ ngày ... đến ngày ... gồm các nội dung:", not a
sub-item's days under it), in prose ("được tiến hành từ ngày công bố ... (ngày X) và kết thúc trước ...
(trước 17h00 ngày Y)") or as months ("từ tháng 7 đến hết tháng 9/2027"), never one of its days alone (the
timetable's single days are no answer). Library dev lib-ktgs-04 and lib-gt-04 got no first line though
the passage was quoted. The plan is written here as Word (its timetable a python-docx table) and as text
(a Markdown pipe table), indexed for real and asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

OPENING = [
    "HỘI CỰU CHIẾN BINH XÃ HÒA PHONG",
    "Số: 14-KH/CCB",
    "Hòa Phong, ngày 20 tháng 4 năm 2027",
    "KẾ HOẠCH",
    "Tổ chức Tháng hành động vì môi trường năm 2027",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao ý thức bảo vệ môi trường của hội viên cựu chiến binh và nhân dân trong xã.",
    "II. THỜI GIAN VÀ NỘI DUNG",
    "1. Thời gian thực hiện: từ ngày 05/5/2027 đến hết ngày 20/6/2027.",
    "2. Đợt 1: Từ ngày 05/5/2027 đến ngày 25/5/2027 gồm các nội dung trọng tâm:",
    "a) Các chi hội ra quân thu gom rác thải tại các tuyến đường liên thôn.",
    "b) Tuyên truyền phân loại rác thải tại nguồn trên loa truyền thanh xã.",
    "3. Đợt 2: Từ ngày 26/5/2027 đến ngày 20/6/2027 gồm các nội dung trọng tâm:",
    "a) Các chi hội trồng cây xanh tại khu di tích đình làng Hòa Phong.",
    "b) Kiểm tra việc giữ gìn vệ sinh tại các khu dân cư (từ 10/6/2027 đến 12/6/2027).",
    "4. Cuộc thi ảnh “Hòa Phong xanh”: việc tiếp nhận bài dự thi được tiến hành từ ngày công bố thể lệ "
    "(ngày 10 tháng 5 năm 2027) và kết thúc trước ngày tổng kết 05 ngày (trước 17h00 ngày 15/6/2027).",
    "5. Đợt tuyên truyền về nước sạch nông thôn thực hiện từ tháng 7 đến hết tháng 9/2027 trên hệ thống "
    "loa truyền thanh các thôn.",
    "III. LỊCH CÁC HOẠT ĐỘNG",
]
HEAD = ["Nội dung", "Thời gian", "Địa điểm"]
ROWS = [
    ["Lễ ra quân Tháng hành động", "7h00 ngày 05/5/2027", "Sân Ủy ban nhân dân xã"],
    ["Ngày chủ nhật xanh", "6h30 ngày 23/5/2027", "Tuyến đường liên thôn"],
    ["Lễ tổng kết Tháng hành động", "8h00 ngày 25/6/2027", "Hội trường Ủy ban nhân dân xã"],
]
CLOSING = [
    "IV. TỔ CHỨC THỰC HIỆN",
    "Các chi hội cựu chiến binh báo cáo kết quả về Hội Cựu chiến binh xã trước ngày 22/6/2027.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Hòa",
]


def _write(root, fmt: str):
    if fmt == "docx":
        import docx

        d = docx.Document()
        for line in OPENING:
            d.add_paragraph(line)
        table = d.add_table(rows=1 + len(ROWS), cols=len(HEAD))
        table.style = "Table Grid"
        for r, row in enumerate([HEAD, *ROWS]):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        for line in CLOSING:
            d.add_paragraph(line)
        path = root / "kh14.docx"
        d.save(path)
        return {"kh14.docx": path}
    table = [f"| {' | '.join(HEAD)} |", f"|{'---|' * len(HEAD)}", *(f"| {' | '.join(r)} |" for r in ROWS)]
    text = "\n\n".join(OPENING) + "\n\n" + "\n".join(table) + "\n\n" + "\n\n".join(CLOSING) + "\n"
    return {"kh14.txt": text}


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    made = tmp_path_factory.mktemp(f"period-src-{request.param}")
    files = _write(made, request.param)
    return assistant_over(tmp_path_factory.mktemp(f"period-{request.param}"), embedder, files)


def _first(answer) -> str:
    return answer.text.splitlines()[0] if answer.text else ""


def test_a_period_asked_as_a_span_is_read_from_its_field_never_a_day(plan) -> None:
    answer = plan.ask(
        "Tháng hành động vì môi trường của Hội Cựu chiến binh xã Hòa Phong được thực hiện trong khoảng thời "
        "gian nào?"
    )
    line = _first(answer)
    assert line.startswith("Thời gian:"), answer.text
    assert "05/5/2027" in line and "20/6/2027" in line, answer.text
    # the closing ceremony is held on one day, in the timetable: asked for a period's two ends, its day is
    # no "từ ... đến ..." and no other period of the plan answers for it
    answer = plan.ask("Lễ tổng kết Tháng hành động ở Hòa Phong bắt đầu từ ngày nào và kéo dài đến ngày nào?")
    line = _first(answer)
    assert not line.startswith("Thời gian: từ"), answer.text
    assert "20/6/2027" not in line and "05/5/2027" not in line, answer.text


def test_the_round_asked_gets_its_own_period(plan) -> None:
    answer = plan.ask("Đợt 2 của Tháng hành động vì môi trường ở Hòa Phong kéo dài từ ngày nào đến ngày nào?")
    line = _first(answer)
    assert line.startswith("Thời gian:"), answer.text
    assert "26/5/2027" in line and "20/6/2027" in line, answer.text
    assert "10/6/2027" not in line and "05/5/2027" not in line, answer.text  # a sub-item's or another round's


def test_a_period_written_in_prose_keeps_both_ends(plan) -> None:
    answer = plan.ask(
        "Việc tiếp nhận bài dự thi cuộc thi ảnh Hòa Phong xanh được tiến hành từ khi nào đến khi nào?"
    )
    line = _first(answer)
    assert line.startswith("Thời gian: từ ngày 10 tháng 5 năm 2027 đến"), answer.text
    assert "15/6/2027" in line, answer.text


def test_a_period_of_months_is_read_whole(plan) -> None:
    answer = plan.ask(
        "Đợt tuyên truyền về nước sạch nông thôn của Hội Cựu chiến binh xã Hòa Phong kéo dài từ tháng nào "
        "đến tháng nào?"
    )
    line = _first(answer)
    assert line.startswith("Thời gian:"), answer.text
    assert "tháng 7" in line and "tháng 9/2027" in line, answer.text
