"""Duty shapes a newcomer's office documents showed (issue 10): addressee lists, items under an addressed
lead-in, bodies named for hamlets, a topic before the acting body, appraisals, a notice's last line and a
tail whose two columns were separated by tabs. Small documents built here, read through ``load_file`` +
``parse`` + ``extract_obligations``."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document
from assistant.obligations import extract_obligations
from assistant.parse import parse
from tests.conftest import write_paragraphs

LETTER = [
    "HỘI CỰU CHIẾN BINH TỈNH HÒA AN",
    "HỘI CCB HUYỆN LONG SƠN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 31/CV-CCBH",
    "Long Sơn, ngày 02 tháng 3 năm 2026",
    "V/v rà soát hội viên khó khăn về nhà ở",
    "Kính gửi:",
    "- Ban Thường vụ Hội Cựu chiến binh các xã, thị trấn;",
    "- Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện.",
    "Thực hiện Kế hoạch số 12-KH/CCBT ngày 10/02/2026 của Ban Thường vụ Hội Cựu chiến binh tỉnh về hỗ trợ "
    "nhà ở giai đoạn 2026 - 2030, Ban Thường vụ Hội Cựu chiến binh huyện đề nghị Ban Thường vụ Hội Cựu "
    "chiến binh các xã, thị trấn thực hiện một số nội dung sau:",
    "1. Rà soát, lập danh sách hội viên khó khăn về nhà ở, gửi về Văn phòng Hội huyện trước ngày 20/3/2026.",
    "2. Mỗi xã, thị trấn chọn tối đa 02 trường hợp để Ban Thường vụ Hội huyện xem xét hỗ trợ.",
    "3. Phối hợp với Phòng Văn hóa - Xã hội huyện kiểm tra thực tế các trường hợp được chọn.",
    "Ban Thường vụ Hội Cựu chiến binh huyện đề nghị các cơ sở Hội quan tâm, triển khai thực hiện./.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Ngô Văn Bảy",
]


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_letter_items_are_duties_of_those_addressed_and_addressees_are_none(tmp_path: Path, suffix: str):
    doc = _doc(write_paragraphs(tmp_path / f"cv31{suffix}", LETTER))
    assert doc.meta.addressees[:1] == ["Ban Thường vụ Hội Cựu chiến binh các xã, thị trấn"]
    rows = extract_obligations(doc)
    shown = [(r.section, r.responsible, r.lead, r.task) for r in rows]
    # The addressee line "Ban Chỉ đạo ..." and the lead-in (with its "giai đoạn 2026 - 2030") are no duty.
    assert not [r for r in rows if "Chỉ đạo" in " ".join(r.responsible + r.lead)], shown
    assert not [r for r in rows if r.deadline and "2030" in (r.deadline.end or "")], shown
    assert not [r for r in rows if "nội dung sau" in r.task], shown
    addressed = ["Ban Thường vụ Hội Cựu chiến binh các xã, thị trấn"]
    by_item = {r.section: r for r in rows}
    assert set(by_item) >= {"1.", "2.", "3."}, shown
    assert by_item["1."].responsible == addressed and by_item["1."].deadline is not None
    assert by_item["2."].responsible == addressed and "02 trường hợp" in by_item["2."].task
    assert by_item["3."].responsible == addressed
    assert by_item["3."].coordinators == ["Phòng Văn hóa - Xã hội huyện"], shown
    assert by_item["3."].task.startswith("Kiểm tra thực tế")


PLAN = [
    "ỦY BAN MTTQ VIỆT NAM XÃ HÒA PHÚ",
    "BAN THƯỜNG TRỰC",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 08/KH-MTTQ-BTT",
    "Hòa Phú, ngày 05 tháng 5 năm 2026",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Phát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân cư.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Đoàn Thanh niên xã:",
    "- Tổ chức hoạt động văn nghệ, thể thao tại các khu dân cư.",
    "2. Ban công tác Mặt trận các thôn:",
    "- Tổng hợp kết quả tại thôn, báo cáo về Ban Thường trực Ủy ban MTTQ xã trước ngày 10/11/2026.",
    "III. THỂ LỆ",
    "1. Thời hạn nộp bài: Đoàn Thanh niên các xã tổng hợp bài dự thi gửi về Huyện đoàn chậm nhất ngày "
    "30/9/2026.",
    "Nơi nhận:",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lý Thị Hoa",
]


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_bodies_named_for_hamlets_and_after_an_item_topic_get_their_duty(tmp_path: Path, suffix: str):
    rows = extract_obligations(_doc(write_paragraphs(tmp_path / f"kh08{suffix}", PLAN)))
    shown = [(r.section, r.responsible, r.task, r.deadline) for r in rows]
    hamlets = [r for r in rows if r.responsible == ["Ban công tác Mặt trận các thôn"]]
    assert hamlets and hamlets[0].deadline and hamlets[0].deadline.end == "2026-11-10", shown
    topic = [r for r in rows if r.responsible == ["Đoàn Thanh niên các xã"]]
    assert topic and topic[0].task.startswith("Tổng hợp bài dự thi"), shown
    assert topic[0].deadline and topic[0].deadline.end == "2026-09-30"


def test_conclusion_notice_with_tab_columns(tmp_path: Path):
    """A Word notice laid out with tabs, no tables: its signer's name ends the last recipient line."""
    import docx

    d = docx.Document()
    for line in [
        "ĐẢNG BỘ HUYỆN PHÚ LỘC",
        "ĐẢNG ỦY XÃ TÂN AN\t\tĐẢNG CỘNG SẢN VIỆT NAM",
        "*",
        "Số 47-TB/ĐU\t\tTân An, ngày 12 tháng 8 năm 2026",
        "THÔNG BÁO KẾT LUẬN",
        "của Ban Thường vụ Đảng ủy về công tác chuẩn bị đại hội chi bộ",
        "Ngày 10/8/2026, Ban Thường vụ Đảng ủy họp nghe báo cáo tiến độ chuẩn bị đại hội chi bộ. Sau khi "
        "nghe báo cáo, Ban Thường vụ Đảng ủy kết luận như sau:",
        "1. Ban Thường vụ Đảng ủy đánh giá cao sự chuẩn bị của các chi bộ; đến nay đã có 6/9 chi bộ hoàn "
        "thành văn kiện.",
        "2. Văn phòng Đảng ủy tổng hợp văn kiện các chi bộ, báo cáo Ban Thường vụ trước ngày 30/8/2026.",
        "Ban Thường vụ Đảng ủy thông báo để các chi bộ biết, thực hiện.",
        "Nơi nhận:\t\tT/M BAN THƯỜNG VỤ",
        "- Các chi bộ,\t\tPHÓ BÍ THƯ",
        "- Lưu Văn phòng Đảng ủy.\t\tTrương Minh Khoa",
    ]:
        d.add_paragraph(line)
    path = tmp_path / "tb47.docx"
    d.save(str(path))
    doc = _doc(path)
    assert doc.meta.signer and doc.meta.signer.endswith("Trương Minh Khoa")
    assert not any("Trương Minh Khoa" in r for r in doc.meta.recipients), doc.meta.recipients
    closing = [s for s in doc.sections if s.path == ["Phần kết"]]
    assert closing and "thông báo để các chi bộ biết" in doc.text[closing[0].start : closing[0].end]
    rows = extract_obligations(doc)
    shown = [(r.section, r.responsible, r.task) for r in rows]
    assert not [r for r in rows if "đánh giá cao" in r.task.lower()], shown  # an appraisal, no duty
    assert not [r for r in rows if "thông báo" in r.task.lower()], shown
    assert [r.responsible for r in rows] == [["Văn phòng Đảng ủy"]], shown


