"""Bodies' names in questions and duties as cadres and documents write them (session 21):

- a collective or plural form of a body ("Đảng ủy các xã") is the body a question names in the singular
  ("Đảng ủy xã làm gì?"), never another level's ("Đảng ủy huyện");
- a department's name is not cut inside a word: "Phòng Kinh tế và Phát | triển nông thôn huyện" ("triển"
  read as the start of "triển khai") nor "phối hợp với Ban Phát triển | kinh tế tập thể";
- an organ written alone under a heading naming its body ("3. Hội Nông dân xã" / "- Ban Thường vụ chỉ đạo
  ...") is that body's organ: the duty is the Ban Thường vụ of Hội Nông dân xã's, and the association's;
- a name written with old-style tone marks ("Ban thường vụ đảng uỷ xã") is read whole;
- the "Kính gửi: ..." addressees are a header field: quoted for whom a letter goes to, never as a duty;
- an abbreviation a question or a document writes ("HTX", "HCCB") is the body the other spells out.

Documents are written here (Word paragraphs and text), indexed for real and read through ``Assistant``.
Names, places and figures are invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

PLAN = [
    "HỘI NÔNG DÂN HUYỆN ĐÔNG SƠN LÂM",
    "BAN THƯỜNG VỤ",
    "Số: 12-KH/HND",
    "Đông Sơn Lâm, ngày 10 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Phát triển kinh tế tập thể và hợp tác xã nông nghiệp năm 2031",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao vai trò của Hội trong phát triển kinh tế tập thể.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Các hợp tác xã nông nghiệp rà soát phương án sản xuất, xây dựng chuỗi liên kết tiêu thụ nông sản và "
    "báo cáo kết quả về Hội Nông dân huyện trước ngày 30/6/2031.",
    "2. Đảng ủy các xã lãnh đạo chi bộ thôn đưa nội dung phát triển kinh tế tập thể vào nghị quyết sinh hoạt "
    "định kỳ hằng quý.",
    "3. Hội Nông dân xã",
    "- Ban Thường vụ chỉ đạo các chi hội vận động hội viên tham gia tổ hợp tác, góp vốn thành lập ít nhất 01 "
    "hợp tác xã kiểu mới trong năm 2031.",
    "- Tổ chức tập huấn chuyển giao kỹ thuật cho hội viên trong quý II năm 2031.",
    "4. Phòng Kinh tế và Phát triển nông thôn huyện phối hợp với Ban Phát triển kinh tế tập thể hướng dẫn "
    "thủ tục đăng ký thành lập hợp tác xã, hoàn thành trước ngày 15/8/2031.",
    "5. Đảng ủy huyện chỉ đạo tổng kết 5 năm thực hiện nghị quyết về kinh tế tập thể vào tháng 12/2031.",
    "6. Mặt trận Tổ quốc xã phối hợp vận động nhân dân tham gia tổ hợp tác.",
    "7. Ban thường vụ đảng uỷ xã xét, đề nghị khen thưởng hợp tác xã tiêu biểu trước ngày 10/12/2031.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Nguyễn Văn Lâm",
]

LETTER = [
    "ỦY BAN NHÂN DÂN XÃ TÂN HẠ",
    "Số: 05/CV-UBND",
    "Tân Hạ, ngày 02 tháng 4 năm 2031",
    "V/v triển khai phong trào thi đua",
    "Kính gửi: HTX Nông nghiệp Tân Hạ; Đoàn TN xã; HLHPN xã; HCCB xã.",
    "1. HTX Nông nghiệp Tân Hạ cung ứng giống lúa chất lượng cao cho hộ dân trước ngày 20/5/2031.",
    "2. ĐTN xã tổ chức ra quân dọn vệ sinh môi trường vào Chủ nhật hằng tuần.",
    "3. HCCB xã vận động hội viên tham gia bảo vệ an ninh trật tự tại khu dân cư.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Lê Văn Tư",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def lib(request, tmp_path_factory, embedder):
    fmt = request.param
    files = (
        {"KH12-HND.docx": PLAN, "CV05-UBND.docx": LETTER}
        if fmt == "docx"
        else {"KH12-HND.txt": "\n\n".join(PLAN), "CV05-UBND.txt": "\n\n".join(LETTER)}
    )
    return assistant_over(tmp_path_factory.mktemp(f"bodies_{fmt}"), embedder, files)


def _row(assistant, words: str):
    rows = [r for r in assistant.obligations() if words in r.text]
    assert rows, [(r.responsible, r.task) for r in assistant.obligations()]
    return rows[0]


def test_a_plural_body_answers_the_singular_question_not_another_level(lib):
    answer = lib.ask("Đảng ủy xã làm gì?")
    assert "Đảng ủy các xã lãnh đạo chi bộ thôn" in answer.text, answer.text
    assert "Đảng ủy huyện chỉ đạo" not in answer.text, answer.text


def test_a_department_name_is_not_cut_inside_a_word(lib):
    row = _row(lib, "hướng dẫn thủ tục đăng ký")
    assert row.responsible == ["Phòng Kinh tế và Phát triển nông thôn huyện"], row
    # (the coordinator's field after "Phát triển" is not read: "kinh tế tập thể" could as well be the task)
    assert row.coordinators[0].startswith("Ban Phát triển"), row


def test_a_name_with_old_style_tone_marks_is_read_whole(lib):
    # "đảng uỷ" (the tone on the second vowel, as older documents write it) is the name word "đảng ủy"
    row = _row(lib, "khen thưởng hợp tác xã tiêu biểu")
    assert row.responsible == ["Ban thường vụ đảng uỷ xã"], row
    assert row.task.startswith("Xét, đề nghị"), row.task


def test_an_organ_under_its_bodys_heading_is_that_bodys_organ(lib):
    row = _row(lib, "chỉ đạo các chi hội")
    assert row.responsible == ["Ban Thường vụ Hội Nông dân xã"], row
    answer = lib.ask("Hội Nông dân xã làm gì?")
    assert "Ban Thường vụ chỉ đạo các chi hội" in answer.text, answer.text
    assert "Tổ chức tập huấn chuyển giao kỹ thuật" in answer.text, answer.text
    organ = lib.ask("Ban Thường vụ Hội Nông dân xã làm gì?")
    assert "Ban Thường vụ chỉ đạo các chi hội" in organ.text, organ.text


def test_the_addressees_are_no_duty(lib):
    answer = lib.ask("HLHPN xã làm gì?")
    assert "Kính gửi" not in answer.text, answer.text
    sent = lib.ask("Công văn 05 kính gửi những ai?")
    assert "HLHPN xã" in sent.text, sent.text


def test_an_abbreviated_body_is_the_body_spelled_out_both_ways(lib):
    answer = lib.ask("HTX cần làm gì?")
    assert "Các hợp tác xã nông nghiệp rà soát phương án sản xuất" in answer.text, answer.text
    assert "HTX Nông nghiệp Tân Hạ cung ứng giống lúa" in answer.text, answer.text
    spelled = lib.ask("Hợp tác xã nông nghiệp Tân Hạ cần làm gì?")
    assert "HTX Nông nghiệp Tân Hạ cung ứng giống lúa" in spelled.text, spelled.text
    veterans = lib.ask("Hội Cựu chiến binh xã làm gì?")
    assert "HCCB xã vận động hội viên" in veterans.text, veterans.text


def test_the_obligations_table_finds_an_abbreviated_body_by_either_name(lib):
    for asked in ("HTX", "Hợp tác xã"):
        rows = lib.obligations(org=asked)
        tasks = " | ".join(r.task for r in rows)
        assert "Rà soát phương án sản xuất" in tasks and "Cung ứng giống lúa" in tasks, (asked, tasks)
