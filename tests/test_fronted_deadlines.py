"""A deadline read from a retrieved sentence belongs to the asked act wherever the sentence writes it (issue
11: a first line that is right or absent). Real index over a plan written here as Markdown, asked through
``Assistant``:

- a deadline that opens its clause, the act after it: "Chậm nhất là ngày 15/10/2029, việc rà soát ... phải
  được hoàn thành";
- the act written with another verb for the same act: "báo cáo kết quả ... trước ngày 30/11/2029" answers
  "gửi kết quả ... chậm nhất ngày nào?" (``lexicon/phrases.json`` action_variants);
- and still no first line from a sentence whose fronted deadline is another act's, nor from one of two
  twin sentences that differ by the thing asked about ("Phiếu đăng ký tạm thời" / "chính thức") when the
  question does not say which.
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_over

PLAN = """HỘI CHỮ THẬP ĐỎ HUYỆN QUẢNG HÒA

Số: 31/KH-CTĐ

Quảng Hòa, ngày 05 tháng 9 năm 2029

# KẾ HOẠCH

## Triển khai Tháng nhân đạo cuối năm 2029

### I. NỘI DUNG

1. Các chi hội vận động quà, tổng hợp số quà đã nhận và báo cáo kết quả vận động về Ban Thường vụ Hội huyện \
trước ngày 30/11/2029.

2. Chậm nhất là ngày 15/10/2029, việc rà soát danh sách hộ nghèo cần hỗ trợ ở các xã phải được hoàn thành.

3. Trước ngày 20/12/2029, các chi hội tổ chức trao quà tận tay hộ nghèo.

### II. TÌNH NGUYỆN VIÊN

1. Trong thời hạn 10 ngày làm việc kể từ ngày được giới thiệu, tình nguyện viên phải nộp Phiếu đăng ký \
tạm thời cho chi hội nơi cư trú.

2. Trong thời hạn 45 ngày làm việc kể từ ngày được giới thiệu, tình nguyện viên phải nộp Phiếu đăng ký \
chính thức cho chi hội nơi cư trú.

TM. BAN THƯỜNG VỤ

CHỦ TỊCH

Đinh Văn Quý
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("fronted"), embedder, {"KH31.md": PLAN})


def test_a_deadline_opening_its_clause_is_the_time_of_the_act_after_it(assistant):
    answer = assistant.ask("Hạn cuối để rà soát danh sách hộ nghèo cần hỗ trợ là ngày nào?")
    line = first_line(answer.text)
    assert stated_fact(line) == "deadline", answer.text
    assert "15/10/2029" in line


def test_another_verb_for_the_same_act_sets_its_time(assistant):
    answer = assistant.ask("Các chi hội phải gửi kết quả vận động quà về huyện chậm nhất ngày nào?")
    line = first_line(answer.text)
    assert stated_fact(line) == "deadline", answer.text
    assert "30/11/2029" in line


def test_a_fronted_deadline_of_another_act_is_no_first_line(assistant):
    # the plan sets no time for checking the gifts' quality; its dated sentences are other acts'
    answer = assistant.ask("Hạn cuối để kiểm tra chất lượng quà là ngày nào?")
    line = first_line(answer.text)
    assert not (stated_fact(line) == "deadline" and any(d in line for d in ("15/10", "30/11", "20/12"))), (
        answer.text
    )


def test_twin_sentences_with_two_times_give_no_first_line_unless_the_question_picks_one(assistant):
    answer = assistant.ask("Tình nguyện viên phải nộp phiếu đăng ký cho chi hội trong thời hạn bao lâu?")
    line = first_line(answer.text)
    assert stated_fact(line) != "deadline", answer.text  # 10 or 45 days: the question does not say which
    answer = assistant.ask("Tình nguyện viên nộp Phiếu đăng ký chính thức cho chi hội trong bao nhiêu ngày?")
    assert "10 ngày" not in first_line(answer.text), answer.text
