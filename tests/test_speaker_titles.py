"""A notice's title line naming a speaker, and a "Kính gửi:" body whose name holds a hyphen (trial 41),
each written here as an HTML page, a Word file and a text file, indexed for real and asked through
``Assistant.ask``:

- "THÔNG BÁO KẾT LUẬN" / "của đồng chí Bí thư Đảng ủy xã X tại buổi làm việc ..." names whose words are
  announced, not who issues them: the letterhead's body ("ĐẢNG ỦY XÃ X") is the issuer, never "đồng chí Bí
  thư ..." read from that line;
- "Kính gửi: Các tổ chức chính trị - xã hội xã." is one addressee: the hyphen inside a body's name
  ("chính trị - xã hội") is no list separator.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

NOTICE_HEAD = ["ĐẢNG BỘ HUYỆN BÌNH LỤC THƯỢNG", "ĐẢNG ỦY XÃ VĨNH HÒA TÂY", "*", "Số 52-TB/ĐU"]
NOTICE_DATE = "Vĩnh Hòa Tây, ngày 14 tháng 4 năm 2030"
NOTICE_BODY = [
    "THÔNG BÁO KẾT LUẬN",
    "của đồng chí Bí thư Đảng ủy xã Vĩnh Hòa Tây tại buổi làm việc với Ban Quản lý bến đò",
    "Ngày 10/4/2030, đồng chí Bí thư Đảng ủy xã làm việc với Ban Quản lý bến đò Vĩnh Hòa và các đoàn thể"
    " chính trị - xã hội xã. Đồng chí Bí thư kết luận như sau:",
    "1. Ban Quản lý bến đò Vĩnh Hòa trang bị đủ áo phao cho hành khách trước ngày 30/5/2030.",
    "2. Ủy ban nhân dân xã kiểm tra an toàn phương tiện thủy mỗi quý một lần.",
    "Nơi nhận:", "- Ban Thường vụ Huyện ủy (b/c),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy.",
    "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Lâm Thị Ngọc Hân",
]  # fmt: skip
LETTER_HEAD = [
    "ỦY BAN MTTQ VIỆT NAM", "XÃ VĨNH HÒA TÂY", "BAN THƯỜNG TRỰC", "Số: 31/MTTQ-BTT",
    "V/v đăng ký gian hàng Ngày hội Đại đoàn kết",
]  # fmt: skip
LETTER_DATE = "Vĩnh Hòa Tây, ngày 02 tháng 10 năm 2030"
LETTER_BODY = [
    "Kính gửi: Các tổ chức chính trị - xã hội xã.",
    "Ban Thường trực Ủy ban MTTQ Việt Nam xã đề nghị các đơn vị đăng ký gian hàng ẩm thực tại Ngày hội Đại"
    " đoàn kết toàn dân tộc, gửi về Văn phòng Ủy ban MTTQ xã trước ngày 20/10/2030.",
    "Nơi nhận:", "- Như kính gửi;", "- Lưu VT.",
    "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Hồ Văn Khải",
]  # fmt: skip


def _html(head: list[str], date: str, body: list[str]) -> str:
    """A web page as an office saves one: the letterhead table, the type as a heading, the "của ..." line
    as a sub-heading, the rest as paragraphs."""
    tags = []
    for n, line in enumerate(body):
        tag = "h2" if n == 0 and line.isupper() else "h3" if line.startswith("của ") else "p"
        tags.append(f"<{tag}>{line}</{tag}>")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'></head><body><table><tr>"
        f"<td>{'<br>'.join(head)}</td><td>ĐẢNG CỘNG SẢN VIỆT NAM<br><i>{date}</i></td></tr></table>"
        + "".join(tags)
        + "</body></html>"
    )


@pytest.fixture(scope="module", params=["html", "docx", "txt"])
def council(request, tmp_path_factory, embedder):
    fmt = request.param
    files: dict[str, str | list[str]] = {}
    for stem, head, date, body in [
        ("TB-52", NOTICE_HEAD, NOTICE_DATE, NOTICE_BODY),
        ("CV-31", LETTER_HEAD, LETTER_DATE, LETTER_BODY),
    ]:
        lines = [*head, date, *body]
        if fmt == "html":
            files[f"{stem}.html"] = _html(head, date, body)
        elif fmt == "docx":
            files[f"{stem}.docx"] = lines
        else:
            files[f"{stem}.txt"] = "\n\n".join(lines) + "\n"
    return assistant_over(tmp_path_factory.mktemp(f"speaker_{fmt}"), embedder, files)


def test_a_speaker_named_in_the_title_is_not_the_issuer(council) -> None:
    answer = council.ask("Thông báo kết luận 52-TB/ĐU do cơ quan nào ban hành?")
    line = first_line(answer)
    assert "Đảng ủy xã Vĩnh Hòa Tây" in line, answer.text
    assert "đồng chí" not in line.lower(), answer.text


def test_a_hyphen_inside_an_addressee_name_splits_nothing(council) -> None:
    answer = council.ask("Công văn 31/MTTQ-BTT kính gửi những đơn vị nào?")
    line = first_line(answer)
    assert "Các tổ chức chính trị - xã hội xã" in line, answer.text
    assert "Các tổ chức chính trị;" not in line, answer.text
