"""What a letter writes that sets nobody a duty (trial 21 CV45): the conditions a borrower must meet, a
loan's term, "thường xuyên" describing a member's state, whom to contact.

A letter asking its addressees "thực hiện một số nội dung sau:" makes its numbered items their duties; a
list of conditions, criteria or eligible subjects (under a heading naming them, or announced by "... có đủ
các điều kiện sau:") says who qualifies, not what anybody must do. "Thời hạn vay không quá 36 tháng" is
how long a loan runs, not a time limit ("thời hạn gửi báo cáo không quá 5 ngày làm việc" still is one);
"sinh hoạt thường xuyên tại chi hội" is a state, "thường xuyên kiểm tra" still recurs. A contact line
("Mọi vướng mắc liên hệ ...", "Thông tin liên hệ: ...") after the last item concludes the document (its
own section, not the last item's) and is nobody's duty wherever it stands. A numbered title naming a topic
("6. Trách nhiệm của các đơn vị") heads its items, no duty of those addressed. Text and Word alike; names
and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.obligations import extract_obligations
from assistant.parse import parse
from tests.conftest import write_paragraphs

CONTACT = "Mọi vướng mắc liên hệ đồng chí Trịnh Thị Lan, Chánh Văn phòng Hội, điện thoại 0912 000 111."
LETTER = [
    "HỘI NÔNG DÂN HUYỆN VĨNH AN",
    "Số: 52/CV-HND",
    "V/v hướng dẫn vay vốn Quỹ Hỗ trợ nông dân",
    "Vĩnh An, ngày 02 tháng 8 năm 2029",
    "Kính gửi: Ban Thường vụ Hội Nông dân các xã.",
    "Ban Thường vụ Hội Nông dân huyện đề nghị các cơ sở Hội thực hiện một số nội dung sau:",
    "1. Đối tượng và điều kiện vay",
    "Hội viên được xem xét cho vay khi có đủ các điều kiện:",
    "a) Là hội viên, sinh hoạt thường xuyên tại chi hội từ 12 tháng trở lên;",
    "b) Có phương án sản xuất được chi hội thông qua;",
    "c) Cam kết sử dụng vốn đúng mục đích.",
    "2. Mức vay tối đa 50.000.000 đồng mỗi hộ; thời hạn vay không quá 24 tháng.",
    "3. Hộ được ưu tiên xét trước khi có đủ các tiêu chí sau:",
    "a) Thuộc diện hộ cận nghèo;",
    "b) Có thành viên là thương binh.",
    "4. Hội Nông dân các xã thường xuyên kiểm tra việc sử dụng vốn của hội viên.",
    "5. Hội Nông dân các xã gửi hồ sơ về Văn phòng Hội trong thời hạn không quá 5 ngày làm việc kể từ "
    "ngày chi hội họp bình xét.",
    "6. Trách nhiệm của các đơn vị",
    "- Văn phòng Hội Nông dân huyện: tổng hợp hồ sơ, trình Ban Thường vụ.",
    "7. Tổ chức sơ kết công tác cho vay",
    CONTACT,
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Vi Văn Nam",
]


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_conditions_terms_states_and_contacts_are_no_duties(tmp_path: Path, suffix: str) -> None:
    doc = _doc(write_paragraphs(tmp_path / f"cv52{suffix}", LETTER))
    rows = extract_obligations(doc)
    tasks = " | ".join(r.task for r in rows)
    for condition in ("sinh hoạt thường xuyên", "phương án sản xuất", "sử dụng vốn đúng mục đích",
                      "hộ cận nghèo", "thương binh", "Đối tượng và điều kiện vay"):
        assert condition not in tasks, tasks
    assert not any(r.deadline and "24 tháng" in r.deadline.text for r in rows), tasks
    assert not any("liên hệ" in r.task for r in rows), tasks
    # the duties stay, with their time limit and recurrence
    check = next(r for r in rows if "kiểm tra việc sử dụng vốn" in r.task.lower())
    assert check.recurrence == "thường xuyên"
    files = next(r for r in rows if "gửi hồ sơ" in r.task.lower())
    assert files.deadline is not None and "không quá 5 ngày làm việc" in files.deadline.text
    # a numbered title naming a topic heads its items; one naming an act is the duty asked
    assert "Trách nhiệm của các đơn vị" not in tasks, tasks
    assert any(r.responsible == ["Văn phòng Hội Nông dân huyện"] for r in rows), tasks
    assert "Tổ chức sơ kết công tác cho vay" in tasks, tasks


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_contact_line_after_the_last_item_is_the_closing_part(tmp_path: Path, suffix: str) -> None:
    doc = _doc(write_paragraphs(tmp_path / f"cv52{suffix}", LETTER))
    para = next(p for p in doc.paragraphs if p.text.startswith("Mọi vướng mắc"))
    assert doc.section(para.section_id).path == ["Phần kết"]
    last = next(s for s in doc.sections if s.label == "7")
    assert "Mọi vướng mắc" not in doc.text[last.start : last.end]


def test_a_contact_item_inside_the_body_is_no_duty(tmp_path: Path) -> None:
    at = LETTER.index(CONTACT)
    lines = LETTER[:16] + ["5. Thông tin liên hệ: Văn phòng Hội Nông dân huyện, điện thoại 0912 000 111."]
    lines += LETTER[17:at] + LETTER[at + 1 :]
    doc = _doc(write_paragraphs(tmp_path / "cv52.txt", lines))
    rows = extract_obligations(doc)
    assert not any("liên hệ" in r.task or "0912 000 111" in r.task for r in rows), [r.task for r in rows]
