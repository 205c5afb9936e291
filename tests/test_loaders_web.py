"""Web pages and text exports as people save them (issue 10, item 7), through ``load_file`` and ``parse``.

The real cases are read in place from ``../shared/realworld-cases`` (skipped with a reason when absent);
small generated pages and exports check each mechanism apart from those files.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import SHARED

CASES = SHARED / "realworld-cases"
TABS = ("Toàn văn", "Thuộc tính", "Lịch sử", "VB liên quan", "Lược đồ", "Tải về", "Bản in", "Bản PDF")


def case(rel: str) -> Path:
    path = CASES / rel
    if not path.exists():
        pytest.skip(f"{path} not present (../shared/realworld-cases)")
    return path


def texts(path: Path) -> list[str]:
    return [b.text for b in load_file(path).blocks]


def doc_of(path: Path):
    return parse(load_file(path), path.name)


def _label_is(label: str, wanted: str) -> bool:
    """ "Chương I. CHẾ ĐỘ CHÍNH TRỊ" is the section "Chương I" (its title may follow the label)."""
    return label == wanted or label.startswith((wanted + ".", wanted + " "))


def section_text(doc, *path: str) -> str:
    sec = next(
        s
        for s in doc.sections
        if len(s.path) == len(path) and all(_label_is(a, b) for a, b in zip(s.path, path, strict=True))
    )
    return doc.text[sec.start : sec.end]


# ---------------------------------------------------------------------------------------- HTML


def test_portal_page_inside_a_form_reads_its_main_text():
    page = case("rw2-01-vbpl-html-hienphap/vbpl_hienphap2013.html")
    loaded = load_file(page)
    assert loaded.format == "html"
    lines = [b.text for b in loaded.blocks]
    for tab in TABS:
        assert tab not in lines, tab  # portal tabs and the attachment list are chrome
    assert not any("Hien phap 2013.pdf" in t or "Xem nhanh" in t for t in lines)
    # The letterhead's two tables arrive cell by cell, as the Block contract says.
    by_text: dict = {}
    for b in loaded.blocks:
        by_text.setdefault(b.text, b)  # the first "QUỐC HỘI" is the letterhead's (Chương V has one too)
    assert by_text["QUỐC HỘI"].cell is not None and by_text["Số: Không số"].cell == by_text["QUỐC HỘI"].cell
    assert by_text["Độc lập - Tự do - Hạnh phúc"].cell[0] != by_text["QUỐC HỘI"].cell[0]
    assert "Nguyễn Sinh Hùng" in by_text
    # Renaming the <form> to a <div> changes nothing.
    assert lines == texts(case("rw2-01-vbpl-html-hienphap/probes/vbpl_hienphap2013_noform.html"))


def test_portal_page_parses_like_the_constitution():
    doc = doc_of(case("rw2-01-vbpl-html-hienphap/vbpl_hienphap2013.html"))
    m = doc.meta
    assert (m.doc_type, m.date, m.issuer, m.signer) == (
        "Hiến pháp",
        "2013-11-28",
        "Quốc hội",
        "Nguyễn Sinh Hùng",
    )
    article = section_text(doc, "Chương I", "Điều 9")
    assert "liên minh chính trị, liên hiệp tự nguyện" in article
    assert "hội liên hiệp phụ nữ việt nam" in article.lower()
    labels = {part for s in doc.sections for part in s.path}
    assert not labels & set(TABS)


def test_html_fragment_with_entities_is_html():
    frag = case("rw2-02-doanthanhnien-article-html/probes/frag_min.html")
    loaded = load_file(frag)
    assert loaded.format == "html" and not loaded.warnings
    assert loaded.blocks[0].text == "Ban Bí thư Trung ương Đoàn đề nghị các tỉnh đoàn tuyên truyền."


def test_article_body_reads_whole_with_place_leads():
    article = case("rw2-02-doanthanhnien-article-html/doanthanhnien_thang_thanh_nien_2020.html")
    loaded = load_file(article)
    assert loaded.format == "html"
    body = " ".join(b.text for b in loaded.blocks)
    assert "&" not in body and "<" not in body
    assert "Kế hoạch số 225-KH/TWĐTN-TNNT ngày 13/02/2020" in body
    assert "không tổ chức lễ ra quân cấp toàn quốc" in body
    leads = [b.lead for b in loaded.blocks if b.lead]
    assert "Tại An Giang," in leads and "Tại Sóc Trăng," in leads
    wrapped = case("rw2-02-doanthanhnien-article-html/probes/wrapped.html")
    assert [b.text for b in loaded.blocks] == texts(wrapped)
    doc = doc_of(article)
    an_giang = next(s for s in doc.sections if s.path and s.path[-1].startswith("Tại An Giang"))
    assert "ít nhất 01 công trình thanh niên" in doc.text[an_giang.start : an_giang.end]


def test_minimal_form_page_is_not_empty():
    lines = texts(case("rw2-01-vbpl-html-hienphap/probes/min_form.html"))
    assert "1. Các cấp ủy đảng lãnh đạo thực hiện." in lines


def _portal(body: str) -> str:
    menu = "".join(f'<li><a href="/m{i}">Chuyên mục số {i}</a></li>' for i in range(12))
    related = "".join(
        f'<li><a href="/r{i}">Tin liên quan số {i} về hoạt động khác</a></li>' for i in range(8)
    )
    return f"""<html><head><meta charset="utf-8"><title>Cổng</title></head><body>
    <div id="banner">CỔNG THÔNG TIN ĐIỆN TỬ HỘI LIÊN HIỆP PHỤ NỮ</div><ul class="menu">{menu}</ul>
    <table width="100%"><tr><td class="left"><ul>{menu}</ul></td><td class="main">{body}</td></tr></table>
    <div class="related"><h3>Tin liên quan</h3><ul>{related}</ul></div>
    <div class="copyright">Bản quyền thuộc Hội LHPN. Địa chỉ: số 39 Hàng Chuối.</div></body></html>"""


def test_layout_table_page_keeps_content_and_data_table_cells(tmp_path: Path):
    paragraphs = "".join(
        f"<p>{n}. Hội Liên hiệp Phụ nữ các cấp tổ chức tuyên truyền, vận động hội viên thực hiện nội dung "
        f"thứ {n} của kế hoạch, báo cáo kết quả về Trung ương Hội trước ngày 30 tháng {n} năm 2024.</p>"
        for n in range(1, 9)
    )
    grid = (
        "<table><tr><th>Nội dung</th><th>Chủ trì</th></tr>"
        "<tr><td>Sơ kết</td><td>Ban Tuyên giáo</td></tr></table>"
    )
    path = tmp_path / "trang.html"
    path.write_text(_portal(f"<h2>KẾ HOẠCH</h2>{paragraphs}{grid}"), encoding="utf-8")
    blocks = load_file(path).blocks
    lines = [b.text for b in blocks]
    assert lines[0] == "KẾ HOẠCH" and sum(t[:2] in {f"{n}." for n in range(1, 9)} for t in lines) == 8
    assert not any("Chuyên mục" in t or "Tin liên quan" in t or "Bản quyền" in t for t in lines)
    cells = {b.text: b.cell for b in blocks if b.cell is not None}
    assert cells["Chủ trì"][1:] == (0, 1) and cells["Ban Tuyên giáo"][1:] == (1, 1)
    assert all(b.cell is None for b in blocks if b.text.startswith("1."))  # the layout table is not data


def test_txt_made_of_tags_is_html_and_plain_text_with_a_stray_tag_is_not(tmp_path: Path):
    page = tmp_path / "luu.txt"
    page.write_text(
        "<p>Đo&agrave;n Thanh ni&ecirc;n</p>\n<p>tổ chức</p>\n<div>ra quân</div>\n", encoding="utf-8"
    )
    loaded = load_file(page)
    assert loaded.format == "html" and [b.text for b in loaded.blocks][0] == "Đoàn Thanh niên"
    plain = tmp_path / "ghi.txt"
    plain.write_text("KẾ HOẠCH\n\n<b>1. Mục đích</b>\n\nTổ chức hội nghị quán triệt.\n", encoding="utf-8")
    assert load_file(plain).format == "txt"


# ---------------------------------------------------------------------------------------- text exports


def test_congvan_export_lines_split_like_the_letterhead():
    lines = texts(case("rw2-03-tvpl-crawl-txt-congvan/Cong_van_2739_VPCP-DMDN_2019.txt"))
    for expected in (
        "VĂN PHÒNG CHÍNH PHỦ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 2739/VPCP-ĐMDN",
        "Hà Nội, ngày 05 tháng 04 năm 2019",
        "Kính gửi: Bộ Kế hoạch và Đầu tư.",
        "BỘ TRƯỞNG, CHỦ NHIỆM",
        "Mai Tiến Dũng",
    ):
        assert expected in lines, expected
    assert not any("---" in t for t in lines)


@pytest.mark.parametrize("probe", ["d_glued.txt", "d_glued_crlf.txt", "d_glued_title.txt"])
def test_glued_export_parses_like_the_clean_lines(probe: str):
    clean = doc_of(case("rw2-03-tvpl-crawl-txt-congvan/probes/d_clean_lines.txt")).meta
    glued = doc_of(case(f"rw2-03-tvpl-crawl-txt-congvan/probes/{probe}")).meta
    fields = ("number", "date", "issuer", "place", "signer")
    assert [getattr(glued, f) for f in fields] == [getattr(clean, f) for f in fields]
    # The export keeps the drafter's initials after "Lưu: VT, ĐMDN (2b)." (the probe left them out).
    assert glued.recipients[0] == clean.recipients[0] == "Như trên"
    assert clean.number == "2739/VPCP-ĐMDN" and clean.signer and "Mai Tiến Dũng" in clean.signer


def test_portal_title_line_is_not_the_document():
    path = case("rw2-03-tvpl-crawl-txt-congvan/Cong_van_2739_VPCP-DMDN_2019.txt")
    doc = doc_of(path)
    assert "do Văn phòng Chính phủ ban hành" not in doc.text
    assert doc.meta.issuer and doc.meta.issuer.lower() == "văn phòng chính phủ"
    assert "Mai Tiến Dũng" in (doc.meta.signer or "")


def test_decision_export_breadcrumbs_signature_and_programme():
    path = case("rw2-06-tvpl-crawl-txt-qd-ubnd-ct37/QD_435_QD-UBND_2020_KonTum.txt")
    lines = texts(path)
    assert not any(t.startswith("Quyết định 435/QĐ-UBND năm 2020. ") for t in lines)
    for expected in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Tháp", "QUYẾT ĐỊNH:"):
        assert expected in lines, expected
    assert any(t.startswith("Điều 1. Ban hành kèm theo Quyết định này") for t in lines)
    assert any(t.startswith("CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI") for t in lines)
    # Heading numbers cut off at a line end ("... lao động 2.1.") go back in front of their text.
    assert any(t.startswith("2.6. Căn cứ vào điều kiện thực tế") for t in lines)
    assert "2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động" in lines
    assert lines[lines.index("III. TỔ CHỨC THỰC HIỆN") + 1].startswith("1. Các sở, ban, ngành")
    meta = doc_of(path).meta
    assert (meta.doc_type, meta.number, meta.date) == ("Quyết định", "435/QĐ-UBND", "2020-05-04")
    assert meta.issuer == "Ủy ban nhân dân tỉnh Kon Tum"


def test_hard_wrapped_export_keeps_sentences_whole(tmp_path: Path):
    sentence = (
        "Ban Thường vụ Tỉnh đoàn đề nghị Ban Thường vụ các huyện đoàn, thành đoàn Tổ chức ra quân "
        "Tháng Thanh niên năm 2024 Gắn với Ngày Chủ nhật xanh và các công trình thanh niên cấp cơ sở."
    )
    body = "\n".join(textwrap.wrap(sentence, 44))
    text = f"TỈNH ĐOÀN\n\nKẾ HOẠCH\n\n1. Mục đích\n\n{body}\n\n{body}\n"
    path = tmp_path / "wrapped.txt"
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    assert texts(path).count(sentence) == 2


def test_bare_article_heading_line_is_a_section(tmp_path: Path):
    path = tmp_path / "hien_phap.txt"
    path.write_text(
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHIẾN PHÁP\n\n"
        "Chương I\nCHẾ ĐỘ CHÍNH TRỊ\n\nĐiều 9\n"
        "1. Mặt trận Tổ quốc Việt Nam là tổ chức liên minh chính trị, liên hiệp tự nguyện.\n"
        "2. Công đoàn Việt Nam, Hội Nông dân Việt Nam là các tổ chức chính trị - xã hội.\n\n"
        "Điều 10\nCông đoàn Việt Nam là tổ chức chính trị - xã hội của giai cấp công nhân.\n",
        encoding="utf-8",
    )
    doc = parse(load_file(path), path.name)
    assert "liên minh chính trị" in section_text(doc, "Chương I", "Điều 9")
    assert "giai cấp công nhân" in section_text(doc, "Chương I", "Điều 10")


def test_text_export_inside_pre_and_entity_encoded_text(tmp_path: Path):
    page = tmp_path / "xuat.html"
    page.write_text(
        "<html><body><pre>ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
        "Số: 1/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020\n"
        "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động.</pre></body></html>",
        encoding="utf-8",
    )
    assert texts(page) == [
        "ỦY BAN NHÂN DÂN TỈNH KON TUM",
        "Số: 1/QĐ-UBND",
        "Kon Tum, ngày 04 tháng 5 năm 2020",
        "QUYẾT ĐỊNH",
        "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.",
    ]
    source = tmp_path / "nguon.txt"
    source.write_text(
        "Ban B&iacute; thư Trung ương Đo&agrave;n đề nghị c&aacute;c tỉnh đo&agrave;n.\n", encoding="utf-8"
    )
    assert texts(source) == ["Ban Bí thư Trung ương Đoàn đề nghị các tỉnh đoàn."]


def test_export_numbers_split_only_where_an_item_starts(tmp_path: Path):
    path = tmp_path / "muc.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\n"
        "3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện toàn các thiết chế.\n"
        "Theo quy định tại mục 2.1. Nội dung tuyên truyền được nêu tại Phụ lục 1.2.\n"
        "III. TỔ CHỨC THỰC HIỆN 1.\nCác sở, ban, ngành báo cáo kết quả.\n",
        encoding="utf-8",
    )
    lines = texts(path)
    assert "3. Giải quyết tốt tranh chấp lao động và đình công" in lines
    assert "3.1. Rà soát, kiện toàn các thiết chế." in lines
    assert "Theo quy định tại mục 2.1. Nội dung tuyên truyền được nêu tại Phụ lục 1.2." in lines
    assert lines[-2:] == ["III. TỔ CHỨC THỰC HIỆN", "1. Các sở, ban, ngành báo cáo kết quả."]


def test_word_saved_as_web_page_keeps_header_and_signature_cells(tmp_path: Path):
    body = "".join(
        f"<p class=x>{n}. Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện tổ chức hoạt động "
        f"thiết thực chào mừng, báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày {n}/02/2024.</p>"
        for n in range(1, 5)
    )
    page = tmp_path / "ke_hoach.htm"
    page.write_text(
        "<html><head><meta charset=utf-8></head><body><div class=WordSection1><table><tr>"
        "<td><p align=center><b>HUYỆN ỦY PHÚ TÂN</b></p><p align=center>Số 12-KH/BTGHU</p></td>"
        "<td><p align=center><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p><p><i>Phú Tân, ngày 03 tháng 3 năm 2024</i></p>"
        f"</td></tr></table><p align=center><b>KẾ HOẠCH</b></p>{body}<table><tr>"
        "<td><p><b>Nơi nhận:</b></p><p>- Lưu Ban Tuyên giáo.</p></td><td><p><b>K/T TRƯỞNG BAN</b></p>"
        "<p><b>PHÓ TRƯỞNG BAN</b></p><p><b>Nguyễn Văn Bình</b></p></td></tr></table></div></body></html>",
        encoding="utf-8",
    )
    cells = {b.text: b.cell for b in load_file(page).blocks}
    assert cells["HUYỆN ỦY PHÚ TÂN"] == cells["Số 12-KH/BTGHU"] == (0, 0, 0)
    assert cells["Phú Tân, ngày 03 tháng 3 năm 2024"] == (0, 0, 1)
    assert cells["Nơi nhận:"] == (1, 0, 0) and cells["Nguyễn Văn Bình"] == (1, 0, 1)
    assert sum(1 for t, c in cells.items() if c is None and t[:2] in {"1.", "2.", "3.", "4."}) == 4
    meta = parse(load_file(page), page.name).meta
    assert (meta.number, meta.date, meta.doc_type) == ("12-KH/BTGHU", "2024-03-03", "Kế hoạch")


def test_content_wrapper_named_like_furniture_is_kept(tmp_path: Path):
    paragraphs = "".join(
        f"<p>{n}. Đoàn Thanh niên các cấp tổ chức ra quân tình nguyện, tuyên truyền phòng chống dịch bệnh "
        f"và báo cáo kết quả về Tỉnh đoàn trước ngày {n} tháng 4 năm 2024.</p>"
        for n in range(1, 7)
    )
    page = tmp_path / "bai.html"
    page.write_text(
        f'<html><body><div class="share-box">Chia sẻ Facebook</div><div class="content-share">{paragraphs}'
        "</div></body></html>",
        encoding="utf-8",
    )
    lines = texts(page)
    assert sum(t[:2] in {f"{n}." for n in range(1, 7)} for t in lines) == 6
    assert "Chia sẻ Facebook" not in lines
