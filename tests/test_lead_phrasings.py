"""A "who does it" question however a cadre words it ("Ai lo tiền ...?", "Trường nào lo phần ...?", "Bên nào
mời ...?", "Kinh phí ... do ai chi trả?", "Cơ quan nào chủ trì ...?") gets the body of the clause or list item
governing the asked task on its first line, never the body of a neighbouring clause (library dev
lib-rw02-02, lib-rw09-03, lib-lyk-04, lib-kt-03). The phrasings are one lexicon (``lexicon/asks.json``) read
by the intent table. One Kế hoạch as DOCX (python-docx) and as HTML.
"""

from __future__ import annotations

import html

import pytest

from tests.conftest import assistant_over, first_line

LINES = [
    "ĐẢNG BỘ HUYỆN ĐÔNG SƠN",
    "ĐẢNG ỦY XÃ TÂN HÒA",
    "Số: 47-KH/ĐU",
    "Tân Hòa, ngày 12 tháng 10 năm 2043",
    "KẾ HOẠCH",
    "Tổ chức hội nghị tổng kết công tác dân vận năm 2043",
    "I. NỘI DUNG HỘI NGHỊ",
    "1. Báo cáo tổng kết công tác dân vận năm 2043 – Ban Dân vận Đảng ủy thực hiện.",
    "2. Tham luận “Giáo dục truyền thống cho học sinh qua các phong trào thi đua” - Trường THCS Tân "
    "Hòa hỗ trợ thực hiện.",
    "3. Tham luận “Xây dựng mô hình dân vận khéo trong hội viên nông dân” - Hội Nông dân xã hỗ trợ "
    "thực hiện.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Rà soát, củng cố tổ chức và hoạt động của các tổ dân vận thôn theo hướng tinh gọn, hiệu "
    "quả.",
    "- Cơ quan thực hiện: Ban Dân vận Đảng ủy chủ trì, phối hợp với Ủy ban MTTQ xã và các đoàn "
    "thể.",
    "* Thời gian thực hiện: trong quý IV năm 2043.",
    "2. Biên soạn tài liệu tuyên truyền về quy chế dân chủ ở cơ sở cho cán bộ thôn.",
    "- Cơ quan thực hiện: Văn phòng Đảng ủy chủ trì, phối hợp với Đoàn Thanh niên xã.",
    "* Thời gian thực hiện: trước ngày 30/11/2043.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường trực Ủy ban MTTQ xã phối hợp với Ủy ban nhân dân xã triệu tập (phát giấy mời) và chủ "
    "trì hội nghị đối thoại với nhân dân về quy chế dân chủ.",
    "2. Ban Tuyên giáo Đảng ủy hướng dẫn, kiểm tra việc chuẩn bị tài liệu hội nghị; Văn phòng Đảng ủy "
    "bảo đảm kinh phí tổ chức hội nghị tổng kết theo quy định.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Nguyễn Văn Toàn",
]


def _html(lines: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}\n</body></html>\n"


@pytest.fixture(scope="module", params=["docx", "html"])
def plan(request, tmp_path_factory, embedder):
    stem = "KH-47_DangUyTanHoa"
    files = {f"{stem}.docx": LINES} if request.param == "docx" else {f"{stem}.html": _html(LINES)}
    return assistant_over(tmp_path_factory.mktemp(f"lead_asks_{request.param}"), embedder, files)


def test_who_pays_names_the_body_of_the_funding_clause(plan):
    # "Ai lo tiền": the clause that funds the meeting, not the guidance clause of the same sentence
    line = first_line(plan.ask("Ai lo tiền tổ chức hội nghị tổng kết công tác dân vận?"))
    assert "Văn phòng Đảng ủy" in line
    assert "Ban Tuyên giáo" not in line


def test_funding_asked_by_a_passive_agent(plan):
    line = first_line(plan.ask("Kinh phí tổ chức hội nghị tổng kết do ai chi trả?"))
    assert "Văn phòng Đảng ủy" in line
    assert "Ban Tuyên giáo" not in line


