"""A document the question names as what a task changes, drafts or carries out ("trình dự thảo bổ sung Quy chế
quản lý Quỹ Khuyến học ...") is the object of the act, not the only document to read: the act is assigned by
another document (a notice of conclusions), which must be read too. And a draft the question names ("dự
thảo", "bản dự thảo") is the draft of what follows it: the clause assigning the work writes the work and
leaves the draft implied ("rà soát, bổ sung Quy chế ...; trình Thường trực Đảng ủy trước ngày ..."), so it
does not veto the clause (newcomer trial 47 q01: a wrong refusal). The Quy chế in Word, the notice in text
and PDF; real index."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_paragraphs, write_pdf_lines

RULES = [
    "HỘI KHUYẾN HỌC XÃ PHÚ AN",
    "Số: 03-QC/HKH",
    "Phú An, ngày 05 tháng 01 năm 2028",
    "QUY CHẾ",
    "Quản lý và sử dụng Quỹ Khuyến học xã Phú An",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định việc vận động, quản lý và chi Quỹ Khuyến học xã Phú An.",
    "Điều 2. Xét cấp học bổng",
    "1. Chi hội khuyến học thôn lập danh sách học sinh đề nghị cấp học bổng, trình Ban Thường vụ Hội "
    "Khuyến học xã trước ngày 15/8 hằng năm.",
    "2. Ban Thường vụ Hội Khuyến học xã xét duyệt, trình Chủ tịch Hội phê duyệt chậm nhất 07 ngày làm "
    "việc sau khi nhận danh sách.",
    "Điều 3. Báo cáo quyết toán",
    "Kế toán Hội lập báo cáo quyết toán Quỹ, trình Ban Chấp hành Hội trước ngày 20 tháng 12 hằng năm.",
    "Điều 4. Hiệu lực thi hành",
    "Quy chế này có hiệu lực kể từ ngày ký.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Lê Văn Tâm",
]

NOTICE = [
    "ĐẢNG ỦY XÃ PHÚ AN",
    "Số 41-TB/ĐU",
    "Phú An, ngày 10 tháng 4 năm 2028",
    "THÔNG BÁO KẾT LUẬN",
    "của Thường trực Đảng ủy xã tại buổi làm việc với các đoàn thể ngày 08/4/2028",
    "1. Về công tác khuyến học",
    "Giao Hội Khuyến học xã chủ trì rà soát, bổ sung Quy chế quản lý và sử dụng Quỹ Khuyến học cho phù hợp "
    "với tình hình mới; trình Thường trực Đảng ủy trước ngày 20/5/2028.",
    "2. Về công tác thanh niên",
    "Đoàn Thanh niên xã tổ chức ra quân tình nguyện hè, báo cáo kết quả về Thường trực Đảng ủy trước ngày "
    "30/8/2028.",
    "T/M THƯỜNG TRỰC",
    "PHÓ BÍ THƯ",
    "Nguyễn Văn Hùng",
]


@pytest.fixture(scope="module", params=["txt", "pdf"])
def assistant(request, tmp_path_factory, embedder):
    made = tmp_path_factory.mktemp("object-docs-src")
    notice = (
        write_pdf_lines(made / "TB41.pdf", NOTICE)
        if request.param == "pdf"
        else write_paragraphs(made / "TB41.txt", NOTICE)
    )
    files = {"QC03.docx": RULES, notice.name: notice}
    return assistant_over(tmp_path_factory.mktemp(f"object-docs-{request.param}"), embedder, files)


@pytest.mark.parametrize(
    ("question", "dated"),
    [
        (
            "Hội Khuyến học xã phải trình dự thảo bổ sung Quy chế quản lý Quỹ Khuyến học lên Thường trực "
            "Đảng ủy trước ngày nào?",
            True,
        ),
        (
            "Hội Khuyến học xã phải trình Thường trực Đảng ủy việc bổ sung Quy chế Quỹ Khuyến học trước ngày "
            "nào?",
            True,
        ),
        # (no first line here yet: the quote carries the time; never the Quy chế's own dates)
        (
            "Hội Khuyến học xã phải trình bản dự thảo sửa đổi, bổ sung Quy chế Quỹ Khuyến học "
            "trước ngày nào?",
            False,
        ),
    ],
)
def test_the_act_on_a_named_document_is_read_in_the_document_assigning_it(assistant, question, dated):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "rà soát, bổ sung Quy chế" in answer.citations[0].quote, answer.text
    assert answer.citations[0].doc.number.startswith("41-TB"), answer.citations[0].doc.number
    if dated:
        assert "20/5/2028" in first_line(answer), answer.text
    else:
        assert not any(d in first_line(answer) for d in ("15/8", "07 ngày", "20 tháng 12")), answer.text


def test_a_document_named_as_the_one_read_keeps_its_scope(assistant):
    # "Theo Quy chế ..." reads that document: its own clause, not the notice's
    answer = assistant.ask(
        "Theo Quy chế quản lý và sử dụng Quỹ Khuyến học, kế toán Hội trình báo cáo quyết toán trước ngày nào?"
    )
    assert not answer.abstained, answer.text
    assert "Kế toán Hội lập báo cáo quyết toán" in answer.citations[0].quote, answer.text
    assert answer.citations[0].doc.number.startswith("03-QC"), answer.citations[0].doc.number
