"""Letterhead and signature columns that reach us flattened: a text export whose columns are separated by
tabs, and a PDF whose narrow right column wrapped the date's year (and the issuer's place) onto a line of
its own. Documents are written here; everything goes through ``load_file`` + ``parse``."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import dejavu_page

TABBED = "\n".join(
    [
        "HỘI CỰU CHIẾN BINH TỈNH BẮC AN\tĐẢNG CỘNG SẢN VIỆT NAM",
        "BAN THƯỜNG VỤ HUYỆN HỘI SÔNG LAM",
        "*",
        "Số: 09-KH/CCB\tSông Lam, ngày 20 tháng 5 năm 2026",
        "",
        "KẾ HOẠCH",
        "Tổ chức hội thao cựu chiến binh năm 2026",
        "",
        "Thực hiện chương trình công tác năm, Ban Thường vụ Huyện Hội ban hành kế hoạch như sau:",
        "1.\tMục đích",
        "Động viên hội viên rèn luyện sức khỏe, tham gia phong trào thể thao ở cơ sở.",
        "2.\tThời gian, địa điểm",
        "Thời gian:\tngày 15 tháng 7 năm 2026.",
        "Các cơ sở Hội đăng ký danh sách vận động viên về Văn phòng Huyện Hội trước ngày 30/6/2026.",
        "",
        "Nơi nhận:\tTM. BAN THƯỜNG VỤ",
        "- Thường trực Tỉnh Hội;\tCHỦ TỊCH",
        "- Các cơ sở Hội;",
        "- Lưu VP.\tĐinh Công Tráng",
        "",
    ]
)


def test_tab_separated_columns_become_cells_and_feed_the_header_and_signature(tmp_path: Path) -> None:
    path = tmp_path / "kehoach09.txt"
    path.write_text(TABBED, encoding="utf-8")
    loaded = load_file(path)
    cells = {b.text: b.cell for b in loaded.blocks}
    assert cells["HỘI CỰU CHIẾN BINH TỈNH BẮC AN"] == (0, 0, 0)
    assert cells["ĐẢNG CỘNG SẢN VIỆT NAM"] == (0, 0, 1)
    assert cells["- Lưu VP."][2] == 0 and cells["Đinh Công Tráng"][2] == 1
    # A tab after a list number and after a field label ("Thời gian:") is no column boundary.
    assert cells["1. Mục đích"] is None and cells["Thời gian: ngày 15 tháng 7 năm 2026."] is None

    meta = parse(loaded, str(path)).meta
    assert meta.number == "09-KH/CCB" and meta.date == "2026-05-20" and meta.place == "Sông Lam"
    assert meta.issuer == "Ban Thường vụ Huyện hội Sông Lam"
    assert meta.signer == "Đinh Công Tráng"
    assert meta.signer_capacity == "TM. BAN THƯỜNG VỤ" and meta.signer_title == "CHỦ TỊCH"
    assert meta.recipients[-1] == "Lưu VP"
    assert not any("Đinh" in r or "CHỦ TỊCH" in r for r in meta.recipients)


def test_text_without_tabs_reads_as_before(tmp_path: Path) -> None:
    """The same plan with spaces for tabs: no cells anywhere (the columns stay glued, as printed)."""
    path = tmp_path / "kehoach09.txt"
    path.write_text(TABBED.replace("\t", " "), encoding="utf-8")
    assert all(b.cell is None for b in load_file(path).blocks)


def _two_column_pdf(path: Path) -> None:
    pdf = dejavu_page()
    # Where LibreOffice prints a two-column letterhead table (points): the right column is narrow, so
    # the place-date wraps before its year, which lands beside the star of the left column.
    for x, y, text in [
        (90, 80, "HỘI CỰU CHIẾN BINH TỈNH BẮC AN"),
        (306, 80, "ĐẢNG CỘNG SẢN VIỆT NAM"),
        (90, 105, "BAN THƯỜNG VỤ HUYỆN HỘI"),
        (90, 120, "SÔNG LAM"),
        (306, 130, "Sông Lam, ngày 20 tháng 5 năm"),
        (90, 144, "*"),
        (306, 144, "2026"),
        (90, 169, "Số: 09-KH/CCB"),
    ]:
        pdf.text(x, y, text)
    y = 200.0
    for text, x in [
        ("KẾ HOẠCH", 260),
        ("Tổ chức hội thao cựu chiến binh năm 2026", 180),
        ("Các cơ sở Hội đăng ký danh sách vận động viên về Văn phòng Huyện Hội trước ngày 30/6.", 90),
        ("TM. BAN THƯỜNG VỤ", 360),
        ("CHỦ TỊCH", 390),
        ("Đinh Công Tráng", 375),
    ]:
        pdf.text(x, y, text)
        y += 25
    pdf.output(str(path))


def test_pdf_date_whose_year_wrapped_to_the_next_line(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "kehoach09.pdf"
    _two_column_pdf(path)
    loaded = load_file(path, settings)
    texts = [b.text for b in loaded.blocks]
    # The layout this test is about: the year and the issuer's place each on a line of their own.
    assert "Sông Lam, ngày 20 tháng 5 năm" in texts and "* 2026" in texts and "SÔNG LAM" in texts
    meta = parse(loaded, str(path)).meta
    assert meta.date == "2026-05-20" and meta.place == "Sông Lam"
    assert meta.issuer == "Ban Thường vụ Huyện hội Sông Lam"
    assert meta.number == "09-KH/CCB"


SPACED_AND_WRAPPED = """HỘI NÔNG DÂN VIỆT NAM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN HUYỆN BÌNH SƠN                Độc lập - Tự do - Hạnh phúc
    Số: 07-KH/HNDH               Bình Sơn, ngày 02 tháng 3 năm 2026

                              KẾ HOẠCH
          Tập huấn kỹ thuật trồng rau an toàn năm 2026

