"""A person given the lead by post alone ("Giao đồng chí Phó Bí thư Đoàn xã trực tiếp phụ trách ...",
"Phân công đồng chí Chủ tịch Hội Nông dân xã chủ trì ...") answers "giao cho ai ...?" with that post on the
first line, for Word, text and PDF files through a real ``Assistant`` (library2 dev l2-mttq-18's kind: the
clause was quoted first but no first line was written, as the post was read as a name and "trực tiếp"
stood before the role).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_pdf_lines

PLAN = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ PHÚ HỮU",
    "Số: 21-KH/ĐTN",
    "Phú Hữu, ngày 05 tháng 4 năm 2043",
    "KẾ HOẠCH",
    "tổ chức Ngày hội hiến máu tình nguyện và Hội thi nhà nông đua tài năm 2043",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát huy vai trò xung kích của đoàn viên thanh niên trong các hoạt động vì cộng đồng.",
    "II. NỘI DUNG VÀ PHÂN CÔNG",
    "1. Ngày hội hiến máu tình nguyện tổ chức ngày 18/5/2043 tại Trạm Y tế xã. Giao đồng chí Phó Bí thư"
    " Đoàn xã trực tiếp phụ trách công tác vận động và tiếp nhận người hiến máu.",
    "2. Hội thi nhà nông đua tài tổ chức ngày 02/6/2043 tại sân vận động xã. Phân công đồng chí Chủ tịch"
    " Hội Nông dân xã chủ trì xây dựng thể lệ và chấm thi.",
    "3. Các chi đoàn ấp đăng ký số lượng đoàn viên tham gia trước ngày 10/5/2043.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Trần Minh Khang",
]


@pytest.fixture(scope="module", params=["docx", "txt", "pdf"])
def plan(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"post_leads_{request.param}")
    if request.param == "pdf":
        files = {"KH-21.pdf": write_pdf_lines(root / "KH-21-src.pdf", PLAN)}
    elif request.param == "docx":
        files = {"KH-21.docx": PLAN}
    else:
        files = {"KH-21.txt": "\n\n".join(PLAN)}
    return assistant_over(root, embedder, files)


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("Đoàn xã giao cho ai phụ trách việc vận động người hiến máu tại ngày hội?", "Phó Bí thư Đoàn xã"),
        ("Ai chủ trì xây dựng thể lệ và chấm Hội thi nhà nông đua tài?", "Chủ tịch Hội Nông dân xã"),
    ],
)
def test_the_post_given_the_lead_is_the_first_line(plan, question, post) -> None:
    line = first_line(plan.ask(question))
    assert line.startswith("Chủ trì:") and post in line, line
