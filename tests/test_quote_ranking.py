"""Quote selection over lists split into chunks and over document-wide words (trial 18, faults 1-3).

- A conditions list whose items are sections of their own (an HTML ``<ul>``, Word paragraphs "a)" ...: one
  chunk each, the lead-in heading the first item's chunk) is quoted whole: its lead-in and every item, also
  when the items share few of the question's words ("điều kiện" asked, "tiêu chuẩn" written).
- Procedure steps ("Bước 1" ... "Bước 4", an ``<ol>``) are quoted in the document's order, all of them,
  even when the question's words match the later steps better.
- Words a question shares with nearly every passage of a document (its issuer and subject) say which
  document, not which sentence: a scope article repeating them does not come before the provision with the
  question's own words.

Abstention checks (fault 4): a share written in words ("hai phần ba tổng số ủy viên") is a count of the
unit asked; a unit named with its organisation ("Thường trực Hội Nông dân xã") is named by its own name in
that organisation's documents.

Real documents written here, a real index, through ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

GUIDE_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Hướng dẫn 21-HD/HPN</title></head><body>
<p>HỘI LIÊN HIỆP PHỤ NỮ HUYỆN ĐÔNG SƠN</p>
<p>Số 21-HD/HPN</p>
<p><i>Đông Sơn, ngày 03 tháng 3 năm 2029</i></p>
<h1>HƯỚNG DẪN</h1>
<h2>Xét hỗ trợ sinh kế từ nguồn vốn "Mái ấm tình thương"</h2>
<p>Thực hiện Chương trình công tác năm 2029, Ban Thường vụ Hội Liên hiệp Phụ nữ huyện hướng dẫn như sau:</p>
<h3>I. ĐỐI TƯỢNG VÀ TIÊU CHUẨN</h3>
<p>1. Đối tượng: hội viên phụ nữ đang sinh hoạt tại các chi hội thuộc Hội Liên hiệp Phụ nữ huyện, có nhu cầu
mở rộng chăn nuôi, buôn bán nhỏ.</p>
<p>2. Tiêu chuẩn: hội viên được xét hỗ trợ khi đáp ứng các tiêu chuẩn sau:</p>
<ul>
<li>a) Có hộ khẩu thường trú trên địa bàn xã từ đủ 24 tháng;</li>
<li>b) Có sổ theo dõi thu chi gia đình được tổ phụ nữ xác nhận;</li>
<li>c) Chưa nhận khoản hỗ trợ nào khác trong năm 2029;</li>
<li>d) Cam kết tham gia sinh hoạt tổ tiết kiệm ít nhất 12 tháng.</li>
</ul>
<h3>II. QUY TRÌNH XÉT CHỌN</h3>
<p>1. Mức hỗ trợ: 8 triệu đồng/hội viên, cấp một lần.</p>
<p>2. Quy trình xét chọn:</p>
<ol>
<li><b>Bước 1:</b> Hội viên viết đơn gửi Chi hội trưởng.</li>
<li><b>Bước 2:</b> Chi hội họp bình chọn, gửi biên bản về Hội Liên hiệp Phụ nữ xã trong 05 ngày.</li>
<li><b>Bước 3:</b> Hội Liên hiệp Phụ nữ xã xác minh tại gia đình hội viên, gửi danh sách về Hội Liên hiệp
Phụ nữ huyện.</li>
<li><b>Bước 4:</b> Ban Thường vụ Hội Liên hiệp Phụ nữ huyện xét chọn, ra quyết định hỗ trợ và chuyển tiền
về Hội Liên hiệp Phụ nữ xã.</li>
</ol>
<h3>III. TỔ CHỨC THỰC HIỆN</h3>
<p>Hội Liên hiệp Phụ nữ các xã phổ biến Hướng dẫn này đến hội viên; Ban Thường vụ Hội Liên hiệp Phụ nữ
huyện kiểm tra việc sử dụng nguồn hỗ trợ hằng năm.</p>
<p>TM. BAN THƯỜNG VỤ</p>
<p>CHỦ TỊCH</p>
<p>Lò Thị Mai</p>
</body></html>
"""

