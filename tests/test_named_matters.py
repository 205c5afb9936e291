"""What a figure or a time is asked for must be what the quoted sentence writes it for (trial 23's kinds),
on documents written here in three formats, indexed for real and asked through ``Assistant``:

- a sum asked for a named item ("tiền ăn trưa", "kinh phí tổ chức ...") is answered only by a sentence
  writing a sum for that item; the festival's budget or a gift's price is no travel or lunch money;
- an event named in full only by the document's subject line or its opening lead-in ("... hướng dẫn
  tổ chức Ngày hội trồng cây xanh vì môi trường như sau:"), its time-and-place sentence naming it barely
  ("Ngày hội được tổ chức ..."), is answered from that sentence; another event, or another year, still
  abstains;
- an English "how many hectares" quotes the sentence writing a number in ha, not another item sharing
  more of the question's few glossed words;
- a head count written with a noun for people ("không quá 11 đồng chí") answers "mấy người" and "bao
  nhiêu đồng chí" about the body counted, though the sentence names it by its organ alone;
- the "Nơi nhận" line is cited from the block it was read from: its section, its page, its own words.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

ABSTAIN = "Không tìm thấy"

GUIDE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hướng dẫn 12-HD/HĐTN</title></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a></nav>
<article>
<table><tr><td>TỈNH ĐOÀN BẮC HÒA<br>BCH ĐOÀN HUYỆN TÂY SƠN</td><td>ĐOÀN TNCS HỒ CHÍ MINH</td></tr>
<tr><td>Số: 12-HD/HĐTN</td><td>Tây Sơn, ngày 10 tháng 01 năm 2029</td></tr></table>
<h1>HƯỚNG DẪN</h1>
<h2>Tổ chức Ngày hội "Xuân yêu thương" năm 2029</h2>
<p>Căn cứ Kế hoạch số 30-KH/TĐTN ngày 02/01/2029 của Ban Thường vụ Tỉnh đoàn Bắc Hòa, Ban Thường vụ
Huyện đoàn Tây Sơn hướng dẫn tổ chức Ngày hội trồng cây xanh vì môi trường như sau:</p>
<h3>1. Chỉ tiêu</h3>
<p>Mỗi cơ sở Đoàn vận động ít nhất 50 đoàn viên, thanh niên tham gia.</p>
<h3>2. Thời gian, địa điểm</h3>
<p>Ngày hội được tổ chức từ 7 giờ 00 ngày 18/02/2029 tại Công viên Trung tâm huyện Tây Sơn.</p>
<h3>3. Phân công thực hiện</h3>
<p>- Ban Phong trào Huyện đoàn chủ trì tổ chức Ngày hội, xây dựng chương trình trước ngày 05/02/2029.</p>
<p>- Hội Chữ thập đỏ huyện chuẩn bị nước uống, mỗi suất trị giá 20.000 đồng, cho đoàn viên tham gia.</p>
<h3>4. Kinh phí</h3>
<p>Kinh phí tổ chức Ngày hội là 15.000.000 đồng, trích từ nguồn kinh phí hoạt động của Huyện đoàn.</p>
<p>TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN<br>BÍ THƯ<br>(đã ký)<br>Lê Minh Tâm</p>
</article>
<footer>Bản quyền © Huyện đoàn Tây Sơn</footer>
</body></html>
"""

LETTER_TXT = """HỘI NÔNG DÂN HUYỆN LONG MỸ

Số: 41/CV-HND

Long Mỹ, ngày 03 tháng 7 năm 2029

V/v chuyển đổi cây trồng trên đất mía kém hiệu quả

Kính gửi: Ban Thường vụ Hội Nông dân các xã.

Thực hiện Kế hoạch số 22/KH-UBND của Ủy ban nhân dân huyện Long Mỹ, Ban Thường vụ Hội Nông dân huyện đề nghị:

1. Vận động hội viên chuyển đổi 40 ha đất trồng mía kém hiệu quả sang trồng cây ăn quả.

2. Phối hợp với Trạm Khuyến nông huyện mở 6 lớp tập huấn kỹ thuật cho hội viên của huyện.

3. Hội Nông dân các xã báo cáo kết quả về Hội Nông dân huyện trước ngày 30/9/2029.

TM. BAN THƯỜNG VỤ

CHỦ TỊCH

Trương Văn Lộc
"""