Căn cứ chương trình công tác năm 2026 của Ban Thường vụ Hội Nông dân huyện
Bình Sơn, Ban Thường vụ ban hành kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Giúp hội viên ở các xã ven biển nắm vững quy trình trồng rau an toàn theo
tiêu chuẩn VietGAP và liên kết tiêu thụ sản phẩm với hợp tác xã.
2. Mỗi xã có ít nhất một tổ hợp tác trồng rau an toàn được thành lập mới
trong năm 2026.

II. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Hội Nông dân huyện phân công đồng chí Phó Chủ tịch Lê
Văn Hùng trực tiếp theo dõi, chỉ đạo các cơ sở hội triển khai kế hoạch.
2. Hội Nông dân huyện chủ trì, phối hợp với Trạm Khuyến nông huyện tổ chức
06 lớp tập huấn cho 300 hội viên, hoàn thành trước ngày 30/6/2026.

Nơi nhận:                                     TM. BAN THƯỜNG VỤ
- Hội Nông dân tỉnh (b/c);                          CHỦ TỊCH
- Lưu VP.
                                              Nguyễn Thị Thu Hà
"""


def test_spaced_columns_and_hard_wrapped_lines(tmp_path: Path) -> None:
    """Columns laid out with runs of spaces are columns (the signer is not a recipient); in a hard-wrapped
    file a numbered line cut near the wrap column continues on the next line even when that line starts
    with a capital or a digit ("Phó Chủ tịch Lê / Văn Hùng", "tổ chức / 06 lớp")."""
    f = tmp_path / "ke-hoach.txt"
    f.write_text(SPACED_AND_WRAPPED, encoding="utf-8")
    doc = parse(load_file(f), f.name, Settings.from_env())
    assert doc.meta.signer and "Nguyễn Thị Thu Hà" in doc.meta.signer
    assert not any("Nguyễn Thị Thu Hà" in r for r in doc.meta.recipients), doc.meta.recipients
    assert "Phó Chủ tịch Lê Văn Hùng trực tiếp theo dõi" in doc.text
    assert "tổ chức 06 lớp tập huấn" in doc.text


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Triển khai thực hiện công tác dân vận khéo năm 2026", "Triển khai thực hiện công tác dân vận khéo năm 2026"),
        ("Thực hiện Kế hoạch số 112-KH/TU của Tỉnh ủy, Ban Dân vận ban hành kế hoạch như sau", None),
    ],
)  # fmt: skip
def test_subject_opening_like_a_preamble_is_still_the_title(tmp_path: Path, subject: str, title) -> None:
    """A subject line may open with a preamble's words ("Triển khai ...", "Thực hiện ..."); it is the
    title unless it cites a document or hands over to the items ("... như sau")."""
    f = tmp_path / "kh.txt"
    head = "HUYỆN ỦY ĐÔNG SƠN\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN\n*\n"
    head += "Số: 27-KH/BDVHU\tĐông Sơn, ngày 14 tháng 3 năm 2026\n\n"
    f.write_text(f"{head}KẾ HOẠCH\n{subject}\n\nI. MỤC ĐÍCH\n1. Phát huy vai trò của Mặt trận.\n", encoding="utf-8")
    assert parse(load_file(f), f.name).meta.title == title


def test_youth_union_letterhead_keeps_its_name_beside_its_motto(tmp_path: Path) -> None:
    """"BCH ĐOÀN TNCS HỒ CHÍ MINH" / "TỈNH LÂM ĐỒNG" in the left cell is the issuer (its organ and name);
    the same words alone in the right cell are the Youth Union's motto."""
    f = tmp_path / "chi-thi.html"
    f.write_text(
        "<html><body><table><tr><td>BCH ĐOÀN TNCS HỒ CHÍ MINH<br>TỈNH LÂM ĐỒNG<br>***<br>"
        "Số: 08-CT/TĐTN-BTG</td><td><b>ĐOÀN TNCS HỒ CHÍ MINH</b><br><i>Đà Lạt, ngày 12 tháng 8 năm 2026</i>"
        "</td></tr></table><p><b>CHỈ THỊ</b></p><p>Về tăng cường giáo dục lý tưởng cho đoàn viên</p>"
        "<p>1. Các huyện đoàn tổ chức sinh hoạt chính trị trước ngày 15/9/2026.</p>"
        "<table><tr><td>Nơi nhận:<br>- Lưu VP.</td><td>TM. BAN THƯỜNG VỤ<br>BÍ THƯ<br>Võ Thanh Tú</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    meta = parse(load_file(f), f.name).meta
    assert meta.issuer == "BCH Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng", meta.issuer


def test_conclusion_notice_subject_starts_at_its_topic(tmp_path: Path) -> None:
    """"THÔNG BÁO KẾT LUẬN" / "của Ban Thường vụ Tỉnh ủy về công tác ..." : the subject is "về công tác ...";
    "của ..." names the body that concluded."""
    f = tmp_path / "tb.txt"
    f.write_text(
        "TỈNH ỦY BẮC SƠN\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 45-TB/TU\tBắc Sơn, ngày 08 tháng 5 năm 2026\n\n"
        "THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số\n\n"
        "Ngày 05/5/2026, Ban Thường vụ Tỉnh ủy họp nghe báo cáo.\n\n1. Văn phòng Tỉnh ủy triển khai phần mềm.\n",
        encoding="utf-8",
    )
    assert parse(load_file(f), f.name).meta.title == "về công tác chuyển đổi số"
