"""A deadline question that names a body and a document the document never addresses to that body gets no
first line (newcomer trial 46 u04: "Hội Cựu chiến binh xã ... theo Công văn 41?" answered with the Mặt trận's
date). Real index over two Công văn written here (DOCX and TXT by the fixture's param), asked through
``Assistant``:

- a Công văn giving report dates to three named units: a fourth body it never names gets no "Thời hạn" line
  (and no quote names it: abstain); each named unit still gets its own date, not another's;
- a Công văn that names the body among its addressees and sets one date for "các đơn vị": that date is the
  body's.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

LETTER = [
    "ĐẢNG BỘ QUẬN HÒA BÌNH",
    "ĐẢNG ỦY PHƯỜNG AN LẠC",
    "Số 17-CV/ĐU",
    "An Lạc, ngày 02 tháng 5 năm 2031",
    "V/v báo cáo kết quả công tác tháng 4",
    "Kính gửi: Ủy ban MTTQ Việt Nam phường; Đoàn phường; Hội Liên hiệp Phụ nữ phường.",
    "Ban Thường vụ Đảng ủy phường đề nghị các đơn vị báo cáo như sau:",
    "1. Đoàn phường báo cáo kết quả chiến dịch Xuân tình nguyện, gửi về Đảng ủy phường trước ngày 12/5/2031.",
    "2. Hội Liên hiệp Phụ nữ phường báo cáo kết quả xây dựng mô hình Dân vận khéo chậm nhất ngày 20/5/2031.",
    "3. Ủy ban MTTQ Việt Nam phường báo cáo kết quả vận động ủng hộ đồng bào vùng lũ trước ngày 25/5/2031.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Phan Quốc Bảo",
]

NOTICE = [
    "ĐẢNG BỘ QUẬN HÒA BÌNH",
    "ĐẢNG ỦY PHƯỜNG TÂN HƯNG",
    "Số 18-CV/ĐU",
    "Tân Hưng, ngày 05 tháng 6 năm 2031",
    "V/v báo cáo sơ kết 6 tháng",
    "Kính gửi: Hội Cựu chiến binh phường; Hội Nông dân phường; Đoàn phường.",
    "Các đơn vị gửi báo cáo sơ kết 6 tháng về Văn phòng Đảng ủy phường trước ngày 30/6/2031.",
    "T/M ĐẢNG ỦY",
    "PHÓ BÍ THƯ",
    "Lý Thị Hoa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    if request.param == "docx":
        files = {"CV17.docx": LETTER, "CV18.docx": NOTICE}
    else:
        files = {"CV17.txt": "\n\n".join(LETTER), "CV18.txt": "\n\n".join(NOTICE)}
    return assistant_over(tmp_path_factory.mktemp(f"unaddressed_{request.param}"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Hội Cựu chiến binh phường phải báo cáo trước ngày nào theo Công văn 17?",
        "Theo Công văn 17-CV/ĐU, Hội Nông dân phường gửi báo cáo về Đảng ủy phường hạn chót là ngày nào?",
    ],
)
def test_a_body_the_letter_never_addresses_gets_no_date(assistant, question):
    answer = assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert not first.startswith("Thời hạn"), answer.text
    assert "2031" not in first, answer.text
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("Đoàn phường phải báo cáo trước ngày nào theo Công văn 17?", "12/5/2031"),
        ("Theo Công văn 17, Hội Liên hiệp Phụ nữ phường báo cáo chậm nhất ngày nào?", "20/5/2031"),
    ],
)
def test_each_named_unit_keeps_its_own_date(assistant, question, date):
    first = assistant.ask(question).text.splitlines()[0]
    assert first.startswith("Thời hạn") and date in first, first


def test_a_date_for_all_units_is_the_addressed_bodys(assistant):
    answer = assistant.ask("Hội Cựu chiến binh phường gửi báo cáo sơ kết trước ngày nào theo Công văn 18?")
    first = answer.text.splitlines()[0]
    assert first.startswith("Thời hạn") and "30/6/2031" in first, answer.text
