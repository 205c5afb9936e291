"""``python -m assistant obligations`` on a meeting schedule and a guide written in the test (trial 30 fault
10): a place ("- Địa điểm: Hội trường Trung tâm Chính trị huyện") and the people invited are no body and no
task; "Giao ban Ban Chấp hành tháng 12" is a meeting, not "giao" (assign); a body's name holding a quoted
name ("Ban Vận động Quỹ "Vì người nghèo" huyện") is read whole; whom to contact after a frame ("Trong quá
trình thực hiện, nếu có vướng mắc, liên hệ đồng chí ...") is no duty. Each document as DOCX and as TXT."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from tests.conftest import write_paragraphs

NOTICE = [
    "HỘI CỰU CHIẾN BINH HUYỆN AN LƯƠNG",
    "Số: 21/TB-CCB",
    "An Lương, ngày 25 tháng 11 năm 2033",
    "THÔNG BÁO",
    "Lịch họp tháng 12 năm 2033",
    "1. Hội nghị tổng kết công tác Hội năm 2033",
    "- Thời gian: 8 giờ 00, ngày 18/12/2033.",
    "- Địa điểm: Hội trường Trung tâm Bồi dưỡng chính trị huyện.",
    "- Thành phần: Ban Chấp hành Hội CCB huyện; 40 đại biểu là hội viên tiêu biểu.",
    "2. Giao ban Ban Chấp hành tháng 12",
    "- Thời gian: 14 giờ 00, ngày 26/12/2033.",
    "- Địa điểm: Phòng họp Hội CCB huyện.",
    "Hội CCB các xã gửi báo cáo tổng kết năm 2033 về Văn phòng Hội CCB huyện trước ngày 12/12/2033.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nông Văn Hải",
]

GUIDE = [
    "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM HUYỆN AN LƯƠNG",
    "Số: 05/HD-MTTQ-BTT",
    "An Lương, ngày 02 tháng 3 năm 2034",
    "HƯỚNG DẪN",
    "Xét hỗ trợ sửa chữa nhà cho hộ nghèo năm 2034",
    "1. Ban Vận động Quỹ \"Vì người nghèo\" huyện họp xét duyệt, ban hành quyết định hỗ trợ trước ngày "
    "30/4/2034.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Ban Thường trực Ủy ban MTTQ các xã tổng hợp, báo cáo kết quả trước ngày 15/10/2034. Trong quá trình "
    "thực hiện, nếu có vướng mắc, liên hệ đồng chí Lò Văn Pản, Trưởng Ban Phong trào (điện thoại "
    "0209.3871.111).",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Bế Thị Lan",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def rows(request, tmp_path_factory) -> list[dict]:
    folder = tmp_path_factory.mktemp(f"schedules_{request.param}")
    write_paragraphs(folder / f"TB-21_CCB.{request.param}", NOTICE)
    write_paragraphs(folder / f"HD-05_MTTQ.{request.param}", GUIDE)
    missing_index = tmp_path_factory.mktemp("no-index") / "idx"
    result = CliRunner().invoke(
        main, ["obligations", "--index", str(missing_index), "--documents", str(folder), "--json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _bodies(row: dict) -> list[str]:
    return [*(row.get("responsible") or []), *([row["lead"]] if row.get("lead") else [])]


def test_a_place_and_the_people_invited_are_no_duty(rows):
    for row in rows:
        assert not any(b.startswith("Hội trường") for b in _bodies(row)), row
        assert "Bồi dưỡng" not in row["task"], row
        assert "đại biểu là hội viên" not in row["task"], row


def test_a_briefing_meeting_is_no_assignment(rows):
    for row in rows:
        assert not any(b.lower().startswith("ban ban") for b in _bodies(row)), row
        assert row["task"].strip().lower() != "tháng 12", row
    sent = [r for r in rows if "gửi báo cáo tổng kết" in r["task"].lower()]
    assert sent and any("Hội CCB các xã" in b for b in _bodies(sent[0])), rows


def test_a_quoted_name_inside_a_body_name(rows):
    row = next(r for r in rows if "xét duyệt" in r["task"])
    assert any("Vì người nghèo" in b for b in _bodies(row)), row
    assert not row["task"].startswith('"'), row


def test_whom_to_contact_is_no_duty(rows):
    assert not any("liên hệ" in r["task"] for r in rows), [r["task"] for r in rows]
    assert any("15/10/2034" in r["task"] for r in rows), [r["task"] for r in rows]


def test_documents_are_read(rows):
    assert {Path(r["file"]).stem for r in rows} >= {"TB-21_CCB", "HD-05_MTTQ"}
