"""Roles read from tables and labels (newcomer trial 45 q06, u02, its venue probe; library5 dev l5-party-17),
through a real ``Assistant`` (real embedding model, FAISS, SQLite) over documents written here as Word
tables, Markdown pipe rows and HTML tables:

- a member-assignment table "TT | Họ và tên | Chức vụ | Nhiệm vụ được phân công | Địa bàn phụ trách": the
  area column ("Địa bàn phụ trách", a role word after a place noun) is no lead; the member named in the
  row does the row's task;
- "<body> phối hợp với đơn vị nào ...?": only that body's own row says whom it works with; another body's
  row is no answer, and an empty "Phối hợp" cell is no partner;
- a field "Địa điểm: chuyển từ A sang B": the venue is B, the move said, never "chuyển";
- a list's label "... gồm: Các sổ theo dõi ..." (registers, folded like "các sở") is no body doing a task.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line, write_docx_table, write_pipe_table

OPENING = [
    "ĐẢNG BỘ PHƯỜNG HÒA LỘC",
    "Số: 77-QĐ/ĐU",
    "Hòa Lộc, ngày 05 tháng 3 năm 2038",
    "QUYẾT ĐỊNH",
    "Phân công nhiệm vụ thành viên Ban Chỉ đạo chuyển đổi số phường",
    "Điều 1. Phân công nhiệm vụ các thành viên Ban Chỉ đạo như sau:",
]
HEAD = ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ được phân công", "Địa bàn phụ trách"]
ROWS = [
    ["1", "Trịnh Minh Quang", "Trưởng ban", "Phụ trách chung, chủ trì các phiên họp", "Toàn phường"],
    ["2", "Mai Thị Ngọc Hà", "Phó Trưởng ban", "Chịu trách nhiệm chính về thanh toán không dùng tiền mặt",
     "Khu phố Đông Sơn"],
    ["3", "Lục Văn Tiến", "Ủy viên", "Chịu trách nhiệm chính về cấp chữ ký số cho hộ kinh doanh",
     "Khu phố Bến Đá"],
]
CLOSING = ["Điều 2. Quyết định có hiệu lực từ ngày ký.", "T/M ĐẢNG ỦY", "BÍ THƯ", "Trịnh Minh Quang"]


def _html_table(opening: list[str], head: list[str], rows: list[list[str]], closing: list[str]) -> str:
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    paras = "".join(f"<p>{x}</p>" for x in opening)
    after = "".join(f"<p>{x}</p>" for x in closing)
    return (
        f"<html><body>{paras}<table border='1'><tr>{cells}</tr>{body}</table>{after}</body></html>"
    )


def _over(fmt: str, root: Path, embedder, stem: str, opening, head, rows, closing):
    path = root / f"{stem}.{fmt}"
    if fmt == "docx":
        made = write_docx_table(path, opening, head, rows, closing)
    elif fmt == "md":
        made = write_pipe_table(path, opening, head, rows, closing)
    else:
        path.write_text(_html_table(opening, head, rows, closing), encoding="utf-8")
        made = path
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {made.name: made})


@pytest.fixture(scope="module", params=["docx", "md", "html"])
def members(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"table_roles_{request.param}")
    return _over(request.param, root, embedder, "QD-77-DU", OPENING, HEAD, ROWS, CLOSING)


def test_an_area_column_is_no_lead_and_the_member_does_the_task(members) -> None:
    rows = members.obligations(document="77-QĐ/ĐU")
    assert rows, "no duty read from the member table"
    places = {"Toàn phường", "Khu phố Đông Sơn", "Khu phố Bến Đá"}
    for r in rows:
        assert not places & {*r.lead, *r.responsible, *r.coordinators}, r
    doers = {n for r in rows for n in r.responsible}
    assert {"Trịnh Minh Quang", "Mai Thị Ngọc Hà", "Lục Văn Tiến"} <= doers, rows


def test_who_is_mainly_responsible_is_the_member_not_the_area(members) -> None:
    answer = members.ask("Đồng chí nào chịu trách nhiệm chính về cấp chữ ký số cho hộ kinh doanh?")
    line = first_line(answer)
    assert "Bến Đá" not in line, answer.text
    assert "Lục Văn Tiến" in line, answer.text


PLAN_OPENING = [
    "HỘI CỰU CHIẾN BINH XÃ PHÚ NHUẬN",
    "Số: 12-KH/CCB",
    "Phú Nhuận, ngày 02 tháng 4 năm 2038",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội Cựu chiến binh xanh",
    "III. PHÂN CÔNG THỰC HIỆN",
]
PLAN_HEAD = ["Đơn vị", "Nội dung công việc", "Phối hợp", "Thời hạn"]
PLAN_ROWS = [
    ["Chi hội Cựu chiến binh các thôn", "Giữ gìn vệ sinh khu vực Ngày hội Cựu chiến binh xanh", "Công an xã",
     "Trong Ngày hội"],
    ["Chi hội Cựu chiến binh các thôn", "Trang trí khu vực Ngày hội Cựu chiến binh xanh",
     "Đoàn Thanh niên xã", "Trước Ngày hội 01 ngày"],
    ["Trạm Y tế xã", "Bố trí tổ y tế trực cấp cứu", "", "Trong thời gian diễn ra"],
]
PLAN_CLOSING = ["T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "Vương Đình Huệ"]


@pytest.fixture(scope="module", params=["docx", "md"])
def plan(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"partner_rows_{request.param}")
    return _over(request.param, root, embedder, "KH-12-CCB", PLAN_OPENING, PLAN_HEAD, PLAN_ROWS, PLAN_CLOSING)


def test_a_bodys_partners_come_from_its_own_row(plan) -> None:
    answer = plan.ask("Trạm Y tế xã phối hợp với đơn vị nào trong Ngày hội Cựu chiến binh xanh?")
    line = first_line(answer)
    for other in ("Đoàn Thanh niên", "Công an"):
        assert other not in line, answer.text


def test_a_bodys_own_partner_is_still_read(plan) -> None:
    answer = plan.ask("Chi hội Cựu chiến binh các thôn phối hợp với ai khi trang trí khu vực Ngày hội?")
    assert "Đoàn Thanh niên xã" in first_line(answer), answer.text


NOTICE = [
    "HỘI NÔNG DÂN HUYỆN TÂN PHƯỚC",
    "Số: 09-TB/HND",
    "Tân Phước, ngày 10 tháng 5 năm 2038",
    "THÔNG BÁO",
    "Về việc tổ chức Liên hoan Nông dân sản xuất giỏi năm 2038",
    "Ban Thường vụ Hội Nông dân huyện thông báo việc tổ chức Liên hoan Nông dân sản xuất giỏi như sau:",
    "- Thời gian: ngày 25/5/2038, khai mạc lúc 8 giờ 00.",
    "- Địa điểm tổ chức Liên hoan: chuyển từ Hội trường Ủy ban nhân dân huyện sang Trung tâm Văn hóa - Thể"
    " thao huyện.",
    "- Thành phần: đại diện các cơ sở Hội.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đinh Công Tráng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def notice(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"moved_field_{request.param}")
    files = {"TB-09-HND.docx": NOTICE} if request.param == "docx" else {"TB-09-HND.txt": "\n\n".join(NOTICE)}
    return assistant_over(root, embedder, files)


def test_a_moved_venue_field_gives_the_new_place(notice) -> None:
    answer = notice.ask("Liên hoan Nông dân sản xuất giỏi năm 2038 tổ chức ở đâu?")
    line = first_line(answer)
    assert line.startswith("Địa điểm: Trung tâm Văn hóa - Thể thao huyện"), answer.text
    assert "Hội trường Ủy ban nhân dân huyện" in line, answer.text  # the move is said


GUIDE = [
    "BAN TỔ CHỨC HUYỆN ỦY LONG ĐIỀN",
    "Số: 05-HD/BTCHU",
    "Long Điền, ngày 12 tháng 6 năm 2038",
    "HƯỚNG DẪN",
    "Về quản lý sổ sách của chi bộ",
    "1. Sổ sách của chi bộ",
    "- Hệ thống sổ sách của chi bộ gồm: Các sổ theo dõi sinh hoạt chi bộ, sổ ghi biên bản họp chi bộ, sổ"
    " theo dõi đóng đảng phí.",
    "2. Thanh lý sổ sách",
    "Văn phòng Huyện ủy tổ chức thanh lý sổ sách hết giá trị sử dụng và lập biên bản lưu trữ.",
    "T/M BAN THƯỜNG VỤ",
    "TRƯỞNG BAN",
    "Quách Thị Lan",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"register_list_{request.param}")
    files = {"HD-05.docx": GUIDE} if request.param == "docx" else {"HD-05.txt": "\n\n".join(GUIDE)}
    return assistant_over(root, embedder, files)


def test_a_lists_registers_are_no_body(guide) -> None:
    rows = guide.obligations(document="05-HD/BTCHU")
    assert not any(n.startswith("Các sổ") for r in rows for n in (*r.lead, *r.responsible)), rows
    answer = guide.ask("Sổ sách chi bộ hết giá trị sử dụng thì ai lo việc thanh lý?")
    assert "Các sổ" not in first_line(answer), answer.text
