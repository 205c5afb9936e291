"""First lines for questions about bodies named by the shape of their name, on two synthetic documents
written here (a commune Front plan whose "Tổ chức thực hiện" gives each body a heading, and a district
notice on association congresses), indexed for real and asked through ``Assistant``:

- "Ban công tác Mặt trận các ấp phải báo cáo ... trước ngày nào?": the body is the one of the heading
  "5. Ban công tác Mặt trận các ấp:" (its items name no actor), not "Mặt trận" nor the clause where a
  "Ban công tác Mặt trận ấp ..." only coordinates;
- a body asked about whose duties never write the asked action ("giám sát") gets no other duty's date;
- "tổ chức ở đâu và khi nào?" asks when an event is held: no deadline first line;
- "Kế hoạch 27 căn cứ vào văn bản nào?" asks what the plan is based on: its preamble's reference;
- an appendix's title ("PHỤ LỤC / DỰ TRÙ KINH PHÍ ...") is quoted with its numbered items, which are
  sections of their own; a sum under that title answers "kinh phí ... là bao nhiêu?".
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ BÌNH LỘC
Số: 27/KH-MTTQ-BTT
Bình Lộc, ngày 14 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Tháng hành động vì môi trường năm 2026

Căn cứ Chương trình phối hợp số 05/CTr-MTTQ ngày 10/01/2026 của Ủy ban MTTQ Việt Nam huyện về bảo vệ môi \
trường, Ban Thường trực Ủy ban MTTQ Việt Nam xã ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Huy động nhân dân tham gia giữ gìn vệ sinh môi trường ở khu dân cư.

II. TỔ CHỨC THỰC HIỆN
1. Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp với Ban công tác Mặt trận ấp Bàu Sen tổ chức ra quân thu gom \\
rác thải, xong trong tháng 4/2026.
2. Hội Cựu chiến binh xã:
- Vận động hội viên tham gia giám sát các cơ sở chăn nuôi xả thải ra kênh rạch.
3. Ban công tác Mặt trận các ấp:
- Tổng hợp kết quả thực hiện tại ấp, báo cáo về Ban Thường trực Ủy ban MTTQ xã trước ngày 20/5/2026.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lê Văn Hòa

PHỤ LỤC
DANH SÁCH ĐIỂM RA QUÂN
1. Ấp: Ấp Bàu Sen; Địa điểm tập trung: Sân văn hóa ấp Bàu Sen; Số người dự kiến: 120
2. Ấp: Ấp Cây Dương; Địa điểm tập trung: Chợ Cây Dương; Số người dự kiến: 85
"""

NOTICE = """HUYỆN ỦY MỸ AN ĐÔNG
Số: 215-TB/HU
Mỹ An Đông, ngày 02 tháng 6 năm 2026

THÔNG BÁO KẾT LUẬN
Về việc lãnh đạo đại hội Hội Cựu chiến binh các cấp

1. Đảng đoàn Hội Cựu chiến binh huyện ban hành hướng dẫn về nhân sự ban chấp hành Hội cấp xã, hoàn thành \\
trước ngày 30/6/2026.
2. Đảng ủy các xã chỉ đạo Hội Cựu chiến binh xã Phú Thạnh tổ chức đại hội điểm tại hội trường Ủy ban nhân \\
dân xã Phú Thạnh trong tháng 8/2026.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Đặng Quốc Huy
"""


ANNIVERSARY = """HỘI CỰU CHIẾN BINH XÃ AN PHÚ TRUNG
Số: 09/KH-CCB
An Phú Trung, ngày 10 tháng 7 năm 2026

KẾ HOẠCH
Kỷ niệm ngày thành lập Hội Cựu chiến binh Việt Nam

I. NỘI DUNG
1. Các chi hội ấp thăm hỏi hội viên khó khăn trước ngày 05/12/2026.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Lâm Văn Sáu

PHỤ LỤC
DỰ TRÙ KINH PHÍ TỔ CHỨC KỶ NIỆM
(Kèm theo Kế hoạch số 09/KH-CCB)
1. Quà tặng hội viên khó khăn: 25 suất x 500.000 đồng = 12.500.000 đồng.
2. Tổ chức buổi gặp mặt truyền thống: 8.000.000 đồng.
3. Hành trình về nguồn (thuê xe, nước uống): 6.500.000 đồng.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("bodies"),
        embedder,
        {
            "KH-27-MTTQ-Binh-Loc.txt": PLAN,
            "TB-215-HU-My-An-Dong.txt": NOTICE,
            "KH-09-CCB-An-Phu-Trung.txt": ANNIVERSARY,
        },
    )


_first = first_line


def test_deadline_of_the_body_a_heading_names(assistant):
    answer = assistant.ask("Ban công tác Mặt trận các ấp phải báo cáo về Ủy ban MTTQ xã trước ngày nào?")
    assert _first(answer).startswith("Thời hạn: trước ngày 20/5/2026"), answer.text


def test_a_body_whose_duties_never_write_the_action_gets_no_date(assistant):
    answer = assistant.ask("Hội Cựu chiến binh xã giám sát các cơ sở chăn nuôi đến khi nào?")
    assert not _first(answer).startswith("Thời hạn"), answer.text


def test_when_an_event_is_held_is_no_deadline(assistant):
    answer = assistant.ask("Đại hội điểm Hội Cựu chiến binh cấp xã tổ chức ở đâu và khi nào?")
    assert not _first(answer).startswith("Thời hạn"), answer.text
    assert "tháng 8/2026" in answer.text, answer.text


def test_an_appendix_title_is_quoted_with_its_items(assistant):
    answer = assistant.ask("Dự trù kinh phí tổ chức kỷ niệm gồm những khoản nào?")
    for item in ("Quà tặng hội viên khó khăn", "gặp mặt truyền thống", "Hành trình về nguồn"):
        assert item in answer.text, answer.text


def test_a_sum_under_the_title_naming_the_money_answers(assistant):
    answer = assistant.ask("Kinh phí dự trù cho buổi gặp mặt truyền thống là bao nhiêu?")
    assert not answer.abstained, answer.text
    assert "8.000.000 đồng" in answer.text


def test_a_count_of_people_written_as_a_label_answers(assistant):
    # a table row rendered "Số người dự kiến: 85": the people are named in the label, before the number
    answer = assistant.ask("Ở ấp Cây Dương dự kiến bao nhiêu người tham gia ra quân?")
    assert not answer.abstained, answer.text
    assert "85" in answer.text


@pytest.mark.parametrize(
    "question", ["Kế hoạch 27/KH-MTTQ-BTT căn cứ vào văn bản nào?", "Ke hoach 27 can cu vao van ban nao?"]
)
def test_what_a_document_is_based_on(assistant, question):
    # the first line when the reference is read ("Căn cứ, thực hiện: ..."), else the preamble quoted first
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    first = _first(answer) if _first(answer).startswith("Căn cứ, thực hiện:") else answer.citations[0].quote
    assert "05/CTr-MTTQ" in first, answer.text


def test_english_deadline_lines_need_the_clause_asked(assistant):
    # English questions have no tagged action: the clause must cover nearly all their glossary terms
    wrong = assistant.ask("When must the Veterans' Association of the commune supervise livestock farms?")
    assert "30/6/2026" not in _first(wrong), wrong.text
    right = assistant.ask("When must the hamlet Front committees report their results?")
    assert _first(right).startswith("Deadline: trước ngày 20/5/2026"), right.text
