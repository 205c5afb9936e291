"""Answerable questions refused because they carry a word the answering passage lacks (trials 23-25,
"over-strict abstention"), on documents written here in four formats, indexed for real and asked through
``Assistant`` and the CLI:

- the event a document is about, named only in its subject line ("Về việc tổ chức Ngày hội Đại đoàn
  kết ..."), is the matter of every sum it writes ("Mỗi khu dân cư được hỗ trợ ..." answers "bao nhiêu
  tiền làm Ngày hội?"), the rest of what is asked still written in the sentence;
- "mỗi ngày / một ngày bao nhiêu?" asks a rate per day ("150.000 đồng/người/ngày"), not a date;
- a unit spelled in words is its abbreviation ("mỗi hecta" = "đồng/ha", lexicon ``unit_spellings``);
- "ở đâu, mấy giờ khai mạc?": a time unit takes no second word, "khai mạc" is the act timed;
- a grant asked by another verb of giving ("được xã cấp" / "được hỗ trợ", lexicon ``money_verbs``), and an
  organisation's members by their everyday noun ("cựu chiến binh" counted "hội viên" in the veterans'
  own plan, lexicon ``member_nouns``);
- a money word inside the item asked is part of its name ("mua giá sách": a shelf, not a price);
- the body whose congress is asked ("Đại hội Phụ nữ xã ...") is no actor, but its congress must be what a
  cited passage is about, read with its document's subject line (another body's congress abstains);
- near misses keep abstaining: a sum per household where the document prices residential areas, a
  sum for an item the document never prices, a payment where a grant is written, another
  organisation's members.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import assistant_over, write_paragraphs, write_pdf_lines

ABSTAIN = "Không tìm thấy"

NOTICE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thông báo 27/TB-MTTQ</title></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<article>
<p>ỦY BAN MTTQ VIỆT NAM XÃ AN THẠNH</p>
<p>Số: 27/TB-MTTQ</p>
<p>An Thạnh, ngày 02 tháng 10 năm 2029</p>
<h1>THÔNG BÁO</h1>
<p>Về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2029</p>
<h2>1. Thời gian, địa điểm</h2>
<p>Các khu dân cư tổ chức trong khoảng từ ngày 05/11/2029 đến ngày 16/11/2029. Điểm chỉ đạo của xã tổ
chức tại Nhà văn hóa ấp Tân Lợi, khai mạc lúc 8 giờ 00 phút ngày 12/11/2029.</p>
<h2>2. Kinh phí</h2>
<p>Mỗi khu dân cư được hỗ trợ 2.500.000 đồng từ ngân sách xã; toàn xã có 9 khu dân cư, tổng kinh phí hỗ trợ
là 22.500.000 đồng. Riêng điểm chỉ đạo được hỗ trợ thêm 4.000.000 đồng.</p>
<h2>3. Phân công</h2>
<p>Mỗi hộ gia đình ở khu dân cư điểm cử ít nhất 01 người tham dự.</p>
</article>
<footer>Cổng thông tin xã An Thạnh</footer>
</body></html>
"""

SPORTS_DOCX = [
    "HỘI CỰU CHIẾN BINH XÃ PHÚ MỸ",
    "Số: 08/KH-CCB",
    "Phú Mỹ, ngày 05 tháng 3 năm 2029",
    "KẾ HOẠCH",
    "Tổ chức Hội thao truyền thống năm 2029",
    "I. THÀNH PHẦN",
    "Mỗi chi hội cử 10 hội viên tham gia; toàn xã có 7 chi hội với tổng số 70 vận động viên.",
    "II. KINH PHÍ",
    "Tổng kinh phí tổ chức Hội thao là 28.000.000 đồng. Trong đó, bồi dưỡng vận động viên 120.000 "
    "đồng/người/ngày; giải Nhất 2.000.000 đồng.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các chi hội lập danh sách vận động viên gửi về Văn phòng Hội trước ngày 20/3/2029.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Văn Bảy",
]

SEED_TXT = [
    "HỘI NÔNG DÂN HUYỆN ĐỨC LINH",
    "Số: 31-KH/HND",
    "Đức Linh, ngày 10 tháng 4 năm 2029",
    "KẾ HOẠCH",
    "Hỗ trợ hội viên cải tạo vườn tạp giai đoạn 2029 - 2030",
    "1. Mức hỗ trợ phân bón hữu cơ: 3.000.000 đồng/ha, mỗi hộ được hỗ trợ tối đa 1,5 ha.",
    "2. Hội Nông dân các xã tổng hợp danh sách hộ đăng ký trước ngày 30/5/2029.",
    "3. Văn phòng Hội Nông dân huyện giải ngân kinh phí hỗ trợ phân bón cho các hộ trong quý III/2029.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Thị Hoa",
]

