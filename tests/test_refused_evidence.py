"""Answerable questions whose evidence was retrieved are answered, not refused (newcomer trial 46 q05,
q18, q20), through a real ``Assistant`` over a guide written as Word, text and PDF:

- a procedure's topic ("vay vốn") that the guide's opening announces ("Ban Thường vụ Hội ... hướng dẫn thủ
  tục vay vốn như sau:") while its subject line is about something broader and its steps say only "Hộ vay"
  and "cho vay": the opening says what every passage is about, as the subject line does; a procedure the
  guide never announces is still refused;
- a rate asked of a fund named in lower case or without tones ("lãi suất cho vay quỹ hỗ trợ phụ nữ"): "hỗ
  trợ" after "quỹ" names the fund, it is no item the rate must be written for.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import assistant_over, write_docx, write_pdf_lines

GUIDE = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ PHÚ AN",
    "Số: 09-HD/HPN",
    "Phú An, ngày 05 tháng 3 năm 2041",
    "HƯỚNG DẪN",
    "Triển khai một số nội dung công tác Hội quý II năm 2041",
    "Căn cứ chương trình công tác năm 2041, Ban Thường vụ Hội Liên hiệp Phụ nữ xã hướng dẫn thủ tục vay vốn"
    " như sau:",
    "I. MỨC VAY VÀ LÃI SUẤT",
    "1. Mức vay tối đa 30.000.000 đồng/hộ.",
    "2. Lãi suất cho vay 0,6%/tháng.",
    "II. TRÌNH TỰ THỰC HIỆN",
    "Bước 1: Hộ vay nộp đơn cho Chi hội trưởng Chi hội Phụ nữ nơi cư trú.",
    "Bước 2: Chi hội trưởng xác nhận và gửi hồ sơ về Văn phòng Hội.",
    "Bước 3: Ban Thường vụ Hội xét duyệt hồ sơ trong thời hạn 06 ngày làm việc và ra quyết định cho vay.",
    "Bước 4: Quỹ Hỗ trợ phụ nữ xã giải ngân cho hộ vay.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các Chi hội phổ biến hướng dẫn này đến hội viên.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Đỗ Thị Hạnh",
]
STEPS = ["Bước 1:", "Bước 2:", "Bước 3:", "Bước 4:"]
REFUSED = ("Không tìm thấy", "No passage")


@pytest.fixture(scope="module", params=["docx", "txt", "pdf"])
def guide(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"refused_evidence_{request.param}")
    path = root / f"HD-09-HPN.{request.param}"
    if request.param == "docx":
        made = write_docx(path, GUIDE)
    elif request.param == "pdf":
        made = write_pdf_lines(path, GUIDE)
    else:
        path.write_text("\n\n".join(GUIDE), encoding="utf-8")
        made = path
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {made.name: made})


def _quotes(text: str) -> list[str]:
    return re.findall(r"^- “(.*)” \[\d+\]$", text, flags=re.M)


@pytest.mark.parametrize(
    "question", ["Thủ tục vay vốn gồm những bước nào?", "thu tuc vay von gom nhung buoc nao"]
)
def test_steps_of_the_procedure_the_opening_announces(guide, question) -> None:
    answer = guide.ask(question)
    assert not answer.abstained, answer.text
    quotes = _quotes(answer.text)
    at = [next((i for i, q in enumerate(quotes) if step in q), None) for step in STEPS]
    assert None not in at and at == sorted(at), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Ban Thường vụ Hội xét duyệt hồ sơ vay vốn trong bao nhiêu ngày?",
        "ban thuong vu hoi xet duyet ho so vay von trong bao nhieu ngay",
    ],
)
def test_duration_of_a_step_of_the_announced_procedure(guide, question) -> None:
    answer = guide.ask(question)
    assert not answer.abstained, answer.text
    assert "06 ngày làm việc" in answer.text.split("\n")[0], answer.text


def test_a_procedure_the_guide_never_announces_is_refused(guide) -> None:
    answer = guide.ask("Thủ tục kết nạp hội viên mới gồm những bước nào?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Lãi suất cho vay Quỹ Hỗ trợ phụ nữ là bao nhiêu?",
        "lãi suất cho vay quỹ hỗ trợ phụ nữ là bao nhiêu",
        "lai suat cho vay quy ho tro phu nu la bao nhieu",
    ],
)
def test_rate_of_a_fund_named_in_lower_case(guide, question) -> None:
    answer = guide.ask(question)
    assert not answer.abstained, answer.text
    assert any("0,6%/tháng" in q for q in _quotes(answer.text)), answer.text
