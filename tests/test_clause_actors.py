"""Whose date, whose duty (newcomer trial 6), on a synthetic conclusion notice written here, indexed for real
and asked through ``Assistant``; the duty rows read through ``parse(load_file(...))``.

What each test pins:
- two clauses of one sentence with different actors ("X làm A trong tháng 4; các xã còn lại hoàn thành B
  trước ngày 30/6", ", còn Y ...", "; riêng xã Z ..."): each clause is its own subject's duty, and a
  question about one actor gets that clause's date, never the other clause's;
- a distributive subject ("Mỗi xã, thị trấn đề xuất ...", "các xã còn lại ...") is the duty's body;
- a clause that sets no time, whose body is inherited (a heading "1. Hội Nông dân xã:", a letter's
  addressees), says so instead of borrowing a date, and the document where the body does the asked
  action is the one read (not another where the same body has dated duties).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.obligations import extract_obligations
from assistant.parse import parse
from tests.conftest import assistant_over, first_line

NOTICE = """HUYỆN ỦY TÂN AN
Số 301-TB/HU
Tân An, ngày 05 tháng 3 năm 2026

THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Huyện ủy về đại hội Hội Nông dân cấp xã

Ngày 02/3/2026, Ban Thường vụ Huyện ủy họp nghe báo cáo tiến độ chuẩn bị đại hội Hội Nông dân cấp xã, kết luận như sau:

1. Đảng ủy các xã chỉ đạo Hội Nông dân xã Long Hòa tổ chức đại hội điểm trong tháng 4/2026; các xã còn lại hoàn thành đại hội trước ngày 30/6/2026.
2. Hội Liên hiệp Phụ nữ huyện tổng hợp danh sách hội viên tiêu biểu trước ngày 15/5/2026, còn Huyện đoàn gửi báo cáo công trình thanh niên trước ngày 20/5/2026.
3. Các xã tổ chức hội thi nhà nông đua tài trước ngày 31/7/2026; riêng xã Tân Hòa tổ chức hội thi trong tháng 9/2026.
4. Mỗi xã, thị trấn đề xuất tối đa 02 mô hình kinh tế tập thể tiêu biểu để Ban Thường vụ Huyện ủy xem xét, khen thưởng.
5. Chi bộ Trường Tiểu học Long Hòa và Chi bộ Trạm Y tế xã hoàn thành việc kiểm điểm đảng viên trước ngày 30/9/2026; các chi bộ còn lại hoàn thành trước ngày 15/10/2026.

Ban Thường vụ Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn Bình
"""


PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ TÂN AN
Số: 18/KH-MTTQ-BTT
Tân An, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Ra quân làm sạch đồng ruộng năm 2026

II. TỔ CHỨC THỰC HIỆN
1. Hội Nông dân xã:
- Hướng dẫn hội viên thu gom vỏ bao bì thuốc bảo vệ thực vật đúng nơi quy định.
2. Hội Liên hiệp Phụ nữ xã:
- Vận động hội viên phân loại rác tại nguồn, hoàn thành trước ngày 30/4/2026.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lê Văn Hòa
"""

LETTER = """HỘI NÔNG DÂN HUYỆN TÂN AN
Số: 31/CV-HNDH
Tân An, ngày 02 tháng 4 năm 2026
V/v bình xét hộ sản xuất giỏi

Kính gửi: Ban Thường vụ Hội Nông dân các xã, thị trấn.

Ban Thường vụ Hội Nông dân huyện đề nghị Ban Thường vụ Hội Nông dân các xã, thị trấn thực hiện một số nội dung sau:

1. Lập danh sách hộ sản xuất giỏi, gửi về Văn phòng Hội Nông dân huyện trước ngày 25/4/2026.
2. Phối hợp với Phòng Nông nghiệp huyện thẩm định hồ sơ các hộ được đề xuất.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Võ Văn Tư
"""


@pytest.fixture(scope="module")
def notice_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("clause_notice") / "TB-301-HU-Tan-An.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    files = {"TB-301-HU-Tan-An.txt": NOTICE, "KH-18-MTTQ-Tan-An.txt": PLAN, "CV-31-HNDH.txt": LETTER}
    return assistant_over(tmp_path_factory.mktemp("clause_actors"), embedder, files)


def _rows(path: Path) -> dict[str, tuple[list[str], list[str], str | None]]:
    rows = extract_obligations(parse(load_file(path), path.name))
    return {ob.task: (ob.responsible, ob.lead, ob.deadline.text if ob.deadline else None) for ob in rows}


def test_each_clause_is_its_own_subjects_duty(notice_file):
    rows = _rows(notice_file)
    by_body = {tuple(r[0]): r[2] for r in rows.values()}
    assert by_body[("Đảng ủy các xã",)] == "trong tháng 4/2026", rows
    assert by_body[("các xã còn lại",)] == "trước ngày 30/6/2026", rows
    assert by_body[("Hội Liên hiệp Phụ nữ huyện",)] == "trước ngày 15/5/2026", rows
    assert by_body[("Huyện đoàn",)] == "trước ngày 20/5/2026", rows
    assert by_body[("Các xã",)] == "trước ngày 31/7/2026", rows
    assert by_body[("xã Tân Hòa",)] == "trong tháng 9/2026", rows


def test_a_distributive_subject_is_the_duty_body(notice_file):
    rows = _rows(notice_file)
    task = next(t for t in rows if "mô hình kinh tế tập thể" in t)
    assert rows[task][0] == ["Mỗi xã, thị trấn"], rows
    assert task.startswith("Đề xuất tối đa 02 mô hình"), task


