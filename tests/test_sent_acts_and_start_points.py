"""Acts sent, documents named at a question's opening, and start points asked (issue 11, library4 dev:
outside writers' "được gửi khiếu nại trong thời hạn bao lâu?", "Thông báo 135-TB/HU: ... cần trình ...
trước thời điểm nào?", "Từ mốc nào thì ... không được ... nữa?", "... bắt đầu được áp dụng kể từ khi nào?").
Documents written here as DOCX and as TXT (``conftest.assistant_as``), asked through ``Assistant.ask``:

- "gửi khiếu nại": the act asked is the complaint, which a rule grants ("có quyền khiếu nại trong thời hạn
  ..."), not any sending ("Chi hội gửi danh sách ... trong vòng 05 ngày") (l4-party-06);
- a question opening with a document by kind and number, "Thông báo 27-TB/ĐU: ...", names the document asked
  about, not the paper submitted (l4-rw-04);
- the same opening in a "who leads" question ("Thông báo 41-TB/HU giao cơ quan nào đứng ra chủ trì việc
  soạn đề án ...?") names the document, not the act led; a party group leads ("Đảng đoàn ... chủ trì")
  (l4-party-36);
- "quá bao lâu thì phải cho đi <act>?": the causative "cho" and the going verb are no act; the length
  written for the act ("Quá 24 tháng, ... thì ... phải cử hội viên thi lại") answers, not another length
  of the quote (l4-party-15);
- "từ mốc nào / kể từ khi nào" with no duty word asks the date a rule starts from, the sentence's "Kể từ
  ngày ..." or "áp dụng kể từ ngày ..." (l4-party-14, l4-mttq-09); a resolution "áp dụng kể từ khi nào"
  is asked its effect, which its last article states as "có hiệu lực từ ngày ..." (l4-mttq-09).
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_as

RULES = [
    "HỘI CỰU CHIẾN BINH HUYỆN ĐÔNG SƠN",
    "Số: 08-QC/CCB",
    "Đông Sơn, ngày 10 tháng 2 năm 2029",
    "QUY CHẾ",
    "Về quản lý hội viên",
    "Điều 8. Xóa tên hội viên",
    "8.1. Chi hội gửi danh sách hội viên bị xóa tên về Văn phòng Hội cấp trên trong vòng 05 ngày kể từ ngày"
    " họp chi hội.",
    "8.2. Trong thời hạn 20 ngày làm việc kể từ ngày nhận được thông báo xóa tên, hội viên có quyền khiếu nại"
    " với Ban Chấp hành Hội cấp trên.",
    "Điều 9. Tuổi hội viên",
    "9.1. Kể từ ngày 01/3/2029, không xem xét điều chỉnh năm sinh của hội viên; tuổi hội viên xác định theo"
    " lý lịch khai khi kết nạp.",
    "Điều 10. Sát hạch hội viên mới",
    "Hội viên mới phải dự thi sát hạch nghiệp vụ trong thời hạn 06 tháng kể từ ngày kết nạp. Quá 24 tháng,"
    " kể từ ngày hội viên được cấp giấy chứng nhận sát hạch mà chi hội chưa xét công nhận, thì chi hội phải"
    " cử hội viên thi lại trước khi xét.",
    "Điều 11. Hiệu lực thi hành",
    "Quy chế này được áp dụng kể từ ngày 15 tháng 4 năm 2029; các quy định trước đây trái với Quy chế"
    " này đều bãi bỏ.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lò Văn Sáng",
]

NOTICE = [
    "ĐẢNG ỦY XÃ YÊN LẠC",
    "Số: 27-TB/ĐU",
    "Yên Lạc, ngày 02 tháng 9 năm 2029",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Đảng ủy về chuẩn bị đại hội Hội Nông dân xã",
    "Ngày 30/8/2029, Ban Thường vụ Đảng ủy họp nghe Đảng đoàn Hội Nông dân xã báo cáo công tác chuẩn bị đại"
    " hội.",
    "Giao Đảng đoàn Hội Nông dân xã chủ trì, phối hợp với Ban Tổ chức Đảng ủy hoàn thiện phương án nhân sự"
    " Ban Chấp hành Hội Nông dân xã khóa mới, trình Ban Thường vụ Đảng ủy trước ngày 15/10/2029.",
    "Văn phòng Đảng ủy sao gửi thông báo này đến các chi bộ.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Hà Văn Lực",
]

CONCLUSION = [
    "HUYỆN ỦY TAM NÔNG",
    "Số: 41-TB/HU",
    "Tam Nông, ngày 12 tháng 5 năm 2030",
    "THÔNG BÁO",
    "Kết luận của Thường trực Huyện ủy về công tác phụ nữ",
    "1. Đảng đoàn Hội Liên hiệp Phụ nữ huyện chủ trì, phối hợp với Ban Dân vận Huyện ủy chỉ đạo nghiên cứu,"
    " xây dựng Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2030 - 2035.",
    "2. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện tổ chức tuyên truyền, phổ"
    " biến Đề án đến cán bộ, đảng viên.",
    "3. Văn phòng Huyện ủy chủ trì theo dõi, đôn đốc việc thực hiện Thông báo này, báo cáo Thường trực"
    " Huyện ủy.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Đinh Thị Mai",
]

RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH",
    "Số: 45/2030/NQ-HĐND",
    "Hòa Bình, ngày 08 tháng 7 năm 2030",
    "NGHỊ QUYẾT",
    "Quy định mức chi hỗ trợ hoạt động của tổ hòa giải ở cơ sở",
    "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
    "1. Nghị quyết này quy định mức chi hỗ trợ hoạt động của tổ hòa giải ở cơ sở trên địa bàn tỉnh.",
    "2. Đối tượng áp dụng: tổ hòa giải, hòa giải viên ở cơ sở và cơ quan, đơn vị có liên quan đến việc áp"
    " dụng mức chi.",
    "Điều 2. Mức chi",
    "1. Hỗ trợ hoạt động của tổ hòa giải: 300.000 đồng/tổ/tháng.",
    "2. Thù lao cho hòa giải viên: 200.000 đồng/vụ việc.",
    "Điều 3. Hiệu lực thi hành",
    "1. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2030.",
    "2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "CHỦ TỊCH",
    "Bùi Văn Khánh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def rules(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "QC08", RULES)


@pytest.fixture(scope="module", params=["docx", "txt"])
def notice(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "TB27", NOTICE)


@pytest.fixture(scope="module", params=["docx", "txt"])
def conclusion(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "TB41", CONCLUSION)


@pytest.fixture(scope="module", params=["docx", "txt"])
def resolution(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "NQ45", RESOLUTION)


def _line(assistant, question: str, kind: str) -> str:
    answer = assistant.ask(question)
    line = first_line(answer.text)
    assert stated_fact(line) == kind, answer.text
    return line


def test_a_complaint_sent_is_the_complaint_the_rule_grants(rules):
    line = _line(
        rules,
        "Hội viên bị xóa tên mà thấy chưa thỏa đáng thì được gửi khiếu nại trong thời hạn bao lâu?",
        "deadline",
    )
    assert "20 ngày làm việc" in line, line


def test_a_length_past_which_an_act_is_due(rules):
    line = _line(
        rules,
        "Hội viên đã thi sát hạch nhưng chi hội chưa xét; quá bao lâu thì phải cho đi thi lại?",
        "figure",
    )
    assert "24 tháng" in line, line


def test_a_document_named_at_the_opening_is_not_the_paper_submitted(notice):
    line = _line(
        notice,
        "Thông báo 27-TB/ĐU: phương án nhân sự Hội Nông dân xã khóa mới cần trình Thường vụ Đảng ủy trước"
        " thời điểm nào?",
        "deadline",
    )
    assert "15/10/2029" in line, line


def test_a_document_named_at_the_opening_is_not_the_act_led(conclusion):
    line = _line(
        conclusion,
        "Thông báo 41-TB/HU giao cơ quan nào đứng ra chủ trì việc soạn đề án hỗ trợ phụ nữ khởi nghiệp?",
        "lead",
    )
    assert "Đảng đoàn Hội Liên hiệp Phụ nữ huyện" in line, line
    assert "Ban Tuyên giáo" not in line and "Văn phòng" not in line, line


def test_the_mark_a_rule_starts_from(rules):
    line = _line(rules, "Từ mốc nào thì hội viên không được xin sửa năm sinh nữa?", "time")
    assert "01/3/2029" in line, line


def test_the_day_a_rule_applies_from(rules):
    line = _line(
        rules,
        "Quy chế quản lý hội viên của Hội Cựu chiến binh huyện bắt đầu được áp dụng kể từ khi nào?",
        "time",
    )
    assert "15 tháng 4 năm 2029" in line, line


def test_applied_from_asks_the_effect_the_document_states(resolution):
    line = _line(
        resolution,
        "Nghị quyết của HĐND tỉnh về mức chi cho tổ hòa giải ở cơ sở bắt đầu được áp dụng kể từ khi nào?",
        "time",
    )
    assert "20 tháng 7 năm 2030" in line, line
