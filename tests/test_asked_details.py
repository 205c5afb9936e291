"""Details a question asks for that only their own words answer (issue 11: abstain when the answer is
absent; a newcomer trial's "phone number for race registration?" got registration clauses, and "bỏ phiếu
kín hay giơ tay?" got a blank form):

- a phone number or an email address: answered only by one written out;
- a choice between two named ways ("... hay ...?"): answered only by passages writing one of them;
- a sum of money: the quotes must write it (trial 16 u03: a sum among other retrieved sentences passed);
  another activity's sum is never stated as the figure asked.

Real index over a plan written here as .txt, asked through ``Assistant``.
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_over

PLAN = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ HÒA PHÚ
Số: 22-KH/ĐTN
Hòa Phú, ngày 02 tháng 3 năm 2030

KẾ HOẠCH
Tổ chức giải chạy "Thanh niên khỏe" và hội thao năm 2030

I. GIẢI CHẠY
1. Giải chạy tổ chức ngày 26/3/2030 tại Quảng trường xã, cự ly 5 km.
2. Đăng ký tham gia giải chạy: liên hệ đồng chí Trần Văn Hùng, Phó Bí thư Đoàn xã, điện thoại 0912 345 678.

II. HỘI THAO
1. Hội thao gồm các môn bóng chuyền, kéo co, tổ chức ngày 30/3/2030 tại Sân vận động xã.
2. Các chi đoàn gửi danh sách vận động viên hội thao về Văn phòng Đoàn xã trước ngày 20/3/2030.
3. Trận chung kết bóng chuyền thi đấu theo thể thức ba hiệp thắng hai.

III. RA MẮT CÂU LẠC BỘ
1. Lễ ra mắt Câu lạc bộ chạy bộ thanh niên tổ chức ngày 10/4/2030 tại Nhà văn hóa xã.

IV. KINH PHÍ
1. Kinh phí tổ chức giải chạy 15.000.000 đồng do Đoàn xã vận động tài trợ.

TM. BAN CHẤP HÀNH
BÍ THƯ
Lê Minh Quân
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("contacts"), embedder, {"KH22.txt": PLAN})


@pytest.mark.parametrize(
    "question",
    [
        "Số điện thoại đăng ký tham gia giải chạy là gì?",
        "What is the phone number to register for the race?",
        # "gọi điện cho ai, số mấy?" asks the phone, not the document's number
        "Muốn đăng ký giải chạy thì gọi điện cho ai, số mấy?",
    ],
)
def test_a_phone_number_written_out_answers(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "0912 345 678" in answer.text


def test_an_email_the_plan_never_writes_is_not_answered(assistant):
    answer = assistant.ask("Địa chỉ email nhận danh sách vận động viên hội thao là gì?")
    assert answer.abstained, answer.text
    assert answer.evidence.reason == "contact_not_found"


def test_a_choice_the_plan_writes_is_answered(assistant):
    answer = assistant.ask("Trận chung kết bóng chuyền đấu ba hiệp thắng hai hay năm hiệp thắng ba?")
    assert not answer.abstained, answer.text
    assert "ba hiệp thắng hai" in answer.text


def test_a_choice_the_plan_never_writes_is_not_answered(assistant):
    answer = assistant.ask("Giải chạy tính thành tích bằng chip điện tử hay bấm giờ tay?")
    assert answer.abstained, answer.text
    assert answer.evidence.reason == "choice_not_found"


def test_another_activitys_sum_is_never_the_first_line(assistant):
    # the plan budgets the race, not the club's launch: its sum may be quoted (a reader sees "giải chạy"),
    # never stated as the figure asked
    answer = assistant.ask("Kinh phí tổ chức lễ ra mắt Câu lạc bộ chạy bộ là bao nhiêu tiền?")
    line = first_line(answer.text)
    assert answer.abstained or stated_fact(line) != "figure", answer.text


def test_a_sum_the_quotes_write_is_answered(assistant):
    answer = assistant.ask("Kinh phí tổ chức giải chạy là bao nhiêu tiền?")
    assert not answer.abstained, answer.text
    assert "15.000.000 đồng" in answer.text


VETERANS = """HỘI CỰU CHIẾN BINH TỈNH ĐẮK LẮK
HỘI CỰU CHIẾN BINH HUYỆN EA SÚP
Số: 09-KH/CCB
Ea Súp, ngày 05 tháng 4 năm 2031

KẾ HOẠCH
Phát triển mô hình nuôi ong lấy mật năm 2031

1. Ban Kinh tế Hội chủ trì hướng dẫn hội viên nuôi ong đúng kỹ thuật.
2. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ \
đồng chí Y Bih Mlô, Phó Chủ tịch Hội, số điện thoại 0262.3999.111 để được hướng dẫn.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Nay Văn Kha
"""


def test_a_bodys_place_after_its_name_is_no_persons_name(tmp_path, embedder):
    # "Hội CCB Ea Súp": the capitalised words after the body's name are its place, not a cadre whose number
    # must be written beside theirs
    veterans = assistant_over(tmp_path, embedder, {"KH09.txt": VETERANS, "KH22.txt": PLAN})
    answer = veterans.ask("Số điện thoại liên hệ khi vướng mắc của Hội CCB Ea Súp là gì?")
    assert not answer.abstained, answer.text
    assert "0262.3999.111" in answer.text, answer.text
    # a plan that gives no number is not answered by another plan's number
    answer = veterans.ask("Số điện thoại liên hệ về hội thao bóng chuyền của Đoàn xã Hòa Phú là số mấy?")
    assert "0262.3999.111" not in answer.text and not answer.text.startswith("Số hiệu"), answer.text
