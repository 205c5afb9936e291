"""Lists whose items are short sections of their own under a heading with no ":" (trial 41 q02, q09, q10),
written here as a Word file, a text file and an HTML page, indexed for real and asked through
``Assistant.ask``:

- "Điều 3. Nhiệm vụ của Tổ hòa giải" with khoản 1.-3., "II. ĐIỀU KIỆN ĐƯỢC XÉT TẶNG" with 1.-3.: a duties or
  conditions question quotes the whole list under its heading, never its first item alone;
- "III. CÁC BƯỚC XÉT CHỌN" with "Bước 1:" ... "Bước 4:": "gồm mấy bước, bước 2 làm gì?" gets the count by
  quoting every step;
- items that are long paragraphs each (a plan's tasks) stay provisions of their own: a deadline of one is
  quoted without its siblings.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import assistant_over

RULES = [
    "ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN THỚI NHÌ", "BAN THƯỜNG TRỰC", "Số: 07-QC/MTTQ",
    "Tân Thới Nhì, ngày 05 tháng 3 năm 2031",
    "QUY CHẾ", "Hoạt động của Tổ hòa giải ấp Bàu Sen",
    "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi áp dụng",
    "Quy chế này quy định về tổ chức và hoạt động của Tổ hòa giải ấp Bàu Sen.",
    "Điều 2. Thành phần",
    "1. Tổ trưởng là Trưởng Ban công tác Mặt trận ấp.",
    "2. Các thành viên là đại diện Chi hội Phụ nữ, Chi hội Nông dân và Chi đoàn ấp.",
    "Chương II", "HOẠT ĐỘNG CỦA TỔ",
    "Điều 3. Nhiệm vụ của Tổ hòa giải",
    "1. Tiếp nhận và hòa giải kịp thời các mâu thuẫn, tranh chấp nhỏ giữa các hộ trong ấp.",
    "2. Phổ biến pháp luật về đất đai, hôn nhân và gia đình cho người dân ấp.",
    "3. Phối hợp với Công an xã nắm tình hình an ninh trật tự tại khu dân cư.",
    "Điều 4. Chế độ sinh hoạt",
    "Tổ sinh hoạt định kỳ vào ngày 15 hằng tháng tại Nhà văn hóa ấp.",
    "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Đinh Công Tráng",
]  # fmt: skip
DUTIES = [
    "Tiếp nhận và hòa giải kịp thời các mâu thuẫn",
    "Phổ biến pháp luật về đất đai",
    "Phối hợp với Công an xã nắm tình hình",
]
GUIDE = [
    "HỘI KHUYẾN HỌC HUYỆN CHÂU THÀNH NAM", "HỘI KHUYẾN HỌC XÃ TÂN THỚI NHÌ", "Số: 04/HD-HKH",
    "Tân Thới Nhì, ngày 10 tháng 8 năm 2031",
    "HƯỚNG DẪN", "Xét tặng học bổng Vượt khó học giỏi năm học 2031 - 2032",
    "I. MỤC ĐÍCH",
    "Động viên học sinh có hoàn cảnh khó khăn vươn lên trong học tập.",
    "II. ĐIỀU KIỆN ĐƯỢC XÉT TẶNG",
    "1. Học sinh thuộc hộ nghèo hoặc cận nghèo của xã.",
    "2. Đạt học lực khá trở lên trong năm học trước.",
    "3. Được Ban đại diện cha mẹ học sinh của lớp giới thiệu.",
    "III. CÁC BƯỚC XÉT CHỌN",
    "Bước 1: Giáo viên chủ nhiệm lập danh sách học sinh đủ điều kiện.",
    "Bước 2: Chi hội Khuyến học ấp họp xét, gửi danh sách về Hội Khuyến học xã trong vòng 07 ngày.",
    "Bước 3: Ban Thường vụ Hội Khuyến học xã thẩm định hồ sơ.",
    "Bước 4: Hội Khuyến học xã công bố kết quả và trao học bổng trong tháng 9/2031.",
    "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Mai Văn Phước",
]  # fmt: skip
CONDITIONS = ["thuộc hộ nghèo hoặc cận nghèo", "Đạt học lực khá trở lên", "Ban đại diện cha mẹ học sinh"]
STEPS = [
    "Giáo viên chủ nhiệm lập danh sách", "Chi hội Khuyến học ấp họp xét", "thẩm định hồ sơ",
    "công bố kết quả",
]  # fmt: skip
# a plan whose tasks are paragraphs of their own under "II. NHIỆM VỤ": each a provision of its own
_TASK = (
    " bảo đảm đúng tiến độ, chất lượng; phân công cán bộ theo dõi, hướng dẫn các chi hội thực hiện, tổng hợp"
    " khó khăn, vướng mắc phát sinh trong quá trình triển khai để kịp thời đề xuất hướng xử lý phù hợp với"
    " điều kiện thực tế của từng ấp và báo cáo kết quả về Thường trực."
)
PLAN = [
    "HỘI KHUYẾN HỌC XÃ TÂN THỚI NHÌ", "Số: 09/KH-HKH", "Tân Thới Nhì, ngày 12 tháng 8 năm 2031",
    "KẾ HOẠCH", "Xây dựng mô hình Gia đình học tập năm 2031",
    "II. NHIỆM VỤ",
    "1. Các chi hội rà soát, lập danh sách gia đình đăng ký danh hiệu Gia đình học tập trước ngày 30/9/2031,"
    + _TASK,
    "2. Ban Thường vụ Hội tổ chức tập huấn cho chi hội trưởng về tiêu chí Gia đình học tập trong tháng"
    " 10/2031," + _TASK,
    "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Mai Văn Phước",
]  # fmt: skip


def _html(lines: list[str]) -> str:
    """Each line a paragraph of a web page, the headings as headings."""
    tags = []
    for line in lines:
        tag = "h3" if re.match(r"^(?:Điều \d|[IVX]+\. |Chương )", line) else "p"
        tags.append(f"<{tag}>{line}</{tag}>")
    head = "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'></head><body>"
    return head + "".join(tags) + "</body></html>"


@pytest.fixture(scope="module", params=["docx", "txt", "html"])
def lists(request, tmp_path_factory, embedder):
    fmt = request.param
    files: dict[str, str | list[str]] = {}
    for stem, lines in [("QC-07", RULES), ("HD-04", GUIDE), ("KH-09", PLAN)]:
        if fmt == "docx":
            files[f"{stem}.docx"] = lines
        elif fmt == "html":
            files[f"{stem}.html"] = _html(lines)
        else:
            files[f"{stem}.txt"] = "\n\n".join(lines) + "\n"
    return assistant_over(tmp_path_factory.mktemp(f"lists_{fmt}"), embedder, files)


def _one_quote_holds(answer, parts: list[str]) -> bool:
    squash = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    return any(all(p in squash(c.quote) for p in parts) for c in answer.citations)


def test_duties_under_an_article_are_quoted_whole(lists) -> None:
    answer = lists.ask("Theo quy chế, Tổ hòa giải ấp Bàu Sen có những nhiệm vụ gì?")
    assert _one_quote_holds(answer, DUTIES), answer.text


def test_conditions_under_a_heading_are_quoted_whole(lists) -> None:
    answer = lists.ask("Học sinh cần những điều kiện gì để được xét tặng học bổng Vượt khó học giỏi?")
    assert _one_quote_holds(answer, CONDITIONS), answer.text


def test_a_count_of_steps_quotes_every_step(lists) -> None:
    answer = lists.ask("Việc xét chọn học bổng gồm mấy bước, bước 2 làm gì?")
    assert _one_quote_holds(answer, STEPS), answer.text


def test_long_items_stay_provisions_of_their_own(lists) -> None:
    answer = lists.ask("Các chi hội phải lập danh sách gia đình đăng ký Gia đình học tập trước ngày nào?")
    quotes = [c.quote for c in answer.citations]
    assert any("30/9/2031" in q for q in quotes), answer.text
    assert not any("30/9/2031" in q and "tháng 10/2031" in q for q in quotes), answer.text
