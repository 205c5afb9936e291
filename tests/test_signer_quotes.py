"""A signer's answer is quoted from the signature of the document its first line names: not from another
document's passages that the question's other words found (the English gloss "review" -> "sơ kết" found a
notice's "Hội nghị sơ kết"), and not from an appendix after the signature that lists the signer among
others (newcomer trial 47 q16). The report in Word and text (its appendix a table), the notice in text;
real index."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, write_docx_table, write_paragraphs, write_pipe_table

REPORT = [
    "BAN CHẤP HÀNH ĐOÀN XÃ HƯNG LỘC",
    "Số: 21-BC/ĐTN",
    "Hưng Lộc, ngày 25 tháng 6 năm 2028",
    "BÁO CÁO",
    "Sơ kết công tác Đoàn và phong trào thanh niên 6 tháng đầu năm 2028",
    "I. KẾT QUẢ",
    "1. Tổ chức 04 buổi sinh hoạt chủ điểm, thu hút 320 lượt đoàn viên tham gia.",
    "2. Thành lập mới 02 đội hình thanh niên tình nguyện.",
    "II. PHƯƠNG HƯỚNG",
    "Tổ chức Ngày hội thanh niên khởi nghiệp trong tháng 9/2028.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "(đã ký)",
    "Đinh Quang Vinh",
    "PHỤ LỤC",
    "DANH SÁCH BAN TỔ CHỨC NGÀY HỘI THANH NIÊN",
]
HEAD = ["STT", "Họ và tên", "Chức vụ", "Nhiệm vụ"]
ROWS = [
    ["1", "Đinh Quang Vinh", "Bí thư Đoàn xã", "Trưởng ban"],
    ["2", "Mai Thị Hoa", "Phó Bí thư Đoàn xã", "Phó Trưởng ban"],
]

NOTICE = [
    "ĐẢNG ỦY XÃ HƯNG LỘC",
    "Số 77-TB/ĐU",
    "Hưng Lộc, ngày 02 tháng 6 năm 2028",
    "THÔNG BÁO",
    "Về việc tổ chức Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2028",
    "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2028 tổ chức ngày 30/6/2028 tại Hội trường Đảng ủy; "
    "Đoàn xã báo cáo sơ kết công tác thanh niên tại hội nghị.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Lương Văn Sáu",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    made = tmp_path_factory.mktemp("signer-quotes-src")
    write = write_docx_table if request.param == "docx" else write_pipe_table
    report = write(made / f"BC21.{request.param}", REPORT, HEAD, ROWS, [])
    notice = write_paragraphs(made / "TB77.txt", NOTICE)
    files = {report.name: report, notice.name: notice}
    return assistant_over(tmp_path_factory.mktemp(f"signer-quotes-{request.param}"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the Youth Union's mid-year review report?",
        "Báo cáo sơ kết 6 tháng của Đoàn xã do ai ký?",
        "Báo cáo 21-BC/ĐTN do ai ký?",
    ],
)
def test_a_signer_is_quoted_from_the_signature_of_the_document_named(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "Đinh Quang Vinh" in answer.text.split("\n", 1)[0], answer.text
    assert answer.citations, answer.text
    assert all(c.doc.number.startswith("21-BC") for c in answer.citations), answer.text
    # the name where it is signed, not the appendix's row naming the signer as Trưởng ban
    assert all("Trưởng ban" not in c.quote for c in answer.citations), answer.text
    assert "Đinh Quang Vinh" in answer.citations[0].quote, answer.text
