"""Who coordinates, who leads, what a body must do (newcomer trial 39 q03, q13, u4, f2), through
``Assistant.ask`` over documents written here as DOCX (a python-docx table) and as HTML / TXT:

- "Ai phối hợp với X ...?" is answered by the coordinators of the task X leads ("Phối hợp: ..."), from a
  table's "Cơ quan phối hợp" column, never by X itself;
- a person given the lead by name ("Giao đồng chí X, Phó Chủ tịch ..., chủ trì ...") is the "Chủ trì:" line;
- a body the documents give only a collective's duties ("các tổ chức chính trị - xã hội xã") is told so
  before they are quoted, never shown them as its own;
- "Ai giám sát ...?" is not answered by a body a clause gives another act; "theo dõi, đôn đốc" is that act.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table

OPENING = [
    "ĐẢNG BỘ XÃ HÒA BÌNH",
    "Số: 14-KH/ĐU",
    "Hòa Bình, ngày 02 tháng 02 năm 2045",
    "KẾ HOẠCH",
    "Tổ chức Hội thi tiếng hát khu dân cư xã Hòa Bình năm 2045",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Động viên tinh thần đoàn kết, xây dựng đời sống văn hóa ở khu dân cư.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Phân công nhiệm vụ",
]
HEAD = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["1", "Xây dựng thể lệ Hội thi", "Ban Văn hóa - Xã hội xã", "Đoàn Thanh niên xã", "Trước ngày 10/3/2045"],
    [
        "2",
        "Phát thanh tuyên truyền về Hội thi trên loa truyền thanh",
        "Đài Truyền thanh xã",
        "Ban công tác Mặt trận các thôn",
        "Từ ngày 15/3 đến ngày 30/3/2045",
    ],
    ["3", "Tiếp nhận hồ sơ dự thi của các thôn", "Văn phòng Ủy ban nhân dân xã", "", "Trước ngày 20/3/2045"],
]
CLOSING = [
    "2. Giao Ban Tuyên giáo Đảng ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này; báo cáo kết quả về Ban "
    "Thường vụ Đảng ủy sau Hội thi.",
    "Nơi nhận:",
    "- Các chi bộ;",
    "- Lưu VP.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Lê Văn Thành",
]

RESOLUTION = [
    "ĐẢNG BỘ XÃ HÒA BÌNH",
    "CHI BỘ THÔN ĐÔNG",
    "Số: 05-NQ/CB",
    "Thôn Đông, ngày 20 tháng 02 năm 2045",
    "NGHỊ QUYẾT",
    "Về xây dựng nhà văn hóa thôn Đông năm 2045",
    "I. NHIỆM VỤ, GIẢI PHÁP",
    "1. Giao đồng chí Nguyễn Thị Lan, Phó Chủ tịch Ủy ban nhân dân xã, Trưởng thôn chủ trì vận động Nhân "
    "dân đóng góp kinh phí xây dựng nhà văn hóa; Chi hội Phụ nữ thôn phối hợp thực hiện.",
    "2. Hoàn thành việc xây dựng nhà văn hóa trước ngày 30/9/2045.",
    "T/M CHI BỘ",
    "BÍ THƯ",
    "Trần Văn Bình",
]

LETTER = [
    "ỦY BAN MTTQ VIỆT NAM XÃ HÒA BÌNH",
    "BAN THƯỜNG TRỰC",
    "Số: 09/MTTQ-BTT",
    "Hòa Bình, ngày 01 tháng 3 năm 2045",
    "V/v vận động ủng hộ Quỹ Khuyến học năm 2045",
    "Kính gửi:",
    "- Ban công tác Mặt trận các thôn;",
    "- Các tổ chức chính trị - xã hội xã.",
    "Ban Thường trực Ủy ban MTTQ Việt Nam xã đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
    "1. Thời gian vận động: từ ngày 05/3/2045 đến hết ngày 31/3/2045.",
    "2. Các đơn vị nộp tiền ủng hộ Quỹ Khuyến học về Ban Thường trực Ủy ban MTTQ Việt Nam xã chậm nhất ngày "
    "05/4/2045.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Phạm Văn Hòa",
]


def _html(lines: list[str], table: list[list[str]] | None = None, after: list[str] | None = None) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    if table:
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in table)
        body += f"<table border='1'>{cells}</table>"
    body += "".join(f"<p>{line}</p>" for line in after or [])
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"


@pytest.fixture(scope="module", params=["docx", "html"])
def library(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"who_asks_{request.param}")
    if request.param == "docx":
        made = root / "made"
        made.mkdir()
        plan = write_docx_table(made / "KH14_DangUy.docx", OPENING, HEAD, ROWS, CLOSING)
        files = {"KH14_DangUy.docx": plan, "NQ05_ChiBo.docx": RESOLUTION, "CV09_MTTQ.docx": LETTER}
    else:
        files = {
            "KH14_DangUy.html": _html(OPENING, [HEAD, *ROWS], CLOSING),
            "NQ05_ChiBo.txt": "\n\n".join(RESOLUTION),
            "CV09_MTTQ.html": _html(LETTER),
        }
    return assistant_over(root, embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Ai phối hợp với Đài Truyền thanh xã trong việc phát thanh tuyên truyền về Hội thi tiếng hát?",
        "Đài Truyền thanh xã phối hợp với đơn vị nào để tuyên truyền về Hội thi tiếng hát trên loa?",
    ],
)
def test_coordinator_of_a_table_row(library, question):
    line = first_line(library.ask(question))
    assert line.startswith("Phối hợp: Ban công tác Mặt trận các thôn")
    assert "Phối hợp: Đài Truyền thanh" not in line


def test_no_coordinator_line_for_a_row_without_one(library):
    line = first_line(library.ask("Ai phối hợp với Văn phòng Ủy ban nhân dân xã tiếp nhận hồ sơ dự thi?"))
    assert not line.startswith(("Phối hợp:", "Chủ trì:"))


@pytest.mark.parametrize(
    "question",
    [
        "Ai được Chi bộ thôn Đông giao chủ trì vận động bà con đóng góp kinh phí xây nhà văn hóa?",
        "Ai chủ trì vận động Nhân dân đóng góp kinh phí xây dựng nhà văn hóa thôn Đông?",
    ],
)
def test_person_given_the_lead(library, question):
    line = first_line(library.ask(question))
    assert line.startswith("Chủ trì: đồng chí Nguyễn Thị Lan, Phó Chủ tịch Ủy ban nhân dân xã")


def test_body_with_only_collective_duties_is_told_so(library):
    answer = library.ask("Hội Cựu chiến binh xã được giao nhiệm vụ gì trong đợt vận động Quỹ Khuyến học?")
    line = first_line(answer)
    assert line.startswith("Văn bản không giao nhiệm vụ riêng cho Hội Cựu chiến binh xã")
    assert "Quỹ Khuyến học" in answer.text  # the collective duties are still quoted, under the caveat


def test_monitoring_is_following_up(library):
    question = "Ai chịu trách nhiệm giám sát việc thực hiện Kế hoạch tổ chức Hội thi tiếng hát?"
    assert first_line(library.ask(question)).startswith("Thực hiện: Ban Tuyên giáo Đảng ủy")


def test_monitor_is_not_a_body_doing_another_act(library):
    line = first_line(library.ask("Ai giám sát việc tiếp nhận hồ sơ dự thi của các thôn?"))
    assert "Văn phòng Ủy ban nhân dân xã" not in line