NOTICE_DOCX = [
    "ĐẢNG BỘ HUYỆN HÒA AN",
    "ĐẢNG ỦY XÃ BÌNH MINH",
    "Số: 75-TB/ĐU",
    "Bình Minh, ngày 12 tháng 5 năm 2029",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Đảng ủy về công tác chuẩn bị Đại hội Hội Cựu chiến binh xã Bình Minh lần thứ X",
    "Ngày 08/5/2029, Ban Thường vụ Đảng ủy xã Bình Minh họp nghe Hội Cựu chiến binh xã báo cáo công tác "
    "chuẩn bị Đại hội Hội Cựu chiến binh xã lần thứ X, nhiệm kỳ 2029 - 2034.",
    "1. Hội Cựu chiến binh xã hoàn chỉnh dự thảo báo cáo chính trị trước ngày 25/5/2029.",
    "2. Ban Tổ chức Đảng ủy chủ trì thẩm định nhân sự Ban Chấp hành khóa mới; số lượng Ban Chấp hành "
    "không quá 11 đồng chí, trong đó có ít nhất 02 đồng chí nữ.",
    "3. Đại hội được tổ chức vào ngày 20/6/2029 tại Hội trường Ủy ban nhân dân xã Bình Minh.",
    "Nơi nhận:",
    "- Ban Thường vụ Huyện ủy (b/c);",
    "- Hội Cựu chiến binh xã;",
    "- Lưu Văn phòng Đảng ủy.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Phan Văn Hùng",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("named-matters"),
        embedder,
        {"HD12.html": GUIDE_HTML, "CV41.txt": LETTER_TXT, "TB75.docx": NOTICE_DOCX},
    )


# ---------------------------------------------------------------------------------- a sum for an item


def test_a_sum_for_another_item_is_no_answer(assistant):
    # the guide prices the festival and the drinks; lunch money is written nowhere
    answer = assistant.ask("Đoàn viên tham gia Ngày hội được hỗ trợ tiền ăn trưa bao nhiêu?")
    assert answer.abstained, answer.text
    assert ABSTAIN in answer.text


def test_a_sum_for_the_item_asked_answers(assistant):
    answer = assistant.ask("Kinh phí tổ chức Ngày hội trồng cây của huyện Tây Sơn là bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "15.000.000 đồng" in answer.text


# ---------------------------------------------------------------------- an event named by the document


def test_an_event_named_in_full_by_the_document_is_dated_by_its_bare_sentence(assistant):
    answer = assistant.ask(
        "Ngày hội trồng cây xanh Xuân yêu thương ở huyện Tây Sơn diễn ra khi nào, tại đâu?"
    )
    assert not answer.abstained, answer.text
    assert "18/02/2029" in answer.text and "Công viên Trung tâm" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Ngày hội trồng cây xanh năm 2031 ở huyện Tây Sơn tổ chức ở đâu?",
        "Hội thi văn nghệ của huyện Tây Sơn diễn ra khi nào, tại đâu?",
    ],
)
def test_another_event_or_year_still_abstains(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text


# ------------------------------------------------------------------------- an English figure's unit


def test_an_english_area_question_quotes_the_sentence_in_hectares(assistant):
    answer = assistant.ask("How many hectares of sugarcane land should the district convert?")
    assert not answer.abstained, answer.text
    assert "40 ha" in answer.text
    assert "6 lớp" not in answer.text


# ------------------------------------------------------------------------------ a head count of an organ


@pytest.mark.parametrize(
    "question",
    [
        "Ban Chấp hành Hội Cựu chiến binh xã khóa mới được có nhiều nhất mấy người?",
        "Ban Chấp hành Hội Cựu chiến binh xã Bình Minh khóa mới có tối đa bao nhiêu đồng chí?",
    ],
)
def test_a_head_count_written_with_a_noun_for_people_answers(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "không quá 11 đồng chí" in answer.text


# --------------------------------------------------------------------------- the recipients' citation


def test_the_recipients_line_cites_the_block_as_written(assistant):
    answer = assistant.ask(
        "Thông báo kết luận về đại hội Cựu chiến binh xã Bình Minh được gửi tới những nơi nào?"
    )
    assert answer.text.startswith("Nơi nhận:"), answer.text
    cited = answer.citations[0]
    assert cited.section == "Nơi nhận"
    # the block's own lines, dashes and all, as the Word file writes them
    block = NOTICE_DOCX[NOTICE_DOCX.index("Nơi nhận:") : NOTICE_DOCX.index("T/M BAN THƯỜNG VỤ")]
    assert cited.quote == "\n".join(block)


def test_an_organ_of_another_association_is_not_counted(assistant):
    # the notice counts the veterans' committee; the farmers' association is named nowhere in it
    answer = assistant.ask("Ban Chấp hành Hội Nông dân xã Bình Minh khóa mới có tối đa bao nhiêu đồng chí?")
    assert answer.abstained, answer.text


def test_an_event_of_the_district_youth_union_whose_letterhead_says_doan_huyen(assistant):
    # the letterhead writes "BCH ĐOÀN HUYỆN TÂY SƠN": the Youth Union's district committee, the
    # "Huyện đoàn" the question names; its time-and-place passage is its own
    answer = assistant.ask("Ngày hội trồng cây xanh của Huyện đoàn Tây Sơn tổ chức ở đâu?")
    assert not answer.abstained, answer.text
    assert "Công viên Trung tâm" in answer.text