WRAPPED = [
    "HỘI NÔNG DÂN TỈNH HÒA AN",
    "BAN CHẤP HÀNH HỘI NÔNG DÂN",
    "HUYỆN LONG SƠN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
    "VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 45/CV-HNDH",
    "V/v tập huấn kỹ thuật trồng lúa",
    "Long Sơn, ngày 03 tháng 3 năm 2026",
    "Kính gửi: Ban Thường vụ Hội Nông dân các xã.",
    "Đề nghị các xã cử cán bộ dự tập huấn.",
    "Nơi nhận:",
    "- Như trên;",
    "- Các đoàn thể chính trị - xã hội huyện;",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Đỗ Văn Tám",
]


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_wrapped_motto_deputy_capacity_and_dashed_recipient(tmp_path: Path, suffix: str):
    """A narrow column wraps the motto ("... CHỦ NGHĨA" / "VIỆT NAM"): no issuer "Việt Nam". A deputy
    signing "KT. CHỦ TỊCH" under "TM. BAN THƯỜNG VỤ" keeps both capacities; a dash inside a recipient's
    name ("chính trị - xã hội") does not split it."""
    m = _doc(write_paragraphs(tmp_path / f"cv45{suffix}", WRAPPED)).meta
    assert m.issuer and "Hội Nông dân huyện Long Sơn" in m.issuer, m.issuer
    assert (m.signer_capacity, m.signer_title, m.signer) == (
        "TM. BAN THƯỜNG VỤ KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Đỗ Văn Tám",
    )
    assert "Các đoàn thể chính trị - xã hội huyện" in m.recipients, m.recipients


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_youth_branches_of_hamlets_and_schools_are_read_whole(tmp_path: Path, suffix: str):
    lines = [
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "BCH ĐOÀN XÃ PHÚ MỸ",
        "Số: 09-HD/ĐTN",
        "Phú Mỹ, ngày 04 tháng 5 năm 2026",
        "HƯỚNG DẪN",
        "Tổ chức Tháng thanh niên năm 2026",
        "I. NỘI DUNG",
        "1. Chi đoàn các ấp chủ trì làm đường giao thông nông thôn; Chi đoàn ấp Bàu Tre làm 200 m đường.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Các chi đoàn ấp đăng ký công trình trước ngày 20/5/2026; các chi đoàn trường học đăng ký sau khi "
        "kết thúc năm học.",
        "Nơi nhận:",
        "- Lưu VP.",
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Phan Văn Mười",
    ]
    rows = extract_obligations(_doc(write_paragraphs(tmp_path / f"hd09{suffix}", lines)))
    shown = [(r.lead, r.responsible, r.task) for r in rows]
    lead = [r for r in rows if r.lead == ["Chi đoàn các ấp"]]
    assert lead and lead[0].task.startswith("Làm đường"), shown
    schools = [r for r in rows if r.responsible == ["các chi đoàn trường học"]]
    assert schools and schools[0].task.startswith("Đăng ký sau"), shown


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_paragraph_after_one_paragraph_items_is_the_closing_part(tmp_path: Path, suffix: str):
    """Items "1. Đối tượng: ...", "2. Hồ sơ: ...", "3. Giải thưởng: ..." are one paragraph each; the plain
    paragraph after the last one speaks for the whole notice (and still holds duties), not for item 3."""
    lines = [
        "HỘI LHPN HUYỆN AN LẠC",
        "BAN THƯỜNG VỤ",
        "Số: 12/TB-HPN",
        "An Lạc, ngày 02 tháng 6 năm 2026",
        "THÔNG BÁO",
        "Cuộc thi ảnh phụ nữ với môi trường năm 2026",
        "Ban Thường vụ Hội LHPN huyện thông báo cuộc thi ảnh như sau:",
        "1. Đối tượng: hội viên phụ nữ trên địa bàn huyện.",
        "2. Hồ sơ dự thi: ảnh in khổ 20 x 30 cm, kèm bản mô tả.",
        "3. Giải thưởng: 01 giải Nhất trị giá 3.000.000 đồng; 02 giải Nhì.",
        "Hội LHPN các xã có trách nhiệm phổ biến thể lệ đến hội viên.",
        "Nơi nhận:",
        "- Lưu: VT.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Tạ Thị Hồng",
    ]
    doc = _doc(write_paragraphs(tmp_path / f"tb12{suffix}", lines))
    item = next(s for s in doc.sections if s.path == ["3."])
    assert "phổ biến thể lệ" not in doc.text[item.start : item.end]
    rows = [r for r in extract_obligations(doc) if r.responsible == ["Hội LHPN các xã"]]
    assert rows and rows[0].section == "Phần kết", [(r.section, r.task) for r in rows]
