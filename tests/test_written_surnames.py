"""A person's name is read by its written form: a surname or middle name whose syllables fold like a title or
institution word ("Trần" / "trận", "Đặng" / "Đảng", "Đỗ" / "độc lập - tự do", "Tô" / "Tổ quốc", "Thanh" /
"thành") is part of the name, so every check that looks for a person (the one asked in a post, a contact
person) sees the whole name (newcomer trial 46 q22: "đồng chí Trần Văn Lộc ... là đầu mối" named no one).
Own small documents as Word files, plain text and HTML; asked through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

DECISION = [
    "ĐẢNG ỦY XÃ TÂN HÒA",
    "Số: 31-QĐ/ĐU",
    "Tân Hòa, ngày 10 tháng 3 năm 2033",
    "QUYẾT ĐỊNH",
    "Về việc thành lập Ban Chỉ đạo chuyển đổi số của xã",
    "Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số của xã gồm các đồng chí có tên sau:",
    "1. Đồng chí Trần Văn Tô, Bí thư Đảng ủy xã - Trưởng ban.",
    "2. Đồng chí Đặng Thị Hoa, Chủ tịch Ủy ban nhân dân xã - Phó Trưởng ban thường trực.",
    "Điều 2. Giao đồng chí Đỗ Thanh Bình, công chức Văn phòng - Thống kê, là đầu mối tiếp nhận báo cáo "
    "chuyển đổi số của các thôn (email: chuyendoiso.tanhoa@example.vn).",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Trần Văn Tô",
]
NOTICE = [
    "HỘI NÔNG DÂN HUYỆN LẠC SƠN",
    "Số: 52-TB/HND",
    "Lạc Sơn, ngày 02 tháng 4 năm 2033",
    "THÔNG BÁO",
    "Về phân công nhiệm vụ trong Ban Thường vụ",
    "1. Ông Đỗ Thanh Bình, Chủ tịch Hội Nông dân huyện, phụ trách chung.",
    "2. Bà Đặng Thị Hoa, Phó Chủ tịch Hội, phụ trách công tác tuyên truyền.",
    "3. Giao bà Trần Thị Tố Uyên, cán bộ Văn phòng, là đầu mối tiếp nhận báo cáo của các chi hội "
    "(email: hoinongdan.lacson@example.vn).",
]
# another office's contact for reports, with a phone number: not the contact either question asks for
LETTER = [
    "ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
    "Số: 118/UBND-VP",
    "Tân Hòa, ngày 15 tháng 3 năm 2033",
    "V/v báo cáo kết quả thu ngân sách quý I năm 2033",
    "1. Các thôn gửi báo cáo kết quả thu ngân sách quý I về Ủy ban nhân dân xã trước ngày 25/3/2033.",
    "2. Giao Văn phòng Ủy ban tổng hợp; đồng chí Lý Văn Hưng, Chánh Văn phòng, là đầu mối tiếp nhận báo cáo "
    "của các thôn và cơ sở (điện thoại: 0218 3861 402).",
]


def _html(lines: list[str]) -> str:
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"


@pytest.fixture(scope="module", params=["docx", "txt", "html"])
def people(request, tmp_path_factory, embedder):
    files = {"decision": DECISION, "notice": NOTICE, "letter": LETTER}
    if request.param == "docx":
        written = {f"{k}.docx": v for k, v in files.items()}
    elif request.param == "txt":
        written = {f"{k}.txt": "\n\n".join(v) for k, v in files.items()}
    else:
        written = {f"{k}.html": _html(v) for k, v in files.items()}
    return assistant_over(tmp_path_factory.mktemp(f"names-{request.param}"), embedder, written)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Ai là Trưởng ban Chỉ đạo chuyển đổi số của xã Tân Hòa?", "Trần Văn Tô"),
        ("Ai là Chủ tịch Hội Nông dân huyện Lạc Sơn?", "Đỗ Thanh Bình"),
    ],
)
def test_a_post_holder_with_a_surname_folding_like_a_word_is_named(people, question, name):
    answer = people.ask(question)
    assert not answer.abstained, answer.text
    assert name in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Ai là đầu mối tiếp nhận báo cáo chuyển đổi số của các thôn?", "Đỗ Thanh Bình"),
        ("Ai là đầu mối tiếp nhận báo cáo của các chi hội?", "Trần Thị Tố Uyên"),
    ],
)
def test_a_contact_with_a_surname_folding_like_a_word_is_quoted(people, question, name):
    answer = people.ask(question)
    assert not answer.abstained, answer.text
    quoted = answer.text.split("“")
    assert len(quoted) > 1 and name in quoted[1], answer.text


def test_an_accentless_question_finds_the_name_written_with_diacritics(people):
    answer = people.ask("ai la chu tich hoi nong dan huyen lac son?")
    assert not answer.abstained, answer.text
    assert "Đỗ Thanh Bình" in answer.text, answer.text
