"""A changing notice's own item sets its time; it does not "adjust" the document it cites (newcomer
trial 46 q01: "Thời hạn: chậm nhất ngày 10/4/2027 [1] (đã điều chỉnh theo Công văn 41 ...)" for the Công
văn's own report date, which cites a Hướng dẫn that sets no such date). Real index over a notice whose
subject line says it moves an event and a guide it cites (DOCX and TXT by the fixture's param), asked
through ``Assistant``: the item's deadline is the first line, with no note of a change; the moved event's
change is still quoted.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

NOTICE = [
    "ĐẢNG BỘ QUẬN HÒA BÌNH",
    "ĐẢNG ỦY PHƯỜNG PHÚ MỸ",
    "Số 23-CV/ĐU",
    "Phú Mỹ, ngày 06 tháng 5 năm 2031",
    "V/v báo cáo kết quả tháng 4 và điều chỉnh thời gian Hội thi",
    "Kính gửi: Hội Nông dân phường; Đoàn phường.",
    "Ban Thường vụ Đảng ủy phường đề nghị các đơn vị thực hiện như sau:",
    "1. Hội Nông dân phường báo cáo kết quả cho vay vốn sản xuất theo Hướng dẫn số 05-HD/HND, chậm nhất"
    " ngày 14/5/2031.",
    "2. Đoàn phường báo cáo kết quả hiến máu tình nguyện trước ngày 18/5/2031.",
    "3. Điều chỉnh thời gian tổ chức Hội thi Nhà nông giỏi từ ngày 20/5/2031 sang ngày 27/5/2031.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Trịnh Văn Lộc",
]

GUIDE = [
    "HỘI NÔNG DÂN QUẬN HÒA BÌNH",
    "Số 05-HD/HND",
    "Hòa Bình, ngày 10 tháng 01 năm 2031",
    "HƯỚNG DẪN",
    "Cho vay vốn sản xuất từ Quỹ Hỗ trợ nông dân năm 2031",
    "1. Đối tượng vay: hội viên nông dân có dự án sản xuất khả thi.",
    "2. Mức vay tối đa 40.000.000 đồng/hộ; thời hạn vay không quá 36 tháng.",
    "T/M BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Mai Thị Lan",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    if request.param == "docx":
        files = {"CV23.docx": NOTICE, "HD05.docx": GUIDE}
    else:
        files = {"CV23.txt": "\n\n".join(NOTICE), "HD05.txt": "\n\n".join(GUIDE)}
    return assistant_over(tmp_path_factory.mktemp(f"own_item_{request.param}"), embedder, files)


def test_the_notices_own_item_is_not_an_adjustment(assistant):
    answer = assistant.ask("Hội Nông dân phường báo cáo kết quả cho vay vốn sản xuất chậm nhất ngày nào?")
    first = answer.text.splitlines()[0]
    assert first.startswith("Thời hạn") and "14/5/2031" in first, answer.text
    assert "điều chỉnh" not in first and "theo Công văn" not in first, answer.text


def test_the_moved_event_still_reads_as_moved(assistant):
    answer = assistant.ask("Hội thi Nhà nông giỏi được lùi sang ngày nào?")
    assert not answer.abstained and "27/5/2031" in answer.text, answer.text
    assert "20/5/2031" not in answer.text.splitlines()[0], answer.text
