"""A document's notes (Word footnotes read after the body under "Chú thích", or notes typed after the
signature under that heading) explain or cite; they assign nothing. Asked what a body must do, the
provisions are quoted, a note only when none answers (trial 29 q39: the notes naming the bank were quoted
before the bank office's duties). Asked a figure written only in a note, the note is still the answer
(trial 29 p46). A joint plan written here, as Word with real footnotes and as text, through a real
``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, with_footnotes

BODY = [
    "HỘI NÔNG DÂN HUYỆN YÊN CHÂU - PHÒNG GIAO DỊCH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI HUYỆN YÊN CHÂU",
    "Số: 05/KHLT-HND-NHCSXH",
    "Yên Châu, ngày 12 tháng 3 năm 2036",
    "KẾ HOẠCH LIÊN TỊCH",
    "Thực hiện cho vay ủy thác qua Hội Nông dân năm 2036",
    "I. MỤC TIÊU",
    "1. Giữ tỷ lệ nợ quá hạn dưới 0,3% tổng dư nợ ủy thác.",
    "II. NỘI DUNG PHỐI HỢP",
    "1. Trách nhiệm của Hội Nông dân huyện",
    "a) Chỉ đạo Hội Nông dân các xã củng cố tổ tiết kiệm và vay vốn.",
    "b) Phối hợp đôn đốc thu hồi nợ đến hạn.",
    "2. Trách nhiệm của Phòng Giao dịch Ngân hàng Chính sách xã hội huyện",
    "a) Giải ngân các khoản vay đã được phê duyệt trong 03 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
    "b) Chi trả phí ủy thác đúng hạn; tập huấn cho tổ trưởng tổ tiết kiệm và vay vốn trong quý II năm 2036.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hà Văn Tuấn",
]
NOTES = [
    "Mức phí ủy thác thực hiện theo Quyết định số 88/QĐ-NHCS của Tổng Giám đốc Ngân hàng Chính sách xã hội.",
    "Dư nợ ủy thác qua Hội Nông dân huyện tại thời điểm 31/12/2035 là 214,7 tỷ đồng.",
]
ANCHORS = ["1. Giữ tỷ lệ nợ quá hạn", "b) Chi trả phí ủy thác"]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp(f"khlt_{request.param}")
    if request.param == "docx":
        import docx

        path = folder / "KHLT-05.docx"
        document = docx.Document()
        for line in BODY:
            document.add_paragraph(line)
        document.save(str(path))
        with_footnotes(path, list(zip(ANCHORS, NOTES, strict=True)))
        return assistant_over(folder, embedder, {"KHLT-05.docx": path})
    # the notes as a converted or typed document writes them: after the signature, under "Chú thích"
    text = "\n\n".join([*BODY, "Chú thích", *NOTES]) + "\n"
    return assistant_over(folder, embedder, {"KHLT-05.txt": text})


def test_a_duty_question_quotes_the_provisions_before_any_note(plan) -> None:
    answer = plan.ask(
        "Còn phía ngân hàng thì phải làm những gì?",
        history=["Hội Nông dân huyện có trách nhiệm gì trong kế hoạch liên tịch cho vay ủy thác 2036?"],
    )
    assert not answer.abstained, answer.evidence
    first = answer.citations[0]
    assert first.section != "Chú thích", answer.text
    assert "Chi trả phí ủy thác" in answer.text, answer.text
    assert "Quyết định số 88/QĐ-NHCS" not in answer.text, answer.text  # the note naming the bank


def test_a_figure_written_only_in_a_note_is_still_answered(plan) -> None:
    answer = plan.ask("Dư nợ ủy thác tại thời điểm 31/12/2035 là bao nhiêu tỷ đồng?")
    assert "214,7 tỷ đồng" in first_line(answer), answer.text
