"""A document named as what others carry out is still a document with its own text (trial 12). Real index
over a district notice, the commune plan that carries it out and a letter citing it, written here.

- "... kiểm tra việc thực hiện Thông báo 128 khi nào?" asks a time, not which documents it rests on: no
  "Căn cứ, thực hiện" first line; the notice's own clause gives the time.
- "... báo cáo kết quả thực hiện Kế hoạch 52 ... trước ngày nào?": the plan itself sets its report's
  deadline; the documents citing it are not the only place to look.
- "Công văn 31 căn cứ vào văn bản nào?": the basis of the letter named, not of the notice it cites.
- "Hạn gửi hồ sơ ... đợt 2" asks a time (the file is what is sent, not a procedure asked), and the time of
  the round asked, not the first one the clause writes.
- "Kính gửi những đơn vị nào?" names the addressees, not the copy list ("Thường trực Huyện ủy (b/c); Lưu VP").
- A conditions question quotes the conditions before the guide's preamble (quotes in relevance order).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

NOTICE = """HUYỆN ỦY LAM SƠN
Số 128-TB/HU
Lam Sơn, ngày 18 tháng 4 năm 2027

THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Huyện ủy tại buổi làm việc với Đảng ủy xã Hòa Phong

1. Đảng ủy xã Hòa Phong xây dựng kế hoạch thực hiện Thông báo này, hoàn thành trước ngày 10/5/2027.
2. Ban Tuyên giáo Huyện ủy hướng dẫn xã xây dựng mô hình dân vận khéo.
3. Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện Thông báo này tại Đảng ủy xã Hòa Phong trong quý IV/2027.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn Hải
"""

PLAN = """ĐẢNG ỦY XÃ HÒA PHONG
Số 52-KH/ĐU
Hòa Phong, ngày 05 tháng 5 năm 2027

KẾ HOẠCH
Thực hiện Thông báo kết luận số 128-TB/HU

Thực hiện Thông báo kết luận số 128-TB/HU ngày 18/4/2027 của Ban Thường vụ Huyện ủy Lam Sơn, Ban Thường vụ
Đảng ủy xã xây dựng Kế hoạch thực hiện như sau:

1. Các chi bộ quán triệt Thông báo kết luận đến đảng viên, hoàn thành trước ngày 30/5/2027.
2. Ủy ban Mặt trận Tổ quốc xã chủ trì vận động xây dựng 05 nhà Đại đoàn kết, bàn giao trước ngày 02/9/2027.
3. Văn phòng Đảng ủy tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/12/2027.

T/M ĐẢNG ỦY
BÍ THƯ
Đỗ Văn Tuấn
"""

LETTER = """HỘI CỰU CHIẾN BINH HUYỆN LAM SƠN
Số 31-CV/CCB
Lam Sơn, ngày 09 tháng 6 năm 2027

Kính gửi:
- Hội Cựu chiến binh các xã, thị trấn;
- Chi hội Cựu chiến binh các cơ quan huyện.

Thực hiện Thông báo kết luận số 128-TB/HU ngày 18/4/2027 của Ban Thường vụ Huyện ủy Lam Sơn, Ban Thường vụ
Hội Cựu chiến binh huyện đề nghị các xã thực hiện một số nội dung sau:
1. Rà soát hội viên có hoàn cảnh khó khăn về nhà ở, gửi danh sách về Văn phòng Hội trước ngày 25/6/2027.
2. Phối hợp với Ủy ban Mặt trận Tổ quốc xã vận động xây dựng nhà Đại đoàn kết.

Nơi nhận:
- Như kính gửi;
- Thường trực Huyện ủy (b/c);
- Lưu VP.

T/M BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Quang Vinh
"""

PREAMBLE = (
    "Căn cứ Điều lệ Hội Nông dân Việt Nam; thực hiện Kế hoạch số 14-KH/HND ngày 10/01/2027 của Ban "
    "Thường vụ Hội Nông dân tỉnh, Ban Thường vụ Hội Nông dân huyện hướng dẫn việc xét chọn, cho vay vốn "
    "Quỹ Hỗ trợ nông dân như sau:"
)

GUIDE = f"""HỘI NÔNG DÂN HUYỆN LAM SƠN
Số 06-HD/HND
Lam Sơn, ngày 22 tháng 3 năm 2027

