"""How a question's document numbers are read (trial 34): a number that counts a word of a held
document's title ("Kế hoạch 3 điểm nghẽn") is the title, not a number no held document carries, so the
answer is not refused; a number typed with an en or em dash and spaces ("04 –HD/BTCTU") is a reference
in the text that cites it, and a question may write a number in lower case ("04-hd/btctu"). Two
documents written here (as DOCX paragraphs or TXT), indexed for real and asked through ``Assistant``."""

from __future__ import annotations

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import assistant_over

PLAN = [
    "ỦY BAN NHÂN DÂN XÃ HÒA LỢI",
    "Số: 17/KH-UBND",
    "Hòa Lợi, ngày 12 tháng 3 năm 2031",
    "KẾ HOẠCH",
    "Giải quyết 3 điểm nghẽn về giao thông, môi trường và an toàn thực phẩm trên địa bàn xã",
    "1. Công an xã chủ trì bảo đảm trật tự an toàn giao thông trên các tuyến đường liên thôn.",
    "2. Phòng Văn hóa - Xã hội chủ trì kiểm tra an toàn thực phẩm tại các chợ.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Lê Văn Tám",
]

GUIDE = [
    "BAN TỔ CHỨC THÀNH ỦY LAM SƠN",
    "Số: 21-HD/BTCTU",
    "Lam Sơn, ngày 05 tháng 8 năm 2031",
    "HƯỚNG DẪN",
    "Trao tặng Huy hiệu Đảng",
    "1. Cấp ủy cơ sở lập danh sách đảng viên được đề nghị tặng Huy hiệu Đảng.",
    "2. Hướng dẫn này thay thế Hướng dẫn số 04 –HD/BTCTU ngày 10/5/2019 về việc trao tặng Huy hiệu Đảng.",
    "3. Hồ sơ gửi theo Kết luận số 09 — KL/TU ngày 02/3/2030 của Ban Thường vụ Thành ủy.",
    "T/M BAN TỔ CHỨC",
    "TRƯỞNG BAN",
    "Phạm Thị Hoa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    fmt = request.param
    files = (
        {"KH-17.docx": PLAN, "HD-21.docx": GUIDE}
        if fmt == "docx"
        else {"KH-17.txt": "\n\n".join(PLAN), "HD-21.txt": "\n\n".join(GUIDE)}
    )
    return assistant_over(tmp_path_factory.mktemp(f"titled_numbers_{fmt}"), embedder, files)


def _cites(answer, number: str) -> bool:
    return any(c.doc.number == number for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Theo Kế hoạch 3 điểm nghẽn, Công an xã chủ trì việc gì?",
        "Cong an xa chu tri viec gi trong ke hoach 3 diem nghen?",
    ],
)
def test_a_number_counting_a_title_word_names_the_plan(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert _cites(answer, "17/KH-UBND"), answer.text
    assert "Công an xã chủ trì" in answer.citations[0].quote, answer.text


def test_a_number_no_held_document_carries_still_refuses(assistant):
    # "của" after the digits is no counted word: plan number 3 is not loaded
    answer = assistant.ask("Kế hoạch 3 của Ủy ban nhân dân xã Hòa Lợi giao Công an xã chủ trì việc gì?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hướng dẫn số 04-HD/BTCTU năm 2019 bị văn bản nào thay thế?",
        "Hướng dẫn số 04-hd/btctu bị văn bản nào thay thế?",
    ],
)
def test_a_number_written_with_an_en_dash_is_found_cited(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert _cites(answer, "21-HD/BTCTU"), answer.text
    assert any("thay thế Hướng dẫn số 04 –HD/BTCTU" in c.quote for c in answer.citations), answer.text


@pytest.mark.parametrize("dash", ["–", "—", "-", "‑"])
def test_every_dash_spelling_is_one_reference(tmp_path, dash):
    path = tmp_path / "HD-21.txt"
    text = (
        "\n\n".join(GUIDE)
        .replace("04 –HD/BTCTU", f"04 {dash}HD/BTCTU")
        .replace("09 — KL/TU", f"09 {dash} KL/TU")
    )
    path.write_text(text, encoding="utf-8")
    doc = parse(load_file(path), path.name)
    numbers = {r.number for r in doc.meta.references}
    assert {"04-HD/BTCTU", "09-KL/TU"} <= numbers, numbers


@pytest.mark.parametrize("number", ["77-hd/btctu", "77 – HD/BTCTU"])
def test_a_number_neither_held_nor_cited_refuses_however_typed(assistant, number):
    answer = assistant.ask(f"Hướng dẫn số {number} bị văn bản nào thay thế?")
    assert answer.abstained, answer.text
