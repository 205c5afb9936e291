"""A document the question describes by type and issuer ("Kế hoạch của Hội Phụ nữ huyện"), not by number
(issue 11, part 5: a first line right or absent). Real index over two small documents written here.

- the described document is found through the issuer's abbreviations and aliases ("Hội Phụ nữ" /
  "Hội LHPN"), with or without its place;
- a description no held document fits (another body, or the body's other type of document) gets no
  signer, date or number of the documents found, and a note saying the document is not loaded;
- a document a drafting verb governs ("soạn Hướng dẫn của ...") is the duty's product, not the scope;
- a document named by a number that no loaded document is or cites gets no quotes of other documents.
"""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over, first_line

PLAN = """HỘI LHPN HUYỆN HÒA AN
BAN THƯỜNG VỤ
Số: 31-KH/HPN
Hòa An, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Ngày hội phụ nữ khởi nghiệp năm 2026

1. Hội LHPN các xã tổ chức tuyển chọn dự án khởi nghiệp, gửi về Ban Thường vụ trước ngày 10/4/2026.

2. Văn phòng Hội LHPN huyện chủ trì chuẩn bị địa điểm và khánh tiết.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Thị Hồng Nhung
"""

DECISION = """HỘI NÔNG DÂN HUYỆN HÒA AN
BAN THƯỜNG VỤ
Số: 45-QĐ/HND
Hòa An, ngày 05 tháng 4 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Ban Tổ chức Hội thi Nhà nông giỏi

Điều 1. Thành lập Ban Tổ chức Hội thi Nhà nông giỏi huyện Hòa An năm 2026 gồm 05 thành viên.

Điều 2. Ban Tổ chức có nhiệm vụ xây dựng thể lệ và tổ chức Hội thi vào ngày 20/6/2026.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Quyết
"""


RULE = """ĐẢNG ỦY XÃ HÒA BÌNH
BAN THƯỜNG VỤ
Số: 03-QĐi/ĐU
Hòa Bình, ngày 12 tháng 01 năm 2026

QUY ĐỊNH
Về chế độ báo cáo của các chi bộ trực thuộc

Điều 1. Các chi bộ trực thuộc báo cáo tình hình hoạt động hằng tháng về Văn phòng Đảng ủy trước ngày 25.

Điều 2. Ủy ban Kiểm tra Đảng ủy kiểm tra việc chấp hành chế độ báo cáo của các chi bộ.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Phan Văn Đức
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    files = {"KH31.txt": PLAN, "QD45.txt": DECISION, "QDi03.txt": RULE}
    return assistant_over(tmp_path_factory.mktemp("described"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Ai ký Kế hoạch của Hội Phụ nữ huyện?",
        "Ai ký Kế hoạch của Hội LHPN huyện Hòa An?",
        # described by its subject and only its place: any body of that place may have issued it
        "Ai ký kế hoạch tổ chức Ngày hội phụ nữ khởi nghiệp 2026 của huyện Hòa An?",
    ],
)
def test_described_document_found_through_aliases(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "Lê Thị Hồng Nhung" in first_line(answer), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Ai ký Kế hoạch của Hội Chữ thập đỏ huyện Hòa An?",  # no document of that body
        "Ai ký Nghị quyết của Hội Nông dân huyện Hòa An?",  # that body issued a Quyết định only
        "Ai ký Quyết định của Huyện ủy Hòa An?",  # "Huyện ủy" is a body, not the place "huyện"
    ],
)
def test_described_document_not_held_gets_no_facts_of_another(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert "Lê Thị Hồng Nhung" not in answer.text and "Trần Văn Quyết" not in answer.text, answer.text
    assert any("không có trong các văn bản đã nạp" in n for n in answer.notes), answer.notes
    assert any("Hòa An" in n for n in answer.notes), answer.notes  # the description as written


def test_drafted_document_is_not_the_scope():
    assert analyze("Ai chủ trì soạn Hướng dẫn của Mặt trận xã về bầu cử?").doc_descriptions == []
    assert analyze("Ai ký Hướng dẫn của Mặt trận xã về bầu cử?").doc_descriptions


@pytest.mark.parametrize(
    "question",
    ["Ai ký Quy định về chế độ báo cáo của các chi bộ?", "ai ky quy dinh ve che do bao cao cua cac chi bo"],
)
def test_bodies_in_the_plural_are_the_subject_not_the_issuer(assistant, question):
    # "của các chi bộ" belongs to what the rule is about: bodies in the plural issue no one document
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "Phan Văn Đức" in first_line(answer), answer.text


def test_described_issuer_ends_before_the_predicate():
    # "Kết luận của Ban Thường vụ Tỉnh ủy phải ..." describes the conclusion's issuer, not what follows
    question = "Theo Kết luận của Ban Thường vụ Tỉnh ủy phải nâng tỷ lệ tập hợp ở đâu?"
    (desc,) = analyze(question).doc_descriptions
    assert desc.issuer == "ban thuong vu tinh uy", desc


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the question's own words after the issuer ("số mấy", "do ai ký", "ngày nào") are not its name
        ("Kế hoạch của Hội Phụ nữ huyện số mấy?", "31-KH/HPN"),
        ("Kế hoạch của Hội Phụ nữ huyện do ai ký?", "Lê Thị Hồng Nhung"),
        ("Quyết định của Hội Nông dân huyện ban hành ngày nào?", "05/04/2026"),
    ],
)
def test_described_issuer_ends_before_the_question_words(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert expected in first_line(answer), answer.text


def test_document_named_by_a_number_nothing_holds_or_cites_abstains(assistant):
    # no loaded document is 99-KH/HPN, none cites it: the plan 31-KH/HPN is not what it says
    answer = assistant.ask("Kế hoạch 99-KH/HPN quy định những nhiệm vụ gì?")
    assert answer.abstained, answer.text
    assert any("99-KH/HPN" in n for n in answer.notes), answer.notes
    answer = assistant.ask("Kế hoạch 31-KH/HPN giao ai chuẩn bị địa điểm?")
    assert not answer.abstained and "Văn phòng Hội LHPN huyện" in answer.text, answer.text
