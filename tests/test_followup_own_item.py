"""A follow-up switching to another body asks that body's own item in the previous question's document
(newcomer trials 27 and 28). Real indexes over four documents written here, as Word, plain text, PDF and
Markdown (the party plan's assignments as a table), asked through the Assistant and the CLI with history.

- "Còn các chi bộ trực thuộc thì sao?" after a deadline question on another body's item gives the deadline
  of the branches' own item, not the previous item's (their act is another);
- "Còn Đoàn các xã thì phối hợp với ai?" after a question on the youth union's department asks its own
  question of the commune unions, which the guide answers;
- "Còn Ban Tổ chức - Kiểm tra thì sao?" after "Văn phòng Hội Nông dân tỉnh ...": the department of that
  association, in its letter, not another association's department in another document;
- "Còn Ban Thường trực Ủy ban MTTQ tỉnh?" keeps the letter asked about: its item there, not another plan's
  clause where that body only receives a report;
- "Còn Báo Sông Lam thì sao?" quotes the newspaper's own item, which sets no time (asked as its duties
  there when its deadline is found nowhere).
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import assistant_over, write_docx, write_pdf_lines

LETTER = [
    "BAN TUYÊN GIÁO TỈNH ỦY SÔNG LAM",
    "Số: 52-CV/BTGTU",
    "Sông Lam, ngày 02 tháng 5 năm 2032",
    "V/v tuyên truyền Đại hội Hội Nông dân tỉnh lần thứ XII",
    "Kính gửi: Các cơ quan, đơn vị liên quan.",
    "Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, đơn vị thực hiện tốt một số nội dung sau:",
    "1. Ban Tuyên giáo các huyện ủy gửi báo cáo kết quả tuyên truyền về Ban Tuyên giáo Tỉnh ủy trước ngày "
    "10/6/2032.",
    "2. Báo Sông Lam chủ trì, phối hợp với Đài Phát thanh tỉnh mở chuyên mục tuyên truyền về Đại hội, đăng "
    "ít nhất 12 tin, bài.",
    "3. Ban Thường trực Ủy ban MTTQ tỉnh cung cấp tư liệu về kết quả nhiệm kỳ cho các cơ quan báo chí trước "
    "ngày 20/5/2032.",
    "4. Văn phòng Hội Nông dân tỉnh tổng hợp ý kiến của hội viên, báo cáo Thường trực Hội trước ngày "
    "30/6/2032.",
    "5. Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh tham mưu kiện toàn cán bộ chủ chốt trong quý I năm 2033.",
    "K/T TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "Nguyễn Văn Lâm",
]

MTTQ_PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÔNG LAM",
    "Số: 18-KH/MTTQ",
    "Sông Lam, ngày 15 tháng 3 năm 2032",
    "KẾ HOẠCH",
    "Tổ chức Tháng cao điểm vì người nghèo năm 2032",
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Ban Phong trào Ủy ban MTTQ tỉnh chủ trì tổ chức lễ phát động; tổng hợp kết quả vận động, báo cáo "
    "Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 15/11/2032.",
    "2. Ban Tổ chức - Kiểm tra Hội Cựu chiến binh tỉnh hướng dẫn hội viên tham gia ủng hộ, hoàn thành "
    "trong quý III năm 2032.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Trần Thị Hoa",
]

PARTY_HEAD = [
    "ĐẢNG ỦY XÃ PHÚ LỘC",
    "Số: 31-KH/ĐU",
    "Phú Lộc, ngày 04 tháng 5 năm 2032",
    "KẾ HOẠCH",
    "Học tập, quán triệt chuyên đề năm 2032",
    "I. TỔ CHỨC THỰC HIỆN",
]
PARTY_ITEMS = [
    ("Chuẩn bị tài liệu học tập", "Văn phòng Đảng ủy", "Trước ngày 15/6/2032"),
    ("Nộp bài thu hoạch của đảng viên", "Các chi bộ trực thuộc", "Trước ngày 05/7/2032"),
    ("Chấm bài thu hoạch, tổng hợp kết quả", "Ủy ban Kiểm tra Đảng ủy", "Trước ngày 25/7/2032"),
]
PARTY_TAIL = ["T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Tâm"]

GUIDE = [
    "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN PHÚ LỘC",
    "Số: 21-HD/HĐTN",
    "Phú Lộc, ngày 10 tháng 4 năm 2032",
    "HƯỚNG DẪN",
    "Xét chọn thanh niên nông thôn tiêu biểu năm 2032",
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Ban Phong trào Huyện đoàn tổng hợp hồ sơ, trình danh sách lên Ban Thường vụ Huyện đoàn trước ngày "
    "12/9/2032.",
    "2. Đoàn các xã phối hợp với Hội Nông dân xã giới thiệu gương thanh niên nông thôn tiêu biểu.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Hà Minh Đức",
]


def _party(fmt: str) -> list[str] | str:
    if fmt == "md":  # the assignments as a table, as the newcomer's plan wrote them
        rows = ["| TT | Nội dung | Đơn vị thực hiện | Thời hạn |", "|---|---|---|---|"]
        rows += [f"| {i} | {task} | {who} | {when} |" for i, (task, who, when) in enumerate(PARTY_ITEMS, 1)]
        return "\n\n".join(PARTY_HEAD) + "\n\n" + "\n".join(rows) + "\n\n" + "\n\n".join(PARTY_TAIL) + "\n"
    items = [
        f"{i}. {who} {task[:1].lower()}{task[1:]}, {when[:1].lower()}{when[1:]}."
        for i, (task, who, when) in enumerate(PARTY_ITEMS, 1)
    ]
    return PARTY_HEAD + items + PARTY_TAIL


FORMATS = ["docx", "txt", "pdf", "md"]


@pytest.fixture(scope="module", params=FORMATS)
def assistant(request, tmp_path_factory, embedder):
    fmt = request.param
    root = tmp_path_factory.mktemp(f"own_item_{fmt}")
    made = root / "made"
    made.mkdir()
    files = {}
    for stem, lines in [("CV52", LETTER), ("KH18", MTTQ_PLAN), ("KH31", _party(fmt)), ("HD21", GUIDE)]:
        if isinstance(lines, str):
            files[f"{stem}.{fmt}"] = lines
        elif fmt == "docx":
            files[f"{stem}.docx"] = write_docx(made / f"{stem}.docx", lines)
        elif fmt == "pdf":
            files[f"{stem}.pdf"] = write_pdf_lines(made / f"{stem}.pdf", lines)
        else:
            files[f"{stem}.{fmt}"] = "\n\n".join(lines) + "\n"
    return assistant_over(root, embedder, files)


def _first(answer) -> str:
    return answer.text.splitlines()[0] if answer.text else ""


def test_a_bare_follow_up_asks_the_new_bodys_own_row(assistant):
    previous = "Ủy ban Kiểm tra Đảng ủy xã Phú Lộc phải chấm xong bài thu hoạch trước ngày nào?"
    answer = assistant.ask("Còn các chi bộ trực thuộc thì sao?", history=[previous])
    assert "05/7/2032" in _first(answer) and "25/7/2032" not in _first(answer), answer.text
    answer = assistant.ask("Còn Văn phòng Đảng ủy thì sao?", history=[previous])
    assert "25/7/2032" not in _first(answer), answer.text
    assert not answer.abstained and "15/6/2032" in answer.text, answer.text


def test_a_follow_up_with_its_own_ask_about_a_unit_is_answered(assistant):
    previous = "Ban Phong trào Huyện đoàn trình danh sách lên Ban Thường vụ trước ngày nào?"
    answer = assistant.ask("Còn Đoàn các xã thì phối hợp với ai?", history=[previous])
    assert not answer.abstained, answer.text
    assert "phối hợp với Hội Nông dân xã" in answer.citations[0].quote, answer.text
    assert "12/9/2032" not in _first(answer), answer.text


def test_a_department_named_alone_stays_with_the_previous_organisation(assistant):
    previous = "Văn phòng Hội Nông dân tỉnh báo cáo Thường trực Hội trước ngày nào?"
    answer = assistant.ask("Còn Ban Tổ chức - Kiểm tra thì sao?", history=[previous])
    assert "quý I năm 2033" in _first(answer), answer.text
    assert "kiện toàn cán bộ" in answer.citations[0].quote, answer.text


@pytest.mark.parametrize(
    "follow_up, wanted, quoted",
    [
        ("Còn Ban Thường trực Ủy ban MTTQ tỉnh?", "20/5/2032", "cung cấp tư liệu"),
        # its item sets no time: the deadline asked finds none, its duties in the letter are the answer
        ("Còn Báo Sông Lam thì sao?", None, "Báo Sông Lam chủ trì"),
    ],
)
def test_a_body_switched_in_keeps_the_document_and_asks_its_own_item(assistant, follow_up, wanted, quoted):
    previous = "Ban Tuyên giáo các huyện ủy phải gửi báo cáo kết quả tuyên truyền trước ngày nào?"
    answer = assistant.ask(follow_up, history=[previous])
    assert not answer.abstained, answer.text
    assert "15/11/2032" not in answer.text and "10/6/2032" not in _first(answer), answer.text
    if wanted:
        assert wanted in _first(answer), answer.text
    assert any(quoted in c.quote for c in answer.citations[:2]), answer.text


def test_the_cli_resolves_the_same_follow_up_with_history(assistant, tmp_path):
    import subprocess
    import sys

    batch = tmp_path / "batch.jsonl"
    item = {
        "id": "f1",
        "question": "Còn các chi bộ trực thuộc thì sao?",
        "history": ["Ủy ban Kiểm tra Đảng ủy xã Phú Lộc phải chấm xong bài thu hoạch trước ngày nào?"],
    }
    batch.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    index = str(assistant.settings.index_dir)
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "--index", index, "--json", "--batch", str(batch)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    first = out["answer"].splitlines()[0]
    assert "05/7/2032" in first and "25/7/2032" not in first, out["answer"]


def test_a_follow_up_naming_a_task_of_its_own_keeps_the_previous_task():
    # "phải báo cáo lên huyện hạn nào" names a task, not only a fact: the previous question's task goes with
    # the body switched in, as before (trial 24 f1), not a bare "X phải báo cáo lên huyện hạn nào"
    from assistant.answer import followup
    from assistant.obligations.orgs import OrgRegistry

    registry = OrgRegistry.load()
    names = {o.id: o.name for o in registry.orgs.values()}

    def finder(text):
        return [(m.org_id, m.start, m.end) for m in registry.find_in(text)]

    previous = "Ban Công tác Mặt trận các ấp ở Tân Phú phải báo cáo tình hình Ngày hội trễ nhất ngày nào?"
    asked = "Còn Ban Thường trực MTTQ xã thì phải báo cáo lên huyện hạn nào?"
    r = followup.resolve(asked, [previous], finder, names)
    assert r.is_followup and "báo cáo tình hình Ngày hội" in r.question, r
    r = followup.resolve("Còn Đoàn các xã thì phối hợp với ai?", [previous], finder, names)
    assert r.question.startswith("Đoàn các xã phối hợp với ai"), r
