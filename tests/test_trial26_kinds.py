"""Kinds of faults from newcomer trial 26, each checked on a resolution written here in every format (TXT,
MD, HTML, DOCX, DOC, PDF), indexed for real and asked through ``Assistant``. Names, places and dates are
invented.

- a bare follow-up naming another body by its units ("Còn các chi bộ thôn?") asks about that body, the
  units with it: the registry's name alone ("chi bộ") kept the previous body's place and found another
  item's deadline;
- a body's name stops before a verb: "Hợp tác xã Đồng Tiến" + "thành lập", not "... Đồng Tiến thành" (a
  lower-case syllable that starts a verb is no part of a capitalised proper name), in the first line and the
  obligations table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line, soffice_convert, write_docx, write_pdf_lines

RESOLUTION = [
    "ĐẢNG BỘ HUYỆN BẮC SƠN",
    "ĐẢNG ỦY XÃ ĐỒNG TIẾN",
    "Số: 21-NQ/ĐU",
    "Đồng Tiến, ngày 12 tháng 3 năm 2031",
    "NGHỊ QUYẾT",
    "Về phát triển chăn nuôi an toàn sinh học trên địa bàn xã",
    "I. MỤC TIÊU",
    "Đến năm 2033 có ít nhất 60% hộ chăn nuôi áp dụng quy trình an toàn sinh học.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết, trình Ban Thường vụ Đảng ủy trước ngày "
    "20/4/2031.",
    "2. Hội Cựu chiến binh xã chủ trì, phối hợp với Hợp tác xã Đồng Tiến thành lập 03 tổ hợp tác chăn nuôi "
    "trong năm 2031.",
    "3. Các chi bộ thôn ban hành nghị quyết chuyên đề để lãnh đạo thực hiện tại thôn, hoàn thành trước ngày "
    "30/5/2031.",
    "4. Ủy ban Kiểm tra Đảng ủy xã giám sát việc thực hiện Nghị quyết ở các chi bộ.",
    "5. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy kết quả thực hiện trước ngày "
    "15/12 hằng năm.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Lương Văn Khải",
]


def _html(lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"<html><head><meta charset='utf-8'><title>Nghị quyết</title></head><body>{body}</body></html>"


def write_formats(root: Path, stem: str, lines: list[str], fmt: str) -> Path:
    """``lines`` (one paragraph each) written as ``fmt``: a text export, Markdown, a web page, a Word file,
    a Word 97 file (LibreOffice) or a PDF."""
    path = root / f"{stem}.{fmt}"
    if fmt in ("txt", "md"):
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "html":
        path.write_text(_html(lines), encoding="utf-8")
    elif fmt == "docx":
        write_docx(path, lines)
    elif fmt == "doc":
        write_docx(root / f"{stem}.docx", lines)
        soffice_convert(root / f"{stem}.docx", "doc")
        (root / f"{stem}.docx").unlink()
    else:
        write_pdf_lines(path, lines)
    return path


FORMATS = ["txt", "md", "html", "docx", "doc", "pdf"]


@pytest.fixture(scope="module", params=FORMATS)
def resolution(request, tmp_path_factory, embedder):
    src = tmp_path_factory.mktemp(f"t26_src_{request.param}")
    path = write_formats(src, "NQ21-DU", RESOLUTION, request.param)
    return assistant_over(tmp_path_factory.mktemp(f"t26_nq_{request.param}"), embedder, {path.name: path})


@pytest.mark.parametrize("bare", ["Còn các chi bộ thôn?", "Còn chi bộ thôn thì sao?"])
def test_a_bare_follow_up_naming_units_asks_about_them(resolution, bare):
    previous = "Ủy ban Kiểm tra Đảng ủy xã Đồng Tiến được giao gì, có thời hạn không?"
    answer = resolution.ask(bare, history=[previous])
    assert "chi bộ thôn" in (answer.resolved_question or "").lower(), answer.resolved_question
    # never the office's yearly report date (another item of the same part) as the first line
    assert "15/12" not in first_line(answer), answer.text
    assert any("Các chi bộ thôn ban hành" in c.quote for c in answer.citations), answer.text


def test_a_partner_name_stops_before_the_verb(resolution):
    answer = resolution.ask("Đơn vị nào chủ trì thành lập tổ hợp tác chăn nuôi và phối hợp với ai?")
    first = first_line(answer)
    assert "Hợp tác xã Đồng Tiến" in first and "Đồng Tiến thành" not in first, answer.text
    rows = [r for r in resolution.obligations() if "03 tổ hợp tác" in r.text]
    names = [n for r in rows for n in [*r.lead, *r.coordinators, *r.responsible]]
    assert "Hợp tác xã Đồng Tiến" in names and not any(n.endswith("thành") for n in names), names


# An event's time asked as when it starts or at what hour: "Thời gian:" with the hour, never "Thời hạn:"
# (a day written again in a time column is the same time, the hour kept), and no abstention.
PLAN = [
    "BCH ĐOÀN XÃ HƯNG PHÚ",
    "Số: 15-KH/ĐTN",
    "Hưng Phú, ngày 20 tháng 02 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội thanh niên tình nguyện năm 2031",
    "I. MỤC ĐÍCH",
    "Phát huy vai trò xung kích của đoàn viên, thanh niên trong xây dựng nông thôn mới.",
    "II. NỘI DUNG",
    "1. Lễ ra quân Ngày hội thanh niên tình nguyện tổ chức vào 07h30 ngày 05/3/2031 tại Sân vận động xã.",
    "2. Các chi đoàn thôn đăng ký công trình thanh niên, gửi về Ban Chấp hành Đoàn xã trước ngày 25/02/2031.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Đoàn xã chuẩn bị âm thanh, cờ, băng rôn cho Lễ ra quân.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Cao Thị Hằng",
]


@pytest.fixture(scope="module", params=FORMATS)
def plan(request, tmp_path_factory, embedder):
    src = tmp_path_factory.mktemp(f"t26_plan_src_{request.param}")
    path = write_formats(src, "KH15-DTN", PLAN, request.param)
    return assistant_over(tmp_path_factory.mktemp(f"t26_plan_{request.param}"), embedder, {path.name: path})


@pytest.mark.parametrize(
    "question",
    [
        "Lễ ra quân bắt đầu lúc nào?",
        "Lễ ra quân Ngày hội thanh niên tình nguyện lúc mấy giờ?",
        "Lễ ra quân bắt đầu mấy giờ và ở đâu?",
    ],
)
def test_an_event_start_is_its_time_with_the_hour(plan, question):
    answer = plan.ask(question)
    assert not answer.abstained, answer.text
    first = first_line(answer)
    assert first.startswith("Thời gian:") and "07h30" in first and "05/3/2031" in first, answer.text


ROW = [
    "1",
    "Tổ chức Lễ ra quân Ngày hội thanh niên tình nguyện (07h30 ngày 05/3/2031 tại Sân vận động xã)",
    "Ban Chấp hành Đoàn xã",
    "Chi đoàn thôn Bắc",
    "Ngày 05/3/2031",
]
ROW2 = ["2", "Dọn vệ sinh kênh mương", "Các chi đoàn thôn", "Hội Nông dân xã", "Từ 06/3 đến 31/3/2031"]
HEADER = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]


def _table_doc(root: Path, fmt: str) -> Path:
    """The plan's schedule as an assignment table: a Markdown pipe table, an HTML table, a Word table (and
    that Word file saved as Word 97)."""
    head, tail = PLAN[:8], PLAN[-3:]
    if fmt == "md":
        rows = [HEADER, ["---"] * 5, ROW, ROW2]
        table = "\n".join("| " + " | ".join(r) + " |" for r in rows)
        path = root / "KH15-DTN.md"
        text = "\n\n".join([*head, table, *tail])
        path.write_text(text + "\n", encoding="utf-8")
        return path
    if fmt == "html":
        cells = "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [HEADER, ROW, ROW2]
        )
        body = _html(head).replace("</body></html>", f"<table>{cells}</table>")
        body += "".join(f"<p>{x}</p>" for x in tail) + "</body></html>"
        path = root / "KH15-DTN.html"
        path.write_text(body, encoding="utf-8")
        return path
    import docx

    d = docx.Document()
    for x in head:
        d.add_paragraph(x)
    t = d.add_table(rows=3, cols=5)
    for i, r in enumerate([HEADER, ROW, ROW2]):
        for j, c in enumerate(r):
            t.rows[i].cells[j].text = c
    for x in tail:
        d.add_paragraph(x)
    path = root / "KH15-DTN.docx"
    d.save(str(path))
    if fmt == "doc":
        path = soffice_convert(path, "doc")
        (root / "KH15-DTN.docx").unlink()
    return path


@pytest.fixture(scope="module", params=["md", "html", "docx", "doc"])
def schedule(request, tmp_path_factory, embedder):
    path = _table_doc(tmp_path_factory.mktemp(f"t26_tab_src_{request.param}"), request.param)
    return assistant_over(tmp_path_factory.mktemp(f"t26_tab_{request.param}"), embedder, {path.name: path})


@pytest.mark.parametrize("question", ["Lễ ra quân bắt đầu lúc nào?", "Lễ ra quân lúc mấy giờ?"])
def test_a_table_row_writing_the_day_twice_gives_its_hour(schedule, question):
    answer = schedule.ask(question)
    first = first_line(answer)
    assert first.startswith("Thời gian:") and "07h30" in first, answer.text


# Dashed items each opening with a body's name under a short numbered heading: the asked body's item is
# quoted alone (the heading is its citation's section), never glued to the heading and the other bodies'
# items with their deadlines; a heading read with the paragraph under it is not glued to its first words.
LETTER = [
    "HỘI NÔNG DÂN HUYỆN BẮC SƠN",
    "Số: 52-CV/HNDH",
    "V/v triển khai mô hình nuôi cá lồng năm 2031",
    "Bắc Sơn, ngày 10 tháng 01 năm 2031",
    "Kính gửi: Ban Thường vụ Hội Nông dân các xã.",
    "1. Kết quả năm 2030",
    "Trong năm 2030, toàn huyện có 42 hộ hội viên nuôi cá lồng, doanh thu bình quân 120 triệu đồng mỗi hộ.",
    "2. Mục tiêu năm 2031",
    "Phát triển thêm 30 lồng cá tại 3 xã ven sông; 100% hộ tham gia có hợp đồng tiêu thụ sản phẩm.",
    "3. Đề nghị các đơn vị",
    "- Ban Thường vụ Hội Nông dân các xã: rà soát, lập danh sách hộ đăng ký nuôi cá lồng, gửi về Văn phòng "
    "Hội Nông dân huyện trước ngày 20/02/2031.",
    "- Trạm Khuyến nông huyện: phối hợp tập huấn kỹ thuật nuôi cá lồng cho hội viên, hoàn thành trước ngày "
    "31/3/2031.",
    "- Văn phòng Hội Nông dân huyện: tổng hợp danh sách, báo cáo Thường trực Hội trước ngày 05/3/2031.",
    "Đề nghị các đơn vị quan tâm phối hợp thực hiện./.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đặng Văn Hòa",
]


@pytest.fixture(scope="module", params=FORMATS)
def letter(request, tmp_path_factory, embedder):
    src = tmp_path_factory.mktemp(f"t26_letter_src_{request.param}")
    path = write_formats(src, "CV52-HNDH", LETTER, request.param)
    return assistant_over(tmp_path_factory.mktemp(f"t26_letter_{request.param}"), embedder, {path.name: path})


def _quote_with(answer, words: str) -> str:
    """Every quote writing ``words``, joined (the first line's clause and the quoted passages)."""
    quotes = [c.quote for c in answer.citations if words in c.quote]
    assert quotes, answer.text
    return " || ".join(quotes)


def test_a_body_item_is_quoted_alone(letter):
    question = "Ban Thường vụ Hội Nông dân các xã phải gửi danh sách hộ nuôi cá lồng"
    answer = letter.ask(f"{question} trước ngày nào?")
    assert "20/02/2031" in first_line(answer), answer.text
    quote = _quote_with(answer, "20/02/2031")
    assert "Trạm Khuyến nông" not in quote and "05/3/2031" not in quote, answer.text
    assert "Đề nghị các đơn vị" not in quote, answer.text


def test_a_middle_body_item_and_its_deadline_asked_with_han_bao_gio(letter):
    # "hạn bao giờ?": a question word after "hạn" is no act; the body's own item gives the date
    answer = letter.ask("Trạm Khuyến nông huyện được đề nghị làm gì, hạn bao giờ?")
    assert "31/3/2031" in first_line(answer), answer.text
    quote = _quote_with(answer, "Trạm Khuyến nông huyện:")
    assert "20/02/2031" not in quote and "05/3/2031" not in quote, answer.text


def test_a_heading_is_not_glued_to_its_paragraph(letter):
    answer = letter.ask("Mục tiêu năm 2031 về nuôi cá lồng là gì?")
    quote = _quote_with(answer, "30 lồng cá")
    assert "2. Mục tiêu" not in quote, answer.text


# "... được giao gì, có thời hạn không?": answered as "trước ngày nào?" is, the deadline or its absence.
@pytest.mark.parametrize(
    "body, expected",
    [
        ("Ủy ban Kiểm tra Đảng ủy xã Đồng Tiến", "Văn bản không nêu thời hạn"),
        ("Văn phòng Đảng ủy xã", "15/12"),
    ],
)
def test_a_yes_no_deadline_question_is_answered(resolution, body, expected):
    answer = resolution.ask(f"{body} được giao gì, có thời hạn không?")
    assert expected in first_line(answer), answer.text


# An age range written with its unit first ("tuổi từ 18 đến 55") answers "bao nhiêu tuổi?" and "từ bao
# nhiêu tuổi đến bao nhiêu tuổi?" (the second "bao nhiêu" after "đến" is no part of the unit asked).
GUIDE = [
    "HỘI LHPN HUYỆN AN TRƯỜNG",
    "Số: 11/HD-HPN",
    "An Trường, ngày 05 tháng 01 năm 2031",
    "HƯỚNG DẪN",
    "Tổ chức Cuộc thi Phụ nữ khởi nghiệp sáng tạo năm 2031",
    "1. Mục đích",
    "Khuyến khích phụ nữ phát triển ý tưởng kinh doanh xanh.",
    "2. Điều kiện tham gia",
    "Phụ nữ tham gia phải đáp ứng đủ các điều kiện sau:",
    "a) Là hội viên Hội LHPN, tuổi từ 20 đến 50, cư trú trên địa bàn huyện An Trường;",
    "b) Có dự án sản xuất, kinh doanh đang hoạt động không quá 2 năm.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Mai Thị Thoa",
]


@pytest.fixture(scope="module", params=FORMATS)
def guide(request, tmp_path_factory, embedder):
    src = tmp_path_factory.mktemp(f"t26_guide_src_{request.param}")
    path = write_formats(src, "HD11-HPN", GUIDE, request.param)
    return assistant_over(tmp_path_factory.mktemp(f"t26_guide_{request.param}"), embedder, {path.name: path})


@pytest.mark.parametrize(
    "question",
    [
        "Phụ nữ bao nhiêu tuổi được tham gia cuộc thi khởi nghiệp sáng tạo?",
        "Hội viên từ bao nhiêu tuổi đến bao nhiêu tuổi được tham gia cuộc thi khởi nghiệp sáng tạo?",
    ],
)
def test_an_age_range_answers_how_old(guide, question):
    answer = guide.ask(question)
    assert not answer.abstained, answer.text
    assert any("tuổi từ 20 đến 50" in c.quote for c in answer.citations), answer.text
