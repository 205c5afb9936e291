"""A plan's named phase ("Giai đoạn 2 làm những việc gì?") is a named division like "Mục II" or "Điều 12": the
answer quotes that phase's heading (it holds the period) and its items, never another phase's items without
their label (newcomer trial 47 q23: phase 1's bullets were quoted under phase 3's). The plan in text and
Word, its phases numbered items ("2. Giai đoạn 2 (...): ..."); real index. (A phase heading with no number
before it, "Giai đoạn 2 (...): ..." in a text file, does not hold its bullets in the parsed tree yet.)"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, write_paragraphs

PLAN = [
    "HỘI NÔNG DÂN XÃ AN THẠNH",
    "Số: 12-KH/HND",
    "An Thạnh, ngày 10 tháng 01 năm 2029",
    "KẾ HOẠCH",
    "Thực hiện phong trào nông dân sản xuất, kinh doanh giỏi năm 2029",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phong trào được triển khai đến tất cả các chi hội.",
    "II. CÁC GIAI ĐOẠN THỰC HIỆN",
    "{n1}Giai đoạn 1 (từ ngày 01/02/2029 đến ngày 31/3/2029): phát động",
    "- Tổ chức hội nghị phát động phong trào tại Hội trường xã.",
    "- Các chi hội đăng ký danh sách hộ thi đua.",
    "- Văn phòng Hội tổng hợp kết quả giai đoạn 1, báo cáo Ban Thường vụ Hội trước ngày 10/4/2029.",
    "{n2}Giai đoạn 2 (từ ngày 01/4/2029 đến ngày 31/8/2029): thực hiện",
    "- Mở 03 lớp tập huấn kỹ thuật trồng lúa hữu cơ.",
    "- Hỗ trợ hội viên vay vốn mở rộng sản xuất.",
    "{n3}Giai đoạn 3 (từ ngày 01/9/2029 đến ngày 30/11/2029): đánh giá",
    "- Chấm điểm các hộ đăng ký thi đua.",
    "- Tổ chức hội nghị biểu dương hộ sản xuất giỏi.",
    "- Tổng hợp kết quả thực hiện giai đoạn 2 và giai đoạn 3, báo cáo Hội Nông dân huyện.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Phan Văn Lộc",
]


def _plan(numbered: bool) -> list[str]:
    marks = {"n1": "1. ", "n2": "2. ", "n3": "3. "} if numbered else {"n1": "", "n2": "", "n3": ""}
    return [line.format(**marks) for line in PLAN]


@pytest.fixture(scope="module", params=[("txt", True), ("docx", True)])
def assistant(request, tmp_path_factory, embedder):
    fmt, numbered = request.param
    made = tmp_path_factory.mktemp("phases-src")
    plan = write_paragraphs(made / f"KH12.{fmt}", _plan(numbered))
    return assistant_over(tmp_path_factory.mktemp(f"phases-{fmt}-{numbered}"), embedder, {plan.name: plan})


@pytest.mark.parametrize(
    ("question", "mine", "others"),
    [
        (
            "Giai đoạn 2 làm những việc gì?",
            ["lớp tập huấn", "vay vốn"],
            ["đăng ký danh sách", "hội nghị phát động", "Chấm điểm", "biểu dương", "Hội Nông dân huyện",
             "kết quả giai đoạn 1"],
        ),
        (
            "Giai đoạn 1 có những hoạt động nào?",
            ["hội nghị phát động", "đăng ký danh sách"],
            ["lớp tập huấn", "vay vốn", "Chấm điểm", "biểu dương", "Hội Nông dân huyện"],
        ),
    ],
)
def test_a_named_phase_is_quoted_with_its_heading_and_only_its_items(assistant, question, mine, others):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    n = question.split()[2]
    assert f"Giai đoạn {n} (từ ngày" in answer.text, answer.text
    for item in mine:
        assert item in answer.text, answer.text
    for item in others:
        assert item not in answer.text, answer.text
