"""Wrong refusals of answerable time and rank questions (library6 dev: l6-rw-12, l6-party-03,
l6-party-06, l6-mttq-07, l6-rw-04), each by its kind, on documents written here (DOCX paragraphs or TXT),
indexed for real and asked through ``Assistant``:

- "... đứng / xếp thứ mấy?" asks a rank ("xếp vị trí 12/63"), not a day of the week;
- "gửi biên bản ... và hồ sơ nhân sự lên cấp trên" names a paper sent, no procedure whose topic the
  quotes must be about;
- a yearly duty's time written as part of a quarter ("vào đầu quý IV") is a time, and the money the
  question calls "tiền" is the "kinh phí" the guide writes;
- "giám sát hoạt động tiếp xúc cử tri": the activity is "tiếp xúc cử tri", which the plan dates alone;
- "Chương trình hành động ... về Chỉ thị 12": the programme is the document asked, the directive its
  subject (cited only), not a document the library lacks.

A near miss stays refused: a yearly duty the guide never dates."""

from __future__ import annotations

import pytest

from tests.conftest import library_as

RANK = [
    "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
    "Số: 415/VP-KT",
    "Bình An, ngày 08 tháng 4 năm 2031",
    "V/v cải thiện chỉ số đổi mới sáng tạo của tỉnh",
    "Kính gửi: Các sở, ban, ngành tỉnh.",
    "Theo kết quả công bố năm 2030, chỉ số đổi mới sáng tạo của tỉnh Bình An xếp vị trí 12/63 tỉnh, thành"
    " phố; chỉ số chuyển đổi số đạt 0,61 điểm.",
    "Văn phòng đề nghị các sở, ngành rà soát các chỉ số thành phần còn thấp, đề xuất giải pháp cải thiện.",
    "KT. CHÁNH VĂN PHÒNG",
    "Trần Văn Lợi",
]

CONGRESS = [
    "HỘI CỰU CHIẾN BINH TỈNH BÌNH AN",
    "Số: 07-QĐ/CCB",
    "Bình An, ngày 02 tháng 3 năm 2031",
    "QUY ĐỊNH",
    "Về công tác đại hội chi hội cựu chiến binh",
    "Điều 9. Báo cáo sau đại hội",
    "Trong thời hạn 10 ngày làm việc kể từ ngày kết thúc đại hội, ban chấp hành khóa mới phải báo cáo lên"
    " hội cấp trên trực tiếp: các biên bản kiểm phiếu bầu ban chấp hành, chi hội trưởng, chi hội phó; danh"
    " sách trích ngang ban chấp hành khóa mới.",
    "Điều 10. Tổ chức thực hiện",
    "Hội Cựu chiến binh các huyện hướng dẫn các chi hội thực hiện Quy định này.",
]

REWARD = [
    "HỘI NÔNG DÂN TỈNH BÌNH AN",
    "Số: 11-HD/HND",
    "Bình An, ngày 15 tháng 5 năm 2031",
    "HƯỚNG DẪN",
    "Về quỹ thi đua, khen thưởng của Hội",
    "1. Nguồn quỹ",
    "Quỹ thi đua, khen thưởng của Hội được trích từ ngân sách cấp cho hoạt động của Hội.",
    "2. Lập dự trù",
    "Định kỳ hằng năm (vào đầu quý IV), Văn phòng Hội lập dự trù kinh phí thi đua, khen thưởng năm sau của"
    " Hội, trình Ban Thường vụ xem xét.",
    "3. Sử dụng quỹ",
    "Quỹ được dùng để mua hiện vật khen thưởng và chi tiền thưởng kèm theo danh hiệu.",
]

ELECTION = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA BÌNH",
    "Số: 21/KH-MTTQ",
    "Hòa Bình, ngày 12 tháng 01 năm 2031",
    "KẾ HOẠCH",
    "Kiểm tra, giám sát công tác bầu cử đại biểu Hội đồng nhân dân xã Hòa Bình",
    "I. NỘI DUNG GIÁM SÁT",
    "Giám sát việc lập danh sách cử tri, việc niêm yết danh sách và việc tiếp xúc cử tri của người ứng cử.",
    "II. THỜI GIAN THỰC HIỆN",
    "- Công tác lập danh sách cử tri: từ ngày 05/02/2031 đến ngày 15/02/2031.",
    "- Công tác tiếp xúc cử tri: trong khoảng thời gian từ ngày 02/3/2031 đến 17 giờ 00 ngày 20/3/2031.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Thị Hoa",
]