@pytest.mark.parametrize(
    ("question", "date", "other"),
    [
        ("Các xã còn lại phải hoàn thành đại hội Hội Nông dân trước ngày nào?", "30/6/2026", "4/2026"),
        ("Đảng ủy các xã chỉ đạo tổ chức đại hội điểm trước thời điểm nào?", "tháng 4/2026", "30/6/2026"),
        ("Huyện đoàn phải gửi báo cáo công trình thanh niên trước ngày nào?", "20/5/2026", "15/5/2026"),
        ("Hội Liên hiệp Phụ nữ huyện phải tổng hợp danh sách trước ngày nào?", "15/5/2026", "20/5/2026"),
        ("Xã Tân Hòa phải tổ chức hội thi nhà nông trước thời điểm nào?", "tháng 9/2026", "31/7/2026"),
        # the second clause leaves its action unwritten ("các chi bộ còn lại hoàn thành trước ...")
        ("Các chi bộ còn lại phải hoàn thành việc kiểm điểm đảng viên trước ngày nào?", "15/10/2026", "30/9/2026"),
        ("Chi bộ Trạm Y tế xã phải hoàn thành kiểm điểm đảng viên trước ngày nào?", "30/9/2026", "15/10/2026"),
    ],
)
def test_a_clause_date_answers_only_for_its_own_actor(assistant, question, date, other):
    answer = assistant.ask(question)
    first = first_line(answer)
    assert first.startswith("Thời hạn:") and date in first, answer.text
    assert other not in first, answer.text


def test_what_a_distributive_body_must_do(assistant):
    answer = assistant.ask("Mỗi xã, thị trấn phải làm gì?")
    assert not answer.abstained, answer.text
    assert "mô hình kinh tế tập thể" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "source"),
    [
        (
            "Hội Nông dân xã phải hoàn thành việc hướng dẫn thu gom vỏ bao bì thuốc bảo vệ thực vật "
            "trước ngày nào?",
            "KH-18-MTTQ-Tan-An.txt",
        ),
        ("Hội Nông dân xã hướng dẫn hội viên thu gom vỏ bao bì đến khi nào?", "KH-18-MTTQ-Tan-An.txt"),
        ("Hội Nông dân xã phải thẩm định hồ sơ các hộ được đề xuất trước ngày nào?", "CV-31-HNDH.txt"),
    ],
)
def test_a_clause_without_a_time_says_so(assistant, question, source):
    answer = assistant.ask(question)
    assert first_line(answer).startswith("Văn bản không nêu thời hạn"), answer.text
    assert answer.citations[0].doc.file == source, answer.text  # the clause, in the document it is in


# A level-looking word inside an institution's name ("Trường Trung học cơ sở", "Trường Phổ thông dân tộc
# nội trú", "trạm y tế") is part of the name: the body is never cut there, the rest never read as a task.
SCHOOLS = """ĐẢNG ỦY XÃ PHÚ LỘC
Số 12-KH/ĐU

KẾ HOẠCH
Kiểm tra, giám sát năm 2029

I. NỘI DUNG GIÁM SÁT
1. Giám sát chuyên đề
a) Đối tượng: Chi bộ Trường Trung học cơ sở Phú Lộc.
b) Thời gian: tháng 8 năm 2029.
II. TỔ CHỨC THỰC HIỆN
1. Chi bộ Trường Trung học cơ sở Phú Lộc xây dựng kế hoạch tự kiểm tra, gửi đi trước ngày 28/02/2029.
2. Chi bộ trường trung học cơ sở Phú Lộc báo cáo kết quả tự kiểm tra trước ngày 10/3/2029.
3. Chi bộ Trạm y tế xã Phú Lộc gửi báo cáo trước ngày 12/3/2029.
4. Chi bộ Trường THCS Phú Lộc gửi danh sách đảng viên trước ngày 14/3/2029.
5. Trường Trung học phổ thông Phú Lộc cử cán bộ tham gia, xong trước ngày 16/3/2029.
6. Chi bộ Trường Phổ thông dân tộc nội trú huyện nộp báo cáo trước ngày 18/3/2029.

T/M ĐẢNG ỦY
BÍ THƯ
Lê Văn Tám
"""


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_level_word_inside_an_institution_name_is_part_of_it(tmp_path: Path, suffix: str) -> None:
    from tests.conftest import write_paragraphs

    path = write_paragraphs(tmp_path / f"KH-12{suffix}", [x for x in SCHOOLS.splitlines() if x.strip()])
    rows = extract_obligations(parse(load_file(path), str(path)))
    bodies = {r.responsible[0]: r.deadline.end if r.deadline else None for r in rows if r.responsible}
    assert bodies.get("Chi bộ Trường Trung học cơ sở Phú Lộc") == "2029-02-28", bodies
    assert bodies.get("Chi bộ trường trung học cơ sở Phú Lộc") == "2029-03-10", bodies
    assert bodies.get("Chi bộ Trạm y tế xã Phú Lộc") == "2029-03-12", bodies
    assert bodies.get("Chi bộ Trường THCS Phú Lộc") == "2029-03-14", bodies
    assert bodies.get("Trường Trung học phổ thông Phú Lộc") == "2029-03-16", bodies
    assert bodies.get("Chi bộ Trường Phổ thông dân tộc nội trú huyện") == "2029-03-18", bodies
    # no row is the name's remainder, no body is a name cut short
    assert not any(r.task.lower().startswith(("cơ sở", "phổ thông", "dân tộc")) for r in rows), rows
    assert not any(b.endswith(("Trung học", "Phổ thông", "trường")) for b in bodies), bodies