RULES = [
    "HỘI NÔNG DÂN XÃ TÂN LẬP",
    "Số: 04-QC/HND",
    "Tân Lập, ngày 10 tháng 1 năm 2029",
    "QUY CHẾ",
    "Làm việc của Ban Chấp hành Hội Nông dân xã Tân Lập nhiệm kỳ 2028-2033",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định nhiệm vụ, quyền hạn và lề lối làm việc của Ban Chấp hành, Ban Thường vụ, "
    "Thường trực Hội Nông dân xã Tân Lập.",
    "Điều 2. Đối tượng áp dụng",
    "Quy chế áp dụng đối với ủy viên Ban Chấp hành, cán bộ không chuyên trách của Hội Nông dân xã.",
    "Điều 3. Nhiệm vụ của Ban Chấp hành",
    "1. Lãnh đạo thực hiện nghị quyết đại hội Hội Nông dân xã nhiệm kỳ 2028-2033.",
    "2. Xem xét, thông qua chương trình công tác hằng năm.",
    "Điều 4. Nhiệm vụ của Ban Thường vụ",
    "1. Chỉ đạo các chi hội triển khai chương trình công tác giữa hai kỳ họp Ban Chấp hành.",
    "2. Quyết định về công tác cán bộ: phân công, điều động cán bộ không chuyên trách; giới thiệu nhân sự "
    "chi hội trưởng để chi hội bầu.",
    "3. Duyệt dự toán thu, chi hội phí hằng quý.",
    "Điều 5. Chế độ họp",
    "1. Ban Chấp hành họp thường kỳ 6 tháng một lần.",
    "2. Ban Thường vụ họp thường kỳ mỗi tháng một lần.",
    "3. Kỳ họp Ban Chấp hành chỉ hợp lệ khi có ít nhất hai phần ba tổng số ủy viên tham dự.",
    "4. Thường trực họp giao ban vào chiều thứ Sáu hằng tuần.",
    "Điều 6. Kết nạp hội viên",
    "1. Nông dân được xét kết nạp vào Hội khi đáp ứng đủ các điều kiện sau:",
    "a) Từ đủ 18 tuổi trở lên, cư trú trên địa bàn xã Tân Lập;",
    "b) Có đơn tự nguyện gia nhập Hội;",
    "c) Được chi hội nơi cư trú giới thiệu;",
    "d) Tham gia ít nhất một buổi tập huấn về Điều lệ Hội.",
    "2. Chi hội đề nghị, Ban Thường vụ ra quyết định kết nạp.",
    "Điều 7. Trách nhiệm thi hành",
    "Ủy viên Ban Chấp hành, cán bộ Hội Nông dân xã và các chi hội có trách nhiệm thực hiện Quy chế này.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Đinh Văn Quế",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("quote_ranking"),
        embedder,
        {"HD-21-HPN.html": GUIDE_HTML, "QC-04-HND.docx": RULES},
    )


def test_a_share_of_the_members_written_in_words_answers_how_many(assistant):
    # "hai phần ba tổng số ủy viên" is the count asked; "ba" is its denominator, no count of its own
    answer = assistant.ask("Họp Ban Chấp hành Hội Nông dân xã cần bao nhiêu ủy viên có mặt mới hợp lệ?")
    assert not answer.abstained, answer.evidence
    assert "hai phần ba tổng số ủy viên" in answer.text, answer.text
    assert "ba tổng số" not in answer.text.split("\n", 1)[0], answer.text


def test_a_unit_is_named_by_its_own_name_in_its_organisations_rules(assistant):
    # "Thường trực Hội Nông dân xã" asked; its association's Quy chế writes "Thường trực" alone
    answer = assistant.ask("Thường trực Hội Nông dân xã Tân Lập họp giao ban vào thời gian nào?")
    assert not answer.abstained, answer.evidence
    assert "chiều thứ Sáu hằng tuần" in answer.text, answer.text


def _quotes(answer) -> list[str]:
    return [line for line in answer.text.split("\n") if line.startswith("- ")]


def test_a_conditions_list_split_into_item_chunks_is_quoted_whole(assistant):
    # "điều kiện" asked, "tiêu chuẩn" written: the items share few of the question's words
    answer = assistant.ask("Điều kiện để hội viên phụ nữ được hỗ trợ sinh kế là gì?")
    quotes = _quotes(answer)
    listed = [q for q in quotes if "hộ khẩu thường trú" in q]
    assert len(listed) == 1, answer.text
    whole = listed[0]
    assert "các tiêu chuẩn sau" in whole, answer.text  # its lead-in
    items = ["hộ khẩu thường trú", "sổ theo dõi thu chi", "Chưa nhận khoản hỗ trợ", "tổ tiết kiệm"]
    assert all(i in whole for i in items), answer.text
    assert [whole.index(i) for i in items] == sorted(whole.index(i) for i in items), answer.text


