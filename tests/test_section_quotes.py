"""One section per quote, and each quote cited with its own section (trial 37: quote selection and
citation labels).

- A lettered clause that is a section of its own ("a)", "b)" ... under "3. Chỉ tiêu:" or under a heading
  without ":") is quoted alone when the question asks one fact of it, cited with its own path ("3. Chỉ
  tiêu › b)"), never run together with its sibling clauses under the first one's label (TXT, MD, DOCX).
- A table's header row ("Nội dung | Thời gian | Đơn vị chủ trì | ...") is quoted only right above a row
  of its table, never alone.
- A start asked ("bắt đầu từ khi nào?") is answered by the clause writing when the work begins ("bắt đầu
  từ tháng 6/2031"), a time limit of the next clause no condition for it.
- "... căn cứ vào những văn bản nào?": the first line cites the opening sentence naming the papers, not a
  later row or clause that names one of them again (DOCX, TXT).
Real files, real parse, real index; answers through ``Assistant.ask``.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import assistant_over, write_docx_table

HEAD = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN HUYỆN HÀ PHONG",
    "Số: 27-HD/ĐTN",
    "Hà Phong, ngày 10 tháng 5 năm 2031",
    "HƯỚNG DẪN",
    "Tổ chức Tháng hành động vì môi trường năm 2031",
    "Căn cứ Kế hoạch số 44-KH/TĐTN ngày 20/4/2031 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Huyện đoàn "
    "hướng dẫn như sau:",
    "I. THỜI GIAN, CHỈ TIÊU",
    "1. Thời gian: từ ngày 01/6/2031 đến hết ngày 30/6/2031.",
    "2. Chỉ tiêu:",
    "a) Mỗi cơ sở Đoàn thực hiện ít nhất 02 công trình vệ sinh môi trường.",
    "b) Toàn huyện trồng mới 7.300 cây phân tán dọc các tuyến đê.",
    "c) Thu gom ít nhất 45 tấn rác thải nhựa.",
    "II. NHIỆM VỤ CÁC ĐƠN VỊ",
    "1. Phân công thực hiện",
    "a) Ban Tuyên giáo Huyện đoàn biên soạn tài liệu tuyên truyền, hoàn thành trước ngày 25/5/2031.",
    "b) Đoàn xã Tân Hòa chủ trì ngày hội tái chế vào ngày 14/6/2031 tại Nhà văn hóa xã.",
    "c) Các chi đoàn thôn phát thanh chuyên mục môi trường trên loa truyền thanh, bắt đầu từ tháng 6/2031.",
    "d) Văn phòng Huyện đoàn tổng hợp kết quả, báo cáo trước ngày 05/7/2031.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Phạm Thanh Sơn",
]


def _md(lines: list[str]) -> str:
    return "\n\n".join(f"## {x}" if re.match(r"^(?:I|II)\. ", x) else x for x in lines)


FORMATS = ["txt", "md", "docx"]


@pytest.fixture(scope="module", params=FORMATS)
def guide(request, tmp_path_factory, embedder):
    fmt = request.param
    if fmt == "docx":
        files: dict = {"HD27.docx": HEAD}
    elif fmt == "md":
        files = {"HD27.md": _md(HEAD)}
    else:
        files = {"HD27.txt": "\n\n".join(HEAD)}
    return assistant_over(tmp_path_factory.mktemp(f"section_quotes_{fmt}"), embedder, files)


def _holding(answer, words: str):
    return [c for c in answer.citations if words in c.quote]


def test_a_clause_under_a_lead_in_is_quoted_and_cited_alone(guide):
    answer = guide.ask("Huyện đoàn yêu cầu trồng mới bao nhiêu cây trong Tháng hành động vì môi trường?")
    assert not answer.abstained, answer.text
    cited = _holding(answer, "7.300 cây")
    assert cited, answer.text
    for c in cited:
        assert c.section.endswith("b)"), (c.section, answer.text)
        assert "02 công trình" not in c.quote and "45 tấn" not in c.quote, answer.text


def test_a_clause_under_a_heading_is_not_run_into_its_siblings(guide):
    answer = guide.ask("Ngày hội tái chế do đơn vị nào chủ trì, tổ chức ở đâu?")
    assert not answer.abstained, answer.text
    cited = _holding(answer, "ngày hội tái chế")
    assert cited, answer.text
    for c in cited:
        assert c.section.endswith("b)"), (c.section, answer.text)
        assert "loa truyền thanh" not in c.quote and "05/7/2031" not in c.quote, answer.text


def test_a_start_asked_is_answered_by_its_clause_alone(guide):
    # the clause writes when the work begins, no time limit; the next clause's "trước ngày 05/7/2031" is
    # another body's and no answer
    answer = guide.ask("Các chi đoàn thôn được giao làm gì và bắt đầu từ khi nào?")
    assert not answer.abstained, answer.text
    cited = _holding(answer, "tháng 6/2031")
    assert cited, answer.text
    for c in cited:
        assert c.section.endswith("c)"), (c.section, answer.text)
        assert "05/7/2031" not in c.quote, answer.text


PLAN_OPENING = [
    "HỘI LHPN XÃ BÌNH AN",
    "Số: 31/KH-HPN",
    "Bình An, ngày 02 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Thực hiện Nghị quyết số 22-NQ/ĐU của Đảng ủy xã Bình An",
    "Thực hiện Nghị quyết số 22-NQ/ĐU ngày 10/02/2031 của Đảng ủy xã Bình An; Kế hoạch số 07/KH-HPN ngày "
    "15/01/2031 của Hội LHPN huyện Đông Hải, Ban Thường vụ Hội LHPN xã xây dựng kế hoạch như sau:",
    "I. NỘI DUNG",
    "1. Lịch triển khai cụ thể như sau:",
]
PLAN_HEAD = ["Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
PLAN_ROWS = [
    ["Hội nghị quán triệt Nghị quyết số 22-NQ/ĐU cho cán bộ chủ chốt Hội", "Ngày 20/3/2031, tại Hội trường "
     "UBND xã", "Ban Thường vụ Hội LHPN xã", "Văn phòng Đảng ủy xã"],
    ["Ra mắt 02 tổ hội nghề nghiệp nuôi ong", "Quý II/2031", "Chi hội Phụ nữ thôn Bắc", "Hợp tác xã Bình An"],
    ["Sơ kết 6 tháng thực hiện kế hoạch", "Trước ngày 25/7/2031", "Ban Thường vụ Hội LHPN xã",
     "Các chi hội phụ nữ thôn"],
]  # fmt: skip
PLAN_CLOSING = [
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Các chi hội phụ nữ thôn gửi kế hoạch về Ban Thường vụ Hội LHPN xã trước ngày 20/3/2031.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Thị Hạnh",
]


def _plan_text() -> str:
    md = ["| " + " | ".join(PLAN_HEAD) + " |", "|" + "---|" * len(PLAN_HEAD)]
    md += ["| " + " | ".join(r) + " |" for r in PLAN_ROWS]
    return "\n\n".join(PLAN_OPENING) + "\n\n" + "\n".join(md) + "\n\n" + "\n\n".join(PLAN_CLOSING)


@pytest.fixture(scope="module", params=["docx", "md"])
def plan(request, tmp_path_factory, embedder):
    if request.param == "docx":
        src = tmp_path_factory.mktemp("section_plan_src") / "KH31.docx"
        write_docx_table(src, PLAN_OPENING, PLAN_HEAD, PLAN_ROWS, PLAN_CLOSING)
        files: dict = {"KH31.docx": src}
    else:
        files = {"KH31.md": _plan_text()}
    return assistant_over(tmp_path_factory.mktemp(f"section_plan_{request.param}"), embedder, files)


_QUOTE_RE = re.compile(r"^- “(.*)” \[(\d+)\]$")


@pytest.mark.parametrize(
    "question",
    [
        "Văn phòng Đảng ủy xã Bình An có trách nhiệm gì trong việc thực hiện nghị quyết 22?",
        "Hội nghị quán triệt nghị quyết 22 do đơn vị nào chủ trì, đơn vị nào phối hợp?",
    ],
)
def test_a_table_header_is_quoted_only_above_its_row(plan, question):
    answer = plan.ask(question)
    lines = answer.text.split("\n")
    header = " | ".join(PLAN_HEAD)
    for i, line in enumerate(lines):
        m = _QUOTE_RE.match(line)
        if not m or m[1] != header:
            continue
        nxt = _QUOTE_RE.match(lines[i + 1]) if i + 1 < len(lines) else None
        assert nxt and any(nxt[1] == " | ".join(r) for r in PLAN_ROWS), answer.text


def test_the_basis_line_cites_the_opening_sentence(plan):
    answer = plan.ask("Kế hoạch 31/KH-HPN của Hội LHPN xã Bình An căn cứ vào những văn bản nào?")
    assert not answer.abstained, answer.text
    first = answer.text.split("\n", 1)[0]
    assert "22-NQ/ĐU" in first, answer.text
    n = int(re.findall(r"\[(\d+)\]", first)[0])
    cited = next(c for c in answer.citations if c.n == n)
    opening = "Thực hiện Nghị quyết số 22-NQ/ĐU ngày 10/02/2031"
    assert cited.quote.startswith(opening), (cited.quote, answer.text)
    assert "cán bộ chủ chốt" not in cited.quote, answer.text


def test_a_table_header_takes_no_quote_of_its_own(plan):
    # the column names match "đơn vị chủ trì ... phối hợp" word for word, yet state nothing: the quotes go
    # to rows, the header only shown above the first of them
    answer = plan.ask("Đơn vị chủ trì và đơn vị phối hợp trong kế hoạch 31 là những đơn vị nào?")
    assert not answer.abstained, answer.text
    quoted = [m[1] for m in map(_QUOTE_RE.match, answer.text.split("\n")) if m]
    rows = [q for q in quoted if any(q == " | ".join(r) for r in PLAN_ROWS)]
    assert quoted.count(" | ".join(PLAN_HEAD)) <= 1, answer.text
    assert len(rows) >= 2, answer.text