BOOKS_PDF = [
    "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN TAM NÔNG",
    "Số: 44-KH/HĐTN",
    "Tam Nông, ngày 12 tháng 6 năm 2029",
    "KẾ HOẠCH",
    "Xây dựng tủ sách thanh niên ở các chi đoàn năm 2029",
    "1. Mỗi chi đoàn ấp xây dựng ít nhất 01 tủ sách đặt tại nhà văn hóa ấp.",
    "2. Huyện đoàn hỗ trợ mỗi tủ sách 500.000 đồng mua giá sách và 300 đầu sách.",
    "3. Các chi đoàn báo cáo kết quả về Ban Thường vụ Huyện đoàn trước ngày 15/9/2029.",
    "TM. BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Đinh Văn Toàn",
]


# a letterhead line wrapped before a minority-language place ("... HUYỆN" / "KRÔNG NĂNG"), as a narrow PDF
# column prints it; the plan's issuer is read whole, so the body named in a question issued it
SEEDLINGS_PDF = [
    "HỘI NÔNG DÂN VIỆT NAM",
    "BCH HỘI NÔNG DÂN HUYỆN",
    "KRÔNG NĂNG",
    "Số: 19-KH/HND",
    "Krông Năng, ngày 06 tháng 5 năm 2029",
    "KẾ HOẠCH",
    "Hỗ trợ hội viên trồng cà phê xen cây ăn quả năm 2029",
    "1. Mức hỗ trợ cây giống: 6.000.000 đồng/ha, mỗi hộ được hỗ trợ tối đa 2 ha. Tổng kinh phí dự kiến "
    "600.000.000 đồng, lấy từ Quỹ Hỗ trợ nông dân huyện.",
    "2. Văn phòng Hội Nông dân huyện giải ngân kinh phí hỗ trợ cây giống trong quý IV/2029.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Y Bhim Niê",
]

