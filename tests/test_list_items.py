"""Lists quoted whole when the chosen sentence is a heading read with the first item, or an item under a
heading without ":" (newcomer trial 14: a hồ sơ list quoted as its first paper, a condition list without its
a)); and a body named after the actor's predicate is not an actor, so another body's dated clause is no
first line (issue 11, part 5). Real index over documents written here, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

GUIDE = """HỘI LHPN XÃ TÂN HÒA
Số: 07-HD/PN
HƯỚNG DẪN
Xét chọn hộ hội viên vay vốn nuôi ong năm 2028
Tân Hòa, ngày 03 tháng 3 năm 2028

1. Đối tượng
Hộ hội viên phụ nữ có nhu cầu nuôi ong lấy mật.

2. Hồ sơ đề nghị
- Đơn đề nghị vay vốn (theo mẫu 01);
- Bản sao sổ hộ khẩu;
- Phương án nuôi ong có xác nhận của chi hội trưởng;
- Bản cam kết trả nợ đúng hạn (theo mẫu 02).

3. Mức vay
Mỗi hộ được vay tối đa 25 triệu đồng.
"""

NOTICE = """ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA
BAN THƯỜNG TRỰC
Số: 11/TB-MTTQ
THÔNG BÁO
Kết luận Hội nghị Ủy ban MTTQ xã quý I năm 2028
Tân Hòa, ngày 30 tháng 3 năm 2028

2. Nhiệm vụ quý II
2.1. Các chi hội trưởng rà soát hộ nghèo.
2.2. Ban công tác Mặt trận các ấp vận động Quỹ "Vì người nghèo", nộp về Ban Thường trực trước ngày 20/10/2028.
2.3. Hội Liên hiệp Phụ nữ xã ra mắt mô hình "Phụ nữ nuôi ong" tại ấp Bến Đá trong tháng 6/2028.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    files = {"HD07.txt": GUIDE, "TB11.txt": NOTICE}
    return assistant_over(tmp_path_factory.mktemp("list_items"), embedder, files)


def test_a_heading_read_with_its_first_item_quotes_the_whole_list(assistant):
    answer = assistant.ask("Hồ sơ đề nghị vay vốn nuôi ong gồm những gì?")
    quotes = [line for line in answer.text.split("\n") if line.startswith("- ")]
    assert quotes, answer.text
    assert "Đơn đề nghị" in quotes[0] and "Bản cam kết trả nợ" in quotes[0], answer.text


def test_a_body_after_the_actors_predicate_is_no_actor(assistant):
    # "Ban Thường trực Mặt trận" is whom the Women's Union reports to: the villages' fund date is not its
    question = "Hội Liên hiệp Phụ nữ xã phải báo cáo cho Ban Thường trực Mặt trận trước ngày nào?"
    answer = assistant.ask(question)
    assert "20/10/2028" not in answer.text.split("\n", 1)[0], answer.text
