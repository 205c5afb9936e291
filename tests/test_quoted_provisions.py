"""Quotes are provisions, not headings, and come from the passages about the body asked (issue 11, part 5:
"the answer quotes a heading or a lead-in ... instead of the governing provision"). Real index over a
law and a party guide written here.

- A section's own heading line ("Điều 2. Tổ chức chính quyền ở thôn") is not quoted above the provision
  that answers; it counts for less than the sentences under it.
- A body written inside a law's title ("theo Luật Tổ chức chính quyền thôn bản") names the law, not who the
  question asks about: the quotes are not narrowed to passages naming it.
- "... ở địa phương nào?" is answered by the sentence naming the place ("tại huyện Sơn Hà"), not by the
  sentences that repeat the question's other words.
- "... lấy từ đâu?" is answered by the sentence stating the source ("Nguồn kinh phí từ ...").
- A body the registry recognises with a level word inside its name ("tổ chức cơ sở đảng" is a "tổ chức
  đảng") is named by the clause that writes it so: that clause is quoted.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

LAW = """QUỐC HỘI
Luật số: 15/2026/QH15

LUẬT
TỔ CHỨC CHÍNH QUYỀN THÔN BẢN

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phân loại thôn
1. Thôn được phân thành 03 loại theo quy mô số hộ gia đình, gồm có:
a) Thôn loại 1 có từ 500 hộ trở lên;
b) Thôn loại 2 có từ 300 hộ đến dưới 500 hộ;
c) Thôn loại 3 có dưới 300 hộ.
2. Việc phân loại thôn do Ủy ban nhân dân cấp xã đề nghị, Ủy ban nhân dân cấp tỉnh quyết định.

Điều 2. Tổ chức chính quyền ở thôn
1. Chính quyền ở thôn gồm Trưởng thôn và Phó trưởng thôn do cộng đồng dân cư bầu ra.
2. Nhiệm kỳ của Trưởng thôn là 05 năm.

Điều 3. Tổ chức chính quyền khi nhập thôn
Khi nhập các thôn, chính quyền ở thôn mới do hội nghị cộng đồng dân cư bầu lại trong 30 ngày.
"""

GUIDE = """BAN CHẤP HÀNH TRUNG ƯƠNG
Số: 09-HD/TW
Hà Nội, ngày 10 tháng 3 năm 2026

HƯỚNG DẪN
Bố trí cán bộ làm công tác đảng

5. Việc bố trí cán bộ chuyên trách công tác đảng
5.1. Các cấp ủy cơ sở phân công cấp ủy viên phụ trách công tác văn phòng, tổ chức, kiểm tra;
các thành viên đều kiêm nhiệm.
5.2. Đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng ở bệnh viện công lập được bố trí không quá 7 cán bộ
chuyên trách; ban thường vụ đảng ủy đề xuất số lượng cụ thể.
5.3. Cấp ủy cấp tỉnh hướng dẫn các cấp ủy trực thuộc bố trí cán bộ kiêm nhiệm phù hợp với quy mô đảng viên.

TM. BAN BÍ THƯ
Trần Văn Nam
"""


PLAN = """TỈNH ĐOÀN QUẢNG SƠN
Số: 77-KH/TĐTN
Quảng Sơn, ngày 02 tháng 5 năm 2026

KẾ HOẠCH
Chiến dịch thanh niên tình nguyện hè năm 2026

II. NỘI DUNG
1. Lễ ra quân cấp tỉnh được tổ chức tại huyện Sơn Hà vào ngày 06/6/2026.
2. Các huyện đoàn, thành đoàn ra quân Chiến dịch thanh niên tình nguyện hè đồng loạt trong ngày 13/6/2026 và
báo cáo kết quả ra quân Chiến dịch về Ban Thường vụ Tỉnh đoàn.
III. KINH PHÍ
Nguồn kinh phí từ ngân sách hoạt động của Tỉnh đoàn và các nguồn vận động hợp pháp.

IV. TỔ CHỨC THỰC HIỆN
3. Tỉnh đoàn Quảng Sơn phát động các đội hình tình nguyện hè ra quân chiến dịch giúp đỡ người dân trong suốt
chiến dịch.
4. Ban Thường vụ Tỉnh đoàn Quảng Sơn chỉ đạo các cơ sở đoàn ra quân chiến dịch tình nguyện hè tiết kiệm
kinh phí, hiệu quả, an toàn.

TM. BAN THƯỜNG VỤ
BÍ THƯ
Phạm Thị Lan
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    files = {"Luat15.txt": LAW, "HD09.txt": GUIDE, "KH77.txt": PLAN}
    return assistant_over(tmp_path_factory.mktemp("quoted_provisions"), embedder, files)


def test_a_heading_line_is_not_quoted_above_the_provision(assistant):
    answer = assistant.ask("Thôn được phân thành mấy loại theo Luật Tổ chức chính quyền thôn bản?")
    assert not answer.abstained, answer.text
    assert "03 loại" in answer.citations[0].quote, answer.text
    assert not any(c.quote.strip() == "Điều 2. Tổ chức chính quyền ở thôn" for c in answer.citations), (
        answer.text
    )


def test_a_body_inside_a_law_title_is_not_the_actor(assistant):
    answer = assistant.ask("Theo Luật Tổ chức chính quyền thôn bản, ai quyết định phân loại thôn?")
    assert not answer.abstained, answer.text
    assert any("Ủy ban nhân dân cấp tỉnh quyết định" in c.quote for c in answer.citations), answer.text


def test_a_body_named_with_a_level_word_inside_is_quoted(assistant):
    answer = assistant.ask(
        "Đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng ở bệnh viện được có tối đa mấy người chuyên trách?"
    )
    assert not answer.abstained, answer.text
    assert any("không quá 7 cán bộ" in c.quote for c in answer.citations), answer.text


def test_a_where_question_quotes_the_sentence_naming_the_place(assistant):
    answer = assistant.ask("Tỉnh đoàn Quảng Sơn ra quân chiến dịch tình nguyện hè ở địa phương nào?")
    assert not answer.abstained, answer.text
    assert any("tại huyện Sơn Hà" in c.quote for c in answer.citations), answer.text


def test_a_source_question_quotes_the_source(assistant):
    answer = assistant.ask("Kinh phí ra quân chiến dịch tình nguyện hè của Tỉnh đoàn Quảng Sơn lấy từ đâu?")
    assert not answer.abstained, answer.text
    assert any("Nguồn kinh phí" in c.quote for c in answer.citations), answer.text