HƯỚNG DẪN
Xét chọn, cho vay vốn Quỹ Hỗ trợ nông dân năm 2027

{PREAMBLE}

1. Đối tượng vay vốn
Hội viên Hội Nông dân và tổ hợp tác của hội viên.
2. Điều kiện vay vốn
a) Là hội viên đã sinh hoạt Hội từ đủ 12 tháng trở lên;
b) Có dự án sản xuất khả thi được chi hội xác nhận;
c) Không có nợ quá hạn tại Quỹ.
3. Tổ chức thực hiện
Hội Nông dân các xã hướng dẫn hội viên lập hồ sơ; gửi hồ sơ đợt 1 về Ban Điều hành Quỹ trước ngày 30/4/2027,
đợt 2 trước ngày 31/8/2027.

T/M BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Lợi
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    files = {"TB128.txt": NOTICE, "KH52.txt": PLAN, "CV31.txt": LETTER, "HD06.txt": GUIDE}
    return assistant_over(tmp_path_factory.mktemp("implemented_documents"), embedder, files)


def test_a_time_question_about_carrying_a_document_out_is_not_a_basis_question(assistant):
    answer = assistant.ask("Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện Thông báo 128 khi nào?")
    first = answer.text.split("\n", 1)[0]
    assert not answer.abstained, answer.text
    assert not first.startswith("Căn cứ"), answer.text
    assert "quý IV/2027" in answer.text, answer.text


def test_the_named_document_sets_its_own_report_deadline(assistant):
    answer = assistant.ask(
        "Văn phòng Đảng ủy phải báo cáo kết quả thực hiện Kế hoạch 52 lên Ban Thường vụ Huyện ủy "
        "trước ngày nào?"
    )
    assert not answer.abstained, answer.text
    assert "15/12/2027" in answer.text.split("\n", 1)[0], answer.text


def test_the_basis_is_the_named_documents(assistant):
    answer = assistant.ask("Công văn 31-CV/CCB được ban hành căn cứ vào văn bản nào?")
    first = answer.text.split("\n", 1)[0]
    assert first.startswith("Căn cứ"), answer.text
    assert "128-TB/HU" in first, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch 52 của Đảng ủy xã Hòa Phong làm theo thông báo nào?",
        "Kế hoạch 52-KH/ĐU thực hiện văn bản nào?",
        # described by its issuer, "làm theo" ends the description ("của Đảng ủy xã"), whose level and
        # place are the plan's issuer's
        "Kế hoạch năm 2027 của Đảng ủy xã làm theo văn bản nào?",
        "Kế hoạch năm 2027 của Đảng ủy xã dựa trên văn bản nào?",
    ],
)
def test_the_document_a_plan_follows_is_its_basis(assistant, question):
    # "làm theo ... nào?" asks what the plan carries out, as "thực hiện / căn cứ ... nào?" do (trial 28 q37)
    answer = assistant.ask(question)
    assert answer.text.startswith("Căn cứ, thực hiện: Thông báo kết luận 128-TB/HU"), answer.text


def test_conditions_are_quoted_before_the_preamble(assistant):
    answer = assistant.ask("Điều kiện để được vay vốn Quỹ Hỗ trợ nông dân huyện Lam Sơn là gì?")
    assert not answer.abstained, answer.text
    quotes = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert quotes and "12 tháng" in quotes[0], answer.text


@pytest.mark.parametrize(
    ("round_", "date", "other"), [("2", "31/8/2027", "30/4/2027"), ("1", "30/4/2027", "31/8/2027")]
)
def test_the_deadline_of_the_round_asked(assistant, round_, date, other):
    answer = assistant.ask(f"Hạn gửi hồ sơ vay vốn đợt {round_} về Ban Điều hành Quỹ là ngày nào?")
    first = answer.text.split("\n", 1)[0]
    assert not answer.abstained, answer.text
    assert other not in first, answer.text
    assert date in answer.text, answer.text


def test_addressees_are_not_the_copy_list(assistant):
    answer = assistant.ask("Công văn 31-CV/CCB kính gửi những đơn vị nào?")
    first = answer.text.split("\n", 1)[0]
    assert "Chi hội Cựu chiến binh các cơ quan huyện" in first, answer.text
    assert "Lưu" not in first and "b/c" not in first, answer.text