def test_a_word_conditions_list_under_an_article_is_quoted_whole(assistant):
    # a Word document: the article's heading, then the lead-in, heads the first item's chunk
    answer = assistant.ask("Muốn vào Hội Nông dân xã Tân Lập thì phải có những điều kiện gì?")
    listed = [q for q in _quotes(answer) if "Có đơn tự nguyện" in q]
    assert len(listed) == 1, answer.text
    whole = listed[0]
    items = ["các điều kiện sau", "Từ đủ 18 tuổi", "Có đơn tự nguyện", "chi hội nơi cư trú", "tập huấn"]
    assert [whole.index(i) for i in items] == sorted(whole.index(i) for i in items), answer.text
    assert "Điều 6. Kết nạp hội viên" not in whole, answer.text  # from the lead-in, not the heading


def test_the_steps_are_quoted_all_and_in_the_documents_order(assistant):
    # the question's words match the last step best ("xét chọn ... chuyển tiền về xã")
    answer = assistant.ask("Các bước xét chọn hỗ trợ và chuyển tiền về xã gồm những bước nào?")
    steps = ["Bước 1", "Bước 2", "Bước 3", "Bước 4"]
    quotes = [q for q in _quotes(answer) if "Bước" in q]
    assert len(quotes) == 1, answer.text  # one quote, the list whole, not the steps by score
    assert [quotes[0].index(s) for s in steps] == sorted(quotes[0].index(s) for s in steps), answer.text


def test_the_scope_article_repeating_the_issuer_does_not_lead(assistant):
    answer = assistant.ask("Ban Thường vụ Hội Nông dân xã Tân Lập có quyền gì về công tác cán bộ?")
    quotes = _quotes(answer)
    assert quotes and "điều động cán bộ không chuyên trách" in quotes[0], answer.text


PLAN_TXT = "\n".join(
    [
        "HỘI NÔNG DÂN HUYỆN YÊN ĐỊNH",
        "Số: 31-KH/HND",
        "Yên Định, ngày 02 tháng 2 năm 2029",
        "",
        "KẾ HOẠCH",
        "Tổ chức Hội thi nhà nông đua tài năm 2029",
        "",
        "I. MỤC ĐÍCH",
        "Tuyên truyền kiến thức sản xuất an toàn cho hội viên Hội Nông dân các xã.",
        "",
        "II. NỘI DUNG",
        "1. Hội Nông dân các xã tổ chức vòng sơ khảo trong tháng 4/2029, mỗi xã chọn 01 đội dự thi "
        "cấp huyện.",
        "2. Hội Nông dân huyện tổ chức vòng chung khảo vào ngày 20/5/2029 tại Nhà văn hóa huyện.",
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phân công",
        "Ban Kinh tế Hội Nông dân huyện chuẩn bị đề thi; Văn phòng Hội Nông dân huyện bố trí hội "
        "trường.",
        "Hội Nông dân các xã theo dõi việc ôn luyện của các đội; Hội Nông dân huyện mời Hội Nông "
        "dân tỉnh dự chung khảo.",
        "",
        "2. Chế độ báo cáo",
        "Hội Nông dân các xã gửi báo cáo kết quả vòng sơ khảo và danh sách đội dự thi về Hội Nông "
        "dân huyện trước ngày 05/5/2029. Đồng chí Hà Văn Lực, Chánh Văn phòng, là đầu mối theo "
        "dõi, tổng hợp.",
        "",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lê Thị Hoa",
        "",
    ]
)


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("quote_completion"), embedder, {"KH-31-HND.txt": PLAN_TXT})


def test_the_next_sentence_naming_whom_asked_is_quoted_with_the_report_duty(plan):
    # the report sentence shares most of the question's words; the next one holds "theo dõi, tổng hợp"
    answer = plan.ask("Ai là người theo dõi, tổng hợp kết quả vòng sơ khảo ở Hội Nông dân huyện?")
    quotes = _quotes(answer)
    assert quotes and "Hà Văn Lực" in quotes[0], answer.text
