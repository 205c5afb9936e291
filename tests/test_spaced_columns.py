"""Letterhead and signature tables laid out with runs of spaces in plain text (.txt/.md), as offices type them
in Word and save them as text: the right column (motto, place-date; capacity, title, "signed" marker, name)
continues on the left column's lines (issuer, number; recipients). Every layout below must read as the same
table a DOCX gives: the signer's parts never land in the recipients, no word is lost, and the header's
number, date and issuer are read.

The documents are written here (bodies, places, numbers and names invented for the tests) and go through
``load_file`` + ``parse``, the ``inspect`` CLI and ``Assistant.ask``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.loaders import load_file
from assistant.parse import parse


def at(col: int, left: str, right: str) -> str:
    """One printed line of a two-column table: ``right`` starts at column ``col``."""
    return left.ljust(col) + right


@dataclass
class Case:
    name: str
    lines: list[str]
    number: str
    date: str
    issuer: str
    signer: str
    capacity: str
    title: str
    recipients: list[str]
    body: list[str] = field(default_factory=list)  # sentences the body must keep whole


# Right column from the first line and shorter than the left one; "(đã ký)" beside a recipient; the
# right column centred (each line starts elsewhere).
YOUTH_PLAN = Case(
    "kh-33-dtn.txt",
    [
        at(50, "ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"),
        "BCH ĐOÀN XÃ TÂN HÒA",
        "       ***",
        at(52, "Số: 33-KH/ĐTN", "Tân Hòa, ngày 04 tháng 6 năm 2026"),
        "",
        "KẾ HOẠCH",
        "Tổ chức ngày hội thiếu nhi vui khỏe hè năm 2026",
        "",
        "Thực hiện chương trình công tác năm 2026, Ban Chấp hành Đoàn xã Tân Hòa xây dựng kế hoạch như sau:",
        "",
        "1. Ngày hội tổ chức ngày 20/6/2026 tại sân vận động xã, 200 thiếu nhi tham gia.",
        "2. Các chi đoàn ấp đăng ký đội thi về Văn phòng Đoàn xã trước ngày 12/6/2026.",
        "",
        at(51, "Nơi nhận:", "TM. BAN CHẤP HÀNH ĐOÀN XÃ"),
        at(59, "- Ban Thường vụ Huyện đoàn (b/c);", "BÍ THƯ"),
        at(58, "- Đảng ủy xã Tân Hòa (b/c);", "(đã ký)"),
        "- Các chi đoàn ấp;",
        at(56, "- Lưu VP.", "Trịnh Gia Bảo"),
    ],
    "33-KH/ĐTN",
    "2026-06-04",
    "BCH Đoàn xã Tân Hòa",
    "Trịnh Gia Bảo",
    "TM. BAN CHẤP HÀNH ĐOÀN XÃ",
    "BÍ THƯ",
    ["Ban Thường vụ Huyện đoàn (b/c)", "Đảng ủy xã Tân Hòa (b/c)", "Các chi đoàn ấp", "Lưu VP"],
    ["Các chi đoàn ấp đăng ký đội thi về Văn phòng Đoàn xã trước ngày 12/6/2026."],
)

# Columns of equal length, one right-column part beside each recipient; the star under the issuer.
FARMERS_PLAN = Case(
    "kh-52-hnd.txt",
    [
        at(48, "HỘI NÔNG DÂN HUYỆN YÊN THẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        at(52, "BCH HỘI NÔNG DÂN XÃ ĐỒNG KỲ", "Độc lập - Tự do - Hạnh phúc"),
        "          *",
        at(48, "Số: 52-KH/HND", "Đồng Kỳ, ngày 11 tháng 8 năm 2026"),
        "",
        "KẾ HOẠCH",
        "Tổ chức hội chợ nông sản an toàn năm 2026",
        "",
        "1. Hội chợ tổ chức từ ngày 05/9/2026 đến ngày 07/9/2026 tại chợ trung tâm xã.",
        "2. Mỗi chi hội đăng ký ít nhất 02 gian hàng với Văn phòng Hội trước ngày 25/8/2026.",
        "",
        at(48, "Nơi nhận:", "TM. BAN CHẤP HÀNH"),
        at(52, "- Hội Nông dân huyện (b/c);", "CHỦ TỊCH"),
        at(52, "- Các chi hội;", "(đã ký)"),
        at(49, "- Lưu VP.", "Lục Văn Thắng"),
    ],
    "52-KH/HND",
    "2026-08-11",
    "BCH Hội Nông dân xã Đồng Kỳ",
    "Lục Văn Thắng",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    ["Hội Nông dân huyện (b/c)", "Các chi hội", "Lưu VP"],
    ["Mỗi chi hội đăng ký ít nhất 02 gian hàng với Văn phòng Hội trước ngày 25/8/2026."],
)

# The right column longer than the left one: "(Đã ký)" on a line of its own, then a blank line and the
# name alone on the last line with leading spaces; a deputy signing (KT.); a motto header.
WOMEN_NOTICE = Case(
    "tb-41-hpn.txt",
    [
        at(45, "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN KIM SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        at(49, "BAN THƯỜNG VỤ", "Độc lập - Tự do - Hạnh phúc"),
        "      *",
        at(46, "Số: 41/TB-HPN", "Kim Sơn, ngày 18 tháng 6 năm 2026"),
        "",
        "THÔNG BÁO",
        "Về việc tổ chức tập huấn khởi nghiệp cho hội viên phụ nữ",
        "",
        "Ban Thường vụ Hội LHPN huyện thông báo tổ chức lớp tập huấn khởi nghiệp như sau:",
        "1. Thời gian: 01 ngày, ngày 25/6/2026 tại Hội trường Huyện ủy.",
        "2. Hội LHPN các xã cử mỗi đơn vị 03 hội viên tham dự.",
        "",
        at(49, "Nơi nhận:", "KT. BAN THƯỜNG VỤ"),
        at(52, "- Hội LHPN các xã;", "PHÓ CHỦ TỊCH"),
        "- Lưu VP.",
        at(54, "", "(Đã ký)"),
        "",
        at(50, "", "Đoàn Thị Mỹ Lệ"),
    ],
    "41/TB-HPN",
    "2026-06-18",
    "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Kim Sơn",
    "Đoàn Thị Mỹ Lệ",
    "KT. BAN THƯỜNG VỤ",
    "PHÓ CHỦ TỊCH",
    ["Hội LHPN các xã", "Lưu VP"],
    ["Hội LHPN các xã cử mỗi đơn vị 03 hội viên tham dự."],
)

# The right column starting on a later line than the left one ("Nơi nhận:" alone); an office signing
# for the standing committee (TL.); a party letterhead.
PARTY_LETTER = Case(
    "cv-118-vphu.txt",
    [
        at(44, "HUYỆN ỦY LONG ĐIỀN", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        "  VĂN PHÒNG",
        "      *",
        at(40, "Số 118-CV/VPHU", "Long Điền, ngày 02 tháng 7 năm 2026"),
        "V/v chuẩn bị hội nghị sơ kết",
        "",
        "Kính gửi: Các chi, đảng bộ cơ sở.",
        "",
        "Văn phòng Huyện ủy đề nghị các chi, đảng bộ cơ sở gửi báo cáo sơ kết 6 tháng đầu năm 2026 về "
        "Văn phòng Huyện ủy trước ngày 08/7/2026.",
        "",
        "Nơi nhận:",
        at(48, "- Như trên;", "TL. BAN THƯỜNG VỤ"),
        at(49, "- Đồng chí Bí thư Huyện ủy (b/c);", "CHÁNH VĂN PHÒNG"),
        at(52, "- Lưu VP.", "(đã ký)"),
        at(50, "", "Tạ Quang Vinh"),
    ],
    "118-CV/VPHU",
    "2026-07-02",
    "Văn phòng Huyện ủy Long Điền",
    "Tạ Quang Vinh",
    "TL. BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    ["Như trên", "Đồng chí Bí thư Huyện ủy (b/c)", "Lưu VP"],
    ["gửi báo cáo sơ kết 6 tháng đầu năm 2026 về Văn phòng Huyện ủy trước ngày 08/7/2026."],
)

# The right column starting above the left one (the capacity alone on the first line); an acting head
# (Q.); a form's "(ký, ghi rõ họ tên)"; a row whose gap is only two spaces (a long recipient).
VETERANS_REPORT = Case(
    "bc-15-ccb.txt",
    [
        at(42, "HỘI CCB HUYỆN THẠCH AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        at(44, "HỘI CCB XÃ ĐỨC LONG", "Độc lập - Tự do - Hạnh phúc"),
        at(42, "Số: 15/BC-CCB", "Đức Long, ngày 30 tháng 6 năm 2026"),
        "",
        "BÁO CÁO",
        "Kết quả công tác Hội 6 tháng đầu năm 2026",
        "",
        "1. Hội CCB xã kết nạp 12 hội viên mới, nâng tổng số hội viên lên 186 đồng chí.",
        "2. Hội giúp 05 hội viên vay vốn phát triển kinh tế với tổng số tiền 250 triệu đồng.",
        "",
        at(50, "", "Q. CHỦ TỊCH"),
        at(46, "Nơi nhận:", "(ký, ghi rõ họ tên)"),
        at(46, "- Ủy ban Mặt trận Tổ quốc xã Đức Long (b/c);", "Nông Văn Thụ"),
        "- Hội CCB huyện Thạch An (b/c);",
        "- Lưu VP.",
    ],
    "15/BC-CCB",
    "2026-06-30",
    "Hội CCB xã Đức Long",
    "Nông Văn Thụ",
    "Q. CHỦ TỊCH",
    "",
    ["Ủy ban Mặt trận Tổ quốc xã Đức Long (b/c)", "Hội CCB huyện Thạch An (b/c)", "Lưu VP"],
    ["Hội giúp 05 hội viên vay vốn phát triển kinh tế với tổng số tiền 250 triệu đồng."],
)

# Markdown from a converter: bold and italic cells, columns laid out with spaces (two spaces in a row).
FRONT_PLAN_MD = Case(
    "kh-27-mttq.md",
    [
        at(38, "**ỦY BAN MTTQ VIỆT NAM**", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
        at(40, "**XÃ AN BÌNH**", "**Độc lập - Tự do - Hạnh phúc**"),
        at(38, "Số: 27/KH-MTTQ", "*An Bình, ngày 09 tháng 6 năm 2026*"),
        "",
        "**KẾ HOẠCH**",
        "**Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2026**",
        "",
        "1. Ban công tác Mặt trận các thôn tổ chức Ngày hội trước ngày 15/11/2026.",
        "2. Ban Thường trực Ủy ban MTTQ xã hỗ trợ mỗi khu dân cư 2.000.000 đồng.",
        "",
        at(38, "**Nơi nhận:**", "**TM. BAN THƯỜNG TRỰC**"),
        at(42, "- Ban công tác Mặt trận các thôn;", "**CHỦ TỊCH**"),
        "- Lưu VT.",
        at(43, "", "*(Đã ký)*"),
        at(41, "", "**Hà Văn Khải**"),
    ],
    "27/KH-MTTQ",
    "2026-06-09",
    "Ủy ban MTTQ Việt Nam xã An Bình",
    "Hà Văn Khải",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    ["Ban công tác Mặt trận các thôn", "Lưu VT"],
    ["Ban Thường trực Ủy ban MTTQ xã hỗ trợ mỗi khu dân cư 2.000.000 đồng."],
)

CASES = [YOUTH_PLAN, FARMERS_PLAN, WOMEN_NOTICE, PARTY_LETTER, VETERANS_REPORT, FRONT_PLAN_MD]


def _write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / case.name
    path.write_text("\n".join(case.lines) + "\n", encoding="utf-8")
    return path


def _words(text: str) -> Counter[str]:
    return Counter(w for w in re.sub(r"[*_]", " ", text).split() if w)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_spaced_tables_read_like_docx_tables(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case)
    loaded = load_file(path)
    # The loader loses no word and invents none: each cell is its own block.
    assert _words("\n".join(b.text for b in loaded.blocks)) == _words("\n".join(case.lines))
    cells = {b.text.strip("*"): b.cell for b in loaded.blocks if b.cell is not None}
    assert cells.get(case.signer, (0, 0, 0))[2] == 1, cells  # the name is in the right column
    assert cells.get(case.capacity, (0, 0, 0))[2] == 1, cells

    doc = parse(loaded, str(path))
    m = doc.meta
    assert (m.number, m.date, m.issuer) == (case.number, case.date, case.issuer)
    assert m.signer == case.signer, (m.signer, m.signer_capacity, m.signer_title, m.recipients)
    assert m.signer_capacity == case.capacity
    assert (m.signer_title or "") == case.title
    assert m.recipients == case.recipients
    for sentence in case.body:
        assert sentence in doc.text


def test_inspect_shows_the_signer_apart_from_the_recipients(tmp_path: Path) -> None:
    path = _write(tmp_path, FARMERS_PLAN)
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    signer = next(ln for ln in result.output.splitlines() if "Người ký / Signer" in ln)
    recipients = next(ln for ln in result.output.splitlines() if "Nơi nhận / Recipients" in ln)
    assert "TM. BAN CHẤP HÀNH CHỦ TỊCH Lục Văn Thắng" in signer
    assert "Lục Văn Thắng" not in recipients and "CHỦ TỊCH" not in recipients and "ký" not in recipients


SENTENCES = [
    "HỘI NÔNG DÂN XÃ PHÚ AN",
    "Số:      /TB-HND",
    "Phú An, ngày      tháng 7 năm 2026",
    "",
    "THÔNG BÁO",
    "Lịch tiếp hội viên tháng 7 năm 2026",
    "",
    "Chủ tịch Hội Nông dân xã tiếp hội viên vào sáng thứ Hai  hằng tuần tại trụ sở Hội.",
    "Hội viên có kiến nghị gửi về Văn phòng Hội.  Ban Thường vụ trả lời trong 05 ngày làm việc.",
    "Các chi hội trưởng tổng hợp ý kiến của hội viên    trước ngày 25 hằng tháng.",
    "Các chi hội báo cáo số liệu.  Ban Thường vụ tổng hợp trước ngày 28.",
    "Văn phòng Hội gửi biểu mẫu.   Hội viên liên hệ số điện thoại 0912 000 111.",
]


def test_spaces_inside_a_sentence_split_nothing(tmp_path: Path) -> None:
    """Two spaces inside a sentence (before a lower-case word or a capital), a wide blank inside a sentence,
    blanks left for the number and the day, and a typist's double spaces after full stops on two lines, one
    under the other, are no columns: every line stays one block."""
    path = tmp_path / "tb-lich-tiep.txt"
    path.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    loaded = load_file(path)
    assert all(b.cell is None for b in loaded.blocks), [(b.text, b.cell) for b in loaded.blocks]
    texts = [b.text for b in loaded.blocks]
    two_spaces = "Hội viên có kiến nghị gửi về Văn phòng Hội. Ban Thường vụ trả lời trong 05 ngày làm việc."
    assert two_spaces in texts
    assert "Các chi hội trưởng tổng hợp ý kiến của hội viên trước ngày 25 hằng tháng." in texts
    assert "Số: /TB-HND" in texts and "Phú An, ngày tháng 7 năm 2026" in texts
    assert "Các chi hội báo cáo số liệu. Ban Thường vụ tổng hợp trước ngày 28." in texts
    assert "Văn phòng Hội gửi biểu mẫu. Hội viên liên hệ số điện thoại 0912 000 111." in texts


def test_who_signed_a_spaced_plan(tmp_path: Path, embedder) -> None:
    from tests.conftest import assistant_over, first_line

    files = {c.name: "\n".join(c.lines) + "\n" for c in (FARMERS_PLAN, PARTY_LETTER)}
    assistant = assistant_over(tmp_path, embedder, files)
    answer = assistant.ask("Ai ký Kế hoạch 52-KH/HND?")
    assert "Lục Văn Thắng" in first_line(answer), answer.text
    letter = assistant.ask("Ai ký công văn số 118-CV/VPHU?")
    assert "Tạ Quang Vinh" in first_line(letter), letter.text
