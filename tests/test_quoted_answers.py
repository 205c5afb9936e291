"""The quote that answers (library dev gold-cited kinds and trials 27-28 two-part questions), on documents
written here as Word and text, indexed for real and asked through ``Assistant``:

- a labelled field whose value only sends the reader to another paper ("Thời gian, địa điểm tiếp nhận hồ
  sơ: Theo thông báo số 07/TB-UBBC ngày ...") writes neither the time nor the place it labels: the passage
  writing the period ("Thời gian thực hiện: Từ ngày ... đến ngày ...") or the place ("nộp hồ sơ tại ...")
  is quoted first;
- a council named after a candidate's or delegate's word ("người ứng cử đại biểu HĐND xã ... nộp hồ sơ ở
  đâu?") names the seat, not a body acting: the passages not naming it are quoted too;
- the same sentence written twice in a document is quoted once;
- a time asked by a field's word ("trong khoảng thời gian nào?") is stated by a sentence writing a date or
  a period, not by one whose only date is a cited paper's;
- an event's time and place written in a letter's opening clause ("Căn cứ ...; Đại hội ... sẽ diễn ra trong
  02 ngày 23 và 24/9/2031 tại ...") is quoted for "họp ngày nào, ở đâu?", and a first line gives both days;
- a question in two parts ("tối đa bao nhiêu và cần hồ sơ gì?") quotes the sentence of each part.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

GUIDE = [
    "ỦY BAN MTTQ VIỆT NAM XÃ HÒA TIẾN",
    "BAN THƯỜNG TRỰC",
    "Số: 11/HD-MTTQ-BTT",
    "Hòa Tiến, ngày 20 tháng 12 năm 2030",
    "HƯỚNG DẪN",
    "Các cơ quan, tổ chức, đơn vị giới thiệu người ứng cử đại biểu HĐND xã Hòa Tiến",
    "1. Quy trình giới thiệu: Các cơ quan, tổ chức, đơn vị và thôn tổ chức hội nghị cử tri để giới thiệu "
    "người ứng cử đại biểu HĐND xã Hòa Tiến.",
    "2. Hồ sơ người ứng cử: Người ứng cử nộp hồ sơ tại Ủy ban bầu cử xã, gồm đơn ứng cử, sơ yếu lý lịch, "
    "tiểu sử tóm tắt và bản kê khai tài sản.",
    "3. Thời gian, địa điểm tiếp nhận hồ sơ: Theo thông báo số 07/TB-UBBC ngày 14/12/2030 của Ủy ban bầu cử "
    "xã Hòa Tiến về địa điểm và thời gian tiếp nhận hồ sơ người ứng cử đại biểu HĐND xã Hòa Tiến.",
    "4. Biên bản hội nghị cử tri phải gửi về Ban Thường trực Ủy ban MTTQ xã chậm nhất ngày 28/01/2031.",
    "5. Thời gian thực hiện: Từ ngày 16/12/2030 đến ngày 24/01/2031.",
    "PHỤ LỤC TIẾN ĐỘ",
    "Thời gian thực hiện: Từ ngày 16/12/2030 đến ngày 24/01/2031.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Đinh Văn Tâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def guide(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "huong_dan_gioi_thieu", GUIDE)


def _quotes(answer) -> list[str]:
    return [c.quote for c in answer.citations]


def test_a_period_asked_quotes_the_sentence_writing_it(guide):
    a = guide.ask("Việc giới thiệu người ứng cử HĐND xã Hòa Tiến được làm trong khoảng thời gian nào?")
    assert not a.abstained
    assert "16/12/2030" in _quotes(a)[0]
    assert all("07/TB-UBBC" not in q for q in _quotes(a)[:1])
    # the period written twice in the guide (its item and its timetable) is quoted once
    assert sum("16/12/2030" in q for q in _quotes(a)) == 1


def test_a_place_asked_quotes_the_place_not_a_field_referring_elsewhere(guide):
    a = guide.ask("Người ứng cử đại biểu HĐND xã Hòa Tiến nộp hồ sơ ở đâu?")
    assert not a.abstained
    assert "nộp hồ sơ tại Ủy ban bầu cử xã" in _quotes(a)[0]


LETTER = [
    "TỈNH ỦY HÀ LAM",
    "BAN TUYÊN GIÁO",
    "Số 502-CV/BTGTU",
    "Hà Lam, ngày 10 tháng 8 năm 2031",
    "V/v tuyên truyền Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI",
    "Kính gửi: Ban Tuyên giáo các huyện ủy, thị ủy.",
    "Căn cứ Hướng dẫn số 21-HD/BTGTW ngày 02/4/2031 của Ban Tuyên giáo Trung ương về tuyên truyền đại hội "
    "các đoàn thể; Đại hội đại biểu Hội Nông dân tỉnh Hà Lam lần thứ XI sẽ diễn ra trong 02 ngày 23 và "
    "24/9/2031 tại Nhà văn hóa Lao động tỉnh, Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, đơn vị thực hiện "
    "tốt một số nội dung sau:",
    "1. Ban Tuyên giáo các huyện ủy chỉ đạo đài truyền thanh cơ sở phát tin, bài về Đại hội ít nhất 03 "
    "lần/tuần từ ngày 01/9/2031 đến khi Đại hội kết thúc.",
    "2. Báo Hà Lam mở chuyên mục \"Hướng tới Đại hội Hội Nông dân tỉnh lần thứ XI\"; đăng tối thiểu 10 tin, "
    "bài trước và trong thời gian Đại hội.",
    "3. Các cơ quan treo băng rôn, khẩu hiệu tại trụ sở.",
    "K/T TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "Lò Văn Hoan",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def letter(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "cong_van_tuyen_truyen", LETTER)


@pytest.mark.parametrize(
    "question",
    [
        "Đại hội Hội Nông dân tỉnh lần thứ XI họp ngày nào, ở đâu?",
        "Đại hội Hội Nông dân tỉnh lần thứ XI diễn ra ngày nào?",
    ],
)
def test_a_preamble_writing_the_event_time_and_place_is_quoted(letter, question):
    """The letter's opening clause dates and places the congress: it is the answer's passage, not an
    intro left out beside the items; a first line gives both days of the congress or none."""
    a = letter.ask(question)
    assert not a.abstained
    assert any("tại Nhà văn hóa Lao động tỉnh" in q for q in _quotes(a))
    head = a.text.split("\n")[0]
    assert "[" not in head or "23 và 24/9/2031" in head


NOTICE = [
    "HỘI NÔNG DÂN VIỆT NAM",
    "BCH HỘI NÔNG DÂN HUYỆN SƠN THỦY",
    "Số: 61-TB/HNDH",
    "Sơn Thủy, ngày 20 tháng 01 năm 2032",
    "THÔNG BÁO",
    "Kết luận Hội nghị Ban Chấp hành Hội Nông dân huyện lần thứ 5",
    "1. Về kết quả năm 2031: toàn huyện kết nạp mới 870 hội viên; Quỹ Hỗ trợ nông dân huyện tăng trưởng "
    "1,2 tỷ đồng, tổng nguồn vốn đạt 11,4 tỷ đồng.",
    "2. Về cho vay từ Quỹ Hỗ trợ nông dân: Mức cho vay tối đa 70.000.000 đồng/hộ, thời hạn vay không quá "
    "36 tháng. Hộ vay phải là hội viên có phương án sản xuất được chi hội xác nhận. Hồ sơ gồm đơn đề nghị "
    "vay vốn, phương án sản xuất và biên bản họp tổ vay vốn, nộp tại Hội Nông dân xã.",
    "3. Văn phòng Hội Nông dân huyện rà soát các khoản vay quá hạn, báo cáo trước ngày 30/3/2032.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Vi Văn Sáng",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def notice(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "thong_bao_ket_luan", NOTICE)


def test_a_two_part_question_quotes_each_part(notice):
    """"tối đa bao nhiêu và cần hồ sơ gì?": the dossier's sentence, which writes no sum, is quoted beside
    the maximum loan."""
    a = notice.ask("Nông dân muốn vay Quỹ Hỗ trợ nông dân thì được vay tối đa bao nhiêu và cần hồ sơ gì?")
    assert not a.abstained
    quoted = " ".join(_quotes(a))
    assert "70.000.000" in quoted
    assert "Hồ sơ gồm đơn đề nghị vay vốn" in quoted
