"""The provision that governs what is asked is quoted, not a neighbouring rule of the same words (issue 11:
"a quote list that misses the governing provision" is among the worst outputs). Real indexes over
documents written here, as DOCX and as TXT.

Two ways the governing passage was lost (library5 dev l5-mttq-26, l5-mttq-14, l5-rw-31):

- the question asks in everyday words what the directive writes in its own register: "hai người bằng
  phiếu nhau" is "kết quả ... ngang nhau", "quá nửa người dự họp" is "trên 50% tổng số ... có mặt",
  "đích thân đảm nhận" is "trực tiếp phụ trách" (``lexicon/phrases.json`` question_paraphrases): the
  passage writing the question's own words about another matter ("chưa đạt quá nửa ...") was quoted;
- a question typed without diacritics names an ordinal item ("dot thu ba", "buoc thu hai"): the item's
  counting word was read only with its diacritics (``index.lexical.counted_ordinals``), so the other
  rounds' passages ranked with it and were quoted instead.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

_FILLER = (
    "Các chi hội phổ biến rộng rãi nội dung này đến hội viên; Ban Thường vụ theo dõi, đôn đốc và tổng hợp "
    "kết quả báo cáo cấp trên theo quy định."
)

RULES = {
    "QC07": [
        "HỘI NÔNG DÂN XÃ AN HÒA",
        "Số 07-QC/HND",
        "An Hòa, ngày 02 tháng 4 năm 2029",
        "QUY CHẾ",
        "Bầu chi hội trưởng nông dân các thôn nhiệm kỳ 2029 - 2034",
        "Điều 4. Giới thiệu người ứng cử",
        "Hội nghị chi hội giới thiệu người ứng cử chi hội trưởng; mỗi hội viên có thể giới thiệu một người.",
        "Điều 5. Xác định người trúng cử",
        "Người trúng cử là người được trên 50% tổng số hội viên có mặt tán thành. Trường hợp kết quả biểu "
        "quyết ngang nhau thì người chủ trì hội nghị lập danh sách những người đó để hội nghị biểu quyết "
        "lại và lấy người có kết quả cao hơn.",
        "Điều 6. Phân công thực hiện",
        "Phân công đồng chí Phó Chủ tịch Hội trực tiếp phụ trách công tác tiếp nhận và xử lý kiến nghị "
        "của hội viên trong thời gian bầu chi hội trưởng.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Trần Văn Hòa",
    ],
    "HD11": [
        "HỘI NÔNG DÂN HUYỆN BÌNH SƠN",
        "Số 11-HD/HND",
        "Bình Sơn, ngày 10 tháng 3 năm 2029",
        "HƯỚNG DẪN",
        "Tổ chức hội nghị hội viên bầu chi hội trưởng năm 2029",
        "1. Hội nghị hội viên",
        "Trường hợp số hội viên đi bầu chưa đạt quá nửa tổng số hội viên của chi hội thì cuộc bầu không "
        "có giá trị, chi hội báo cáo Ban Thường vụ Hội Nông dân xã để tổ chức bầu lại chi hội trưởng.",
        "2. Tiếp nhận kiến nghị",
        "Ban Thường vụ Hội Nông dân xã phối hợp với các chi hội trong việc tiếp nhận, giải quyết kiến nghị "
        "của hội viên về việc bầu chi hội trưởng, tổng hợp báo cáo kết quả cho Hội cấp trên.",
        _FILLER,
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lê Thị Mai",
    ],
}


@pytest.fixture(scope="module", params=["docx", "txt"])
def rules(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "rules", RULES)


def _first_quote(text: str) -> str:
    return next((line for line in text.splitlines() if line.startswith("- ")), "")


def test_a_tie_asked_in_everyday_words_quotes_the_tie_rule(rules):
    answer = rules.ask(
        "Nếu hai người bằng phiếu nhau thì xử lý ra sao, người được chọn có cần đạt quá nửa người dự họp "
        "không?"
    )
    assert not answer.abstained, answer.text
    assert "ngang nhau" in _first_quote(answer.text), answer.text


def test_who_is_personally_in_charge_quotes_the_assignment(rules):
    answer = rules.ask(
        "Trong thời gian bầu chi hội trưởng, ai được giao đích thân đảm nhận việc tiếp nhận và giải quyết "
        "kiến nghị của hội viên?"
    )
    assert not answer.abstained, answer.text
    assert "trực tiếp phụ trách" in _first_quote(answer.text), answer.text


PLAN = {
    "KH21": [
        "ĐOÀN TNCS HỒ CHÍ MINH XÃ HÒA BÌNH",
        "Số 21-KH/ĐTN",
        "Hòa Bình, ngày 05 tháng 1 năm 2029",
        "KẾ HOẠCH",
        "Ra quân làm sạch đường làng, ngõ xóm năm 2029",
        "I. NỘI DUNG",
        "1. Tổ chức 04 đợt ra quân làm sạch đường làng, ngõ xóm trên địa bàn xã:",
        "- Đợt 1: Chào mừng Tết Nguyên đán, từ ngày 10/02/2029 đến ngày 28/02/2029.",
        "- Đợt 2: Chào mừng ngày thành lập Đoàn 26/3, từ ngày 01/3/2029 đến ngày 26/3/2029.",
        "Các chi đoàn chủ động đăng ký tuyến đường, phân công đoàn viên, chuẩn bị dụng cụ và phối hợp với "
        "Ban công tác Mặt trận thôn vận động nhân dân cùng tham gia; kết quả mỗi đợt được chấm điểm thi đua.",
        _FILLER,
        "Ban Thường vụ Đoàn xã kiểm tra kết quả từng đợt tại các thôn, biểu dương chi đoàn làm tốt và nhắc "
        "nhở chi đoàn chưa hoàn thành; kết quả được đưa vào xếp loại chi đoàn cuối năm.",
        _FILLER,
        "- Đợt 3: Chào mừng ngày Quốc khánh 02/9, từ ngày 20/8/2029 đến ngày 05/9/2029.",
        "- Đợt 4: Chào đón năm mới 2030, từ ngày 15/12/2029 đến ngày 31/12/2029.",
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Nguyễn Văn An",
    ],
}


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "rounds", PLAN)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("dot ra quan thu tu lam sach duong lang, ngo xom keo dai tu ngay nao den ngay nao?", "15/12/2029"),
    ],
)
def test_an_ordinal_typed_without_diacritics_quotes_that_round(plan, question, start):
    answer = plan.ask(question)
    assert not answer.abstained, answer.text
    assert start in _first_quote(answer.text), answer.text


STEERING = {
    "QD30": [
        "ĐẢNG ỦY XÃ TÂN LẬP",
        "Số 30-QĐ/ĐU",
        "Tân Lập, ngày 12 tháng 5 năm 2029",
        "QUYẾT ĐỊNH",
        "Thành lập Ban Chỉ đạo phong trào xây dựng thôn văn hóa kiểu mẫu xã Tân Lập",
        "Điều 1. Thành lập Ban Chỉ đạo phong trào xây dựng thôn văn hóa kiểu mẫu xã Tân Lập (gọi tắt là "
        "Ban Chỉ đạo) gồm 09 đồng chí, do đồng chí Bí thư Đảng ủy xã làm Trưởng ban.",
        "Điều 2. Nhiệm vụ và chế độ làm việc",
        "Ban Chỉ đạo họp định kỳ hằng quý; họp bất thường khi Trưởng ban triệu tập. Các thành viên báo cáo "
        "kết quả phụ trách địa bàn tại mỗi kỳ họp.",
        "TM. ĐẢNG ỦY",
        "BÍ THƯ",
        "Phạm Văn Long",
    ],
    "TB52": [
        "ĐẢNG ỦY XÃ TÂN LẬP",
        "Số 52-TB/ĐU",
        "Tân Lập, ngày 20 tháng 6 năm 2029",
        "THÔNG BÁO",
        "Kết luận của Thường trực Đảng ủy về phong trào xây dựng thôn văn hóa kiểu mẫu",
        "Ngày 18/6/2029, Thường trực Đảng ủy làm việc với Ban Chỉ đạo phong trào xây dựng thôn văn hóa kiểu "
        "mẫu xã Tân Lập để nghe báo cáo tiến độ; các thôn Đông, Tây, Nam đã đạt 15 trên 19 tiêu chí.",
        "T/L BAN THƯỜNG VỤ",
        "CHÁNH VĂN PHÒNG",
        "Đỗ Thị Hạnh",
    ],
}


@pytest.fixture(scope="module", params=["docx", "txt"])
def steering(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "steering", STEERING)


def test_how_often_a_steering_committee_meets_quotes_its_meeting_rule(steering):
    """English: "steering committee" is "Ban Chỉ đạo", "how often" a periodicity ("định kỳ"; the
    English glossary, ``data/glossary_en.json``)."""
    answer = steering.ask("How often does the steering committee for the model cultural village meet?")
    assert not answer.abstained, answer.text
    assert "định kỳ hằng quý" in _first_quote(answer.text), answer.text
