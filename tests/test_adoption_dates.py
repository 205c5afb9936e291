"""The date a law, charter or resolution was adopted ("... được Quốc hội thông qua vào ngày nào?"): a fact
of the document itself, stated in its closing sentence ("Luật này được Quốc hội ... thông qua ngày ...") or in
the note under its title ("(Đại hội đại biểu toàn quốc lần thứ VII ... thông qua ngày 25/10/2026)"), which
the parser keeps as the title, out of every passage (library2 l2-mttq-10 quoted an unrelated clause with no
line; l2-rw-12 abstained). Word, text and PDF documents; names and numbers invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line, write_docx, write_pdf_lines

LAW = [
    "QUỐC HỘI",
    "Luật số: 35/2029/QH16",
    "LUẬT",
    "QUẢN LÝ NƯỚC NGẦM",
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    "Quốc hội ban hành Luật Quản lý nước ngầm.",
    "Chương I. QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Luật này quy định về điều tra, khai thác và bảo vệ nước ngầm.",
    "Điều 2. Hiệu lực thi hành",
    "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2030.",
    "2. Kể từ ngày 01 tháng 7 năm 2030, việc quản lý nước ngầm tại các khu công nghiệp do Quốc hội giao "
    "Ủy ban nhân dân cấp tỉnh thực hiện theo quy định của Luật này.",
    "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XVI, Kỳ họp thứ 3 thông qua ngày "
    "20 tháng 11 năm 2029.",
    "CHỦ TỊCH QUỐC HỘI",
    "Nguyễn Văn Hải",
]
CHARTER = [
    "ĐIỀU LỆ",
    "HỘI NGƯỜI CAO TUỔI VIỆT NAM",
    "(Đại hội đại biểu toàn quốc lần thứ VII Hội Người cao tuổi Việt Nam thông qua ngày 25/10/2026)",
    "Chương I",
    "TÊN GỌI, TÔN CHỈ, MỤC ĐÍCH",
    "Điều 1. Tên gọi",
    "Hội Người cao tuổi Việt Nam là tổ chức xã hội của người cao tuổi, hoạt động theo Điều lệ này.",
    "Điều 2. Hội viên",
    "Công dân Việt Nam từ 60 tuổi trở lên tán thành Điều lệ Hội, tự nguyện gia nhập Hội thì được công nhận "
    "là hội viên.",
    "Điều 3. Đại hội",
    "Đại hội đại biểu toàn quốc thảo luận và biểu quyết thông qua báo cáo của Ban Chấp hành, thông qua "
    "Điều lệ Hội.",
]


@pytest.fixture(scope="module", params=["docx", "txt", "pdf"])
def assistant(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"adopted_{request.param}")
    made = tmp_path_factory.mktemp(f"adopted_src_{request.param}")
    if request.param == "docx":
        files = {"luat_nuoc_ngam.docx": LAW, "dieu_le_hoi_nct.docx": CHARTER}
    elif request.param == "txt":
        files = {"luat_nuoc_ngam.txt": "\n\n".join(LAW), "dieu_le_hoi_nct.txt": "\n\n".join(CHARTER)}
    else:
        files = {
            "luat_nuoc_ngam.docx": write_docx(made / "luat.docx", LAW),
            "dieu_le_hoi_nct.pdf": write_pdf_lines(made / "dieu_le.pdf", CHARTER, width=70, left=50),
        }
    return assistant_over(root, embedder, files)


def test_law_adoption_date_from_its_closing_sentence(assistant):
    a = assistant.ask("Luật Quản lý nước ngầm số 35/2029/QH16 được Quốc hội thông qua vào ngày nào?")
    assert not a.abstained, a.text
    line = first_line(a)
    assert ("20/11/2029" in line or "20 tháng 11 năm 2029" in line) and "01" not in line, a.text
    assert line.startswith("Ngày thông qua: 20/11/2029"), a.text


def test_charter_adoption_date_from_its_title_note(assistant):
    a = assistant.ask("Điều lệ Hội Người cao tuổi Việt Nam được Đại hội lần thứ VII thông qua khi nào?")
    assert not a.abstained, a.text
    assert first_line(a).startswith("Ngày thông qua: 25/10/2026"), a.text
