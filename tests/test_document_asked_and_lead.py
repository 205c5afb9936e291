"""The document a question is about, and who leads (trial 37). Real index over a commune resolution, the
plan carrying it out (a schedule table), a district notice and a letter and a guide citing it, written
here as Word and as text / Markdown files.

- "UBND xã phải xong kế hoạch triển khai Nghị quyết 27 trước khi nào?": the plan to be made is what the
  resolution orders; its deadline is in the resolution, not in the plan's table row ("Ngày 10/5/2027, tại
  Hội trường UBND xã" dates a meeting and names a place).
- "Còn văn bản của Hội Nông dân huyện được dẫn trong đó là số mấy?" after a question on the plan's basis:
  the cited district plan, not the plan's own number.
- "X chỉ đạo Y chủ trì, phối hợp với Z tổ chức ...": Y leads and Z coordinates; X only directs. A
  follow-up "Thế đơn vị phối hợp là ai?" keeps the drill asked before.
- "Văn bản nào của Mặt trận huyện dẫn chiếu Thông báo 52?": the letter citing it, named on the first line,
  not the notice itself nor the Youth Union's guide.
- "vào tháng 6 và tháng 12/2027" is a time; "When does ... report" is not the day of the meeting recorded.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx, write_docx_table

RESOLUTION = [
    "ĐẢNG BỘ HUYỆN PHÚ SƠN",
    "ĐẢNG ỦY XÃ HÒA BÌNH",
    "Số 27-NQ/ĐU",
    "Hòa Bình, ngày 05 tháng 4 năm 2027",
    "NGHỊ QUYẾT",
    "về phát triển chăn nuôi bò sinh sản giai đoạn 2027 - 2030",
    "I. MỤC TIÊU",
    "1. Đến năm 2030 toàn xã có 900 con bò sinh sản.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Đảng ủy giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày "
    "20/5/2027.",
    "2. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Nghị quyết.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Lê Văn Quang",
]

PLAN_OPENING = [
    "HỘI NÔNG DÂN HUYỆN PHÚ SƠN",
    "BCH HỘI NÔNG DÂN XÃ HÒA BÌNH",
    "Số 12/KH-HND",
    "Hòa Bình, ngày 25 tháng 4 năm 2027",
    "KẾ HOẠCH",
    "Thực hiện Nghị quyết số 27-NQ/ĐU của Đảng ủy xã",
    "Thực hiện Nghị quyết số 27-NQ/ĐU ngày 05/4/2027 của Đảng ủy xã Hòa Bình; Kế hoạch số 31/KH-HND ngày "
    "10/02/2027 của Hội Nông dân huyện Phú Sơn, Ban Thường vụ Hội Nông dân xã xây dựng kế hoạch như sau:",
    "I. NỘI DUNG",
    "1. Lịch triển khai cụ thể như sau:",
]
PLAN_HEAD = ["Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
PLAN_ROWS = [
    [
        "Hội nghị quán triệt Nghị quyết số 27-NQ/ĐU cho cán bộ Hội",
        "Ngày 10/5/2027, tại Hội trường UBND xã",
        "Ban Thường vụ Hội Nông dân xã",
        "Văn phòng Đảng ủy xã",
    ],
    ["Tập huấn kỹ thuật nuôi bò cho 80 hội viên", "Tháng 7/2027", "Ban Thường vụ Hội Nông dân xã",
     "Trạm Khuyến nông huyện"],
]  # fmt: skip
PLAN_CLOSING = [
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Các chi hội nông dân xây dựng kế hoạch của chi hội, gửi về Ban Thường vụ Hội trước ngày 30/5/2027.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Phạm Văn Hùng",
]

NOTICE = "\n\n".join(
    [
        "HUYỆN ỦY PHÚ SƠN\nSố 52-TB/HU\nPhú Sơn, ngày 14 tháng 4 năm 2027",
        "THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Huyện ủy về công tác phòng cháy, chữa cháy rừng năm 2027",
        (
            "Ngày 10/4/2027, tại Phòng họp số 1 Huyện ủy, Ban Thường vụ Huyện ủy họp nghe Ban cán sự đảng Ủy "
            "ban nhân dân huyện báo cáo kết quả công tác phòng cháy, chữa cháy rừng năm 2026. Ban Thường vụ "
            "Huyện ủy kết luận như sau:"
        ),
        "1. Nhiệm vụ trọng tâm năm 2027",
        (
            "a) Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo rà soát phương án chữa cháy rừng, hoàn thành "
            "trước ngày 30/5/2027."
        ),
        (
            "b) Đảng ủy Quân sự huyện chỉ đạo Ban Chỉ huy Quân sự huyện chủ trì, phối hợp với Công an huyện "
            "tổ chức diễn tập phòng cháy, chữa cháy rừng tại xã Hòa Bình trong tháng 8/2027."
        ),
        "c) Ủy ban Mặt trận Tổ quốc Việt Nam huyện chủ trì vận động ủng hộ trồng rừng thay thế.",
        (
            "2. Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận này, định kỳ báo "
            "cáo Ban Thường vụ Huyện ủy vào tháng 6 và tháng 12/2027."
        ),
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐinh Văn Sơn",
    ]
)

LETTER = "\n\n".join(
    [
        (
            "| ỦY BAN MTTQ VIỆT NAM HUYỆN PHÚ SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| BAN "
            "THƯỜNG TRỰC | Độc lập - Tự do - Hạnh phúc |\n| Số 140/MTTQ-BTT | Phú Sơn, ngày 20 tháng 4 năm "
            "2027 |"
        ),
        "V/v vận động trồng rừng thay thế năm 2027",
        "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn.",
        (
            "Thực hiện Thông báo kết luận số 52-TB/HU ngày 14/4/2027 của Ban Thường vụ Huyện ủy Phú Sơn, Ban "
            "Thường trực Ủy ban MTTQ Việt Nam huyện đề nghị các đơn vị thực hiện một số nội dung sau:"
        ),
        "1. Tổ chức vận động nhân dân đóng góp cây giống trồng rừng thay thế.",
        "2. Báo cáo kết quả vận động về Ban Thường trực Ủy ban MTTQ Việt Nam huyện trước ngày 15/6/2027.",
        "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\nTrần Thị Hoa",
    ]
)

GUIDE = "\n\n".join(
    [
        (
            "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN PHÚ SƠN\nSố 15-HD/ĐTN\nPhú Sơn, ngày 22 tháng 4 năm "
            "2027"
        ),
        "HƯỚNG DẪN\nTổ chức ra quân thanh niên bảo vệ rừng năm 2027",
        (
            "Thực hiện Thông báo kết luận số 52-TB/HU ngày 14/4/2027 của Ban Thường vụ Huyện ủy Phú Sơn, Ban "
            "Thường vụ Huyện đoàn hướng dẫn như sau:"
        ),
        (
            "1. Các cơ sở Đoàn thành lập đội thanh niên xung kích bảo vệ rừng, hoàn thành trước ngày "
            "31/5/2027."
        ),
        "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nPHÓ BÍ THƯ\nNgô Văn Tài",
    ]
)


def _markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(PLAN_HEAD) + " |", "|" + "---|" * len(PLAN_HEAD)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


@pytest.fixture(scope="module", params=["docx", "text"])
def assistant(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"asked_lead_{request.param}")
    if request.param == "docx":
        made = root / "made"
        made.mkdir()
        plan = write_docx_table(made / "KH12.docx", PLAN_OPENING, PLAN_HEAD, PLAN_ROWS, PLAN_CLOSING)
        files = {"NQ27.docx": RESOLUTION, "KH12.docx": plan, "TB52.txt": NOTICE, "CV140.md": LETTER}
        files["HD15.txt"] = GUIDE
    else:
        plan_text = "\n\n".join([*PLAN_OPENING, _markdown_table(PLAN_ROWS), *PLAN_CLOSING])
        notice = write_docx(root / "TB52.docx", [line for line in NOTICE.split("\n") if line.strip()])
        files = {"NQ27.txt": "\n\n".join(RESOLUTION), "KH12.md": plan_text, "TB52.docx": notice}
        files |= {"CV140.md": LETTER, "HD15.txt": GUIDE}
    return assistant_over(root, embedder, files)


def test_a_plan_the_named_document_orders_is_asked_in_its_own_text(assistant):
    for question in (
        "UBND xã Hòa Bình phải xong kế hoạch triển khai nghị quyết 27 trước khi nào?",
        "Ủy ban nhân dân xã phải hoàn thành kế hoạch thực hiện Nghị quyết 27 trước ngày nào?",
    ):
        answer = assistant.ask(question)
        first = first_line(answer)
        assert "20/5/2027" in first, answer.text
        assert "10/5/2027" not in answer.text.split("\n\n", 1)[0], answer.text


def test_a_cited_documents_number_is_the_reference_not_the_citing_documents_own(assistant):
    history = ["Kế hoạch 12/KH-HND của Hội Nông dân xã Hòa Bình căn cứ vào những văn bản nào?"]
    for question in (
        "Còn văn bản của Hội Nông dân huyện được dẫn trong đó là số mấy, ngày nào?",
        "Văn bản cấp huyện mà kế hoạch này căn cứ là số mấy?",
    ):
        answer = assistant.ask(question, history=history)
        first = first_line(answer)
        assert "31/KH-HND" in first, answer.text
        assert "27-NQ" not in first and not first.startswith("Số hiệu"), answer.text


def test_the_body_directed_to_lead_is_the_lead_not_the_one_directing(assistant):
    answer = assistant.ask("Cuộc diễn tập chữa cháy rừng ở Hòa Bình do đơn vị nào chủ trì, làm vào lúc nào?")
    head = answer.text.split("\n\n", 1)[0]
    assert "Chủ trì: Ban Chỉ huy Quân sự huyện" in head, answer.text
    assert "Đảng ủy Quân sự" not in head, answer.text
    assert "tháng 8/2027" in head, answer.text


def test_a_follow_up_keeps_the_task_asked_before(assistant):
    history = ["Ai chủ trì diễn tập phòng cháy chữa cháy rừng tại xã Hòa Bình?"]
    answer = assistant.ask("Thế đơn vị phối hợp là ai?", history=history)
    head = answer.text.split("\n\n", 1)[0]
    assert "Công an huyện" in head, answer.text
    assert "Trạm Khuyến nông" not in answer.text, answer.text


def test_documents_citing_a_named_one_are_named_first_and_narrowed_to_the_body_asked(assistant):
    answer = assistant.ask("Văn bản nào của Mặt trận huyện dẫn chiếu Thông báo kết luận 52-TB/HU?")
    first = first_line(answer)
    assert "140/MTTQ-BTT" in first, answer.text
    assert "15-HD/ĐTN" not in answer.text and "52-TB/HU (" not in first, answer.text
    assert answer.citations[0].doc.number == "140/MTTQ-BTT", answer.text


def test_months_without_a_day_are_a_time(assistant):
    answer = assistant.ask(
        "Khi nào Văn phòng Huyện ủy phải báo cáo Ban Thường vụ về thực hiện thông báo kết luận 52?"
    )
    assert "tháng 6 và tháng 12/2027" in first_line(answer), answer.text
    english = assistant.ask("When does the district Party Office report on conclusion notice 52-TB/HU?")
    assert "10/4/2027" not in first_line(english), english.text


def test_a_schedule_rows_time_and_place_cells_stay_apart(assistant):
    # the time cell "Ngày 10/5/2027, tại Hội trường UBND xã" names a place: not part of the time; the place
    # ends at its cell, not with the lead and coordinating bodies' cells after it
    timed = assistant.ask(
        "Ban Thường vụ Hội Nông dân xã phải xong hội nghị quán triệt Nghị quyết 27 cho cán bộ Hội "
        "trước khi nào?"
    )
    head = timed.text.split("\n\n", 1)[0]
    assert "10/5/2027" in head and "tại Hội trường" not in head, timed.text
    placed = assistant.ask(
        "Hội Nông dân xã tổ chức hội nghị quán triệt nghị quyết 27 cho cán bộ Hội vào hôm nào, ở đâu?"
    )
    place = next((line for line in placed.text.split("\n") if line.startswith("Địa điểm:")), "")
    assert "Hội trường UBND xã" in place, placed.text
    assert "Ban Thường vụ" not in place and "|" not in place, placed.text


def test_an_english_question_on_documents_citing_one_names_them_first(assistant):
    question = "Which document of the district Fatherland Front cites conclusion notice 52-TB/HU?"
    answer = assistant.ask(question)
    first = first_line(answer)
    assert "140/MTTQ-BTT" in first, answer.text
    assert answer.citations[0].doc.number != "52-TB/HU", answer.text