def test_which_school_takes_a_list_item(plan):
    # "Trường nào lo phần tham luận ...": the body the item assigns after its task, not another item's
    line = first_line(plan.ask("Trường nào lo phần tham luận về giáo dục truyền thống cho học sinh?"))
    assert "Trường THCS Tân Hòa" in line
    assert "Hội Nông dân" not in line


def test_which_side_invites_and_chairs(plan):
    question = "Bên nào mời và điều hành hội nghị đối thoại với nhân dân về quy chế dân chủ?"
    line = first_line(plan.ask(question))
    assert "Ban Thường trực Ủy ban MTTQ xã" in line


def test_lead_written_in_the_items_field(plan):
    # "- Cơ quan thực hiện: X chủ trì, phối hợp ...": the field of the item asked, not of the next item
    question = "Cơ quan nào chủ trì biên soạn tài liệu tuyên truyền về quy chế dân chủ ở cơ sở?"
    line = first_line(plan.ask(question))
    assert line.startswith("Chủ trì: Văn phòng Đảng ủy")
    line = first_line(plan.ask("Cơ quan nào chủ trì rà soát, củng cố các tổ dân vận thôn?"))
    assert line.startswith("Chủ trì: Ban Dân vận Đảng ủy")


# A decision setting up a board: its members' list writes each one's post last in the item. "Đồng chí X giữ
# vị trí gì ...?" asks a named member's post; "Phó Trưởng ban là ai?" (the post first) asks its holders, the
# qualified form of the post ("Phó Trưởng ban Thường trực") beside it (newcomer trial 38 q25, q43).
MEMBERS = [
    "ĐẢNG ỦY XÃ YÊN LẠC",
    "Số: 205-QĐ/ĐU",
    "Yên Lạc, ngày 03 tháng 3 năm 2044",
    "QUYẾT ĐỊNH",
    "Về việc thành lập Ban Tổ chức Giải bóng chuyền hơi xã Yên Lạc năm 2044",
    "Điều 1. Thành lập Ban Tổ chức Giải bóng chuyền hơi xã Yên Lạc năm 2044, gồm các đồng chí có tên sau:",
    "1. Đồng chí Trần Quốc Hưng, Phó Bí thư Đảng ủy - Trưởng ban.",
    "2. Đồng chí Lê Thị Thu, Chủ tịch UBND xã - Phó Trưởng ban Thường trực.",
    "3. Đồng chí Đỗ Văn Khoa, Chủ tịch Hội Nông dân xã - Phó Trưởng ban.",
    "4. Đồng chí Mai Văn Tùng, Bí thư Đoàn xã - Ủy viên.",
    "5. Đồng chí Vương Thị Lan, Công chức Văn hóa - Xã hội - Ủy viên kiêm Thư ký.",
    "Điều 2. Ban Tổ chức có nhiệm vụ xây dựng điều lệ, tổ chức thi đấu và khen thưởng các đội đạt giải.",
]


@pytest.fixture(scope="module", params=["docx", "md"])
def decision(request, tmp_path_factory, embedder):
    stem = "QD-205_DangUyYenLac"
    files = {f"{stem}.docx": MEMBERS} if request.param == "docx" else {f"{stem}.md": "\n\n".join(MEMBERS)}
    return assistant_over(tmp_path_factory.mktemp(f"members_{request.param}"), embedder, files)


def test_post_of_a_named_member(decision):
    answer = decision.ask("Đồng chí Vương Thị Lan giữ vị trí gì trong Ban Tổ chức Giải bóng chuyền hơi?")
    line = first_line(answer)
    assert "Ủy viên kiêm Thư ký" in line
    assert "Trưởng ban" not in line


def test_post_asked_first_names_every_holder(decision):
    history = ["Ai làm Trưởng ban Ban Tổ chức Giải bóng chuyền hơi xã Yên Lạc?"]
    line = first_line(decision.ask("Còn Phó Trưởng ban là ai?", history=history))
    assert "Đỗ Văn Khoa" in line and "Lê Thị Thu" in line
    assert "Trần Quốc Hưng" not in line