PROGRAMME = [
    "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
    "Số: 210/QĐ-UBND",
    "Bình An, ngày 20 tháng 4 năm 2031",
    "QUYẾT ĐỊNH",
    "Ban hành Chương trình hành động thực hiện Chỉ thị số 12-CT/TW ngày 05/3/2030 của Ban Bí thư về phát"
    " triển thị trường lao động",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "II. NHIỆM VỤ",
    "3. Xây dựng cơ sở dữ liệu về người lao động trên địa bàn tỉnh, kết nối với cơ sở dữ liệu quốc gia.",
    "Cơ quan chủ trì: Sở Nội vụ.",
    "Thời gian thực hiện: Hoàn thành trong quý II/2031.",
    "4. Tổ chức đối thoại định kỳ giữa người sử dụng lao động và người lao động tại doanh nghiệp.",
    "Cơ quan chủ trì: Liên đoàn Lao động tỉnh.",
    "Thời gian thực hiện: Hằng năm.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    docs = {
        "CV415_chi_so": RANK, "QD07_dai_hoi": CONGRESS, "HD11_quy_thi_dua": REWARD, "KH21_giam_sat": ELECTION,
        "QD210_chuong_trinh": PROGRAMME,
    }
    return library_as(request.param, tmp_path_factory, embedder, "refused_time_rank", docs)


def _quoted(answer) -> str:
    return " ".join(c.quote for c in answer.citations)


def test_a_rank_asked_by_thu_may_is_no_weekday(assistant):
    answer = assistant.ask("Công văn 415/VP-KT nói chỉ số đổi mới sáng tạo của tỉnh Bình An đứng thứ mấy?")
    assert not answer.abstained, answer.text
    assert "12/63" in _quoted(answer), answer.text


def test_a_file_sent_beside_another_paper_is_no_procedure(assistant):
    answer = assistant.ask(
        "Chi hội cựu chiến binh kết thúc đại hội thì ban chấp hành khóa mới có bao nhiêu ngày để gửi biên bản"
        " kiểm phiếu và hồ sơ nhân sự lên hội cấp trên?"
    )
    assert not answer.abstained, answer.text
    assert "10 ngày làm việc" in _quoted(answer), answer.text


def test_a_yearly_time_written_as_part_of_a_quarter(assistant):
    answer = assistant.ask(
        "Hằng năm, việc dự toán tiền thi đua, khen thưởng của Hội cho năm sau phải làm vào lúc nào?"
    )
    assert not answer.abstained, answer.text
    assert "đầu quý IV" in _quoted(answer), answer.text


def test_the_activity_is_what_follows_hoat_dong(assistant):
    answer = assistant.ask("Ở xã Hòa Bình, việc giám sát hoạt động tiếp xúc cử tri kéo dài đến lúc nào?")
    assert not answer.abstained, answer.text
    assert "20/3/2031" in _quoted(answer), answer.text


def test_an_undated_yearly_duty_stays_refused(assistant):
    # the guide never dates when the fund is settled: the drawing-up's quarter is another act's time
    answer = assistant.ask("Hằng năm, việc quyết toán kinh phí thi đua của Hội phải xong trước ngày nào?")
    assert answer.abstained, answer.text


def test_a_programme_about_a_directive_is_the_document_asked(assistant):
    # the programme "về Chỉ thị 12" is held; the directive itself is only cited by it
    answer = assistant.ask(
        "Chương trình hành động của UBND tỉnh Bình An về Chỉ thị 12 yêu cầu xây dựng cơ sở dữ liệu người lao"
        " động; việc này phải hoàn tất trong thời hạn nào?"
    )
    assert not answer.abstained, answer.text
    assert "quý II/2031" in _quoted(answer), answer.text
