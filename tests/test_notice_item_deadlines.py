"""A later notice changing a plan's arrangements sets a new deadline for one of the plan's tasks without a
verb of change: the plan's row says "Trang trí khánh tiết ... | Trước ngày 04/12/2026", the notice "Về việc
thay đổi thời gian, địa điểm tổ chức Lễ kỷ niệm ..." citing the plan says "Chi hội ... hoàn thành trang trí
khánh tiết tại địa điểm mới trước 17 giờ 00 ngày 06/12/2026" (newcomer trial 42 f1: the plan's superseded
date was the first line, as if in force). The notice's item is read as a change of that row: the first line
gives the notice's time and says it was changed, never the plan's date as current; a row the notice does not
name keeps its time. A follow-up "... ở đó ..." after a venue question asks its own topic. Own documents: the
plan as a Word table or a text pipe table, the notice as HTML or Word paragraphs, its change said in the title
or only in its opening ("... thông báo điều chỉnh như sau:"); through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_paragraphs, write_pipe_table

OPENING = [
    "HỘI NÔNG DÂN HUYỆN KIM SƠN",
    "HỘI NÔNG DÂN XÃ AN HÒA",
    "Số: 27-KH/HND",
    "An Hòa, ngày 02 tháng 3 năm 2047",
    "KẾ HOẠCH",
    "Tổ chức Hội thi nhà nông đua tài xã An Hòa năm 2047",
    "I. THỜI GIAN, ĐỊA ĐIỂM",
    "1. Thời gian: 7 giờ 30 phút ngày 28/3/2047.",
    "2. Địa điểm: Nhà văn hóa xã An Hòa.",
    "II. PHÂN CÔNG NHIỆM VỤ",
]
HEAD = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
ROWS = [
    ["1", "In ấn đề thi, tài liệu và phiếu chấm điểm", "Văn phòng Hội Nông dân xã", "Trạm Khuyến nông xã",
     "Trước ngày 20/3/2047"],
    ["2", "Chuẩn bị giải thưởng và giấy chứng nhận", "Ban Kiểm tra Hội Nông dân xã", "Đoàn Thanh niên xã",
     "Trước ngày 22/3/2047"],
    ["3", "Bảo đảm an toàn giao thông trong ngày hội thi", "Công an xã", "Ban Chỉ huy Quân sự xã",
     "Ngày 28/3/2047"],
    ["4", "Chuẩn bị sân khấu, âm thanh, ánh sáng, phông nền phục vụ hội thi", "Đoàn Thanh niên xã",
     "Hội Cựu chiến binh xã", "Trước ngày 24/3/2047"],
]
CLOSING = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Đặng Văn Phúc"]

TITLED = [
    "HỘI NÔNG DÂN XÃ AN HÒA",
    "Số: 31-TB/HND",
    "An Hòa, ngày 12 tháng 3 năm 2047",
    "THÔNG BÁO",
    "Về việc thay đổi thời gian, địa điểm tổ chức Hội thi nhà nông đua tài năm 2047",
    "Ngày 02/3/2047, Ban Thường vụ Hội Nông dân xã ban hành Kế hoạch số 27-KH/HND về tổ chức Hội thi nhà nông"
    " đua tài xã An Hòa năm 2047.",
    "Do Nhà văn hóa xã đang được nâng cấp, Ban Thường vụ Hội Nông dân xã thông báo như sau:",
    "1. Địa điểm: Sân vận động xã An Hòa, thay cho Nhà văn hóa xã.",
    "2. Văn phòng Hội Nông dân xã hoàn thành in ấn đề thi, tài liệu và phiếu chấm điểm tại địa điểm mới"
    " trước 16 giờ 00 ngày 25/3/2047.",
    "3. Đoàn Thanh niên xã hoàn thành chuẩn bị sân khấu tại địa điểm mới trước 17 giờ 00 ngày 27/3/2047. Các"
    " nội dung khác giữ nguyên theo Kế hoạch số 27-KH/HND.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đặng Văn Phúc",
]
# the same change said only in the opening, under a title naming no change
OPENED = [
    *TITLED[:4],
    "Về việc tổ chức Hội thi nhà nông đua tài năm 2047",
    "Thực hiện Kế hoạch số 27-KH/HND ngày 02/3/2047 của Ban Thường vụ Hội Nông dân xã, do Nhà văn hóa xã đang"
    " được nâng cấp, Ban Thường vụ Hội Nông dân xã thông báo điều chỉnh như sau:",
    *TITLED[7:],
]


def _html(lines: list[str]) -> str:
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    head = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head>'
    return f"{head}<body>\n{body}\n</body></html>\n"


FORMATS = [("docx", "html", TITLED), ("txt", "docx", OPENED), ("docx", "docx", OPENED)]


@pytest.fixture(scope="module", params=FORMATS)
def library(request, tmp_path_factory, embedder):
    plan_fmt, notice_fmt, notice = request.param
    root = tmp_path_factory.mktemp(f"notice_items_{plan_fmt}_{notice_fmt}")
    made = root / "made"
    made.mkdir()
    if plan_fmt == "docx":
        plan = write_docx_table(made / "KH-27.docx", OPENING, HEAD, ROWS, CLOSING)
    else:
        plan = write_pipe_table(made / "KH-27.txt", OPENING, HEAD, ROWS, CLOSING)
    if notice_fmt == "html":
        (made / "TB-31.html").write_text(_html(notice), encoding="utf-8")
        note = made / "TB-31.html"
    else:
        note = write_paragraphs(made / "TB-31.docx", notice)
    lib = root / "lib"
    lib.mkdir()
    return assistant_over(lib, embedder, {plan.name: plan, note.name: note})


@pytest.mark.parametrize(
    ("question", "new", "old"),
    [
        # (the code before gave the plan's superseded date "Thời hạn: Trước ngày 24/3/2047" for the first in
        # every format, "Trước ngày 20/3/2047" for the second with the notice in Word)
        ("Việc chuẩn bị sân khấu, âm thanh, ánh sáng phải xong trước ngày nào?", "27/3/2047", "24/3/2047"),
        ("Hạn hoàn thành in ấn tài liệu và phiếu chấm điểm là khi nào?", "25/3/2047", "20/3/2047"),
        ("Việc in ấn đề thi hội thi nhà nông đua tài phải xong trước ngày nào?", "25/3/2047", "20/3/2047"),
    ],
)
def test_the_notice_time_replaces_the_row(library, question, new, old) -> None:
    answer = library.ask(question)
    line = first_line(answer)
    assert new in line, answer.text
    if old in line:  # the plan's date only as what was changed
        assert line.index(new) < line.index(old), answer.text


def test_a_row_the_notice_does_not_name_keeps_its_time(library) -> None:
    answer = library.ask("Việc chuẩn bị giải thưởng và giấy chứng nhận phải xong trước ngày nào?")
    line = first_line(answer)
    assert "22/3/2047" in line and "25/3/2047" not in line, answer.text


def test_a_place_pronoun_follow_up_asks_its_own_topic(library) -> None:
    # (the code before read "ở đó" as nothing and gave the row's "Trước ngày 24/3/2047")
    answer = library.ask(
        "Việc chuẩn bị sân khấu, âm thanh, ánh sáng ở đó phải xong trước ngày nào?",
        ["Hội thi nhà nông đua tài năm 2047 tổ chức ở đâu?"],
    )
    line = first_line(answer)
    assert "27/3/2047" in line, answer.text
    assert "24/3/2047" not in line or line.index("27/3/2047") < line.index("24/3/2047"), answer.text
