"""English fact questions get the first line their Vietnamese form gets (trials 27-28): the English wording
is mapped onto the same intents and terms. A deadline question's words asking for a time ("by when",
"deadline") name no task, and its act is read from the glosses ("hand over the houses" -> "bàn giao" +
"nhà"); a "how much / how many" question's unit is the one the documents write ("households" -> "hộ", a
sum in đồng for "how much support"); an English question naming a Vietnamese place ("in Bản Lầu district")
is English. A document written here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

LINES = [
    "HỘI CỰU CHIẾN BINH HUYỆN BẢN LẦU",
    "Số: 38/KH-CCB",
    "Bản Lầu, ngày 20 tháng 11 năm 2029",
    "KẾ HOẠCH",
    "Xây dựng nhà nghĩa tình đồng đội năm 2030",
    "1. Ban Tổ chức - Kiểm tra Hội CCB huyện hướng dẫn đại hội các chi hội, hoàn thành trong quý I/2030.",
    "2. Văn phòng Hội CCB huyện phối hợp với Ủy ban MTTQ huyện vận động xây nhà nghĩa tình đồng đội; "
    "bàn giao nhà trước ngày 22/12/2030.",
    "3. Mức hỗ trợ xây mới là 60 triệu đồng/nhà.",
    "4. Năm 2029, huyện Bản Lầu có 7.905 hộ hội viên đăng ký danh hiệu sản xuất giỏi.",
    "5. Hội CCB các xã tham gia giữ gìn an ninh trật tự ở khu dân cư.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Hoàng Văn Sinh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def veterans(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH-38-CCB", LINES)


@pytest.mark.parametrize(
    "question",
    [
        "By when must the veterans' association office hand over the houses?",
        "When must the Office of the Veterans' Association hand over the houses?",
        "Văn phòng Hội Cựu chiến binh phải bàn giao nhà trước ngày nào?",
    ],
)
def test_english_deadline_gets_the_deadline_line(veterans, question: str) -> None:
    line = first_line(veterans.ask(question))
    assert line.split(":")[0] in ("Deadline", "Thời hạn"), line
    assert "22/12/2030" in line, line


def test_english_sum_question_gets_the_figure_line(veterans) -> None:
    line = first_line(veterans.ask("How much support does each newly built house receive?"))
    assert line.startswith("Figure: 60 triệu đồng"), line


def test_english_count_naming_a_vietnamese_place_is_english_and_counted(veterans) -> None:
    answer = veterans.ask("How many households registered as good producers in Bản Lầu district?")
    assert answer.language == "en", answer.text
    assert not answer.abstained, answer.text
    assert first_line(answer).startswith(("Figure: 7.905 hộ", "According to")), answer.text
    assert "7.905" in answer.text, answer.text
