"""What an answer's checks accept as the asked fact, from newcomer trial 39's faults, each kind for Word
and text files through a real ``Assistant``:

- a document's effect "kể từ ngày ký" answers "có hiệu lực từ khi nào?" though no date is written (p_e4vi
  abstained), and its sentence is the first quote of the English question too (e4 quoted it third);
- a committee's seats counted "11 đồng chí" answer "gồm bao nhiêu ủy viên?", the committee written in
  full or abbreviated ("BCH Hội CCB xã", n3 abstained);
- "Ai được bầu làm Chủ tịch ...?" needs a person named with that post; a plan that names nobody for it
  is no answer (u2 quoted a task table).
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

RULES = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ AN THẠNH",
    "BAN CHẤP HÀNH",
    "Số: 03-QC/PN",
    "An Thạnh, ngày 14 tháng 2 năm 2042",
    "QUY CHẾ",
    "làm việc của Ban Chấp hành Hội Liên hiệp Phụ nữ xã khóa XII",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định nguyên tắc, chế độ làm việc của Ban Chấp hành, Ban Thường vụ Hội Liên hiệp Phụ nữ"
    " xã và được áp dụng đối với các ủy viên Ban Chấp hành từ ngày 01/3/2042 đến hết nhiệm kỳ.",
    "Điều 2. Chế độ họp",
    "Ban Thường vụ họp thường kỳ vào ngày 20 hằng tháng tại trụ sở Hội; Ban Chấp hành họp 03 tháng một lần.",
    "Điều 3. Hiệu lực thi hành",
    "Quy chế này có hiệu lực kể từ ngày ký.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Võ Thị Hạnh",
]
PLAN = [
    "ĐẢNG ỦY XÃ AN THẠNH",
    "Số: 17-KH/ĐU",
    "An Thạnh, ngày 03 tháng 3 năm 2042",
    "KẾ HOẠCH",
    "lãnh đạo Đại hội Hội Cựu chiến binh xã lần thứ IX, nhiệm kỳ 2042 - 2047",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ VIII của Hội.",
    "II. NỘI DUNG",
    "1. Thời gian, địa điểm: Đại hội tổ chức trong 01 ngày, ngày 12/6/2042 tại Hội trường Đảng ủy xã.",
    "2. Nhân sự: Ban Chấp hành khóa IX có 09 đồng chí, Ban Thường vụ 03 đồng chí.",
    "3. Ban Thường vụ Hội Cựu chiến binh xã xây dựng dự thảo báo cáo chính trị trước ngày 15/5/2042.",
    "4. Ban Tổ chức Đảng ủy thẩm định nhân sự dự kiến bầu Chủ tịch, Phó Chủ tịch Hội Cựu chiến binh xã"
    " khóa IX trước ngày 25/5/2042.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Nguyễn Văn Tâm",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    docs = {"QC-03": RULES, "KH-17": PLAN}
    return library_as(request.param, tmp_path_factory, embedder, "checks39", docs)


def _first_quote(answer) -> str:
    return next((line for line in answer.text.splitlines() if line.startswith("- ")), "")


def test_effect_from_signing_answers_when_it_takes_effect(library) -> None:
    answer = library.ask("Quy chế làm việc của Hội Phụ nữ xã có hiệu lực từ khi nào?")
    assert not answer.abstained, answer.text
    assert "kể từ ngày ký" in _first_quote(answer), answer.text


def test_effect_sentence_leads_an_english_question(library) -> None:
    answer = library.ask("When does the working regulation of the Women's Union take effect?")
    assert "kể từ ngày ký" in _first_quote(answer), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Ban Chấp hành Hội Cựu chiến binh xã khóa IX gồm bao nhiêu ủy viên?",
        "BCH Hội CCB xã khóa IX gồm bao nhiêu ủy viên?",
    ],
)
def test_seats_counted_by_another_noun(library, question) -> None:
    answer = library.ask(question)
    assert not answer.abstained, answer.text
    assert "09 đồng chí" in answer.text, answer.text


def test_an_elected_post_no_one_is_named_for(library) -> None:
    answer = library.ask("Ai được bầu làm Chủ tịch Hội Cựu chiến binh xã nhiệm kỳ 2042 - 2047?")
    assert answer.abstained, answer.text
