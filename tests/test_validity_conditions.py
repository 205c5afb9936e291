""""<Gathering> hợp lệ khi nào?" asks the condition that makes it valid (a quorum), not a time: read as a
time limit, no quoted sentence wrote a date and the question abstained, while its English twin ("When is a
meeting of a leadership body valid?") quoted the rule (library dev lib-dld-05). "hợp lệ" is written "có giá
trị" in directives (lexicon question_paraphrases). Accented and typed without diacritics; a charter written
here, as Word and as text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LINES = [
    "HỘI CỰU CHIẾN BINH HUYỆN BẢO LÂM",
    "Số: 07-QC/CCB",
    "Bảo Lâm, ngày 15 tháng 2 năm 2043",
    "QUY CHẾ",
    "Làm việc của Ban Chấp hành Hội Cựu chiến binh huyện nhiệm kỳ 2043 - 2048",
    "Điều 1. Ban Chấp hành họp thường kỳ 6 tháng một lần, họp bất thường khi cần.",
    "Điều 2. Hội nghị Ban Chấp hành chỉ có giá trị khi có ít nhất hai phần ba số ủy viên được triệu tập "
    "tham dự.",
    "Điều 3. Văn phòng Hội gửi giấy mời và tài liệu hội nghị đến các ủy viên trước ngày họp 05 ngày làm "
    "việc.",
    "Điều 4. Quy chế có hiệu lực từ ngày 01/3/2043.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Nông Văn Thái",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def rules(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "QC-07-CCB", LINES)


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị Ban Chấp hành Hội Cựu chiến binh huyện hợp lệ khi nào?",
        "hoi nghi ban chap hanh hoi cuu chien binh huyen hop le khi nao",
    ],
)
def test_a_valid_meeting_is_its_quorum(rules, question) -> None:
    answer = rules.ask(question)
    assert not answer.abstained, answer.text
    assert "hai phần ba" in answer.citations[0].quote, answer.text
