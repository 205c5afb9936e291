"""Which document an answer quotes first (the gold evidence's, not a neighbour's with more of the
question's words). Library dev lib-hd02-02 / lib-hd02-03: a city's guide detailing a central rule for
its own committees lost its first quote to the central documents:

- "Ở Hà Nội, cấp ủy ... trong vòng bao nhiêu ngày?": the place is the city guide's issuer's
  ("Ban Tổ chức Thành ủy ..."), while the central guide only mentions it in its place-date line ("Hà Nội,
  ngày ..."); retrieval prefers the issuer's document (``prefer.named_place_docs``) and the quotes now
  come from it too (``bodies.place_docs``);
- "Hồ sơ đề nghị kết nạp ... trong mấy ngày?": the city guide defines its shorthand once ("kết nạp
  đảng viên (KNĐV)") and writes only "đề nghị KNĐV" in its time limits; its sentence is now read with the
  shorthand spelled out (``text.defined_abbreviations``) and covers the question as written; the time
  limits sit under its "1. Quy trình", which no longer counts as another part of the procedure than the
  "Hồ sơ" the question opens with (a time limit is asked, not the papers);
- "... trong mấy ngày sau khi kết thúc hội nghị?": of two time limits of one plan, the one counted from the
  event the question names (``text.counted_from``), not the one writing more of its words.

Documents written here in two formats (DOCX and TXT, each format for each role), indexed for real and
asked through ``Assistant.ask``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

CENTRAL = [
    "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "Số: 17-HD/TW",
    "Hà Nội, ngày 10 tháng 3 năm 2031",
    "HƯỚNG DẪN",
    "Một số vấn đề về công tác đảng viên",
    "1. Thời hạn quyết định kết nạp",
    "Cấp ủy có thẩm quyền kết nạp đảng viên phải ra quyết định kết nạp trong vòng 30 ngày làm việc kể từ "
    "ngày nhận được hồ sơ của cấp ủy cơ sở.",
    "2. Thời hạn xét lại",
    "Trong thời hạn 60 ngày làm việc kể từ ngày chi bộ có nghị quyết đề nghị kết nạp, cấp ủy có thẩm quyền "
    "phải xem xét, quyết định kết nạp.",
    "T/M BAN CHẤP HÀNH",
    "Nguyễn Văn Toàn",
]

CITY = [
    "THÀNH ỦY HÀ NỘI",
    "BAN TỔ CHỨC",
    "Số: 05-HD/BTCTU",
    "Hà Nội, ngày 02 tháng 6 năm 2031",
    "HƯỚNG DẪN",
    "Nghiệp vụ công tác đảng viên",
    "1. Quy trình",
    "1.1. Chi bộ xem xét hồ sơ của người vào Đảng; cấp ủy có thẩm quyền kết nạp đảng viên (KNĐV) quyết định "
    "theo quy định.",
    "1.2. Thời hạn xem xét, đề nghị, quyết định KNĐV",
    "- Nghị quyết chi bộ: Trong vòng 07 ngày làm việc kể từ ngày chi bộ ra nghị quyết đề nghị KNĐV phải gửi "
    "hồ sơ lên cấp ủy cấp trên trực tiếp.",
    "- Quyết định của cấp ủy có thẩm quyền: Trong vòng 40 ngày làm việc kể từ ngày chi bộ có nghị quyết đề "
    "nghị KNĐV, cấp ủy có thẩm quyền phải xem xét, quyết định.",
    "T/L BAN THƯỜNG VỤ",
    "TRƯỞNG BAN",
    "Trần Thị Hà",
]


def _write(fmt_central: str, fmt_city: str) -> dict[str, str | list[str]]:
    def one(stem: str, fmt: str, lines: list[str]) -> tuple[str, str | list[str]]:
        return (f"{stem}.docx", lines) if fmt == "docx" else (f"{stem}.txt", "\n\n".join(lines))

    return dict([one("hd_trung_uong", fmt_central, CENTRAL), one("hd_thanh_uy", fmt_city, CITY)])


@pytest.fixture(scope="module", params=[("txt", "docx"), ("docx", "txt")], ids=["city-docx", "city-txt"])
def assistant(request, tmp_path_factory, embedder):
    central, city = request.param
    return assistant_over(tmp_path_factory.mktemp(f"focus_{city}"), embedder, _write(central, city))


def _first_quote(answer) -> tuple[str, str]:
    """(file name, quote) of the citation the body shows first."""
    assert answer.citations, answer.text
    first = answer.citations[0]
    return first.doc.file.rsplit("/", 1)[-1], first.quote


def test_a_place_of_the_issuer_quotes_its_document_first(assistant):
    # "Hà Nội" is the city guide's issuer's place; the central guide only writes it in its place-date line
    answer = assistant.ask(
        "Ở Hà Nội, cấp ủy có thẩm quyền phải ra quyết định kết nạp trong vòng bao nhiêu ngày?"
    )
    name, quote = _first_quote(answer)
    assert name.startswith("hd_thanh_uy"), answer.text
    assert "40 ngày" in answer.text, answer.text
    assert "30 ngày" not in answer.text, answer.text


def test_a_shorthand_the_document_defines_reads_spelled_out(assistant):
    # no place named: the city guide's time limit writes "đề nghị KNĐV", defined once as "kết nạp đảng viên"
    answer = assistant.ask(
        "Hồ sơ đề nghị kết nạp phải gửi lên cấp ủy cấp trên trực tiếp trong mấy ngày sau khi chi bộ có "
        "nghị quyết?"
    )
    name, quote = _first_quote(answer)
    assert name.startswith("hd_thanh_uy"), answer.text
    assert "07 ngày" in quote, answer.text


# One plan, two time limits of the same paper: the one counted from the event the question names is the
# answer, though the other writes more of the question's words (the paper, the sending, the bodies).
RULES = [
    "HỘI NÔNG DÂN XÃ TÂN HÒA",
    "Số: 12-HD/HND",
    "Tân Hòa, ngày 05 tháng 4 năm 2031",
    "HƯỚNG DẪN",
    "Tổ chức hội nghị chi hội năm 2031",
    "1. Chế độ báo cáo",
    "Trong thời hạn 15 ngày làm việc kể từ khi nhận được biên bản hội nghị do chi hội gửi lên, Ban Thường vụ "
    "Hội Nông dân xã phải xem xét, trả lời chi hội.",
    "Trong vòng 04 ngày kể từ ngày kết thúc hội nghị, chi hội báo cáo kết quả về Hội cấp trên.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Nam",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def rules(request, tmp_path_factory, embedder):
    from tests.conftest import assistant_as

    return assistant_as(request.param, tmp_path_factory, embedder, "hd_hoi_nghi", RULES)


def test_a_time_limit_counted_from_the_event_asked(rules):
    answer = rules.ask("Chi hội phải gửi biên bản hội nghị lên trong mấy ngày sau khi kết thúc hội nghị?")
    name, quote = _first_quote(answer)
    assert "04 ngày" in quote, answer.text
