"""A document described by its type and the everyday name of its issuer ("Công văn của Huyện đoàn", "Nghị
quyết của Huyện ủy", "Kế hoạch của Tỉnh hội Nông dân") whose letterhead writes the formal name ("BCH Đoàn
TNCS Hồ Chí Minh huyện ...", "Ban Chấp hành Đảng bộ huyện ...", "Hội Nông dân tỉnh ..."): it is held, and
its facts are answered (trial 20, q37: the assistant denied holding it). Another level or another place
is not that body. A description no issuer fits, while the best-ranked document is of the described type
and about the subject the question gives, is answered from that document with a note saying whose it
is; without a subject it is still denied. A duty given to "Ban Chấp hành Đảng bộ xã ..." is the "Đảng ủy
xã"'s. Real index over two TXT files, a DOCX and a Markdown file written here.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_paragraphs

LETTER = """BCH ĐOÀN TNCS HỒ CHÍ MINH              ĐOÀN TNCS HỒ CHÍ MINH
HUYỆN LONG MỸ
        ***
Số: 58-CV/HĐTN                          Long Mỹ, ngày 12 tháng 8 năm 2027
V/v tổ chức Ngày hội hiến máu tình nguyện

Kính gửi: Ban Thường vụ Đoàn các xã, thị trấn.

Ban Thường vụ Huyện đoàn đề nghị các cơ sở đoàn thực hiện một số nội dung sau:

1. Mỗi cơ sở đoàn vận động ít nhất 20 đoàn viên tham gia Ngày hội hiến máu tình nguyện.

2. Gửi danh sách đăng ký về Văn phòng Huyện đoàn trước ngày 25/8/2027.

                                        TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN
                                        BÍ THƯ
                                        (đã ký)
                                        Lâm Quốc Bảo
"""

RESOLUTION = [
    "ĐẢNG BỘ TỈNH HẬU AN",
    "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN PHÚ AN",
    "Số: 07-NQ/HU",
    "Phú An, ngày 20 tháng 7 năm 2027",
    "NGHỊ QUYẾT",
    "về phát triển kinh tế tập thể giai đoạn 2027 - 2030",
    "1. Mỗi xã xây dựng ít nhất một hợp tác xã nông nghiệp kiểu mới trước năm 2029.",
    "2. Ủy ban nhân dân huyện bố trí vốn hỗ trợ thành lập hợp tác xã.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Đỗ Thanh Tùng",
]

PLAN = [
    "HỘI NÔNG DÂN TỈNH BẾN LỘC",
    "BAN THƯỜNG VỤ",
    "Số: 112-KH/HNDT",
    "Bến Lộc, ngày 05 tháng 9 năm 2027",
    "KẾ HOẠCH",
    "Tổ chức Hội chợ nông sản an toàn năm 2027",
    "1. Hội Nông dân các huyện vận động hội viên đăng ký gian hàng trước ngày 30/9/2027.",
    "2. Văn phòng Tỉnh hội chuẩn bị mặt bằng hội chợ.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Vương Đình Khải",
]


NOTICE = """HUYỆN ỦY PHÚ AN

Số: 12-TB/HU

Phú An, ngày 03 tháng 4 năm 2027

THÔNG BÁO KẾT LUẬN

về công tác phòng chống đuối nước cho trẻ em

1. Hội Liên hiệp Phụ nữ huyện tuyên truyền phụ huynh quản lý con em dịp hè.

2. Ban Chấp hành Đảng bộ xã An Lạc chỉ đạo rà soát các điểm sông nước nguy hiểm.

T/M BAN THƯỜNG VỤ

BÍ THƯ

Nguyễn Văn Sáu
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    made = tmp_path_factory.mktemp("level-names-src")
    files = {
        "CV58.txt": LETTER,
        "NQ07.docx": write_paragraphs(made / "NQ07.docx", RESOLUTION),
        "KH112.md": write_paragraphs(made / "KH112.md", PLAN),
        "TB12.txt": NOTICE,
    }
    return assistant_over(tmp_path_factory.mktemp("level-names"), embedder, files)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Công văn của Huyện đoàn ban hành ngày nào?", "12/08/2027"),
        ("Công văn của Huyện đoàn Long Mỹ về ngày hội hiến máu số mấy?", "58-CV/HĐTN"),
        ("Ai ký Nghị quyết của Huyện ủy Phú An?", "Đỗ Thanh Tùng"),
        ("Kế hoạch của Tỉnh hội Nông dân số mấy?", "112-KH/HNDT"),
    ],
)
def test_everyday_name_finds_the_formal_letterhead(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert expected in first_line(answer), answer.text
    assert not answer.notes, answer.notes


@pytest.mark.parametrize(
    "question",
    [
        "Ai ký Công văn của Tỉnh đoàn?",  # another level of the body, and nothing says what it is about
        "Công văn của Huyện đoàn Cái Nước về ngày hội hiến máu ban hành ngày nào?",  # another district
        "Ai ký Nghị quyết của Huyện đoàn?",  # the youth union issued no resolution
    ],
)
def test_another_level_or_place_is_not_that_body(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert "Lâm Quốc Bảo" not in answer.text and "Đỗ Thanh Tùng" not in answer.text, answer.text
    assert any("không có trong các văn bản đã nạp" in n for n in answer.notes), answer.notes


def test_held_document_on_the_subject_stands_in_with_a_note(assistant):
    # the asker names the body otherwise than any letterhead, but the one letter of that type about the
    # blood-donation day is ranked first: answered from it, saying whose it is, never denied
    answer = assistant.ask("Công văn của Tỉnh đoàn về ngày hội hiến máu tình nguyện ban hành ngày nào?")
    assert not answer.abstained, answer.text
    assert "12/08/2027" in first_line(answer), answer.text
    assert any("BCH Đoàn TNCS Hồ Chí Minh huyện Long Mỹ" in n for n in answer.notes), answer.notes
    assert not any("không có trong các văn bản đã nạp" in n for n in answer.notes), answer.notes


def test_a_party_committee_named_by_its_everyday_name_finds_its_duty(assistant):
    # "Đảng ủy xã" is the "Ban Chấp hành Đảng bộ xã" a directive gives the task to (the registry's level
    # names): a duties answer names the body asked, under its formal name
    answer = assistant.ask("Đảng ủy xã An Lạc phải làm gì?")
    assert not answer.abstained, answer.text
    assert "Ban Chấp hành Đảng bộ xã An Lạc chỉ đạo rà soát" in answer.citations[0].quote, answer.text
