"""Three document-reading faults of trial 31, on documents written here (DOCX, TXT), through ``Assistant``:

- a Nghị quyết titled "NGHỊ QUYẾT" / "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 5" / "về ...": the capitals
  line names the meeting that adopted it; the "về ..." line is the subject (its title), not a section over
  the opening sentence, and it answers "... về vấn đề gì?";
- a Quy chế's "(Ban hành kèm theo Quyết định số ... ngày ...)" note is metadata: "ban hành kèm theo quyết
  định nào?" is answered with that decision;
- "kết luận 41" names the loaded "Thông báo kết luận 41-TB/ĐU" (the type's last words), said to be
  inferred; types sharing no words stay apart ("nghị quyết 41", "kết luận 07" of a Nghị quyết 07-NQ/ĐU).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

RESOLUTION = [
    "ĐẢNG BỘ HUYỆN ĐỒNG XUÂN",
    "ĐẢNG ỦY XÃ PHÚ LẠC",
    "*",
    "Số 07-NQ/ĐU",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Phú Lạc, ngày 20 tháng 3 năm 2031",
    "NGHỊ QUYẾT",
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 5 (KHÓA IX)",
    "về xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2031 - 2033",
    "Ngày 18 tháng 3 năm 2031, tại Hội trường Đảng ủy xã, Ban Chấp hành Đảng bộ xã Phú Lạc tổ chức Hội nghị"
    " lần thứ 5 (khóa IX).",
    "QUYẾT NGHỊ:",
    "I. MỤC TIÊU",
    "Đến năm 2033, xã Phú Lạc đạt chuẩn nông thôn mới kiểu mẫu, thu nhập bình quân đạt 85 triệu đồng/người.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết trước ngày 30/4/2031.",
    "2. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo kết quả vào tháng 12 năm 2031.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "(Đã ký)",
    "Lò Văn Tâm",
]

REGULATION = [
    "ỦY BAN MTTQ VIỆT NAM",
    "XÃ PHÚ LẠC",
    "BAN THƯỜNG TRỰC",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "QUY CHẾ",
    'Quản lý và sử dụng Quỹ "Vì người nghèo" xã Phú Lạc',
    "(Ban hành kèm theo Quyết định số 12/QĐ-MTTQ-BTT ngày 05 tháng 6 năm 2031 của Ban Thường trực Ủy ban MTTQ"
    " Việt Nam xã Phú Lạc)",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    'Quy chế này quy định việc quản lý, sử dụng Quỹ "Vì người nghèo" xã Phú Lạc.',
    "Điều 2. Đối tượng hỗ trợ",
    "Hộ nghèo, hộ cận nghèo có hoàn cảnh đặc biệt khó khăn trên địa bàn xã.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Đinh Thị Hoa",
]

NOTICE = [
    "ĐẢNG BỘ HUYỆN ĐỒNG XUÂN",
    "ĐẢNG ỦY XÃ PHÚ LẠC",
    "*",
    "Số 41-TB/ĐU",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Phú Lạc, ngày 10 tháng 9 năm 2031",
    "THÔNG BÁO",
    "KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY",
    "về công tác chuyển đổi số năm 2031",
    "Ngày 08 tháng 9 năm 2031, Thường trực Đảng ủy làm việc với Tổ công nghệ số cộng đồng xã.",
    "1. Tổ công nghệ số cộng đồng xã hướng dẫn người dân cài đặt ứng dụng định danh điện tử.",
    "2. Văn phòng Đảng ủy tham mưu Thường trực Đảng ủy sơ kết chuyển đổi số vào tháng 12/2031.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "(Đã ký)",
    "Hà Văn Lực",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    docs = {"NQ07": RESOLUTION, "QC12": REGULATION, "TB41": NOTICE}
    if request.param == "docx":
        files = {f"{stem}.docx": lines for stem, lines in docs.items()}
    else:
        files = {f"{stem}.txt": "\n\n".join(lines) for stem, lines in docs.items()}
    return assistant_over(tmp_path_factory.mktemp(f"subjects_{request.param}"), embedder, files)


def test_the_about_line_under_a_meeting_line_is_the_title(assistant):
    answer = assistant.ask("Nghị quyết 07-NQ/ĐU về vấn đề gì?")
    assert not answer.abstained
    first = answer.text.splitlines()[0]
    assert first.startswith("Trích yếu: về xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2031 - 2033"), first
    # the subject line is no section: the opening sentence is cited under no "về ..." heading
    opening = assistant.ask("Hội nghị lần thứ 5 của Ban Chấp hành Đảng bộ xã Phú Lạc họp ở đâu?")
    assert all("về xây dựng" not in (c.section or "") for c in opening.citations)


def test_the_issue_note_answers_which_decision_issued_it(assistant):
    answer = assistant.ask('Quy chế quản lý Quỹ "Vì người nghèo" được ban hành kèm theo quyết định nào?')
    assert not answer.abstained
    first = answer.text.splitlines()[0]
    assert first.startswith("Ban hành kèm theo: Quyết định 12/QĐ-MTTQ-BTT (05/06/2031)"), first
    english = assistant.ask("Which decision was the fund regulation issued with?")
    assert english.text.splitlines()[0].startswith("Issued with: Quyết định 12/QĐ-MTTQ-BTT"), english.text


def test_a_type_word_and_number_name_the_notice_of_conclusions(assistant):
    answer = assistant.ask("Bao giờ sơ kết việc thực hiện kết luận 41?")
    assert not answer.abstained
    assert "12/2031" in answer.text.splitlines()[0]
    assert any("kết luận 41" in n and "Thông báo kết luận 41-TB/ĐU" in n for n in answer.notes), answer.notes
    # the full number names it as it is: nothing to say
    plain = assistant.ask("Thông báo kết luận 41-TB/ĐU giao Văn phòng Đảng ủy việc gì?")
    assert not any("được hiểu là" in n for n in plain.notes)


def test_types_sharing_no_words_stay_apart(assistant):
    questions = (
        "Nghị quyết 41 giao Văn phòng Đảng ủy việc gì?",
        "Kết luận 07 giao Ủy ban nhân dân xã việc gì?",
    )
    for question in questions:
        answer = assistant.ask(question)
        assert not any("được hiểu là" in n for n in answer.notes), (question, answer.notes)
        assert not answer.text.startswith("Thời hạn"), (question, answer.text)