CONGRESS_MD = """ĐẢNG BỘ XÃ LONG HƯNG

Số: 52-TB/ĐU

Long Hưng, ngày 04 tháng 8 năm 2029

# THÔNG BÁO KẾT LUẬN

## về công tác chuẩn bị Đại hội đại biểu Hội Liên hiệp Phụ nữ xã Long Hưng lần thứ X

Ngày 02/8/2029, Thường trực Đảng ủy xã họp nghe báo cáo công tác chuẩn bị Đại hội và kết luận như sau:

1. Thống nhất tổ chức Đại hội trong 01 ngày, khai mạc lúc 7 giờ 30 phút ngày 20/9/2029 tại Hội trường Đảng
ủy xã; triệu tập 110 đại biểu chính thức.

2. Ủy ban nhân dân xã hỗ trợ kinh phí tổ chức Đại hội 20.000.000 đồng.

T/M ĐẢNG ỦY

PHÓ BÍ THƯ

Trần Thị Mai
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    src = tmp_path_factory.mktemp("refusal-src")
    write_paragraphs(src / "KH08.docx", SPORTS_DOCX)
    write_pdf_lines(src / "KH44.pdf", BOOKS_PDF)
    write_paragraphs(src / "KH31.txt", SEED_TXT)
    write_pdf_lines(src / "KH19.pdf", SEEDLINGS_PDF)
    return assistant_over(
        tmp_path_factory.mktemp("refusals"),
        embedder,
        {
            "TB27.html": NOTICE_HTML,
            "KH08.docx": src / "KH08.docx",
            "KH31.txt": src / "KH31.txt",
            "KH44.pdf": src / "KH44.pdf",
            "TB52.md": CONGRESS_MD,
            "KH19.pdf": src / "KH19.pdf",
        },
    )


@pytest.mark.parametrize(
    ("question", "written"),
    [
        # the event is named only in the notice's subject line
        ("Mỗi khu dân cư được hỗ trợ bao nhiêu tiền làm Ngày hội?", "2.500.000 đồng"),
        ("Kinh phí hỗ trợ Ngày hội Đại đoàn kết là bao nhiêu?", "đồng"),
        ("Kinh phí hỗ trợ cho mỗi khu dân cư tổ chức Ngày hội Đại đoàn kết là bao nhiêu?", "2.500.000 đồng"),
        # a per-day rate, asked "mỗi ngày" or "một ngày"
        ("Vận động viên hội thao được bồi dưỡng mỗi ngày bao nhiêu tiền?", "120.000 đồng/người/ngày"),
        ("Mỗi vận động viên được bồi dưỡng bao nhiêu một ngày?", "120.000 đồng/người/ngày"),
        # a unit spelled in words
        ("Mỗi hecta được hỗ trợ bao nhiêu tiền phân bón?", "3.000.000 đồng/ha"),
        ("Mỗi héc-ta được hỗ trợ bao nhiêu tiền phân bón?", "3.000.000 đồng/ha"),
        # the issuing body named, "một ha" a rate per hectare; the assignment item naming the body is no rate
        ("Hội Nông dân huyện Đức Linh hỗ trợ phân bón bao nhiêu tiền cho một ha?", "3.000.000 đồng/ha"),
        # two fields asked: a place and the hour of the opening
        ("Điểm chỉ đạo Ngày hội của xã An Thạnh đặt ở đâu, mấy giờ khai mạc?", "8 giờ 00"),
        # a grant asked by another verb of giving ("cấp" / "hỗ trợ", lexicon money_verbs)
        ("Mỗi khu dân cư được xã cấp bao nhiêu tiền để làm Ngày hội?", "2.500.000 đồng"),
        # an organisation's members asked by the everyday noun, counted "hội viên" in its own plan
        ("Có bao nhiêu cựu chiến binh tham gia hội thao?", "10 hội viên"),
        # the body whose congress is asked is named only in the notice's subject line
        ("Đại hội Phụ nữ xã Long Hưng triệu tập bao nhiêu đại biểu?", "110 đại biểu"),
        ("Đại hội Phụ nữ xã được hỗ trợ bao nhiêu kinh phí?", "20.000.000 đồng"),
        # the item priced ("mua giá sách") after the thing supported ("tủ sách"), asked with the giver
        ("Tủ sách được hỗ trợ bao nhiêu tiền để mua giá sách?", "500.000 đồng"),
        ("Huyện đoàn hỗ trợ tủ sách bao nhiêu tiền mua giá sách?", "500.000 đồng"),
    ],
)
def test_answerable_questions_are_answered(assistant, question, written):
    answer = assistant.ask(question)
    assert not answer.abstained, (answer.evidence, answer.text)
    assert written in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # the notice prices residential areas, not households
        "Mỗi hộ gia đình tham gia Ngày hội được hỗ trợ bao nhiêu tiền?",
        # no sum is written for prizes of a cooking contest
        "Giải thưởng hội thi ẩm thực trong Ngày hội Đại đoàn kết là bao nhiêu tiền?",
        # the farmers' plan prices fertiliser, not seedlings
        "Mỗi hecta được hỗ trợ bao nhiêu tiền mua cây giống?",
        # a payment asked, a grant written
        "Mỗi khu dân cư phải nộp bao nhiêu tiền để làm Ngày hội?",
        # the veterans' plan counts its own members, not women
        "Có bao nhiêu phụ nữ tham gia hội thao?",
        # another body's congress: the notice is on the women's congress
        "Đại hội Hội Nông dân xã Long Hưng triệu tập bao nhiêu đại biểu?",
        "Đại hội Cựu chiến binh xã Long Hưng triệu tập bao nhiêu đại biểu?",
        # the youth plan prices bookshelves, not computers
        "Huyện đoàn hỗ trợ tủ sách bao nhiêu tiền mua máy tính?",
    ],
)
def test_near_misses_still_abstain(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text


def test_a_wrapped_letterhead_names_its_issuer_whole(assistant):
    docs = {d.meta.number: d.meta for d in assistant.documents()}
    assert docs["19-KH/HND"].issuer == "BCH Hội Nông dân huyện Krông Năng", docs["19-KH/HND"]


def test_the_issuer_named_asks_the_rate_not_its_other_sums(assistant):
    # trial 25 q11, r09: the issuer's words describe every passage of its plan; scored, they chose the total
    # ("Quỹ Hỗ trợ nông dân huyện") or the disbursement item over the rate per hectare asked
    answer = assistant.ask("Hội Nông dân huyện Krông Năng hỗ trợ bao nhiêu tiền cho một ha?")
    assert not answer.abstained and answer.text.startswith("Số liệu: 6.000.000 đồng/ha"), answer.text


def test_a_follow_up_on_the_plan_is_answered(assistant):
    # trial 25 q18: the follow-up carries the body and the plan; the cap per household is written
    answer = assistant.ask(
        "Mỗi hộ được hỗ trợ tối đa mấy ha?",
        history=["Hội Nông dân huyện Đức Linh hỗ trợ phân bón mức bao nhiêu một ha?"],
    )
    assert not answer.abstained and "1,5 ha" in answer.text, answer.text


def test_a_date_asked_by_ngay_bao_nhieu_is_still_a_date(assistant):
    # "ngày bao nhiêu?" without "mỗi / một" still asks the day of an event
    answer = assistant.ask("Điểm chỉ đạo của xã An Thạnh khai mạc ngày bao nhiêu?")
    assert not answer.abstained and "12/11/2029" in answer.text, answer.text


def test_cli_answers_a_per_day_rate(assistant):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "ask",
            "--index",
            str(assistant.settings.index_dir),
            "--json",
            "Vận động viên hội thao được bồi dưỡng mỗi ngày bao nhiêu tiền?",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    answer = json.loads(out.stdout)
    assert not answer["abstained"] and "120.000 đồng/người/ngày" in answer["answer"], answer
