"""When a rule takes effect or starts being used, as the first line (library3 dev l3-mttq-11, l3-party-14 had
the right quote and no line):

- a document's own effect clause ("Nghị quyết này có hiệu lực thi hành từ ngày ...") names its subject only
  as "này": the document's type, number and title stand for the words the question writes ("Nghị quyết
  27/2031/NQ-HĐND về phí thu gom rác ... có hiệu lực từ ngày nào?"); a question naming another document's
  number gets no line from it;
- a date written with dashes, as the Party's central bodies write it ("được sử dụng từ ngày 01-6-2029",
  the cited decision's "ngày 10-3- 2029" aside), is a time like "01/6/2029".

Word, text and PDF documents; names, numbers and dates invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx, write_pdf_lines

RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG",
    "Số: 27/2031/NQ-HĐND",
    "Hà Giang, ngày 12 tháng 7 năm 2031",
    "NGHỊ QUYẾT",
    "Quy định mức phí thu gom, vận chuyển rác thải sinh hoạt trên địa bàn tỉnh",
    "Điều 1. Phạm vi điều chỉnh",
    "Nghị quyết này quy định mức phí thu gom, vận chuyển rác thải sinh hoạt đối với hộ gia đình, cơ sở "
    "kinh doanh trên địa bàn tỉnh.",
    "Điều 2. Mức thu",
    "Hộ gia đình ở đô thị nộp 30.000 đồng/hộ/tháng; hộ gia đình ở nông thôn nộp 15.000 đồng/hộ/tháng.",
    "Điều 3. Tổ chức thực hiện",
    "Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.",
    "Điều 4. Hiệu lực thi hành",
    "Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2031.",
    "CHỦ TỊCH",
    "Lò Văn Páo",
]
GUIDANCE = [
    "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN",
    "Số: 44-HD/TWĐTN",
    "Hà Nội, ngày 20 tháng 6 năm 2029",
    "HƯỚNG DẪN",
    "Nghiệp vụ quản lý sổ đoàn viên",
    "I. SỔ ĐOÀN VIÊN",
    "1. Mẫu sổ đoàn viên",
    "Mẫu sổ đoàn viên thực hiện theo Quyết định số 512-QĐ/TW, ngày 10-3- 2029 của Ban Bí thư và được sử "
    "dụng từ ngày 01-6-2029.",
    "2. Ghi sổ đoàn viên",
    "Bí thư chi đoàn ghi đầy đủ thông tin vào sổ đoàn viên; sổ được lưu tại văn phòng Đoàn cơ sở.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các tỉnh đoàn, thành đoàn phổ biến Hướng dẫn này đến các cơ sở đoàn.",
]


@pytest.fixture(scope="module", params=["docx", "txt", "pdf"])
def assistant(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"own_effect_{request.param}")
    made = tmp_path_factory.mktemp(f"own_effect_src_{request.param}")
    if request.param == "docx":
        files = {"nq_phi_rac.docx": RESOLUTION, "hd_so_doan_vien.docx": GUIDANCE}
    elif request.param == "txt":
        files = {"nq_phi_rac.txt": "\n\n".join(RESOLUTION), "hd_so_doan_vien.txt": "\n\n".join(GUIDANCE)}
    else:
        files = {
            "nq_phi_rac.pdf": write_pdf_lines(made / "nq.pdf", RESOLUTION),
            "hd_so_doan_vien.docx": write_docx(made / "hd.docx", GUIDANCE),
        }
    return assistant_over(root, embedder, files)


def test_own_effect_clause_answers_for_the_document_named(assistant):
    a = assistant.ask(
        "Nghị quyết 27/2031/NQ-HĐND quy định mức phí thu gom, vận chuyển rác thải sinh hoạt bắt đầu "
        "có hiệu lực "
        "từ ngày nào?"
    )
    assert not a.abstained, a.text
    line = first_line(a)
    assert "01 tháng 9 năm 2031" in line or "01/9/2031" in line, a.text


def test_own_effect_clause_is_no_answer_for_another_number(assistant):
    a = assistant.ask(
        "Nghị quyết 35/2031/NQ-HĐND quy định mức phí thu gom, vận chuyển rác thải sinh hoạt bắt đầu "
        "có hiệu lực "
        "từ ngày nào?"
    )
    assert "9 năm 2031" not in first_line(a) and "01/9/2031" not in first_line(a), a.text


def test_dashed_date_of_use_not_the_cited_decisions(assistant):
    a = assistant.ask("Mẫu sổ đoàn viên mới theo Quyết định 512-QĐ/TW bắt đầu được dùng kể từ ngày nào?")
    assert not a.abstained, a.text
    line = first_line(a)
    assert "01-6-2029" in line and "10-3" not in line, a.text
