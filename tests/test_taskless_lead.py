"""A "who is it assigned to" question naming a document but no task gets no lead line from one of its
clauses (``answer/taskless_lead.py``; session 25's final run: a first clause's doer was printed for a
question that named only a notice). A task named keeps its lead line. Own documents, DOCX and TXT, through
``Assistant.ask``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

NOTICE = [
    "HUYỆN ỦY ĐÔNG SƠN",
    "Số: 12-TB/HU",
    "Đông Sơn, ngày 04 tháng 11 năm 2041",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Huyện ủy về công tác tuyên truyền năm 2041",
    "1. Các cấp ủy, tổ chức đảng quán triệt nội dung kết luận đến cán bộ, đảng viên.",
    "2. Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện tổ chức hội nghị "
    "tổng kết công tác tuyên truyền trước ngày 15/12/2041.",
    "3. Ủy ban MTTQ huyện và các đoàn thể chính trị - xã hội vận động đoàn viên, hội viên hưởng ứng cuộc thi "
    "tìm hiểu lịch sử địa phương.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Trần Văn Lộc",
]
_LEAD_LABELS = ("Chủ trì", "Thực hiện", "Lead", "Responsible")


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    files = {f"TB-12.{request.param}": NOTICE if request.param == "docx" else "\n\n".join(NOTICE)}
    return assistant_over(tmp_path_factory.mktemp(f"taskless_{request.param}"), embedder, files)


@pytest.mark.parametrize(
    "question", ["Thông báo 12 thì giao cho ai?", "Thông báo 12-TB/HU giao cho đơn vị nào?"]
)
def test_a_document_named_without_a_task_gets_no_lead_line(assistant, question):
    answer = assistant.ask(question)
    assert not first_line(answer).startswith(_LEAD_LABELS), answer.text


def test_a_task_named_keeps_its_lead(assistant):
    answer = assistant.ask("Thông báo 12 giao ai chủ trì tổ chức hội nghị tổng kết công tác tuyên truyền?")
    line = first_line(answer)
    assert line.startswith("Chủ trì") and "Ban Tuyên giáo Huyện ủy" in line, answer.text
